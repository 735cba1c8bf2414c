"""The setup wizard, unlocking, the main window, locking by hand and when idle."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from app.models.enums import Level
from app.services import audit
from app.ui.application import Shell
from app.ui.areas import build_main_window
from app.ui.controller import Controller
from app.ui.main_window import MainWindow
from app.ui.settings_controller import SettingsController
from app.ui.setup_wizard import SetupWizard
from app.ui.unlock_dialog import UnlockDialog
from tests.factories import PASSPHRASE
from tests.screens import save_screenshot


def test_wizard_creates_the_register(qtbot: QtBot, controller: Controller) -> None:
    wizard = SetupWizard(controller)
    qtbot.addWidget(wizard)
    wizard.show()
    save_screenshot(wizard, "setup-wizard-1")
    wizard.workstation_page.unit.setText("海淀区示例局")
    wizard.workstation_page.workstation.setText("机要室-01")
    wizard.workstation_page.level.setCurrentIndex(0)  # 秘密
    wizard.next()
    page = wizard.clerk_page
    page.display_name.setText("张保密")
    page.passphrase.setText("short")
    page.repeat.setText("short")
    wizard.next()
    assert wizard.currentPage() is page
    assert "至少 8 位" in page.error.text()
    assert not controller.register_path.exists()
    page.passphrase.setText("Abcdefg123")
    page.repeat.setText("Abcdefg123")
    wizard.next()
    assert wizard.currentPage() is wizard.enrol_page
    assert controller.is_unlocked
    assert controller.workstation.level is Level.SECRET
    assert page.passphrase.text() == ""  # not kept in the widget
    # the last page says where the work starts: people first, then the old ledgers
    steps = wizard.enrol_page.next_steps.text()
    assert "人员与单位" in steps and "导入台帐" in steps


def test_unlock_dialog_refuses_a_wrong_passphrase(qtbot: QtBot, controller: Controller
                                                  ) -> None:
    from tests.factories import new_register

    new_register(controller.register_path).register.close()
    dialog = UnlockDialog(controller)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.username.setText("clerk")
    dialog.passphrase.setText("Wrong-passphrase1")
    dialog.try_unlock()
    assert "用户名或口令错误" in dialog.error.text()
    assert "再错 2 次" in dialog.error.text()
    assert not controller.is_unlocked
    save_screenshot(dialog, "unlock-wrong-passphrase")
    dialog.passphrase.setText(PASSPHRASE)
    dialog.try_unlock()
    assert controller.is_unlocked


def test_main_window_shows_level_and_user(qtbot: QtBot, unlocked: Controller) -> None:
    window = build_main_window(unlocked)
    qtbot.addWidget(window)
    window.show()
    assert {"documents", "circulation", "approvals", "media", "reports", "audit",
            "settings"} <= set(window.area_keys())
    assert "张保密" in window.user_label.text()
    window.show_area("audit")
    save_screenshot(window, "main-window-audit")


def _shell_after_unlock(qtbot: QtBot, controller: Controller) -> Shell:
    from tests.factories import new_register

    new_register(controller.register_path).register.close()
    shell = Shell(controller)
    shell.start()
    assert shell.unlock_dialog is not None
    qtbot.addWidget(shell.unlock_dialog)
    shell.unlock_dialog.username.setText("clerk")
    shell.unlock_dialog.passphrase.setText(PASSPHRASE)
    shell.unlock_dialog.try_unlock()
    assert isinstance(shell.window, MainWindow)
    qtbot.addWidget(shell.window)
    return shell


def test_locking_closes_the_register_and_hides_everything(qtbot: QtBot,
                                                         controller: Controller) -> None:
    shell = _shell_after_unlock(qtbot, controller)
    register = controller.register
    shell.window.lock_action.trigger()  # type: ignore[union-attr]
    assert shell.window is None
    assert not register.is_open  # the key is gone, connections closed
    assert shell.unlock_dialog is not None and shell.unlock_dialog.isVisible()
    assert shell.unlock_dialog.username.text() == "clerk"
    qtbot.addWidget(shell.unlock_dialog)


def test_idle_lock(qtbot: QtBot, controller: Controller) -> None:
    shell = _shell_after_unlock(qtbot, controller)
    shell.idle.set_timeout_ms(50)  # the real delay comes from the register (<= 300 s)
    shell.idle.start()
    qtbot.waitUntil(lambda: shell.window is None, timeout=5000)
    assert not controller.is_unlocked
    assert shell.unlock_dialog is not None
    qtbot.addWidget(shell.unlock_dialog)


def test_the_idle_delay_comes_from_the_register(qtbot: QtBot, controller: Controller) -> None:
    shell = _shell_after_unlock(qtbot, controller)
    assert shell.idle._timer.interval() == 300_000
    SettingsController(controller).set_idle_lock(60)
    assert shell.idle._timer.interval() == 60_000


def test_lock_is_audited(qtbot: QtBot, controller: Controller, register_path: Path) -> None:
    shell = _shell_after_unlock(qtbot, controller)
    shell.lock()
    from app.services.register import unlock

    reg, _ = unlock(register_path, "clerk", PASSPHRASE)
    with reg.read() as s:
        actions = [line.action for line in audit.page(s)]
    reg.close()
    assert actions[:3] == ["session.unlock", "session.lock", "session.unlock"]
    if shell.unlock_dialog is not None:
        qtbot.addWidget(shell.unlock_dialog)
