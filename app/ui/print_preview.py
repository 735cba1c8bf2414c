"""Preview a PDF in memory (QtPdf) and print it to a local printer.

The PDF bytes never touch the disk here: QPdfDocument reads them from a QBuffer, and the
printer receives them on ``lp``'s standard input. The caller decides what a print means
(recording it in the audit trail, 打印审计) through ``on_print``.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.errors import MibuError
from app.ui.widgets import inline_error_style

#: on_print(printer, copies) sends the job and records it; raises MibuError to refuse.
PrintCallback = Callable[[str, int], str]


class PrintPreview(QDialog):
    def __init__(self, pdf: bytes, title: str, printers: list[str], on_print: PrintCallback,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._on_print = on_print
        self._bytes = QByteArray(pdf)
        self._buffer = QBuffer(self._bytes, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.printer = QComboBox()
        self.printer.addItems(printers)
        self.copies = QSpinBox()
        self.copies.setRange(1, 99)
        self.copies.setPrefix(self.tr("份数 "))
        self.print_button = QPushButton(self.tr("打印"))
        self.print_button.setEnabled(bool(printers))
        self.print_button.clicked.connect(self.print_now)
        bar.addWidget(QLabel(self.tr("打印机")))
        bar.addWidget(self.printer, 1)
        bar.addWidget(self.copies)
        bar.addWidget(self.print_button)
        layout.addLayout(bar)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        layout.addWidget(self.view, 1)
        self.status = QLabel(self.tr("未找到打印机") if not printers else "")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.resize(820, 900)

    @property
    def page_count(self) -> int:
        return self.document.pageCount()

    def print_now(self) -> None:
        try:
            job = self._on_print(self.printer.currentText(), self.copies.value())
        except MibuError as exc:
            self.status.setStyleSheet(inline_error_style())
            self.status.setText(exc.message)
            return
        self.status.setStyleSheet("")
        self.status.setText(self.tr("已提交打印任务 {job}").format(job=job))

    def done(self, result: int) -> None:
        self.document.close()
        self._buffer.close()
        self._bytes.clear()
        super().done(result)
