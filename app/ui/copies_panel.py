"""复制与摘抄 of a scanned copy, and the marking a 汇编 must carry.

The rule for the copy's level is shown before anything is done: 绝密 needs the originating
authority's approval (on paper); 机密/秘密 need the issuer's permission and a leader's approval;
excerpts of 绝密 need approval. The new items appear with their numbers (复制件 n/m).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.errors import MibuError
from app.models.documents import ApprovalKind, CopyKind
from app.reports.catalog import FormKind
from app.services.lifecycle.approvals import ApprovalInfo
from app.services.lifecycle.copies import MAX_COPIES, CopyRecordInfo
from app.services.lifecycle.states import Action
from app.services.lifecycle.today import CopyCard
from app.ui.loans_controller import LoansController
from app.ui.print_record import PrintSlipButton
from app.ui.rule_words import message_of
from app.ui.widgets import info_style, inline_error_style
from app.ui.words import label_of


def approval_text(a: ApprovalInfo) -> str:
    """One approval in a picker: number, approver, how many, until when."""
    parts = [f"第 {a.id} 号", a.approver_name or ""]
    if a.person_name:
        parts.append(a.person_name)
    if a.count:
        parts.append(f"{a.count} 份")
    if a.until:
        parts.append(f"至 {a.until.isoformat()}")
    if a.reference:
        parts.append(a.reference)
    return " · ".join(p for p in parts if p)


class CopiesPanel(QWidget):
    """Copy or excerpt the scanned copy; shows the rule, then the new items."""

    made = Signal(object)  # CopyRecordInfo
    approval_wanted = Signal(str)  # ApprovalKind value: no usable approval yet

    def __init__(self, loans: LoansController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.loans = loans
        self.card: CopyCard | None = None
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.kind = QComboBox()
        self.kind.addItem(self.tr("复制（复印）"), CopyKind.REPRODUCTION.value)
        self.kind.addItem(self.tr("摘抄"), CopyKind.EXCERPT.value)
        self.kind.currentIndexChanged.connect(lambda _i: self.show_card(self.card))
        form.addRow(self.tr("种类："), self.kind)
        self.rule = QLabel()
        self.rule.setWordWrap(True)
        form.addRow(self.tr("规定："), self.rule)
        approval_row = QHBoxLayout()
        self.approval = QComboBox()
        self.approval.setMinimumContentsLength(24)
        self.ask_button = QPushButton(self.tr("申请审批…"))
        self.ask_button.clicked.connect(
            lambda: self.approval_wanted.emit(self.approval_kind().value))
        approval_row.addWidget(self.approval, 1)
        approval_row.addWidget(self.ask_button)
        form.addRow(self.tr("审批："), approval_row)
        self.count = QSpinBox()
        self.count.setRange(1, MAX_COPIES)
        self.count.setSuffix(self.tr(" 份"))
        form.addRow(self.tr("份数："), self.count)
        self.receiver = QComboBox()
        form.addRow(self.tr("签收人："), self.receiver)
        layout.addLayout(form)
        self.copy_button = QPushButton(self.tr("登记复制(&C)"))
        self.copy_button.clicked.connect(self.make)
        row = QHBoxLayout()
        row.addWidget(self.copy_button)
        self.print_button = PrintSlipButton(loans.controller)
        self.print_button.failed.connect(self._error)
        row.addWidget(self.print_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.result)
        layout.addStretch(1)
        self.show_card(None)

    def current_kind(self) -> CopyKind:
        return CopyKind(self.kind.currentData())

    def approval_kind(self) -> ApprovalKind:
        return (ApprovalKind.EXCERPT if self.current_kind() is CopyKind.EXCERPT
                else ApprovalKind.COPY)

    def set_kind(self, kind: CopyKind) -> None:
        self.kind.setCurrentIndex(self.kind.findData(kind.value))

    def show_card(self, card: CopyCard | None) -> None:
        self.card = card
        self.approval.clear()
        self.receiver.clear()
        kind = self.current_kind()
        action = Action.EXCERPT if kind is CopyKind.EXCERPT else Action.COPY
        if card is None:
            self.rule.setText("—")
            self.rule.setStyleSheet("")
            self._enable(False, False)
            return
        if action not in card.next_actions:
            self.rule.setText(self.tr("{state}的载体不能{action}：须在库").format(
                state=label_of(card.state), action=label_of(action)))
            self.rule.setStyleSheet(inline_error_style())
            self._enable(False, False)
            return
        try:
            rule = self.loans.copy_rule(card, kind)
            receivers = self.loans.receivers(card.copy_id)
        except MibuError as err:
            self.rule.setText(message_of(err))
            self.rule.setStyleSheet(inline_error_style())
            self._enable(False, False)
            return
        if isinstance(rule, str):
            self.rule.setText(rule)
            self.rule.setStyleSheet(inline_error_style())
            self._enable(False, False)
            return
        needed, authority = rule
        self.rule.setStyleSheet("")
        if not needed:
            self.rule.setText(self.tr("{level}载体{action}无须审批，仍须登记").format(
                level=label_of(card.level), action=label_of(action)))
            self.approval.addItem(self.tr("（无须审批）"), None)
        else:
            self.rule.setText(self.tr("{level}载体{action}须经{authority}批准").format(
                level=label_of(card.level), action=label_of(action), authority=label_of(authority)))
            usable = [a for a in self.loans.usable(card, self.approval_kind())
                      if a.authority is authority]
            for a in usable:
                self.approval.addItem(approval_text(a), a.id)
            if not usable:
                self.approval.addItem(self.tr("（没有可用的审批）"), None)
        for r in receivers:
            self.receiver.addItem(r.label, r.person_id)
        self._enable(True, needed)

    def _enable(self, possible: bool, needs_approval: bool) -> None:
        for w in (self.approval, self.count, self.receiver, self.copy_button):
            w.setEnabled(possible)
        self.ask_button.setEnabled(possible and needs_approval)

    def make(self) -> CopyRecordInfo | None:
        card = self.card
        if card is None:
            return None
        receiver = self.receiver.currentData()
        if receiver is None:
            self._error(self.tr("请选择签收人（须在知悉范围内）"))
            return None
        approval = self.approval.currentData()
        try:
            record = self.loans.make_copies(
                card.copy_id, self.current_kind(), self.count.value(), int(receiver),
                int(approval) if approval is not None else None)
        except MibuError as err:
            self._error(message_of(err))
            return None
        self.result.setStyleSheet(info_style())
        self.result.setText(self.tr("已登记 {n} 份（复印登记第 {id} 号）：\n{labels}").format(
            n=record.count, id=record.id, labels="\n".join(record.new_labels)))
        self.print_button.set_record(FormKind.COPY, record.id)
        self.made.emit(record)
        return record

    def _error(self, text: str) -> None:
        self.result.setStyleSheet(inline_error_style())
        self.result.setText(text)


class CompilationPanel(QWidget):
    """汇编: the highest level and the longest period of the chosen documents."""

    def __init__(self, loans: LoansController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.loans = loans
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("汇编取各来源文件中最高的密级和最长的保密期限"
                               "（003 汇编 2）。勾选来源文件："))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        row = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("输入标题、文号、收文编号检索后回车"))
        self.search.returnPressed.connect(self.look_up)
        go = QPushButton(self.tr("检索"))
        go.clicked.connect(self.look_up)
        row.addWidget(self.search, 1)
        row.addWidget(go)
        layout.addLayout(row)
        self.sources = QListWidget()
        self.sources.itemChanged.connect(lambda _item: self.work_out())
        layout.addWidget(self.sources, 1)
        self.marking = QLabel()
        self.marking.setWordWrap(True)
        self.marking.setStyleSheet("font-weight: bold;")
        layout.addWidget(self.marking)

    def look_up(self) -> None:
        kept = {i: self.sources.item(i) for i in range(self.sources.count())}
        checked = [(it.text(), it.data(Qt.ItemDataRole.UserRole)) for it in kept.values()
                   if it.checkState() == Qt.CheckState.Checked]
        try:
            rows = self.loans.find_documents(self.search.text().strip())
        except MibuError as err:
            self.marking.setText(message_of(err))
            return
        self.sources.blockSignals(True)
        self.sources.clear()
        seen = set()
        for text, doc_id in checked:
            self._add(text, int(doc_id), True)
            seen.add(int(doc_id))
        for r in rows:
            if r.id not in seen:
                self._add(f"{r.internal_no} · {r.marking} ·《{r.title}》", r.id, False)
        self.sources.blockSignals(False)
        self.work_out()

    def _add(self, text: str, doc_id: int, checked: bool) -> None:
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, doc_id)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.sources.addItem(item)

    def chosen(self) -> list[int]:
        return [int(self.sources.item(i).data(Qt.ItemDataRole.UserRole))
                for i in range(self.sources.count())
                if self.sources.item(i).checkState() == Qt.CheckState.Checked]

    def work_out(self) -> None:
        ids = self.chosen()
        if not ids:
            self.marking.setText(self.tr("尚未勾选来源文件"))
            return
        try:
            m = self.loans.compilation_marking(ids)
        except MibuError as err:
            self.marking.setText(message_of(err))
            return
        if m.long_term:
            period = self.tr("长期")
        elif m.period_end is not None:
            period = self.tr("至 {day}").format(day=m.period_end.isoformat())
        else:
            period = self.tr("未定期限")
        self.marking.setText(self.tr("{n} 份来源文件：汇编应标为 {level}，保密期限{period}").format(
            n=len(ids), level=label_of(m.level), period=period))
