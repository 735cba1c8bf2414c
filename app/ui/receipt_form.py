"""收文登记: the receipt form, keyboard-first, with the envelope checks.

Tab runs through the fields in the order the clerk reads an envelope; Ctrl+Enter registers.
A refusal is shown under the form and the cursor goes to the field it names. The form takes
a plain callable ``submit(ReceiptInput) -> DocumentInfo``, never a session. The level choice
stops at the workstation's level (``ceiling``): nothing above it is registered here
(003 第十三条); the service refuses it anyway.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QFormLayout,
    QGridLayout,
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
from app.models.documents import CarrierType
from app.models.enums import Level
from app.services.documents import MAX_COPIES, DocumentInfo, EnvelopeCheck, ReceiptInput
from app.ui.rule_words import message_of
from app.ui.words import label_of

SubmitFn = Callable[[ReceiptInput], DocumentInfo]


class ReceiptForm(QWidget):
    received = Signal(object)  # the registered DocumentInfo

    def __init__(self, submit: SubmitFn, senders: Sequence[str] = (),
                 parent: QWidget | None = None, *, ceiling: Level | None = None) -> None:
        super().__init__(parent)
        self._submit = submit
        outer = QVBoxLayout(self)
        heading = QLabel(self.tr("收文登记"))
        heading.setStyleSheet("font-size: 16pt; font-weight: bold;")
        outer.addWidget(heading)

        form = QFormLayout()
        self.sender_edit = QLineEdit()
        self.sender_edit.setCompleter(QCompleter(list(senders), self))
        self.doc_number = QLineEdit()
        self.doc_number.setPlaceholderText(self.tr("如 京海发〔2026〕12号"))
        self.title = QLineEdit()
        self.carrier = QComboBox()
        for c in CarrierType:
            self.carrier.addItem(label_of(c), c.value)
        self.level = QComboBox()
        for lv in reversed(Level):
            if ceiling is None or lv <= ceiling:
                self.level.addItem(label_of(lv), int(lv))
        self.level.setCurrentIndex(self.level.findData(int(Level.SECRET)))
        self.period = QLineEdit()
        self.period.setPlaceholderText(self.tr("留空按密级最长期限；或 10年、长期、2036-01-31"))
        self.received_on = QDateEdit(QDate.currentDate())
        self.received_on.setDisplayFormat("yyyy-MM-dd")
        self.received_on.setCalendarPopup(True)
        self.copies = QSpinBox()
        self.copies.setRange(1, MAX_COPIES)
        self.copy_numbers = QLineEdit()
        self.copy_numbers.setPlaceholderText(self.tr("绝密、机密必填，如 3、5、7-9"))
        self.scope = QLineEdit()
        self.scope.setPlaceholderText(self.tr("如 局领导、办公室"))
        self.return_deadline = QLineEdit()
        self.return_deadline.setPlaceholderText(self.tr("可空，如 2026-12-31"))
        self.location = QLineEdit()
        self.location.setPlaceholderText(self.tr("如 机要室保密柜1"))
        self.remarks = QLineEdit()
        rows = [
            (self.tr("来文单位"), self.sender_edit), (self.tr("文号"), self.doc_number),
            (self.tr("标题"), self.title), (self.tr("密级"), self.level),
            (self.tr("载体类型"), self.carrier),
            (self.tr("保密期限"), self.period), (self.tr("收文日期"), self.received_on),
            (self.tr("份数"), self.copies), (self.tr("份号"), self.copy_numbers),
            (self.tr("知悉范围"), self.scope), (self.tr("清退期限"), self.return_deadline),
            (self.tr("存放位置"), self.location), (self.tr("备注"), self.remarks),
        ]
        for label, widget in rows:
            form.addRow(label, widget)
        outer.addLayout(form)

        box = QGroupBox(self.tr("信封检查"))
        grid = QGridLayout(box)
        self.intact = QCheckBox(self.tr("封皮完好"))
        self.count_ok = QCheckBox(self.tr("份数相符"))
        self.numbers_ok = QCheckBox(self.tr("份号相符"))
        self.level_ok = QCheckBox(self.tr("密级相符"))
        self.sender_ok = QCheckBox(self.tr("发文单位相符"))
        for i, cb in enumerate((self.intact, self.count_ok, self.numbers_ok, self.level_ok,
                                self.sender_ok)):
            cb.setChecked(True)
            grid.addWidget(cb, 0, i)
        self.notes = QLineEdit()
        self.notes.setPlaceholderText(self.tr("有异常时必须说明情况"))
        grid.addWidget(QLabel(self.tr("异常情况")), 1, 0)
        grid.addWidget(self.notes, 1, 1, 1, 4)
        outer.addWidget(box)

        self.urgent = QCheckBox(self.tr("急件"))
        self.copy_allowed = QCheckBox(self.tr("发文机关允许复制"))
        self.register_button = QPushButton(self.tr("登记（Ctrl+Enter）"))
        self.register_button.setDefault(True)
        self.register_button.clicked.connect(self.register)
        bottom = QHBoxLayout()
        bottom.addWidget(self.urgent)
        bottom.addWidget(self.copy_allowed)
        bottom.addStretch(1)
        bottom.addWidget(self.register_button)
        outer.addLayout(bottom)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        outer.addWidget(self.message)
        outer.addStretch(1)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(self.register)
        self._fields: dict[str, QWidget] = {
            "sender": self.sender_edit, "doc_number": self.doc_number, "title": self.title,
            "level": self.level, "period": self.period, "received_on": self.received_on,
            "copies": self.copies, "copy_numbers": self.copy_numbers, "scope": self.scope,
            "return_deadline": self.return_deadline, "location": self.location,
            "remarks": self.remarks, "envelope": self.notes, "carrier": self.carrier,
            "doc_date": self.received_on,
        }
        self.sender_edit.setFocus()

    def receipt(self) -> ReceiptInput:
        d = self.received_on.date()
        return ReceiptInput(
            title=self.title.text(), sender=self.sender_edit.text(),
            level=Level(self.level.currentData()),
            received_on=dt.date(d.year(), d.month(), d.day()),
            doc_number=self.doc_number.text(), copies=self.copies.value(),
            copy_numbers=self.copy_numbers.text(), period=self.period.text(),
            scope=self.scope.text(), return_deadline=self.return_deadline.text() or None,
            location=self.location.text(), remarks=self.remarks.text(),
            urgent=self.urgent.isChecked(), copy_allowed=self.copy_allowed.isChecked(),
            carrier=str(self.carrier.currentData()),
            envelope=EnvelopeCheck(
                intact=self.intact.isChecked(), count_ok=self.count_ok.isChecked(),
                numbers_ok=self.numbers_ok.isChecked(), level_ok=self.level_ok.isChecked(),
                sender_ok=self.sender_ok.isChecked(), notes=self.notes.text()),
        )

    def register(self) -> None:
        try:
            doc = self._submit(self.receipt())
        except MibuError as exc:
            self.message.setStyleSheet("color: #b00020;")
            self.message.setText(message_of(exc))
            widget = self._fields.get(exc.field or "")
            if widget is not None:
                widget.setFocus()
            return
        self.message.setStyleSheet("color: #1b5e20;")
        text = self.tr("已登记 {no}（{marking}），共 {n} 份").format(
            no=doc.internal_no, marking=doc.marking, n=doc.copies_count)
        if doc.discrepancies:
            text += self.tr("；异常情况：{d}").format(d=doc.discrepancies)
        self.message.setText(text)
        self.received.emit(doc)
        self.clear()

    def clear(self) -> None:
        for w in (self.doc_number, self.title, self.period, self.copy_numbers,
                  self.return_deadline, self.remarks, self.notes):
            w.clear()
        self.copies.setValue(1)
        self.carrier.setCurrentIndex(0)
        for cb in (self.intact, self.count_ok, self.numbers_ok, self.level_ok,
                   self.sender_ok):
            cb.setChecked(True)
        self.sender_edit.setFocus()
