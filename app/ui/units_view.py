"""来文单位与发文对象: the units with what names them, add, rename, and merge a unit typed two
ways into the other (app.services.organisations keeps the rule and the one transaction).

Keyboard: Ctrl+F to the search, Enter there to the list, Enter on a row renames.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import MibuError
from app.services.organisations import OrganisationUse
from app.services.people import OrganisationInfo
from app.ui.disposal_widgets import row_data
from app.ui.people_controller import PeopleController
from app.ui.people_forms import FieldForm, MergeForm, UnitNameForm
from app.ui.people_view import Message, text_of
from app.ui.rule_words import message_of
from app.ui.widgets import add_row, cell, list_header, read_only_table


class UnitsView(QWidget):
    def __init__(self, people: PeopleController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.people = people
        self.rows: list[OrganisationUse] = []
        self.total = 0
        self.form: FieldForm | None = None
        title = QLabel(self.tr("来文单位与发文对象"))
        title.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.count = QLabel()
        self.add_button = QPushButton(self.tr("新增单位(&A)…"))
        self.add_button.clicked.connect(lambda: self.open_add())
        self.rename_button = QPushButton(self.tr("更名(&R)…"))
        self.rename_button.clicked.connect(lambda: self.open_rename())
        self.merge_button = QPushButton(self.tr("合并到(&M)…"))
        self.merge_button.setToolTip(self.tr("同一单位登记成了两种写法：并入另一个单位"))
        self.merge_button.clicked.connect(lambda: self.open_merge())
        self.search = QLineEdit()
        top, filters = list_header(
            title, self.count, (self.add_button, self.rename_button, self.merge_button),
            self.search, QLabel(self.tr("查找(&F)")), self.tr("单位名称的一部分，如 海淀"))
        self.search.textChanged.connect(lambda _t: self.refresh())
        self.search.returnPressed.connect(self._to_list)
        self.empty = QLabel(self.tr(
            "还没有登记单位。收文登记和导入台帐时填写的来文单位、发文登记的主送抄送单位"
            "会自动登记在这里；也可以按“新增单位…”登记。"))
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: #555555;")
        self.empty.hide()
        self.message = Message()
        self.message.hide()
        self.table = read_only_table(
            [self.tr("单位名称"), self.tr("来文"), self.tr("发文封"), self.tr("分发"),
             self.tr("清退")], 0)
        self.table.itemSelectionChanged.connect(self._selected)
        self.table.activated.connect(lambda _i: self.open_rename())
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.empty)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        QShortcut(QKeySequence.StandardKey.Find, self, self.search.setFocus)
        self.refresh()

    def refresh(self) -> None:
        keep = self.current_id()
        try:
            rows = self.people.units(self.search.text())
            total = len(self.people.all_units()) if self.search.text().strip() else len(rows)
        except MibuError as err:
            self.message.error(message_of(err))
            return
        self.rows, self.total = rows, total
        self.empty.setVisible(total == 0)
        if self.search.text().strip():
            self.count.setText(self.tr("找到 {n} 个（共 {total} 个）").format(
                n=len(rows), total=total))
        else:
            self.count.setText(self.tr("共 {n} 个").format(n=total))
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for u in rows:
            counts = [cell(str(n)) for n in (u.documents, u.dispatches, u.distributions,
                                              u.returns)]
            for c in counts:
                c.setTextAlignment(right)
            add_row(self.table, [cell(u.name, data=u.id), *counts])
        self.table.blockSignals(False)
        if keep is None or not self.select(keep):
            self._selected()

    def current_id(self) -> int | None:
        return row_data(self.table)

    def current(self) -> OrganisationUse | None:
        uid = self.current_id()
        return next((u for u in self.rows if u.id == uid), None)

    def select(self, unit_id: int) -> bool:
        for row in range(self.table.rowCount()):
            if row_data(self.table, row) == unit_id:
                self.table.selectRow(row)
                self.table.setCurrentCell(row, 0)
                return True
        return False

    def select_name(self, name: str) -> bool:
        unit = next((u for u in self.rows if u.name == name), None)
        return unit is not None and self.select(unit.id)

    def _selected(self) -> None:
        chosen = self.current() is not None
        self.rename_button.setEnabled(chosen)
        self.merge_button.setEnabled(chosen and self.total > 1)

    def _to_list(self) -> None:
        if self.table.rowCount():
            if self.current_id() is None:
                self.table.selectRow(0)
            self.table.setFocus()

    # -- forms ----------------------------------------------------------------------------------
    def open_add(self) -> FieldForm:
        return self._open(UnitNameForm(self.people.add_unit, None, self))

    def open_rename(self) -> FieldForm | None:
        unit = self.current()
        if unit is None:
            self.message.error(self.tr("请先在列表中选择单位"))
            return None
        return self._open(UnitNameForm(lambda name: self.people.rename_unit(unit.id, name),
                                       unit.name, self))

    def open_merge(self) -> FieldForm | None:
        unit = self.current()
        if unit is None:
            self.message.error(self.tr("请先在列表中选择单位"))
            return None
        try:
            others = [(o.id, o.name) for o in self.people.all_units() if o.id != unit.id]
        except MibuError as err:
            self.message.error(message_of(err))
            return None
        return self._open(MergeForm(lambda kept: self.people.merge_units(unit.id, kept),
                                    unit.name, others, self))

    def _open(self, form: FieldForm) -> FieldForm:
        self.form = form
        form.recorded.connect(self._recorded)
        form.open()
        return form

    def _recorded(self, unit: object) -> None:
        if isinstance(unit, OrganisationUse | OrganisationInfo):
            self.search.clear()
            self.refresh()
            self.select(unit.id)
            self.message.info(self.tr("已保存：{name}").format(name=unit.name))
            self.table.setFocus()

    def shown_names(self) -> list[str]:
        return [text_of(self.table, r, 0) for r in range(self.table.rowCount())]
