"""The audit screen shows the trail's latest signed checkpoint (issue 11, finding 2)."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from app.models.enums import Role
from app.ui.audit_view import AuditView
from app.ui.controller import Controller
from tests import factories

SHOTS = Path("/tmp/trail-shots")


def test_the_auditors_window_unlock_signs_and_the_screen_shows_it(
        qtbot: QtBot, controller: Controller, cjk_font: str) -> None:
    created = factories.new_register(controller.register_path)
    factories.add_account(created.register, created.clerk, "auditor", Role.AUDITOR, "王审计")
    created.register.close()
    controller.unlock("auditor", factories.PASSPHRASE)  # the window's unlock signs too
    view = AuditView(controller)
    qtbot.addWidget(view)
    text = view.anchor.text()
    assert text.startswith("最新检查点：第 1 号") and "auditor 签署" in text
    assert "检查点码 " in text
    SHOTS.mkdir(exist_ok=True)
    for width in (1366, 1024):
        view.resize(width, 768)
        assert view.grab().save(str(SHOTS / f"audit-anchor-{width}.png"))


def test_without_a_checkpoint_the_screen_says_so(qtbot: QtBot, unlocked: Controller) -> None:
    view = AuditView(unlocked)
    qtbot.addWidget(view)
    assert view.anchor.text().startswith("尚无签名检查点")
