"""One document as the clerk and the inspector see it: its fields, each copy with its state
and holder, and its whole history from the audit trail.

With ``actions`` (the clerk's documents area) it also offers 更正… (a field typed wrong, with a
reason: :mod:`app.services.corrections`) and 申请变更密级或期限… (to the approval request form:
001 五(五)3); after a correction the fields and the history are shown again."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.models.documents import DocumentKind
from app.services.corrections import DOCUMENT_FIELDS, Field
from app.services.documents import CopyInfo, DocumentInfo
from app.services.trail import TrailLine
from app.ui.correction_form import CorrectionForm
from app.ui.widgets import LevelBadge
from app.ui.words import label_of


class DetailActions(Protocol):
    """What the detail asks of its area (plain values; the area calls the services)."""

    def correct(self, document_id: int, field: str, value: str, reason: str) -> DocumentInfo:
        ...

    def reload(self, document_id: int
               ) -> tuple[DocumentInfo, list[CopyInfo], list[TrailLine]]:
        ...


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
    #: 申请变更密级或期限…: the approval form for this document (document id)
    request_change = Signal(int)

    def __init__(self, document: DocumentInfo, copies: list[CopyInfo],
                 history: list[TrailLine], parent: QWidget | None = None,
                 actions: DetailActions | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # not kept until the lock
        self.source = actions
        self.document = document
        self.correction: CorrectionForm | None = None
        layout = QVBoxLayout(self)
        self.badge = LevelBadge(document.level)
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setStyleSheet("font-size: 14pt; font-weight: bold;")
        layout.addWidget(self.badge)
        layout.addWidget(self.title)
        form = QFormLayout()
        self.values: dict[str, QLabel] = {}
        for key, label in (
            ("marking", self.tr("密级标志")), ("internal_no", self.tr("收文编号")),
            ("doc_number", self.tr("文号")), ("sender", self.tr("来文单位")),
            ("doc_date", self.tr("成文日期")), ("received_on", self.tr("收文日期")),
            ("scope", self.tr("知悉范围")), ("return_deadline", self.tr("清退期限")),
            ("remarks", self.tr("备注")),
        ):
            value = QLabel()
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.values[key] = value
            form.addRow(label, value)
        if document.discrepancies:
            note = QLabel(document.discrepancies)
            note.setWordWrap(True)
            note.setStyleSheet("color: #b00020;")
            form.addRow(self.tr("异常情况"), note)
        layout.addLayout(form)
        self.tabs = QTabWidget()
        self.copies = _table([self.tr("份号"), self.tr("条码"), self.tr("状态"),
                              self.tr("持有人"), self.tr("位置")])
        self.tabs.addTab(self.copies, "")
        self.history = _table([self.tr("时间"), self.tr("操作人"), self.tr("操作"),
                               self.tr("对象"), self.tr("内容")])
        self.history.setWordWrap(True)
        self.history.horizontalHeader().setSectionResizeMode(
            3, QHeaderView.ResizeMode.Interactive)
        self.history.setColumnWidth(3, 190)
        self.tabs.addTab(self.history, "")
        layout.addWidget(self.tabs, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("关闭"))
        buttons.rejected.connect(self.reject)
        self.correct_button = QPushButton(self.tr("更正(&G)…"))
        self.correct_button.setToolTip(self.tr("更正登记时的笔误：标题、文号、来文单位、日期、备注"))
        self.correct_button.clicked.connect(self.open_correction)
        self.change_button = QPushButton(self.tr("申请变更密级或期限(&L)…"))
        self.change_button.clicked.connect(self._request_change)
        for b in (self.correct_button, self.change_button):
            buttons.addButton(b, QDialogButtonBox.ButtonRole.ActionRole)
            b.setVisible(actions is not None)
            b.setAutoDefault(False)
        layout.addWidget(buttons)
        self.fill(document, copies, history)
        self.resize(900, 640)

    def fill(self, document: DocumentInfo, copies: list[CopyInfo],
             history: list[TrailLine]) -> None:
        self.document = document
        self.setWindowTitle(f"{document.internal_no} · {document.doc_number}")
        self.title.setText(document.title)
        v = self.values
        v["marking"].setText(document.marking)
        v["internal_no"].setText(document.internal_no)
        v["doc_number"].setText(document.doc_number or "—")
        v["sender"].setText(document.sender or "—")
        v["doc_date"].setText(document.doc_date.isoformat() if document.doc_date else "—")
        v["received_on"].setText(document.received_on.isoformat())
        v["scope"].setText(document.scope_text)
        v["return_deadline"].setText(
            document.return_deadline.isoformat() if document.return_deadline else "—")
        v["remarks"].setText(document.remarks or "—")
        _fill(self.copies, [
            (str(c.copy_no or "—"), c.code, label_of(c.state), c.holder_name or "—", c.location)
            for c in copies])
        self.tabs.setTabText(0, self.tr("各份去向（{n}）").format(n=len(copies)))
        _fill(self.history, [
            (h.at, h.actor, h.label, h.subject, "\n".join(h.changes)) for h in history])
        self.history.resizeRowsToContents()
        self.tabs.setTabText(1, self.tr("全部经历（{n}）").format(n=len(history)))

    # -- 更正 --------------------------------------------------------------------------------
    def correction_choices(self) -> tuple[list[tuple[Field, str]], list[tuple[Field, str]]]:
        d = self.document
        current = {
            "title": d.title, "doc_number": d.doc_number, "sender": d.sender,
            "doc_date": d.doc_date.isoformat() if d.doc_date else "",
            "received_on": d.received_on.isoformat(), "remarks": d.remarks,
        }
        outgoing = d.kind is DocumentKind.OUTGOING
        fields = [(Field(f.key, self.tr("发文日期"), True) if outgoing and f.key == "received_on"
                   else f, current[f.key])
                  for f in DOCUMENT_FIELDS if not (outgoing and f.key == "sender")]
        protected = [(Field("level", self.tr("密级")), label_of(d.level)),
                     (Field("period", self.tr("保密期限")), d.period.label or ""),
                     (Field("scope", self.tr("知悉范围")), d.scope_text)]
        return fields, protected

    def open_correction(self) -> CorrectionForm | None:
        if self.source is None:
            return None
        fields, protected = self.correction_choices()
        form = CorrectionForm(self.tr("更正 · {no}").format(no=self.document.internal_no),
                              fields, protected, self._correct, self)
        form.recorded.connect(self._corrected)
        self.correction = form
        form.open()
        return form

    def _correct(self, field: str, value: str, reason: str) -> DocumentInfo:
        assert self.source is not None  # noqa: S101 - the button shows only with actions
        return self.source.correct(self.document.id, field, value, reason)

    def _corrected(self, _info: object) -> None:
        self.correction = None
        if self.source is not None:
            self.fill(*self.source.reload(self.document.id))
        self.tabs.setCurrentWidget(self.history)
        self.history.scrollToBottom()  # the correction just recorded
        self.correct_button.setFocus()

    def _request_change(self) -> None:
        self.request_change.emit(self.document.id)
        self.accept()
