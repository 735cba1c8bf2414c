"""Media labels: a sheet of self-adhesive labels, each with level, number, user and a QR code
(003 移动存储介质 (一)1: 统一标识，含密级、使用人、编号). The stock is a setting."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.units import mm

from app.errors import ValidationError
from app.reports.data import A4_3X8, LabelStock, MediumLabel, PrintMeta
from app.reports.page import SAFE_EDGE, Document, Mark, Painter, draw_qr
from app.reports.page import wrap as wrap_text

TITLE = "移动存储介质标签"
MAX_LABELS = 2000


def marks(labels: Sequence[MediumLabel]) -> list[Mark]:
    return [Mark.of(lb.medium) for lb in labels]


def qr_text(label: MediumLabel) -> str:
    if label.qr_text:
        return label.qr_text
    m = label.medium
    return f"MIBU:MEDIUM:{m.number}|{m.level.label}|{m.user}"


def _draw_label(p: Painter, label: MediumLabel, unit: str, x: float, y: float, w: float,
                h: float, outline: bool, sheet: tuple[float, float]) -> None:
    m = label.medium
    pad = 2.2 * mm
    if outline:  # a guide for cutting: kept SAFE_EDGE inside the sheet on narrow-margin stock
        edge = SAFE_EDGE + 0.5 * mm  # the stroke's own width and its anti-aliasing
        ox0, oy0 = max(x, edge), max(y, edge)
        ox1, oy1 = min(x + w, sheet[0] - edge), min(y + h, sheet[1] - edge)
        p.c.saveState()
        p.c.setStrokeGray(0.75)
        p.c.setLineWidth(0.3)
        p.c.roundRect(ox0, oy0, ox1 - ox0, oy1 - oy0, 2 * mm, stroke=1, fill=0)
        p.c.restoreState()
    qr = min(h - 2 * pad, w * 0.42)
    draw_qr(p, qr_text(label), x + w - pad - qr, y + (h - qr) / 2, qr)
    tx = x + pad
    text_w = w - 3 * pad - qr
    top = y + h - pad
    level_size = min(15.0, h / mm * 0.45)
    p.text(tx, top - level_size * 0.9, m.level.label, level_size, bold=True)
    size = 7.5 if h < 36 * mm else 8.5
    lines = [f"编号：{m.number}", f"使用人：{m.user or '—'}", f"类型：{m.kind}"]
    ly = top - level_size * 0.9 - size * 1.6
    for line in lines:
        for part in wrap_text(line, text_w, size)[:2]:
            p.text(tx, ly, part, size)
            ly -= size * 1.3
    unit_line = wrap_text(unit, text_w, 6.5)[0]
    p.text(tx, y + pad, unit_line, 6.5)


def render_label_sheet(labels: Sequence[MediumLabel], meta: PrintMeta, *,
                       stock: LabelStock = A4_3X8, outline: bool = True,
                       skip: int = 0) -> bytes:
    """Labels in reading order; ``skip`` leaves the first positions of a used sheet empty."""
    if not labels:
        raise ValidationError("没有要打印的标签", field="labels")
    if len(labels) > MAX_LABELS:
        raise ValidationError(f"一次最多打印 {MAX_LABELS} 张标签", field="labels")
    if not 0 <= skip < stock.per_sheet:
        raise ValidationError(f"跳过的标签数须小于每张 {stock.per_sheet} 枚", field="skip")
    doc = Document(meta, TITLE, sheet=True)
    w, h = stock.label_width * mm, stock.label_height * mm
    page_h = doc.page_height
    pos = skip
    for label in labels:
        if pos == stock.per_sheet:
            doc.new_page()
            pos = 0
        r, c = divmod(pos, stock.columns)
        x = (stock.margin_left + c * (stock.label_width + stock.gap_x)) * mm
        y = page_h - (stock.margin_top + (r + 1) * stock.label_height + r * stock.gap_y) * mm

        def op(p: Painter, label: MediumLabel = label, x: float = x, y: float = y) -> None:
            _draw_label(p, label, meta.unit_name, x, y, w, h, outline,
                        (doc.page_width, page_h))

        doc.page.ops.append(op)
        doc.mark(Mark.of(label.medium))
        pos += 1
    return doc.render()
