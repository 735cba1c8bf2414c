"""The USBGuard backend wired to the register: compile the ledger into USBGuard rules,
install them in the daemon whenever the ledger changes, audit every change.

Which backend enforces (:func:`backend`): USBGuard when ``usbguard`` is installed and its
daemon answers; otherwise Mibu's own sysfs guard, which protects only while Mibu runs.
"""

from __future__ import annotations

import enum
import hashlib
import logging
from collections.abc import Callable
from dataclasses import dataclass

from app.devices import usbguard
from app.devices.usbguard import InstallResult, UsbGuardCli, UsbGuardError
from app.services import audit, input_lock, media
from app.services.register import Register, add_commit_listener

log = logging.getLogger(__name__)

ACTOR = "guard"
#: Audited entity types whose change changes the rule set.
LEDGER_ENTITIES = frozenset({"medium", input_lock.ENTITY})


class Backend(enum.StrEnum):
    USBGUARD = "usbguard"
    SYSFS = "sysfs"

    @property
    def label(self) -> str:
        return BACKEND_LABELS[self]


BACKEND_LABELS = {
    Backend.USBGUARD: "USBGuard（系统服务，开机即生效，Mibu 关闭时仍然有效）",
    Backend.SYSFS: "Mibu 自带防护（仅在 Mibu 运行时有效；关闭 Mibu 后只有集线器和键盘鼠标可用，"
                   "但已放行的设备保持可用）",
}


def backend(cli: UsbGuardCli | None = None) -> Backend:
    """USBGuard if it is installed and its daemon answers, else the sysfs fallback."""
    return Backend.USBGUARD if (cli or UsbGuardCli()).reachable() else Backend.SYSFS


def compiled_rules(register: Register) -> str:
    """The rule set for this workstation, compiled from its register (the exact text that
    :func:`apply` installs)."""
    lock = input_lock.state(register)
    return usbguard.compile_rules(media.all_guard_entries(register),
                                  register.workstation.level, input_lock=lock.on,
                                  input_devices=lock.devices)


@dataclass(frozen=True)
class Applied:
    result: InstallResult
    text: str


def apply(register: Register, cli: UsbGuardCli, *, reason: str = "ledger") -> Applied:
    """Install the compiled rule set in the daemon, read it back, audit the change.

    Raises :class:`UsbGuardError` (with the rule set unchanged or partly replaced, never
    more permissive than either) if the daemon cannot be reached or holds something else
    afterwards; that failure is audited too."""
    text = compiled_rules(register)
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    try:
        result = usbguard.install_rules(cli, text)
    except UsbGuardError as exc:
        _audit(register, "usbguard.rules_failed",
               {"reason": reason, "sha256": digest, "error": str(exc)[:300]})
        raise
    if result.changed:
        _audit(register, "usbguard.rules", {
            "reason": reason, "sha256": digest, "rules": len(result.rules),
            "removed": result.removed, "appended": result.appended})
    return Applied(result, text)


def _audit(register: Register, action: str, after: dict[str, object]) -> None:
    try:
        with register.write() as s:
            audit.record(s, ACTOR, action, "usbguard", "rules", after=after)
    except Exception:
        log.exception("audit of a USBGuard rule change failed")


def follow_ledger(cli: UsbGuardCli) -> Callable[[], None]:
    """Re-install the rules after every committed change of the ledger (register, every
    status step, level change, loss, destruction, import); returns the unsubscribe."""

    def changed(register: Register, entities: frozenset[str]) -> None:
        if entities & LEDGER_ENTITIES:
            try:
                apply(register, cli)
            except UsbGuardError as exc:
                log.error("USBGuard rules not updated: %s", exc)

    return add_commit_listener(changed)
