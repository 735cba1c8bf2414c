"""Unlocking builds only the start page (issue 17, ``unlock_s``); every other area is built
when first shown or asked for, and leads where it led, whatever order the areas are built in."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from app.ui.areas import build_main_window
from app.ui.controller import Controller
from app.ui.disposal_area import DisposalArea
from app.ui.today_view import TodayView


def test_only_the_start_page_is_built_at_unlock(qtbot: QtBot,
                                                 demo_controller: Controller) -> None:
    window = build_main_window(demo_controller)
    qtbot.addWidget(window)
    window.show()
    keys = window.area_keys()
    assert keys[0] == "today" and window.is_built("today")
    assert not any(window.is_built(key) for key in keys[1:])
    assert isinstance(window.pages.currentWidget(), TodayView)

    window.show_area("documents")  # the navigation builds the area it shows
    assert window.is_built("documents")
    assert window.pages.currentWidget() is window.area("documents")
    assert window.area_keys()[window.nav.currentRow()] == "documents"
    assert window.pages.count() == len(keys)
    assert not window.is_built("disposal")


def test_a_signal_builds_the_area_it_leads_to(qtbot: QtBot,
                                              demo_controller: Controller) -> None:
    window = build_main_window(demo_controller)
    qtbot.addWidget(window)
    window.show()
    start = window.area("today")
    assert isinstance(start, TodayView) and not window.is_built("disposal")
    start.open_returns.emit()
    assert window.is_built("disposal")
    disposal = window.area("disposal")
    assert isinstance(disposal, DisposalArea)
    assert window.pages.currentWidget() is disposal
    assert disposal.tabs.currentWidget() is disposal.returns
