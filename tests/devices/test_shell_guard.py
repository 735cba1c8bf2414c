"""The whole chain in the running application: the shell's guard refuses a stick, the clerk
registers it from the notice and it is allowed at once; while the screen is locked the guard
keeps enforcing (storage refused, the keyboard allowed) and audits on the next unlock."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from app.devices.policy import Reason, Verdict
from app.models.enums import Level
from app.services import audit
from app.ui.application import Shell, usb_guard
from app.ui.controller import Controller
from app.ui.device_notice import DeviceNotice
from app.ui.media_area import MediaArea
from app.ui.media_view import MediumForm
from tests.devices.conftest import Bed
from tests.factories import PASSPHRASE, media_holders, new_register
from tests.screens import save_screenshot

pytestmark = pytest.mark.umockdev


def _unlock(qtbot: QtBot, shell: Shell) -> None:
    dialog = shell.unlock_dialog
    assert dialog is not None
    qtbot.addWidget(dialog)
    dialog.username.setText("clerk")
    dialog.passphrase.setText(PASSPHRASE)
    dialog.try_unlock()
    assert shell.window is not None  # the shell deletes it on lock: not handed to qtbot


def test_refuse_register_allow_and_enforce_while_locked(qtbot: QtBot, bed: Bed,
                                                        controller: Controller) -> None:
    created = new_register(controller.register_path, level=Level.CONFIDENTIAL)
    media_holders(created.register, created.clerk, ("王晓东",))  # the 责任人 typed below
    created.register.close()
    shell = Shell(controller, guard_factory=usb_guard)
    shell.start()
    _unlock(qtbot, shell)
    assert shell.usb is not None
    window = shell.window
    assert window is not None

    with qtbot.waitSignal(shell.usb.decided, timeout=30_000) as sig:
        stick = bed.plug("stick")
    assert (sig.args[0].verdict, sig.args[0].reason) == (Verdict.REFUSE, Reason.UNREGISTERED)
    assert bed.authorized(stick) == "0"
    notices = [window.notices.itemAt(i).widget() for i in range(window.notice_count())]
    notice = next(n for n in notices if isinstance(n, DeviceNotice))
    assert notice.isVisible()
    assert "未在移动存储介质台帐中登记" in notice.message.text()
    window.resize(1180, 760)
    save_screenshot(window, "main-window-device-refused")

    notice.register_button.click()  # check-in at the terminal
    area = window.area("media")
    assert isinstance(area, MediaArea)
    form = next(w for w in area.findChildren(MediumForm))
    assert form.serial.text() and form.serial.isReadOnly()
    form.number.setText("JM-U-2026-009")
    form.level.setCurrentIndex(form.level.findData(Level.CONFIDENTIAL))
    form.holder.setText("王晓东")
    form.try_submit()
    assert form.error.text() == ""
    assert bed.authorized(stick) == "1"  # allowed at once

    shell.lock()
    assert not controller.is_unlocked
    with qtbot.waitSignal(shell.usb.decided, timeout=30_000) as sig:
        other = bed.plug("stick-noserial")
    assert sig.args[0].verdict is Verdict.REFUSE
    assert bed.authorized(other) == "0"
    with qtbot.waitSignal(shell.usb.decided, timeout=30_000) as sig:
        keyboard = bed.plug("keyboard")
    assert sig.args[0].verdict is Verdict.ALLOW  # nobody is locked out of their keyboard
    assert bed.authorized(keyboard) == "1"

    _unlock(qtbot, shell)
    with controller.register.read() as s:
        refused = audit.count(s, audit.AuditFilter(action_prefix="device.refuse"))
        allowed = audit.count(s, audit.AuditFilter(action_prefix="device.allow"))
    assert refused >= 2  # the stick before check-in, and the one plugged while locked
    assert allowed >= 2  # the stick after check-in, and the keyboard
    shell.lock()
    if shell.unlock_dialog is not None:
        qtbot.addWidget(shell.unlock_dialog)
    shell.usb.stop()
