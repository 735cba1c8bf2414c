"""Small pieces the carry-out, return, destruction and departure screens share: a read-only
table, an inline message line, a date field, and the itemised list of copies (清单)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from app.models.documents import CopyState
from app.services.lifecycle.today import CopyCard
from app.ui.widgets import LEVEL_COLOURS, inline_error_style

OVERDUE = "#b00020"
DONE = "#2f6f4f"


def read_only_table(headers: list[str], stretch: int) -> QTableWidget:
    """Rows selected whole; the ``stretch`` column (usually the title) takes the rest."""
    t = QTableWidget(0, len(headers))
    t.setHorizontalHeaderLabels(headers)
    t.verticalHeader().setVisible(False)
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    t.setWordWrap(False)
    header = t.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    header.setStretchLastSection(False)
    return t


def cell(text: str, colour: str | None = None, data: object = None) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setToolTip(text)
    if colour:
        item.setForeground(QColor(colour))
    if data is not None:
        item.setData(Qt.ItemDataRole.UserRole, data)
    return item


def add_row(table: QTableWidget, cells: Iterable[QTableWidgetItem]) -> None:
    row = table.rowCount()
    table.insertRow(row)
    for col, c in enumerate(cells):
        table.setItem(row, col, c)


def row_data(table: QTableWidget, row: int | None = None) -> int | None:
    """The id stored in column 0 of ``row`` (default: the selected row), or None."""
    if row is None:
        rows = table.selectionModel().selectedRows()
        if not rows:
            return None
        row = rows[0].row()
    item = table.item(row, 0)
    value = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
    return int(value) if value is not None else None


class InlineMessage(QLabel):
    """The line under a form: a refusal in red with the rule, or a green confirmation."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

    def error(self, text: str) -> None:
        self.setStyleSheet(inline_error_style())
        self.setText(text)

    def info(self, text: str) -> None:
        self.setStyleSheet(f"color: {DONE};")
        self.setText(text)

    def clear_message(self) -> None:
        self.setText("")


def date_field(day: dt.date) -> QDateEdit:
    edit = QDateEdit(QDate(day.year, day.month, day.day))
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setCalendarPopup(True)
    return edit


def set_date(edit: QDateEdit, day: dt.date) -> None:
    edit.setDate(QDate(day.year, day.month, day.day))


def date_of(edit: QDateEdit) -> dt.date:
    d = edit.date()
    return dt.date(d.year(), d.month(), d.day())


class ItemList(QTableWidget):
    """The itemised list (清单) of copies a return or a destruction is about."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 4, parent)
        self.setHorizontalHeaderLabels([self.tr("载体"), self.tr("密级"), self.tr("标题"),
                                         self.tr("状态")])
        self.verticalHeader().setVisible(False)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setWordWrap(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self.cards: list[CopyCard] = []

    def add(self, card: CopyCard) -> bool:
        """Add the copy once; False if it is already listed."""
        if any(c.copy_id == card.copy_id for c in self.cards):
            return False
        self.cards.append(card)
        colour = None if card.state is CopyState.IN_STORE else OVERDUE
        add_row(self, [cell(card.label, data=card.copy_id),
                       cell(card.level.label, LEVEL_COLOURS[card.level]),
                       cell(card.title), cell(card.state.label, colour)])
        return True

    def remove_selected(self) -> None:
        for row in sorted({i.row() for i in self.selectionModel().selectedRows()},
                          reverse=True):
            self.removeRow(row)
            del self.cards[row]

    def clear_items(self) -> None:
        self.setRowCount(0)
        self.cards = []

    def copy_ids(self) -> list[int]:
        return [c.copy_id for c in self.cards]
