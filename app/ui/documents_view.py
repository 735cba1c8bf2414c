"""The register of documents (收发文登记簿): a search box, filters and a lazy table.

The table model asks for one page at a time (``canFetchMore``/``fetchMore``: until a page
comes back short); filtering and sorting happen in SQL in :mod:`app.services.search`. The
view takes two plain callables, never a session: ``count(filter)`` and ``page(filter, sort,
descending, offset, limit)``. The first page shows at once; the total (a scan of every match,
up to a second in a register of a million documents) is counted in a background thread and
shown when it arrives; a newer search supersedes it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QThread,
    Signal,
    Slot,
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

from app.errors import MibuError
from app.models.enums import Level
from app.services.search import DocumentFilter, DocumentRow
from app.ui.rule_words import message_of
from app.ui.widgets import LEVEL_COLOURS, release_worker
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
    def __init__(self, page: PageFn) -> None:
        super().__init__()
        self._page = page
        self._filter = DocumentFilter()
        self._sort, self._descending = "received_on", True
        self._rows: list[DocumentRow] = []
        self._more = False  # the last page came back full: there may be more

    # -- loading ---------------------------------------------------------------------------
    def set_filter(self, f: DocumentFilter) -> None:
        self._filter = f
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._rows = self._page(self._filter, self._sort, self._descending, 0, PAGE)
        self._more = len(self._rows) == PAGE
        self.endResetModel()

    @property
    def filter(self) -> DocumentFilter:
        return self._filter

    def row_at(self, row: int) -> DocumentRow:
        return self._rows[row]

    def canFetchMore(self, parent: _Index) -> bool:
        return not parent.isValid() and self._more

    def fetchMore(self, parent: _Index) -> None:
        more = self._page(self._filter, self._sort, self._descending, len(self._rows), PAGE)
        self._more = len(more) == PAGE
        if not more:
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


class CountWorker(QObject):
    """Counts the documents a filter matches, in a thread of its own."""

    counted = Signal(int)
    failed = Signal(str)

    def __init__(self, count: CountFn, f: DocumentFilter) -> None:
        super().__init__()
        self._count, self._filter = count, f

    @Slot()
    def run(self) -> None:
        try:
            n = self._count(self._filter)
        except MibuError as exc:  # e.g. the register locked meanwhile
            self.failed.emit(message_of(exc))
            return
        self.counted.emit(n)


class DocumentsView(QWidget):
    """Search, filters and the lazy table; emits ``opened(document_id)`` on Enter/double-click."""

    opened = Signal(int)

    def __init__(self, count: CountFn, page: PageFn, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = DocumentsModel(page)
        self._count_fn = count
        self._waiting: DocumentFilter | None = None  # to count once the running count ends
        self._thread: QThread | None = None
        self._worker: CountWorker | None = None
        self._counting: DocumentFilter | None = None
        #: The total of the current filter once counted (None while counting).
        self.total: int | None = None
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
        self.total = None
        if self.model.canFetchMore(QModelIndex()):
            self.count.setText(self.tr("正在统计总数…"))
            self._waiting = self.model.filter
            self._start_count()
        else:  # one page holds them all
            self._waiting = None
            self._show_total(self.model.rowCount())

    def _show_total(self, n: int) -> None:
        self.total = n
        self.count.setText(self.tr("共 {n} 份文件").format(n=n))

    def _start_count(self) -> None:
        if self._thread is not None or self._waiting is None:
            return  # the running count starts the waiting one when it ends
        f, self._waiting = self._waiting, None
        self._thread = QThread(self)
        self._worker = CountWorker(self._count_fn, f)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.counted.connect(self._counted)  # queued into the GUI thread
        self._worker.failed.connect(self._count_failed)
        self._worker.counted.connect(self._thread.quit)
        self._worker.failed.connect(self._thread.quit)
        self._thread.finished.connect(self._count_done)
        self._counting = f
        self._thread.start()

    @Slot(int)
    def _counted(self, n: int) -> None:
        if self._waiting is None and self._counting == self.model.filter:
            self._show_total(n)

    @Slot(str)
    def _count_failed(self, message: str) -> None:
        if self._waiting is None:
            self.count.setText(message)

    def _count_done(self) -> None:
        release_worker(self._thread, self._worker)
        self._thread = self._worker = None
        self._start_count()  # a newer search was waiting

    def shutdown(self) -> None:
        """Before the window goes (lock or quit): wait for a running count."""
        self._waiting = None
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait()

    def _open(self, index: QModelIndex) -> None:
        if index.isValid():
            self.opened.emit(self.model.row_at(index.row()).id)
