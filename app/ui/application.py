"""Starting the GUI: setup wizard or unlock dialog, then the main window; locking throws the
window away and asks to unlock again.

Start-up is measured to the painted unlock dialog (``make bench``, ``start_s``). So this
module imports only what that dialog needs; the main window's areas (``app.ui.areas``), the
USB guard and the register services, SQLAlchemy with them, load once the dialog is on screen.
"""

from __future__ import annotations

import argparse
import gc
import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from app import logging_setup, paths
from app.errors import MibuError
from app.ui import fonts, i18n, style
from app.ui.controller import Controller
from app.ui.error_dialog import install_excepthook
from app.ui.idle_lock import IdleWatcher
from app.ui.rule_words import message_of
from app.ui.unlock_dialog import UnlockDialog

if TYPE_CHECKING:
    from app.devices.guard import GuardEvent
    from app.ui.device_notice import DeviceNotice
    from app.ui.main_window import MainWindow
    from app.ui.setup_wizard import SetupWizard
    from app.ui.usb_notifier import UsbGuardNotifier

    GuardFactory = Callable[[Controller], UsbGuardNotifier]

log = logging.getLogger(__name__)


def usb_guard(controller: Controller) -> UsbGuardNotifier:
    """The real guard: udev events, sysfs writes, the ledger of whichever register is open."""
    from app.devices.usbguard import UsbGuardCli, UsbGuardEnforcer, UsbGuardError
    from app.services import device_guard, usbguard_rules
    from app.ui.usb_notifier import UsbGuardNotifier

    cli = UsbGuardCli()
    backend = usbguard_rules.backend(cli)
    controller.usb_backend = backend.value
    enforcer = UsbGuardEnforcer(cli) if backend is usbguard_rules.Backend.USBGUARD else None
    guard = device_guard.build_guard(lambda: controller.register,
                                     level=controller.workstation.level, enforcer=enforcer)
    if enforcer is not None:
        try:  # the ledger may have changed while Mibu was closed (an import elsewhere...)
            usbguard_rules.apply(controller.register, cli, reason="start")
        except UsbGuardError as exc:
            log.error("USBGuard rules not installed at start: %s", exc)
        usbguard_rules.follow_ledger(cli)  # for the life of the application
    return UsbGuardNotifier(guard)


class Shell(QObject):
    """Owns the controller, the idle watcher and whichever window is showing."""

    def __init__(self, controller: Controller, parent: QObject | None = None,
                 guard_factory: GuardFactory | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self._guard_factory = guard_factory
        self.usb: UsbGuardNotifier | None = None  # lives while the app runs, locked or not
        self.window: MainWindow | None = None
        self.wizard: SetupWizard | None = None
        self.unlock_dialog: UnlockDialog | None = None
        self._last_user = ""
        self.idle = IdleWatcher(300_000, self)
        self.idle.idle.connect(self.lock)
        controller.unlocked.connect(self._on_unlocked)
        controller.locked.connect(self._on_locked)

    def start(self) -> None:
        if self.controller.register_exists():
            self.show_unlock()
        else:
            from app.ui.setup_wizard import SetupWizard

            self.wizard = SetupWizard(self.controller)
            self.wizard.finished.connect(self._wizard_finished)
            self.wizard.show()

    def _wizard_finished(self) -> None:
        wizard, self.wizard = self.wizard, None
        if wizard is not None:
            wizard.deleteLater()
        if self.controller.is_unlocked:
            self._show_main()
        else:
            QApplication.quit()

    def show_unlock(self) -> None:
        dialog = UnlockDialog(self.controller, username=self._last_user)
        dialog.rejected.connect(QApplication.quit)
        self.unlock_dialog = dialog
        dialog.show()
        QTimer.singleShot(0, self.controller.load_services)  # while the clerk types

    def _on_unlocked(self) -> None:
        if self.unlock_dialog is not None:
            self.unlock_dialog.deleteLater()
            self.unlock_dialog = None
        if self.wizard is None:  # the wizard shows its last page first
            self._show_main()

    def _show_main(self) -> None:
        self._last_user = self.controller.actor.username
        from app.ui.areas import build_main_window

        self._start_or_resume_guard()
        self.window = build_main_window(self.controller, self.usb)
        self.window.lock_requested.connect(self.lock)
        self.idle.set_timeout_ms(self.controller.workstation.idle_lock_seconds * 1000)
        self.controller.changed.connect(self._settings_changed)
        self.window.show()
        self.idle.start()
        self._show_waiting_refusals()
        QTimer.singleShot(0, _settle)

    # -- the USB guard ---------------------------------------------------------------------
    def _start_or_resume_guard(self) -> None:
        if self._guard_factory is None:
            return
        if self.usb is None:
            self.usb = self._guard_factory(self.controller)
            self.usb.decided.connect(self._device_decided)
            self.usb.scan()
        else:
            # Decisions taken while locked were refusals (fail closed): write their audit
            # entries now and decide again with the ledger at hand.
            self.usb.guard.flush_audit()
            self.usb.guard.recheck_refused()

    def _show_waiting_refusals(self) -> None:
        if self.usb is None:
            return
        for event in list(self.usb.guard.present.values()):
            self._device_decided(event)

    def _device_decided(self, event: GuardEvent) -> None:
        if event.decision.allowed or self.window is None:
            return  # while locked, the refusal is shown after the next unlock
        from app.ui.device_notice import DeviceNotice

        notice = DeviceNotice(event)
        notice.register_requested.connect(self._check_in)
        notice.confirm_input_requested.connect(
            lambda ev, n=notice: self._confirm_input(ev, n))
        self.window.show_notice(notice)

    def _confirm_input(self, event: GuardEvent, notice: DeviceNotice) -> None:
        """The clerk confirms, with the keyboard or mouse already in use, a new input device
        that the input-device lock blocked: recorded, then allowed at once."""
        if self.usb is None or not self.controller.is_unlocked:
            return
        from app.errors import MibuError
        from app.services import input_lock

        try:
            input_lock.confirm(self.controller.register, self.controller.actor,
                               event.sys_path)
        except MibuError as err:
            notice.message.setText(message_of(err))
            return
        again = self.usb.guard.recheck(event.sys_name)
        if again is not None and again.decision.allowed:
            notice.hide()
            notice.dismissed.emit()

    def _check_in(self, event: GuardEvent) -> None:
        if self.window is None or "media" not in self.window.area_keys():
            return
        self.window.show_area("media")
        area = self.window.area("media")
        from app.ui.media_area import MediaArea

        if isinstance(area, MediaArea):
            area.check_in(event)

    def _settings_changed(self, area: str) -> None:
        if area == "settings" and self.controller.is_unlocked:
            self.idle.set_timeout_ms(self.controller.workstation.idle_lock_seconds * 1000)

    def lock(self) -> None:
        self.controller.lock()

    def _on_locked(self) -> None:
        gc.unfreeze()  # what the unlocked window held may be collected again
        self.idle.stop()
        if self.window is not None:
            try:
                self.controller.changed.disconnect(self._settings_changed)
            except (RuntimeError, TypeError):
                pass
            self.window.shutdown()
            self.window.hide()
            self.window.deleteLater()  # nothing of the register stays on screen
            self.window = None
        self.show_unlock()


def _settle() -> None:
    """After an unlock, with the window built: what exists now (modules, mappers, compiled
    statements, the window's widgets) lives until the next lock. ``gc.freeze`` keeps the
    cyclic collector from scanning it again, so a full collection in the middle of typing
    takes a few milliseconds, not 40-100 ms. ``_on_locked`` unfreezes it."""
    gc.collect()
    gc.freeze()


def _start_probe(app: QApplication, shell: Shell) -> int:
    """``MIBU_START_PROBE=1 mibu``: the start-up check of an installed build (make dist-check,
    the ``start_s_frozen`` benchmark). Prints "shown" once the unlock dialog (or the wizard)
    is painted, and quits without waiting for the clerk."""
    shown = shell.unlock_dialog or shell.wizard
    if shown is None:
        return 1
    shown.grab()  # forces a full layout and paint
    app.processEvents()
    print("shown", flush=True)
    return 0


def run_gui(args: argparse.Namespace) -> int:
    os.umask(0o077)
    logging_setup.configure()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)  # noqa: S101 (narrowing for mypy)
    app.setApplicationName("Mibu")
    app.setApplicationDisplayName("密簿")
    install_excepthook()
    fonts.apply_app_font(app)
    style.apply_style(app)
    _translators = i18n.install_translator(app, i18n.chosen_language(args.lang))
    path = Path(args.register).expanduser() if args.register else paths.default_register_path()
    controller = Controller(path)
    try:
        controller.claim()
    except MibuError as exc:
        QMessageBox.critical(None, "密簿", message_of(exc))
        return 1
    shell = Shell(controller, guard_factory=usb_guard)
    shell.start()
    try:
        if os.environ.get("MIBU_START_PROBE"):
            return _start_probe(app, shell)
        return app.exec()
    finally:
        if shell.usb is not None:
            shell.usb.stop()
        controller.release()
        del _translators
