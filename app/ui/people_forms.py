"""The small forms of the people and units area: add or edit a person, add or rename a unit,
merge one unit into another.

Each is a :class:`FieldForm`: labelled fields, each with its own line for a refusal right
under it. The submit callable calls the controller; a ``MibuError`` naming a field is shown
in red under that field, which takes the focus; one naming no field, under the form. Enter
submits, Esc cancels, and the dialog closes only when the change is recorded.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import MibuError, ValidationError
from app.models.enums import Clearance
from app.services.people import DEPARTMENT_MAX, NAME_MAX, ORG_MAX, POST_MAX, PersonInfo
from app.ui.rule_words import message_of
from app.ui.widgets import inline_error_style
from app.ui.words import label_of

FIELD_WIDTH = 320  # a form's fields: wide enough for a unit's full name, not the screen


class FieldForm(QDialog):
    """A dialog of labelled fields with a refusal line under each."""

    recorded = Signal(object)  # what the submit callable returned

    def __init__(self, title: str, intro: str, ok_text: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._submit: Callable[[], object] = lambda: None
        self.intro = QLabel(intro)
        self.intro.setWordWrap(True)
        self.intro.setVisible(bool(intro))
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.fields: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self.error = QLabel()  # a refusal that names no field
        self.error.setStyleSheet(inline_error_style())
        self.error.setWordWrap(True)
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.buttons = buttons
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(ok_text)
        self.ok_button.setDefault(True)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.try_submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)

    def add_field(self, key: str, label: str, widget: QWidget) -> None:
        """A row: the field, and under it the line its refusal goes to."""
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        widget.setFixedWidth(FIELD_WIDTH)
        column.addWidget(widget)
        error = QLabel()
        error.setStyleSheet(inline_error_style())
        error.setWordWrap(True)
        error.setMaximumWidth(FIELD_WIDTH)
        error.hide()
        column.addWidget(error)
        self.fields[key] = widget
        self.errors[key] = error
        caption = QLabel(label)
        caption.setBuddy(widget)
        self.form.addRow(caption, box)
        if len(self.fields) == 1:
            widget.setFocus()

    def set_submit(self, submit: Callable[[], object]) -> None:
        self._submit = submit

    def clear_errors(self) -> None:
        for label in (*self.errors.values(), self.error):
            label.clear()
            label.hide()

    def show_error(self, err: MibuError) -> None:
        self.clear_errors()
        label = self.errors.get(err.field or "", self.error)
        label.setText(message_of(err))
        label.show()
        widget = self.fields.get(err.field or "")
        if widget is not None:
            widget.setFocus()
        self.adjustSize()

    def try_submit(self) -> object | None:
        try:
            result = self._submit()
        except MibuError as err:
            self.show_error(err)
            return None
        self.clear_errors()
        self.recorded.emit(result)
        self.accept()
        return result

    def error_text(self, key: str = "") -> str:
        """The refusal shown under a field ("" for the line under the form)."""
        label = self.errors.get(key, self.error)
        return label.text() if not label.isHidden() else ""


def _line(max_len: int, text: str = "", placeholder: str = "") -> QLineEdit:
    line = QLineEdit(text)
    line.setMaxLength(max_len)
    line.setPlaceholderText(placeholder)
    return line


class PersonForm(FieldForm):
    """新增人员 (every field) or 修改人员信息 (department, post, clearance, remarks).

    When editing, 更正… leads to the correction of a name or department typed wrong, with a
    reason (``correct_requested``; the form closes and the area opens the correction)."""

    correct_requested = Signal(int)  # the person's id

    def __init__(self, submit: Callable[[dict[str, object]], object],
                 person: PersonInfo | None = None, departments: list[str] | None = None,
                 parent: QWidget | None = None) -> None:
        adding = person is None
        super().__init__(
            self.tr("新增涉密人员") if adding else self.tr("修改人员信息 · {name}").format(
                name=person.name if person else ""),
            self.tr("涉密等级决定可接收的最高密级：核心（绝密）、重要（机密）、一般（秘密）。")
            if adding else self.tr(
                "涉密等级不能降到其仍持有的载体的密级以下；离岗请用“办理离岗”。"),
            self.tr("登记") if adding else self.tr("保存"), parent)
        self.person = person
        self.name = _line(NAME_MAX, person.name if person else "")
        self.name.setReadOnly(not adding)
        self.department = _line(DEPARTMENT_MAX, person.department if person else "",
                                self.tr("如 办公室"))
        if departments:
            completer = QCompleter(departments, self.department)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            self.department.setCompleter(completer)
        self.post = _line(POST_MAX, person.post if person else "", self.tr("可不填"))
        self.clearance = QComboBox()
        if adding:
            self.clearance.addItem(self.tr("（请选择）"), None)
        for c in sorted(Clearance, reverse=True):
            self.clearance.addItem(self.tr("{clearance}（可接收{level}及以下）").format(
                clearance=c.label, level=label_of(c.highest_level)), c)
        if person is not None:
            self.set_clearance(person.clearance)
        self.remarks = _line(200, person.remarks if person else "", self.tr("可不填"))
        self.add_field("name", self.tr("姓名(&M)"), self.name)
        self.add_field("department", self.tr("部门(&D)"), self.department)
        self.add_field("post", self.tr("职务(&P)"), self.post)
        self.add_field("clearance", self.tr("涉密等级(&C)"), self.clearance)
        if person is not None:
            status = QLabel(label_of(person.status) if person.on_post else self.tr(
                "离岗（{day}），脱密期至 {end}").format(
                    day=person.departure_date.isoformat() if person.departure_date else "",
                    end=(person.decontamination_end.isoformat()
                         if person.decontamination_end else "")))
            self.form.addRow(self.tr("状态"), status)
        self.add_field("remarks", self.tr("备注(&R)"), self.remarks)
        if not adding:
            self.department.setFocus()
            self.correct_button = QPushButton(self.tr("更正(&G)…"))
            self.correct_button.setToolTip(self.tr("更正登记时写错的姓名或部门（须填写更正理由）"))
            self.correct_button.setAutoDefault(False)
            self.correct_button.clicked.connect(self._correct)
            self.buttons.addButton(self.correct_button, QDialogButtonBox.ButtonRole.ActionRole)

        def send() -> object:
            return submit(self.values())

        self.set_submit(send)

    def _correct(self) -> None:
        if self.person is not None:
            self.correct_requested.emit(self.person.id)
            self.reject()

    def values(self) -> dict[str, object]:
        return {"name": self.name.text(), "department": self.department.text(),
                "post": self.post.text(), "clearance": self.clearance.currentData(),
                "remarks": self.remarks.text()}

    def set_clearance(self, clearance: Clearance) -> None:
        self.clearance.setCurrentIndex(self.clearance.findData(clearance))


class UnitNameForm(FieldForm):
    """新增单位 or 单位更名: one name."""

    def __init__(self, submit: Callable[[str], object], current: str | None = None,
                 parent: QWidget | None = None) -> None:
        adding = current is None
        super().__init__(
            self.tr("新增单位") if adding else self.tr("单位更名 · {name}").format(name=current),
            self.tr("来文单位和发文对象的全称，如 北京市海淀区国家保密局。") if adding else self.tr(
                "更正单位名称：所有登记了这个单位的文件都随之显示新名称。"),
            self.tr("登记") if adding else self.tr("更名"), parent)
        self.name = _line(ORG_MAX, current or "")
        self.add_field("name", self.tr("单位名称(&N)"), self.name)
        self.set_submit(lambda: submit(self.name.text()))


class MergeForm(FieldForm):
    """合并: the unit merged away is fixed; the clerk picks the one to keep."""

    def __init__(self, submit: Callable[[int], object], merged_name: str,
                 others: list[tuple[int, str]], parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("合并单位 · {name}").format(name=merged_name),
            self.tr("同一单位登记成了两种写法时合并：“{name}”的来文、发文封、分发和清退记录"
                    "全部改记到保留的单位，然后删除“{name}”。此操作记入审计，不能撤销。")
            .format(name=merged_name),
            self.tr("合并"), parent)
        self.kept = QComboBox()
        self.kept.setEditable(True)  # type to find among many units
        self.kept.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for oid, name in others:
            self.kept.addItem(name, oid)
        self.kept.setCurrentIndex(-1)  # nothing chosen: the clerk types or picks
        line = self.kept.lineEdit()
        if line is not None:
            line.setPlaceholderText(self.tr("输入或选择保留的单位"))
        completer = self.kept.completer()
        if completer is not None:
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.add_field("kept", self.tr("并入(&K)"), self.kept)

        def send() -> object:
            index = self.kept.findText(self.kept.currentText().strip())
            kept = self.kept.itemData(index) if index >= 0 else None
            if kept is None:
                raise ValidationError(self.tr("请选择要保留的单位"), field="kept")
            return submit(int(kept))

        self.set_submit(send)

    def choose(self, unit_id: int) -> None:
        self.kept.setCurrentIndex(self.kept.findData(unit_id))
