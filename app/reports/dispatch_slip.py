"""发文封发单: one envelope sent out (003 收发: only to the approved distribution; the envelope
is marked with the highest level inside and carries the dispatch number).

The upper part is the register's record of the envelope (封号, recipient, what is inside, who
sealed it) to be kept with the 发文登记簿; the boxed lower part is the envelope's face (信封
标注), cut out and stuck on the envelope, and the recipient's receipt (回执).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from reportlab.lib.units import mm

from app.errors import ValidationError
from app.models.enums import Level
from app.reports import fonts
from app.reports.common import items_table, kv, note
from app.reports.data import (
    NAME_MAX,
    NUMBER_MAX,
    ORG_MAX,
    TEXT_MAX,
    ItemRef,
    PrintMeta,
    check_text,
)
from app.reports.page import BLANK_DATE, BODY_SIZE, Document, Mark, Painter, fmt_dt, wrap

TITLE = "涉密载体封发单"
ENVELOPE_HEIGHT = 52 * mm


def envelope_marking(level: Level, dispatch_no: str, urgent: bool) -> str:
    """What the envelope says: level, dispatch number, urgency (the register shows the same)."""
    return " ".join([level.label, dispatch_no, *(["特急"] if urgent else [])])


@dataclass(frozen=True)
class DispatchSlip:
    """An envelope: its number, recipient, marking and the copies inside."""

    dispatch_no: str  # 封号 2026-封-0001
    recipient: str  # 收件单位
    sender: str  # 发件单位 (this unit)
    dispatched_on: dt.date
    envelope_level: Level  # the highest level inside
    urgent: bool
    items: tuple[ItemRef, ...]
    clerk: str = ""  # 封发人 (保密员)
    remarks: str = ""

    def __post_init__(self) -> None:
        check_text(self.dispatch_no, "dispatch_no", "封号", max_len=NUMBER_MAX, required=True)
        check_text(self.recipient, "recipient", "收件单位", max_len=ORG_MAX, required=True)
        check_text(self.sender, "sender", "发件单位", max_len=ORG_MAX, required=True)
        check_text(self.clerk, "clerk", "封发人", max_len=NAME_MAX)
        check_text(self.remarks, "remarks", "备注", max_len=TEXT_MAX)
        if not self.items:
            raise ValidationError("封发单至少要列一份载体", field="items")

    @property
    def envelope_marking(self) -> str:
        return envelope_marking(self.envelope_level, self.dispatch_no, self.urgent)


def marks(slip: DispatchSlip) -> list[Mark]:
    return [Mark.of(i) for i in slip.items]


def _fitted(text: str, width: float, size: float, smallest: float = 7.0
            ) -> tuple[float, list[str]]:
    """The text at the largest size up to ``size`` that fits on one line ``width`` wide; a
    text too long even at ``smallest`` is wrapped at that size."""
    natural = fonts.text_width(text, size)
    if natural <= width:
        return size, [text]
    fitted = size * width / natural
    if fitted >= smallest:
        return fitted, [text]
    return smallest, wrap(text, width, smallest)


def _envelope(slip: DispatchSlip, width: float) -> Callable[[Painter, float, float], None]:
    """The envelope's face, inside a dashed cutting frame ``width`` wide."""

    def draw(p: Painter, left: float, top: float) -> None:
        c = p.c
        bottom = top - ENVELOPE_HEIGHT
        c.saveState()
        c.setDash(3, 2)
        c.rect(left, bottom, width, ENVELOPE_HEIGHT)
        c.restoreState()
        inner = width - 16 * mm
        x = left + 8 * mm
        p.text(left + 2 * mm, top - 4.5 * mm, "信封标注（沿虚线剪下，贴于信封正面）", 7.5)
        p.text(x, top - 16 * mm, slip.envelope_level.label, 22, bold=True)
        if slip.urgent:
            p.text(left + width - 8 * mm, top - 16 * mm, "特急", 22, "right", bold=True)
        p.text(left + width / 2, top - 16 * mm, f"封号：{slip.dispatch_no}", 14, "center",
               bold=True)
        size, lines = _fitted(f"收件单位：{slip.recipient}", inner, 14)
        y = top - 26 * mm
        for line in lines[:3]:
            p.text(x, y, line, size)
            y -= size * 1.3
        inside = sum(i.copies for i in slip.items)
        tail = f"　封内 {inside} 份　{slip.dispatched_on.isoformat()}"
        p.text(left + width - 8 * mm, top - 41 * mm, tail, BODY_SIZE, "right")
        room = inner - fonts.text_width(tail, BODY_SIZE)
        size, lines = _fitted(f"发件单位：{slip.sender}", room, BODY_SIZE)
        p.text(x, top - 41 * mm, lines[0], size)
        p.text(x, top - 47 * mm, "内装涉密载体，请收件单位保密员拆封、核对、签收", BODY_SIZE)

    return draw


def render_dispatch_slip(slip: DispatchSlip, meta: PrintMeta) -> bytes:
    doc = Document(meta, TITLE, subtitle=meta.unit_name, base_marks=marks(slip))
    doc.row(kv(("封　　号", slip.dispatch_no), ("发出日期", fmt_dt(slip.dispatched_on))))
    doc.row(kv(("收件单位", slip.recipient)))
    doc.row(kv(("信封标密", f"{slip.envelope_level.label}（封内最高密级）"),
               ("缓　　急", "特急" if slip.urgent else "一般")))
    if slip.remarks:
        doc.row(kv(("备　　注", slip.remarks)))
    doc.space(4)
    items_table(doc, slip.items, "封内载体：")
    doc.space(3)
    doc.signatures([("保密员（签字）", slip.clerk), ("复核人（签字）", "")])
    doc.space(3)
    doc.block(ENVELOPE_HEIGHT, _envelope(slip, doc.width))
    doc.space(4)
    doc.text("回　执", bold=True)
    doc.row(kv(("封　　号", slip.dispatch_no), ("收件单位", slip.recipient)))
    doc.row(kv(("核对情况", "□封皮完好　□份数相符　□份号相符　□密级相符")))
    doc.row(kv(("收到日期", BLANK_DATE), ("单位盖章", "")))
    doc.signatures([("收件人（签字）", ""), ("收件单位保密员（签字）", "")])
    note(doc, "注：只向经批准的分送范围发出；信封按封内载体的最高密级标注，注明封号，"
              "急件注明缓急；回执由收件单位签收后退回，与发文登记簿一并保存。")
    return doc.render()
