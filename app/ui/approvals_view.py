"""审批: the requests waiting for a leader, and the history, with what each names exactly.

The approver decides at this terminal with their own passphrase while the clerk stays
logged in (the clerk cannot approve their own request), or the clerk records the paper
approval (批准人、日期、批件文号); a request can be refused or withdrawn. Every kind is shown,
level and period changes too, through the service's own summary. Refusals show the rule.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.errors import MibuError
from app.models.documents import ApprovalKind, ApprovalStatus
from app.models.enums import Role
from app.services.lifecycle.approvals import ApprovalInfo, Authority
from app.services.trail import DETAIL_HIDDEN
from app.ui.approvals_controller import ApprovalsController
from app.ui.audit_view import local_time
from app.ui.confirm_dialog import ApproverConfirmDialog
from app.ui.controller import Controller
from app.ui.rule_words import message_of
from app.ui.widgets import (
    add_row,
    cell,
    info_style,
    inline_error_style,
    pydate,
    read_only_table,
    scrolling,
)
from app.ui.words import approval_summary, label_of

STATUS_COLOURS = {
    ApprovalStatus.PENDING: "#c26a00",
    ApprovalStatus.APPROVED: "#2f6f4f",
    ApprovalStatus.USED: "#5f6b73",
    ApprovalStatus.REFUSED: "#b00020",
    ApprovalStatus.WITHDRAWN: "#5f6b73",
}


def _when(iso: str | None) -> str:
    if not iso:
        return "—"
    return local_time(iso)[:16] if "T" in iso else iso


class ApprovalsView(QWidget):
    """The list of approvals, the chosen one in detail, and what can be done with it."""

    selected = Signal(int)  # an approval was chosen

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self.approvals = ApprovalsController(controller)
        self.current: ApprovalInfo | None = None
        self._items: list[ApprovalInfo] = []
        self._names: dict[str, str] = {}
        layout = QVBoxLayout(self)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("显示：")))
        self.filter = QComboBox()
        for text, status, everything in (
            (self.tr("待审批"), ApprovalStatus.PENDING, False),
            (self.tr("全部"), None, True),
            (self.tr("已批准（未使用）"), ApprovalStatus.APPROVED, False),
            (self.tr("已使用"), ApprovalStatus.USED, False),
            (self.tr("未批准"), ApprovalStatus.REFUSED, False),
            (self.tr("已撤回"), ApprovalStatus.WITHDRAWN, False),
        ):
            self.filter.addItem(text, (status, everything))
        self.filter.currentIndexChanged.connect(self._filter_changed)
        top.addWidget(self.filter)
        self.count = QLabel()
        top.addWidget(self.count, 1)
        self.refresh_button = QPushButton(self.tr("刷新(&R)"))
        self.refresh_button.clicked.connect(self.refresh)
        top.addWidget(self.refresh_button)
        layout.addLayout(top)

        self.message = QLabel()
        self.message.setWordWrap(True)
        layout.addWidget(self.message)

        split = QSplitter(Qt.Orientation.Horizontal)
        self.table = read_only_table([self.tr("编号"), self.tr("事项"), self.tr("状态"),
                                      self.tr("申请人"), self.tr("申请时间")], 1)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        split.addWidget(self.table)
        split.addWidget(scrolling(self._detail_pane()))
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)
        layout.addWidget(split, 1)
        controller.changed.connect(self._changed)
        self.refresh()

    # -- building -----------------------------------------------------------------------------
    def _detail_pane(self) -> QWidget:
        pane = QWidget()
        col = QVBoxLayout(pane)
        col.setContentsMargins(0, 0, 0, 0)
        box = QGroupBox(self.tr("审批内容"))
        form = QFormLayout(box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("font-weight: bold;")
        form.addRow(self.summary)
        self.fields: dict[str, QLabel] = {}
        for key, label in (
            ("status", self.tr("状态：")), ("document", self.tr("文件：")),
            ("copies", self.tr("载体：")), ("person", self.tr("人员：")),
            ("count", self.tr("份数：")), ("until", self.tr("期限至：")),
            ("authority", self.tr("批准机关：")), ("reason", self.tr("申请事由：")),
            ("requested", self.tr("申请：")), ("decided", self.tr("决定：")),
            ("used", self.tr("使用：")),
        ):
            value = QLabel()
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.fields[key] = value
            form.addRow(label, value)
        col.addWidget(box)

        acts = QGroupBox(self.tr("办理"))
        act = QVBoxLayout(acts)
        self.approve_button = QPushButton(self.tr("本机批准（审批人输入本人口令）(&A)…"))
        self.approve_button.clicked.connect(self.approve_here)
        act.addWidget(self.approve_button)
        paper = QFormLayout()
        self.approver_name = QLineEdit()
        self.approver_name.setMaxLength(64)
        self.approver_name.setPlaceholderText(self.tr("如 李主任"))
        self.approved_on = QDateEdit(QDate.currentDate())
        self.approved_on.setCalendarPopup(True)
        self.approved_on.setDisplayFormat("yyyy-MM-dd")
        self.approved_on.setMaximumDate(QDate.currentDate())
        self.reference = QLineEdit()
        self.reference.setMaxLength(128)
        self.reference.setPlaceholderText(self.tr("如 海保批〔2026〕3号"))
        paper.addRow(self.tr("批准人："), self.approver_name)
        paper.addRow(self.tr("批准日期："), self.approved_on)
        paper.addRow(self.tr("批件文号："), self.reference)
        act.addLayout(paper)
        row = QHBoxLayout()
        self.paper_button = QPushButton(self.tr("登记书面批件(&P)"))
        self.paper_button.clicked.connect(self.record_paper)
        self.refuse_button = QPushButton(self.tr("记为未批准"))
        self.refuse_button.clicked.connect(self.refuse)
        self.withdraw_button = QPushButton(self.tr("撤回申请"))
        self.withdraw_button.clicked.connect(self.withdraw)
        for b in (self.paper_button, self.refuse_button, self.withdraw_button):
            row.addWidget(b)
        act.addLayout(row)
        self.widen_button = QPushButton(self.tr("按此审批扩大知悉范围"))
        self.widen_button.clicked.connect(self.widen_scope)
        act.addWidget(self.widen_button)
        self.change_button = QPushButton(self.tr("按此审批变更密级和保密期限(&C)"))
        self.change_button.clicked.connect(self.apply_change)
        act.addWidget(self.change_button)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #555555;")
        act.addWidget(self.hint)
        col.addWidget(acts)
        col.addStretch(1)
        return pane

    # -- the list -----------------------------------------------------------------------------
    def _changed(self, area: str) -> None:
        if area in ("approvals", "loans", "circulation", "documents"):
            self.refresh()

    def _filter_changed(self) -> None:
        self.current = None  # show the first of the new list
        self.message.clear()
        self.refresh()

    def refresh(self) -> None:
        status, everything = self.filter.currentData()
        keep = self.current.id if self.current is not None else None
        try:
            self._names = self.approvals.account_names()
            items = self.approvals.listed(status, everything=everything)
        except MibuError as err:
            self._error(message_of(err))
            return
        self._items = items
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        for a in items:
            colour = STATUS_COLOURS[a.status]
            add_row(self.table, [
                cell(str(a.id), data=a.id), cell(approval_summary(a)),
                cell(label_of(a.status), colour),
                cell(self._names.get(a.requested_by, a.requested_by)),
                cell(_when(a.requested_at)),
            ])
        self.table.blockSignals(False)
        self.count.setText(self.tr("共 {n} 项").format(n=len(items)))
        rows = [i for i, a in enumerate(items) if a.id == keep]
        if rows:
            self.table.selectRow(rows[0])
        elif keep is not None:
            self.show_approval(keep)  # decided: no longer in this list, still shown
        elif items:
            self.table.selectRow(0)
        else:
            self._show(None)

    def _selection_changed(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        a = self._items[rows[0].row()]
        self._show(a)
        self.selected.emit(a.id)

    def select(self, approval_id: int) -> None:
        """Show this approval, switching the filter to 全部 if it is not listed."""
        for i, a in enumerate(self._items):
            if a.id == approval_id:
                self.table.selectRow(i)
                return
        self.show_approval(approval_id)

    def show_approval(self, approval_id: int) -> None:
        try:
            self._show(self.approvals.get(approval_id))
        except MibuError as err:
            self._error(message_of(err))

    # -- the detail ---------------------------------------------------------------------------
    def _show(self, a: ApprovalInfo | None) -> None:
        self.current = a
        f = self.fields
        if a is None:
            self.summary.setText(self.tr("没有选中的审批"))
            for v in f.values():
                v.setText("—")
            for b in (self.approve_button, self.paper_button, self.refuse_button,
                      self.withdraw_button, self.widen_button, self.change_button):
                b.setEnabled(False)
            self.widen_button.hide()
            self.change_button.hide()
            self.hint.setText("")
            return
        self.summary.setText(self.tr("第 {id} 号 · {summary}").format(
            id=a.id, summary=approval_summary(a)))
        f["status"].setText(label_of(a.status))
        f["status"].setStyleSheet(f"color: {STATUS_COLOURS[a.status]}; font-weight: bold;")
        f["document"].setText(a.subject)
        try:
            labels = self.approvals.copy_labels(a.copy_ids)
        except MibuError:
            labels = [str(i) for i in a.copy_ids]
        f["copies"].setText("、".join(labels) if labels else self.tr("（整份文件）")
                            if a.document_id else "—")
        f["person"].setText(a.person_name or "—")
        f["count"].setText(str(a.count) if a.count else "—")
        f["until"].setText(a.until.isoformat() if a.until else "—")
        f["authority"].setText(label_of(a.authority))
        reason = a.reason or "—"
        shown = {k: v for k, v in a.extra.items() if k not in DETAIL_HIDDEN}
        if shown:  # 原密级、新密级 ... (the stored level and period codes are not for reading)
            reason += "\n" + "；".join(f"{k}：{v if v else '无'}" for k, v in shown.items())
        f["reason"].setText(reason)
        f["requested"].setText(f"{self._names.get(a.requested_by, a.requested_by)} · "
                               f"{_when(a.requested_at)}")
        if a.status is ApprovalStatus.PENDING:
            f["decided"].setText("—")
        else:
            parts = [a.approver_name or "", label_of(a.method) if a.method else "",
                     a.reference or "", _when(a.decided_at)]
            f["decided"].setText(" · ".join(p for p in parts if p))
        f["used"].setText(f"{_when(a.used_at)} · {a.used_for or ''}" if a.used_at else "—")
        self._enable(a)

    def _enable(self, a: ApprovalInfo) -> None:
        pending = a.status is ApprovalStatus.PENDING
        role = self.approvals.role
        clerk = role is Role.CLERK
        terminal = pending and a.authority is Authority.LEADER
        self.approve_button.setEnabled(terminal and role in (Role.CLERK, Role.APPROVER))
        self.paper_button.setEnabled(pending and clerk)
        self.refuse_button.setEnabled(pending)
        self.withdraw_button.setEnabled(pending and clerk)
        for w in (self.approver_name, self.approved_on, self.reference):
            w.setEnabled(pending)
        scope = a.kind is ApprovalKind.SCOPE and a.status is ApprovalStatus.APPROVED
        self.widen_button.setVisible(scope)
        self.widen_button.setEnabled(scope and clerk)
        # 001 五(五)3: a level or period change is carried out once the leaders approved it
        change = (a.kind in (ApprovalKind.LEVEL_CHANGE, ApprovalKind.PERIOD_CHANGE)
                  and a.status is ApprovalStatus.APPROVED)
        self.change_button.setVisible(change)
        self.change_button.setEnabled(change and clerk)
        if change:
            self.hint.setText(self.tr("已批准：按此审批变更文件的密级和保密期限"
                                      "（一份审批只能使用一次）。"))
        elif not pending:
            self.hint.setText(self.tr("此审批的状态为“{status}”，不能再作决定。").format(
                status=label_of(a.status)))
        elif not terminal:
            self.hint.setText(self.tr("原定密机关的批准以书面批件登记（批准机关、日期、批件文号）。"))
        elif not clerk:
            self.hint.setText(self.tr("批准时请再次输入本人口令（作为签批）；"
                                      "申请人与批准人须为不同的人。"))
        else:
            self.hint.setText(self.tr("审批人在本机输入本人口令批准，或登记书面批件；"
                                      "申请人与批准人须为不同的人。"))

    # -- actions ------------------------------------------------------------------------------
    def approve_here(self) -> None:
        a = self.current
        if a is None:
            return
        dialog = ApproverConfirmDialog(
            self._controller, a.summary, self,
            confirm=lambda user, pw, otp: self.approvals.approve_at_terminal(a.id, user, pw,
                                                                             otp))
        if self.approvals.role is Role.APPROVER:  # the logged-in leader signs as themselves
            dialog.username.setText(self._controller.actor.username)
            dialog.username.setReadOnly(True)
            dialog.passphrase.setFocus()
        dialog.accepted.connect(lambda: self._approved(dialog))
        dialog.finished.connect(dialog.deleteLater)
        self.confirm_dialog: ApproverConfirmDialog | None = dialog
        dialog.open()  # window-modal; the approver types, the service decides

    def _approved(self, dialog: ApproverConfirmDialog) -> None:
        self.confirm_dialog = None
        if isinstance(dialog.confirmed, ApprovalInfo):
            self._done(dialog.confirmed, self.tr("已由 {name} 在本机批准").format(
                name=dialog.confirmed.approver_name or ""))

    def record_paper(self) -> None:
        a = self.current
        if a is None:
            return
        try:
            info = self.approvals.record_paper(a.id, self.approver_name.text(),
                                               pydate(self.approved_on.date()),
                                               self.reference.text())
        except MibuError as err:
            self._error(message_of(err))
            return
        self.reference.clear()
        self._done(info, self.tr("已登记书面批件：{name}，{ref}").format(
            name=info.approver_name or "", ref=info.reference or ""))

    def refuse(self) -> None:
        a = self.current
        if a is None:
            return
        name = self.approver_name.text()
        if not name.strip() and self.approvals.role is Role.APPROVER:
            name = self._controller.actor.display_name
        try:
            info = self.approvals.refuse(a.id, name)
        except MibuError as err:
            self._error(message_of(err))
            return
        self._done(info, self.tr("已记为未批准"))

    def withdraw(self) -> None:
        a = self.current
        if a is None:
            return
        try:
            info = self.approvals.withdraw(a.id)
        except MibuError as err:
            self._error(message_of(err))
            return
        self._done(info, self.tr("申请已撤回"))

    def widen_scope(self) -> None:
        a = self.current
        if a is None:
            return
        try:
            info = self.approvals.widen_scope(a.id)
        except MibuError as err:
            self._error(message_of(err))
            return
        self._done(info, self.tr("{name} 已列入知悉范围").format(name=info.person_name))

    def apply_change(self) -> None:
        a = self.current
        if a is None:
            return
        try:
            doc = self.approvals.apply_change(a.id)
            info = self.approvals.get(a.id)
        except MibuError as err:
            self._error(message_of(err))
            return
        self._done(info, self.tr("{no}《{title}》已变更为 {marking}").format(
            no=doc.internal_no, title=doc.title, marking=doc.marking))

    def _done(self, info: ApprovalInfo, text: str) -> None:
        self._show(info)
        self.refresh()
        self._show(info)
        self.message.setStyleSheet(info_style())
        self.message.setText(text)

    def _error(self, text: str) -> None:
        self.message.setStyleSheet(inline_error_style())
        self.message.setText(text)
