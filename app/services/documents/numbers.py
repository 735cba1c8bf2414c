"""Internal numbers (2026-收-0001, per year and kind, never reused) and copy codes."""

from __future__ import annotations

import re

from sqlalchemy.orm import Session

from app.models.documents import (
    DocumentKind,
    NumberCounter,
)
from app.services.documents.base import CODE_PREFIX


# -- numbers ----------------------------------------------------------------------------------
def next_number(s: Session, kind: str, year: int) -> str:
    """The next internal number of a series, e.g. ``2026-收-0001``; numbers are never reused."""
    counter = s.get(NumberCounter, (year, kind))
    if counter is None:
        counter = NumberCounter(year=year, kind=kind, last=0)
        s.add(counter)
    counter.last += 1
    s.flush()
    return f"{year}-{kind}-{counter.last:04d}"


def copy_code(internal_no: str, kind: DocumentKind, item: int, numbered: bool) -> str:
    """The ASCII code on a copy's barcode label (scanners type ASCII only)."""
    year, _, seq = internal_no.split("-")
    mark = "" if numbered else "N"
    return f"{CODE_PREFIX[kind]}{year}-{seq}-{mark}{item:02d}"


_CODE_RE = re.compile(r"^([RD])(\d{4})-(\d+)-(N?)(\d+)$", re.IGNORECASE)
_HUMAN_RE = re.compile(r"^(\d{4})-([收发])-(\d+)\s*[/第]\s*(\d+)\s*份?$")


def normalise_code(text: str) -> str:
    """Accept the scanned code, or ``2026-收-0001/3`` typed by hand."""
    s = (text or "").strip().replace(" ", "")
    m = _HUMAN_RE.match(s)
    if m:
        kind = DocumentKind(m.group(2))
        return f"{CODE_PREFIX[kind]}{m.group(1)}-{m.group(3)}-{int(m.group(4)):02d}"
    m = _CODE_RE.match(s)
    if m:
        return f"{m.group(1).upper()}{m.group(2)}-{m.group(3)}-{m.group(4).upper()}{m.group(5)}"
    return s.upper()


#: The label of a copy without 份号 as the screens show it: 2026-收-0004（R2026-0004-N01）
_LABEL_RE = re.compile(r"^.+?（(.+)）$")


def code_forms(text: str) -> tuple[str, ...]:
    """The codes a scanned or typed text may name, in order of preference.

    Besides :func:`normalise_code`'s forms, a copy's label as the screens show it, and for
    ``2026-收-0004/1`` the first copy without 份号 (code ``…-N01``) when no copy numbered 1
    exists: the hint offers that form for every copy.
    """
    s = (text or "").strip().replace(" ", "")
    label = _LABEL_RE.match(s)
    if label:
        s = label.group(1)
    first = normalise_code(s)
    m = _HUMAN_RE.match(s)
    if not m:
        return (first,)
    kind = DocumentKind(m.group(2))
    return (first, f"{CODE_PREFIX[kind]}{m.group(1)}-{m.group(3)}-N{int(m.group(4)):02d}")
