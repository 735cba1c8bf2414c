"""离岗: pick a person; everything they still hold on one screen (also as the second person
of a 绝密 carry-out); sign off only when they hold nothing, with the decontamination end
(脱密期满) prefilled with the minimum for their clearance. Refusals show the rule inline.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import MibuError
from app.reports.catalog import FormKind
from app.services.lifecycle.departure import DepartureCheck
from app.services.people import DECONTAMINATION_YEARS, PersonInfo
from app.ui.disposal_controller import DisposalController
from app.ui.disposal_widgets import InlineMessage, date_field, date_of, set_date
from app.ui.print_record import PrintSlipButton
from app.ui.rule_words import message_of
from app.ui.widgets import DONE, LEVEL_COLOURS, OVERDUE, add_row, cell, read_only_table
from app.ui.words import label_of


class DepartureView(QWidget):
    def __init__(self, disposal: DisposalController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.disposal = disposal
        self.people: list[PersonInfo] = []
        self.check: DepartureCheck | None = None
        layout = QHBoxLayout(self)

        pick = QGroupBox(self.tr("在岗涉密人员"))
        pick.setFixedWidth(260)
        pick_layout = QVBoxLayout(pick)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("按姓名或部门筛选"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._fill_people)
        self.person_list = QListWidget()
        self.person_list.currentItemChanged.connect(self._person_chosen)
        pick_layout.addWidget(self.filter)
        pick_layout.addWidget(self.person_list, 1)
        layout.addWidget(pick)

        right = QVBoxLayout()
        layout.addLayout(right, 1)
        self.person = QLabel(self.tr("请在左侧选择人员"))
        self.person.setStyleSheet("font-size: 13pt; font-weight: bold;")
        right.addWidget(self.person)
        held_box = QGroupBox(self.tr("尚未交回的载体（离岗前须全部清退）"))
        held = QVBoxLayout(held_box)
        self.held = read_only_table(
            [self.tr("载体"), self.tr("密级"), self.tr("标题"), self.tr("状态"),
             self.tr("自"), self.tr("身份")], 2)
        held.addWidget(self.held)
        self.verdict = QLabel()
        self.verdict.setWordWrap(True)
        held.addWidget(self.verdict)
        right.addWidget(held_box, 1)

        form_box = QGroupBox(self.tr("离岗登记"))
        form_layout = QVBoxLayout(form_box)
        form = QFormLayout()
        today = disposal.current_day()
        self.departure_date = date_field(today)
        self.departure_date.dateChanged.connect(lambda _d: self._recheck())
        self.decontamination_end = date_field(today)
        self.minimum = QLabel()
        self.minimum.setStyleSheet("color: #555555;")
        end_row = QHBoxLayout()
        end_row.addWidget(self.decontamination_end)
        end_row.addWidget(self.minimum, 1)
        self.handed_over_to = QLineEdit()
        self.handed_over_to.setPlaceholderText(self.tr("接手工作的人，如 何伟（办公室）"))
        self.handed_over_to.setMaxLength(64)
        self.remarks = QLineEdit()
        self.remarks.setMaxLength(500)
        date_row = QHBoxLayout()
        date_row.addWidget(self.departure_date)
        date_row.addStretch(1)
        form.addRow(self.tr("离岗日期："), date_row)
        form.addRow(self.tr("脱密期满："), end_row)
        form.addRow(self.tr("移交对象："), self.handed_over_to)
        form.addRow(self.tr("备注："), self.remarks)
        form_layout.addLayout(form)
        row = QHBoxLayout()
        self.sign_off_button = QPushButton(self.tr("办理离岗(&S)"))
        self.sign_off_button.clicked.connect(self.sign_off)
        row.addWidget(self.sign_off_button)
        self.print_button = PrintSlipButton(disposal.controller)
        row.addWidget(self.print_button)
        row.addStretch(1)
        form_layout.addLayout(row)
        self.message = InlineMessage()
        self.print_button.failed.connect(self.message.error)
        form_layout.addWidget(self.message)
        right.addWidget(form_box)
        disposal.controller.changed.connect(self._changed)
        self.refresh()

    def _changed(self, _area: str) -> None:
        self.refresh()

    # -- people --------------------------------------------------------------------------------
    def refresh(self) -> None:
        try:
            self.people = self.disposal.people_on_post()
        except MibuError as err:
            self.message.error(message_of(err))
            return
        self._fill_people()

    def _fill_people(self) -> None:
        chosen = self.check.person_id if self.check is not None else None
        text = self.filter.text().strip()
        self.person_list.blockSignals(True)
        self.person_list.clear()
        current = None
        for p in self.people:
            if text and text not in p.name and text not in p.department:
                continue
            item = QListWidgetItem(f"{p.name}（{p.department}）· {label_of(p.clearance)}")
            item.setData(Qt.ItemDataRole.UserRole, p.id)
            self.person_list.addItem(item)
            if p.id == chosen:
                current = item
        if current is not None:
            self.person_list.setCurrentItem(current)
        self.person_list.blockSignals(False)
        if chosen is not None:
            if current is None and all(p.id != chosen for p in self.people):
                self._show(None)  # signed off: no longer on post
            else:
                self._recheck(keep_end=True)

    def select_person(self, person_id: int) -> None:
        for i in range(self.person_list.count()):
            item = self.person_list.item(i)
            if item.data(Qt.ItemDataRole.UserRole) == person_id:
                self.person_list.setCurrentItem(item)
                return

    def _person_chosen(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        self.message.clear_message()
        self._load(int(item.data(Qt.ItemDataRole.UserRole)), keep_end=False)

    def _recheck(self, keep_end: bool = False) -> None:
        if self.check is not None:
            self._load(self.check.person_id, keep_end=keep_end)

    def _load(self, person_id: int, *, keep_end: bool) -> None:
        try:
            check = self.disposal.departure_check(person_id, date_of(self.departure_date))
        except MibuError as err:
            self.message.error(message_of(err))
            return
        self._show(check, keep_end=keep_end)

    # -- sign off ------------------------------------------------------------------------------
    def sign_off(self) -> None:
        check = self.check
        if check is None:
            self.message.error(self.tr("请先选择人员"))
            return
        try:
            done = self.disposal.sign_off(
                check.person_id, departure_date=date_of(self.departure_date),
                decontamination_end=date_of(self.decontamination_end),
                handed_over_to=self.handed_over_to.text(), remarks=self.remarks.text())
        except MibuError as err:
            self.message.error(message_of(err))
            return
        self.handed_over_to.clear()
        self.remarks.clear()
        self.message.info(self.tr("已办理 {person} 离岗，脱密期至 {end}").format(
            person=done.person, end=date_of(self.decontamination_end).isoformat()))

    # -- display -------------------------------------------------------------------------------
    def _show(self, check: DepartureCheck | None, keep_end: bool = False) -> None:
        self.check = check
        self.held.setRowCount(0)
        if check is None:
            self.person.setText(self.tr("请在左侧选择人员"))
            self.verdict.setText("")
            self.minimum.setText("")
            self.sign_off_button.setEnabled(False)
            self.print_button.clear_record()
            return
        self.print_button.set_record(FormKind.DEPARTURE, check.person_id)
        self.person.setText(self.tr("{person} · {clearance}涉密人员 · {status}").format(
            person=check.person, clearance=label_of(check.clearance),
            status=label_of(check.status)))
        for h in check.held:
            add_row(self.held, [
                cell(h.label, data=h.copy_id), cell(label_of(h.level), LEVEL_COLOURS[h.level]),
                cell(h.title), cell(label_of(h.state)), cell(h.since[:16].replace("T", " ")),
                cell(self.tr("外出陪同人") if h.as_companion
                     else self.tr("责任人") if h.medium else self.tr("持有人")),
            ])
        if check.held:
            self.verdict.setStyleSheet(f"color: {OVERDUE};")
            self.verdict.setText(self.tr(
                "尚有 {n} 份未交回：须全部收回或交回后才能办理离岗（离岗清退）").format(
                    n=len(check.held)))
        else:
            self.verdict.setStyleSheet(f"color: {DONE};")
            self.verdict.setText(self.tr("未持有任何涉密载体，可以办理离岗"))
        minimum = check.minimum_decontamination_end
        if minimum is not None:
            if not keep_end or date_of(self.decontamination_end) < minimum:
                set_date(self.decontamination_end, minimum)
            self.minimum.setText(self.tr(
                "不早于 {date}（{clearance}涉密人员脱密期至少 {n} 年）").format(
                date=minimum.isoformat(), clearance=label_of(check.clearance),
                n=DECONTAMINATION_YEARS[check.clearance]))
        self.sign_off_button.setEnabled(check.can_sign_off)
