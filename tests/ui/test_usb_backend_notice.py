"""The start page says which backend enforces USB access; for the fallback, plainly that the
protection holds only while Mibu runs."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.ui.controller import Controller
from app.ui.today_view import TodayView


@pytest.mark.parametrize(("backend", "needle"), [
    ("usbguard", "Mibu 关闭时仍然有效"),
    ("sysfs", "仅在 Mibu 运行时有效"),
])
def test_start_page_names_the_usb_backend(qtbot: QtBot, demo_controller: Controller,
                                          backend: str, needle: str) -> None:
    demo_controller.usb_backend = backend
    view = TodayView(demo_controller)
    qtbot.addWidget(view)
    assert not view.usb_status.isHidden()
    assert needle in view.usb_status.text()
    shots = os.environ.get("MIBU_SHOTS")
    for width in (1366, 1024):
        view.resize(width, 768)
        if shots:
            Path(shots).mkdir(parents=True, exist_ok=True)
            view.grab().save(str(Path(shots) / f"today-{backend}-{width}.png"))


def test_no_guard_no_line(qtbot: QtBot, demo_controller: Controller) -> None:
    view = TodayView(demo_controller)
    qtbot.addWidget(view)
    assert view.usb_status.isHidden()
