"""涉密人员: the list with its search, the selected person's holdings and history, and the
buttons to add, edit and lead to the departure screen.

Keyboard: Ctrl+F to the search, Enter there to the list, Enter on a row edits, Ctrl+N adds.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.errors import MibuError
from app.models.enums import Clearance
from app.services.audit import AuditLine
from app.services.corrections import PERSON_FIELDS, Field
from app.services.people import PersonInfo
from app.ui.correction_form import CorrectionForm
from app.ui.disposal_widgets import ChosenRecord, InlineMessage, list_over_detail
from app.ui.medium_actions import local_time
from app.ui.people_controller import PeopleController, PersonDetail
from app.ui.people_forms import PersonForm
from app.ui.rule_words import message_of
from app.ui.widgets import LEVEL_COLOURS, OVERDUE, add_row, cell, list_header, read_only_table
from app.ui.words import label_of

DEPARTED = "#5f6b73"
#: The order a person's fields are listed in (the trail stores them sorted by code point).
FIELD_ORDER = ("姓名", "部门", "职务", "涉密等级", "状态", "离岗日期", "脱密期满", "移交对象",
               "备注")


def no_people_hint(parent: QWidget, text: str) -> QLabel:
    """A red line saying the register has no people, with a link to the people area (hidden
    until the owner shows it)."""
    link = QCoreApplication.translate("PeopleHint", "去“人员与单位”登记人员…")
    label = QLabel(f"{html.escape(text)} <a href='people'>{html.escape(link)}</a>", parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                  | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
    label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # Tab reaches the link, Enter follows it
    label.setStyleSheet(f"color: {OVERDUE};")
    label.hide()
    return label


class Message(InlineMessage):
    """The inline message line, taking no room while it says nothing."""

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setVisible(bool(text))


def text_of(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    return item.text() if item is not None else ""


def changed_fields(a: AuditLine) -> str:
    """What an entry about a person changed: ``职务 科员 → 副主任`` (every field when added).
    The services record a person's fields under their Chinese names."""
    before, after = a.before or {}, a.after or {}
    parts = []
    keys = [k for k in FIELD_ORDER if k in after] + [k for k in after if k not in FIELD_ORDER]
    for key in keys:
        new = after[key]
        old = before.get(key)
        if not isinstance(new, str | int) or new == old or (new == "" and not old):
            continue
        parts.append(f"{key} {old} → {new}" if old not in (None, "") else f"{key} {new}")
    return "；".join(parts)


def _clearance(value: object) -> Clearance | None:
    return Clearance(int(value)) if isinstance(value, int) else None


class PeopleView(ChosenRecord, QWidget):
    #: The departure screen, with this person chosen (the shell switches areas).
    open_departure = Signal(int)

    def __init__(self, people: PeopleController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.people = people
        self.rows: list[PersonInfo] = []
        self.detail: PersonDetail | None = None
        self.form: PersonForm | None = None
        self.correction: CorrectionForm | None = None

        title = QLabel(self.tr("涉密人员"))
        title.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.count = QLabel()
        self.add_button = QPushButton(self.tr("新增人员(&N)…"))
        self.add_button.setToolTip("Ctrl+N")
        self.add_button.clicked.connect(lambda: self.open_add())
        self.edit_button = QPushButton(self.tr("修改(&E)…"))
        self.edit_button.clicked.connect(lambda: self.open_edit())
        self.departure_button = QPushButton(self.tr("办理离岗(&D)…"))
        self.departure_button.setToolTip(self.tr("到“离岗”页：清点所持载体，办理离岗"))
        self.departure_button.clicked.connect(self._to_departure)
        self.search = QLineEdit()
        top, filters = list_header(
            title, self.count, (self.add_button, self.edit_button, self.departure_button),
            self.search, QLabel(self.tr("查找(&F)")), self.tr("姓名、部门或职务"))
        self.search.textChanged.connect(lambda _t: self.refresh())
        self.search.returnPressed.connect(self._to_list)

        self.empty = QLabel(self.tr(
            "登记簿里还没有涉密人员。传阅、借阅、携带外出和监销都要从这里的人员中选人："
            "按“新增人员…”逐个登记，或用命令 mibu import --kind people 导入人员台帐。"))
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet(f"color: {OVERDUE}; padding: 4px 0;")
        self.empty.hide()
        self.message = Message()
        self.message.hide()

        self.table = read_only_table(
            [self.tr("姓名"), self.tr("部门"), self.tr("职务"), self.tr("涉密等级"),
             self.tr("状态"), self.tr("脱密期满"), self.tr("备注")], 6)
        self.table.itemSelectionChanged.connect(self._selected)
        self.table.activated.connect(lambda _i: self.open_edit())

        self.heading = QLabel(self.tr("请选择人员"))
        self.heading.setStyleSheet("font-weight: bold;")
        self.holding_verdict = QLabel()
        self.holding_verdict.setWordWrap(True)
        self.holding = read_only_table(
            [self.tr("载体"), self.tr("密级"), self.tr("标题"), self.tr("状态"), self.tr("自"),
             self.tr("身份")], 2)
        self.history = read_only_table(
            [self.tr("类别"), self.tr("载体"), self.tr("密级"), self.tr("标题"), self.tr("交出"),
             self.tr("应还"), self.tr("交回")], 3)
        self.history_note = QLabel(self.tr(
            "列出传阅、借阅和携带外出的记录（每类最近 200 条）；更早的记录见打印的登记簿。"))
        self.history_note.setWordWrap(True)
        self.history_note.setStyleSheet("color: #555555;")
        self.tabs = QTabWidget()
        held_page = QWidget()
        held_layout = QVBoxLayout(held_page)
        held_layout.addWidget(self.holding_verdict)
        held_layout.addWidget(self.holding, 1)
        history_page = QWidget()
        history_layout = QVBoxLayout(history_page)
        history_layout.addWidget(self.history, 1)
        history_layout.addWidget(self.history_note)
        self.tabs.addTab(held_page, self.tr("现持有"))
        self.tabs.addTab(history_page, self.tr("经手记录"))
        self.changes = read_only_table(
            [self.tr("时间"), self.tr("操作"), self.tr("操作人"), self.tr("变更")], 3)
        self.tabs.addTab(self.changes, self.tr("信息变更"))
        self.splitter = list_over_detail(self, (top, filters), (self.empty, self.message),
                                         self.table, self.heading, self.tabs)
        QShortcut(QKeySequence.StandardKey.Find, self, self.search.setFocus)
        QShortcut(QKeySequence.StandardKey.New, self, lambda: self.open_add())
        self.refresh()

    # -- the list -------------------------------------------------------------------------------
    def refresh(self) -> None:
        keep = self.current_id()
        try:
            rows = self.people.people(self.search.text())
            total = self.people.count_people() if self.search.text().strip() else len(rows)
        except MibuError as err:
            self.message.error(message_of(err))
            return
        self.rows = rows
        self.empty.setVisible(total == 0)
        if self.search.text().strip():
            self.count.setText(self.tr("找到 {n} 人（共 {total} 人）").format(
                n=len(rows), total=total))
        else:
            self.count.setText(self.tr("共 {n} 人").format(n=total))
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        for p in rows:
            colour = None if p.on_post else DEPARTED
            end = p.decontamination_end.isoformat() if p.decontamination_end else ""
            add_row(self.table, [
                cell(p.name, colour, data=p.id), cell(p.department, colour),
                cell(p.post, colour), cell(label_of(p.clearance), colour),
                cell(label_of(p.status), colour), cell(end, colour), cell(p.remarks, colour)])
        self.table.blockSignals(False)
        if keep is None or not self.select(keep):
            self._show(None)

    def _detail(self, record_id: int) -> PersonDetail:
        return self.people.detail(record_id)

    # -- the selected person --------------------------------------------------------------------
    def _show(self, d: PersonDetail | None) -> None:
        self.detail = d
        self.holding.setRowCount(0)
        self.history.setRowCount(0)
        self.changes.setRowCount(0)
        self.edit_button.setEnabled(d is not None)
        self.departure_button.setEnabled(d is not None and d.person.on_post)
        if d is None:
            self.heading.setText(self.tr("请选择人员"))
            self.holding_verdict.setText("")
            self.tabs.setTabText(0, self.tr("现持有"))
            self.tabs.setTabText(1, self.tr("经手记录"))
            self.tabs.setTabText(2, self.tr("信息变更"))
            return
        p = d.person
        self.heading.setText(self.tr("{name}（{department}）· {clearance}涉密人员 · {status}")
                             .format(name=p.name, department=p.department,
                                     clearance=label_of(p.clearance), status=label_of(p.status)))
        for h in d.holding.held:
            add_row(self.holding, [
                cell(h.label, data=h.copy_id), cell(label_of(h.level), LEVEL_COLOURS[h.level]),
                cell(h.title), cell(label_of(h.state)), cell(local_time(h.since)),
                cell(self.tr("外出陪同人") if h.as_companion else self.tr("持有人"))])
        if d.holding.held:
            self.holding_verdict.setStyleSheet(f"color: {OVERDUE};")
            self.holding_verdict.setText(self.tr(
                "尚有 {n} 份未交回；离岗前须全部收回。").format(n=len(d.holding.held)))
        else:
            self.holding_verdict.setStyleSheet("color: #2f6f4f;")
            self.holding_verdict.setText(self.tr("现未持有任何涉密载体。"))
        kinds = {"reading": self.tr("传阅"), "loan": self.tr("借阅"),
                 "carry_out": self.tr("携带外出"), "companion": self.tr("陪同外出")}
        for line in d.history:
            back = local_time(line.back_at) if line.back_at else self.tr("未交回")
            add_row(self.history, [
                cell(kinds.get(line.kind, line.kind)), cell(line.copy_label),
                cell(label_of(line.level), LEVEL_COLOURS[line.level]), cell(line.title),
                cell(local_time(line.out_at)), cell(line.due_on.isoformat()),
                cell(back, None if line.back_at else OVERDUE)])
        self.tabs.setTabText(0, self.tr("现持有（{n}）").format(n=len(d.holding.held)))
        self.tabs.setTabText(1, self.tr("经手记录（{n}）").format(n=len(d.history)))
        names = self._account_names() if d.changes else {}
        for a in d.changes:
            add_row(self.changes, [cell(local_time(a.at)), cell(self.people.action_label(a.action)),
                                   cell(names.get(a.actor, a.actor)), cell(changed_fields(a))])
        self.tabs.setTabText(2, self.tr("信息变更（{n}）").format(n=len(d.changes)))

    # -- add, edit, departure -------------------------------------------------------------------
    def open_add(self) -> PersonForm:
        def submit(v: dict[str, object]) -> object:
            return self.people.add_person(
                name=str(v["name"]), department=str(v["department"]), post=str(v["post"]),
                clearance=_clearance(v["clearance"]), remarks=str(v["remarks"]))

        return self._open(PersonForm(submit, None, self._departments(), self))

    def open_edit(self) -> PersonForm | None:
        if self.detail is None:
            self.message.error(self.tr("请先在列表中选择人员"))
            return None
        person = self.detail.person

        def submit(v: dict[str, object]) -> object:
            clearance = _clearance(v["clearance"])
            return self.people.update_person(
                person.id, department=str(v["department"]), post=str(v["post"]),
                clearance=clearance if clearance is not None else person.clearance,
                remarks=str(v["remarks"]))

        form = self._open(PersonForm(submit, person, self._departments(), self))
        form.correct_requested.connect(self.open_correction)
        return form

    def open_correction(self, person_id: int | None = None) -> CorrectionForm | None:
        """更正…: a name or department typed wrong, with a reason (from the edit form)."""
        if self.detail is None or (person_id is not None
                                   and self.detail.person.id != person_id):
            self.message.error(self.tr("请先在列表中选择人员"))
            return None
        p = self.detail.person
        fields = [(f, p.name if f.key == "name" else p.department) for f in PERSON_FIELDS]
        protected = [(Field("clearance", self.tr("涉密等级")), label_of(p.clearance))]

        def submit(field: str, value: str, reason: str) -> object:
            return self.people.correct_person(p.id, field, value, reason)

        form = CorrectionForm(self.tr("更正人员信息 · {name}").format(name=p.name), fields,
                              protected, submit, self)
        form.choose("department")
        form.recorded.connect(self._recorded)
        self.correction = form
        form.open()
        return form

    def _open(self, form: PersonForm) -> PersonForm:
        self.form = form
        form.recorded.connect(self._recorded)
        form.open()
        return form

    def _recorded(self, person: object) -> None:
        self.correction = None  # closed and deleted
        if isinstance(person, PersonInfo):
            with QSignalBlocker(self.search):  # listed again by the one refresh below
                self.search.clear()
            self.refresh()
            self.select(person.id)
            self.message.info(self.tr("已保存：{name}（{department}）").format(
                name=person.name, department=person.department))
            self.table.setFocus()

    def _account_names(self) -> dict[str, str]:
        try:
            return self.people.account_names()
        except MibuError:
            return {}

    def _departments(self) -> list[str]:
        try:
            return self.people.departments()
        except MibuError:
            return []

    def _to_departure(self) -> None:
        if self.detail is not None and self.detail.person.on_post:
            self.open_departure.emit(self.detail.person.id)

    def shown_rows(self) -> list[list[str]]:
        """The list as the clerk sees it (tests)."""
        return [[text_of(self.table, r, c) for c in range(self.table.columnCount())]
                for r in range(self.table.rowCount())]

    def focus_table(self) -> QTableWidget:
        return self.table
