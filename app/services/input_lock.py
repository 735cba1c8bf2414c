"""Locking input devices (BadUSB): an optional, audited setting of the workstation.

Switched on, the keyboards and mice (devices whose every interface is HID) present at that
moment are allowed by USBGuard's hash of the device and its port; any other input device
is blocked until the clerk confirms it at the terminal with the keyboard already in use
(as ``usbguard generate-policy`` with its ``allowed-matches`` does). Hubs stay allowed.
Switched off, every input device is allowed again (the default).

The setting lives in the register (setting ``usb_input_lock``); the USBGuard rules follow it
(the audited entity ``usb_input_lock`` re-installs them, see usbguard_rules.LEDGER_ENTITIES),
and the fallback guard asks :func:`allows` before allowing an input device.
"""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from dataclasses import asdict, dataclass

from sqlalchemy import select

from app.devices import policy, sysfs
from app.devices.usbguard import InputDevice
from app.errors import NotFound, RuleViolation
from app.models.enums import Role
from app.models.foundation import Setting
from app.services import audit
from app.services.register import Actor, Register, require_role

KEY = "usb_input_lock"
ENTITY = "usb_input_lock"


@dataclass(frozen=True)
class InputLock:
    on: bool
    devices: tuple[InputDevice, ...]


def state(register: Register) -> InputLock:
    with register.read() as s:
        row = s.scalar(select(Setting).where(Setting.key == KEY))
    if row is None:
        return InputLock(False, ())
    data = json.loads(row.value)
    return InputLock(bool(data.get("on")),
                     tuple(InputDevice(**d) for d in data.get("devices", ())))


def is_input_device(device: sysfs.PluggedDevice) -> bool:
    facts = device.facts
    kinds = policy.device_kinds(facts)
    return bool(facts.descriptors_complete and facts.interfaces and kinds == {policy.CLASS_HID})


def input_device(device: sysfs.PluggedDevice) -> InputDevice:
    f = device.facts
    if f.vendor_id is None or f.product_id is None or not f.descriptor_hash:
        raise RuleViolation("无法读取此输入设备的标识，不能确认", field="device")
    return InputDevice(f.vendor_id, f.product_id, policy.usable_serial(f.serial) or "",
                       f.descriptor_hash, device.sys_name)


def present_input_devices(paths: Sequence[str] | None = None) -> list[InputDevice]:
    found = sysfs.present_devices() if paths is None else list(paths)
    out = []
    for path in found:
        device = sysfs.read_device(path)
        if not device.is_root_hub and is_input_device(device):
            out.append(input_device(device))
    return out


def _save(register: Register, actor: Actor, action: str, new: InputLock,
          extra: dict[str, object] | None = None) -> InputLock:
    before = state(register)
    value = json.dumps({"on": new.on, "devices": [asdict(d) for d in new.devices]},
                       sort_keys=True)
    with register.write() as s:
        s.merge(Setting(key=KEY, value=value))
        audit.record(s, actor.username, action, ENTITY, KEY,
                     before={"on": before.on, "devices": len(before.devices)},
                     after={"on": new.on, "devices": [_brief(d) for d in new.devices],
                            **(extra or {})})
    return new


def _brief(d: InputDevice) -> str:
    return f"{d.vendor_id:04x}:{d.product_id:04x} {d.port or '-'} {d.hash}"


def switch_on(register: Register, actor: Actor,
              present: Sequence[InputDevice] | None = None) -> InputLock:
    """Lock: the input devices present now (read from sysfs unless given) stay allowed."""
    require_role(actor, Role.CLERK)
    devices = tuple(present_input_devices() if present is None else present)
    if not devices:
        raise RuleViolation("未发现已接入的键盘或鼠标：锁定后将无法使用任何输入设备，未锁定",
                            field="input_lock")
    return _save(register, actor, "usb.input_lock.on", InputLock(True, devices))


def switch_off(register: Register, actor: Actor) -> InputLock:
    require_role(actor, Role.CLERK)
    return _save(register, actor, "usb.input_lock.off", InputLock(False, ()))


def confirm(register: Register, actor: Actor, sys_path: str) -> InputLock:
    """The clerk confirms, at the terminal, a new input device that the lock blocked."""
    require_role(actor, Role.CLERK)
    current = state(register)
    if not current.on:
        raise RuleViolation("输入设备未锁定，无需确认", field="input_lock")
    if not os.path.isdir(sys_path):
        raise NotFound("此设备已拔出，请重新插入后再确认", field="device")
    device = sysfs.read_device(sys_path)
    if not is_input_device(device):
        raise RuleViolation("此设备不是（仅含 HID 接口的）键盘或鼠标，不能按输入设备确认",
                            field="device")
    new = input_device(device)
    devices = (*tuple(d for d in current.devices if d.hash != new.hash), new)
    return _save(register, actor, "usb.input_lock.confirm", InputLock(True, devices),
                 {"confirmed": _brief(new)})


def allows(lock: InputLock, device: InputDevice) -> bool:
    """The fallback guard's check (USBGuard's rules say the same): hash, and port if known."""
    if not lock.on:
        return True
    return any(d.hash == device.hash and (d.port is None or d.port == device.port)
               for d in lock.devices)
