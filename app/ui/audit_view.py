"""The audit trail as the inspector reads it: by category, person, item and period, with a
search over the words on screen; newest first, fetched a page at a time; refreshed when shown
and when the register changes.

Each entry is the readable form of :mod:`app.services.trail` (the stored entries and their
chain are untouched)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QGridLayout,
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
from app.services import trail
from app.services.trail import TrailFilter, TrailLine
from app.ui.controller import Controller
from app.ui.rule_words import message_of

PAGE = 50  # several screens of entries (rows are several lines high); more as one scrolls
_Index = QModelIndex | QPersistentModelIndex


def local_time(iso: str) -> str:
    try:
        return dt.datetime.fromisoformat(iso).astimezone().strftime("%Y-%m-%d %H:%M:%S")
    except ValueError:
        return iso


def _local_day(iso: str) -> QDate:
    moment = dt.datetime.fromisoformat(iso).astimezone()
    return QDate(moment.year, moment.month, moment.day)


def _utc_start_of(day: QDate) -> str:
    """Local midnight of ``day`` as the UTC ISO string the trail stores."""
    local = dt.datetime(day.year(), day.month(), day.day()).astimezone()
    return local.astimezone(dt.UTC).isoformat(timespec="microseconds")


class TrailSource:
    """The readable trail through the controller (plain values; no session in the widgets)."""

    def __init__(self, controller: Controller) -> None:
        self._c = controller

    def count(self, f: TrailFilter) -> int:
        return trail.count_in(self._c.register, self._c.actor, f)

    def page(self, f: TrailFilter, offset: int, limit: int, *, oldest_first: bool = False
             ) -> list[TrailLine]:
        return trail.page_in(self._c.register, self._c.actor, f, offset, limit,
                             oldest_first=oldest_first)

    def known_item(self, code: str) -> bool:
        return trail.known_item(self._c.register, code)

    def person_names(self) -> list[str]:
        return trail.person_names(self._c.register)


class TrailModel(QAbstractTableModel):
    """The readable trail, fetched lazily a page at a time (as the documents list)."""

    HEADERS = (
        QT_TRANSLATE_NOOP("TrailModel", "时间"),
        QT_TRANSLATE_NOOP("TrailModel", "类别"),
        QT_TRANSLATE_NOOP("TrailModel", "操作"),
        QT_TRANSLATE_NOOP("TrailModel", "对象"),
        QT_TRANSLATE_NOOP("TrailModel", "内容"),
        QT_TRANSLATE_NOOP("TrailModel", "操作人"),
    )

    def __init__(self, source: TrailSource, *, oldest_first: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._source = source
        self._oldest_first = oldest_first
        self._filter = TrailFilter()
        self._rows: list[TrailLine] = []
        self._total = 0

    def set_filter(self, f: TrailFilter) -> None:
        self.beginResetModel()
        self._filter = f
        self._total = self._source.count(f)
        self._rows = self._source.page(f, 0, PAGE, oldest_first=self._oldest_first)
        self.endResetModel()

    def reload(self) -> None:
        self.set_filter(self._filter)

    @property
    def total(self) -> int:
        return self._total

    def line(self, row: int) -> TrailLine:
        return self._rows[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return len(self.HEADERS)

    def canFetchMore(self, parent: _Index) -> bool:
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: _Index) -> None:
        more = self._source.page(self._filter, len(self._rows), PAGE,
                                 oldest_first=self._oldest_first)
        if not more:
            self._total = len(self._rows)
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate("TrailModel", str(self.HEADERS[section]))
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        line = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            values = (line.at, line.category, line.label, line.subject, "\n".join(line.changes),
                      line.actor)
            return values[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        return None


def trail_table(model: TrailModel) -> QTableView:
    table = QTableView()
    table.setModel(model)
    table.setAlternatingRowColors(True)
    table.setWordWrap(True)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
    for col, width in enumerate((130, 56, 110, 190, 300, 120)):
        table.setColumnWidth(col, width)
    return table


class AuditView(QWidget):
    """审计记录: the whole trail, for the auditor, the clerk and the administrator."""

    #: An entry about a copy, a document or a medium was opened: its code, for its history.
    open_item = Signal(str)

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._source = TrailSource(controller)
        self._controller = controller
        self._stale = False
        self.model = TrailModel(self._source, parent=self)
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("审计记录"))
        heading.setStyleSheet("font-size: 16pt; font-weight: bold;")
        layout.addWidget(heading)
        self.anchor = QLabel()
        self.anchor.setWordWrap(True)
        layout.addWidget(self.anchor)
        grid = QGridLayout()
        self.category = QComboBox()
        self.category.addItem(self.tr("全部类别"), "")
        for name in trail.CATEGORIES:
            self.category.addItem(name, name)
        self.person = QLineEdit()
        self.person.setPlaceholderText(self.tr("人员姓名（操作人或当事人）"))
        completer = QCompleter(self._source.person_names(), self.person)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.person.setCompleter(completer)
        self.item = QLineEdit()
        self.item.setPlaceholderText(self.tr("扫描或输入编号：2026-收-0004/2、条码、介质编号"))
        self.text = QLineEdit()
        self.text.setPlaceholderText(self.tr("搜索（如 借阅、张建国、JM-U-2024-001）"))
        today = QDate.currentDate()
        self.use_period = QCheckBox(self.tr("期间"))
        self.since = QDateEdit(today.addMonths(-3))
        self.until = QDateEdit(today)
        for edit in (self.since, self.until):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setEnabled(False)
        self.use_period.toggled.connect(self.since.setEnabled)
        self.use_period.toggled.connect(self.until.setEnabled)
        apply = QPushButton(self.tr("筛选"))
        apply.clicked.connect(self.refresh)
        clear = QPushButton(self.tr("清除条件"))
        clear.clicked.connect(self.clear_filters)
        self.extract_button = QPushButton(self.tr("打印或保存摘录…"))
        self.extract_button.setToolTip(self.tr(
            "按当前条件摘录审计记录：标注所涉最高密级，末页附审计链校验结果和首末条散列值"))
        self.extract_button.clicked.connect(self.print_extract)
        for w in (self.person, self.item, self.text):
            w.returnPressed.connect(self.refresh)
        self.category.currentIndexChanged.connect(self._category_changed)
        grid.addWidget(QLabel(self.tr("类别")), 0, 0)
        grid.addWidget(self.category, 0, 1)
        grid.addWidget(QLabel(self.tr("人员")), 0, 2)
        grid.addWidget(self.person, 0, 3)
        grid.addWidget(QLabel(self.tr("物品")), 0, 4)
        grid.addWidget(self.item, 0, 5)
        period = QHBoxLayout()
        period.addWidget(self.use_period)
        period.addWidget(self.since)
        period.addWidget(QLabel(self.tr("至")))
        period.addWidget(self.until)
        period.addStretch(1)
        grid.addLayout(period, 1, 0, 1, 4)
        grid.addWidget(QLabel(self.tr("搜索")), 1, 4)
        grid.addWidget(self.text, 1, 5)
        buttons = QHBoxLayout()
        buttons.addWidget(apply)
        buttons.addWidget(clear)
        grid.addLayout(buttons, 0, 6, 2, 1)
        grid.setColumnStretch(3, 1)
        grid.setColumnStretch(5, 2)
        layout.addLayout(grid)
        self.table = trail_table(self.model)
        self.table.doubleClicked.connect(self._open)
        layout.addWidget(self.table, 1)
        bottom = QHBoxLayout()
        self.count = QLabel()
        bottom.addWidget(self.count, 1)
        bottom.addWidget(self.extract_button)
        layout.addLayout(bottom)
        # A bound method of this widget: Qt drops the connection when the view is deleted.
        controller.changed.connect(self._changed)
        self.refresh()

    # -- filters ---------------------------------------------------------------------------
    def current_filter(self) -> TrailFilter:
        since = until = None
        if self.use_period.isChecked():
            since = _utc_start_of(self.since.date())
            until = _utc_start_of(self.until.date().addDays(1))
        return TrailFilter(
            category=self.category.currentData() or None,
            person=self.person.text().strip() or None,
            item=self.item.text().strip() or None,
            text=self.text.text().strip() or None,
            since=since, until=until,
        )

    def clear_filters(self) -> None:
        for w in (self.person, self.item, self.text):
            w.clear()
        self.use_period.setChecked(False)
        self.category.setCurrentIndex(0)
        self.refresh()

    def show_item(self, code: str) -> None:
        """Only the entries about one item (a scanned code)."""
        self.item.setText(code)
        self.refresh()

    def _category_changed(self, _index: int) -> None:
        self.refresh()

    # -- refreshing ------------------------------------------------------------------------
    def refresh(self) -> None:
        self._stale = False
        f = self.current_filter()
        self.model.set_filter(f)
        if f.item and not self._source.known_item(f.item):
            self.count.setText(self.tr("没有编号为“{code}”的文件、载体、介质或打印").format(
                code=f.item[:40]))
        else:
            self.count.setText(self.tr("共 {n} 条").format(n=self.model.total))
        self.show_anchor()

    def _changed(self, _area: str) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def show_filter(self, f: TrailFilter) -> None:
        """Show the entries ``f`` selects (a line of the inspection desk)."""
        self.person.setText(f.person or "")
        self.item.setText(f.item or "")
        self.text.setText(f.text or "")
        self.use_period.setChecked(bool(f.since or f.until))
        if f.since:
            self.since.setDate(_local_day(f.since))
        if f.until:
            self.until.setDate(_local_day(f.until).addDays(-1))
        self.category.blockSignals(True)
        self.category.setCurrentIndex(max(0, self.category.findData(f.category or "")))
        self.category.blockSignals(False)
        self.refresh()

    def scope_text(self) -> str:
        """What the extract covers, in words (its subtitle)."""
        f = self.current_filter()
        parts = []
        if f.since and f.until:
            parts.append(self.tr("期间：{a} 至 {b}").format(
                a=self.since.date().toString("yyyy-MM-dd"),
                b=self.until.date().toString("yyyy-MM-dd")))
        else:
            parts.append(self.tr("期间：全部"))
        if f.category:
            parts.append(self.tr("类别：{c}").format(c=f.category))
        if f.item:
            parts.append(self.tr("物品：{i}").format(i=f.item))
        if f.person:
            parts.append(self.tr("人员：{p}").format(p=f.person))
        if f.text:
            parts.append(self.tr("含：{t}").format(t=f.text))
        return "　".join(parts)

    def print_extract(self) -> None:
        from app.services import trail_extract
        from app.ui.print_prepared import preview_prepared

        try:
            prepared = trail_extract.prepare(self._controller.register, self._controller.actor,
                                             self.current_filter(), self.scope_text())
            self.preview = preview_prepared(self._controller, prepared, self.window())
        except MibuError as e:
            self.count.setText(message_of(e))

    def _open(self, index: QModelIndex) -> None:
        line = self.model.line(index.row())
        if line.entity in ("copy", "document", "medium"):
            self.open_item.emit(line.subject.removeprefix("介质 "))

    def show_anchor(self) -> None:
        """The latest signed checkpoint: what a clerk-level rewrite cannot reach."""
        st = self._controller.trail_status()
        if st.problem:
            self.anchor.setStyleSheet("color: #b00020; font-weight: bold;")
            self.anchor.setText(self.tr("签名检查点异常：{problem}").format(problem=st.problem))
            return
        self.anchor.setStyleSheet("")
        cp = st.latest
        if cp is None:
            self.anchor.setText(self.tr(
                "尚无签名检查点：审计员或系统管理员登录时签署检查点，此后对审计记录的改写可被查出"))
            return
        self.anchor.setText(self.tr(
            "最新检查点：第 {seq} 号，{at}，{signer} 签署，覆盖前 {count} 条（现共 {n} 条）；"
            "检查点码 {code}").format(seq=cp.seq, at=local_time(cp.at)[:16], signer=cp.signer,
                                    count=cp.entry_count, n=st.entries, code=cp.code))
