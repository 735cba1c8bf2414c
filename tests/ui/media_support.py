"""Helpers for the media and device widgets' tests: the bundled CJK font, screenshots."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QWidget

from app import paths

SCREENSHOTS = Path(__file__).resolve().parents[2] / "build" / "screenshots"


@pytest.fixture
def cjk_font(qapp: QApplication) -> str:
    font_id = QFontDatabase.addApplicationFont(str(paths.cjk_font_path()))
    assert font_id >= 0
    family = QFontDatabase.applicationFontFamilies(font_id)[0]
    qapp.setFont(QFont(family, 10))
    return family


def screenshot(widget: QWidget, name: str) -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    assert widget.grab().save(str(path))
    return path
