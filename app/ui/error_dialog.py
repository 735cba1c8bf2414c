"""Unexpected exceptions: logged, and shown in a dialog whose text can be copied.

An exception in a slot is a bug to fix, and one bug may raise the same exception many times
in a row (a slot run on every change, say). So one dialog is shown per distinct error (its
type and traceback) at a time: while that dialog is open, the same error again is only
logged, with a count. A distinct error gets a dialog of its own, up to ``MAX_DIALOGS`` open
at once; beyond that errors are only logged. The dialogs are not modal loops: the hook
returns at once, so a burst of exceptions cannot stack nested event loops.
"""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

log = logging.getLogger(__name__)

#: Distinct errors shown at once; more are logged only.
MAX_DIALOGS = 3


class ExceptionDialog(QDialog):
    def __init__(self, details: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("程序错误"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr(
            "Mibu 遇到了一个意外错误。登记簿的每项操作都在一个事务中完成，"
            "未完成的操作不会留下半条记录。\n请把下面的内容复制给维护人员。")))
        self.text = QPlainTextEdit(details)
        self.text.setReadOnly(True)
        layout.addWidget(self.text)
        self.repeats = QLabel()
        self.repeats.hide()
        layout.addWidget(self.repeats)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = buttons.addButton(self.tr("复制"), QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(self._copy)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(640, 360)

    def _copy(self) -> None:
        QApplication.clipboard().setText(self.text.toPlainText())

    def count_repeat(self, times: int) -> None:
        self.repeats.setText(self.tr("同一错误又发生了 %n 次（已记入日志）。", "", times))
        self.repeats.show()


class ErrorHook:
    """``sys.excepthook`` of the GUI: logs every error, shows each distinct one once at a time."""

    def __init__(self) -> None:
        self.open: dict[str, ExceptionDialog] = {}  # details -> its dialog, while open
        self._repeats: dict[str, int] = {}

    def __call__(self, kind: type[BaseException], value: BaseException,
                 tb: TracebackType | None) -> None:
        # Type and traceback only: messages may carry register content.
        frames = "".join(traceback.format_tb(tb))
        details = f"{kind.__module__}.{kind.__qualname__}\n{frames}"
        if QApplication.instance() is None:  # pragma: no cover
            log.error("unexpected exception: %s", details)
            sys.__excepthook__(kind, value, tb)
            return
        dialog = self.open.get(details)
        if dialog is not None:
            times = self._repeats[details] = self._repeats.get(details, 0) + 1
            log.error("unexpected exception again (%d more while its dialog is open): %s",
                      times, details.splitlines()[0])
            dialog.count_repeat(times)
            return
        log.error("unexpected exception: %s", details)
        if len(self.open) >= MAX_DIALOGS:
            log.error("not shown: %d error dialogs are open already", len(self.open))
            return
        self.show(details)

    def show(self, details: str) -> ExceptionDialog:
        dialog = ExceptionDialog(details)
        self.open[details] = dialog
        self._repeats[details] = 0
        dialog.finished.connect(lambda _result: self._closed(details))
        dialog.show()
        dialog.raise_()
        return dialog

    def _closed(self, details: str) -> None:
        self.open.pop(details, None)
        self._repeats.pop(details, None)


def install_excepthook() -> ErrorHook:
    hook = ErrorHook()
    sys.excepthook = hook
    return hook
