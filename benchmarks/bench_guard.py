"""USB guard, both backends side by side: decision latency over hotplugs in a umockdev
testbed, memory of the long-running guard process, idle CPU.

``usb_decision_p99_ms``: from the moment the testbed plugs a device (which sends the uevent)
to the guard's write of ``authorized``, through udev's netlink monitor, the sysfs and
descriptor reads, the ledger query, the policy and the audit entry in the encrypted
register. A third of the plugs are a registered stick (allowed: audit, then write), a third
an unregistered stick (refused: write, then audit), a third a keyboard.
``guard_idle_cpu_pct``: CPU used by the guard thread blocked on the monitor, over 10 s.

USBGuard backend (Debian's usbguard-daemon in the same kind of testbed, with the rules Mibu
compiled; see tests/devices/usbguard_daemon.py):
``usb_decision_p99_ms_usbguard``: from the plug (uevent) to the daemon's decision, taken
from the timestamp of its ``Policy.Device.Update`` log line, which it writes after
``authorized``; same mix of devices. ``guard_rss_mb``: resident memory of usbguard-daemon,
the process that enforces from boot on. ``guard_idle_cpu_pct_usbguard``: its CPU over 10 s.
Fallback: ``guard_rss_mb_sysfs``: resident memory of a ``mibu guard`` process watching.

The testbed needs the umockdev preload library, so :func:`run` measures in a child process
started under ``umockdev-wrapper``.
"""

from __future__ import annotations

import json
import os
import select
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

TARGETS = {
    "usb_decision_p99_ms": ("<", 50.0),
    "guard_idle_cpu_pct": ("<", 1.0),
    "usb_decision_p99_ms_usbguard": ("<", 15.0),
    "guard_rss_mb": ("<", 40.0),
    "guard_idle_cpu_pct_usbguard": ("<", 1.0),
}
HOTPLUGS = 1000
USBGUARD_HOTPLUGS = 300
IDLE_SECONDS = 10.0
PASSPHRASE = "Bench-Passphrase-1"


def run() -> dict[str, float]:
    wrapper = shutil.which("umockdev-wrapper")
    if wrapper is None:
        raise RuntimeError("umockdev-wrapper not installed (make test installs it)")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(  # noqa: S603 (our own interpreter and module)
        [wrapper, sys.executable, "-m", "benchmarks.bench_guard", "--child"],
        check=True, capture_output=True, text=True, env=env,
        cwd=Path(__file__).resolve().parent.parent, timeout=600,
    )
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    done = subprocess.run(  # noqa: S603 (our own interpreter and module)
        [wrapper, sys.executable, "-m", "benchmarks.bench_guard", "--child-usbguard"],
        check=True, capture_output=True, text=True, env=env,
        cwd=Path(__file__).resolve().parent.parent, timeout=900,
    )
    result.update(json.loads(done.stdout.strip().splitlines()[-1]))
    result["guard_rss_mb_sysfs"] = _mibu_guard_rss(env)
    return result


def _rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024.0
    raise RuntimeError("no VmRSS")


def _cpu_s(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _mibu_guard_rss(env: dict[str, str]) -> float:
    """RSS of ``mibu guard`` (the fallback's long-running process) once it is watching."""
    from app.models.enums import Level
    from app.services.register import create_register

    root = Path(__file__).resolve().parent.parent
    tmp = Path(tempfile.mkdtemp(prefix="mibu-bench-rss-"))
    create_register(tmp / "r.mibu", unit_name="基准测试", workstation_name="ws",
                    level=Level.CONFIDENTIAL, clerk_username="clerk",
                    clerk_display_name="张保密", passphrase=PASSPHRASE).register.close()
    env = {k: v for k, v in env.items() if k not in ("LD_PRELOAD", "UMOCKDEV_DIR")}
    env["PYTHONPATH"] = str(root)
    proc = subprocess.Popen(  # noqa: S603
        [shutil.which("umockdev-run") or "umockdev-run", "--device",
         str(root / "tests/devices/data/stick.umockdev"), "--",
         str(Path(sys.executable).parent / "mibu"), "guard", "--register",
         str(tmp / "r.mibu"), "--passphrase-stdin", "--json"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env=env, start_new_session=True)
    try:
        assert proc.stdin is not None and proc.stdout is not None
        proc.stdin.write(PASSPHRASE + "\n")
        proc.stdin.close()
        proc.stdout.readline()  # first decision: it is watching now
        time.sleep(1.0)
        pids = [int(p) for p in Path(f"/proc/{proc.pid}/task/{proc.pid}/children")
                .read_text().split()]
        return max(_rss_mb(p) for p in pids)
    finally:
        os.killpg(proc.pid, 15)
        proc.wait()
        shutil.rmtree(tmp, ignore_errors=True)



def _holder(reg: object, clerk: object) -> None:
    """The stick's 责任人, a registered person cleared for 机密."""
    from app.models.enums import Clearance
    from app.services import people
    from app.services.register import Actor, Register

    assert isinstance(reg, Register) and isinstance(clerk, Actor)

    people.add_person(reg, clerk, name="王五", department="信息中心", post="工程师",
                      clearance=Clearance.IMPORTANT)


def _child() -> dict[str, float]:
    import gi

    gi.require_version("UMockdev", "1.0")
    from gi.repository import UMockdev

    from app.devices.watcher import UsbWatcher
    from app.models.enums import Level
    from app.services import device_guard, media
    from app.services.register import create_register
    from tests.devices.usbdata import DEVICES, STICK_SERIAL

    tmp = Path(tempfile.mkdtemp(prefix="mibu-bench-guard-"))
    created = create_register(tmp / "bench.mibu", unit_name="基准测试", workstation_name="ws",
                              level=Level.CONFIDENTIAL, clerk_username="clerk",
                              clerk_display_name="张保密", passphrase=PASSPHRASE)
    reg, clerk = created.register, created.clerk
    _holder(reg, clerk)
    media.register_medium(reg, clerk, media.NewMedium(
        number="JM-U-001", kind="U盘", brand_model="SanDisk Ultra", level="机密", holder="王五",
        vendor_id="0781", product_id="5581", serial=STICK_SERIAL))
    testbed = UMockdev.Testbed.new()
    guard = device_guard.build_guard(reg)
    watcher = UsbWatcher()
    watcher.start()

    def next_events() -> list:  # type: ignore[type-arg]
        ready, _, _ = select.select([watcher.fileno()], [], [], 30)
        if not ready:
            raise RuntimeError("no uevent")
        return watcher.read_pending()

    plans = [
        DEVICES["stick"].umockdev(port="1-3"),
        DEVICES["stick"].umockdev(port="1-3", serial="UNREGISTERED01"),
        DEVICES["keyboard"].umockdev(port="1-3"),
    ]
    latencies: list[float] = []
    for i in range(HOTPLUGS):
        text = plans[i % len(plans)]
        sys_path = f"/sys{text.splitlines()[0][3:]}"
        start = time.perf_counter()
        testbed.add_from_string(text)  # creates the device and sends its "add" uevent
        decided = None
        while decided is None:
            for event in next_events():
                decided = guard.handle(event) or decided
        if decided.written_at is None:
            raise RuntimeError(f"nothing written for {decided.sys_name}: {decided.error}")
        latencies.append((decided.written_at - start) * 1000.0)
        testbed.uevent(sys_path, "remove")
        testbed.remove_device(sys_path)
        for event in next_events():
            guard.handle(event)

    # idle: the guard blocked on the monitor socket in its own thread
    thread = threading.Thread(target=watcher.run, args=(guard.handle,), daemon=True)
    thread.start()
    time.sleep(0.5)
    cpu0, t0 = time.process_time(), time.perf_counter()
    time.sleep(IDLE_SECONDS)
    idle_cpu, wall = time.process_time() - cpu0, time.perf_counter() - t0
    watcher.stop()
    thread.join(5)
    reg.close()
    shutil.rmtree(tmp, ignore_errors=True)
    latencies.sort()
    p99 = latencies[int(len(latencies) * 0.99) - 1]
    return {
        "usb_decision_p99_ms": p99,
        "usb_decision_median_ms": statistics.median(latencies),
        "guard_idle_cpu_pct": 100.0 * idle_cpu / wall,
    }


def _child_usbguard() -> dict[str, float]:
    import re

    import gi

    gi.require_version("UMockdev", "1.0")
    from gi.repository import UMockdev

    from app.models.enums import Level
    from app.services import media, usbguard_rules
    from app.services.register import create_register
    from tests.devices.usbdata import DEVICES, ROOT_HUB, STICK_SERIAL
    from tests.devices.usbguard_daemon import UsbGuardDaemon, build_shim, unavailable

    reason = unavailable()
    if reason:
        raise RuntimeError(reason)
    tmp = Path(tempfile.mkdtemp(prefix="mibu-bench-usbguard-"))
    created = create_register(tmp / "bench.mibu", unit_name="基准测试", workstation_name="ws",
                              level=Level.CONFIDENTIAL, clerk_username="clerk",
                              clerk_display_name="张保密", passphrase=PASSPHRASE)
    reg, clerk = created.register, created.clerk
    _holder(reg, clerk)
    media.register_medium(reg, clerk, media.NewMedium(
        number="JM-U-001", kind="U盘", brand_model="SanDisk Ultra", level="机密", holder="王五",
        vendor_id="0781", product_id="5581", serial=STICK_SERIAL))
    rules = usbguard_rules.compiled_rules(reg)
    reg.close()
    testbed = UMockdev.Testbed.new()
    testbed.add_from_string(ROOT_HUB)
    daemon = UsbGuardDaemon(tmp / "ug", Path(testbed.get_root_dir()), build_shim(tmp), rules)
    stamp = re.compile(r"^\[(\d+\.\d+)\]")
    plans = [
        DEVICES["stick"].umockdev(port="1-3"),
        DEVICES["stick"].umockdev(port="1-3", serial="UNREGISTERED01"),
        DEVICES["keyboard"].umockdev(port="1-3"),
    ]
    latencies: list[float] = []
    try:
        for i in range(USBGUARD_HOTPLUGS):
            text = plans[i % len(plans)]
            sys_path = f"/sys{text.splitlines()[0][3:]}"
            seen = daemon.updates("1-3")
            start = time.time()
            testbed.add_from_string(text)  # creates the device and sends its "add" uevent
            daemon.decided("1-3", after=seen)
            line = [ln for ln in daemon.log.read_text().splitlines()
                    if "type='Policy.Device.Update'" in ln and "/1-3' target.new=" in ln][-1]
            m = stamp.match(line)
            if m is None:
                raise RuntimeError(line)
            latencies.append((float(m[1]) - start) * 1000.0)
            testbed.uevent(sys_path, "remove")
            testbed.remove_device(sys_path)
            daemon.forget("1-3")
        time.sleep(0.5)
        pid = daemon.proc.pid
        rss = _rss_mb(pid)
        cpu0, t0 = _cpu_s(pid), time.perf_counter()
        time.sleep(IDLE_SECONDS)
        idle = 100.0 * (_cpu_s(pid) - cpu0) / (time.perf_counter() - t0)
    finally:
        daemon.stop()
        shutil.rmtree(tmp, ignore_errors=True)
    latencies.sort()
    return {
        "usb_decision_p99_ms_usbguard": latencies[int(len(latencies) * 0.99) - 1],
        "usb_decision_median_ms_usbguard": statistics.median(latencies),
        "guard_rss_mb": rss,
        "guard_idle_cpu_pct_usbguard": idle,
    }


if __name__ == "__main__":
    if "--child" in sys.argv:
        print(json.dumps(_child()))
    elif "--child-usbguard" in sys.argv:
        print(json.dumps(_child_usbguard()))
