"""Mibu (密簿): the secrecy clerk's encrypted register."""

from __future__ import annotations

import sys
from pathlib import Path

#: The version of this source tree (pyproject.toml reads it from here).
SOURCE_VERSION = "0.1.0"


def _version() -> str:
    """The source version, or the one stamped into a frozen build by ``make dist``."""
    base = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and base:
        try:
            stamped = (Path(base) / "mibu-version.txt").read_text(encoding="utf-8").strip()
        except OSError:
            stamped = ""
        if stamped:
            return stamped
    return SOURCE_VERSION


__version__ = _version()
