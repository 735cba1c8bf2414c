"""The embedded CJK font every printed page uses (WenQuanYi Micro Hei, embedded as a subset)."""

from __future__ import annotations

import threading
from functools import lru_cache

from reportlab import rl_config
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from app import paths
from app.errors import MibuError

FONT_NAME = "MibuCJK"

_lock = threading.Lock()


def register() -> str:
    """Register the font with reportlab once per process and return its name."""
    # Compressed streams stay binary: ASCII85 on top makes the PDF a quarter bigger and,
    # in reportlab's pure-Python encoder, is a third of a long ledger's drawing time.
    rl_config.useA85 = 0
    with _lock:
        if FONT_NAME not in pdfmetrics.getRegisteredFontNames():
            path = paths.cjk_font_path()
            try:
                # A TrueType collection: face 0 is the proportional "WenQuanYi Micro Hei".
                font = TTFont(FONT_NAME, str(path), subfontIndex=0)
            except (OSError, ValueError) as exc:
                raise MibuError(f"无法加载打印字体 {path.name}：{exc}") from exc
            pdfmetrics.registerFont(font)
    return FONT_NAME


#: Tick boxes, empty and ticked: drawn as squares as tall as the text (the font's own glyphs
#: are small), each taking one full em of the line (``Painter.text`` draws them).
TICK_BOXES = "□■"


@lru_cache(maxsize=4096)
def char_width(ch: str) -> float:
    """Advance width of one character at 1 pt (cached: ledgers measure a lot of text)."""
    if ch in TICK_BOXES:
        return 1.0
    return float(pdfmetrics.stringWidth(ch, register(), 1000)) / 1000.0


def text_width(text: str, size: float) -> float:
    return sum(char_width(ch) for ch in text) * size
