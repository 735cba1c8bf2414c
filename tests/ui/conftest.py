from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from app.services import demo
from app.ui import fonts, style
from app.ui.controller import Controller
from tests.factories import PASSPHRASE
from tests.screens import SCREENSHOTS, save_screenshot

__all__ = ["SCREENSHOTS", "save_screenshot"]


@pytest.fixture(autouse=True)
def _font(qapp: QApplication) -> None:
    fonts.apply_app_font(qapp)
    style.apply_style(qapp)


@pytest.fixture
def demo_controller(register_path: Path) -> Iterator[Controller]:
    """The controller over the demo register (realistic Chinese data), unlocked by the clerk."""
    demo.create_demo(register_path, PASSPHRASE).close()
    c = Controller(register_path)
    c.claim()
    c.unlock("clerk", PASSPHRASE)
    yield c
    c.release()
