"""The audit trail, for the auditor: filter by person, action, text and dates; newest first;
fetched a page at a time."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.audit import AuditFilter, AuditLine, action_label
from app.ui.controller import Controller

PAGE = 200
_Index = QModelIndex | QPersistentModelIndex


def local_time(iso: str) -> str:
    try:
        return dt.datetime.fromisoformat(iso).astimezone().strftime("%Y-%m-%d %H:%M:%S")
    except ValueError:
        return iso


def _utc_start_of(day: QDate) -> str:
    """Local midnight of ``day`` as the UTC ISO string the trail stores."""
    local = dt.datetime(day.year(), day.month(), day.day()).astimezone()
    return local.astimezone(dt.UTC).isoformat(timespec="microseconds")


def _brief(value: dict[str, Any] | None) -> str:
    if not value:
        return ""
    return json.dumps(value, ensure_ascii=False, sort_keys=True)[:300]


class AuditModel(QAbstractTableModel):
    HEADERS = (
        QT_TRANSLATE_NOOP("AuditModel", "序号"),
        QT_TRANSLATE_NOOP("AuditModel", "时间"),
        QT_TRANSLATE_NOOP("AuditModel", "操作人"),
        QT_TRANSLATE_NOOP("AuditModel", "操作"),
        QT_TRANSLATE_NOOP("AuditModel", "对象"),
        QT_TRANSLATE_NOOP("AuditModel", "变更前"),
        QT_TRANSLATE_NOOP("AuditModel", "变更后"),
    )

    def __init__(self, controller: Controller) -> None:
        super().__init__()
        self._controller = controller
        self._filter = AuditFilter()
        self._rows: list[AuditLine] = []
        self._total = 0

    def set_filter(self, f: AuditFilter) -> None:
        self.beginResetModel()
        self._filter = f
        self._total = self._controller.audit_count(f)
        self._rows = self._controller.audit_page(f, 0, PAGE)
        self.endResetModel()

    @property
    def total(self) -> int:
        return self._total

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return len(self.HEADERS)

    def canFetchMore(self, parent: _Index) -> bool:
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: _Index) -> None:
        more = self._controller.audit_page(self._filter, len(self._rows), PAGE)
        if not more:
            self._total = len(self._rows)
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate("AuditModel", str(self.HEADERS[section]))
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole,
                                               Qt.ItemDataRole.ToolTipRole):
            return None
        line = self._rows[index.row()]
        values = (str(line.id), local_time(line.at), line.actor, action_label(line.action),
                  f"{line.entity} {line.entity_id}", _brief(line.before), _brief(line.after))
        return values[index.column()]


class AuditView(QWidget):
    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = AuditModel(controller)
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("审计记录"))
        heading.setStyleSheet("font-size: 16pt; font-weight: bold;")
        layout.addWidget(heading)
        self._controller = controller
        self.anchor = QLabel()
        self.anchor.setWordWrap(True)
        layout.addWidget(self.anchor)
        filters = QHBoxLayout()
        self.actor = QLineEdit()
        self.actor.setPlaceholderText(self.tr("操作人用户名"))
        self.action = QLineEdit()
        self.action.setPlaceholderText(self.tr("操作（前缀，如 account.）"))
        self.text = QLineEdit()
        self.text.setPlaceholderText(self.tr("内容包含"))
        today = QDate.currentDate()
        self.since = QDateEdit(today.addYears(-1))
        self.since.setCalendarPopup(True)
        self.since.setDisplayFormat("yyyy-MM-dd")
        self.until = QDateEdit(today)
        self.until.setCalendarPopup(True)
        self.until.setDisplayFormat("yyyy-MM-dd")
        apply = QPushButton(self.tr("筛选"))
        apply.clicked.connect(self.refresh)
        for w in (self.actor, self.action, self.text):
            w.returnPressed.connect(self.refresh)
            filters.addWidget(w)
        filters.addWidget(QLabel(self.tr("从")))
        filters.addWidget(self.since)
        filters.addWidget(QLabel(self.tr("到")))
        filters.addWidget(self.until)
        filters.addWidget(apply)
        layout.addLayout(filters)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for col, width in enumerate((60, 150, 90, 150, 120, 220)):
            self.table.setColumnWidth(col, width)
        layout.addWidget(self.table, 1)
        self.count = QLabel()
        layout.addWidget(self.count)
        self.refresh()

    def current_filter(self) -> AuditFilter:
        since = _utc_start_of(self.since.date())
        until = _utc_start_of(self.until.date().addDays(1))
        return AuditFilter(
            actor=self.actor.text().strip() or None,
            action_prefix=self.action.text().strip() or None,
            text=self.text.text().strip() or None,
            since=since,
            until=until,
        )

    def refresh(self) -> None:
        self.model.set_filter(self.current_filter())
        self.count.setText(self.tr("共 {n} 条").format(n=self.model.total))
        self.show_anchor()

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
