"""What the settings screen asks of the register: accounts, one's own passphrase, the idle
lock, the label stock and backups (plain values; no session ever reaches a widget)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from app.devices import printer
from app.models.enums import Role
from app.services import accounts, print_settings, verification
from app.services.backup import backup
from app.services.restore import RestoreInfo, restore
from app.ui.controller import Controller


class SettingsController:
    def __init__(self, controller: Controller) -> None:
        self._c = controller

    def list_accounts(self) -> list[accounts.AccountInfo]:
        return accounts.list_accounts(self._c.register)

    def create_account(self, *, username: str, display_name: str, role: Role,
                       passphrase: str) -> accounts.NewAccount:
        new = accounts.create_account(self._c.register, self._c.actor, username=username,
                                      display_name=display_name, role=role,
                                      passphrase=passphrase)
        self._c.changed.emit("accounts")
        return new

    def change_passphrase(self, old: str, new: str) -> None:
        accounts.change_passphrase(self._c.register, self._c.actor, old_passphrase=old,
                                   new_passphrase=new)

    def unlock_account(self, username: str) -> None:
        accounts.unlock_account(self._c.register, self._c.actor, username)
        self._c.changed.emit("accounts")

    def set_account_active(self, username: str, active: bool) -> None:
        accounts.set_active(self._c.register, self._c.actor, username, active)
        self._c.changed.emit("accounts")

    def set_idle_lock(self, seconds: int) -> None:
        self._c.register.set_idle_lock(self._c.actor, seconds)
        self._c.changed.emit("settings")

    def label_stock(self) -> str:
        return print_settings.label_stock(self._c.register)

    def set_label_stock(self, key: str) -> None:
        print_settings.set_label_stock(self._c.register, self._c.actor, key)
        self._c.changed.emit("settings")

    @staticmethod
    def check_cups() -> printer.SpoolerCheck:
        return printer.check_spooler()

    def backup(self, destination: Path) -> str:
        info = backup(self._c.register, self._c.actor, destination)
        self._c.changed.emit("audit")
        return str(info.path)

    # -- restore (设置 → 从备份恢复): close, restore in a worker thread, unlock afresh ------
    def asks_one_time_code(self) -> bool:
        return self._c.asks_one_time_code()

    def close_for_restore(self) -> str:
        """In the GUI thread: close the register; the account to restore as."""
        return self._c.close_for_restore()

    def restore(self, username: str, backup_path: Path, passphrase: str,
                one_time_code: str | None, progress: Callable[[int, int, str], None]
                ) -> RestoreInfo:
        """In a worker thread: app/services/restore.py (verify, set aside, install, verify,
        audit). Touches no open register."""
        return restore(self._c.register_path, backup_path, username, passphrase,
                       one_time_code, progress=progress)

    def finish_restore(self) -> None:
        """In the GUI thread, once the dialog is closed: back to the unlock dialog."""
        self._c.finish_restore()

    def verify(self, deep: bool = False) -> verification.VerifyReport:
        """``mibu verify`` on the open register (in a worker thread): it only reads, and
        writes no entry."""
        from app.errors import RegisterDamaged

        try:
            return verification.verify(self._c.register, deep=deep)
        except RegisterDamaged as exc:
            return verification.VerifyReport(problem=exc.message)
