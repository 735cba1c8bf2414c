"""人员与单位: the cleared staff (涉密人员) and the sending and receiving units
(来文单位/发文对象), one tab each, over one :class:`PeopleController`."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from app.ui.controller import Controller
from app.ui.ledger_import_controller import LedgerImportController
from app.ui.ledger_import_dialog import LedgerImportDialog, open_import, shutdown_imports
from app.ui.people_controller import AREA, PeopleController
from app.ui.people_view import PeopleView
from app.ui.units_view import UnitsView


class PeopleArea(QWidget):
    #: The departure screen with this person chosen (the shell switches areas).
    open_departure = Signal(int)

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._c = controller
        self.people = PeopleController(controller)
        heading = QLabel(self.tr("人员与单位"))
        heading.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.people_view = PeopleView(self.people)
        self.units_view = UnitsView(self.people)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.people_view, self.tr("涉密人员"))
        self.tabs.addTab(self.units_view, self.tr("来文单位与发文对象"))
        self.imports = LedgerImportController(controller)
        self.import_button = QPushButton(self.tr("导入人员台帐(&I)…"))
        self.import_button.clicked.connect(self.open_import)
        head = QHBoxLayout()
        head.addWidget(heading)
        head.addStretch(1)
        head.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.tabs, 1)
        self.people_view.open_departure.connect(self.open_departure)
        controller.changed.connect(self._changed)

    def _changed(self, area: str) -> None:
        """Another area changed the register: holdings, history and units may differ."""
        if area != AREA and self._c.is_unlocked:
            self.people_view.refresh()
            self.units_view.refresh()

    def open_import(self) -> LedgerImportDialog:
        """导入台帐: the office's 涉密人员 ledger, through a column map."""
        dialog = open_import(self.imports, "people", self)
        dialog.imported.connect(self._imported)
        return dialog

    def _imported(self, _kind: str) -> None:
        self.people_view.refresh()
        self.units_view.refresh()

    def shutdown(self) -> None:
        """Before the window goes: a running import is cancelled and waited for."""
        shutdown_imports(self)

    def show_people(self, add: bool = False) -> None:
        """The people tab, with the search focused (or the add form open)."""
        self.tabs.setCurrentWidget(self.people_view)
        if add:
            self.people_view.open_add()
        else:
            self.people_view.search.setFocus()
