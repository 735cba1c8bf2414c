"""The USB guard: decide about every device, enforce through sysfs, audit, tell the clerk.

For each device (present at start, or added later) the guard reads its identity and
interfaces, asks the ledger for matching entries, takes the pure policy's decision and
writes ``authorized``. It fails closed: any error while deciding is a refusal (``error``).

Order of the steps, so that nothing is allowed without a trace:

- refusal: write ``0`` first, then audit (an audit that cannot be written now, e.g. while
  the register is locked, is kept and written with the next decision);
- storage or equipment allowed: audit first, then write ``1``; if the audit cannot be
  written the device is refused instead;
- hub or input device allowed: write ``1`` (only if not yet authorized), then audit, so a
  keyboard never depends on the register.

Root hubs belong to the kernel and are never written to. Qt-free: the GUI adapter calls
:meth:`Guard.handle` from a socket notifier, the CLI from :class:`UsbWatcher.run`.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from app.devices import policy, sysfs
from app.devices.policy import (
    Decision,
    DeviceFacts,
    LedgerEntry,
    Reason,
    Verdict,
)
from app.devices.watcher import UsbEvent
from app.models.enums import Level

log = logging.getLogger(__name__)

ERROR_MESSAGE = "判定此设备时出错，按默认禁止处理"
#: Postponed audit entries kept in memory at most (a device replugged in a loop while the
#: register is locked must not exhaust memory); beyond it the oldest are dropped and logged.
MAX_PENDING_AUDIT = 10_000


class Enforcer(Protocol):
    def read_device(self, sys_path: str) -> sysfs.PluggedDevice: ...

    def write_authorized(self, sys_path: str, value: int) -> None: ...


class SysfsEnforcer:
    """The real one: reads and writes /sys (or the umockdev testbed)."""

    def read_device(self, sys_path: str) -> sysfs.PluggedDevice:
        return sysfs.read_device(sys_path)

    def write_authorized(self, sys_path: str, value: int) -> None:
        sysfs.write_authorized(sys_path, value)


#: Ledger entries that could match a device: (vendor id, product id, serial) -> entries.
LedgerLookup = Callable[[int | None, int | None, str | None], Sequence[LedgerEntry]]


@dataclass(frozen=True)
class GuardEvent:
    """One decision about one device, as audited, printed and shown to the clerk."""

    sys_name: str
    sys_path: str
    vendor_id: int | None
    product_id: int | None
    serial: str | None
    descriptor_hash: str | None
    interfaces: tuple[tuple[int, int, int], ...]
    manufacturer: str | None
    product: str | None
    decision: Decision
    authorized: int | None  # the value now in effect
    written: bool  # whether the guard wrote it
    decided_at: str
    latency_ms: float | None = None  # from the uevent to the sysfs write
    written_at: float | None = None  # time.perf_counter() right after the write
    error: str | None = None
    is_storage: bool = False

    @property
    def verdict(self) -> Verdict:
        return self.decision.verdict

    @property
    def reason(self) -> Reason:
        return self.decision.reason

    def as_json(self) -> dict[str, Any]:
        return {
            "sys_name": self.sys_name,
            "vendor_id": _hex(self.vendor_id),
            "product_id": _hex(self.product_id),
            "serial": self.serial,
            "verdict": self.decision.verdict.value,
            "reason": self.decision.reason.value,
            "authorized": self.authorized,
            "written": self.written,
            "message": self.decision.message,
            "medium": self.decision.medium_number,
            "descriptor_hash": self.descriptor_hash,
            "interfaces": [f"{c:02x}{s:02x}{p:02x}" for c, s, p in self.interfaces],
            "manufacturer": self.manufacturer,
            "product": self.product,
            "decided_at": self.decided_at,
            "error": self.error,
        }

    def audit_after(self) -> dict[str, Any]:
        data = self.as_json()
        data.pop("manufacturer")
        data.pop("product")
        return data


def _hex(value: int | None) -> str | None:
    return None if value is None else f"{value:04x}"


AuditSink = Callable[[GuardEvent], None]
Notify = Callable[[GuardEvent], None]


@dataclass
class Guard:
    """Decides and enforces for one workstation. Thread-safe: one decision at a time."""

    level: Level
    ledger: LedgerLookup
    audit: AuditSink
    enforcer: Enforcer = field(default_factory=SysfsEnforcer)
    notify: Notify | None = None
    removed: Callable[[str], None] | None = None
    #: told when a device the guard refused was found authorized by someone else (a member
    #: of mibu-usb writing ``authorized`` by hand): the guard has refused it again
    tampered: Notify | None = None
    #: while input devices are locked: may this hub-or-HID device be used? (None: yes)
    input_allowed: Callable[[sysfs.PluggedDevice], bool] | None = None
    present: dict[str, GuardEvent] = field(default_factory=dict)
    _pending_audit: list[GuardEvent] = field(default_factory=list)
    _lock: threading.RLock = field(default_factory=threading.RLock)

    # -- entry points ------------------------------------------------------------------------
    def scan(self, paths: Sequence[str] | None = None) -> list[GuardEvent]:
        """Decide for every device present now (at start, or after unlocking)."""
        found = sysfs.present_devices() if paths is None else list(paths)
        return [self.decide(p) for p in found]

    def handle(self, event: UsbEvent) -> GuardEvent | None:
        """A uevent from the watcher."""
        if event.action == "add":
            return self.decide(event.sys_path, received_at=event.received_at)
        if event.action == "remove":
            with self._lock:
                self.present.pop(event.sys_name, None)
            if self.removed is not None:
                self._safe(self.removed, event.sys_name)
        if event.action == "change":
            return self.verify(event.sys_name)
        return None

    def verify(self, sys_name: str) -> GuardEvent | None:
        """Is a device the guard refused still off? If someone else switched it on, refuse
        it again and report it (``tampered``). Called on udev ``change`` events and from a
        low-rate timer (:meth:`verify_all`)."""
        with self._lock:
            known = self.present.get(sys_name)
        if known is None or known.decision.verdict is not Verdict.REFUSE:
            return None
        if known.sys_name and sysfs.ROOT_HUB_RE.match(known.sys_name):
            return None
        if sysfs.read_authorized(known.sys_path) != 1:
            return None
        again = self.decide(known.sys_path)
        if again.decision.verdict is not Verdict.REFUSE:
            return again  # the ledger allows it by now: nothing was bypassed
        flagged = _replace(again, error="authorized by someone else")
        if self.tampered is not None:
            self._safe(self.tampered, flagged)
        return flagged

    def verify_all(self) -> list[GuardEvent]:
        with self._lock:
            names = list(self.present)
        return [e for e in (self.verify(n) for n in names) if e is not None]

    def recheck(self, sys_name: str) -> GuardEvent | None:
        """Decide again about a present device (after the clerk registered it)."""
        with self._lock:
            known = self.present.get(sys_name)
        return self.decide(known.sys_path) if known else None

    def recheck_refused(self) -> list[GuardEvent]:
        with self._lock:
            refused = [e.sys_path for e in self.present.values()
                       if e.decision.verdict is Verdict.REFUSE]
        return [self.decide(p) for p in refused]

    # -- deciding ----------------------------------------------------------------------------
    def decide(self, sys_path: str, *, received_at: float | None = None) -> GuardEvent:
        with self._lock:
            event = self._decide_locked(sys_path, received_at)
            self.present[event.sys_name] = event
        if self.notify is not None:
            self._safe(self.notify, event)
        return event

    def _decide_locked(self, sys_path: str, received_at: float | None) -> GuardEvent:
        sys_name = sys_path.rstrip("/").rsplit("/", 1)[-1]
        device: sysfs.PluggedDevice | None = None
        try:
            device = self.enforcer.read_device(sys_path)
            decision = self._decision(device.facts)
            if (decision.reason is Reason.NOT_STORAGE and self.input_allowed is not None
                    and not device.is_root_hub and not self.input_allowed(device)):
                decision = Decision(Verdict.REFUSE, Reason.INPUT_LOCKED,
                                    policy.INPUT_LOCKED_MESSAGE)
        except Exception as exc:  # fail closed
            log.exception("deciding about USB device %s failed", sys_name)
            decision = Decision(Verdict.REFUSE, Reason.ERROR, ERROR_MESSAGE)
            error: str | None = type(exc).__name__
        else:
            error = None
        base = self._event(sys_name, sys_path, device, decision, error)
        if device is not None and device.is_root_hub:
            # The kernel's own root hub: never switched off by us.
            self._audit_or_queue(base)
            return base
        if decision.verdict is Verdict.REFUSE:
            event = self._write(base, 0, received_at)
            self._audit_or_queue(event)
            return event
        if decision.reason is Reason.NOT_STORAGE:
            event = (self._write(base, 1, received_at) if base.authorized != 1
                     else base)
            self._audit_or_queue(event)
            return event
        # storage or equipment: the trace first, then the switch
        try:
            self._flush_pending()
            self.audit(base)
        except Exception as exc:
            log.error("audit of an allowed device failed (%s): refusing it", type(exc).__name__)
            refused = Decision(Verdict.REFUSE, Reason.ERROR,
                               "无法写入审计记录（登记簿可能已锁定），按默认禁止处理",
                               decision.medium_number)
            event = self._write(
                self._event(sys_name, sys_path, device, refused, type(exc).__name__), 0,
                received_at)
            self._pending_audit.append(event)
            return event
        return self._write(base, 1, received_at)

    def _decision(self, facts: DeviceFacts) -> Decision:
        entries: Sequence[LedgerEntry] = ()
        if needs_ledger(facts):
            entries = self.ledger(facts.vendor_id, facts.product_id,
                                  policy.usable_serial(facts.serial))
        return policy.decide(facts, entries, self.level)

    def _event(self, sys_name: str, sys_path: str, device: sysfs.PluggedDevice | None,
               decision: Decision, error: str | None) -> GuardEvent:
        facts = device.facts if device is not None else None
        return GuardEvent(
            sys_name=sys_name,
            sys_path=sys_path,
            vendor_id=facts.vendor_id if facts else None,
            product_id=facts.product_id if facts else None,
            serial=facts.serial if facts else None,
            descriptor_hash=facts.descriptor_hash if facts else None,
            interfaces=facts.interfaces if facts else (),
            manufacturer=device.manufacturer if device else None,
            product=device.product if device else None,
            decision=decision,
            authorized=device.authorized if device else None,
            written=False,
            decided_at=dt.datetime.now(dt.UTC).isoformat(timespec="microseconds"),
            error=error,
            is_storage=bool(facts and policy.CLASS_MASS_STORAGE in policy.device_kinds(facts)),
        )

    def _write(self, event: GuardEvent, value: int, received_at: float | None) -> GuardEvent:
        try:
            self.enforcer.write_authorized(event.sys_path, value)
        except Exception as exc:
            log.error("writing authorized=%d for %s failed: %s", value, event.sys_name,
                      type(exc).__name__)
            return _replace(event, error=event.error or f"write failed: {type(exc).__name__}")
        now = time.perf_counter()
        latency = (now - received_at) * 1000.0 if received_at is not None else None
        return _replace(event, authorized=value, written=True, latency_ms=latency,
                        written_at=now)

    # -- audit -------------------------------------------------------------------------------
    def _audit_or_queue(self, event: GuardEvent) -> None:
        self._pending_audit.append(event)
        if len(self._pending_audit) > MAX_PENDING_AUDIT:
            del self._pending_audit[0]
            log.error("postponed USB audit entries over %d: oldest dropped", MAX_PENDING_AUDIT)
        try:
            self._flush_pending()
        except Exception as exc:
            log.warning("audit of USB decisions postponed (%s); %d waiting",
                        type(exc).__name__, len(self._pending_audit))

    def _flush_pending(self) -> None:
        while self._pending_audit:
            self.audit(self._pending_audit[0])
            self._pending_audit.pop(0)

    def flush_audit(self) -> int:
        """Write postponed audit entries now (after unlocking); return how many remain."""
        with self._lock:
            try:
                self._flush_pending()
            except Exception as exc:
                log.warning("audit still postponed (%s)", type(exc).__name__)
            return len(self._pending_audit)

    @staticmethod
    def _safe(callback: Callable[[Any], None], arg: Any) -> None:
        try:
            callback(arg)
        except Exception:
            log.exception("guard callback failed")


def needs_ledger(facts: DeviceFacts) -> bool:
    """Hubs and input devices are decided without the ledger (never locked out)."""
    kinds = policy.device_kinds(facts)
    return not (facts.descriptors_complete and kinds
                and kinds <= {policy.CLASS_HUB, policy.CLASS_HID})


def _replace(event: GuardEvent, **changes: Any) -> GuardEvent:
    from dataclasses import replace

    return replace(event, **changes)
