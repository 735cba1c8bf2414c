"""End to end in the GUI's event loop: a stick plugged into the testbed is refused through
the Qt socket notifier, and the notice shows the reason in Chinese."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from app.devices.policy import Reason, Verdict
from app.services import device_guard
from app.services.register import Register
from app.ui.device_notice import DeviceNotice
from app.ui.usb_notifier import UsbGuardNotifier
from tests.devices.conftest import Bed
from tests.screens import save_screenshot

pytestmark = pytest.mark.umockdev


def test_plugged_stick_is_refused_and_the_clerk_is_told(
        qtbot: QtBot, bed: Bed, register: Register, cjk_font: str) -> None:
    notifier = UsbGuardNotifier(device_guard.build_guard(register))
    shown: list[DeviceNotice] = []
    notifier.decided.connect(lambda e: shown.append(DeviceNotice(e)))
    with qtbot.waitSignal(notifier.decided, timeout=30_000) as sig:
        sys_path = bed.plug("stick")
    event = sig.args[0]
    assert (event.verdict, event.reason) == (Verdict.REFUSE, Reason.UNREGISTERED)
    assert bed.authorized(sys_path) == "0"
    (notice,) = shown
    qtbot.addWidget(notice)
    notice.show()
    assert notice.title.text() == "已禁止 USB 设备"
    assert notice.reason.text() == "原因：未登记"
    assert notice.register_button.isVisible()
    save_screenshot(notice, "device-refused-hotplug")
    with qtbot.waitSignal(notifier.removed, timeout=30_000):
        bed.unplug(sys_path)
    notifier.stop()
