"""借阅与复制: lend a scanned copy with its approval, renew, take it back; copy or excerpt it;
the marking of a compilation; the overdue loans, the loans out and the copy register.

Like the circulation desk, a scanner types the code and presses Enter. The borrower list
offers only people who may receive the copy; someone with an overdue item is marked and
refused with the item named. Refusals show the rule inline and change nothing.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.errors import MibuError
from app.models.documents import ApprovalKind, CopyKind
from app.reports.catalog import FormKind
from app.services.lifecycle import common, states
from app.services.lifecycle.copies import CopyRecordInfo
from app.services.lifecycle.loans import BorrowerChoice, LoanInfo
from app.services.lifecycle.states import Action
from app.services.lifecycle.today import CopyCard
from app.ui.controller import Controller
from app.ui.copies_panel import CompilationPanel, CopiesPanel, approval_text
from app.ui.copy_card_box import CopyCardBox
from app.ui.loans_controller import LoansController
from app.ui.print_record import PrintSlipButton
from app.ui.rule_words import message_of
from app.ui.widgets import (
    LEVEL_COLOURS,
    OVERDUE,
    add_row,
    cell,
    info_style,
    inline_error_style,
    pydate,
    qdate,
    read_only_table,
)
from app.ui.words import label_of

PLACE = "机要阅文室"


class LoansArea(QWidget):
    #: No usable approval yet: (ApprovalKind value, document id, copy id) for a new request.
    request_approval = Signal(str, int, int)

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.loans = LoansController(controller)
        self.card: CopyCard | None = None
        self.loan: LoanInfo | None = None
        self._borrowers: list[BorrowerChoice] = []
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("借阅与复制"))
        heading.setStyleSheet("font-size: 16pt; font-weight: bold;")
        layout.addWidget(heading)
        scan_row = QHBoxLayout()
        self.scan = QLineEdit()
        self.scan.setPlaceholderText(self.tr("扫描载体条码，或输入如 2026-收-0001/3 后回车"))
        self.scan.setClearButtonEnabled(True)
        self.scan.returnPressed.connect(self.look_up)
        find = QPushButton(self.tr("查找(&F)"))
        find.clicked.connect(self.look_up)
        scan_row.addWidget(QLabel(self.tr("条码：")))
        scan_row.addWidget(self.scan, 1)
        scan_row.addWidget(find)
        layout.addLayout(scan_row)
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout.addWidget(self.message)

        split = QSplitter(Qt.Orientation.Vertical)
        top = QWidget()
        row = QHBoxLayout(top)
        row.setContentsMargins(0, 0, 0, 0)
        self.card_box = CopyCardBox()
        self.card_box.setMinimumWidth(320)
        self.card_box.setMaximumWidth(420)
        row.addWidget(self.card_box, 2)
        self.action_tabs = QTabWidget()
        self.action_tabs.addTab(self._lend_tab(), self.tr("借出"))
        self.action_tabs.addTab(self._renew_tab(), self.tr("续借与归还"))
        self.copies = CopiesPanel(self.loans)
        self.copies.made.connect(self._copied)
        self.copies.approval_wanted.connect(self._ask)
        self.action_tabs.addTab(self.copies, self.tr("复制与摘抄"))
        self.compilation = CompilationPanel(self.loans)
        self.action_tabs.addTab(self.compilation, self.tr("汇编"))
        row.addWidget(self.action_tabs, 3)
        split.addWidget(top)

        self.lists = QTabWidget()
        due_headers = [self.tr("借阅人"), self.tr("载体"), self.tr("密级"), self.tr("标题"),
                       self.tr("借出时间"), self.tr("应还日期"), self.tr("逾期")]
        self.overdue = read_only_table(due_headers, 3)
        self.out = read_only_table(due_headers, 3)
        self.register_table = read_only_table(
            [self.tr("日期"), self.tr("种类"), self.tr("密级"), self.tr("标题"),
             self.tr("份数"), self.tr("批准人"), self.tr("签收人"), self.tr("新编号")], 3)
        self.lists.addTab(self.overdue, self.tr("逾期未还"))
        self.lists.addTab(self.out, self.tr("在借"))
        self.lists.addTab(self.register_table, self.tr("复印登记"))
        for table in (self.overdue, self.out):
            table.cellDoubleClicked.connect(lambda r, _c, t=table: self._open_row(t, r))
        split.addWidget(self.lists)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)
        layout.addWidget(split, 1)
        controller.changed.connect(self._changed)
        self._show(None)
        self.refresh_lists()

    # -- building -----------------------------------------------------------------------------
    def _lend_tab(self) -> QWidget:
        tab = QWidget()
        col = QVBoxLayout(tab)
        form = QFormLayout()
        approval_row = QHBoxLayout()
        self.lend_approval = QComboBox()
        self.lend_approval.setMinimumContentsLength(24)
        self.lend_approval.currentIndexChanged.connect(self._approval_chosen)
        self.ask_loan_button = QPushButton(self.tr("申请审批…"))
        self.ask_loan_button.clicked.connect(lambda: self._ask(ApprovalKind.LOAN.value))
        approval_row.addWidget(self.lend_approval, 1)
        approval_row.addWidget(self.ask_loan_button)
        form.addRow(self.tr("借阅审批："), approval_row)
        self.borrower = QComboBox()
        self.borrower.currentIndexChanged.connect(self._borrower_chosen)
        form.addRow(self.tr("借阅人："), self.borrower)
        self.borrower_note = QLabel()
        self.borrower_note.setWordWrap(True)
        self.borrower_note.setStyleSheet(inline_error_style())
        form.addRow("", self.borrower_note)
        self._lend_form = form
        self.due_on = QDateEdit()
        self.due_on.setCalendarPopup(True)
        self.due_on.setDisplayFormat("yyyy-MM-dd")
        self.due_rule = QLabel()
        self.due_rule.setStyleSheet("color: #555555;")
        due_row = QHBoxLayout()
        due_row.addWidget(self.due_on)
        due_row.addWidget(self.due_rule, 1)
        form.addRow(self.tr("应还日期："), due_row)
        self.place = QLineEdit(PLACE)
        self.place.setMaxLength(64)
        form.addRow(self.tr("阅读地点："), self.place)
        col.addLayout(form)
        buttons = QHBoxLayout()
        self.lend_button = QPushButton(self.tr("借出(&L)"))
        self.lend_button.clicked.connect(self.lend)
        buttons.addWidget(self.lend_button)
        self.print_button = PrintSlipButton(self.loans.controller)
        self.print_button.failed.connect(self._error)
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        col.addLayout(buttons)
        col.addStretch(1)
        return tab

    def _renew_tab(self) -> QWidget:
        tab = QWidget()
        col = QVBoxLayout(tab)
        self.loan_text = QLabel()
        self.loan_text.setWordWrap(True)
        col.addWidget(self.loan_text)
        form = QFormLayout()
        approval_row = QHBoxLayout()
        self.renew_approval = QComboBox()
        self.renew_approval.setMinimumContentsLength(24)
        self.ask_renew_button = QPushButton(self.tr("申请审批…"))
        self.ask_renew_button.clicked.connect(lambda: self._ask(ApprovalKind.LOAN.value))
        approval_row.addWidget(self.renew_approval, 1)
        approval_row.addWidget(self.ask_renew_button)
        form.addRow(self.tr("续借审批："), approval_row)
        self.new_due = QDateEdit()
        self.new_due.setCalendarPopup(True)
        self.new_due.setDisplayFormat("yyyy-MM-dd")
        form.addRow(self.tr("续借至："), self.new_due)
        col.addLayout(form)
        buttons = QHBoxLayout()
        self.renew_button = QPushButton(self.tr("续借(&N)"))
        self.renew_button.clicked.connect(self.renew)
        self.return_button = QPushButton(self.tr("归还入库(&B)"))
        self.return_button.clicked.connect(self.return_loan)
        buttons.addWidget(self.renew_button)
        buttons.addWidget(self.return_button)
        buttons.addStretch(1)
        col.addLayout(buttons)
        col.addStretch(1)
        return tab

    # -- finding the copy ----------------------------------------------------------------------
    def look_up(self) -> None:
        try:
            card = self.loans.lookup(self.scan.text())
        except MibuError as err:
            self._error(message_of(err))
            self._show(None)
            return
        self.message.clear()
        self.copies.result.clear()
        self._show(card)
        self.scan.selectAll()

    def show_copy(self, copy_id: int) -> None:
        try:
            self._show(self.loans.card(copy_id))
        except MibuError as err:
            self._error(message_of(err))

    def preselect(self, copy_id: int, action: Action) -> None:
        """Come here from the circulation desk with the copy and what is to be done."""
        self.message.clear()
        self.copies.result.clear()
        self.show_copy(copy_id)
        if action is Action.LEND:
            self.action_tabs.setCurrentIndex(0)
        elif action in (Action.RENEW, Action.RETURN_LOAN):
            self.action_tabs.setCurrentIndex(1)
        elif action in (Action.COPY, Action.EXCERPT):
            self.copies.set_kind(CopyKind.EXCERPT if action is Action.EXCERPT
                                 else CopyKind.REPRODUCTION)
            self.action_tabs.setCurrentWidget(self.copies)

    def _ask(self, kind: str) -> None:
        if self.card is not None:
            self.request_approval.emit(kind, self.card.document_id, self.card.copy_id)

    def _open_row(self, table: QTableWidget, row: int) -> None:
        item = table.item(row, 0)
        if item is not None:
            self.preselect(int(item.data(Qt.ItemDataRole.UserRole)), Action.RENEW)

    # -- showing -------------------------------------------------------------------------------
    def _show(self, card: CopyCard | None) -> None:
        self.card = card
        self.card_box.show_card(card)
        self._fill_lend(card)
        self._fill_renew(card)
        self.copies.show_card(card)

    def _fill_lend(self, card: CopyCard | None) -> None:
        self.lend_approval.blockSignals(True)
        self.lend_approval.clear()
        self.borrower.blockSignals(True)
        self.borrower.clear()
        self._borrowers = []
        self._note("")
        self.due_rule.clear()
        can = card is not None and Action.LEND in card.next_actions
        if card is not None and can:
            try:
                self._borrowers = self.loans.borrowers(card.copy_id)
                due = self.loans.default_due(card)
            except MibuError as err:
                self._error(message_of(err))
                can = False
            else:
                for a in self.loans.usable(card, ApprovalKind.LOAN):
                    self.lend_approval.addItem(approval_text(a), a.id)
                self.borrower.addItem(self.tr("（请选择）"), None)
                for b in self._borrowers:
                    label = b.label if b.may_borrow else self.tr("{who}（有逾期未还）").format(
                        who=b.label)
                    self.borrower.addItem(label, b.person_id)
                today = common.today()
                self.due_on.setMinimumDate(qdate(today))
                self.due_on.setMaximumDate(qdate(due))
                self.due_on.setDate(qdate(due))
                self.due_rule.setText(self.tr("当天归还") if due == today else
                                      self.tr("最晚 {day}").format(day=due.isoformat()))
        elif card is not None:
            self._note(states.refusal(card.state, Action.LEND) or "")
        if self.lend_approval.count() == 0:
            self.lend_approval.addItem(self.tr("（没有可用的借阅审批）"), None)
        self.lend_approval.blockSignals(False)
        self.borrower.blockSignals(False)
        for w in (self.lend_approval, self.borrower, self.due_on, self.place, self.lend_button):
            w.setEnabled(can)
        self.ask_loan_button.setEnabled(can)
        self._approval_chosen()

    def _approval_chosen(self) -> None:
        """The approval names the borrower: choose them."""
        if self.card is None:
            return
        approval_id = self.lend_approval.currentData()
        for a in self.loans.usable(self.card, ApprovalKind.LOAN):
            if a.id == approval_id and a.person_id is not None:
                index = self.borrower.findData(a.person_id)
                if index >= 0:
                    self.borrower.setCurrentIndex(index)
                if a.until is not None and a.until < pydate(self.due_on.date()):
                    self.due_on.setDate(qdate(a.until))

    def _borrower_chosen(self) -> None:
        pid = self.borrower.currentData()
        chosen = next((b for b in self._borrowers if b.person_id == pid), None)
        if chosen is not None and not chosen.may_borrow:
            self._note(self.tr("有逾期未还：{items}").format(items="；".join(chosen.overdue)))
        else:
            self._note("")

    def _note(self, text: str) -> None:
        self.borrower_note.setText(text)
        self._lend_form.setRowVisible(self.borrower_note, bool(text))

    def _fill_renew(self, card: CopyCard | None) -> None:
        self.renew_approval.clear()
        self.loan = None
        on_loan = card is not None and Action.RETURN_LOAN in card.next_actions
        renewable = False
        if card is not None and on_loan:
            try:
                self.loan = self.loans.open_loan(card.copy_id)
            except MibuError as err:
                self._error(message_of(err))
        if card is not None and self.loan is not None:
            n = self.loan
            self.loan_text.setText(self.tr(
                "借阅人：{who}\n借出：{out}　应还：{due}　已续借 {n} 次").format(
                who=n.borrower, out=n.out_at[:16].replace("T", " "),
                due=n.due_on.isoformat(), n=n.renewals))
            latest = self.loans.renewal_default(card, n)
            if latest is None:
                self.loan_text.setText(self.loan_text.text() + "\n" + self.tr(
                    "绝密文件和急件须当天归还，不能续借（003 借阅）"))
            else:
                renewable = True
                for a in self.loans.usable(card, ApprovalKind.LOAN):
                    self.renew_approval.addItem(approval_text(a), a.id)
                self.new_due.setMinimumDate(qdate(n.due_on))
                self.new_due.setMaximumDate(qdate(latest))
                self.new_due.setDate(qdate(latest))
        elif card is not None:
            self.loan_text.setText(self.tr("此载体{state}，没有借阅可续借或归还").format(
                state=label_of(card.state)))
        else:
            self.loan_text.setText("—")
        if self.renew_approval.count() == 0:
            self.renew_approval.addItem(self.tr("（没有可用的续借审批）"), None)
        for w in (self.renew_approval, self.new_due, self.renew_button, self.ask_renew_button):
            w.setEnabled(renewable)
        self.return_button.setEnabled(self.loan is not None)

    def refresh_lists(self) -> None:
        try:
            out = self.loans.open_loans()
            records = self.loans.copy_register()
        except MibuError as err:
            self._error(message_of(err))
            return
        today = common.today()
        late = [n for n in out if n.is_overdue(today)]
        self._fill_loans(self.overdue, late)
        self._fill_loans(self.out, out)
        self.lists.setTabText(0, self.tr("逾期未还（{n}）").format(n=len(late)))
        self.lists.setTabText(1, self.tr("在借（{n}）").format(n=len(out)))
        self.register_table.setRowCount(0)
        for r in records:
            add_row(self.register_table, [
                cell(r.copied_on.isoformat()),
                cell(self.tr("摘抄") if r.kind is CopyKind.EXCERPT else self.tr("复制")),
                cell(label_of(r.level), LEVEL_COLOURS[r.level]), cell(r.title),
                cell(str(r.count)), cell(r.approver_name or "—"), cell(r.received_by),
                cell("、".join(label.split(" ", 1)[-1] for label in r.new_labels)),
            ])

    def _fill_loans(self, table: QTableWidget, items: list[LoanInfo]) -> None:
        today = common.today()
        table.setRowCount(0)
        for n in items:
            days = max(0, (today - n.due_on).days)
            colour = OVERDUE if days else None
            add_row(table, [
                cell(n.borrower, colour, data=n.copy_id), cell(n.copy_label),
                cell(label_of(n.level), LEVEL_COLOURS[n.level]), cell(n.title),
                cell(n.out_at[:16].replace("T", " ")), cell(n.due_on.isoformat(), colour),
                cell(self.tr("{n} 天").format(n=days) if days else "", colour),
            ])

    # -- doing ---------------------------------------------------------------------------------
    def lend(self) -> LoanInfo | None:
        card = self.card
        borrower = self.borrower.currentData()
        if card is None:
            return None
        if borrower is None:
            self._error(self.tr("请选择借阅人"))
            return None
        approval = self.lend_approval.currentData()
        try:
            loan = self.loans.lend(card.copy_id, int(borrower),
                                   int(approval) if approval is not None else None,
                                   pydate(self.due_on.date()), self.place.text())
        except MibuError as err:
            self._error(message_of(err))
            return None
        self._after(card.copy_id, self.tr("已借给 {who}，应于 {due} 前归还").format(
            who=loan.borrower, due=loan.due_on.isoformat()))
        self.print_button.set_record(FormKind.LOAN, loan.id)
        return loan

    def renew(self) -> LoanInfo | None:
        if self.loan is None or self.card is None:
            return None
        approval = self.renew_approval.currentData()
        try:
            loan = self.loans.renew(self.loan.id,
                                    int(approval) if approval is not None else None,
                                    pydate(self.new_due.date()))
        except MibuError as err:
            self._error(message_of(err))
            return None
        self._after(loan.copy_id, self.tr("已续借至 {due}").format(due=loan.due_on.isoformat()))
        return loan

    def return_loan(self) -> LoanInfo | None:
        if self.card is None:
            return None
        try:
            loan = self.loans.return_loan(self.card.copy_id)
        except MibuError as err:
            self._error(message_of(err))
            return None
        text = self.tr("已归还入库")
        if loan.returned_late:
            text = self.tr("已归还入库（逾期归还，已记录）")
        self._after(loan.copy_id, text)
        return loan

    def _copied(self, record: CopyRecordInfo) -> None:
        if self.card is not None:
            self._after(self.card.copy_id, self.tr("已登记{kind} {n} 份").format(
                kind=self.tr("摘抄") if record.kind is CopyKind.EXCERPT else self.tr("复制"),
                n=record.count))

    def _after(self, copy_id: int, text: str) -> None:
        self.show_copy(copy_id)
        self.refresh_lists()
        self.message.setStyleSheet(info_style())
        self.message.setText(text)
        self.scan.setFocus()
        self.scan.selectAll()

    def _changed(self, area: str) -> None:
        if area in ("approvals", "circulation", "documents"):
            if self.card is not None:
                self.show_copy(self.card.copy_id)
            self.refresh_lists()

    def _error(self, text: str) -> None:
        self.message.setStyleSheet(inline_error_style())
        self.message.setText(text)
