"""The refusal notice: the device and the reason in Chinese; check-in offered when it helps."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from app.devices.guard import GuardEvent
from app.devices.policy import REASON_LABELS, Decision, Reason, Verdict
from app.ui.device_notice import DeviceNotice, describe
from tests.screens import save_screenshot


def event(reason: Reason, message: str, verdict: Verdict = Verdict.REFUSE,
          serial: str | None = "4C530001230101117099") -> GuardEvent:
    return GuardEvent(
        sys_name="1-3", sys_path="/sys/devices/x/usb1/1-3", vendor_id=0x0781,
        product_id=0x5581, serial=serial, descriptor_hash="ab" * 32,
        interfaces=((8, 6, 0x50),), manufacturer="SanDisk", product="Ultra",
        decision=Decision(verdict, reason, message), authorized=0, written=True,
        decided_at="2024-05-01T08:00:00+00:00", is_storage=True)


def test_unregistered_stick_notice(qtbot: QtBot, cjk_font: str) -> None:
    e = event(Reason.UNREGISTERED,
              "存储设备（序列号 4C530001230101117099）未在移动存储介质台帐中登记，禁止使用")
    notice = DeviceNotice(e)
    qtbot.addWidget(notice)
    notice.show()
    qtbot.waitExposed(notice)
    assert notice.title.text() == "已禁止 USB 设备"
    assert notice.reason.text() == "原因：未登记"
    assert "未在移动存储介质台帐中登记" in notice.message.text()
    assert notice.device.text() == "SanDisk Ultra（0781:5581，序列号 4C530001230101117099）"
    assert notice.register_button.isVisible()
    save_screenshot(notice, "device-refused")
    with qtbot.waitSignal(notice.register_requested) as sig:
        notice.register_button.click()
    assert sig.args == [e]
    with qtbot.waitSignal(notice.dismissed):
        notice.close_button.click()
    assert not notice.isVisible()


def test_level_refusal_offers_no_check_in(qtbot: QtBot, cjk_font: str) -> None:
    notice = DeviceNotice(event(Reason.LEVEL_LOWER,
                                "介质 MM-U-2022-004 的密级（秘密）低于本机密级（机密），禁止使用"))
    qtbot.addWidget(notice)
    notice.show()
    assert notice.reason.text() == "原因：" + REASON_LABELS[Reason.LEVEL_LOWER]
    assert not notice.register_button.isVisible()
    save_screenshot(notice, "device-refused-level")


def test_describe_hides_unprintable_serials() -> None:
    assert describe(event(Reason.NO_SERIAL, "x", serial="\x00\x01")).endswith("，无序列号）")
    assert describe(event(Reason.NO_SERIAL, "x", serial=None)).endswith("，无序列号）")


def test_locked_keyboard_offers_confirmation(qtbot: QtBot, cjk_font: str) -> None:
    import os
    from pathlib import Path

    from app.devices.policy import INPUT_LOCKED_MESSAGE

    e = event(Reason.INPUT_LOCKED, INPUT_LOCKED_MESSAGE, serial=None)
    notice = DeviceNotice(e)
    qtbot.addWidget(notice)
    notice.show()
    qtbot.waitExposed(notice)
    assert notice.reason.text() == "原因：输入设备已锁定"
    assert notice.confirm_button.isVisible() and not notice.register_button.isVisible()
    shots = os.environ.get("MIBU_SHOTS")
    if shots:
        notice.grab().save(str(Path(shots) / "device-input-locked.png"))
    with qtbot.waitSignal(notice.confirm_input_requested) as sig:
        notice.confirm_button.click()
    assert sig.args == [e]


def test_other_refusals_offer_no_input_confirmation(qtbot: QtBot, cjk_font: str) -> None:
    notice = DeviceNotice(event(Reason.UNREGISTERED, "未登记"))
    qtbot.addWidget(notice)
    assert notice.confirm_button.isHidden()
