from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from app.models.enums import Role
from app.ui.audit_view import PAGE, AuditView
from app.ui.controller import Controller
from app.ui.settings_controller import SettingsController
from app.ui.settings_view import NewAccountDialog, SettingsView
from tests.factories import PASSPHRASE
from tests.screens import save_screenshot


def test_audit_view_filters(qtbot: QtBot, unlocked: Controller) -> None:
    view = AuditView(unlocked)
    qtbot.addWidget(view)
    view.resize(1000, 500)
    assert view.model.total >= 3
    view.category.setCurrentIndex(view.category.findData("账户"))  # refreshes by itself
    assert view.model.total == 2
    labels = {view.model.data(view.model.index(r, 2)) for r in range(view.model.rowCount())}
    assert labels == {"新增账户", "解锁登录"}
    view.text.setText("新增账户")  # the Chinese name finds it, no English prefix needed
    view.refresh()
    assert view.model.total == 1
    view.person.setText("nobody")
    view.refresh()
    assert view.model.total == 0
    assert "共 0 条" in view.count.text()


def test_audit_view_fetches_lazily(qtbot: QtBot, unlocked: Controller) -> None:
    from app.services import audit

    with unlocked.register.write() as s:
        for _ in range(450):
            audit.record(s, "clerk", "session.unlock", "account", 1)
    view = AuditView(unlocked)
    qtbot.addWidget(view)
    assert view.model.total >= 450
    assert view.model.rowCount() == PAGE
    view.model.fetchMore(view.model.index(-1, -1))
    assert view.model.rowCount() == 2 * PAGE


def test_add_account_from_settings(qtbot: QtBot, unlocked: Controller) -> None:
    view = SettingsView(unlocked)
    qtbot.addWidget(view)
    dialog = NewAccountDialog(SettingsController(unlocked), view)
    qtbot.addWidget(dialog)
    dialog.display_name.setText("李主任")
    dialog.username.setText("leader")
    dialog.role.setCurrentIndex(dialog.role.findData(Role.APPROVER.value))
    dialog.passphrase.setText("short")
    dialog.repeat.setText("short")
    dialog.create_account()
    assert "至少 10 位" in dialog.error.text()
    dialog.passphrase.setText(PASSPHRASE)
    dialog.repeat.setText(PASSPHRASE)
    dialog.create_account()
    assert dialog.created is not None
    assert view.table.rowCount() == 2
    view.resize(1000, 700)
    save_screenshot(view, "settings")


def test_idle_setting_refuses_more_than_five_minutes(qtbot: QtBot, unlocked: Controller
                                                     ) -> None:
    view = SettingsView(unlocked)
    qtbot.addWidget(view)
    assert view.idle.maximum() == 300
    view.idle.setValue(120)
    view.save_idle()
    assert unlocked.workstation.idle_lock_seconds == 120


def test_backup_from_settings(qtbot: QtBot, unlocked: Controller, tmp_path: object) -> None:
    from pathlib import Path

    dest = Path(str(tmp_path)) / "medium"
    view = SettingsView(unlocked)
    qtbot.addWidget(view)
    view.backup_to(dest)
    assert "不存在" in view.message.text()
    dest.mkdir()
    view.backup_to(dest)
    assert "已备份到" in view.message.text()
    assert len(list(dest.glob("*.mibu"))) == 1


def test_label_stock_is_a_setting_used_by_the_label_sheet(qtbot: QtBot,
                                                          unlocked: Controller) -> None:
    from app.errors import ValidationError
    from app.services import print_settings

    view = SettingsView(unlocked)
    qtbot.addWidget(view)
    assert view.label_stock.currentData() == "3x8"
    view.label_stock.setCurrentIndex(view.label_stock.findData("2x7"))
    view.save_label_stock()
    assert "已保存" in view.message.text()
    assert print_settings.label_stock(unlocked.register) == "2x7"
    with unlocked.register.read() as s:
        assert print_settings.label_stock_s(s).per_sheet == 14
    with pytest.raises(ValidationError, match="未知的标签纸规格"):
        print_settings.set_label_stock(unlocked.register, unlocked.actor, "4x10")
    assert print_settings.label_stock(unlocked.register) == "2x7"
