"""Unexpected exceptions: logged, and shown in a dialog whose text can be copied."""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

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


class ExceptionDialog(QDialog):
    def __init__(self, details: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("程序错误"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr(
            "Mibu 遇到了一个意外错误。登记簿的每项操作都在一个事务中完成，"
            "未完成的操作不会留下半条记录。\n请把下面的内容复制给维护人员。")))
        self.text = QPlainTextEdit(details)
        self.text.setReadOnly(True)
        layout.addWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = buttons.addButton(self.tr("复制"), QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(self._copy)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(640, 360)

    def _copy(self) -> None:
        QApplication.clipboard().setText(self.text.toPlainText())


def install_excepthook() -> None:
    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        # Type and traceback only: messages may carry register content.
        frames = "".join(traceback.format_tb(tb))
        details = f"{kind.__module__}.{kind.__qualname__}\n{frames}"
        log.error("unexpected exception: %s", details)
        if QApplication.instance() is not None:
            ExceptionDialog(details).exec()
        else:  # pragma: no cover
            sys.__excepthook__(kind, value, tb)

    sys.excepthook = hook
