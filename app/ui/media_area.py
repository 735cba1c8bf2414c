"""介质与设备: the media ledger with its filter, the banner of unreported losses, the detail
pane of the selected medium with the steps its status allows, and the check-in of a device
the USB guard refused."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from app.devices.guard import Guard, GuardEvent
from app.errors import MibuError
from app.services import device_guard
from app.services.media import IncidentView, MediumView, NewMedium
from app.ui.controller import Controller
from app.ui.ledger_import_controller import LedgerImportController
from app.ui.ledger_import_dialog import LedgerImportDialog, open_import, shutdown_imports
from app.ui.loss_banner import LossBanner
from app.ui.media_controller import Ledger, MediaController, MediaFilter
from app.ui.media_view import MediaLedgerView, MediumForm
from app.ui.medium_actions import ActionDialog, ActionForms
from app.ui.medium_detail import MediumDetailPane


class MediaArea(QWidget):
    def __init__(self, controller: Controller, guard: Guard | None = None,
                 parent: QWidget | None = None, *,
                 now: Callable[[], dt.datetime] | None = None) -> None:
        super().__init__(parent)
        self._c = controller
        self._guard = guard
        self.media = MediaController(controller)
        self.forms = ActionForms(self.media, self)
        self.banner = LossBanner(now)
        self.ledger = MediaLedgerView(self._load, self._register)
        self.detail = MediumDetailPane(self.media, self.forms, now)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.ledger)
        self.splitter.addWidget(self.detail)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        self.splitter.setSizes([780, 450])
        for column in (3, 4):  # 厂商ID, 产品ID: in the detail pane
            self.ledger.table.setColumnHidden(column, True)
        # 密级, 状态 and 责任人 next to 编号, so that they stay in sight beside the detail pane
        # on a 1024 px screen (the model's columns keep their order).
        header = self.ledger.table.horizontalHeader()
        for position, column in enumerate((6, 8, 7), start=1):
            header.moveSection(header.visualIndex(column), position)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.splitter, 1)
        self.ledger.selected.connect(self.detail.show_medium)
        self.imports = LedgerImportController(controller)
        self.ledger.import_button.clicked.connect(self.open_import)
        self.banner.show_medium.connect(self.show_medium)
        self.banner.report.connect(self.open_reported)
        controller.changed.connect(self._changed)
        # keyboard: Ctrl+F to the filter, Enter on a row to the first step offered
        QShortcut(QKeySequence.StandardKey.Find, self, self.ledger.text_filter.setFocus)
        self.ledger.table.activated.connect(lambda _i: self.detail.focus_first_action())
        self.tick = QTimer(self)  # the hours left to report a loss go down
        self.tick.setInterval(60_000)
        self.tick.timeout.connect(self._tick)
        self.tick.start()
        self.refresh_banner()

    def _tick(self) -> None:
        if self._c.is_unlocked and (self.banner.rows or self.detail.deadline.incident):
            self.refresh_banner()
            self.detail.deadline.set_incident(self.detail.deadline.incident)

    def _load(self, f: MediaFilter) -> Ledger:
        return self.media.ledger(f)

    def _register(self, form: NewMedium) -> MediumView:
        medium = self.media.register_medium(form)
        if self._guard is not None:
            self._guard.recheck_refused()  # a waiting device may now be allowed
        return medium

    def _changed(self, area: str) -> None:
        if area == "media" and self._c.is_unlocked:
            self.ledger.refresh()
            self.detail.refresh()
            self.refresh_banner()

    def refresh_banner(self) -> None:
        try:
            self.banner.set_incidents(self.media.open_incidents())
        except MibuError:  # pragma: no cover - locked between the signal and the call
            self.banner.set_incidents([])

    def open_import(self) -> LedgerImportDialog:
        """导入台帐: the office's 移动存储介质 ledger, through a column map."""
        return open_import(self.imports, "media", self)  # its change("media") refreshes

    def shutdown(self) -> None:
        """Before the window goes: a running import is cancelled and waited for."""
        shutdown_imports(self)

    def show_medium(self, number: str) -> bool:
        """Select a medium in the ledger (clearing a filter that hides it)."""
        if self.ledger.select_number(number):
            return True
        self.ledger.status_filter.setCurrentIndex(0)
        self.ledger.level_filter.setCurrentIndex(0)
        self.ledger.text_filter.clear()
        self.ledger.due_filter.setChecked(False)
        return self.ledger.select_number(number)

    def open_reported(self, incident: IncidentView) -> ActionDialog | None:
        self.show_medium(incident.medium_number or "")
        return self.detail.open_reported(incident)

    def check_in(self, event: GuardEvent) -> MediumForm:
        """The form prefilled from the refused device; submitting allows it at once."""
        guard = self._guard
        if guard is None:  # pragma: no cover - the shell only offers check-in with a guard
            return self.ledger.open_form(device_guard.prefill(event))

        def submit(form: NewMedium) -> MediumView:
            done = device_guard.check_in(self._c.register, self._c.actor, guard,
                                         event.sys_name, form)
            self._c.changed.emit("media")
            return done.medium

        dialog = MediumForm(submit, device_guard.prefill(event), self)
        dialog.open()
        return dialog
