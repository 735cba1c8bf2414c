"""检查: the auditor's read-only inspection desk. For a period, each inspection item of seed
003 answered from the register with its figure and verdict; a line's records open their
history, its entries open in the trail. Printed (marked, in the print audit) or exported as
CSV for the inspection report."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QColor, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.errors import MibuError
from app.services import inspection_desk
from app.services.inspection_desk import ATTENTION, OK, Checklist
from app.ui.controller import Controller
from app.ui.rule_words import message_of

CODE_ROLE = int(Qt.ItemDataRole.UserRole)


class InspectionDesk(QWidget):
    #: A record of a line was opened: its code, for its history.
    open_item = Signal(str)
    #: A line's entries were asked for: the trail filter that shows them.
    open_trail = Signal(object)

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._c = controller
        self.checklist: Checklist | None = None
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        today = QDate.currentDate()
        self.since = QDateEdit(QDate(today.year(), 1, 1))
        self.until = QDateEdit(today)
        for edit in (self.since, self.until):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        check = QPushButton(self.tr("检查"))
        check.clicked.connect(self.run)
        self.print_button = QPushButton(self.tr("打印清单…"))
        self.print_button.clicked.connect(self.print_checklist)
        self.export_button = QPushButton(self.tr("导出 CSV…"))
        self.export_button.clicked.connect(self.ask_export)
        top.addWidget(QLabel(self.tr("检查期间")))
        top.addWidget(self.since)
        top.addWidget(QLabel(self.tr("至")))
        top.addWidget(self.until)
        top.addWidget(check)
        top.addStretch(1)
        top.addWidget(self.print_button)
        top.addWidget(self.export_button)
        layout.addLayout(top)
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("序号"), self.tr("检查内容"), self.tr("检查情况（据登记簿）"),
             self.tr("结论")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for col, width in enumerate((44, 300, 420, 90)):
            self.table.setColumnWidth(col, width)
        self.table.currentCellChanged.connect(self._line_chosen)
        self.records = QListWidget()
        self.records.itemDoubleClicked.connect(self._record_opened)
        self.show_trail = QPushButton(self.tr("在审计记录中查看本项记录"))
        self.show_trail.clicked.connect(self._trail_asked)
        below = QWidget()
        v = QVBoxLayout(below)
        v.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.records_title = QLabel(self.tr("相关记录（双击查看经历）"))
        self.records_title.setStyleSheet("font-weight: bold;")
        row.addWidget(self.records_title)
        row.addStretch(1)
        row.addWidget(self.show_trail)
        v.addLayout(row)
        v.addWidget(self.records, 1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(below)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        layout.addWidget(split, 1)
        self._ran = False  # the checklist is computed when the desk is first shown

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._ran:
            self.run()

    # -- the checklist ---------------------------------------------------------------------
    def period(self) -> tuple[dt.date, dt.date]:
        a, b = self.since.date(), self.until.date()
        return dt.date(a.year(), a.month(), a.day()), dt.date(b.year(), b.month(), b.day())

    def run(self) -> None:
        self._ran = True
        start, end = self.period()
        try:
            cl = inspection_desk.checklist(self._c.register, self._c.actor, start, end)
        except MibuError as e:
            self.message.setText(message_of(e))
            return
        self.checklist = cl
        attention = sum(line.verdict == ATTENTION for line in cl.lines)
        self.message.setText(self.tr("{period}：共 {n} 项，需注意 {k} 项").format(
            period=cl.period_text, n=len(cl.lines), k=attention))
        t = self.table
        t.setRowCount(len(cl.lines))
        for r, line in enumerate(cl.lines):
            for c, text in enumerate((line.no, line.item, line.figure, line.verdict)):
                item = QTableWidgetItem(text)
                if c == 3:
                    item.setForeground(QColor("#1b6e3a" if line.verdict == OK else
                                              "#b00020" if line.verdict == ATTENTION else
                                              "#8a5a00"))
                t.setItem(r, c, item)
        t.resizeRowsToContents()
        self.records.clear()
        if cl.lines:
            t.selectRow(0)

    def _line_chosen(self, row: int, _col: int, _prev_row: int, _prev_col: int) -> None:
        self.records.clear()
        if self.checklist is None or not 0 <= row < len(self.checklist.lines):
            return
        line = self.checklist.lines[row]
        for e in line.evidence:
            item = QListWidgetItem(e.text)
            item.setData(CODE_ROLE, e.code)
            self.records.addItem(item)
        if not line.evidence:
            self.records.addItem(self.tr("（本项没有需要列出的记录）"))
        self.show_trail.setEnabled(line.trail is not None)

    def _record_opened(self, item: QListWidgetItem) -> None:
        code = item.data(CODE_ROLE)
        if code:
            self.open_item.emit(str(code))

    def _trail_asked(self) -> None:
        row = self.table.currentRow()
        if self.checklist is not None and 0 <= row < len(self.checklist.lines):
            f = self.checklist.lines[row].trail
            if f is not None:
                self.open_trail.emit(f)

    # -- paper and file --------------------------------------------------------------------
    def print_checklist(self) -> None:
        if self.checklist is None:
            return
        from app.ui.print_prepared import preview_prepared

        try:
            prepared = inspection_desk.prepare_print(self._c.register, self._c.actor,
                                                     self.checklist)
            self.preview = preview_prepared(self._c, prepared, self.window())
        except MibuError as e:
            self.message.setText(message_of(e))

    def ask_export(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("导出检查清单"),
                                              "检查清单.csv", self.tr("CSV 文件 (*.csv)"))
        if name:
            self.export(Path(name))

    def export(self, path: Path) -> None:
        if self.checklist is None:
            return
        try:
            inspection_desk.export_csv(self._c.register, self._c.actor, self.checklist, path)
        except MibuError as e:
            self.message.setText(message_of(e))
            return
        self._c.changed.emit("audit")
        self.message.setText(self.tr("已导出到 {path}").format(path=path))
