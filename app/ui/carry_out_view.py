"""携带外出: scan a copy, pick the approval, the carrier (and for 绝密 the second person),
destination and return date; the list of copies out of the office, and bringing one back.

The service checks everything (approval, two people for 绝密, clearance and scope); the
screen offers only eligible people and shows any refusal inline with its rule.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.errors import MibuError
from app.models.enums import Level
from app.reports.catalog import FormKind
from app.services.lifecycle.carry_out import CarryOutInfo
from app.services.lifecycle.states import Action
from app.services.lifecycle.today import CopyCard
from app.ui.disposal_controller import DisposalController
from app.ui.disposal_widgets import InlineMessage, date_field, date_of, row_data, set_date
from app.ui.print_record import PrintSlipButton
from app.ui.rule_words import message_of
from app.ui.widgets import LEVEL_COLOURS, OVERDUE, LevelBadge, add_row, cell, read_only_table
from app.ui.words import label_of


class CarryOutView(QWidget):
    def __init__(self, disposal: DisposalController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.disposal = disposal
        self.card: CopyCard | None = None
        self.out: list[CarryOutInfo] = []
        layout = QVBoxLayout(self)

        scan_row = QHBoxLayout()
        self.scan = QLineEdit()
        self.scan.setPlaceholderText(
            self.tr("扫描要携带外出的载体条码，或输入如 2026-收-0001/3 后回车"))
        self.scan.setClearButtonEnabled(True)
        self.scan.returnPressed.connect(self.look_up)
        find = QPushButton(self.tr("查找(&F)"))
        find.clicked.connect(self.look_up)
        scan_row.addWidget(QLabel(self.tr("条码：")))
        scan_row.addWidget(self.scan, 1)
        scan_row.addWidget(find)
        layout.addLayout(scan_row)

        box = QGroupBox(self.tr("登记携带外出"))
        columns = QHBoxLayout(box)
        left, right = QFormLayout(), QFormLayout()
        self.copy_label = QLabel("—")
        self.copy_label.setStyleSheet("font-weight: bold;")
        self.badge_row = QHBoxLayout()
        self.badge_row.setContentsMargins(0, 0, 0, 0)
        self.badge_row.addWidget(self.copy_label)
        self.badge_row.addStretch(1)
        self.copy_title = QLabel("—")
        self.copy_title.setWordWrap(True)
        self.copy_state = QLabel("—")
        self.approval = QComboBox()
        self.approval.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.approval.setMinimumContentsLength(24)
        self.approval.currentIndexChanged.connect(self._approval_chosen)
        left.addRow(self.tr("载体："), self.badge_row)
        left.addRow(self.tr("标题："), self.copy_title)
        left.addRow(self.tr("状态："), self.copy_state)
        left.addRow(self.tr("审批："), self.approval)
        self.carrier = QComboBox()
        self.companion = QComboBox()
        self.companion_hint = QLabel(self.tr("绝密载体须两人同行（003 携带）"))
        self.companion_hint.setStyleSheet("color: #555555;")
        self.destination = QLineEdit()
        self.destination.setPlaceholderText(self.tr("如 北京市海淀区国家保密局"))
        self.destination.setMaxLength(128)
        self.purpose = QLineEdit()
        self.purpose.setPlaceholderText(self.tr("如 参加检查通报会"))
        self.purpose.setMaxLength(500)
        self.due_on = date_field(disposal.current_day())
        right.addRow(self.tr("携带人："), self.carrier)
        right.addRow(self.tr("陪同人："), self.companion)
        right.addRow("", self.companion_hint)
        right.addRow(self.tr("前往地点："), self.destination)
        right.addRow(self.tr("事由："), self.purpose)
        right.addRow(self.tr("交回日期："), self.due_on)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        layout.addWidget(box)

        act = QHBoxLayout()
        self.carry_out_button = QPushButton(self.tr("登记外出(&O)"))
        self.carry_out_button.clicked.connect(self.carry_out)
        self.message = InlineMessage()
        self.print_button = PrintSlipButton(disposal.controller)
        self.print_button.failed.connect(self.message.error)
        act.addWidget(self.carry_out_button)
        act.addWidget(self.print_button)
        act.addWidget(self.message, 1)
        layout.addLayout(act)

        out_box = QGroupBox(self.tr("外出中的载体"))
        out_layout = QVBoxLayout(out_box)
        self.table = read_only_table(
            [self.tr("载体"), self.tr("密级"), self.tr("标题"), self.tr("携带人"),
             self.tr("陪同人"), self.tr("前往地点"), self.tr("外出时间"), self.tr("应交回")], 2)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        out_layout.addWidget(self.table)
        back_row = QHBoxLayout()
        self.bring_back_button = QPushButton(self.tr("交回入库(&B)"))
        self.bring_back_button.clicked.connect(self.bring_back)
        back_row.addWidget(self.bring_back_button)
        back_row.addStretch(1)
        out_layout.addLayout(back_row)
        layout.addWidget(out_box, 1)
        self._show(None)
        disposal.controller.changed.connect(self._changed)
        self.refresh()

    def _changed(self, _area: str) -> None:
        self.refresh()

    # -- lists ---------------------------------------------------------------------------------
    def refresh(self) -> None:
        try:
            self.out = self.disposal.open_carry_outs()
        except MibuError as err:
            self.message.error(message_of(err))
            return
        today = self.disposal.current_day()
        self.table.setRowCount(0)
        for o in self.out:
            late = OVERDUE if o.is_overdue(today) else None
            due = o.due_on.isoformat()
            add_row(self.table, [
                cell(o.copy_label, data=o.copy_id),
                cell(label_of(o.level), LEVEL_COLOURS[o.level]), cell(o.title), cell(o.carrier),
                cell(o.companion or "—"), cell(o.destination),
                cell(o.out_at[:16].replace("T", " ")),
                cell(self.tr("{due}（已逾期）").format(due=due) if late else due, late),
            ])
        self._selection_changed()

    def _selection_changed(self) -> None:
        self.bring_back_button.setEnabled(row_data(self.table) is not None)

    # -- actions -------------------------------------------------------------------------------
    def look_up(self) -> None:
        try:
            card = self.disposal.lookup(self.scan.text())
        except MibuError as err:
            self.message.error(message_of(err))
            self._show(None)
            return
        self.message.clear_message()
        self._show(card)
        self.scan.selectAll()

    def carry_out(self) -> None:
        card = self.card
        if card is None:
            self.message.error(self.tr("请先扫描要携带外出的载体"))
            return
        carrier = self.carrier.currentData()
        if carrier is None:
            self.message.error(self.tr("请选择携带人"))
            return
        companion = self.companion.currentData()
        try:
            info = self.disposal.carry_out(
                card.copy_id, self.approval.currentData(), carrier_id=int(carrier),
                companion_id=int(companion) if companion is not None else None,
                destination=self.destination.text(), due_on=date_of(self.due_on),
                purpose=self.purpose.text())
        except MibuError as err:
            self.message.error(message_of(err))
            return
        self.print_button.set_record(FormKind.CARRY_OUT, info.id)
        self.message.info(self.tr("已登记：{copy} 由 {carrier} 携带外出，应于 {due} 交回").format(
            copy=info.copy_label, carrier=info.carrier, due=info.due_on.isoformat()))
        self.destination.clear()
        self.purpose.clear()
        self._show(None)
        self.scan.clear()
        self.scan.setFocus()

    def bring_back(self) -> None:
        copy_id = row_data(self.table)
        if copy_id is None:
            return
        try:
            info = self.disposal.bring_back(copy_id)
        except MibuError as err:
            self.message.error(message_of(err))
            return
        self.message.info(self.tr("已交回入库：{copy}").format(copy=info.copy_label))

    # -- display -------------------------------------------------------------------------------
    def _show(self, card: CopyCard | None) -> None:
        self.card = card
        while self.badge_row.count() > 2:  # the label and the stretch stay
            item = self.badge_row.takeAt(1)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        for combo in (self.approval, self.carrier, self.companion):
            combo.blockSignals(True)
            combo.clear()
        if card is None:
            self.copy_label.setText("—")
            self.copy_title.setText("—")
            self.copy_state.setText("—")
        else:
            self.copy_label.setText(card.label)
            badge = LevelBadge(card.level)
            badge.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            self.badge_row.insertWidget(1, badge)
            self.copy_title.setText(card.title)
            self.copy_state.setText(label_of(card.state))
            self._fill_choices(card)
        for combo in (self.approval, self.carrier, self.companion):
            combo.blockSignals(False)
        ready = card is not None and Action.CARRY_OUT in card.next_actions
        for w in (self.approval, self.carrier, self.companion, self.destination, self.purpose,
                  self.due_on, self.carry_out_button):
            w.setEnabled(ready)
        top = card is not None and card.level >= Level.TOP_SECRET
        self.companion_hint.setVisible(top)
        self._approval_chosen()

    def _fill_choices(self, card: CopyCard) -> None:
        if Action.CARRY_OUT not in card.next_actions:
            self.message.error(self.tr("{copy}{state}，不能携带外出：须先收回入库").format(
                copy=card.label, state=label_of(card.state)))
            return
        approvals = self.disposal.carry_out_approvals(card)
        if not approvals:
            self.approval.addItem(self.tr("（没有可用的携带外出审批：请先到“审批”登记）"), None)
        for a in approvals:  # the copy is shown above: name who, until when, approved by whom
            text = self.tr("第 {id} 号：{person}，至 {until}，{approver}批准")
            self.approval.addItem(text.format(
                id=a.id, person=a.person_name or "—",
                until=a.until.isoformat() if a.until else "—",
                approver=a.approver_name or ""), a.id)
            self.approval.setItemData(self.approval.count() - 1, a.summary,
                                      Qt.ItemDataRole.ToolTipRole)
        try:
            choices = self.disposal.carriers(card.copy_id)
        except MibuError as err:
            self.message.error(message_of(err))
            return
        self.companion.addItem(self.tr("（无）"), None)
        for r in choices:
            self.carrier.addItem(r.label, r.person_id)
            self.companion.addItem(r.label, r.person_id)

    def _approval_chosen(self) -> None:
        """The approval names the carrier and the latest return date: take them over."""
        card, approval_id = self.card, self.approval.currentData()
        if card is None or approval_id is None:
            return
        a = next((a for a in card.usable_approvals if a.id == approval_id), None)
        if a is None:
            return
        if a.person_id is not None:
            i = self.carrier.findData(a.person_id)
            if i >= 0:
                self.carrier.setCurrentIndex(i)
        if a.until is not None:
            set_date(self.due_on, a.until)
