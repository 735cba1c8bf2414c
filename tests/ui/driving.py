"""Small helpers for driving the window as the clerk does, shared by UI tests.

Chinese text arrives through the input method (QTest types ASCII only), so text fields are
filled with ``setText`` after focusing them; choices are made by their data or their text;
a dialog that runs its own event loop (``exec``) is filled from a queued call.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QWidget

W = TypeVar("W", bound=QWidget)


def type_text(widget: QLineEdit, text: str) -> None:
    """What an input method commits into the field."""
    widget.setFocus()
    widget.setText(text)


def choose_data(combo: QComboBox, data: object) -> None:
    index = combo.findData(data)
    assert index >= 0, f"{data!r} not offered: {[combo.itemText(i) for i in range(combo.count())]}"
    combo.setCurrentIndex(index)


def choose_text(combo: QComboBox, text: str) -> None:
    """The first entry whose text contains ``text``."""
    items = [combo.itemText(i) for i in range(combo.count())]
    index = next((i for i, t in enumerate(items) if text in t), -1)
    assert index >= 0, f"{text!r} not offered: {items}"
    combo.setCurrentIndex(index)


def rows(table: object, column: int) -> list[str]:
    """The texts of one column of a QTableWidget."""
    from PySide6.QtWidgets import QTableWidget

    assert isinstance(table, QTableWidget)
    out = []
    for r in range(table.rowCount()):
        item = table.item(r, column)
        out.append(item.text() if item is not None else "")
    return out


def in_modal(parent: QWidget, kind: type[W], fill: Callable[[W], None]) -> list[W]:
    """Before a click that opens ``kind`` with ``exec()``: fill it once it is showing.

    Returns a list that holds the dialog once it was found (so a test can assert it was).
    """
    found: list[W] = []
    tries = [500]  # about five seconds, then the caller's assertion says it never opened

    def attempt() -> None:
        dialog = next((d for d in parent.findChildren(kind) if d.isVisible()), None)
        if dialog is None:
            tries[0] -= 1
            if tries[0] > 0:
                QTimer.singleShot(10, attempt)
            return
        found.append(dialog)
        fill(dialog)

    QTimer.singleShot(0, attempt)
    return found


def shot(widget: QWidget, folder: Path, name: str) -> Path:
    """The widget as it is now (pending layouts handled), saved as ``folder/name.png``."""
    QApplication.processEvents()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.png"
    assert widget.grab().save(str(path))
    return path
