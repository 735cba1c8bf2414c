from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from app.ui import fonts
from tests.screens import SCREENSHOTS, save_screenshot

__all__ = ["SCREENSHOTS", "save_screenshot"]


@pytest.fixture(autouse=True)
def _font(qapp: QApplication) -> None:
    fonts.apply_app_font(qapp)
