"""Unlock the register: username, passphrase and, on a 绝密 workstation, the one-time code."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.errors import MibuError
from app.ui.controller import Controller
from app.ui.credentials import Labels, add_credentials
from app.ui.rule_words import message_of


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
        fields = add_credentials(self, layout, Labels(
            self.tr("用户名"), self.tr("口令"), self.tr("动态口令"), self.tr("解锁"),
            self.tr("退出")), asks_one_time_code=controller.asks_one_time_code(),
            on_ok=self.try_unlock, username=username)
        self.username, self.passphrase = fields.username, fields.passphrase
        self.otp, self.error = fields.otp, fields.error
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
            self.error.setText(message_of(exc))
            self.passphrase.clear()
            self.passphrase.setFocus()
            return
        finally:
            if self.otp is not None:
                self.otp.clear()
        self.passphrase.clear()
        self.accept()
