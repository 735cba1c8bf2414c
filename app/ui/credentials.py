"""The rows every credentials dialog has (unlock, an approver's confirmation): user name,
passphrase, the one-time code on a 绝密 workstation, an inline error line and OK/Cancel.

Labels come translated from the dialog that uses them, so each keeps its own wording.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout

from app.ui.widgets import inline_error_style

USERNAME_MAX = 32
PASSPHRASE_MAX = 256


@dataclass(frozen=True)
class Labels:
    username: str
    passphrase: str
    one_time_code: str
    ok: str
    cancel: str


@dataclass
class Credentials:
    username: QLineEdit
    passphrase: QLineEdit
    otp: QLineEdit | None
    error: QLabel

    def one_time_code(self) -> str | None:
        return self.otp.text() if self.otp is not None else None


def add_credentials(dialog: QDialog, layout: QVBoxLayout, labels: Labels, *,
                    asks_one_time_code: bool, on_ok: Callable[[], None],
                    username: str = "") -> Credentials:
    form = QFormLayout()
    user = QLineEdit(username)
    user.setMaxLength(USERNAME_MAX)
    passphrase = QLineEdit()
    passphrase.setEchoMode(QLineEdit.EchoMode.Password)
    passphrase.setMaxLength(PASSPHRASE_MAX)
    form.addRow(labels.username, user)
    form.addRow(labels.passphrase, passphrase)
    otp: QLineEdit | None = None
    if asks_one_time_code:
        otp = QLineEdit()
        otp.setMaxLength(6)
        otp.setInputMask("999999")
        form.addRow(labels.one_time_code, otp)
    layout.addLayout(form)
    error = QLabel()
    error.setWordWrap(True)
    error.setStyleSheet(inline_error_style())
    layout.addWidget(error)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                               | QDialogButtonBox.StandardButton.Cancel)
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(labels.ok)
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(labels.cancel)
    buttons.accepted.connect(on_ok)
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)
    return Credentials(user, passphrase, otp, error)
