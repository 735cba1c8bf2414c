"""One document as the clerk and the inspector see it: its fields, each copy with its state
and holder, and its whole history from the audit trail."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.services.documents import CopyInfo, DocumentInfo
from app.services.trail import TrailLine
from app.ui.widgets import LevelBadge
from app.ui.words import label_of


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _fill(table: QTableWidget, rows: list[tuple[str, ...]]) -> None:
    table.setRowCount(len(rows))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            table.setItem(r, c, QTableWidgetItem(value))


class DocumentDetail(QDialog):
    def __init__(self, document: DocumentInfo, copies: list[CopyInfo],
                 history: list[TrailLine], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # not kept until the lock
        self.setWindowTitle(f"{document.internal_no} · {document.doc_number}")
        layout = QVBoxLayout(self)
        title = QLabel(document.title)
        title.setWordWrap(True)
        title.setStyleSheet("font-size: 14pt; font-weight: bold;")
        layout.addWidget(LevelBadge(document.level))
        layout.addWidget(title)
        form = QFormLayout()
        form.addRow(self.tr("密级标志"), QLabel(document.marking))
        form.addRow(self.tr("收文编号"), QLabel(document.internal_no))
        form.addRow(self.tr("文号"), QLabel(document.doc_number))
        form.addRow(self.tr("来文单位"), QLabel(document.sender))
        form.addRow(self.tr("收文日期"), QLabel(document.received_on.isoformat()))
        form.addRow(self.tr("知悉范围"), QLabel(document.scope_text))
        form.addRow(self.tr("清退期限"), QLabel(
            document.return_deadline.isoformat() if document.return_deadline else "—"))
        if document.discrepancies:
            note = QLabel(document.discrepancies)
            note.setWordWrap(True)
            note.setStyleSheet("color: #b00020;")
            form.addRow(self.tr("异常情况"), note)
        layout.addLayout(form)
        tabs = QTabWidget()
        self.copies = _table([self.tr("份号"), self.tr("条码"), self.tr("状态"),
                              self.tr("持有人"), self.tr("位置")])
        _fill(self.copies, [
            (str(c.copy_no or "—"), c.code, label_of(c.state), c.holder_name or "—", c.location)
            for c in copies])
        tabs.addTab(self.copies, self.tr("各份去向（{n}）").format(n=len(copies)))
        self.history = _table([self.tr("时间"), self.tr("操作人"), self.tr("操作"),
                               self.tr("对象"), self.tr("内容")])
        _fill(self.history, [
            (h.at, h.actor, h.label, h.subject, "\n".join(h.changes)) for h in history])
        self.history.setWordWrap(True)
        self.history.horizontalHeader().setSectionResizeMode(
            3, QHeaderView.ResizeMode.Interactive)
        self.history.setColumnWidth(3, 190)
        self.history.resizeRowsToContents()
        tabs.addTab(self.history, self.tr("全部经历（{n}）").format(n=len(history)))
        layout.addWidget(tabs, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(900, 640)
