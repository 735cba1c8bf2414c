"""Every row of the decision table, on kernel-shaped devices in a umockdev testbed:
the guard reads sysfs and the descriptors, decides, writes ``authorized`` and audits."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.devices.guard import Guard, GuardEvent
from app.devices.policy import Reason, Verdict
from app.models.enums import Level
from app.services import audit, device_guard, media
from app.services.register import Actor, Register
from tests.devices.conftest import Bed
from tests.devices.usbdata import DEVICES, STICK_SERIAL
from tests.devices.usbzoo import shared_recording
from tests.factories import media_holders

pytestmark = pytest.mark.umockdev

SHARED_RECORDING = shared_recording() or Path("/nonexistent/usbguard-devices.umockdev")


def _stick(register: Register, clerk: Actor, *, level: str = "机密", pid: str = "5581",
           number: str = "JM-U-001", kind: str = "U盘", serial: str = STICK_SERIAL,
           vid: str = "0781") -> media.MediumView:
    media_holders(register, clerk)
    return media.register_medium(register, clerk, media.NewMedium(
        number=number, kind=kind, brand_model="SanDisk Ultra", level=level, holder="王五",
        vendor_id=vid, product_id=pid, serial=serial))


def _guard(register: Register) -> Guard:
    return device_guard.build_guard(register)


def _check(bed: Bed, register: Register, name: str, verdict: Verdict, reason: Reason
           ) -> GuardEvent:
    sys_path = bed.add(name)
    event = _guard(register).decide(sys_path)
    assert (event.verdict, event.reason) == (verdict, reason), event.decision.message
    expected = "1" if verdict is Verdict.ALLOW else "0"
    assert bed.authorized(sys_path) == expected
    assert event.authorized == int(expected)
    with register.read() as s:
        lines = list(audit.history(s, "device", _key(name)))
    assert lines, "every decision is audited"
    assert lines[-1].after is not None
    assert lines[-1].after["reason"] == reason.value
    assert lines[-1].action == f"device.{verdict.value}"
    return event


def _key(name: str) -> str:
    d = DEVICES[name]
    return f"{d.vid:04x}:{d.pid:04x}:{d.serial or '-'}"


def test_hub_is_allowed_not_storage(bed: Bed, register: Register) -> None:
    _check(bed, register, "hub", Verdict.ALLOW, Reason.NOT_STORAGE)


def test_keyboard_is_allowed_not_storage(bed: Bed, register: Register) -> None:
    event = _check(bed, register, "keyboard", Verdict.ALLOW, Reason.NOT_STORAGE)
    assert event.written  # it arrived unauthorized under default-deny


def test_bluetooth_is_refused_wireless(bed: Bed, register: Register) -> None:
    _check(bed, register, "bluetooth", Verdict.REFUSE, Reason.WIRELESS)


def test_stick_without_serial_is_refused(bed: Bed, register: Register) -> None:
    _check(bed, register, "stick-noserial", Verdict.REFUSE, Reason.NO_SERIAL)


def test_unregistered_stick_is_refused(bed: Bed, register: Register) -> None:
    event = _check(bed, register, "stick", Verdict.REFUSE, Reason.UNREGISTERED)
    assert "未在移动存储介质台帐中登记" in event.decision.message


def test_same_serial_other_product_is_identity_mismatch(bed: Bed, register: Register,
                                                         clerk: Actor) -> None:
    _stick(register, clerk)
    _check(bed, register, "stick-clone", Verdict.REFUSE, Reason.IDENTITY_MISMATCH)


def test_registered_but_returned_is_inactive(bed: Bed, register: Register, clerk: Actor
                                             ) -> None:
    _stick(register, clerk)
    media.return_medium(register, clerk, "JM-U-001")
    event = _check(bed, register, "stick", Verdict.REFUSE, Reason.INACTIVE)
    assert "停用" in event.decision.message


def test_lower_level_medium_is_refused(bed: Bed, register: Register, clerk: Actor) -> None:
    _stick(register, clerk, level="秘密")
    _check(bed, register, "stick", Verdict.REFUSE, Reason.LEVEL_LOWER)


def test_higher_level_medium_is_refused(bed: Bed, register: Register, clerk: Actor) -> None:
    _stick(register, clerk, level="绝密")
    _check(bed, register, "stick", Verdict.REFUSE, Reason.LEVEL_HIGHER)


def test_storage_with_keyboard_is_composite(bed: Bed, register: Register, clerk: Actor
                                            ) -> None:
    _stick(register, clerk, vid="1234", pid="5678", serial="BADUSB0001")
    _check(bed, register, "composite", Verdict.REFUSE, Reason.COMPOSITE)


def test_registered_stick_of_this_level_is_allowed(bed: Bed, register: Register,
                                                   clerk: Actor) -> None:
    assert register.workstation.level is Level.CONFIDENTIAL
    _stick(register, clerk)
    event = _check(bed, register, "stick", Verdict.ALLOW, Reason.REGISTERED)
    assert event.decision.medium_number == "JM-U-001"


@pytest.mark.parametrize("name", ["phone", "netadapter", "printer", "malformed"])
def test_other_devices_are_class_forbidden(bed: Bed, register: Register, name: str) -> None:
    _check(bed, register, name, Verdict.REFUSE, Reason.CLASS_FORBIDDEN)


def test_printer_registered_as_equipment_is_allowed(bed: Bed, register: Register,
                                                    clerk: Actor) -> None:
    _stick(register, clerk, kind="设备", vid="04b8", pid="0005", serial="X3JV012345",
           number="SB-001", level="机密")
    _check(bed, register, "printer", Verdict.ALLOW, Reason.EQUIPMENT)


def test_equipment_not_in_use_is_refused(bed: Bed, register: Register, clerk: Actor) -> None:
    _stick(register, clerk, kind="设备", vid="04b8", pid="0005", serial="X3JV012345",
           number="SB-001")
    media.send_for_repair(register, clerk, "SB-001", "市保密局指定维修点")
    _check(bed, register, "printer", Verdict.REFUSE, Reason.INACTIVE)


def test_a_failing_ledger_fails_closed(bed: Bed, register: Register, clerk: Actor) -> None:
    _stick(register, clerk)
    sys_path = bed.add("stick")

    def broken(*_a: object) -> list[object]:
        raise RuntimeError("ledger unavailable")

    guard = Guard(level=Level.CONFIDENTIAL, ledger=broken,  # type: ignore[arg-type]
                  audit=device_guard.audit_sink(register))
    event = guard.decide(sys_path)
    assert (event.verdict, event.reason) == (Verdict.REFUSE, Reason.ERROR)
    assert bed.authorized(sys_path) == "0"


def test_allowed_storage_needs_its_audit_entry(bed: Bed, register: Register, clerk: Actor
                                               ) -> None:
    """If the audit cannot be written (register locked), registered storage stays refused,
    and the refusal is audited once the register can be written again."""
    _stick(register, clerk)
    sys_path = bed.add("stick")
    entries = media.guard_entries(register, 0x0781, 0x5581, STICK_SERIAL)
    failing = True
    real_sink = device_guard.audit_sink(register)

    def sink(event: GuardEvent) -> None:
        if failing:
            raise OSError("register locked")
        real_sink(event)

    guard = Guard(level=Level.CONFIDENTIAL, ledger=lambda *_: entries, audit=sink)
    event = guard.decide(sys_path)
    assert (event.verdict, event.reason) == (Verdict.REFUSE, Reason.ERROR)
    assert bed.authorized(sys_path) == "0"
    failing = False
    assert guard.flush_audit() == 0
    with register.read() as s:
        assert [line.action for line in audit.history(s, "device", _key("stick"))] == [
            "device.refuse"]


def test_recording_of_a_real_laptop(bed: Bed, register: Register) -> None:
    """USBGuard's recording: hubs and input devices keep working, the camera is refused."""
    if not SHARED_RECORDING.exists():
        pytest.skip("shared/testdata not beside the checkout")
    bed.load(SHARED_RECORDING)
    events = _guard(register).scan()
    by_product = {e.product: e for e in events}
    camera = by_product["Integrated Camera"]
    assert (camera.verdict, camera.reason) == (Verdict.REFUSE, Reason.CLASS_FORBIDDEN)
    for name in ("Ergo Pro Keyboard", "Kensington Eagle Trackball", "USB2.0 Hub Charger",
                 "Lenovo ThinkPad WS Dock", "xHCI Host Controller"):
        assert by_product[name].verdict is Verdict.ALLOW, name
        assert by_product[name].reason is Reason.NOT_STORAGE
        assert bed.authorized(by_product[name].sys_path) == "1"
    assert bed.authorized(camera.sys_path) == "0"
