"""打印报表: choose a form and what it is printed for (a record of that kind, newest first, or
a period for ledgers and the inspection record), preview it in memory, print it; check a
slip's code; the prints.

Long ledgers are drawn by a worker moved to a QThread, with a progress bar and a cancel
button. The worker calls the prepared form's ``render``, which streams the ledger's rows
through a read session of its own in that thread (closed when drawing ends); no widget
holds a session. The result comes back by signal.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QDate, QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.errors import MibuError
from app.reports.catalog import FormKind
from app.reports.data import Period, PrintMeta
from app.services.print_forms import Prepared
from app.ui.controller import Controller
from app.ui.print_record import open_preview
from app.ui.reports_controller import LEDGERS, PERIOD_FORMS, ReportsController
from app.ui.rule_words import message_of
from app.ui.widgets import inline_error_style, release_worker
from app.ui.words import label_of


class RenderWorker(QObject):
    """Draws one PDF off the GUI thread. Cancelled by a flag, never terminated."""

    progress = Signal(int, int)
    finished = Signal(bytes)
    failed = Signal(str)

    def __init__(self, render: Callable[[PrintMeta], bytes], meta: PrintMeta,
                 cancel: threading.Event) -> None:
        super().__init__()
        self._render = render
        self._meta = meta
        self.cancel = cancel

    @Slot()
    def run(self) -> None:
        try:
            pdf = self._draw()
        finally:
            # Back to the GUI thread before the render thread ends: deleteLater() from the
            # view is then delivered there. Left in the ended thread, the worker (with its
            # PDF) was never deleted; deleted by that thread as it ends, PySide 6.12 corrupts
            # reference counts.
            app = QCoreApplication.instance()
            if app is not None:
                self.moveToThread(app.thread())
        if pdf is None:
            return
        self.finished.emit(pdf)

    def _draw(self) -> bytes | None:
        try:
            pdf = self._render(self._meta)
        except MibuError as exc:
            self.failed.emit(message_of(exc))
            return None
        if self.cancel.is_set():
            self.failed.emit("已取消")
            return None
        return pdf


class ReportsView(QWidget):
    preview_ready = Signal(object)  # the PrintPreview dialog, for tests and the shell

    def __init__(self, controller: Controller, parent: QWidget | None = None,
                 reports: ReportsController | None = None) -> None:
        super().__init__(parent)
        self._reports = reports or ReportsController(controller)
        self._thread: QThread | None = None
        self._worker: RenderWorker | None = None
        self._cancel = threading.Event()
        self._pending: Prepared | None = None
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("打印报表"))
        heading.setStyleSheet("font-size: 16pt; font-weight: bold;")
        layout.addWidget(heading)

        row = QHBoxLayout()
        self.forms = QListWidget()
        for kind in self._reports.forms():
            item = QListWidgetItem(label_of(kind))
            item.setData(Qt.ItemDataRole.UserRole, kind.value)
            self.forms.addItem(item)
        self.forms.itemDoubleClicked.connect(lambda _i: self.preview_selected())
        row.addWidget(self.forms, 1)

        # what the form is printed for: a record of its kind, or a period
        self.choice = QStackedWidget()
        records_page = QWidget()
        records_layout = QVBoxLayout(records_page)
        records_layout.setContentsMargins(0, 0, 0, 0)
        self.records_hint = QLabel()
        self.records_hint.setWordWrap(True)
        self.records = QListWidget()
        self.records.itemDoubleClicked.connect(lambda _i: self.preview_selected())
        records_layout.addWidget(self.records_hint)
        records_layout.addWidget(self.records, 1)
        period_page = QWidget()
        period_layout = QFormLayout(period_page)
        today = QDate.currentDate()
        self.period_from = QDateEdit(QDate(today.year(), 1, 1))
        self.period_to = QDateEdit(today)
        for edit in (self.period_from, self.period_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        period_layout.addRow(QLabel(self.tr("打印期间（含首尾两日）")))
        period_layout.addRow(self.tr("自"), self.period_from)
        period_layout.addRow(self.tr("至"), self.period_to)
        self.choice.addWidget(records_page)
        self.choice.addWidget(period_page)
        row.addWidget(self.choice, 2)

        side = QVBoxLayout()
        self.preview_button = QPushButton(self.tr("预览并打印…"))
        self.preview_button.clicked.connect(self.preview_selected)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setVisible(False)
        self.cancel_button = QPushButton(self.tr("取消"))
        self.cancel_button.setVisible(False)
        self.cancel_button.clicked.connect(self.cancel)
        self.status = QLabel()
        self.status.setWordWrap(True)
        side.addWidget(self.preview_button)
        side.addWidget(self.progress)
        side.addWidget(self.cancel_button)
        side.addWidget(self.status)
        side.addStretch(1)
        row.addLayout(side, 1)
        layout.addLayout(row, 1)

        box = QGroupBox(self.tr("单据真伪查验（输入或扫描单据码）"))
        check = QHBoxLayout(box)
        self.code = QLineEdit()
        self.code.setPlaceholderText("XXXX-XXXX-XXXX-XXXX")
        self.code.setMaxLength(400)
        self.code.returnPressed.connect(self.check_code)
        check_button = QPushButton(self.tr("查验"))
        check_button.clicked.connect(self.check_code)
        check.addWidget(self.code, 1)
        check.addWidget(check_button)
        layout.addWidget(box)
        self.verdict = QLabel()
        self.verdict.setWordWrap(True)
        layout.addWidget(self.verdict)

        box = QGroupBox(self.tr("打印记录"))
        inner = QVBoxLayout(box)
        self.jobs = QTableWidget(0, 6)
        self.jobs.setHorizontalHeaderLabels([
            self.tr("打印编号"), self.tr("单据"), self.tr("密级"), self.tr("内容"),
            self.tr("份数"), self.tr("打印机")])
        self.jobs.verticalHeader().setVisible(False)
        self.jobs.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.jobs.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.jobs.horizontalHeader().setStretchLastSection(True)
        for col, width in enumerate((150, 130, 60, 360, 50)):
            self.jobs.setColumnWidth(col, width)
        inner.addWidget(self.jobs)
        layout.addWidget(box, 1)
        controller.changed.connect(self._changed)
        self.forms.currentRowChanged.connect(lambda _row: self.refresh_choice())
        self.forms.setCurrentRow(0)
        self.refresh_jobs()

    # -- printing ------------------------------------------------------------------------------
    def selected_kind(self) -> FormKind:
        item = self.forms.currentItem()
        return FormKind(item.data(Qt.ItemDataRole.UserRole))

    def refresh_choice(self) -> None:
        """Show the records the selected form is printed for, or the period to cover."""
        kind = self.selected_kind()
        if kind in PERIOD_FORMS:
            self.choice.setCurrentIndex(1)
            return
        self.choice.setCurrentIndex(0)
        labels = kind is FormKind.MEDIA_LABELS
        self.records.setSelectionMode(
            QAbstractItemView.SelectionMode.ExtendedSelection if labels
            else QAbstractItemView.SelectionMode.SingleSelection)
        self.records.clear()
        try:
            choices = self._reports.records(kind)
        except MibuError as exc:
            self.records_hint.setText(message_of(exc))
            return
        for choice in choices:
            item = QListWidgetItem(choice.label)
            item.setData(Qt.ItemDataRole.UserRole, choice.id)
            self.records.addItem(item)
        if labels:
            self.records_hint.setText(self.tr(
                "选择要打印标签的介质（可多选）；不选则打印全部在用介质"))
        elif choices:
            self.records_hint.setText(
                self.tr("选择要打印的人员（已离岗的在前，最近离岗的最先；其后为在岗人员）")
                if kind is FormKind.DEPARTURE
                else self.tr("选择要打印的记录（按日期，最新的在前）"))
            self.records.setCurrentRow(0)
        else:
            self.records_hint.setText(self.tr("登记簿中还没有可打印此单据的记录"))

    def selected_period(self) -> Period:
        return Period(_day(self.period_from.date()), _day(self.period_to.date()))

    def selected_records(self) -> list[int]:
        return [int(i.data(Qt.ItemDataRole.UserRole)) for i in self.records.selectedItems()]

    def preview_selected(self) -> None:
        if self._thread is not None:
            return
        kind = self.selected_kind()
        self._cancel = threading.Event()
        self._say("")
        try:
            if kind in PERIOD_FORMS:
                prepared = self._reports.prepare(kind, period=self.selected_period(),
                                                 progress=self._progress_from_worker,
                                                 cancel=self._cancel)
            elif kind is FormKind.MEDIA_LABELS:
                prepared = self._reports.prepare(kind, medium_ids=self.selected_records())
            else:
                chosen = self.selected_records()
                if not chosen:
                    self._say(self.tr("请先选择一条记录"), error=True)
                    return
                prepared = self._reports.prepare(kind, chosen[0])
            # A preview issues no serial: printing or saving does (see _show_preview).
            meta = self._reports.preview_meta()
        except MibuError as exc:
            self._say(message_of(exc), error=True)
            return
        if kind in LEDGERS:
            self._render_in_background(prepared, meta)
        else:
            try:
                pdf = prepared.render(meta)
            except MibuError as exc:
                self._say(message_of(exc), error=True)
                return
            self._show_preview(prepared, pdf)

    def _render_in_background(self, prepared: Prepared, meta: PrintMeta) -> None:
        self._thread = QThread(self)
        self._worker = RenderWorker(prepared.render, meta, self._cancel)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        # Bound methods of this widget: queued into the GUI thread.
        self._pending = prepared
        self._worker.progress.connect(self._on_progress)
        self._worker.finished.connect(self._on_rendered)
        self._worker.failed.connect(self._on_failed)
        self._worker.finished.connect(self._thread.quit)
        self._worker.failed.connect(self._thread.quit)
        self._thread.finished.connect(self._thread_done)
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self.cancel_button.setVisible(True)
        self.preview_button.setEnabled(False)
        self._thread.start()

    @Slot(bytes)
    def _on_rendered(self, pdf: bytes) -> None:
        if self._pending is not None:
            prepared = self._pending
            self._pending = None
            self._show_preview(prepared, pdf)

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        self._pending = None
        self._say(message, error=True)

    def _progress_from_worker(self, done: int, total: int) -> None:
        if self._worker is not None:  # called in the worker's thread: cross by signal
            self._worker.progress.emit(done, total)

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setValue(int(1000 * done / max(total, 1)))

    def cancel(self) -> None:
        self._cancel.set()

    def _thread_done(self) -> None:
        release_worker(self._thread, self._worker)
        self._thread = None
        self._worker = None
        self.progress.setVisible(False)
        self.cancel_button.setVisible(False)
        self.preview_button.setEnabled(True)

    def is_busy(self) -> bool:
        return self._thread is not None

    def _show_preview(self, prepared: Prepared, preview: bytes) -> None:
        """The preview carries no serial; printing or saving it issues one."""
        dialog = open_preview(self._reports, prepared, preview, self, self._issued)
        self._say(self.tr("已生成预览（打印或保存时编号）"))
        self.preview_ready.emit(dialog)
        dialog.open()

    def _issued(self, serial: str) -> None:
        self._say(self.tr("已编号 {serial}").format(serial=serial))

    # -- slips and history ------------------------------------------------------------------
    def check_code(self) -> None:
        text = self.code.text().strip()
        if not text:
            return
        try:
            result = self._reports.lookup(text)
        except MibuError as exc:
            self.verdict.setStyleSheet(inline_error_style())
            self.verdict.setText(message_of(exc))
            return
        self.verdict.setStyleSheet("color: #2f6f4f;" if result.genuine else inline_error_style())
        self.verdict.setText(result.message)
        self.code.selectAll()

    def _changed(self, area: str) -> None:
        if area == "prints":
            self.refresh_jobs()
        elif not self.is_busy():
            self.refresh_choice()  # a record was added or changed elsewhere

    def refresh_jobs(self) -> None:
        rows = self._reports.jobs()
        self.jobs.setRowCount(len(rows))
        for r, job in enumerate(rows):
            for c, value in enumerate((job.serial, label_of(job.kind), label_of(job.level),
                                       job.title,
                                       str(job.copies), job.printer or "—")):
                self.jobs.setItem(r, c, QTableWidgetItem(value))

    def _say(self, text: str, error: bool = False) -> None:
        self.status.setStyleSheet(inline_error_style() if error else "")
        self.status.setText(text)

    def print_record(self, kind: FormKind, record_id: int) -> None:
        """Select ``kind`` and its record, then preview it (for "print what I just did")."""
        for row in range(self.forms.count()):
            if self.forms.item(row).data(Qt.ItemDataRole.UserRole) == FormKind(kind).value:
                self.forms.setCurrentRow(row)
                break
        for row in range(self.records.count()):
            if self.records.item(row).data(Qt.ItemDataRole.UserRole) == record_id:
                self.records.setCurrentRow(row)
                break
        else:
            self._say(self.tr("找不到要打印的记录"), error=True)
            return
        self.preview_selected()

    def closeEvent(self, event: object) -> None:
        self.shutdown()
        super().closeEvent(event)  # type: ignore[arg-type]

    def shutdown(self) -> None:
        """Cancel and wait for a running render (at exit and when the register locks)."""
        self._cancel.set()
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait()

    def show_form(self, kind: FormKind) -> None:
        """Choose ``kind`` (e.g. the 发文登记簿 from the 发文 area), its preview button focused."""
        for row in range(self.forms.count()):
            if self.forms.item(row).data(Qt.ItemDataRole.UserRole) == FormKind(kind).value:
                self.forms.setCurrentRow(row)
                break
        self.preview_button.setFocus()


def _day(date: QDate) -> dt.date:
    return dt.date(date.year(), date.month(), date.day())
