"""Unlock the register: username, passphrase and, on a 绝密 workstation, the one-time code."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.errors import MibuError
from app.ui.controller import Controller
from app.ui.widgets import inline_error_style


class UnlockDialog(QDialog):
    def __init__(self, controller: Controller, parent: QWidget | None = None,
                 username: str = "") -> None:
        super().__init__(parent)
        self._controller = controller
        self.setWindowTitle(self.tr("密簿 — 解锁登记簿"))
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("登记簿已加密锁定。请输入账户和口令。"))
        heading.setWordWrap(True)
        layout.addWidget(heading)
        path = QLabel(str(controller.register_path))
        path.setStyleSheet("color: #5f6b73;")
        path.setWordWrap(True)
        layout.addWidget(path)
        form = QFormLayout()
        self.username = QLineEdit(username)
        self.username.setMaxLength(32)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setMaxLength(256)
        form.addRow(self.tr("用户名"), self.username)
        form.addRow(self.tr("口令"), self.passphrase)
        self.otp: QLineEdit | None = None
        if controller.asks_one_time_code():
            self.otp = QLineEdit()
            self.otp.setMaxLength(6)
            self.otp.setInputMask("999999")
            form.addRow(self.tr("动态口令"), self.otp)
        layout.addLayout(form)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(inline_error_style())
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("解锁"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("退出"))
        buttons.accepted.connect(self.try_unlock)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        (self.passphrase if username else self.username).setFocus()
        self.setMinimumWidth(440)

    def try_unlock(self) -> None:
        self.error.clear()
        try:
            self._controller.unlock(
                self.username.text(), self.passphrase.text(),
                self.otp.text() if self.otp is not None else None,
            )
        except MibuError as exc:
            self.error.setText(exc.message)
            self.passphrase.clear()
            self.passphrase.setFocus()
            return
        finally:
            if self.otp is not None:
                self.otp.clear()
        self.passphrase.clear()
        self.accept()
