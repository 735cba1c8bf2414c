"""An approver (主管领导) confirms an action at this terminal with their own passphrase,
while the clerk stays logged in. No second session is opened."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.errors import MibuError
from app.services.register import Actor
from app.ui.controller import Controller
from app.ui.credentials import Labels, add_credentials
from app.ui.rule_words import message_of

#: Checks (username, passphrase, one-time code) and does what is approved; raises MibuError.
ConfirmFn = Callable[[str, str, "str | None"], object]


class ApproverConfirmDialog(QDialog):
    """Shows what is to be approved; on success ``approver`` is the confirming account (with
    the default check) and ``confirmed`` whatever ``confirm`` returned.

    ``confirm`` does the approving with the typed credentials (the default only checks them),
    so a service that wants the approver's passphrase itself gets it and its refusal shows here.
    """

    def __init__(self, controller: Controller, what: str, parent: QWidget | None = None,
                 confirm: ConfirmFn | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._confirm: ConfirmFn = confirm or controller.confirm_by_passphrase
        self.approver: Actor | None = None
        self.confirmed: object = None
        self.setWindowTitle(self.tr("领导确认"))
        layout = QVBoxLayout(self)
        summary = QLabel(what)
        summary.setWordWrap(True)
        summary.setStyleSheet("font-weight: bold;")
        layout.addWidget(summary)
        layout.addWidget(QLabel(self.tr("请审批人本人输入账户和口令：")))
        fields = add_credentials(self, layout, Labels(
            self.tr("审批人用户名"), self.tr("口令"), self.tr("动态口令"), self.tr("确认批准"),
            self.tr("取消")), asks_one_time_code=controller.asks_one_time_code(),
            on_ok=self.confirm)
        self.username, self.passphrase = fields.username, fields.passphrase
        self.otp, self.error = fields.otp, fields.error
        self.setMinimumWidth(420)

    def confirm(self) -> None:
        self.error.clear()
        try:
            self.confirmed = self._confirm(
                self.username.text(), self.passphrase.text(),
                self.otp.text() if self.otp is not None else None)
        except MibuError as exc:
            self.error.setText(message_of(exc))
            return
        finally:
            self.passphrase.clear()
        if isinstance(self.confirmed, Actor):
            self.approver = self.confirmed
        self.accept()
