from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from app.ui import fonts
from app.ui.controller import Controller
from tests.factories import new_register

SCREENSHOTS = Path(__file__).resolve().parents[2] / "build" / "screenshots"


@pytest.fixture(autouse=True)
def _font(qapp: QApplication) -> None:
    fonts.apply_app_font(qapp)


@pytest.fixture
def controller(register_path: Path) -> Iterator[Controller]:
    c = Controller(register_path)
    c.claim()
    yield c
    c.release()


@pytest.fixture
def unlocked(controller: Controller) -> Controller:
    from tests.factories import PASSPHRASE

    new_register(controller.register_path).register.close()
    controller.unlock("clerk", PASSPHRASE)
    return controller


def save_screenshot(widget: object, name: str) -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    widget.grab().save(str(path))  # type: ignore[attr-defined]
    return path
