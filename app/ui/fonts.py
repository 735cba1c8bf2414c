"""The bundled CJK font, registered with Qt so the UI renders the same on any machine."""

from __future__ import annotations

import logging

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from app import paths

log = logging.getLogger(__name__)
_family: str | None = None


def register_font() -> str | None:
    """Load resources/fonts/wqy-microhei.ttc once; return its family name."""
    global _family
    if _family is None:
        font_id = QFontDatabase.addApplicationFont(str(paths.cjk_font_path()))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        if not families:
            log.error("bundled CJK font could not be loaded")
            return None
        _family = families[0]
    return _family


def apply_app_font(app: QApplication, point_size: int = 10) -> None:
    family = register_font()
    if family:
        app.setFont(QFont(family, point_size))
