"""The main window fits a 1366×768 screen with a taskbar and a 1024×768 one (issue 14): its
minimum size, with every area and every tab shown in turn, is within 1024×700, in Chinese
and in English. Screenshots of each area at both sizes in build/screenshots/."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QFormLayout, QSpinBox, QTabWidget
from pytestqt.qtbot import QtBot

from app.ui import i18n
from app.ui.areas import build_main_window
from app.ui.controller import Controller
from tests.screens import save_screenshot

FITS = (1024, 700)  # 1024×768 less a taskbar and the window's title bar


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_every_area_fits_1024_by_700(qtbot: QtBot, qapp: QApplication,
                                     demo_controller: Controller, lang: str) -> None:
    translators = i18n.install_translator(qapp, lang)
    try:
        window = build_main_window(demo_controller)
        qtbot.addWidget(window)
        window.show()
        short = "zh" if lang == "zh_CN" else "en"
        visited = []
        for key in window.area_keys():
            window.show_area(key)
            page = window.area(key)
            states: list[tuple[QTabWidget | None, int]] = [
                (t, i) for t in page.findChildren(QTabWidget) for i in range(t.count())]
            for tab, i in states or [(None, 0)]:
                if tab is not None:
                    tab.setCurrentIndex(i)
                hint = window.minimumSizeHint()
                where = f"{key}" + (f" / {tab.tabText(i)}" if tab is not None else "")
                assert hint.width() <= FITS[0], f"{where}: {hint.width()} px wide"
                assert hint.height() <= FITS[1], f"{where}: {hint.height()} px high"
            visited.append(key)
            for width, height in ((1366, 768), (1024, 768)):
                window.resize(width, height)
                qapp.processEvents()
                assert window.width() == width
                save_screenshot(window, f"window-{key}-{short}-{width}")
        assert {"today", "documents", "circulation", "loans", "disposal", "approvals",
                "media", "people", "reports", "audit", "settings"} <= set(visited)
    finally:
        i18n.remove_translators(qapp, translators)


def test_spin_boxes_in_forms_keep_their_width(qtbot: QtBot, demo_controller: Controller
                                              ) -> None:
    """A spin box in a form is as wide as its number, not as the window (1366 px)."""
    window = build_main_window(demo_controller)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    seen = 0
    for key in window.area_keys():
        window.show_area(key)
        page = window.area(key)
        tabs: list[QTabWidget | None] = list(page.findChildren(QTabWidget)) or [None]
        for tab in tabs:
            for i in range(tab.count() if tab is not None else 1):
                if tab is not None:
                    tab.setCurrentIndex(i)
                QApplication.processEvents()
                for spin in page.findChildren(QSpinBox):
                    parent = spin.parentWidget()
                    if (spin.isVisible() and parent is not None
                            and isinstance(parent.layout(), QFormLayout)):
                        seen += 1
                        assert spin.width() <= 300, f"{key}: a spin box {spin.width()} px wide"
    assert seen
