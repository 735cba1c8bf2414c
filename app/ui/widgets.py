"""Small shared widgets: the level badge, error messages, form helpers."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QDate, QObject, Qt, QThread
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from app.errors import MibuError
from app.models.enums import Level
from app.ui.rule_words import message_of
from app.ui.words import label_of

LEVEL_COLOURS = {
    Level.UNCLASSIFIED: "#5f6b73",
    Level.INTERNAL: "#2f6f4f",
    Level.SECRET: "#1f5fa8",
    Level.CONFIDENTIAL: "#c26a00",
    Level.TOP_SECRET: "#b00020",
}


class LevelBadge(QLabel):
    """The level in its colour, white on colour, as on a cover sheet."""

    def __init__(self, level: Level, parent: QWidget | None = None) -> None:
        super().__init__(label_of(level), parent)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setStyleSheet(
            f"QLabel {{ background: {LEVEL_COLOURS[level]}; color: white; font-weight: bold;"
            " padding: 2px 10px; border-radius: 3px; }"
        )


def scrolling(widget: QWidget) -> QScrollArea:
    """``widget`` in a frameless scroll area: a tall pane scrolls instead of making the window
    taller than a 768-pixel screen."""
    area = QScrollArea()
    area.setWidget(widget)
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return area


def show_error(parent: QWidget | None, error: MibuError, title: str = "") -> None:
    QMessageBox.warning(parent, title or QCoreApplication.translate("Rules", "未能完成"),
                        message_of(error))


OVERDUE = "#b00020"  # overdue rows and refusals
DONE = "#2f6f4f"  # done, in order


def inline_error_style() -> str:
    return "color: #b00020;"


def info_style() -> str:
    return "color: #2f6f4f;"


#: The widest a fitted column grows: a long code or name is cut (its tooltip has it whole)
#: so the table's key column (the title) stays visible on a 1024-pixel screen.
FITTED_COLUMN_MAX = 170


class KeyColumnTable(QTableWidget):
    """Columns fitted to their contents, at most FITTED_COLUMN_MAX wide, except the key
    column, which takes the remaining width."""

    def __init__(self, columns: int, key_column: int) -> None:
        super().__init__(0, columns)
        self.key_column = key_column

    def sizeHintForColumn(self, column: int) -> int:
        hint = super().sizeHintForColumn(column)
        return hint if column == self.key_column else min(hint, FITTED_COLUMN_MAX)


def read_only_table(headers: list[str], stretch: int) -> QTableWidget:
    """A read-only table of whole rows whose ``stretch`` column takes the remaining width."""
    t = KeyColumnTable(len(headers), stretch)
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
    """A table cell with its full text as tooltip (titles are cut in narrow columns)."""
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
    for col, item in enumerate(cells):
        table.setItem(row, col, item)


def qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


def list_header(title: QLabel, count: QLabel, buttons: Iterable[QWidget], search: QLineEdit,
                find: QLabel, placeholder: str) -> tuple[QHBoxLayout, QHBoxLayout]:
    """A list screen's two top rows: its title, count and buttons; its search field with a
    label that takes the focus there (Alt+F)."""
    top = QHBoxLayout()
    top.addWidget(title)
    top.addWidget(count)
    top.addStretch(1)
    for b in buttons:
        top.addWidget(b)
    search.setPlaceholderText(placeholder)
    search.setClearButtonEnabled(True)
    find.setBuddy(search)
    filters = QHBoxLayout()
    filters.addWidget(find)
    filters.addWidget(search, 1)
    return top, filters


def release_worker(thread: QThread | None, worker: QObject | None) -> None:
    """After a background thread has finished: wait for it, then delete it and the worker
    object it ran (the caller forgets both)."""
    if thread is not None:
        thread.wait()
        thread.deleteLater()
    if worker is not None:
        worker.deleteLater()
