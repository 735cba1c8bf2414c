"""Small shared widgets: the level badge, error messages, form helpers."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from app.errors import MibuError
from app.models.enums import Level

LEVEL_COLOURS = {
    Level.UNCLASSIFIED: "#5f6b73",
    Level.INTERNAL: "#2f6f4f",
    Level.SECRET: "#1f5fa8",
    Level.CONFIDENTIAL: "#c26a00",
    Level.TOP_SECRET: "#b00020",
}


class LevelBadge(QLabel):
    """The level in its colour, white on colour, as on a cover sheet."""

    def __init__(self, level: Level, parent: QWidget | None = None) -> None:
        super().__init__(level.label, parent)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setStyleSheet(
            f"QLabel {{ background: {LEVEL_COLOURS[level]}; color: white; font-weight: bold;"
            " padding: 2px 10px; border-radius: 3px; }"
        )


def show_error(parent: QWidget | None, error: MibuError, title: str = "") -> None:
    QMessageBox.warning(parent, title or "未能完成", error.message)


def inline_error_style() -> str:
    return "color: #b00020;"
