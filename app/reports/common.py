"""Pieces several forms share: label/value grid lines and the table of items."""

from __future__ import annotations

from collections.abc import Sequence

from app.reports.data import ItemRef
from app.reports.page import SMALL_SIZE, Cell, Document, Mark, Row, cells, fmt_dt

__all__ = ["fmt_dt"]

LABEL = 1.5
VALUE = 2.9
TOTAL = 2 * (LABEL + VALUE)


def kv(*pairs: tuple[str, str], min_height: float = 0.0, top: bool = False,
       marks: Sequence[Mark] = ()) -> Row:
    """A grid line of label/value pairs (one, two or four pairs across the page)."""
    valign = "top" if top else "middle"
    if len(pairs) == 1:
        weights = [(LABEL, TOTAL - LABEL)]
    elif len(pairs) == 2:
        weights = [(LABEL, VALUE), (LABEL, VALUE)]
    elif len(pairs) == 4:
        weights = [(1.0, 1.2)] * 4
    else:
        raise ValueError("kv() takes 1, 2 or 4 pairs")
    out: list[Cell] = []
    for (label, value), (lw, vw) in zip(pairs, weights, strict=True):
        out.append(Cell(label, lw, "center"))
        out.append(Cell(value, vw, "left", valign))
    return Row(tuple(out), min_height=min_height, marks=tuple(marks))


#: The clerk's signature, worded and placed the same on every form: the right half of a line.
CLERK_SIGNATURE = "保密员（签字）"


def clerk_signs(doc: Document, beside: tuple[str, str], clerk: str = "") -> None:
    """A signature line with ``beside`` on the left and the clerk's signature on the right
    (``clerk``: the clerk's name printed above the line, when known)."""
    doc.signatures([beside, (CLERK_SIGNATURE, clerk)])


def wide(label: str, text: str, *, min_height: float = 0.0) -> Row:
    """A label then a large box for an account written out (经过, 意见 ...)."""
    return Row((Cell(label, LABEL, "center"), Cell(text, TOTAL - LABEL, "left", "top")),
               min_height=min_height)


def banner(text: str, *, size: float = 12.0) -> Row:
    """A boxed, bold notice across the form (e.g. 不得横传)."""
    return Row((Cell(text, 1.0, "center", bold=True, size=size),))


ITEM_HEAD = ("序号", "文号", "标题", "密级及期限", "份号", "份数")
ITEM_WEIGHTS = (0.65, 2.1, 4.0, 1.5, 0.9, 0.75)


def item_header(head: Sequence[str] = ITEM_HEAD,
                weights: Sequence[float] = ITEM_WEIGHTS) -> Row:
    return Row(cells(head, weights, "c" * len(head), bold=True))


def item_rows(items: Sequence[ItemRef]) -> list[Row]:
    return [
        Row(cells((str(i), it.doc_number, it.title, it.marking, it.copy_number, str(it.copies)),
                  ITEM_WEIGHTS, "clllcc"), marks=(Mark.of(it),))
        for i, it in enumerate(items, 1)
    ]


def items_table(doc: Document, items: Sequence[ItemRef], caption: str = "") -> None:
    if caption:
        doc.row(Row((Cell(caption, 1.0, "left", bold=True),), border=False))
    doc.rows(item_rows(items), [item_header()])


def note(doc: Document, text: str) -> None:
    doc.space(1.5)
    doc.text(text, size=SMALL_SIZE)
