"""The A4 page every form is printed on, and a small layout engine for grid forms.

Every page carries, top and bottom, the highest level of what that page lists (密级标识不能与
正文分离: 002 篇七 第四十三条), "第 n 页 共 m 页" and the print's serial number (打印编号);
a page that lists nothing classified says so. Slips also carry their QR code and short code.

A form (a slip, a list, a record) is one document: each of its pages carries the marking of
everything the form lists (``base_marks``). A ledger or a label sheet marks each page by the
rows printed on that page.

A :class:`Document` is laid out first (rows are measured, wrapped and placed on pages, so a
page knows what it lists) and drawn afterwards, once the page count is known. Long ledgers
report progress and can be cancelled between rows.
"""

from __future__ import annotations

import functools
import io
import itertools
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import NamedTuple, Protocol

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.textobject import PDFTextObject

from app.errors import MibuError
from app.models.enums import Level
from app.reports import fonts
from app.reports.data import ItemRef, MediumRef, PrintMeta

PAD_X = 1.6 * mm
PAD_Y = 1.2 * mm
LEADING = 1.32  # line height as a multiple of the font size
BODY_SIZE = 10.5  # 五号
SMALL_SIZE = 9.0  # 小五
TITLE_SIZE = 18.0  # 小二
MARK_SIZE = 14.0  # 四号
LINE_WIDTH = 0.6
QR_SIZE = 21 * mm
#: Nothing is drawn nearer to the sheet's edge than this: printers do not print there.
SAFE_EDGE = 6 * mm

# Characters that must not start a line (避头点) and must not end one (避尾点).
_NO_LINE_START = set("，。、；：！？）》」』】〕”’％,.;:!?)]}%·…—")
_NO_LINE_END = set("（《「『【〔“‘([{")


class PrintCancelled(MibuError):
    """The clerk cancelled a long print; nothing was produced."""

    code = "cancelled"

    def __init__(self) -> None:
        super().__init__("打印已取消")


class CancelFlag(Protocol):
    """Anything with ``is_set()`` (a ``threading.Event`` does)."""

    def is_set(self) -> bool: ...


#: ``progress(done, total)``: rows laid out / total rows, then pages drawn / pages.
Progress = Callable[[int, int], None]


# -- markings -------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Mark:
    """What a row lists, as far as the page marking is concerned: a level and its period."""

    level: Level
    period_years: int | None = None

    @classmethod
    def of(cls, thing: ItemRef | MediumRef) -> Mark:
        if isinstance(thing, ItemRef):
            return cls(thing.level, thing.period_years)
        return cls(thing.level, None)


NO_SECRET_TEXT = "本页不含涉密事项"  # noqa: S105  (not a password)


def highest(marks: Iterable[Mark]) -> Mark | None:
    """The marking of a page or document listing these things.

    The highest level, with the longest period of the classified things (like a compilation,
    汇编: the highest level and the longest period of its parts, 003 汇编 2).
    """
    top: Level | None = None
    longest: int | None = None
    for m in marks:
        if top is None or m.level > top:
            top = m.level
        if m.level.is_classified and m.period_years:
            longest = max(longest or 0, m.period_years)
    if top is None:
        return None
    return Mark(top, longest if top.is_classified else None)


def marking_text(marks: Iterable[Mark]) -> str:
    """e.g. 机密★10年; 绝密; or 本页不含涉密事项 when nothing classified is listed."""
    top = highest(marks)
    if top is None or not top.level.is_classified:
        if top is not None and top.level == Level.INTERNAL:
            return f"内部　{NO_SECRET_TEXT}"
        return NO_SECRET_TEXT
    if top.period_years:
        return f"{top.level.label}★{top.period_years}年"
    return top.level.label


# -- text ---------------------------------------------------------------------------------------
def wrap(text: str, width: float, size: float) -> list[str]:
    """Break text into lines no wider than ``width`` (character by character, as Chinese is),
    keeping Latin words whole where they fit and honouring the basic line-breaking rules."""
    return list(_wrap(text, width, size))


@functools.lru_cache(maxsize=16384)
def _wrap(text: str, width: float, size: float) -> tuple[str, ...]:
    """:func:`wrap`, remembered: ledger columns repeat the same texts (dates, levels, units)."""
    lines: list[str] = []
    limit = width / size
    for para in text.split("\n"):
        if not para:
            lines.append("")
            continue
        line: list[str] = []
        used = 0.0
        i = 0
        n = len(para)
        while i < n:
            ch = para[i]
            # keep an ASCII word together when it fits on a line of its own
            if ch.isascii() and ch.isalnum():
                j = i
                while j < n and para[j].isascii() and (para[j].isalnum() or para[j] in "-_./"):
                    j += 1
                word = para[i:j]
                ww = sum(fonts.char_width(c) for c in word)
                if used + ww <= limit or (not line and ww > limit):
                    if ww > limit:  # longer than a line: break it anywhere
                        for c in word:
                            cw = fonts.char_width(c)
                            if used + cw > limit and line:
                                lines.append("".join(line))
                                line, used = [], 0.0
                            line.append(c)
                            used += cw
                    else:
                        line.append(word)
                        used += ww
                    i = j
                    continue
                if line:
                    lines.append("".join(line))
                    line, used = [], 0.0
                continue
            cw = fonts.char_width(ch)
            if used + cw > limit and line and ch not in _NO_LINE_START:
                carry: list[str] = []
                if line and line[-1] in _NO_LINE_END:
                    carry = [line.pop()]
                lines.append("".join(line))
                line = carry
                used = sum(fonts.char_width(c) for c in "".join(carry))
            line.append(ch)
            used += cw
            i += 1
        lines.append("".join(line))
    return tuple(lines)


class _PageText(PDFTextObject):
    """The page's plain strings, each placed with its own text matrix (no cursor kept)."""

    def put(self, x: float, y: float, s: str) -> None:
        self._code.append(f"1 0 0 1 {x:.2f} {y:.2f} Tm {self._formatText(s)}")

    def put_invisible(self, x: float, y: float, s: str) -> None:
        """``s`` in the text (extraction, search) but not on the page (render mode 3)."""
        self._code.append(f"3 Tr 1 0 0 1 {x:.2f} {y:.2f} Tm {self._formatText(s)} 0 Tr")


class Painter:
    """The canvas for one page. Plain text goes into one PDF text object per page (ledgers
    draw tens of thousands of strings: one ``BT … ET`` each would be slow); call
    :meth:`finish` before the page is shown."""

    def __init__(self, canvas: Canvas) -> None:
        self.c = canvas
        self._size = 0.0
        self._text: _PageText | None = None
        self._text_size = 0.0

    def font(self, size: float) -> None:
        if size != self._size:
            self.c.setFont(fonts.FONT_NAME, size)
            self._size = size

    def grid(self, left: float, top: float, width: float, height: float,
             columns: Sequence[float]) -> None:
        """A row's box and its column rules, as one path (as ``rect`` and ``line`` would draw
        them, written out directly: a ledger draws a hundred thousand rules)."""
        bottom = top - height
        path = [f"n {left:.2f} {bottom:.2f} {width:.2f} {height:.2f} re"]
        path += [f"{x:.2f} {top:.2f} m {x:.2f} {bottom:.2f} l" for x in columns]
        path.append("S")
        self.c.addLiteral(" ".join(path))

    def finish(self) -> None:
        """Draw the page's text object (once all its strings are in)."""
        if self._text is not None:
            self.c.drawText(self._text)
            self._text = None
            self._text_size = 0.0

    def text(self, x: float, y: float, s: str, size: float, align: str = "left",
             bold: bool = False) -> None:
        if not s:
            return
        if align == "center":
            x -= fonts.text_width(s, size) / 2
        elif align == "right":
            x -= fonts.text_width(s, size)
        if any(ch in fonts.TICK_BOXES for ch in s):
            self._text_with_boxes(x, y, s, size, bold)
            return
        if not bold:
            self._page_text(size).put(x, y, s)
            return
        self.font(size)
        if bold:
            # The font has no bold face: stroke the outline too (fill + stroke) for 粗体.
            t = self.c.beginText(x, y)
            t.setFont(fonts.FONT_NAME, size)
            t.setTextRenderMode(2)
            self.c.setLineWidth(size * 0.035)
            t.textOut(s)
            self.c.drawText(t)
            self.c.setLineWidth(LINE_WIDTH)


    def _page_text(self, size: float) -> _PageText:
        if self._text is None:
            self._text = _PageText(self.c)
        if size != self._text_size:
            self._text.setFont(fonts.FONT_NAME, size)
            self._text_size = size
        return self._text

    def _text_with_boxes(self, x: float, y: float, s: str, size: float, bold: bool) -> None:
        """Text with tick boxes: the runs between them as text, each box a square as tall as
        a Chinese character (0.8 em, from just below the baseline), ■ with a filled centre."""
        for run in re.split(f"([{fonts.TICK_BOXES}])", s):
            if not run:
                continue
            if run in fonts.TICK_BOXES:
                side = 0.8 * size
                c = self.c
                c.saveState()
                c.setLineWidth(max(0.5, size * 0.06))
                c.rect(x + 0.1 * size, y - 0.1 * size, side, side, stroke=1, fill=0)
                if run == "■":
                    inset = 0.2 * size
                    c.setFillGray(0)
                    c.rect(x + 0.1 * size + inset, y - 0.1 * size + inset, side - 2 * inset,
                           side - 2 * inset, stroke=0, fill=1)
                c.restoreState()
                # the character itself, invisible, so that the PDF's text still says □ or ■
                self._page_text(size).put_invisible(x + 0.2 * size, y, run)
            else:
                self.text(x, y, run, size, bold=bold)
            x += fonts.text_width(run, size)


def draw_qr(p: Painter, text: str, x: float, y: float, size: float) -> None:
    """A QR code (error correction M) with its bottom-left corner at (x, y).

    The symbol comes from reportlab's QR encoder; its modules are drawn straight onto the
    canvas (going through a Drawing would pull Helvetica into the PDF)."""
    widget = QrCodeWidget(text, barLevel="M")
    qr = widget.qr
    qr.make()
    n = qr.getModuleCount()
    box = size / n
    c = p.c
    c.saveState()
    c.setFillGray(0)
    for r, row in enumerate(qr.modules):
        col = 0
        for dark, run in itertools.groupby(bool(v) for v in row):
            count = sum(1 for _ in run)
            if dark:
                c.rect(x + col * box, y + size - (r + 1) * box, count * box, box * 1.02,
                       stroke=0, fill=1)
            col += count
    c.restoreState()


# -- rows -----------------------------------------------------------------------------------------
class Cell(NamedTuple):
    """One cell of a row (a named tuple: a long ledger makes a hundred thousand of them)."""

    text: str = ""
    weight: float = 1.0  # share of the row's width
    align: str = "left"  # left | center | right
    valign: str = "middle"  # middle | top
    bold: bool = False
    size: float | None = None


@dataclass(frozen=True)
class Row:
    """One line of a grid: cells side by side, each wrapping its text."""

    cells: tuple[Cell, ...]
    min_height: float = 0.0
    marks: tuple[Mark, ...] = ()
    border: bool = True


def cells(texts: Sequence[str], weights: Sequence[float], aligns: str = "",
          size: float | None = None, bold: bool = False) -> tuple[Cell, ...]:
    """Cells for a table line; ``aligns`` is one letter per column: l, c or r."""
    names = {"l": "left", "c": "center", "r": "right"}
    return tuple(
        Cell(t, w, names.get(aligns[i] if i < len(aligns) else "l", "left"), size=size, bold=bold)
        for i, (t, w) in enumerate(zip(texts, weights, strict=True))
    )


Op = Callable[[Painter], None]


@dataclass
class _Page:
    ops: list[Op] = field(default_factory=list)
    marks: list[Mark] = field(default_factory=list)


# -- the document -------------------------------------------------------------------------
class Document:
    """An A4 form or ledger being laid out, page by page."""

    def __init__(
        self,
        meta: PrintMeta,
        title: str,
        *,
        subtitle: str = "",
        landscape_pages: bool = False,
        base_marks: Iterable[Mark] = (),
        title_every_page: bool = False,
        margins_mm: tuple[float, float] = (18.0, 12.0),
        sheet: bool = False,
    ) -> None:
        """``sheet``: a label sheet; the chrome is squeezed into the stock's margins."""
        fonts.register()
        self.meta = meta
        self.title = title
        self.subtitle = subtitle
        self.pagesize = landscape(A4) if landscape_pages else A4
        self.page_width, self.page_height = self.pagesize
        self.base_marks = list(base_marks)
        self.title_every_page = title_every_page
        side, vert = margins_mm
        self.left = side * mm
        self.width = self.page_width - 2 * side * mm
        self.top_margin = vert * mm
        self.bottom = vert * mm + 12 * mm  # content stops above the footer
        self.sheet = sheet
        self.pages: list[_Page] = []
        self._y = 0.0
        self.new_page()

    # -- geometry ----------------------------------------------------------------------------
    def _content_top(self, index: int) -> float:
        top = self.page_height - self.top_margin - 6 * mm  # below the marking line
        if index == 0 or self.title_every_page:
            top -= 13 * mm  # title
            if self.subtitle:
                top -= 7 * mm
            if index == 0 and self.meta.seal is not None:
                # the QR code hangs beside the title; keep the first row below it
                top = min(top, self.page_height - self.top_margin - 8 * mm - QR_SIZE - 6 * mm)
        else:
            top -= 10 * mm  # "title（续）"
        return top - 2 * mm

    @property
    def remaining(self) -> float:
        return self._y - self.bottom

    @property
    def page(self) -> _Page:
        return self.pages[-1]

    @property
    def marks(self) -> list[Mark]:
        """Everything the document lists (for its overall marking and print record)."""
        out = list(self.base_marks)
        for pg in self.pages:
            out.extend(pg.marks)
        return out

    def new_page(self) -> None:
        self.pages.append(_Page())
        self._y = self._content_top(len(self.pages) - 1)

    def space(self, height: float) -> None:
        self._y -= height

    def ensure(self, height: float) -> None:
        """Start a new page unless ``height`` still fits on this one."""
        if self.remaining < height:
            self.new_page()

    def mark(self, *marks: Mark) -> None:
        self.page.marks.extend(marks)

    # -- rows ------------------------------------------------------------------------------------
    def _measure(self, row: Row, left: float | None = None, width: float | None = None
                 ) -> tuple[float, list[tuple[float, float, Cell, list[str]]]]:
        total = sum(c.weight for c in row.cells) or 1.0
        x = self.left if left is None else left
        span = self.width if width is None else width
        laid: list[tuple[float, float, Cell, list[str]]] = []
        height = row.min_height
        for c in row.cells:
            w = span * c.weight / total
            size = c.size or BODY_SIZE
            lines = wrap(c.text, w - 2 * PAD_X, size) if c.text else []
            height = max(height, len(lines) * size * LEADING + 2 * PAD_Y)
            laid.append((x, w, c, lines))
            x += w
        return height, laid

    def _break_page(self, header: Sequence[Row]) -> None:
        self.new_page()
        for h in header:
            self._place(*self._measure(h), h)

    def row(self, row: Row, header: Sequence[Row] = ()) -> None:
        """Place a row; on a new page first repeat the table's header rows. A row taller
        than a whole page (a long account written out) continues on the next pages."""
        height, laid = self._measure(row)
        if height <= self.remaining:
            self._place(height, laid, row)
            return
        header_h = sum(self._measure(h)[0] for h in header)
        fresh = self._content_top(len(self.pages)) - self.bottom - header_h
        if height <= fresh:
            self._break_page(header)
            self._place(height, laid, row)
            return
        if self.remaining < 3 * BODY_SIZE * LEADING + 2 * PAD_Y:
            self._break_page(header)
        pending = laid
        while True:
            avail = self.remaining
            piece: list[tuple[float, float, Cell, list[str]]] = []
            rest: list[tuple[float, float, Cell, list[str]]] = []
            for x, w, cell, lines in pending:
                k = max(1, int((avail - 2 * PAD_Y) / ((cell.size or BODY_SIZE) * LEADING)))
                piece.append((x, w, cell, lines[:k]))
                rest.append((x, w, cell, lines[k:]))
            if not any(lines for _x, _w, _c, lines in rest):
                need = max((len(lines) * (c.size or BODY_SIZE) * LEADING + 2 * PAD_Y
                            for _x, _w, c, lines in piece), default=0.0)
                self._place(need, piece, row)
                return
            self._place(avail, piece, row)
            self._break_page(header)
            pending = rest

    def _place(self, height: float, laid: list[tuple[float, float, Cell, list[str]]],
               row: Row) -> None:
        top = self._y
        border = row.border
        left = laid[0][0] if laid else self.left
        width = sum(w for _x, w, _c, _l in laid)

        def op(p: Painter) -> None:
            if border:
                p.grid(left, top, width, height, [x for x, _w, _c, _l in laid[1:]])
            for x, w, cell, lines in laid:
                if not lines:
                    continue
                size = cell.size or BODY_SIZE
                lead = size * LEADING
                if cell.valign == "top":
                    y = top - PAD_Y - size * 0.95
                else:
                    block = len(lines) * lead
                    y = top - (height - block) / 2 - size * 0.95 - (lead - size) / 2
                if cell.align == "center":
                    tx = x + w / 2
                elif cell.align == "right":
                    tx = x + w - PAD_X
                else:
                    tx = x + PAD_X
                for line in lines:
                    p.text(tx, y, line, size, cell.align, cell.bold)
                    y -= lead

        self.page.ops.append(op)
        self.page.marks.extend(row.marks)
        self._y -= height

    def rows(
        self,
        rows: Iterable[Row],
        header: Sequence[Row] = (),
        *,
        total: int = 0,
        progress: Progress | None = None,
        cancel: CancelFlag | None = None,
    ) -> int:
        """A table: header rows, then every row, the header repeated on each new page."""
        it = iter(rows)
        first = next(it, None)
        self.keep_with_header(header, first)
        for h in header:
            self.row(h)
        if first is None:
            return 0
        self.row(first, header)
        n = 1
        for r in it:
            if cancel is not None and n % 50 == 0 and cancel.is_set():
                raise PrintCancelled()
            self.row(r, header)
            n += 1
            if progress is not None and n % 200 == 0:
                progress(n, max(total, n))
        if progress is not None:
            progress(n, max(total, n))
        return n

    def keep_with_header(self, header: Sequence[Row], first: Row | None) -> None:
        """Start a new page now if the header and the first row would not fit together."""
        need = sum(self._measure(h)[0] for h in header)
        if first is not None:
            need += self._measure(first)[0]
        self.ensure(need)

    def group(self, label: str, subrows: Sequence[Row], *, header: Sequence[Row] = (),
              label_weight: float = 1.0, total_weight: float = 6.0) -> None:
        """A label cell spanning several rows on its right (合并单元格), split across pages
        with the header rows repeated and the label marked （续）."""
        label_w = self.width * label_weight / total_weight
        sub_left = self.left + label_w
        sub_w = self.width - label_w
        seg: dict[str, float] = {"top": self._y}
        first_seg = True

        def close_segment() -> None:
            top, bottom = seg["top"], self._y
            if top - bottom <= 0.1:
                return
            text = label if first_seg else f"{label}（续）"
            lines = wrap(text, label_w - 2 * PAD_X, BODY_SIZE)
            left = self.left

            def op(p: Painter) -> None:
                p.c.rect(left, bottom, label_w, top - bottom, stroke=1, fill=0)
                lead = BODY_SIZE * LEADING
                y = (top + bottom) / 2 + (len(lines) * lead) / 2 - BODY_SIZE * 0.95 - (
                    lead - BODY_SIZE) / 2
                for line in lines:
                    p.text(left + label_w / 2, y, line, BODY_SIZE, "center")
                    y -= lead

            self.page.ops.append(op)

        measured_header = [self._measure(h, sub_left, sub_w) for h in header]
        need = sum(m[0] for m in measured_header)
        if subrows:
            need += self._measure(subrows[0], sub_left, sub_w)[0]
        self.ensure(need)
        seg["top"] = self._y
        for (hh, hl), h in zip(measured_header, header, strict=True):
            self._place(hh, hl, h)
        for r in subrows:
            height, laid = self._measure(r, sub_left, sub_w)
            if height > self.remaining:
                close_segment()
                first_seg = False
                self.new_page()
                seg["top"] = self._y
                for (hh, hl), h in zip(measured_header, header, strict=True):
                    self._place(hh, hl, h)
            self._place(height, laid, r)
        close_segment()

    def text(self, text: str, *, size: float = BODY_SIZE, align: str = "left",
             bold: bool = False, marks: Sequence[Mark] = ()) -> None:
        """A paragraph outside any grid."""
        self.row(Row((Cell(text, 1.0, align, "top", bold, size),), border=False,
                     marks=tuple(marks)))

    def signatures(self, parts: Sequence[tuple[str, str]], *, height: float = 11 * mm,
                   size: float = BODY_SIZE) -> None:
        """A line of "label：______" fields for hand signatures (a printed name goes above)."""
        self.ensure(height)
        top = self._y
        left = self.left
        slot = self.width / len(parts)

        def op(p: Painter) -> None:
            y = top - height + 2.5 * mm
            for i, (label, value) in enumerate(parts):
                x = left + i * slot
                p.text(x, y, f"{label}：", size)
                lx = x + fonts.text_width(f"{label}：", size)
                p.c.line(lx, y - 1.2, x + slot - 4 * mm, y - 1.2)
                if value:
                    p.text(lx + 2 * mm, y + 1, value, size)

        self.page.ops.append(op)
        self._y -= height

    def block(self, height: float, draw: Callable[[Painter, float, float], None],
              marks: Sequence[Mark] = ()) -> None:
        """Custom drawing of ``height`` points: ``draw(painter, left, top)``."""
        self.ensure(height)
        top = self._y
        left = self.left
        self.page.ops.append(lambda p: draw(p, left, top))
        self.page.marks.extend(marks)
        self._y -= height

    # -- drawing ---------------------------------------------------------------------------
    def _sheet_chrome(self, p: Painter, index: int, count: int, page: _Page) -> None:
        """Label stock leaves about 12 mm top and bottom: one line each, smaller type, every
        stroke at least ``SAFE_EDGE`` inside the sheet (printers cut off what is nearer)."""
        meta = self.meta
        mark = marking_text([*self.base_marks, *page.marks])
        left, right = SAFE_EDGE + 1 * mm, self.page_width - SAFE_EDGE - 1 * mm
        line = f"{self.title}　{meta.unit_name}　第 {index + 1} 页 共 {count} 页　{meta.serial}"
        # baselines: the 10 pt marking's top ~3.5 mm above, its descent ~1 mm below
        for y in (self.page_height - SAFE_EDGE - 4.5 * mm, SAFE_EDGE + 1.5 * mm):
            p.text(left, y, mark, 10, bold=True)
            p.text(right, y, line, 7, "right")

    def _chrome(self, p: Painter, index: int, count: int, page: _Page) -> None:
        if self.sheet:
            self._sheet_chrome(p, index, count, page)
            return
        meta = self.meta
        w, h = self.page_width, self.page_height
        left, right = self.left, self.page_width - self.left
        mark = marking_text([*self.base_marks, *page.marks])
        # top: marking at the left (as GB/T 9704 places it), the serial at the right
        y = h - self.top_margin - 5 * mm
        p.text(left, y, mark, MARK_SIZE, bold=True)
        p.text(right, y, f"打印编号：{meta.serial}", SMALL_SIZE, "right")
        # title
        if index == 0 or self.title_every_page:
            ty = y - 12 * mm
            p.text(w / 2, ty, self.title, TITLE_SIZE, "center", bold=True)
            if self.subtitle:
                p.text(w / 2, ty - 7 * mm, self.subtitle, BODY_SIZE, "center")
        else:
            p.text(w / 2, y - 9 * mm, f"{self.title}（续）", MARK_SIZE, "center", bold=True)
        if index == 0 and meta.seal is not None:
            qy = h - self.top_margin - 8 * mm - QR_SIZE
            draw_qr(p, meta.seal.qr_text, right - QR_SIZE, qy, QR_SIZE)
            # the code is wider than the QR code: aligned to the text area's right edge, as
            # the tables below are, not centred under the QR code past that edge
            p.text(right, qy - 3.5 * mm, meta.seal.code, 7.5, "right")
        # bottom: marking, page n/m, serial; then who printed it and when
        fy = self.top_margin + 5 * mm
        p.c.line(left, fy + MARK_SIZE + 1, right, fy + MARK_SIZE + 1)
        p.text(left, fy, mark, MARK_SIZE, bold=True)
        p.text(w / 2, fy, f"第 {index + 1} 页　共 {count} 页", SMALL_SIZE, "center")
        p.text(right, fy, meta.serial, SMALL_SIZE, "right")
        small = 7.5
        p.text(left, self.top_margin, meta.unit_name, small)
        who = f"打印人：{meta.printed_by}　打印时间：{meta.printed_at:%Y-%m-%d %H:%M}"
        if meta.seal is not None:
            who += f"　单据码：{meta.seal.code}"
        p.text(right, self.top_margin, who, small, "right")

    def render(self, progress: Progress | None = None,
               cancel: CancelFlag | None = None) -> bytes:
        buf = io.BytesIO()
        c = Canvas(buf, pagesize=self.pagesize, initialFontName=fonts.FONT_NAME,
                   initialFontSize=BODY_SIZE, pageCompression=1)
        c.setTitle(self.title)
        c.setSubject(marking_text(self.marks))
        c.setCreator("密簿 Mibu")
        c.setAuthor(self.meta.unit_name)
        count = len(self.pages)
        for index, page in enumerate(self.pages):
            if cancel is not None and cancel.is_set():
                raise PrintCancelled()
            p = Painter(c)
            c.setLineWidth(LINE_WIDTH)
            self._chrome(p, index, count, page)
            for op in page.ops:
                op(p)
            p.finish()
            c.showPage()
            if progress is not None:
                progress(index + 1, count)
        c.save()
        return buf.getvalue()


def fmt_dt(value: object, empty: str = "") -> str:
    """A date or time as the forms print it; empty when not given (filled in by hand)."""
    import datetime as dt

    if value is None:
        return empty
    if isinstance(value, dt.datetime):
        return f"{value:%Y-%m-%d %H:%M}"
    if isinstance(value, dt.date):
        return f"{value:%Y-%m-%d}"
    return str(value)


BLANK_DATE = "　　年　　月　　日"
BLANK_TIME = "　月　日　时　分"
