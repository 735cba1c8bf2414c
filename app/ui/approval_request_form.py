"""A new request for approval (提出审批申请): what exactly is to be allowed.

The document is found by scanning one of its copies (which is then ticked) or by searching
the register; the form asks only for what the kind needs: copies, the person, how many,
until when, and whose approval (本单位主管领导, or 原定密机关 for copying 绝密).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
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
from app.models.documents import ApprovalKind, CopyState
from app.models.enums import Level
from app.services.lifecycle.approvals import MAX_COUNT, REASON_MAX, ApprovalInfo, Authority
from app.ui.approvals_controller import ApprovalsController, copy_name
from app.ui.rule_words import message_of
from app.ui.widgets import info_style, inline_error_style, pydate
from app.ui.words import label_of

#: The kinds the clerk asks for here.
KINDS = (ApprovalKind.LOAN, ApprovalKind.COPY, ApprovalKind.EXCERPT, ApprovalKind.CARRY_OUT,
         ApprovalKind.SCOPE, ApprovalKind.DESTRUCTION, ApprovalKind.LEVEL_CHANGE,
         ApprovalKind.PERIOD_CHANGE)
#: A change of 密级 or 保密期限 is proposed by the clerk and approved by the unit's 保密领导小组
#: (001 五(五)3: 由承办人员提出意见……报部机关保密领导小组审批), recorded like every approval
#: and applied once approved (:mod:`app.services.periods`).
CHANGES = (ApprovalKind.LEVEL_CHANGE, ApprovalKind.PERIOD_CHANGE)

#: Which rows each kind shows: copies, person, count, until.
NEEDS: dict[ApprovalKind, tuple[bool, bool, bool, bool]] = {
    ApprovalKind.LOAN: (True, True, False, True),
    ApprovalKind.COPY: (True, False, True, False),
    ApprovalKind.EXCERPT: (True, False, True, False),
    ApprovalKind.CARRY_OUT: (True, True, False, True),
    ApprovalKind.SCOPE: (False, True, False, False),
    ApprovalKind.DESTRUCTION: (True, False, False, False),
    ApprovalKind.LEVEL_CHANGE: (False, False, False, False),
    ApprovalKind.PERIOD_CHANGE: (False, False, False, False),
}


class ApprovalRequestForm(QWidget):
    requested = Signal(int)  # the new approval's id

    def __init__(self, approvals: ApprovalsController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.approvals = approvals
        self.document_id: int | None = None
        self.document_level: Level | None = None
        outer = QHBoxLayout(self)
        body = QWidget()
        body.setMaximumWidth(860)
        outer.addWidget(body, 1)
        outer.addStretch(0)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        self.form = QFormLayout()
        self.kind = QComboBox()
        for k in KINDS:
            self.kind.addItem(label_of(k), k.value)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.form.addRow(self.tr("申请事项："), self.kind)

        find_row = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(
            self.tr("扫描载体条码，或输入标题、文号、收文编号检索后回车"))
        self.search.setClearButtonEnabled(True)
        self.search.returnPressed.connect(self.look_up)
        self.find_button = QPushButton(self.tr("查找(&F)"))
        self.find_button.clicked.connect(self.look_up)
        find_row.addWidget(self.search, 1)
        find_row.addWidget(self.find_button)
        self.form.addRow(self.tr("查找文件："), find_row)
        self.document = QComboBox()
        self.document.currentIndexChanged.connect(self._document_changed)
        self.form.addRow(self.tr("文件："), self.document)
        self.copies = QListWidget()
        self.copies.setMaximumHeight(130)
        self.form.addRow(self.tr("载体："), self.copies)
        self.person = QComboBox()
        self.form.addRow(self.tr("人员："), self.person)
        self.count = QSpinBox()
        self.count.setRange(1, MAX_COUNT)
        self.count.setSuffix(self.tr(" 份"))
        self.form.addRow(self.tr("份数："), self.count)
        self.until_box = QWidget()
        until_row = QHBoxLayout(self.until_box)
        until_row.setContentsMargins(0, 0, 0, 0)
        self.has_until = QCheckBox(self.tr("写明期限"))
        self.until = QDateEdit(QDate.currentDate())
        self.until.setCalendarPopup(True)
        self.until.setDisplayFormat("yyyy-MM-dd")
        self.until.setMinimumDate(QDate.currentDate())
        self.has_until.toggled.connect(self.until.setEnabled)
        until_row.addWidget(self.has_until)
        until_row.addWidget(self.until)
        until_row.addStretch(1)
        self.form.addRow(self.tr("期限至："), self.until_box)
        self.new_level = QComboBox()
        for level in Level:
            self.new_level.addItem(label_of(level), int(level))
        self.form.addRow(self.tr("新密级："), self.new_level)
        self.new_period = QLineEdit()
        self.new_period.setMaxLength(32)
        self.form.addRow(self.tr("新保密期限："), self.new_period)
        self.authority = QComboBox()
        for a in Authority:
            self.authority.addItem(label_of(a), a.value)
        self.form.addRow(self.tr("批准机关："), self.authority)
        self.reason = QLineEdit()
        self.reason.setMaxLength(REASON_MAX)
        self.reason.setPlaceholderText(self.tr("如 年度审查需要"))
        self.form.addRow(self.tr("申请事由："), self.reason)
        layout.addLayout(self.form)

        buttons = QHBoxLayout()
        self.submit_button = QPushButton(self.tr("提交申请(&S)"))
        self.submit_button.clicked.connect(self.submit)
        buttons.addWidget(self.submit_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        layout.addStretch(1)
        self._load_people()
        self._kind_changed()
        # A bound method of this widget: Qt drops the connection when the form is deleted.
        approvals.controller.changed.connect(self._changed)

    def _changed(self, area: str) -> None:
        """People added, edited or imported in this session are offered at once."""
        if area == "people":
            chosen = self.person.currentData()
            self._load_people()
            index = self.person.findData(chosen)
            self.person.setCurrentIndex(max(index, 0))

    # -- filling ------------------------------------------------------------------------------
    def _load_people(self) -> None:
        self.person.clear()
        self.person.addItem(self.tr("（请选择）"), None)
        try:
            for p in self.approvals.people_on_post():
                self.person.addItem(f"{p.display} · {label_of(p.clearance)}", p.id)
        except MibuError as err:
            self._error(message_of(err))

    def current_kind(self) -> ApprovalKind:
        return ApprovalKind(self.kind.currentData())

    def _kind_changed(self) -> None:
        copies, person, count, until = NEEDS[self.current_kind()]
        self.form.setRowVisible(self.copies, copies)
        self.form.setRowVisible(self.person, person)
        self.form.setRowVisible(self.count, count)
        self.form.setRowVisible(self.until_box, until)
        kind = self.current_kind()
        self.form.setRowVisible(self.new_level, kind is ApprovalKind.LEVEL_CHANGE)
        self.form.setRowVisible(self.new_period, kind in CHANGES)
        self.form.setRowVisible(self.authority, kind not in CHANGES)
        self.new_period.setPlaceholderText(
            self.tr("不填则沿用原期限，如 10年、长期、2030-12-31")
            if kind is ApprovalKind.LEVEL_CHANGE else self.tr("如 10年、长期、2030-12-31"))
        self.has_until.setChecked(kind is ApprovalKind.CARRY_OUT)
        self.has_until.setEnabled(kind is not ApprovalKind.CARRY_OUT)
        self.until.setEnabled(self.has_until.isChecked())
        self._default_authority()

    def _default_authority(self) -> None:
        """Copying or excerpting 绝密 needs the originating authority; the rest the leader."""
        originating = (self.current_kind() in (ApprovalKind.COPY, ApprovalKind.EXCERPT)
                       and self.document_level is not None
                       and self.document_level >= Level.TOP_SECRET)
        want = Authority.ORIGINATING if originating else Authority.LEADER
        self.authority.setCurrentIndex(self.authority.findData(want.value))

    def look_up(self) -> None:
        """A scanned copy code picks its document and ticks the copy; other text searches."""
        text = self.search.text().strip()
        if not text:
            return
        try:
            card = self.approvals.lookup(text)
        except MibuError:
            card = None
        if card is not None:
            self.preselect(card.document_id, card.copy_id)
            return
        try:
            rows = self.approvals.find_documents(text)
        except MibuError as err:
            self._error(message_of(err))
            return
        self.document.blockSignals(True)
        self.document.clear()
        for r in rows:
            self.document.addItem(f"{r.internal_no} · {r.marking} ·《{r.title}》",
                                  (r.id, int(r.level)))
        self.document.blockSignals(False)
        if not rows:
            self._error(self.tr("没有找到“{text}”").format(text=text))
        else:
            self.message.clear()
        self._document_changed()

    def preselect(self, document_id: int, copy_id: int | None = None,
                  kind: ApprovalKind | None = None) -> None:
        """Fill the form for this document (and tick this copy), e.g. from the loans area."""
        if kind is not None:
            self.kind.setCurrentIndex(self.kind.findData(kind.value))
        try:
            d = self.approvals.document(document_id)
        except MibuError as err:
            self._error(message_of(err))
            return
        self.document.blockSignals(True)
        self.document.clear()
        self.document.addItem(f"{d.internal_no} · {d.marking} ·《{d.title}》",
                              (d.id, int(d.level)))
        self.document.blockSignals(False)
        self._document_changed(tick=copy_id)
        self.message.clear()

    def _document_changed(self, _index: int = -1, tick: int | None = None) -> None:
        self.copies.clear()
        data = self.document.currentData()
        if data is None:
            self.document_id, self.document_level = None, None
            self._default_authority()
            return
        self.document_id, self.document_level = int(data[0]), Level(data[1])
        self.new_level.setCurrentIndex(self.new_level.findData(int(self.document_level)))
        try:
            copies = self.approvals.copies_of(self.document_id)
        except MibuError as err:
            self._error(message_of(err))
            return
        for c in copies:
            state = label_of(c.state)
            if c.holder_name:
                state += f" · {c.holder_name}"
            item = QListWidgetItem(f"{copy_name(c)}（{state}）")
            item.setData(Qt.ItemDataRole.UserRole, c.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if c.id == tick
                               else Qt.CheckState.Unchecked)
            if c.state in (CopyState.DESTROYED, CopyState.RETURNED, CopyState.DISPATCHED):
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            self.copies.addItem(item)
        self._default_authority()

    def checked_copies(self) -> list[int]:
        out = []
        for i in range(self.copies.count()):
            item = self.copies.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(int(item.data(Qt.ItemDataRole.UserRole)))
        return out

    # -- submitting ---------------------------------------------------------------------------
    def submit(self) -> ApprovalInfo | None:
        kind = self.current_kind()
        copies, person, count, until = NEEDS[kind]
        if self.document_id is None:
            self._error(self.tr("请先查找并选择文件"))
            return None
        if kind in CHANGES:
            return self._submit_change(kind, self.document_id)
        person_id = self.person.currentData() if person else None
        until_day: dt.date | None = (pydate(self.until.date())
                                     if until and self.has_until.isChecked() else None)
        try:
            info = self.approvals.request(
                kind, document_id=self.document_id,
                person_id=int(person_id) if person_id is not None else None,
                copy_ids=self.checked_copies() if copies else [],
                count=self.count.value() if count else None, until=until_day,
                authority=Authority(self.authority.currentData()), reason=self.reason.text())
        except MibuError as err:
            self._error(message_of(err))
            return None
        return self._submitted(info)

    def _submit_change(self, kind: ApprovalKind, document_id: int) -> ApprovalInfo | None:
        """密级变更 / 保密期限变更: what the document is to become, and why."""
        new_level = (Level(self.new_level.currentData()) if kind is ApprovalKind.LEVEL_CHANGE
                     else None)
        try:
            info = self.approvals.request_change(document_id, new_level=new_level,
                                                 new_period=self.new_period.text(),
                                                 reason=self.reason.text())
        except MibuError as err:
            self._error(message_of(err))
            return None
        self.new_period.clear()
        return self._submitted(info)

    def _submitted(self, info: ApprovalInfo) -> ApprovalInfo:
        self.message.setStyleSheet(info_style())
        self.message.setText(self.tr("已提交第 {id} 号申请：{summary}").format(
            id=info.id, summary=info.summary))
        self.reason.clear()
        self.requested.emit(info.id)
        return info

    def _error(self, text: str) -> None:
        self.message.setStyleSheet(inline_error_style())
        self.message.setText(text)
