"""Starting the GUI: setup wizard or unlock dialog, then the main window; locking throws the
window away and asks to unlock again."""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from app import logging_setup, paths
from app.devices.guard import GuardEvent
from app.errors import MibuError
from app.models.enums import Role
from app.services import device_guard
from app.ui import fonts, i18n
from app.ui.controller import Controller
from app.ui.device_notice import DeviceNotice
from app.ui.error_dialog import install_excepthook
from app.ui.idle_lock import IdleWatcher
from app.ui.main_window import MainWindow
from app.ui.setup_wizard import SetupWizard
from app.ui.unlock_dialog import UnlockDialog
from app.ui.usb_notifier import UsbGuardNotifier

log = logging.getLogger(__name__)

@dataclass(frozen=True)
class Area:
    """One entry of the navigation: who sees it and which widget is its page.

    ``page`` names the widget class as ``module:Class``; it is imported when the main window
    is built, so starting up (to the unlock dialog) does not load every screen and reportlab.
    """

    key: str
    title: str  # translated in the "MainWindow" context
    roles: tuple[Role, ...]
    page: str

    def widget_class(self) -> Callable[..., QWidget]:
        module, name = self.page.split(":")
        cls = getattr(importlib.import_module(module), name)
        if not (isinstance(cls, type) and issubclass(cls, QWidget)):
            raise TypeError(f"{self.page} is not a widget class")
        return cls


def _mark(text: object) -> str:
    """Strings marked with QT_TRANSLATE_NOOP for lupdate; translated when the window is built."""
    return str(text)


#: The clerk's areas, in the order the navigation shows them.
AREAS: list[Area] = [
    Area("today", _mark(QT_TRANSLATE_NOOP("MainWindow", "今日工作")), (Role.CLERK,),
         "app.ui.today_view:TodayView"),
    Area("documents", _mark(QT_TRANSLATE_NOOP("MainWindow", "文件登记")), (Role.CLERK,),
         "app.ui.documents_area:DocumentsArea"),
    Area("circulation", _mark(QT_TRANSLATE_NOOP("MainWindow", "流转台")), (Role.CLERK,),
         "app.ui.circulation_desk:CirculationDesk"),
    Area("loans", _mark(QT_TRANSLATE_NOOP("MainWindow", "借阅与复制")), (Role.CLERK,),
         "app.ui.loans_area:LoansArea"),
    Area("disposal", _mark(QT_TRANSLATE_NOOP("MainWindow", "外出、清退与销毁")), (Role.CLERK,),
         "app.ui.disposal_area:DisposalArea"),
    Area("approvals", _mark(QT_TRANSLATE_NOOP("MainWindow", "审批")), (Role.CLERK, Role.APPROVER),
         "app.ui.approvals_area:ApprovalsArea"),
    Area("media", _mark(QT_TRANSLATE_NOOP("MainWindow", "介质与设备")), (Role.CLERK,),
         "app.ui.media_area:MediaArea"),
    Area("reports", _mark(QT_TRANSLATE_NOOP("MainWindow", "打印报表")), (Role.CLERK,),
         "app.ui.reports_view:ReportsView"),
    Area("audit", _mark(QT_TRANSLATE_NOOP("MainWindow", "审计记录")),
         (Role.AUDITOR, Role.CLERK, Role.ADMIN), "app.ui.audit_view:AuditView"),
    Area("settings", _mark(QT_TRANSLATE_NOOP("MainWindow", "设置")),
         (Role.CLERK, Role.ADMIN, Role.APPROVER, Role.AUDITOR),
         "app.ui.settings_view:SettingsView"),
]


GuardFactory = Callable[[Controller], UsbGuardNotifier]


def usb_guard(controller: Controller) -> UsbGuardNotifier:
    """The real guard: udev events, sysfs writes, the ledger of whichever register is open."""
    guard = device_guard.build_guard(lambda: controller.register,
                                     level=controller.workstation.level)
    return UsbGuardNotifier(guard)


def build_main_window(controller: Controller, usb: UsbGuardNotifier | None = None
                      ) -> MainWindow:
    window = MainWindow(controller)
    role = controller.actor.role
    for area in AREAS:
        if role not in area.roles:
            continue
        title = QCoreApplication.translate("MainWindow", area.title)
        cls = area.widget_class()
        page: QWidget
        if area.key == "media":  # the media area checks in devices the running guard refused
            page = cls(controller, usb.guard if usb is not None else None)
        else:
            page = cls(controller)
        window.add_area(area.key, title, page)
    _connect_areas(window)
    _open_copies_at_the_desk(window)
    return window


def _connect_areas(window: MainWindow) -> None:
    """Areas that lead to one another: the desk to the loans area, the loans area to a new
    approval request, each with the copy chosen."""
    from app.models.documents import ApprovalKind
    from app.services.lifecycle.states import Action
    from app.ui.approvals_area import ApprovalsArea
    from app.ui.circulation_desk import CirculationDesk
    from app.ui.loans_area import LoansArea

    keys = window.area_keys()
    desk = window.area("circulation") if "circulation" in keys else None
    loans = window.area("loans") if "loans" in keys else None
    approvals = window.area("approvals") if "approvals" in keys else None
    if isinstance(desk, CirculationDesk) and isinstance(loans, LoansArea):
        def to_loans(action: str, copy_id: int, area: LoansArea = loans) -> None:
            window.show_area("loans")
            area.preselect(copy_id, Action(action))

        desk.open_elsewhere.connect(to_loans)
    if isinstance(loans, LoansArea) and isinstance(approvals, ApprovalsArea):
        def to_request(kind: str, document_id: int, copy_id: int,
                       area: ApprovalsArea = approvals) -> None:
            window.show_area("approvals")
            area.new_request(ApprovalKind(kind), document_id, copy_id)

        loans.request_approval.connect(to_request)


def _open_copies_at_the_desk(window: MainWindow) -> None:
    """An item activated on the start page opens at the circulation desk, copy loaded."""
    from app.ui.circulation_desk import CirculationDesk
    from app.ui.today_view import TodayView

    keys = window.area_keys()
    if "today" not in keys or "circulation" not in keys:
        return
    start, desk = window.area("today"), window.area("circulation")
    if not isinstance(start, TodayView) or not isinstance(desk, CirculationDesk):
        return

    def open_copy(copy_id: int) -> None:
        window.show_area("circulation")
        desk.show_copy(copy_id)

    start.open_copy.connect(open_copy)


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

    def _on_unlocked(self) -> None:
        if self.unlock_dialog is not None:
            self.unlock_dialog.deleteLater()
            self.unlock_dialog = None
        if self.wizard is None:  # the wizard shows its last page first
            self._show_main()

    def _show_main(self) -> None:
        self._last_user = self.controller.actor.username
        self._start_or_resume_guard()
        self.window = build_main_window(self.controller, self.usb)
        self.window.lock_requested.connect(self.lock)
        self.idle.set_timeout_ms(self.controller.workstation.idle_lock_seconds * 1000)
        self.controller.changed.connect(self._settings_changed)
        self.window.show()
        self.idle.start()
        self._show_waiting_refusals()

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
        notice = DeviceNotice(event)
        notice.register_requested.connect(self._check_in)
        self.window.show_notice(notice)

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


def run_gui(args: argparse.Namespace) -> int:
    os.umask(0o077)
    logging_setup.configure()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)  # noqa: S101 (narrowing for mypy)
    app.setApplicationName("Mibu")
    app.setApplicationDisplayName("密簿")
    install_excepthook()
    fonts.apply_app_font(app)
    _translators = i18n.install_translator(app, i18n.chosen_language(args.lang))
    path = Path(args.register).expanduser() if args.register else paths.default_register_path()
    controller = Controller(path)
    try:
        controller.claim()
    except MibuError as exc:
        QMessageBox.critical(None, "密簿", exc.message)
        return 1
    shell = Shell(controller, guard_factory=usb_guard)
    shell.start()
    try:
        return app.exec()
    finally:
        if shell.usb is not None:
            shell.usb.stop()
        controller.release()
        del _translators
