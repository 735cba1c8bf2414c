"""Hotplug through udev's netlink monitor: a device added is decided within its event,
and a refused device registered at the terminal (check-in) is allowed at once."""

from __future__ import annotations

import json
import os
import select
import subprocess
import sys
from pathlib import Path

import pytest

from app.devices.guard import GuardEvent
from app.devices.policy import Reason, Verdict
from app.devices.watcher import UsbWatcher
from app.services import audit, device_guard, media
from app.services.register import Actor, Register
from tests.devices.conftest import Bed
from tests.devices.usbdata import DEVICES, STICK_SERIAL
from tests.factories import PASSPHRASE, media_holders, new_register

pytestmark = pytest.mark.umockdev
DATA = Path(__file__).resolve().parent / "data"


def _next_events(watcher: UsbWatcher) -> list:  # type: ignore[type-arg]
    """Wait for the monitor socket to become readable (a stuck test fails, never hangs)."""
    ready, _, _ = select.select([watcher.fileno()], [], [], 30)
    assert ready, "no uevent arrived"
    return watcher.read_pending()


def test_added_stick_is_refused_within_its_event(bed: Bed, register: Register) -> None:
    notified: list[GuardEvent] = []
    guard = device_guard.build_guard(register, notify=notified.append)
    watcher = UsbWatcher()
    watcher.start()
    sys_path = bed.plug("stick")
    events = _next_events(watcher)
    assert [(e.action, e.sys_path) for e in events] == [("add", sys_path)]
    decided = guard.handle(events[0])
    assert decided is not None
    assert (decided.verdict, decided.reason) == (Verdict.REFUSE, Reason.UNREGISTERED)
    assert decided.written and decided.authorized == 0
    assert decided.latency_ms is not None
    assert bed.authorized(sys_path) == "0"
    assert notified == [decided]  # the clerk is told, with the reason in Chinese
    assert "禁止使用" in notified[0].decision.message
    assert "1-3" in guard.present

    bed.unplug(sys_path)
    removed = _next_events(watcher)
    assert [e.action for e in removed] == ["remove"]
    guard.handle(removed[0])
    assert "1-3" not in guard.present
    watcher.close()


def test_keyboard_hotplug_is_allowed(bed: Bed, register: Register) -> None:
    guard = device_guard.build_guard(register)
    watcher = UsbWatcher()
    watcher.start()
    sys_path = bed.plug("keyboard")
    (event,) = _next_events(watcher)
    decided = guard.handle(event)
    assert decided is not None and decided.verdict is Verdict.ALLOW
    assert bed.authorized(sys_path) == "1"
    watcher.close()


def test_check_in_allows_a_refused_stick_at_once(bed: Bed, register: Register,
                                                 clerk: Actor) -> None:
    guard = device_guard.build_guard(register)
    sys_path = bed.add("stick")
    refused = guard.decide(sys_path)
    assert refused.reason is Reason.UNREGISTERED
    form = device_guard.prefill(refused)
    assert (form.vendor_id, form.product_id, form.serial) == ("0781", "5581", STICK_SERIAL)
    assert form.brand_model == "SanDisk Ultra"
    assert form.descriptor_hash == refused.descriptor_hash
    from dataclasses import replace

    media_holders(register, clerk)
    done = device_guard.check_in(register, clerk, guard, refused.sys_name,
                                 replace(form, number="JM-U-009", level="机密", holder="李四"))
    assert done.event is not None
    assert (done.event.verdict, done.event.reason) == (Verdict.ALLOW, Reason.REGISTERED)
    assert bed.authorized(sys_path) == "1"
    assert done.medium.descriptor_hash == refused.descriptor_hash
    with register.read() as s:
        actions = [a.action for a in audit.history(s, "device",
                                                   f"0781:5581:{STICK_SERIAL}")]
    assert actions == ["device.refuse", "device.allow"]


def test_check_in_refuses_bad_form_and_changes_nothing(bed: Bed, register: Register,
                                                      clerk: Actor) -> None:
    from app.errors import ValidationError

    guard = device_guard.build_guard(register)
    sys_path = bed.add("stick")
    refused = guard.decide(sys_path)
    form = device_guard.prefill(refused)
    with pytest.raises(ValidationError) as err:
        device_guard.check_in(register, clerk, guard, refused.sys_name, form)  # no number
    assert "编号不能为空" in err.value.message
    assert media.list_media(register) == []
    assert bed.authorized(sys_path) == "0"


def _cli(register_path: Path, *devices: str) -> list[dict[str, object]]:
    args = ["umockdev-run"]
    for d in devices:
        args += ["--device", str(d)]
    mibu = str(Path(sys.executable).parent / "mibu")
    args += ["--", mibu, "guard", "--register", str(register_path), "--passphrase-stdin",
             "--once", "--json"]
    env = {k: v for k, v in os.environ.items() if k not in ("UMOCKDEV_DIR", "LD_PRELOAD")}
    done = subprocess.run(args, input=PASSPHRASE + "\n", capture_output=True, text=True,
                          env=env, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    return [json.loads(line) for line in done.stdout.splitlines()]


def test_cli_guard_once_json(tmp_path: Path) -> None:
    path = tmp_path / "cli.mibu"
    created = new_register(path)
    media_holders(created.register, created.clerk)
    media.register_medium(created.register, created.clerk, media.NewMedium(
        number="JM-U-001", kind="U盘", brand_model="SanDisk Ultra", level="机密",
        holder="王五", vendor_id="0781", product_id="5581", serial=STICK_SERIAL))
    created.register.close()
    lines = _cli(path, *(DATA / f"{n}.umockdev" for n in ("stick", "keyboard", "phone")))
    by_name = {line["sys_name"]: line for line in lines}
    assert set(by_name) == {DEVICES[n].port for n in ("stick", "keyboard", "phone")}
    for line in lines:
        assert {"sys_name", "vendor_id", "product_id", "serial", "verdict", "reason",
                "authorized"} <= set(line)
    assert by_name["1-3"]["verdict"] == "allow" and by_name["1-3"]["reason"] == "registered"
    assert by_name["1-3"]["authorized"] == 1
    assert by_name["1-3"]["vendor_id"] == "0781" and by_name["1-3"]["serial"] == STICK_SERIAL
    assert by_name["1-2"]["reason"] == "not_storage"
    assert by_name["1-8"]["verdict"] == "refuse"
    assert by_name["1-8"]["reason"] == "class_forbidden"
    assert by_name["1-8"]["authorized"] == 0


def test_cli_guard_keeps_watching_until_terminated(tmp_path: Path) -> None:
    import signal

    path = tmp_path / "watch.mibu"
    new_register(path).register.close()
    env = {k: v for k, v in os.environ.items() if k not in ("UMOCKDEV_DIR", "LD_PRELOAD")}
    mibu = str(Path(sys.executable).parent / "mibu")
    proc = subprocess.Popen(
        ["umockdev-run", "--device", str(DATA / "stick.umockdev"), "--", mibu, "guard",
         "--register", str(path), "--passphrase-stdin", "--json"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env=env, start_new_session=True)
    assert proc.stdin is not None and proc.stdout is not None and proc.stderr is not None
    proc.stdin.write(PASSPHRASE + "\n")
    proc.stdin.close()
    try:
        first = json.loads(proc.stdout.readline())
        assert (first["sys_name"], first["reason"], first["authorized"]) == (
            "1-3", "unregistered", 0)
        assert "USB 防护运行中" in proc.stderr.readline()
        os.killpg(proc.pid, signal.SIGTERM)
        assert proc.wait(timeout=60) in (0, -signal.SIGTERM)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
