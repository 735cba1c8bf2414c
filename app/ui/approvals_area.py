"""审批 area: the approvals list with its detail, and the form for a new request."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from app.models.documents import ApprovalKind
from app.ui.approval_request_form import ApprovalRequestForm
from app.ui.approvals_view import ApprovalsView
from app.ui.controller import Controller


class ApprovalsArea(QWidget):
    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("审批"))
        heading.setStyleSheet("font-size: 16pt; font-weight: bold;")
        layout.addWidget(heading)
        self.tabs = QTabWidget()
        self.view = ApprovalsView(controller)
        self.form = ApprovalRequestForm(self.view.approvals)
        self.tabs.addTab(self.view, self.tr("审批事项"))
        self.tabs.addTab(self.form, self.tr("新申请"))
        layout.addWidget(self.tabs, 1)
        self.form.requested.connect(self._requested)

    def _requested(self, approval_id: int) -> None:
        self.view.refresh()
        self.view.select(approval_id)

    def new_request(self, kind: ApprovalKind, document_id: int, copy_id: int | None) -> None:
        """Open the form filled for this copy (the loans area asks when no approval exists)."""
        self.form.preselect(document_id, copy_id, kind)
        self.tabs.setCurrentWidget(self.form)

    def show_waiting(self) -> None:
        """The list of approvals waiting (the start page's 待审批 tile counts the same)."""
        self.tabs.setCurrentWidget(self.view)
        self.view.filter.setCurrentIndex(0)  # 待审批
        self.view.refresh()
