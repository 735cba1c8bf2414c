"""The one object widgets talk to (after securedrop-client's ``logic.Controller``).

Widgets call its methods and get plain values (frozen dataclasses) back, or a
``MibuError`` whose Chinese message they show. They never see a Register, a Session or an
ORM object. Signals tell the shell when the register is unlocked or locked.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal

from app.errors import RegisterError
from app.models.db import InstanceLock
from app.models.enums import Level, Role
from app.models.keyfile import KeyFile, key_file_path
from app.services import accounts, audit, print_settings
from app.services import register as register_service
from app.services.register import Actor, Register, Workstation


class Controller(QObject):
    unlocked = Signal()
    locked = Signal()
    changed = Signal(str)  # an area name whose data changed ("audit", "accounts", ...)

    def __init__(self, register_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.register_path = Path(register_path).expanduser().absolute()
        self._register: Register | None = None
        self._actor: Actor | None = None
        # The GUI claims the register for its whole life, locked or not.
        self._claim = InstanceLock(self.register_path)

    # -- state -----------------------------------------------------------------------------
    def claim(self) -> None:
        """Refuse a second Mibu on the same register before anything is shown."""
        self._claim.acquire()

    def release(self) -> None:
        self.lock()
        self._claim.release()

    def register_exists(self) -> bool:
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

    # -- setup, unlock, lock -----------------------------------------------------------------
    def create_register(
        self, *, unit_name: str, workstation_name: str, level: Level, clerk_username: str,
        clerk_display_name: str, passphrase: str,
    ) -> str | None:
        """First run. Returns the clerk's TOTP enrolment URI on a 绝密 workstation."""
        created = register_service.create_register(
            self.register_path, unit_name=unit_name, workstation_name=workstation_name,
            level=level, clerk_username=clerk_username, clerk_display_name=clerk_display_name,
            passphrase=passphrase,
        )
        self._register, self._actor = created.register, created.clerk
        self.unlocked.emit()
        if created.totp_secret:
            return accounts.totp_uri(created.totp_secret, clerk_username)
        return None

    def unlock(self, username: str, passphrase: str, one_time_code: str | None = None) -> None:
        self._register, self._actor = register_service.unlock(
            self.register_path, username, passphrase, one_time_code
        )
        self.unlocked.emit()

    def lock(self) -> None:
        """Close the register and drop the key; the shell hides everything."""
        if self._register is not None:
            if self._register.is_open and self._actor is not None:
                with self._register.write() as s:
                    audit.record(s, self._actor.username, "session.lock", "account",
                                 self._actor.account_id)
            self._register.close()
            self._register = None
            self._actor = None
            self.locked.emit()

    # -- audit -------------------------------------------------------------------------------
    def audit_count(self, f: audit.AuditFilter) -> int:
        with self.register.read() as s:
            return audit.count(s, f)

    def audit_page(self, f: audit.AuditFilter, offset: int, limit: int) -> list[audit.AuditLine]:
        with self.register.read() as s:
            return audit.page(s, f, offset=offset, limit=limit)

    def can_read_audit(self) -> bool:
        return self.actor.role in (Role.AUDITOR, Role.CLERK, Role.ADMIN)

    # -- accounts and settings ---------------------------------------------------------------
    def list_accounts(self) -> list[accounts.AccountInfo]:
        return accounts.list_accounts(self.register)

    def create_account(self, *, username: str, display_name: str, role: Role,
                       passphrase: str) -> accounts.NewAccount:
        new = accounts.create_account(self.register, self.actor, username=username,
                                      display_name=display_name, role=role,
                                      passphrase=passphrase)
        self.changed.emit("accounts")
        return new

    def change_passphrase(self, old: str, new: str) -> None:
        accounts.change_passphrase(self.register, self.actor, old_passphrase=old,
                                   new_passphrase=new)

    def unlock_account(self, username: str) -> None:
        accounts.unlock_account(self.register, self.actor, username)
        self.changed.emit("accounts")

    def set_account_active(self, username: str, active: bool) -> None:
        accounts.set_active(self.register, self.actor, username, active)
        self.changed.emit("accounts")

    def set_idle_lock(self, seconds: int) -> None:
        self.register.set_idle_lock(self.actor, seconds)
        self.changed.emit("settings")

    def label_stock(self) -> str:
        return print_settings.label_stock(self.register)

    def set_label_stock(self, key: str) -> None:
        print_settings.set_label_stock(self.register, self.actor, key)
        self.changed.emit("settings")

    def backup(self, destination: Path) -> str:
        from app.services.backup import backup

        info = backup(self.register, self.actor, destination)
        self.changed.emit("audit")
        return str(info.path)

    def confirm_by_passphrase(self, username: str, passphrase: str,
                              one_time_code: str | None = None) -> Actor:
        return register_service.confirm_by_passphrase(self.register, username, passphrase,
                                                      one_time_code)
