"""清退: copies handed back to their issuer by the deadline, as an itemised batch; and the
monthly count / quarterly clearance reminders with their "record done" (清点登记).

domain.md (003 清退 2): by the issuer's deadline; otherwise counted monthly, checked and
returned quarterly. The service refuses copies not in store and names them.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.errors import MibuError
from app.models.lifecycle import StocktakeKind
from app.reports.catalog import FormKind
from app.services.lifecycle.returns import REMINDER_KINDS, Reminder, ReturnDue
from app.ui.disposal_controller import RETURN_WITHIN_DAYS, DisposalController
from app.ui.disposal_widgets import InlineMessage, ScanList, date_field, date_of, row_data
from app.ui.print_record import PrintSlipButton
from app.ui.rule_words import message_of
from app.ui.widgets import LEVEL_COLOURS, OVERDUE, add_row, cell, read_only_table
from app.ui.words import label_of

MAX_FOUND = 10_000_000


class IssuerReturnView(QWidget):
    def __init__(self, disposal: DisposalController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.disposal = disposal
        self.due: list[ReturnDue] = []
        self.reminders: list[Reminder] = []
        layout = QHBoxLayout(self)
        left, right = QVBoxLayout(), QVBoxLayout()
        layout.addLayout(left, 1)
        layout.addLayout(right, 1)

        # -- left: what is due --------------------------------------------------------------
        due_box = QGroupBox(self.tr("按清退期限（{n} 天内及已过期）").format(n=RETURN_WITHIN_DAYS))
        due_layout = QVBoxLayout(due_box)
        self.due_table = read_only_table(
            [self.tr("收文编号"), self.tr("密级"), self.tr("标题"), self.tr("清退期限"),
             self.tr("在册")], 2)
        self.due_table.cellDoubleClicked.connect(lambda _r, _c: self.add_document())
        due_layout.addWidget(self.due_table)
        self.add_document_button = QPushButton(self.tr("将在库各份加入清单(&A)"))
        self.add_document_button.clicked.connect(self.add_document)
        row = QHBoxLayout()
        row.addWidget(self.add_document_button)
        row.addStretch(1)
        due_layout.addLayout(row)
        left.addWidget(due_box, 3)

        count_box = QGroupBox(self.tr("清点与清查提醒"))
        count_layout = QVBoxLayout(count_box)
        self.reminder_table = read_only_table([self.tr("提醒"), self.tr("期限")], 0)
        self.reminder_table.setWordWrap(True)
        self.reminder_table.itemSelectionChanged.connect(self._reminder_chosen)
        count_layout.addWidget(self.reminder_table)
        form = QFormLayout()
        self.kind = QComboBox()
        for k in StocktakeKind:
            self.kind.addItem(label_of(k), k.value)
        self.held = QLabel()
        self.found = QSpinBox()
        self.found.setRange(0, MAX_FOUND)
        self.discrepancies = QLineEdit()
        self.discrepancies.setPlaceholderText(self.tr("清点数与登记数不符时必填"))
        self.discrepancies.setMaxLength(500)
        form.addRow(self.tr("种类："), self.kind)
        form.addRow(self.tr("登记在册："), self.held)
        form.addRow(self.tr("实点份数："), self.found)
        form.addRow(self.tr("差异说明："), self.discrepancies)
        count_layout.addLayout(form)
        row = QHBoxLayout()
        self.stocktake_button = QPushButton(self.tr("登记已完成(&K)"))
        self.stocktake_button.clicked.connect(self.record_stocktake)
        self.stocktake_message = InlineMessage()
        row.addWidget(self.stocktake_button)
        row.addWidget(self.stocktake_message, 1)
        count_layout.addLayout(row)
        left.addWidget(count_box, 3)

        # -- right: the batch ----------------------------------------------------------------
        batch_box = QGroupBox(self.tr("清退清单"))
        batch = QVBoxLayout(batch_box)
        self.message = InlineMessage()
        self.scan_list = ScanList(disposal.lookup, self.message, clearable=True)
        self.scan, self.items = self.scan_list.scan, self.scan_list.items
        batch.addWidget(self.scan_list, 1)
        form = QFormLayout()
        self.organisation = QComboBox()
        self.received_by = QLineEdit()
        self.received_by.setPlaceholderText(self.tr("如 区委办公室 刘某"))
        self.received_by.setMaxLength(64)
        self.returned_on = date_field(disposal.current_day())
        self.returned_on.setMaximumDate(self.returned_on.date())
        self.remarks = QLineEdit()
        self.remarks.setMaxLength(500)
        form.addRow(self.tr("退往单位："), self.organisation)
        form.addRow(self.tr("接收人："), self.received_by)
        form.addRow(self.tr("清退日期："), self.returned_on)
        form.addRow(self.tr("备注："), self.remarks)
        batch.addLayout(form)
        row = QHBoxLayout()
        self.return_button = QPushButton(self.tr("登记清退(&R)"))
        self.return_button.clicked.connect(self.return_to_issuer)
        row.addWidget(self.return_button)
        self.print_button = PrintSlipButton(disposal.controller)
        self.print_button.failed.connect(self.message.error)
        row.addWidget(self.print_button)
        row.addStretch(1)
        batch.addLayout(row)
        batch.addWidget(self.message)
        right.addWidget(batch_box)
        disposal.controller.changed.connect(self._changed)
        self.refresh()

    def _changed(self, _area: str) -> None:
        self.refresh()

    # -- lists ---------------------------------------------------------------------------------
    def refresh(self) -> None:
        try:
            self.due = self.disposal.due_for_return()
            self.reminders = self.disposal.reminders()
            held = self.disposal.held_count()
            organisations = self.disposal.organisations()
        except MibuError as err:
            self.message.error(message_of(err))
            return
        today = self.disposal.current_day()
        self.due_table.setRowCount(0)
        for i, d in enumerate(self.due):
            late = OVERDUE if d.is_overdue(today) else None
            add_row(self.due_table, [
                cell(d.internal_no, data=i), cell(label_of(d.level), LEVEL_COLOURS[d.level]),
                cell(d.title), cell(d.deadline.isoformat(), late),
                cell(self.tr("%n 份", "", d.copies_held)),
            ])
        self.reminder_table.setRowCount(0)
        for i, m in enumerate(self.reminders):
            add_row(self.reminder_table, [cell(m.text, data=i), cell(m.due_on.isoformat())])
        self.reminder_table.resizeRowsToContents()
        self.held.setText(self.tr("%n 份（在库及外出）", "", held))
        self.found.setValue(held)
        current = self.organisation.currentData()
        self.organisation.clear()
        self.organisation.addItem(self.tr("（不指定）"), None)
        for o in organisations:
            self.organisation.addItem(o.name, o.id)
        if current is not None:
            self.organisation.setCurrentIndex(max(0, self.organisation.findData(current)))

    def _reminder_chosen(self) -> None:
        i = row_data(self.reminder_table)
        if i is None:
            return
        kind = REMINDER_KINDS.get(self.reminders[i].kind)
        if kind is not None:
            self.kind.setCurrentIndex(self.kind.findData(kind.value))

    # -- the batch -----------------------------------------------------------------------------
    def add_document(self) -> None:
        i = row_data(self.due_table)
        if i is None:
            self.message.error(self.tr("请先在左侧选择一份文件"))
            return
        due = self.due[i]
        try:
            cards = self.disposal.copies_in_store(due.document_id)
            sender = self.disposal.sender_of(due.document_id)
        except MibuError as err:
            self.message.error(message_of(err))
            return
        added = sum(self.items.add(c) for c in cards)
        if sender is not None and self.organisation.currentData() is None:
            self.organisation.setCurrentIndex(max(0, self.organisation.findData(sender)))
        out = due.copies_held - len(cards)
        if out:
            self.message.error(self.tr("{no} 加入 {n} 份；另有 {out} 份不在库，须先收回").format(
                no=due.internal_no, n=added, out=out))
        else:
            self.message.info(self.tr("{no} 加入 {n} 份").format(no=due.internal_no, n=added))

    def add_scanned(self) -> None:
        self.scan_list.add_scanned()

    def return_to_issuer(self) -> None:
        ids = self.items.copy_ids()
        if not ids:
            self.message.error(self.tr("清退清单为空：请扫描或从左侧加入载体"))
            return
        try:
            info = self.disposal.return_to_issuer(
                ids, organisation_id=self.organisation.currentData(),
                received_by=self.received_by.text(), returned_on=date_of(self.returned_on),
                remarks=self.remarks.text())
        except MibuError as err:
            self.message.error(message_of(err))
            return
        self.print_button.set_record(FormKind.RETURN, info.id)
        self.items.clear_items()
        self.received_by.clear()
        self.remarks.clear()
        self.message.info(self.tr("已登记第 {id} 号清退：{n} 份退往{org}，接收人 {who}").format(
            id=info.id, n=len(info.items), org=info.organisation or self.tr("发文机关"),
            who=info.received_by))

    # -- counts --------------------------------------------------------------------------------
    def record_stocktake(self) -> None:
        kind = StocktakeKind(self.kind.currentData())
        try:
            info = self.disposal.record_stocktake(kind, found=self.found.value(),
                                                  discrepancies=self.discrepancies.text())
        except MibuError as err:
            self.stocktake_message.error(message_of(err))
            return
        self.discrepancies.clear()
        self.stocktake_message.info(self.tr(
            "已登记{kind}：登记 {expected} 份，实点 {found} 份").format(
            kind=label_of(info.kind), expected=info.expected, found=info.found))
