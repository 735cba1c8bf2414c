"""导入台帐: an office's own ledger (.xlsx or .csv) into the register, from the window.

The clerk picks the file, sees its columns mapped to Mibu's fields (one combo box per
column, remembered per kind), the first rows as they will be imported and every bad row
with its line and reason, all before anything is written; then imports every row (nothing
if one is bad) or only the valid ones. Reading, checking and writing run in a worker object
moved to a QThread (results by signal, cancelled by a flag, never terminated), with a
progress bar; the window stays responsive.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from app.errors import MibuError
from app.services.ledger_columns import Cancelled, ColumnMap, Watch
from app.services.ledger_import import Preview
from app.services.tables import ImportReport, RowError
from app.ui.ledger_import_controller import LedgerImportController
from app.ui.widgets import OVERDUE, add_row, cell, info_style, inline_error_style, release_worker

log = logging.getLogger(__name__)


class ImportWorker(QObject):
    """Runs one preview or import off the GUI thread. Cancelled by a flag."""

    progress = Signal(int, int)  # rows checked, rows in the file
    writing = Signal()  # the checks are done: writing (one transaction)
    finished = Signal(object)  # the Preview or ImportReport
    failed = Signal(str)

    def __init__(self, job: Callable[[Watch], object], cancel: threading.Event) -> None:
        super().__init__()
        self._job = job
        self.cancel = cancel

    @Slot()
    def run(self) -> None:
        watch = Watch(progress=self.progress.emit, cancelled=self.cancel.is_set,
                      writing_now=self.writing.emit)
        result: object = None
        error = ""
        try:
            result = self._job(watch)
        except Cancelled:
            error = QCoreApplication.translate("LedgerImportDialog", "已取消：未导入任何记录")
        except MibuError as exc:
            error = exc.message
        except Exception:  # shown, logged: the dialog stays usable
            log.exception("ledger import failed")
            error = QCoreApplication.translate("LedgerImportDialog",
                                               "导入时出现意外错误，未导入任何记录（详见日志）")
        finally:
            # back to the GUI thread before the worker thread ends (see reports_view)
            app = QCoreApplication.instance()
            if app is not None:
                self.moveToThread(app.thread())
        if error:
            self.failed.emit(error)
        else:
            self.finished.emit(result)


class LedgerImportDialog(QDialog):
    imported = Signal(str)  # the kind, once rows are written
    previewed = Signal(object)  # the Preview shown (for tests)
    outcome = Signal(object)  # the ImportReport, or the refusal's text (for tests)

    def __init__(self, imports: LedgerImportController, kind: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._imports = imports
        self.kind = kind
        self.path: Path | None = None
        self.column_map: ColumnMap | None = None
        self.preview: Preview | None = None
        self.report: ImportReport | None = None
        self._thread: QThread | None = None
        self._worker: ImportWorker | None = None
        self._cancel = threading.Event()
        self._again = False  # the map changed while a preview ran: preview again
        self._importing = False
        self._on_done: Callable[[object], None] = self._previewed
        self._filling = False
        label = {"documents": self.tr("收文台帐"), "people": self.tr("涉密人员台帐"),
                 "media": self.tr("移动存储介质台帐")}.get(kind) or imports.label(kind)
        self.setWindowTitle(self.tr("导入台帐 — {kind}").format(kind=label))

        heading = QLabel(self.tr("导入{kind}").format(kind=label))
        heading.setStyleSheet("font-size: 14pt; font-weight: bold;")
        self.file_label = QLabel(self.tr("尚未选择文件（.xlsx 或 .csv）"))
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.choose_button = QPushButton(self.tr("选择文件(&O)…"))
        self.choose_button.clicked.connect(self.choose_file)
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addWidget(self.file_label, 1)
        top.addWidget(self.choose_button)

        # the column map: one row per column of the file, a combo box for its field
        self.map_table = QTableWidget(0, 2)
        self.map_table.setHorizontalHeaderLabels([self.tr("文件中的列"), self.tr("导入为")])
        self.map_table.verticalHeader().setVisible(False)
        self.map_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.map_table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.Interactive)
        self.map_table.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.Stretch)
        self.load_map_button = QPushButton(self.tr("载入对照表(&L)…"))
        self.load_map_button.clicked.connect(self.choose_map)
        self.save_map_button = QPushButton(self.tr("保存对照表(&S)…"))
        self.save_map_button.clicked.connect(self.save_map)
        map_box = QGroupBox(self.tr("列对照"))
        map_layout = QVBoxLayout(map_box)
        hint = QLabel(self.tr("左列是文件的表头；右列选它对应的密簿项目。")
                      + (self.tr("备注可以对应多列（合并导入）；份号可以单独一列（如 2-3、5、7）。")
                         if kind == "documents" else ""))
        hint.setWordWrap(True)
        map_layout.addWidget(hint)
        map_layout.addWidget(self.map_table, 1)
        map_buttons = QHBoxLayout()
        map_buttons.addWidget(self.load_map_button)
        map_buttons.addWidget(self.save_map_button)
        map_layout.addLayout(map_buttons)

        self.preview_table = QTableWidget(0, 0)
        self.preview_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.preview_table.verticalHeader().setVisible(False)
        self.preview_table.setAlternatingRowColors(True)
        self.preview_table.horizontalHeader().setStretchLastSection(True)
        self.preview_box = QGroupBox(self.tr("预览"))
        QVBoxLayout(self.preview_box).addWidget(self.preview_table)
        self.errors_table = QTableWidget(0, 2)
        self.errors_table.setHorizontalHeaderLabels([self.tr("行号"), self.tr("原因")])
        self.errors_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.errors_table.verticalHeader().setVisible(False)
        self.errors_table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents)
        self.errors_table.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.Stretch)
        self.errors_box = QGroupBox(self.tr("有错误的行"))
        QVBoxLayout(self.errors_box).addWidget(self.errors_table)
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self.preview_box)
        right.addWidget(self.errors_box)
        right.setStretchFactor(0, 3)
        right.setStretchFactor(1, 2)
        right.setChildrenCollapsible(False)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(map_box)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([320, 680])

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(inline_error_style())
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error.hide()
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.cancel_button = QPushButton(self.tr("取消(&C)"))
        self.cancel_button.setVisible(False)
        self.cancel_button.clicked.connect(self.cancel)
        self.import_all_button = QPushButton(self.tr("全部导入(&A)"))
        self.import_all_button.setToolTip(self.tr("每一行都正确时全部写入；有任何错误则不导入"))
        self.import_all_button.clicked.connect(self.import_all)
        self.import_valid_button = QPushButton(self.tr("仅导入有效行(&V)"))
        self.import_valid_button.setToolTip(self.tr("写入正确的行，跳过有错误的行"
                                                    "（审计记录注明跳过的行数）"))
        self.import_valid_button.clicked.connect(self.import_valid)
        self.close_button = QPushButton(self.tr("关闭"))
        self.close_button.clicked.connect(self.close)
        bottom = QHBoxLayout()
        bottom.addWidget(self.progress, 1)
        bottom.addWidget(self.cancel_button)
        bottom.addStretch(0)
        bottom.addWidget(self.import_all_button)
        bottom.addWidget(self.import_valid_button)
        bottom.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.error)
        layout.addLayout(bottom)
        self._set_buttons()
        self.choose_button.setFocus()

    # -- the file and the map ------------------------------------------------------------------
    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("选择台帐文件"), "",
                                              self.tr("台帐 (*.xlsx *.csv)"))
        if name:
            self.open_file(Path(name))

    def open_file(self, path: Path) -> None:
        """Read the file's header, map it (the remembered map, else Mibu's own names) and
        start the preview."""
        if self.is_busy():
            return
        self.path = Path(path)
        self.file_label.setText(self._imports.shown(self.path.name))
        self.file_label.setToolTip(self._imports.shown(str(self.path)))
        self.preview = None
        self.report = None
        self._show_preview(None)
        try:
            self.column_map = self._imports.suggest(self.kind, self.path)
        except MibuError as exc:
            self.column_map = None
            self._fill_map()
            self._say(exc.message, error=True)
            return
        self._fill_map()
        self.start_preview()

    def set_column_map(self, column_map: ColumnMap) -> None:
        """Use a map (loaded, or from a test): columns it leaves out keep their choice."""
        if self.column_map is None:
            self.column_map = column_map
        else:
            merged = self.column_map
            for header, _ in self.column_map.columns:
                try:
                    merged = merged.with_column(header, column_map.field_of(header))
                except KeyError:
                    continue
            self.column_map = merged
        self._fill_map()
        self.start_preview()

    def _fill_map(self) -> None:
        self._filling = True
        self.map_table.setRowCount(0)
        fields = self._imports.fields(self.kind)
        for header, field in (self.column_map.columns if self.column_map else ()):
            row = self.map_table.rowCount()
            self.map_table.insertRow(row)
            self.map_table.setItem(row, 0, cell(self._imports.shown(header), data=header))
            combo = QComboBox()
            combo.addItem(self.tr("（不导入）"), None)
            for f in fields:
                combo.addItem(f, f)
            combo.setCurrentIndex(0 if field is None else fields.index(field) + 1)
            combo.setProperty("header", header)
            combo.currentIndexChanged.connect(self._map_changed)
            self.map_table.setCellWidget(row, 1, combo)
        self.map_table.resizeColumnToContents(0)
        self.map_table.setColumnWidth(0, min(max(self.map_table.columnWidth(0), 90), 150))
        self._filling = False

    def combo_for(self, header: str) -> QComboBox:
        """The field chooser of a column of the file (keyboard and tests)."""
        for row in range(self.map_table.rowCount()):
            item = self.map_table.item(row, 0)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == header:
                widget = self.map_table.cellWidget(row, 1)
                if isinstance(widget, QComboBox):
                    return widget
        raise KeyError(header)

    @Slot(int)
    def _map_changed(self, _index: int) -> None:
        combo = self.sender()
        if self._filling or not isinstance(combo, QComboBox) or self.column_map is None:
            return
        header = str(combo.property("header"))
        try:
            self.column_map = self.column_map.with_column(header, combo.currentData())
        except MibuError as exc:
            self._say(exc.message, error=True)
            return
        self._filling = True  # two columns with the same header (备注, 备注) share one choice
        for row in range(self.map_table.rowCount()):
            other = self.map_table.cellWidget(row, 1)
            if isinstance(other, QComboBox) and other is not combo and (
                    other.property("header") == header):
                other.setCurrentIndex(combo.currentIndex())
        self._filling = False
        self.report = None
        self.start_preview()

    def choose_map(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("载入列对照表"), "",
                                              self.tr("列对照表 (*.json)"))
        if name:
            try:
                self.set_column_map(self._imports.load_map(Path(name), self.kind))
            except MibuError as exc:
                self._say(exc.message, error=True)

    def save_map(self) -> None:
        if self.column_map is None:
            return
        name, _ = QFileDialog.getSaveFileName(self, self.tr("保存列对照表"),
                                              f"{self.kind}-map.json",
                                              self.tr("列对照表 (*.json)"))
        if name:
            try:
                self._imports.save_map(Path(name), self.column_map)
            except MibuError as exc:
                self._say(exc.message, error=True)
            else:
                self._say(self.tr("列对照表已保存到 {name}").format(name=Path(name).name))

    # -- preview -------------------------------------------------------------------------------
    def start_preview(self) -> None:
        if self.path is None:
            return
        if self.is_busy():
            self._again = True
            self._cancel.set()
            return
        kind, path, column_map = self.kind, self.path, self.column_map
        imports = self._imports
        self._start(lambda watch: imports.preview(kind, path, column_map, watch),
                    self._previewed)

    def _previewed(self, preview: object) -> None:
        if not isinstance(preview, Preview):
            return
        self.preview = preview
        self.column_map = preview.column_map
        self._show_preview(preview)
        self.previewed.emit(preview)

    def _show_preview(self, preview: Preview | None) -> None:
        self.preview_table.clear()
        self.preview_table.setRowCount(0)
        self.errors_table.setRowCount(0)
        self._say("")
        if preview is None:
            self.preview_table.setColumnCount(0)
            self.summary.setText("")
            self.preview_box.setTitle(self.tr("预览"))
            self.errors_box.setTitle(self.tr("有错误的行"))
            self._set_buttons()
            return
        self.preview_table.setColumnCount(len(preview.fields) + 1)
        self.preview_table.setHorizontalHeaderLabels([self.tr("行号"), *preview.fields])
        for r in preview.rows:
            colour = OVERDUE if r.error else None
            add_row(self.preview_table, [cell(str(r.line), colour),
                                         *(cell(c, colour) for c in r.cells)])
            first = self.preview_table.item(self.preview_table.rowCount() - 1, 0)
            if r.error and first is not None:
                first.setToolTip(r.error)
        self.preview_table.resizeColumnsToContents()
        for column in range(1, self.preview_table.columnCount()):
            if self.preview_table.columnWidth(column) > 260:
                self.preview_table.setColumnWidth(column, 260)
        self.preview_box.setTitle(self.tr("预览（前 %n 行，按导入后的项目显示）", "",
                                          len(preview.rows)))
        self._fill_errors(preview.errors)
        lines = []
        if not preview.total:
            lines.append(self.tr("文件中没有数据行。"))
        elif preview.errors:
            lines.append(self.tr("共 {total} 行：{valid} 行有效，{bad} 行有错误（见“有错误的行”）。"
                                 "“全部导入”要求每一行都正确；也可以“仅导入有效行”。").format(
                total=preview.total, valid=preview.valid, bad=len(preview.errors)))
        else:
            lines.append(self.tr("共 {total} 行，全部正确，可以导入。").format(
                total=preview.total))
        if preview.left_out:
            lines.append(self.tr("这些列不导入：{columns}（如需导入，请在“列对照”中选择对应项目）")
                         .format(columns="、".join(preview.left_out)))
        self.summary.setText("\n".join(lines))
        self._set_buttons()

    def _fill_errors(self, errors: tuple[RowError, ...] | list[RowError]) -> None:
        self.errors_table.setRowCount(0)
        for e in errors:
            add_row(self.errors_table, [cell(str(e.line), OVERDUE), cell(e.message)])
        self.errors_box.setTitle(self.tr("有错误的行（%n 行）", "", len(errors)))

    # -- import --------------------------------------------------------------------------------
    def import_all(self) -> None:
        self._import(only_valid=False)

    def import_valid(self) -> None:
        self._import(only_valid=True)

    def _import(self, only_valid: bool) -> None:
        if self.is_busy() or self.path is None or self.column_map is None:
            return
        kind, path, column_map, imports = self.kind, self.path, self.column_map, self._imports
        self._importing = True
        self._start(lambda watch: imports.run(kind, path, column_map, only_valid, watch),
                    self._imported)

    def _imported(self, report: object) -> None:
        if not isinstance(report, ImportReport):
            return
        self.report = report
        self._fill_errors(report.errors)
        if report.written:
            if self.column_map is not None:
                self._imports.remember(self.column_map)
            self._imports.imported(self.kind)
            self.imported.emit(self.kind)
            self.summary.setText(self.tr("导入完成。要再导入，请选择文件。"))
            self._say(report.summary())
        else:
            self._say(report.summary(), error=True)
        self._set_buttons()
        self.outcome.emit(report)

    # -- the worker ----------------------------------------------------------------------------
    def _start(self, job: Callable[[Watch], object], on_done: Callable[[object], None]) -> None:
        self._cancel = threading.Event()
        self._again = False
        self._say("")
        self._on_done = on_done
        self._thread = QThread(self)
        self._worker = ImportWorker(job, self._cancel)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        # bound methods of this dialog: queued into the GUI thread
        self._worker.progress.connect(self._on_progress)
        self._worker.writing.connect(self._on_writing)
        self._worker.finished.connect(self._on_finished)
        self._worker.failed.connect(self._on_failed)
        self._worker.finished.connect(self._thread.quit)
        self._worker.failed.connect(self._thread.quit)
        self._thread.finished.connect(self._thread_done)
        self.progress.setRange(0, 1000)
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self.cancel_button.setVisible(True)
        self._set_buttons()
        self._thread.start()

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, 1000)
        self.progress.setValue(int(1000 * done / max(total, 1)))

    @Slot()
    def _on_writing(self) -> None:
        self.progress.setRange(0, 0)  # one transaction: busy until it commits

    @Slot(object)
    def _on_finished(self, result: object) -> None:
        if not self._again:
            self._on_done(result)

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        if self._again:
            return  # a preview cancelled for a newer map
        self._say(message, error=True)
        self.outcome.emit(message)

    def _thread_done(self) -> None:
        release_worker(self._thread, self._worker)
        self._thread = None
        self._worker = None
        self._importing = False
        self.progress.setVisible(False)
        self.cancel_button.setVisible(False)
        self._set_buttons()
        if self._again:
            self._again = False
            self.start_preview()

    def is_busy(self) -> bool:
        return self._thread is not None

    def cancel(self) -> None:
        self._cancel.set()

    def _set_buttons(self) -> None:
        busy = self.is_busy()
        p = self.preview
        fresh = p is not None and self.report is None
        self.import_all_button.setEnabled(not busy and fresh and p is not None and p.ok)
        self.import_valid_button.setEnabled(
            not busy and fresh and p is not None and bool(p.errors) and p.valid > 0)
        self.choose_button.setEnabled(not busy)
        self.load_map_button.setEnabled(not busy and self.column_map is not None
                                        and self.report is None)
        self.save_map_button.setEnabled(self.column_map is not None)
        self.map_table.setEnabled(self.report is None and not self._importing)

    def _say(self, text: str, *, error: bool = False) -> None:
        self.error.setStyleSheet(inline_error_style() if error else info_style())
        self.error.setText(text)
        self.error.setVisible(bool(text))

    # -- closing ---------------------------------------------------------------------------------
    def closeEvent(self, event: object) -> None:
        self.shutdown()
        super().closeEvent(event)  # type: ignore[arg-type]

    def shutdown(self) -> None:
        """Cancel and wait for a running job (closing, or the register locking)."""
        self._again = False
        self._cancel.set()
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait()
        if self._worker is not None:
            self._worker.deleteLater()
            self._worker = None


def shutdown_imports(area: QWidget) -> None:
    """Stop the area's running import (the register locks or Mibu quits): cancelled, so the
    transaction is rolled back, and waited for."""
    for dialog in area.findChildren(LedgerImportDialog):
        dialog.shutdown()


def open_import(imports: LedgerImportController, kind: str, parent: QWidget
                ) -> LedgerImportDialog:
    """The import dialog of an area (a child of it: it goes at the lock at the latest),
    sized to the screen, deleted when closed."""
    dialog = LedgerImportDialog(imports, kind, parent)
    dialog.setWindowFlag(Qt.WindowType.Dialog)
    screen = parent.screen().availableGeometry() if parent.screen() else None
    if screen is not None:
        dialog.resize(min(1200, screen.width() - 40), min(700, screen.height() - 40))
    else:
        dialog.resize(1000, 680)
    dialog.open()
    return dialog
