"""Small pieces the carry-out, return, destruction, archive and departure screens share: an
inline message line, a date field, and the itemised list of copies (清单)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDate, QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.errors import MibuError
from app.models.documents import CopyState
from app.services.lifecycle.today import CopyCard
from app.ui.rule_words import message_of
from app.ui.widgets import DONE, LEVEL_COLOURS, OVERDUE, add_row, cell, inline_error_style
from app.ui.words import label_of


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


class ChosenRecord:
    """A table of records (each row's id in its first cell) beside the chosen one's detail,
    mixed into the view that has them: ``table``, ``message`` (an InlineMessage) and the two
    methods below. Choosing a row shows its detail; a refusal shows in the message."""

    table: QTableWidget
    message: InlineMessage
    #: The chosen record's detail, from the view's controller.
    _detail: Callable[[int], Any]
    #: Shows a detail (None: nothing chosen).
    _show: Callable[[Any], None]

    def current_id(self) -> int | None:
        return row_data(self.table)

    def select(self, record_id: int) -> bool:
        for row in range(self.table.rowCount()):
            if row_data(self.table, row) == record_id:
                with QSignalBlocker(self.table):  # the detail is loaded once, below
                    self.table.selectRow(row)
                    self.table.setCurrentCell(row, 0)
                self._selected()
                return True
        return False

    def _to_list(self) -> None:
        if self.table.rowCount():
            if self.current_id() is None:
                self.table.selectRow(0)
            self.table.setFocus()

    def _selected(self) -> None:
        record_id = self.current_id()
        if record_id is None:
            self._show(None)
            return
        try:
            self._show(self._detail(record_id))
        except MibuError as err:
            self.message.error(message_of(err))


def list_over_detail(view: QWidget, bars: tuple[QLayout, ...], notes: tuple[QWidget, ...],
                     table: QTableWidget, heading: QWidget, tabs: QTabWidget) -> QSplitter:
    """A list-and-detail view's layout: its bars and notes, then the list above the chosen
    record's detail (its heading over its tabs), the list taking three fifths."""
    detail = QGroupBox()
    detail_layout = QVBoxLayout(detail)
    detail_layout.setContentsMargins(6, 6, 6, 6)
    detail_layout.addWidget(heading)
    detail_layout.addWidget(tabs, 1)
    splitter = QSplitter(Qt.Orientation.Vertical)
    splitter.addWidget(table)
    splitter.addWidget(detail)
    splitter.setChildrenCollapsible(False)
    splitter.setStretchFactor(0, 3)
    splitter.setStretchFactor(1, 2)
    layout = QVBoxLayout(view)
    for bar in bars:
        layout.addLayout(bar)
    for note in notes:
        layout.addWidget(note)
    layout.addWidget(splitter, 1)
    return splitter


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
                       cell(label_of(card.level), LEVEL_COLOURS[card.level]),
                       cell(card.title), cell(label_of(card.state), colour)])
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


class ScanList(QWidget):
    """The itemised list with its scan field: a scanner (or the clerk) types a copy's code and
    presses Enter; 移出清单 (and, if asked for, 清空) below. Outcomes go to ``message``."""

    def __init__(self, lookup: Callable[[str], CopyCard], message: InlineMessage, *,
                 clearable: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lookup = lookup
        self._message = message
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.scan = QLineEdit()
        self.scan.setPlaceholderText(self.tr("扫描载体条码加入清单，回车"))
        self.scan.setClearButtonEnabled(True)
        self.scan.returnPressed.connect(self.add_scanned)
        row.addWidget(QLabel(self.tr("条码：")))
        row.addWidget(self.scan, 1)
        layout.addLayout(row)
        self.items = ItemList()
        layout.addWidget(self.items, 1)
        row = QHBoxLayout()
        remove = QPushButton(self.tr("移出清单"))
        remove.clicked.connect(self.items.remove_selected)
        row.addWidget(remove)
        if clearable:
            clear = QPushButton(self.tr("清空"))
            clear.clicked.connect(self.items.clear_items)
            row.addWidget(clear)
        row.addStretch(1)
        layout.addLayout(row)

    def add_scanned(self) -> None:
        try:
            card = self._lookup(self.scan.text())
        except MibuError as err:
            self._message.error(message_of(err))
            return
        if self.items.add(card):
            self._message.info(self.tr("已加入清单：{copy}").format(copy=card.label))
        else:
            self._message.info(self.tr("{copy} 已在清单中").format(copy=card.label))
        self.scan.selectAll()
