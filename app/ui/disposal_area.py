"""外出、清退与销毁: carrying out, return to the issuer, destruction, archiving, a person's
departure and the declassification of expired items, one tab each, over one
:class:`DisposalController` (declassification over its own small controller)."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from app.ui.archive_view import ArchiveView
from app.ui.carry_out_view import CarryOutView
from app.ui.controller import Controller
from app.ui.declassify_view import DeclassifyView
from app.ui.departure_view import DepartureView
from app.ui.destruction_view import DestructionView
from app.ui.disposal_controller import DisposalController
from app.ui.issuer_return_view import IssuerReturnView


class DisposalArea(QWidget):
    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.disposal = DisposalController(controller)
        self.carry_out = CarryOutView(self.disposal)
        self.returns = IssuerReturnView(self.disposal)
        self.destruction = DestructionView(self.disposal)
        self.departure = DepartureView(self.disposal)
        self.archive = ArchiveView(self.disposal)
        self.declassify = DeclassifyView(controller)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.carry_out, self.tr("携带外出"))
        self.tabs.addTab(self.returns, self.tr("清退"))
        self.tabs.addTab(self.destruction, self.tr("销毁"))
        self.tabs.addTab(self.departure, self.tr("离岗"))
        self.tabs.addTab(self.archive, self.tr("归档"))
        self.tabs.addTab(self.declassify, self.tr("解密"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    def show_declassify(self, document_id: int) -> None:
        """The 解密 tab with this document chosen (from the start page)."""
        self.tabs.setCurrentWidget(self.declassify)
        self.declassify.show_document(document_id)

    def show_returns(self) -> None:
        """The 清退 tab, fresh (the start page's 待清退 tile counts the same documents)."""
        self.tabs.setCurrentWidget(self.returns)
        self.returns.refresh()
