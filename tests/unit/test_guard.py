"""The guard's order of steps and its failure modes, with an in-memory stand-in for sysfs."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.devices import guard as guard_mod
from app.devices.guard import Guard, GuardEvent
from app.devices.identity import facts_of
from app.devices.policy import LedgerEntry, Reason, Verdict
from app.devices.sysfs import PluggedDevice
from app.devices.watcher import UsbEvent
from app.models.enums import Level
from tests.devices.usbdata import DEVICES, STICK_SERIAL


@dataclass
class FakeSysfs:
    """Test double for the kernel: devices by path, and every write recorded."""

    devices: dict[str, PluggedDevice] = field(default_factory=dict)
    writes: list[tuple[str, int]] = field(default_factory=list)
    fail_read: bool = False
    fail_write: bool = False

    def plug(self, name: str, sys_name: str | None = None, serial: str | None = None,
             raw: bytes | None = None, authorized: int = 0) -> str:
        d = DEVICES[name]
        sys_name = sys_name or d.port
        facts, ident = facts_of(sys_name, d.descriptors() if raw is None else raw,
                                d.serial if serial is None else serial)
        path = f"/sys/devices/usb1/{sys_name}"
        self.devices[path] = PluggedDevice(sys_name, path, facts, ident, d.manufacturer,
                                           d.product, authorized)
        return path

    def read_device(self, sys_path: str) -> PluggedDevice:
        if self.fail_read:
            raise OSError("unreadable")
        return self.devices[sys_path]

    def write_authorized(self, sys_path: str, value: int) -> None:
        if self.fail_write:
            raise PermissionError("no write access")
        self.writes.append((sys_path, value))


REGISTERED = LedgerEntry("JM-U-001", 0x0781, 0x5581, STICK_SERIAL, Level.CONFIDENTIAL, True,
                         "在用")


def make(fs: FakeSysfs, audit: list[GuardEvent] | None = None, *, ledger_fails: bool = False,
         audit_fails: bool = False) -> Guard:
    sink = [] if audit is None else audit

    def ledger(*_a: object) -> list[LedgerEntry]:
        if ledger_fails:
            raise RuntimeError("locked")
        return [REGISTERED]

    def record(e: GuardEvent) -> None:
        if audit_fails:
            raise RuntimeError("locked")
        sink.append(e)

    return Guard(level=Level.CONFIDENTIAL, ledger=ledger, audit=record, enforcer=fs)


def test_refusal_is_written_then_audited() -> None:
    fs, audit = FakeSysfs(), []
    path = fs.plug("stick", serial="OTHER")
    e = make(fs, audit).decide(path)
    assert e.reason is Reason.UNREGISTERED and fs.writes == [(path, 0)]
    assert [a.reason for a in audit] == [Reason.UNREGISTERED]


def test_unreadable_device_is_refused() -> None:
    fs = FakeSysfs()
    path = fs.plug("stick")
    fs.fail_read = True
    e = make(fs).decide(path)
    assert (e.verdict, e.reason, e.error) == (Verdict.REFUSE, Reason.ERROR, "OSError")
    assert fs.writes == [(path, 0)]


def test_keyboard_works_with_the_register_locked() -> None:
    fs = FakeSysfs()
    path = fs.plug("keyboard")
    g = make(fs, ledger_fails=True, audit_fails=True)
    e = g.decide(path)
    assert e.verdict is Verdict.ALLOW and fs.writes == [(path, 1)]
    assert g.flush_audit() == 1  # kept for later


def test_registered_stick_is_refused_while_the_register_is_locked() -> None:
    fs = FakeSysfs()
    path = fs.plug("stick")
    e = make(fs, ledger_fails=True).decide(path)
    assert (e.verdict, e.reason) == (Verdict.REFUSE, Reason.ERROR)
    assert fs.writes == [(path, 0)]


def test_root_hub_is_never_written() -> None:
    fs = FakeSysfs()
    path = fs.plug("hub", sys_name="usb1", authorized=1)
    e = make(fs).decide(path)
    assert e.verdict is Verdict.ALLOW and fs.writes == [] and not e.written


def test_failed_write_is_reported() -> None:
    fs = FakeSysfs(fail_write=True)
    path = fs.plug("stick", serial="OTHER")
    e = make(fs).decide(path)
    assert e.verdict is Verdict.REFUSE and not e.written and e.authorized == 0
    assert e.error is not None and "PermissionError" in e.error


def test_remove_forgets_and_recheck_decides_again() -> None:
    fs = FakeSysfs()
    path = fs.plug("stick")
    g = make(fs)
    g.handle(UsbEvent("add", path, "1-3", 0.0))
    assert "1-3" in g.present and g.recheck("1-3") is not None
    assert g.recheck_refused() == []
    g.handle(UsbEvent("remove", path, "1-3", 0.0))
    assert "1-3" not in g.present and g.recheck("1-3") is None


def test_postponed_audit_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(guard_mod, "MAX_PENDING_AUDIT", 3)
    fs = FakeSysfs()
    g = make(fs, audit_fails=True)
    for i in range(5):
        g.decide(fs.plug("stick", sys_name=f"1-{i}", serial="OTHER"))
    assert g.flush_audit() == 3


@settings(max_examples=300, deadline=None)
@given(raw=st.binary(max_size=120), serial=st.one_of(st.none(), st.text(max_size=150)),
       ledger_fails=st.booleans(), audit_fails=st.booleans(), fail_read=st.booleans())
def test_fuzzed_devices_never_switch_on_unregistered_storage(
        raw: bytes, serial: str | None, ledger_fails: bool, audit_fails: bool,
        fail_read: bool) -> None:
    fs = FakeSysfs()
    stick = DEVICES["stick"].descriptors()
    path = fs.plug("stick", raw=stick[:18] + raw if raw else stick, serial=serial)
    fs.fail_read = fail_read
    e = make(fs, ledger_fails=ledger_fails, audit_fails=audit_fails).decide(path)
    if (path, 1) in fs.writes:
        assert e.verdict is Verdict.ALLOW
        facts = fs.devices[path].facts
        if e.is_storage:
            assert facts.serial is not None and facts.serial.strip() == STICK_SERIAL
            assert not ledger_fails and not audit_fails and not fail_read
