"""Preview a PDF in memory (QtPdf) and print it to a local printer, or save it to a medium.

The PDF bytes never touch the local disk here: QPdfDocument reads them from a QBuffer, and
the printer receives them on ``lp``'s standard input. The caller decides what a print means
(checking the spooler, recording it in the audit trail, 打印审计) through ``on_print``, and
what saving to a folder means (only onto a registered medium) through ``on_save``. When the
job's outcome arrives (followed in the background), the caller hands it to
:meth:`PrintPreview.show_result`.
"""

from __future__ import annotations

import functools
import getpass
import os
from collections.abc import Callable
from pathlib import Path
from typing import cast

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.errors import MibuError
from app.ui.rule_words import message_of
from app.ui.widgets import inline_error_style

#: on_print(printer, copies) sends the job and records it; raises MibuError to refuse.
PrintCallback = Callable[[str, int], str]
# on_save(directory) writes the PDF there and records it; returns where it went, raises
# MibuError to refuse (not a registered medium, ...).
SaveCallback = Callable[[Path], str]


def media_folder() -> str:
    """Where removable media are mounted for this user (udisks), to start the folder chooser."""
    user = getpass.getuser()
    for candidate in (f"/run/media/{user}", f"/media/{user}", "/media"):
        if os.path.isdir(candidate):
            return candidate
    return str(Path.home())


class _DocumentPool:
    """QPdfDocument objects kept for the next preview. PDFium keeps about 0.2 MB for every
    QPdfDocument that a QPdfView has shown, even once it is deleted: a clerk who previews a
    few hundred forms between restarts would lose tens of MB. A document that is closed and
    loaded again keeps nothing (measured: tests/soak/ui_soak.py). A preview takes one and
    gives it back, closed, once its view is gone; the pool grows only to the number of
    previews open at once. The documents belong to the application object."""

    def __init__(self) -> None:
        self._free: list[QPdfDocument] = []

    def take(self) -> QPdfDocument:
        if self._free:
            return self._free.pop()
        # a preview is a widget, so the application exists: the documents go with it
        return QPdfDocument(cast(QApplication, QApplication.instance()))

    def give_back(self, document: QPdfDocument, buffer: QBuffer, *_destroyed: object) -> None:
        """For the preview's ``destroyed``: its view has let go of the document by then.
        The PDF's bytes go with the buffer."""
        document.close()
        buffer.close()
        buffer.deleteLater()
        self._free.append(document)


_documents = _DocumentPool()


class PrintPreview(QDialog):
    def __init__(self, pdf: bytes, title: str, printers: list[str], on_print: PrintCallback,
                 parent: QWidget | None = None, *, on_save: SaveCallback | None = None,
                 serial: str = "") -> None:
        super().__init__(parent)
        self.serial = serial
        # Deleted when closed, with its document, buffer and the PDF's bytes: a preview kept
        # until the window goes would hold them (and QtPdf's thread) for the whole session.
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(title)
        self._on_print = on_print
        self._on_save = on_save
        self.document = _documents.take()
        # the bytes in a buffer of the document's (the view and the document read them until
        # this dialog is gone; then both go back, closed, see _DocumentPool)
        buffer = QBuffer(self.document)
        buffer.setData(QByteArray(pdf))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(buffer)
        self.destroyed.connect(functools.partial(_documents.give_back, self.document, buffer))
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
        self.save_button = QPushButton(self.tr("保存到介质…"))
        self.save_button.setToolTip(self.tr("只能保存到本机已登记、在用、与本机同密级的涉密介质"))
        self.save_button.clicked.connect(self.save_now)
        self.save_button.setVisible(on_save is not None)
        bar.addWidget(self.save_button)
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
            self.status.setText(message_of(exc))
            return
        self.status.setStyleSheet("")
        self.status.setText(self.tr("已提交打印任务 {job}，等待打印结果…").format(job=job))

    def show_result(self, serial: str, text: str) -> None:
        """The outcome of this print's job (已打印, or the failure), when it arrives."""
        if serial != self.serial:
            return
        self.status.setStyleSheet("" if text.startswith("已打印") else inline_error_style())
        self.status.setText(self.tr("打印结果：{result}").format(result=text))

    def choose_directory(self) -> str:
        """The folder to save into ("" if cancelled); tests replace this."""
        return QFileDialog.getExistingDirectory(
            self, self.tr("选择涉密介质上的文件夹"), media_folder(),
            QFileDialog.Option.ShowDirsOnly)

    def save_now(self) -> None:
        if self._on_save is None:
            return
        directory = self.choose_directory()
        if not directory:
            return
        try:
            where = self._on_save(Path(directory))
        except MibuError as exc:
            self.status.setStyleSheet(inline_error_style())
            self.status.setText(message_of(exc))
            return
        self.status.setStyleSheet("")
        self.status.setText(self.tr("已保存到介质 {where}").format(where=where))

