"""The media ledger screen and the registration form (prefilled from a refused device)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.devices.guard import GuardEvent
from app.devices.policy import Decision, Reason, Verdict
from app.models.enums import Level
from app.services import device_guard, media
from app.services.register import Actor, Register
from app.ui.media_controller import Ledger, MediaFilter
from app.ui.media_view import MediaLedgerView
from tests.factories import demo_media
from tests.screens import save_screenshot

pytestmark = pytest.mark.usefixtures("holders")  # 责任人 are registered people


def _fill(register: Register, clerk: Actor) -> None:
    demo_media(register, clerk)
    media.report_lost(register, clerk, "MM-U-2022-004", "会议室遗失")


def _view(register: Register, clerk: Actor) -> MediaLedgerView:
    def load(f: MediaFilter) -> Ledger:
        everything = media.list_media(register)
        rows = tuple(m for m in everything if f.matches(m, frozenset()))
        return Ledger(rows, len(everything), frozenset())

    return MediaLedgerView(load, lambda form: media.register_medium(register, clerk, form))


def test_ledger_table(qtbot: QtBot, register: Register, clerk: Actor, cjk_font: str) -> None:
    _fill(register, clerk)
    view = _view(register, clerk)
    qtbot.addWidget(view)
    view.resize(1100, 340)
    view.show()
    qtbot.waitExposed(view)
    model = view.model
    assert model.rowCount() == 6
    texts = [model.data(model.index(r, 0)) for r in range(model.rowCount())]
    assert "JM-U-2024-001" in texts
    row = texts.index("JM-H-2023-001")
    assert model.data(model.index(row, 8)) == "外出"
    assert model.headerData(5, Qt.Orientation.Horizontal) == "序列号"
    assert "共 6 件" in view.count.text()
    save_screenshot(view, "media-ledger")


def _refused_event() -> GuardEvent:
    return GuardEvent(
        sys_name="1-3", sys_path="/sys/devices/x/usb1/1-3", vendor_id=0x0781,
        product_id=0x5581, serial="4C530001230101117099", descriptor_hash="ab" * 32,
        interfaces=((8, 6, 0x50),), manufacturer="SanDisk", product="Ultra",
        decision=Decision(Verdict.REFUSE, Reason.UNREGISTERED, "存储设备未在台帐中登记，禁止使用"),
        authorized=0, written=True, decided_at="2024-05-01T08:00:00+00:00", is_storage=True)


def test_form_prefilled_from_a_refused_device(qtbot: QtBot, register: Register, clerk: Actor,
                                              cjk_font: str) -> None:
    view = _view(register, clerk)
    qtbot.addWidget(view)
    form = view.open_form(device_guard.prefill(_refused_event()))
    qtbot.waitExposed(form)
    assert (form.vendor_id.text(), form.product_id.text()) == ("0781", "5581")
    assert form.serial.text() == "4C530001230101117099" and form.serial.isReadOnly()
    assert form.brand.text() == "SanDisk Ultra"
    assert form.from_device.isVisible()

    # wrong first: no number, no level -> the service's message, nothing registered
    form.try_submit()
    assert form.error.text() == "编号不能为空"
    assert form.isVisible() and media.list_media(register) == []
    form.number.setText("JM-U-2024-009")
    form.holder.setText("李四")
    form.try_submit()
    assert form.error.text() == "请选择密级"
    form.level.setCurrentIndex(form.level.findData(Level.CONFIDENTIAL))
    form.capacity.setText("64GB")
    save_screenshot(form, "media-register-form")
    with qtbot.waitSignal(view.registered) as sig:
        form.try_submit()
    assert isinstance(sig.args[0], media.MediumView)
    (m,) = media.list_media(register)
    assert m.descriptor_hash == "ab" * 32 and m.serial == "4C530001230101117099"
    assert view.model.rowCount() == 1


def test_form_by_hand(qtbot: QtBot, register: Register, clerk: Actor, cjk_font: str) -> None:
    view = _view(register, clerk)
    qtbot.addWidget(view)
    view.register_button.click()
    form = view.form
    assert form is not None and not form.from_device.isVisible()
    assert not form.serial.isReadOnly()
    value = replace(form.value(), number="GP-1", kind=media.MediumKind.OPTICAL,
                    brand_model="CD-R", level=Level.CONFIDENTIAL, holder="王五")
    form._fill(value)
    form.try_submit()
    assert form.error.text() == ""
    assert [m.number for m in media.list_media(register)] == ["GP-1"]
