"""The one object widgets talk to (after securedrop-client's ``logic.Controller``).

Widgets call its methods and get plain values (frozen dataclasses) back, or a
``MibuError`` whose Chinese message they show. They never see a Register, a Session or an
ORM object. Signals tell the shell when the register is unlocked or locked.

Start-up: until the register is unlocked this module needs only the instance lock and the
key file. The services (and with them SQLAlchemy, about half a second to import) are
imported when first used, so the unlock dialog is on screen before they load. Once it is
painted, ``load_services`` imports them in a thread while the clerk types; unlocking waits
for that thread, so no module is ever imported by two threads at once.
"""

from __future__ import annotations

import importlib
import logging
import pkgutil
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from app.errors import RegisterError
from app.models.enums import Level, Role
from app.models.instance_lock import InstanceLock
from app.models.keyfile import KeyFile, key_file_path

if TYPE_CHECKING:
    from app.services.anchor import TrailStatus
    from app.services.audit import AuditFilter, AuditLine
    from app.services.register import Actor, Register, Workstation

log = logging.getLogger(__name__)

#: Imported by ``load_services``: every service and printed form (no Qt in them), and the
#: parts of Alembic that check the schema when the register opens. The screens are imported
#: on unlock, in the GUI thread.
PRELOAD_PACKAGES = ("app.services", "app.reports")
PRELOAD_MODULES = ("alembic.command", "alembic.script", "alembic.runtime.migration")


def _import_services() -> None:
    names = list(PRELOAD_MODULES)
    for package in PRELOAD_PACKAGES:
        path = importlib.import_module(package).__path__
        names += [m.name for m in pkgutil.walk_packages(path, package + ".")]
    for name in names:
        try:
            importlib.import_module(name)
        except Exception:  # tried again on use, and shown to the clerk then
            log.exception("loading %s failed", name)
            return


class Controller(QObject):
    unlocked = Signal()
    locked = Signal()
    changed = Signal(str)  # an area name whose data changed ("audit", "accounts", ...)
    #: The register turned read-only (damage found by the page check or by a read, or a
    #: full disk); the text says why and what to do. Emitted from any thread.
    damaged = Signal(str)

    def __init__(self, register_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.register_path = Path(register_path).expanduser().absolute()
        self._register: Register | None = None
        self._actor: Actor | None = None
        self._loading: threading.Thread | None = None
        # The GUI claims the register for its whole life, locked or not.
        self._claim = InstanceLock(self.register_path)
        #: Who enforces USB access: "usbguard" or "sysfs" (set when the guard starts)
        self.usb_backend: str | None = None

    # -- state -----------------------------------------------------------------------------
    def claim(self) -> None:
        """Refuse a second Mibu on the same register before anything is shown."""
        self._claim.acquire()

    def release(self) -> None:
        self.lock()
        self._claim.release()

    def load_services(self) -> None:
        """Start importing the services in a thread (once; see the module docstring)."""
        if self._loading is None:
            self._loading = threading.Thread(target=_import_services, name="preload")
            self._loading.start()

    def _wait_for_services(self) -> None:
        if self._loading is not None:
            self._loading.join()

    def register_exists(self) -> bool:
        """Is there a register (or a key file) to unlock? The leftovers of an ``init`` that
        was interrupted are removed first (they are no register: the wizard starts again)."""
        from app.models.creation import clean_interrupted

        if clean_interrupted(self.register_path):
            log.warning("removed the leftovers of an interrupted register creation")
        return self.register_path.exists() or key_file_path(self.register_path).exists()

    def asks_one_time_code(self) -> bool:
        try:
            return KeyFile.load(key_file_path(self.register_path)).one_time_code
        except RegisterError:
            return False

    @property
    def is_unlocked(self) -> bool:
        return self._register is not None and self._register.is_open

    @property
    def actor(self) -> Actor:
        if self._actor is None:
            raise RegisterError("登记簿已锁定")
        return self._actor

    @property
    def register(self) -> Register:
        """For services called by the controller's own methods and by area controllers."""
        if self._register is None or not self._register.is_open:
            raise RegisterError("登记簿已锁定")
        return self._register

    @property
    def workstation(self) -> Workstation:
        return self.register.workstation

    def account_names(self) -> dict[str, str]:
        """Username → the person's name: screens show 张保密, never ``clerk``."""
        from app.services import accounts

        return accounts.display_names(self.register)

    def account_name(self, username: str | None) -> str:
        if not username:
            return ""
        return self.account_names().get(username, username)

    # -- setup, unlock, lock -----------------------------------------------------------------
    def create_register(
        self, *, unit_name: str, workstation_name: str, level: Level, clerk_username: str,
        clerk_display_name: str, passphrase: str,
    ) -> str | None:
        """First run. Returns the clerk's TOTP enrolment URI on a 绝密 workstation."""
        self._wait_for_services()
        from app.services import accounts
        from app.services import register as register_service

        created = register_service.create_register(
            self.register_path, unit_name=unit_name, workstation_name=workstation_name,
            level=level, clerk_username=clerk_username, clerk_display_name=clerk_display_name,
            passphrase=passphrase,
        )
        self._register, self._actor = created.register, created.clerk
        self._watch_damage()
        self.unlocked.emit()
        if created.totp_secret:
            return accounts.totp_uri(created.totp_secret, clerk_username)
        return None

    def unlock(self, username: str, passphrase: str, one_time_code: str | None = None) -> None:
        self._wait_for_services()
        from app.services import register as register_service

        self._register, self._actor = register_service.unlock(
            self.register_path, username, passphrase, one_time_code
        )
        self._watch_damage()
        self.unlocked.emit()

    def _watch_damage(self) -> None:
        """Check every page in a thread (unlocking does not wait for it); the first write
        waits for the check, and damage found at any time turns on the banner."""
        register = self.register
        register.db.on_damage = self.damaged.emit
        register.start_page_check()

    @property
    def damage(self) -> str | None:
        """Why the open register is read-only, or None."""
        return self._register.damage if self.is_unlocked and self._register else None

    def lock(self) -> None:
        """Close the register and drop the key; the shell hides everything."""
        if self._register is not None:
            self._close()
            self.locked.emit()

    def close_for_restore(self) -> str:
        """Close the register (as locking does) while the window stays, so that a restore
        can replace its files; the account name, to restore as. ``finish_restore`` after."""
        username = self.actor.username
        self._close()
        return username

    def finish_restore(self) -> None:
        """The restore is over (done or refused): the clerk unlocks the register afresh."""
        self.locked.emit()

    def _close(self) -> None:
        if self._register is not None:
            if (self._register.is_open and self._actor is not None
                    and not self._register.read_only):
                from app.services import audit

                try:
                    with self._register.write() as s:
                        audit.record(s, self._actor.username, "session.lock", "account",
                                     self._actor.account_id)
                except RegisterError:  # damage or a full disk: locking still locks
                    log.warning("session lock entry not written")
            self._register.db.on_damage = None
            self._register.close()
            self._register = None
            self._actor = None

    # -- audit -------------------------------------------------------------------------------
    def trail_status(self) -> TrailStatus:
        """The latest signed checkpoint of the trail (and a signing-key problem, if any)."""
        from app.services import anchor

        with self.register.read() as s:
            return anchor.status(s, self.register.signer)

    def audit_count(self, f: AuditFilter) -> int:
        from app.services import audit

        with self.register.read() as s:
            return audit.count(s, f)

    def audit_page(self, f: AuditFilter, offset: int, limit: int) -> list[AuditLine]:
        from app.services import audit

        with self.register.read() as s:
            return audit.page(s, f, offset=offset, limit=limit)

    def can_read_audit(self) -> bool:
        return self.actor.role in (Role.AUDITOR, Role.CLERK, Role.ADMIN)

    def confirm_by_passphrase(self, username: str, passphrase: str,
                              one_time_code: str | None = None) -> Actor:
        from app.services import register as register_service

        return register_service.confirm_by_passphrase(self.register, username, passphrase,
                                                      one_time_code)
