"""销毁: the leader's approved itemised list, two witnesses (监销人), an approved method.

Choosing an approval loads the copies it names; more can be scanned in. Only copies in store
can be destroyed: a copy on loan is refused with the rule, inline, and nothing changes.
Destroyed copies stay in the register; the list of destructions below shows them.
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
    QVBoxLayout,
    QWidget,
)

from app.errors import MibuError
from app.models.lifecycle import DestructionMethod
from app.reports.catalog import FormKind
from app.services.lifecycle.approvals import ApprovalInfo
from app.ui.disposal_controller import DisposalController
from app.ui.disposal_widgets import InlineMessage, ScanList, date_field, date_of
from app.ui.print_record import PrintSlipButton
from app.ui.rule_words import message_of
from app.ui.widgets import add_row, cell, read_only_table
from app.ui.words import label_of


class DestructionView(QWidget):
    def __init__(self, disposal: DisposalController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.disposal = disposal
        self.approvals: list[ApprovalInfo] = []
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        layout.addLayout(top, 3)

        list_box = QGroupBox(self.tr("销毁清单"))
        items = QVBoxLayout(list_box)
        row = QHBoxLayout()
        self.approval = QComboBox()
        self.approval.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.approval.setMinimumContentsLength(20)
        self.approval.currentIndexChanged.connect(self._approval_chosen)
        row.addWidget(QLabel(self.tr("销毁审批：")))
        row.addWidget(self.approval, 1)
        items.addLayout(row)
        self.message = InlineMessage()
        self.scan_list = ScanList(disposal.lookup, self.message)
        self.scan, self.items = self.scan_list.scan, self.scan_list.items
        items.addWidget(self.scan_list, 1)
        top.addWidget(list_box, 3)

        form_box = QGroupBox(self.tr("销毁登记"))
        form_layout = QVBoxLayout(form_box)
        form = QFormLayout()
        self.method = QComboBox()
        for m in DestructionMethod:
            self.method.addItem(label_of(m), m.value)
        self.place = QLineEdit(self.tr("机要室"))
        self.place.setMaxLength(128)
        self.destroyed_on = date_field(disposal.current_day())
        self.destroyed_on.setMaximumDate(self.destroyed_on.date())
        self.witness1 = QComboBox()
        self.witness2 = QComboBox()
        self.remarks = QLineEdit()
        self.remarks.setMaxLength(500)
        form.addRow(self.tr("销毁方式："), self.method)
        form.addRow(self.tr("销毁地点："), self.place)
        form.addRow(self.tr("销毁日期："), self.destroyed_on)
        form.addRow(self.tr("监销人一："), self.witness1)
        form.addRow(self.tr("监销人二："), self.witness2)
        form.addRow(self.tr("备注："), self.remarks)
        form_layout.addLayout(form)
        rule = QLabel(self.tr("须经领导批准，两名监销人在场；绝密载体须现场销毁，严禁作废品出售。"))
        rule.setWordWrap(True)
        rule.setStyleSheet("color: #555555;")
        form_layout.addWidget(rule)
        self.destroy_button = QPushButton(self.tr("登记销毁(&D)"))
        self.destroy_button.clicked.connect(self.record_destruction)
        row = QHBoxLayout()
        row.addWidget(self.destroy_button)
        self.print_button = PrintSlipButton(disposal.controller)
        self.print_button.failed.connect(self.message.error)
        row.addWidget(self.print_button)
        row.addStretch(1)
        form_layout.addLayout(row)
        form_layout.addWidget(self.message)
        form_layout.addStretch(1)
        top.addWidget(form_box, 2)

        done_box = QGroupBox(self.tr("销毁登记簿（已销毁的载体永久保留在登记簿中）"))
        done = QVBoxLayout(done_box)
        self.history = read_only_table(
            [self.tr("编号"), self.tr("日期"), self.tr("清单"), self.tr("方式"),
             self.tr("地点"), self.tr("监销人"), self.tr("批准人")], 2)
        done.addWidget(self.history)
        layout.addWidget(done_box, 2)
        disposal.controller.changed.connect(self._changed)
        self.refresh()

    def _changed(self, _area: str) -> None:
        self.refresh()

    # -- lists ---------------------------------------------------------------------------------
    def refresh(self) -> None:
        try:
            self.approvals = self.disposal.destruction_approvals()
            people = self.disposal.people_on_post()
            history = self.disposal.destructions()
        except MibuError as err:
            self.message.error(message_of(err))
            return
        current = self.approval.currentData()
        self.approval.blockSignals(True)
        self.approval.clear()
        self.approval.addItem(self.tr("（选择已批准的销毁审批）"), None)
        for a in self.approvals:
            self.approval.addItem(self.tr("第 {id} 号：{n} 份，{approver}批准（{reason}）").format(
                id=a.id, n=len(a.copy_ids), approver=a.approver_name or "",
                reason=a.reason), a.id)
        self.approval.setCurrentIndex(max(0, self.approval.findData(current)))
        self.approval.blockSignals(False)
        for combo in (self.witness1, self.witness2):
            chosen = combo.currentData()
            combo.clear()
            combo.addItem(self.tr("（选择）"), None)
            for p in people:
                combo.addItem(f"{p.name}（{p.department}）· {label_of(p.clearance)}", p.id)
            combo.setCurrentIndex(max(0, combo.findData(chosen)))
        self.history.setRowCount(0)
        for d in reversed(history):  # newest first
            add_row(self.history, [
                cell(str(d.id), data=d.id), cell(d.destroyed_on.isoformat()),
                cell("；".join(i.label for i in d.items)), cell(label_of(d.method)), cell(d.place),
                cell("、".join(d.witnesses)), cell(d.approver_name),
            ])

    def _approval_chosen(self) -> None:
        """The approval's itemised list becomes the list to destroy."""
        approval_id = self.approval.currentData()
        a = next((a for a in self.approvals if a.id == approval_id), None)
        if a is None:
            return
        self.items.clear_items()
        try:
            for copy_id in a.copy_ids:
                self.items.add(self.disposal.card(copy_id))
        except MibuError as err:
            self.message.error(message_of(err))
            return
        self.message.clear_message()

    def add_scanned(self) -> None:
        self.scan_list.add_scanned()

    def record_destruction(self) -> None:
        ids = self.items.copy_ids()
        if not ids:
            self.message.error(self.tr("销毁清单为空：请选择审批或扫描载体"))
            return
        witnesses = [w for w in (self.witness1.currentData(), self.witness2.currentData())
                     if w is not None]
        try:
            info = self.disposal.destroy(
                self.approval.currentData(), ids, witness_ids=witnesses,
                method=DestructionMethod(self.method.currentData()), place=self.place.text(),
                destroyed_on=date_of(self.destroyed_on), remarks=self.remarks.text())
        except MibuError as err:
            self.message.error(message_of(err))
            return
        self.print_button.set_record(FormKind.DESTRUCTION, info.id)
        self.items.clear_items()
        self.remarks.clear()
        self.message.info(self.tr("已登记第 {id} 号销毁：{n} 份，监销人 {w}").format(
            id=info.id, n=len(info.items), w="、".join(info.witnesses)))
