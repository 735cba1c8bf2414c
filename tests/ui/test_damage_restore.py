"""The GUI side of issue 11 findings 3 and 4: the read-only banner when the page check finds
damage after unlocking, and 设置 → 从备份恢复 run off the GUI thread with progress."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from app.services import audit
from app.services.backup import backup
from app.services.register import unlock
from app.ui.areas import build_main_window
from app.ui.controller import Controller
from app.ui.settings_view import SettingsView
from tests.factories import PASSPHRASE, new_register
from tests.unit.test_damage import root_page, zero

SHOTS = Path("/tmp/damage-shots")


def shoot(widget: QWidget, name: str) -> None:
    SHOTS.mkdir(exist_ok=True)
    for w, h in ((1366, 768), (1024, 768)):
        widget.resize(w, h)
        assert widget.grab().save(str(SHOTS / f"{name}-{w}.png"))


def test_damage_found_after_unlocking_shows_the_banner_and_refuses_writes(
        controller: Controller, qtbot: QtBot) -> None:
    reg = new_register(controller.register_path).register
    page = root_page(reg, "medium")
    reg.close()
    zero(controller.register_path, page)
    controller.unlock("clerk", PASSPHRASE)  # the pages unlocking reads are sound
    window = build_main_window(controller)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.damage_banner.isVisible())
    assert f"第 {page} 页已损坏" in window.damage_banner.text.text()
    assert controller.damage is not None
    shoot(window, "damage-banner")
    settings = SettingsView(controller)
    qtbot.addWidget(settings)
    settings.idle.setValue(120)
    settings.save_idle()
    assert "只读" in settings.message.text()
    with qtbot.waitSignal(controller.locked):
        controller.lock()  # locks although the session entry cannot be written


def test_restore_from_settings(controller: Controller, qtbot: QtBot, tmp_path: Path) -> None:
    created = new_register(controller.register_path)
    reg, clerk = created.register, created.clerk
    medium = tmp_path / "medium"
    medium.mkdir()
    info = backup(reg, clerk, medium)
    with reg.write() as s:
        audit.record(s, clerk.username, "test.after_backup", "test", 1)
    reg.close()
    controller.unlock("clerk", PASSPHRASE)
    view = SettingsView(controller)
    qtbot.addWidget(view)
    dialog = view.open_restore()
    dialog.backup.setText(str(info.path))
    dialog.passphrase.setText(PASSPHRASE)
    shoot(dialog, "restore-dialog")
    dialog.start_button.click()
    assert dialog.passphrase.text() == ""
    qtbot.waitUntil(lambda: not dialog.is_running() and dialog.cancel_button.isEnabled(),
                    timeout=60_000)
    assert "已从备份恢复" in dialog.message.text(), dialog.message.text()
    shoot(dialog, "restore-done")
    with qtbot.waitSignal(controller.locked):
        dialog.cancel_button.click()
    restored, _ = unlock(controller.register_path, "clerk", PASSPHRASE, read_only=True)
    with restored.read() as s:
        assert audit.count(s, audit.AuditFilter(action_prefix="test.after_backup")) == 0
        assert audit.count(s, audit.AuditFilter(action_prefix="register.restore")) == 1
    restored.close()
    assert any("before-restore" in p.name for p in controller.register_path.parent.iterdir())


def test_a_refused_restore_leaves_the_register_and_says_so(controller: Controller,
                                                           qtbot: QtBot,
                                                           tmp_path: Path) -> None:
    new_register(controller.register_path).register.close()
    before = controller.register_path.read_bytes()
    controller.unlock("clerk", PASSPHRASE)
    view = SettingsView(controller)
    qtbot.addWidget(view)
    dialog = view.open_restore()
    dialog.start_button.click()
    assert "请先选择备份文件" in dialog.message.text()
    dialog.backup.setText(str(tmp_path / "missing.mibu"))
    dialog.passphrase.setText(PASSPHRASE)
    dialog.start_button.click()
    qtbot.waitUntil(lambda: not dialog.is_running() and dialog.cancel_button.isEnabled(),
                    timeout=60_000)
    assert "未恢复" in dialog.message.text() and "找不到备份文件" in dialog.message.text()
    shoot(dialog, "restore-refused")
    with qtbot.waitSignal(controller.locked):
        dialog.cancel_button.click()
    assert controller.register_path.read_bytes()[:4096] == before[:4096]


def test_the_unlock_dialog_names_a_damaged_page(controller: Controller, qtbot: QtBot) -> None:
    from app.ui.unlock_dialog import UnlockDialog

    reg = new_register(controller.register_path).register
    page = root_page(reg, "account")
    reg.close()
    zero(controller.register_path, page)
    dialog = UnlockDialog(controller)
    qtbot.addWidget(dialog)
    dialog.username.setText("clerk")
    dialog.passphrase.setText(PASSPHRASE)
    dialog.try_unlock()
    assert f"第 {page} 页已损坏" in dialog.error.text()
    assert "从备份恢复" in dialog.error.text() and "只读" not in dialog.error.text()
    assert not controller.is_unlocked
    dialog.resize(640, 300)
    assert dialog.grab().save(str(SHOTS / "unlock-damaged.png"))


def test_verify_from_settings_writes_nothing(unlocked: Controller, qtbot: QtBot) -> None:
    view = SettingsView(unlocked)
    qtbot.addWidget(view)
    with unlocked.register.read() as s:
        entries = audit.count(s, audit.AuditFilter())
    view.start_verify()
    qtbot.waitUntil(lambda: not view.is_verifying(), timeout=60_000)
    assert "校验通过" in view.message.text() and "审计链校验：通过" in view.message.text()
    with unlocked.register.read() as s:
        assert audit.count(s, audit.AuditFilter()) == entries
    shoot(view, "settings-verified")
