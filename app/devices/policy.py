"""The guard's decision: may this USB device be used on this workstation? (pure, no I/O)

domain.md "Removable media" and "The workstation itself": a medium is usable only if it is
registered, active (在用) and of the workstation's level; wireless devices are forbidden;
hubs and input devices keep working so nobody is locked out of their keyboard. Everything
not explicitly allowed is refused. The rows of the decision table, in the order they are
checked:

1. a wireless controller interface (class e0)            -> refuse ``wireless``
2. mass storage together with any other interface        -> refuse ``composite``
3. mass storage without a usable serial                  -> refuse ``no_serial``
4. mass storage whose serial is not in the ledger        -> refuse ``unregistered``
5. serial in the ledger, vendor/product id (or the recorded descriptor hash) differ
                                                         -> refuse ``identity_mismatch``
6. registered, status not 在用                            -> refuse ``inactive``
7. registered, level below / above the workstation's     -> refuse ``level_lower`` /
                                                            ``level_higher``
8. registered, 在用, level L, storage interfaces only     -> allow ``registered``
9. hubs and HID only                                     -> allow ``not_storage``
10. anything else registered as equipment (设备), 在用    -> allow ``equipment``
11. anything else                                        -> refuse ``class_forbidden``

A failure while deciding is refused with ``error`` by the guard (fail closed).
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass

from app.models.enums import Level

CLASS_PER_INTERFACE = 0x00
CLASS_HID = 0x03
CLASS_MASS_STORAGE = 0x08
CLASS_HUB = 0x09
CLASS_WIRELESS = 0xE0
CLASS_MISC = 0xEF  # interface association: the interfaces say what it is

MAX_SERIAL_LEN = 126  # a USB string descriptor holds at most 126 UTF-16 code units


class Verdict(enum.StrEnum):
    ALLOW = "allow"
    REFUSE = "refuse"


class Reason(enum.StrEnum):
    NOT_STORAGE = "not_storage"
    WIRELESS = "wireless"
    NO_SERIAL = "no_serial"
    UNREGISTERED = "unregistered"
    IDENTITY_MISMATCH = "identity_mismatch"
    INACTIVE = "inactive"
    LEVEL_LOWER = "level_lower"
    LEVEL_HIGHER = "level_higher"
    COMPOSITE = "composite"
    REGISTERED = "registered"
    CLASS_FORBIDDEN = "class_forbidden"
    EQUIPMENT = "equipment"
    ERROR = "error"  # the guard failed while deciding: fail closed
    INPUT_LOCKED = "input_locked"  # a new keyboard/mouse while input devices are locked


@dataclass(frozen=True)
class DeviceFacts:
    """What the guard knows about one plugged device (from sysfs and its descriptors)."""

    sys_name: str
    vendor_id: int | None
    product_id: int | None
    serial: str | None
    descriptor_hash: str | None
    device_class: int | None
    interfaces: tuple[tuple[int, int, int], ...]  # (class, subclass, protocol)
    descriptors_complete: bool = True
    #: SHA-256 (hex) of the descriptors alone: the hash older versions recorded at check-in
    descriptor_sha256: str | None = None


@dataclass(frozen=True)
class LedgerEntry:
    """A registered medium or piece of equipment, as the guard needs it."""

    number: str
    vendor_id: int | None
    product_id: int | None
    serial: str | None
    level: Level  # the highest level it ever held
    in_use: bool  # status 在用
    status_label: str
    is_equipment: bool = False
    descriptor_hash: str | None = None


@dataclass(frozen=True)
class Decision:
    verdict: Verdict
    reason: Reason
    message: str  # Chinese, shown to the clerk
    medium_number: str | None = None

    @property
    def allowed(self) -> bool:
        return self.verdict is Verdict.ALLOW


def usable_serial(serial: str | None) -> str | None:
    """The serial as the ledger compares it, or None if there is none worth the name."""
    if serial is None:
        return None
    value = serial.strip()
    if not value or len(value) > MAX_SERIAL_LEN:
        return None
    if any(ord(c) < 32 or ord(c) == 127 or c in "\ufffd" for c in value):
        return None
    return value


def device_kinds(facts: DeviceFacts) -> frozenset[int]:
    """The classes that say what a device is: its interfaces', else its own."""
    classes = {cls for cls, _sub, _proto in facts.interfaces}
    if facts.device_class not in (None, CLASS_PER_INTERFACE, CLASS_MISC):
        classes.add(facts.device_class)
    return frozenset(classes)


def _refuse(reason: Reason, message: str, number: str | None = None) -> Decision:
    return Decision(Verdict.REFUSE, reason, message, number)


def _fmt_id(value: int | None) -> str:
    return "????" if value is None else f"{value:04x}"


def hash_matches(recorded: str | None, facts: DeviceFacts) -> bool:
    """Whether the hash recorded in the ledger (USBGuard's, or an older hex SHA-256 of the
    descriptors) is the device's. No recorded hash: nothing to compare."""
    if not recorded:
        return True
    if len(recorded) == 64 and all(c in "0123456789abcdef" for c in recorded):
        return recorded == (facts.descriptor_sha256 or facts.descriptor_hash)
    return recorded == facts.descriptor_hash


def decide(facts: DeviceFacts, ledger: Iterable[LedgerEntry], workstation: Level) -> Decision:
    """The verdict for one device on a workstation of level ``workstation``."""
    kinds = device_kinds(facts)
    if CLASS_WIRELESS in kinds:
        return _refuse(Reason.WIRELESS, "无线设备（蓝牙、无线网卡等）禁止接入涉密计算机")
    if not kinds or not facts.descriptors_complete:
        return _refuse(
            Reason.CLASS_FORBIDDEN, "无法读全此设备的描述符，不能确认设备类型，禁止使用"
        )
    if CLASS_MASS_STORAGE in kinds:
        return _decide_storage(facts, kinds, list(ledger), workstation)
    if kinds <= {CLASS_HUB, CLASS_HID}:
        return Decision(Verdict.ALLOW, Reason.NOT_STORAGE, "集线器或键盘、鼠标等输入设备，允许使用")
    return _decide_equipment(facts, list(ledger))


def _decide_storage(
    facts: DeviceFacts, kinds: frozenset[int], ledger: list[LedgerEntry], workstation: Level
) -> Decision:
    if kinds != {CLASS_MASS_STORAGE}:
        return _refuse(
            Reason.COMPOSITE,
            "存储设备同时带有键盘、网卡或其他接口（复合设备），禁止使用",
        )
    serial = usable_serial(facts.serial)
    if serial is None:
        return _refuse(Reason.NO_SERIAL, "存储设备没有可用的序列号，无法与台帐核对，禁止使用")
    same_serial = [e for e in ledger if e.serial is not None and e.serial == serial]
    if same_serial and all(e.is_equipment for e in same_serial):
        # Equipment (设备) registration admits printers and keys, never storage.
        return _refuse(
            Reason.UNREGISTERED,
            f"存储设备在台帐中登记为设备（{same_serial[0].number}），不是移动存储介质，禁止使用",
            same_serial[0].number,
        )
    same_serial = [e for e in same_serial if not e.is_equipment]
    if not same_serial:
        return _refuse(
            Reason.UNREGISTERED,
            f"存储设备（序列号 {serial[:40]}）未在移动存储介质台帐中登记，禁止使用",
        )
    entry = next(
        (e for e in same_serial
         if e.vendor_id == facts.vendor_id and e.product_id == facts.product_id),
        None,
    )
    if entry is None:
        first = same_serial[0]
        return _refuse(
            Reason.IDENTITY_MISMATCH,
            f"序列号与台帐中的 {first.number} 相同，但厂商ID/产品ID"
            f"（{_fmt_id(facts.vendor_id)}:{_fmt_id(facts.product_id)}）与登记的"
            f"（{_fmt_id(first.vendor_id)}:{_fmt_id(first.product_id)}）不符，禁止使用",
            first.number,
        )
    if not hash_matches(entry.descriptor_hash, facts):
        return _refuse(
            Reason.IDENTITY_MISMATCH,
            f"设备描述符与台帐中 {entry.number} 登记时不同（疑似仿冒），禁止使用",
            entry.number,
        )
    if not entry.in_use:
        return _refuse(
            Reason.INACTIVE,
            f"介质 {entry.number} 的状态为“{entry.status_label}”，不是“在用”，禁止使用",
            entry.number,
        )
    if entry.level < workstation:
        return _refuse(
            Reason.LEVEL_LOWER,
            f"介质 {entry.number} 的密级（{entry.level.label}）低于本机密级"
            f"（{workstation.label}），禁止使用",
            entry.number,
        )
    if entry.level > workstation:
        return _refuse(
            Reason.LEVEL_HIGHER,
            f"介质 {entry.number} 的密级（{entry.level.label}）高于本机密级"
            f"（{workstation.label}），禁止使用",
            entry.number,
        )
    return Decision(
        Verdict.ALLOW, Reason.REGISTERED,
        f"已登记的在用介质 {entry.number}（{entry.level.label}），允许使用", entry.number,
    )


def _decide_equipment(facts: DeviceFacts, ledger: list[LedgerEntry]) -> Decision:
    serial = usable_serial(facts.serial)
    for e in ledger:
        if not e.is_equipment:
            continue
        if (e.vendor_id, e.product_id) != (facts.vendor_id, facts.product_id):
            continue
        if (e.serial or None) != serial:
            continue
        if not hash_matches(e.descriptor_hash, facts):
            return _refuse(
                Reason.IDENTITY_MISMATCH,
                f"设备描述符与台帐中 {e.number} 登记时不同（疑似仿冒），禁止使用", e.number,
            )
        if not e.in_use:
            return _refuse(
                Reason.INACTIVE,
                f"设备 {e.number} 的状态为“{e.status_label}”，不是“在用”，禁止使用", e.number,
            )
        return Decision(Verdict.ALLOW, Reason.EQUIPMENT, f"已登记的在用设备 {e.number}，允许使用",
                        e.number)
    return _refuse(
        Reason.CLASS_FORBIDDEN,
        "此类设备（手机、网卡、打印机、摄像头或厂商自定义设备等）未登记为设备，禁止使用",
    )


REASON_LABELS: dict[Reason, str] = {
    Reason.NOT_STORAGE: "非存储设备",
    Reason.WIRELESS: "无线设备",
    Reason.NO_SERIAL: "无序列号",
    Reason.UNREGISTERED: "未登记",
    Reason.IDENTITY_MISMATCH: "身份不符",
    Reason.INACTIVE: "非在用状态",
    Reason.LEVEL_LOWER: "密级低于本机",
    Reason.LEVEL_HIGHER: "密级高于本机",
    Reason.COMPOSITE: "复合设备",
    Reason.REGISTERED: "已登记介质",
    Reason.CLASS_FORBIDDEN: "禁止的设备类型",
    Reason.EQUIPMENT: "已登记设备",
    Reason.ERROR: "判定出错",
    Reason.INPUT_LOCKED: "输入设备已锁定",
}
INPUT_LOCKED_MESSAGE = "输入设备已锁定：新的键盘或鼠标须由保密员在本机确认后才能使用"
