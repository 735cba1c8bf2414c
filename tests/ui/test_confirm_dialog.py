from __future__ import annotations

from pytestqt.qtbot import QtBot

from app.models.enums import Role
from app.ui.confirm_dialog import ApproverConfirmDialog
from app.ui.controller import Controller
from tests.factories import PASSPHRASE, add_account
from tests.screens import save_screenshot


def test_approver_confirms_while_the_clerk_stays_logged_in(qtbot: QtBot,
                                                           unlocked: Controller) -> None:
    add_account(unlocked.register, unlocked.actor, "leader", Role.APPROVER, "李主任")
    dialog = ApproverConfirmDialog(unlocked, "借阅：京海发〔2016〕12号 第 3 份，至 2026-11-30")
    qtbot.addWidget(dialog)
    dialog.username.setText("clerk")  # the clerk cannot approve
    dialog.passphrase.setText(PASSPHRASE)
    dialog.confirm()
    assert dialog.approver is None
    assert "不是主管领导" in dialog.error.text()
    save_screenshot(dialog, "approver-confirm-refused")
    dialog.username.setText("leader")
    dialog.passphrase.setText(PASSPHRASE)
    dialog.confirm()
    assert dialog.approver is not None and dialog.approver.display_name == "李主任"
    assert unlocked.actor.username == "clerk"  # still the clerk's session
