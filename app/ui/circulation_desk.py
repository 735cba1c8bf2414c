"""The circulation desk (流转台): scan or type a copy's code, see the copy and what can
happen to it next, like a library's circulation desk.

A barcode/QR scanner types the code into the focused field and presses Enter; so can the
clerk. Handing out offers only the readers who may receive the copy (in scope, cleared);
taking back works for circulation, loans and carry-outs alike. Refusals show the rule.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import MibuError
from app.reports.catalog import FormKind
from app.services.lifecycle.states import Action
from app.services.lifecycle.today import CopyCard
from app.ui.controller import Controller
from app.ui.copy_card_box import CopyCardBox
from app.ui.lifecycle_controller import LifecycleController
from app.ui.medium_actions import ActionDialog, Field, FieldKind, Values
from app.ui.people_controller import PeopleController
from app.ui.people_view import no_people_hint
from app.ui.print_record import PrintSlipButton
from app.ui.rule_words import message_of
from app.ui.widgets import OVERDUE, inline_error_style
from app.ui.words import label_of

#: Actions done elsewhere (they need an approval or a list), named so the clerk knows.
ELSEWHERE = (Action.LEND, Action.CARRY_OUT, Action.COPY, Action.EXCERPT,
             Action.RETURN_TO_ISSUER, Action.DESTROY, Action.RENEW)


class CirculationDesk(QWidget):
    #: (Action value, copy id): do this elsewhere with this copy (the shell switches areas).
    open_elsewhere = Signal(str, int)
    open_people = Signal()  # the register has no people: to the people area

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lifecycle = LifecycleController(controller)
        self.card: CopyCard | None = None
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("流转台"))
        heading.setStyleSheet("font-size: 16pt; font-weight: bold;")
        layout.addWidget(heading)
        scan_row = QHBoxLayout()
        self.scan = QLineEdit()
        self.scan.setPlaceholderText(self.tr("扫描载体条码，或输入如 2026-收-0001/3 后回车"))
        self.scan.setClearButtonEnabled(True)
        self.scan.returnPressed.connect(self.look_up)
        self.find_button = QPushButton(self.tr("查找(&F)"))
        self.find_button.clicked.connect(self.look_up)
        scan_row.addWidget(QLabel(self.tr("条码：")))
        scan_row.addWidget(self.scan, 1)
        scan_row.addWidget(self.find_button)
        layout.addLayout(scan_row)

        self.message = QLabel()
        self.message.setWordWrap(True)
        layout.addWidget(self.message)

        self.box = CopyCardBox(with_doc_number=True)
        layout.addWidget(self.box)

        actions = QGroupBox(self.tr("可办理"))
        act = QVBoxLayout(actions)
        out_row = QHBoxLayout()
        self.reader = QComboBox()
        self.reader.setMinimumWidth(220)
        self.hand_out_button = QPushButton(self.tr("传阅给(&H)"))
        self.hand_out_button.clicked.connect(self.hand_out)
        out_row.addWidget(self.hand_out_button)
        out_row.addWidget(self.reader, 1)
        self.print_button = PrintSlipButton(controller)
        self.print_button.failed.connect(self._error)
        out_row.addWidget(self.print_button)
        act.addLayout(out_row)
        # Someone holding an item past its due date is marked, as in the loans area.
        self.reader_note = QLabel()
        self.reader_note.setWordWrap(True)
        self.reader_note.setStyleSheet(inline_error_style())
        self.reader_note.hide()
        act.addWidget(self.reader_note)
        self.reader.currentIndexChanged.connect(self._reader_chosen)
        self._overdue: dict[int, tuple[str, ...]] = {}
        self.people = PeopleController(controller)
        self.no_people = no_people_hint(self, self.tr(
            "传阅给：登记簿里还没有涉密人员，无人可选。"))
        self.no_people.linkActivated.connect(lambda _link: self.open_people.emit())
        act.addWidget(self.no_people)
        self.no_readers = QLabel(self.tr(
            "传阅给：没有可接收此载体的人员（须在岗、涉密等级不低于此件密级、在知悉范围内）。"))
        self.no_readers.setWordWrap(True)
        self.no_readers.setStyleSheet("color: #555555;")
        self.no_readers.hide()
        act.addWidget(self.no_readers)
        self.bring_in_button = QPushButton(self.tr("收回入库(&B)"))
        self.bring_in_button.clicked.connect(self.bring_in)
        act.addWidget(self.bring_in_button)
        loss_row = QHBoxLayout()
        self.lost_button = QPushButton(self.tr("登记丢失…"))
        self.lost_button.clicked.connect(self.report_lost)
        self.recover_button = QPushButton(self.tr("登记找回…"))
        self.recover_button.clicked.connect(self.recover)
        loss_row.addWidget(self.lost_button)
        loss_row.addWidget(self.recover_button)
        loss_row.addStretch(1)
        act.addLayout(loss_row)
        self.dialog: ActionDialog | None = None
        self.elsewhere = QLabel()
        self.elsewhere.setWordWrap(True)
        self.elsewhere.setStyleSheet("color: #555555;")
        act.addWidget(self.elsewhere)
        # Of those, the 借阅与复制 area does these: a button leads there with the copy chosen.
        go_row = QHBoxLayout()
        self.go_buttons: dict[Action, QPushButton] = {}
        for action, text in ((Action.LEND, self.tr("去借出…")), (Action.RENEW, self.tr("去续借…")),
                             (Action.COPY, self.tr("去复制…")),
                             (Action.EXCERPT, self.tr("去摘抄…"))):
            button = QPushButton(text)
            button.clicked.connect(lambda _checked=False, a=action: self._go(a))
            go_row.addWidget(button)
            self.go_buttons[action] = button
        go_row.addStretch(1)
        act.addLayout(go_row)
        layout.addWidget(actions)
        layout.addStretch(1)
        self._show(None)
        self.scan.setFocus()

    # -- actions -------------------------------------------------------------------------------
    def look_up(self) -> None:
        text = self.scan.text()
        try:
            card = self.lifecycle.lookup(text)
        except MibuError as err:
            self._error(message_of(err))
            self._show(None)
            return
        self._info("")
        self._show(card)
        self.scan.selectAll()

    def show_copy(self, copy_id: int) -> None:
        try:
            self._show(self.lifecycle.card(copy_id))
            self._info("")
        except MibuError as err:
            self._error(message_of(err))

    def _go(self, action: Action) -> None:
        if self.card is not None:
            self.open_elsewhere.emit(action.value, self.card.copy_id)

    def hand_out(self) -> None:
        if self.card is None or self.reader.currentData() is None:
            return
        name = self.reader.currentText()
        try:
            card, circulation_id = self.lifecycle.hand_out(self.card.copy_id,
                                                           int(self.reader.currentData()))
        except MibuError as err:
            self._error(message_of(err))
            return
        self._show(card)
        self.print_button.set_record(FormKind.CIRCULATION, circulation_id)
        self._info(self.tr("已交 {name} 阅读，应于 {due} 前退回").format(
            name=name, due=card.due_on.isoformat() if card.due_on else ""))
        self.scan.setFocus()
        self.scan.selectAll()

    def bring_in(self) -> None:
        if self.card is None:
            return
        try:
            card = self.lifecycle.bring_in(self.card)
        except MibuError as err:
            self._error(message_of(err))
            return
        self._show(card)
        self._info(self.tr("已收回入库"))
        self.scan.setFocus()
        self.scan.selectAll()

    def report_lost(self) -> ActionDialog | None:
        """登记丢失: when, where, how it was found missing; the 24-hour report opens."""
        card = self.card
        if card is None:
            return None
        fields = [Field("lost_on", self.tr("丢失日期"), FieldKind.DATE),
                  Field("where", self.tr("丢失地点")),
                  Field("circumstances", self.tr("丢失及发现经过"), FieldKind.LONG_TEXT,
                        placeholder=self.tr("何时、何处、如何发现，已采取的措施"))]

        def submit(v: Values) -> object:
            day = v.get("lost_on")
            return self.lifecycle.report_lost(
                card.copy_id, day if isinstance(day, dt.date) else dt.date.today(),
                str(v.get("where") or ""), str(v.get("circumstances") or ""))

        return self._dialog(self.tr("登记丢失 · {code}").format(code=card.code), self.tr(
            "登记后须在 24 小时内向保密工作机构报告（泄露国家秘密事件报告表）；"
            "找回时登记找回，不能修改记录。"), fields, self.tr("登记丢失"), submit,
            self.tr("已登记丢失：须在 24 小时内报告"))

    def recover(self) -> ActionDialog | None:
        """登记找回: a lost copy that was found comes back into the store."""
        card = self.card
        if card is None:
            return None
        fields = [Field("circumstances", self.tr("找回经过"), FieldKind.LONG_TEXT,
                        placeholder=self.tr("何时、何处、由谁找回"))]

        def submit(v: Values) -> object:
            return self.lifecycle.recover(card.copy_id, str(v.get("circumstances") or ""))

        return self._dialog(self.tr("登记找回 · {code}").format(code=card.code),
                            self.tr("丢失的载体已找回，登记后入库。"), fields,
                            self.tr("登记找回"), submit, self.tr("已登记找回，载体入库"))

    def _dialog(self, title: str, intro: str, fields: list[Field], ok: str,
                submit: Callable[[Values], object], done: str) -> ActionDialog:
        dialog = ActionDialog(title, intro, fields, ok, submit, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.recorded.connect(self._recorded)
        dialog.recorded.connect(lambda _card: self._info(done))
        dialog.destroyed.connect(self._forget_dialog)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _recorded(self, card: object) -> None:
        if isinstance(card, CopyCard):
            self._show(card)

    def _forget_dialog(self) -> None:
        self.dialog = None

    # -- display -------------------------------------------------------------------------------
    def _reader_chosen(self) -> None:
        pid = self.reader.currentData()
        items = self._overdue.get(int(pid), ()) if pid is not None else ()
        self.reader_note.setText(self.tr("有逾期未还：{items}").format(items="；".join(items))
                                 if items else "")
        self.reader_note.setVisible(bool(items))

    def _error(self, text: str) -> None:
        self.message.setStyleSheet(inline_error_style())
        self.message.setText(text)

    def _info(self, text: str) -> None:
        self.message.setStyleSheet("color: #2f6f4f;")
        self.message.setText(text)

    def _show(self, card: CopyCard | None) -> None:
        self.print_button.clear_record()  # a slip belongs to what was just done
        self.card = card
        self.box.show_card(card)
        self.no_people.hide()
        self.no_readers.hide()
        self.reader_note.hide()
        if card is None:
            self.lost_button.hide()
            self.recover_button.hide()
            self.reader.clear()
            self.hand_out_button.setEnabled(False)
            self.reader.setEnabled(False)
            self.bring_in_button.setEnabled(False)
            self.elsewhere.setText("")
            for button in self.go_buttons.values():
                button.hide()
            return
        can_hand_out = Action.HAND_OUT in card.next_actions
        self.reader.clear()
        self._overdue = {}
        if can_hand_out:
            try:
                for r in self.lifecycle.readers(card.copy_id):
                    label = r.label if not r.overdue else self.tr(
                        "{who}（有逾期未还）").format(who=r.label)
                    self.reader.addItem(label, r.person_id)
                    if r.overdue:
                        self._overdue[r.person_id] = r.overdue
                        self.reader.setItemData(self.reader.count() - 1, QColor(OVERDUE),
                                                Qt.ItemDataRole.ForegroundRole)
            except MibuError as err:
                self._error(message_of(err))
            self._reader_chosen()
        self.reader.setEnabled(can_hand_out and self.reader.count() > 0)
        if can_hand_out and self.reader.count() == 0:
            nobody = self.people.count_people() == 0
            self.no_people.setVisible(nobody)
            self.no_readers.setVisible(not nobody)
        self.hand_out_button.setEnabled(can_hand_out and self.reader.count() > 0)
        self.bring_in_button.setEnabled(any(a in card.next_actions for a in (
            Action.TAKE_BACK, Action.RETURN_LOAN, Action.BRING_BACK)))
        for action, button in self.go_buttons.items():
            button.setVisible(action in card.next_actions)
        self.lost_button.setVisible(Action.LOSE in card.next_actions)
        self.recover_button.setVisible(Action.RECOVER in card.next_actions)
        other = [label_of(a) for a in card.next_actions if a in ELSEWHERE]
        if other:
            self.elsewhere.setText(self.tr("另可办理（需审批或清单）：{actions}").format(
                actions="、".join(other)))
        elif not card.next_actions:
            self.elsewhere.setText(self.tr("此载体已{state}，不能再办理任何流转").format(
                state=label_of(card.state)))
        else:
            self.elsewhere.setText("")
        self.box.setAlignment(Qt.AlignmentFlag.AlignLeft)
