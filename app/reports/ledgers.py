"""Ledger pages for a period: 收文登记簿, 发文登记簿 and the 移动存储介质台帐.

Ledgers are long: rows may be any iterable (a query streaming from the register), laid out
one by one with ``progress(done, total)`` and a cancel flag checked between rows and
between pages. Each page
is marked with the highest level of the rows printed on it.
"""

from __future__ import annotations

from collections.abc import Iterable

from app.reports.common import clerk_signs
from app.reports.data import IncomingEntry, MediumRef, OutgoingEntry, Period, PrintMeta
from app.reports.page import (
    SMALL_SIZE,
    CancelFlag,
    Document,
    Mark,
    Progress,
    Row,
    cells,
    fmt_dt,
)

#: Ledgers report ``progress(done, PROGRESS_SCALE)``: laying out the rows is the first
#: quarter, drawing the pages the rest (drawing is the slower part).
PROGRESS_SCALE = 1000
LAYOUT_SHARE = 250

INCOMING_TITLE = "收文登记簿"
OUTGOING_TITLE = "发文登记簿"
MEDIA_TITLE = "移动存储介质台帐"

INCOMING_HEAD = ("收文编号", "收文日期", "来文单位", "文号", "标题", "密级", "份数", "份号",
                 "处理情况", "签收人", "备注")
INCOMING_W = (1.7, 1.2, 1.6, 1.9, 4.4, 1.2, 0.7, 0.7, 1.3, 0.9, 0.8)
OUTGOING_HEAD = ("发文编号", "发文日期", "文号", "标题", "密级", "份数", "份号", "发往单位",
                 "签发人", "备注")
OUTGOING_W = (1.7, 1.2, 1.9, 3.5, 1.2, 0.7, 0.9, 3.3, 0.9, 1.5)
MEDIA_HEAD = ("编号", "类型", "品牌型号", "序列号", "容量", "密级", "使用人", "部门",
              "登记日期", "状态", "备注")
MEDIA_W = (1.6, 1.0, 1.9, 2.2, 0.9, 0.9, 1.0, 1.5, 1.3, 0.8, 1.6)


def _header(head: tuple[str, ...], weights: tuple[float, ...]) -> Row:
    return Row(cells(head, weights, "c" * len(head), size=SMALL_SIZE, bold=True))


def _subtitle(meta: PrintMeta, period: Period) -> str:
    return f"单位：{meta.unit_name}　　登记期间：{period.text}"


def _ledger(
    meta: PrintMeta, title: str, period: Period, header: Row, rows: Iterable[Row], *,
    total: int, progress: Progress | None, cancel: CancelFlag | None,
) -> bytes:
    doc = Document(meta, title, subtitle=_subtitle(meta, period), landscape_pages=True,
                   title_every_page=True, margins_mm=(12.0, 10.0))
    layout_progress = render_progress = None
    if progress is not None:
        report = progress

        def layout_progress(done: int, of: int) -> None:
            report(LAYOUT_SHARE * done // max(of, 1), PROGRESS_SCALE)

        def render_progress(done: int, of: int) -> None:
            report(LAYOUT_SHARE + (PROGRESS_SCALE - LAYOUT_SHARE) * done // max(of, 1),
                   PROGRESS_SCALE)

    n = doc.rows(rows, [header], total=total, progress=layout_progress, cancel=cancel)
    if n == 0:
        doc.text("本期无登记记录。", align="center")
    doc.space(3)
    clerk_signs(doc, ("审核人（签字）", ""), meta.printed_by)
    return doc.render(progress=render_progress, cancel=cancel)


def incoming_row(e: IncomingEntry) -> Row:
    it = e.item
    texts = (e.number, fmt_dt(e.received_on), it.issuer, it.doc_number, it.title, it.marking,
             str(it.copies), it.copy_number, e.handling, e.signed_by, e.note)
    return Row(cells(texts, INCOMING_W, "ccllllcclcl", size=SMALL_SIZE), marks=(Mark.of(it),))


def outgoing_row(e: OutgoingEntry) -> Row:
    it = e.item
    texts = (e.number, fmt_dt(e.sent_on), it.doc_number, it.title, it.marking, str(it.copies),
             e.copy_numbers, e.recipients, e.signed_by, e.note)
    return Row(cells(texts, OUTGOING_W, "cclllcclcl", size=SMALL_SIZE), marks=(Mark.of(it),))


def media_row(m: MediumRef) -> Row:
    texts = (m.number, m.kind, m.model, m.serial_number, m.capacity, m.level.label, m.user,
             m.department, fmt_dt(m.enabled_on), m.status, m.note)
    return Row(cells(texts, MEDIA_W, "cclllcclccl", size=SMALL_SIZE), marks=(Mark.of(m),))


def render_incoming_ledger(
    entries: Iterable[IncomingEntry], period: Period, meta: PrintMeta, *, total: int = 0,
    progress: Progress | None = None, cancel: CancelFlag | None = None,
) -> bytes:
    return _ledger(meta, INCOMING_TITLE, period, _header(INCOMING_HEAD, INCOMING_W),
                   (incoming_row(e) for e in entries), total=total, progress=progress,
                   cancel=cancel)


def render_outgoing_ledger(
    entries: Iterable[OutgoingEntry], period: Period, meta: PrintMeta, *, total: int = 0,
    progress: Progress | None = None, cancel: CancelFlag | None = None,
) -> bytes:
    return _ledger(meta, OUTGOING_TITLE, period, _header(OUTGOING_HEAD, OUTGOING_W),
                   (outgoing_row(e) for e in entries), total=total, progress=progress,
                   cancel=cancel)


def render_media_ledger(
    media: Iterable[MediumRef], period: Period, meta: PrintMeta, *, total: int = 0,
    progress: Progress | None = None, cancel: CancelFlag | None = None,
) -> bytes:
    return _ledger(meta, MEDIA_TITLE, period, _header(MEDIA_HEAD, MEDIA_W),
                   (media_row(m) for m in media), total=total, progress=progress,
                   cancel=cancel)
