"""The register of documents (收发文登记簿): a search box, filters and a lazy table.

The table model asks for one page at a time (``canFetchMore``/``fetchMore``); filtering and
sorting happen in SQL in :mod:`app.services.search`. The view takes two plain callables,
never a session: ``count(filter)`` and ``page(filter, sort, descending, offset, limit)``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.models.enums import Level
from app.services.search import DocumentFilter, DocumentRow
from app.ui.widgets import LEVEL_COLOURS
from app.ui.words import label_of

PAGE = 200
_Index = QModelIndex | QPersistentModelIndex
CountFn = Callable[[DocumentFilter], int]
PageFn = Callable[[DocumentFilter, str, bool, int, int], list[DocumentRow]]

# (header, sort key or None)
COLUMNS: tuple[tuple[str, str | None], ...] = (
    (str(QT_TRANSLATE_NOOP("DocumentsModel", "收文编号")), "internal_no"),
    (str(QT_TRANSLATE_NOOP("DocumentsModel", "密级")), "level"),
    (str(QT_TRANSLATE_NOOP("DocumentsModel", "文号")), "doc_number"),
    (str(QT_TRANSLATE_NOOP("DocumentsModel", "标题")), "title"),
    (str(QT_TRANSLATE_NOOP("DocumentsModel", "来文单位")), "sender"),
    (str(QT_TRANSLATE_NOOP("DocumentsModel", "收文日期")), "received_on"),
    (str(QT_TRANSLATE_NOOP("DocumentsModel", "期限届满")), "period_end"),
    (str(QT_TRANSLATE_NOOP("DocumentsModel", "在库/份数")), None),
)


class DocumentsModel(QAbstractTableModel):
    def __init__(self, count: CountFn, page: PageFn) -> None:
        super().__init__()
        self._count, self._page = count, page
        self._filter = DocumentFilter()
        self._sort, self._descending = "received_on", True
        self._rows: list[DocumentRow] = []
        self._total = 0

    # -- loading ---------------------------------------------------------------------------
    def set_filter(self, f: DocumentFilter) -> None:
        self._filter = f
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._total = self._count(self._filter)
        self._rows = self._page(self._filter, self._sort, self._descending, 0, PAGE)
        self.endResetModel()

    @property
    def total(self) -> int:
        return self._total

    def row_at(self, row: int) -> DocumentRow:
        return self._rows[row]

    def canFetchMore(self, parent: _Index) -> bool:
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: _Index) -> None:
        more = self._page(self._filter, self._sort, self._descending, len(self._rows), PAGE)
        if not more:
            self._total = len(self._rows)
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = COLUMNS[column][1]
        if key is None:
            return
        self._sort, self._descending = key, order == Qt.SortOrder.DescendingOrder
        self.reload()

    # -- shape -----------------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate("DocumentsModel", COLUMNS[section][0])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self._rows[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            values = (r.internal_no, r.marking, r.doc_number, r.title, r.sender,
                      r.received_on.isoformat(),
                      r.period_end.isoformat() if r.period_end else "—",
                      f"{r.in_store}/{r.copies}")
            text = values[col]
            if role == Qt.ItemDataRole.ToolTipRole and r.has_discrepancy:
                return text + "（收文时信封检查有异常）"
            return text
        if role == Qt.ItemDataRole.ForegroundRole and col == 1:
            if r.declassified_on:
                return QBrush(QColor("#666666"))
            return QBrush(QColor(LEVEL_COLOURS[r.level]))
        if role == Qt.ItemDataRole.BackgroundRole and r.has_discrepancy and col == 0:
            return QBrush(QColor("#fff3cd"))
        return None


class DocumentsView(QWidget):
    """Search, filters and the lazy table; emits ``opened(document_id)`` on Enter/double-click."""

    opened = Signal(int)

    def __init__(self, count: CountFn, page: PageFn, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = DocumentsModel(count, page)
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("收发文登记簿"))
        heading.setStyleSheet("font-size: 16pt; font-weight: bold;")
        layout.addWidget(heading)
        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(
            self.tr("检索标题、文号、收文编号、来文单位（如 海淀、发〔2016〕）"))
        self.search.setClearButtonEnabled(True)
        self.search.returnPressed.connect(self.refresh)
        self.level = QComboBox()
        self.level.addItem(self.tr("全部密级"), None)
        for lv in reversed(Level):
            self.level.addItem(label_of(lv), int(lv))
        self.level.currentIndexChanged.connect(self.refresh)
        self.expiring = QComboBox()
        self.expiring.addItem(self.tr("不限期限"), None)
        self.expiring.addItem(self.tr("已到期未解密"), 0)
        self.expiring.addItem(self.tr("90 天内到期"), 90)
        self.expiring.currentIndexChanged.connect(self.refresh)
        go = QPushButton(self.tr("检索"))
        go.clicked.connect(self.refresh)
        bar.addWidget(self.search, 1)
        bar.addWidget(self.level)
        bar.addWidget(self.expiring)
        bar.addWidget(go)
        layout.addLayout(bar)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(5, Qt.SortOrder.DescendingOrder)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for col, width in enumerate((110, 150, 150, 320, 190, 90, 90, 70)):
            self.table.setColumnWidth(col, width)
        self.table.doubleClicked.connect(self._open)
        self.table.activated.connect(self._open)
        layout.addWidget(self.table, 1)
        self.count = QLabel()
        layout.addWidget(self.count)
        self.refresh()

    def current_filter(self) -> DocumentFilter:
        level = self.level.currentData()
        days = self.expiring.currentData()
        return DocumentFilter(
            text=self.search.text().strip(),
            levels=(Level(level),) if level is not None else (),
            expiring_within_days=days,
            declassified=False if days is not None else None,
        )

    def refresh(self) -> None:
        self.model.set_filter(self.current_filter())
        self.count.setText(self.tr("共 {n} 份文件").format(n=self.model.total))

    def _open(self, index: QModelIndex) -> None:
        if index.isValid():
            self.opened.emit(self.model.row_at(index.row()).id)
