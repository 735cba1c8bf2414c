"""USB guard: decision latency over 1,000 hotplugs in a umockdev testbed, and idle CPU.

``usb_decision_p99_ms``: from the moment the testbed plugs a device (which sends the uevent)
to the guard's write of ``authorized``, through udev's netlink monitor, the sysfs and
descriptor reads, the ledger query, the policy and the audit entry in the encrypted
register. A third of the plugs are a registered stick (allowed: audit, then write), a third
an unregistered stick (refused: write, then audit), a third a keyboard.
``guard_idle_cpu_pct``: CPU used by the guard thread blocked on the monitor, over 10 s.

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
}
HOTPLUGS = 1000
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
    return result


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


if __name__ == "__main__":
    if "--child" in sys.argv:
        print(json.dumps(_child()))
