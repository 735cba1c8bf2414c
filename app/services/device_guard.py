"""The USB guard wired to the register: ledger look-ups, the audit trail, check-in.

``app.devices.guard`` knows nothing of the register; this module gives it the two callables
it needs and implements the check-in at the terminal (a refused device is registered from
its own identity, and allowed at once).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from app.devices.guard import AuditSink, Enforcer, Guard, GuardEvent, LedgerLookup, Notify
from app.devices.identity import Identity
from app.devices.policy import LedgerEntry, Verdict
from app.devices.sysfs import PluggedDevice
from app.errors import NotFound
from app.models.enums import Level
from app.services import audit, input_lock, media
from app.services.register import Actor, Register

GUARD_ACTOR = "guard"


RegisterSource = Callable[[], Register]


def ledger_lookup(register: Register | RegisterSource) -> LedgerLookup:
    current = _source(register)

    def lookup(vendor_id: int | None, product_id: int | None, serial: str | None
               ) -> Sequence[LedgerEntry]:
        return media.guard_entries(current(), vendor_id, product_id, serial)

    return lookup


def audit_sink(register: Register | RegisterSource) -> AuditSink:
    current = _source(register)

    def record(event: GuardEvent) -> None:
        identity = Identity(event.vendor_id, event.product_id, event.serial,
                            event.descriptor_hash)
        action = "device.allow" if event.verdict is Verdict.ALLOW else "device.refuse"
        with current().write() as s:
            audit.record(s, GUARD_ACTOR, action, "device", identity.key,
                         after=event.audit_after())

    return record


#: How often the fallback guard re-checks that refused devices are still off (seconds).
VERIFY_INTERVAL_S = 60.0
REPORT_HOURS = 24


def tamper_sink(register: Register | RegisterSource) -> Notify:
    """A refused device found authorized by someone else: an incident to report (泄密事件
    隐患) and an audit line. Written as soon as the register is open."""
    current = _source(register)

    def record(event: GuardEvent) -> None:
        import datetime as dt

        from sqlalchemy import select

        from app.models.media import Incident, Medium

        identity = Identity(event.vendor_id, event.product_id, event.serial,
                            event.descriptor_hash)
        text = (f"USB 设备 {identity.key}（端口 {event.sys_name}）被 Mibu 以外的程序或人员"
                f"放行（authorized=1）；Mibu 已重新禁止。禁止原因：{event.decision.message}")
        now = dt.datetime.now(dt.UTC)
        with current().write() as s:
            medium_id = None
            if event.decision.medium_number:
                medium_id = s.scalar(select(Medium.id).where(
                    Medium.number == event.decision.medium_number))
            inc = Incident(kind="usb_manual", medium_id=medium_id,
                           opened_at=now.isoformat(timespec="microseconds"),
                           report_due_at=(now + dt.timedelta(hours=REPORT_HOURS))
                           .isoformat(timespec="microseconds"),
                           description=text, opened_by=GUARD_ACTOR)
            s.add(inc)
            s.flush()
            audit.record(s, GUARD_ACTOR, "device.tampered", "device", identity.key,
                         after={**event.audit_after(), "incident": inc.id})

    return record


def input_check(register: Register | RegisterSource) -> Callable[[PluggedDevice], bool]:
    """The input-device lock as the fallback guard asks it. While the register cannot be
    read (screen locked) the last state read holds; before any, input devices are allowed
    (nobody is locked out of the keyboard they unlock with)."""
    current = _source(register)
    last: list[input_lock.InputLock] = []

    def allowed(device: PluggedDevice) -> bool:
        if not input_lock.is_input_device(device):
            return True  # hubs
        try:
            last[:] = [input_lock.state(current())]
        except Exception:
            if not last:
                return True
        try:
            return input_lock.allows(last[0], input_lock.input_device(device))
        except Exception:
            return not last[0].on

    return allowed


def build_guard(register: Register | RegisterSource, *, level: Level | None = None,
                notify: Notify | None = None, enforcer: Enforcer | None = None) -> Guard:
    """A guard over one register, or over whichever register ``register()`` returns now.

    The GUI passes a function: while the screen is locked it raises, so the guard refuses
    every storage device (fail closed) and keeps the audit entries until the next unlock,
    while keyboards and hubs keep working.
    """
    current = _source(register)
    guard = Guard(level=level or current().workstation.level, ledger=ledger_lookup(current),
                  audit=audit_sink(current), notify=notify, tampered=tamper_sink(current),
                  input_allowed=input_check(current))
    if enforcer is not None:
        guard.enforcer = enforcer
    return guard


def _source(register: Register | RegisterSource) -> RegisterSource:
    if isinstance(register, Register):
        return lambda: register
    return register


def prefill(event: GuardEvent) -> media.NewMedium:
    """The registration form for a refused device, filled from what it says about itself."""
    return media.prefill_from_device(
        event.vendor_id, event.product_id, event.serial, event.manufacturer, event.product,
        event.descriptor_hash, event.is_storage,
    )


@dataclass(frozen=True)
class CheckIn:
    medium: media.MediumView
    event: GuardEvent | None  # the new decision, if the device is still plugged in


def check_in(register: Register, actor: Actor, guard: Guard, sys_name: str,
             form: media.NewMedium) -> CheckIn:
    """Register a present device and decide about it again at once."""
    if sys_name not in guard.present:
        raise NotFound("此设备已拔出，请重新插入后再登记", field="device")
    medium = media.register_medium(register, actor, form)
    return CheckIn(medium, guard.recheck(sys_name))
