"""审计记录: the trail, the life of one item or person, and (for the auditor) the inspection
desk, on tabs. An entry double-clicked in the trail opens that item's history."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from app.models.enums import Role
from app.services.trail import TrailFilter
from app.ui.audit_view import AuditView
from app.ui.controller import Controller
from app.ui.inspection_desk import InspectionDesk
from app.ui.item_history import ItemHistoryView


class InspectorArea(QWidget):
    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tabs = QTabWidget()
        self.trail = AuditView(controller)
        self.history = ItemHistoryView(controller)
        self.tabs.addTab(self.trail, self.tr("审计记录"))
        self.tabs.addTab(self.history, self.tr("物品与人员经历"))
        self.desk: InspectionDesk | None = None
        if controller.actor.role is Role.AUDITOR:  # 检查: the auditor's read-only desk
            self.desk = InspectionDesk(controller)
            self.tabs.addTab(self.desk, self.tr("检查"))
            self.desk.open_item.connect(self.open_history)
            self.desk.open_trail.connect(self.open_trail)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self.trail.open_item.connect(self.open_history)

    def open_trail(self, f: object) -> None:
        if isinstance(f, TrailFilter):
            self.tabs.setCurrentWidget(self.trail)
            self.trail.show_filter(f)

    def open_history(self, code: str) -> None:
        self.tabs.setCurrentWidget(self.history)
        self.history.show_code(code)
