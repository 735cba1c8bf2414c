"""Registers for a span of dates, streamed from the register: 收文登记簿, 发文登记簿,
移动存储介质台帐; and the media labels.

A ledger may run to tens of thousands of lines: :func:`incoming_ledger` and friends count the
lines and find the highest level up front (the print is issued at that level), and their
``render`` streams the rows from a read session of its own, in whatever thread draws the
PDF, with progress and a cancel flag between rows. The session is closed when drawing ends.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from sqlalchemy import ColumnElement, Select, Subquery, and_, case, func, or_, select
from sqlalchemy.orm import Session

from app.errors import NotFound, RuleViolation
from app.models.documents import (
    Copy,
    CopyKind,
    CopyState,
    Dispatch,
    DispatchItem,
    Distribution,
    Document,
    DocumentKind,
    PeriodKind,
)
from app.models.enums import Level
from app.models.media import Medium, MediumEvent, MediumEventKind, MediumKind, MediumStatus
from app.models.people import Organisation
from app.reports import labels, ledgers
from app.reports.catalog import FormKind
from app.reports.data import (
    IncomingEntry,
    ItemRef,
    LabelStock,
    MediumLabel,
    MediumRef,
    OutgoingEntry,
    Period,
    PrintMeta,
)
from app.reports.page import CancelFlag, Progress
from app.services import ledgers as ledger_io
from app.services import print_settings
from app.services.print_forms import media_refs
from app.services.print_forms.base import (
    Prepared,
    account_names,
    clip,
    display,
    period_ref,
    ref,
    year_to_date,
)
from app.services.register import Register

STREAM_BATCH = 500
GONE = (MediumStatus.LOST.value, MediumStatus.DESTROYED.value)


def _states(text: str | None, *, leave_out: str = "") -> str:
    """``in_store,circulating,in_store`` → ``在库2、传阅中1``."""
    counts = Counter(v for v in (text or "").split(",") if v and v != leave_out)
    return "、".join(f"{CopyState(k).label}{n}" for k, n in counts.items())


def _kept(states: str | None) -> str:
    """What the unit kept of its own document (留存), the dispatched copies left out."""
    text = _states(states, leave_out=CopyState.DISPATCHED.value)
    return f"留存：{text}" if text else ""


def _numbers(text: str | None) -> str:
    nums = sorted(int(v) for v in (text or "").split(",") if v)
    return ledger_io.compact_ranges(nums)


def _item(number: str, title: str, level: int, period_kind: str, years: int | None,
          period_end: dt.date | None, carrier: str, copies: int, sender: str, internal: str,
          copy_numbers: str) -> ItemRef:
    lv = Level(level)
    text = ""
    if lv.is_classified and period_kind == PeriodKind.LONG_TERM.value:
        text = "长期"
    elif lv.is_classified and period_kind == PeriodKind.DATE.value and period_end is not None:
        text = period_end.isoformat()
    return ItemRef(
        doc_number=number, title=title, level=lv, copy_number=clip(copy_numbers, 64),
        period_years=(years if lv.is_classified and period_kind == PeriodKind.YEARS.value
                      and years and 0 < years <= 100 else None),
        issuer=sender, kind="文件" if carrier == "纸质" else carrier,
        copies=max(1, min(copies, 9999)), register_number=internal, period_text=text,
    )


def _summary(s: Session, kind: DocumentKind, period: Period) -> tuple[int, Level]:
    total, top = s.execute(
        select(func.count(Document.id), func.max(Document.level))
        .where(Document.kind == kind.value, Document.received_on >= period.start,
               Document.received_on <= period.end)).one()
    return int(total or 0), Level(top or 0)


def _copies_of(kind: DocumentKind, period: Period) -> Select[tuple[int, str, str]]:
    """Per document of the period: its originals' 份号 and states, concatenated."""
    return (
        select(Copy.document_id.label("document_id"),
               func.group_concat(Copy.copy_no, ",").label("nums"),
               func.group_concat(Copy.state, ",").label("states"))
        .join(Document, Document.id == Copy.document_id)
        .where(Copy.kind == CopyKind.ORIGINAL.value, Document.kind == kind.value,
               Document.received_on >= period.start, Document.received_on <= period.end)
        .group_by(Copy.document_id)
    )


def _document_columns() -> tuple[object, ...]:
    return (Document.internal_no, Document.received_on, Document.doc_number, Document.title,
            Document.level, Document.period_kind, Document.period_years, Document.period_end,
            Document.carrier, Document.copies_count, Document.urgent, Document.discrepancies,
            Document.declassified_on, Document.created_by, Document.signed_by)


def _note(urgent: bool, discrepancies: str, declassified: dt.date | None) -> str:
    parts = ["急件" if urgent else "", "收文异常" if discrepancies else "",
             f"{declassified.isoformat()} 解密" if declassified else ""]
    return "；".join(p for p in parts if p)


def _check_ceiling(register: Register, level: Level, kind: FormKind) -> None:
    ws = register.workstation.level
    if level > ws:
        raise RuleViolation(
            f"{kind.label}中有{level.label}级记录：本机为{ws.label}级计算机，不能打印"
            "（低密级计算机不得处理高密级信息）", field="level")


# -- 收文登记簿 -----------------------------------------------------------------------------------
def incoming_rows(s: Session, period: Period) -> Iterator[IncomingEntry]:
    """Every received document of the period, in order of receipt, streamed."""
    names = account_names(s)
    copies = _copies_of(DocumentKind.RECEIVED, period).subquery()
    stmt = (
        select(*_document_columns(), Organisation.name, copies.c.nums,  # type: ignore[call-overload]
               copies.c.states)
        .outerjoin(Organisation, Organisation.id == Document.sender_id)
        .outerjoin(copies, copies.c.document_id == Document.id)
        .where(Document.kind == DocumentKind.RECEIVED.value,
               Document.received_on >= period.start, Document.received_on <= period.end)
        .order_by(Document.received_on, Document.id)
        .execution_options(yield_per=STREAM_BATCH)
    )
    for (internal, day, number, title, level, pkind, years, pend, carrier, count, urgent,
         discrepancies, declassified, created_by, _signed, sender, nums,
         states) in s.execute(stmt):
        yield IncomingEntry(
            number=internal, received_on=day,
            item=_item(number, title, level, pkind, years, pend, carrier, count, sender or "",
                       internal, _numbers(nums)),
            handling=clip(_states(states), 200), signed_by=display(names, created_by),
            note=_note(urgent, discrepancies, declassified),
        )


def incoming_ledger(register: Register, period: Period | None = None, *,
                    progress: Progress | None = None,
                    cancel: CancelFlag | None = None) -> Prepared:
    return _document_ledger(register, FormKind.INCOMING_LEDGER, DocumentKind.RECEIVED,
                            incoming_rows, ledgers.render_incoming_ledger, "收文登记簿",
                            period, progress, cancel)


# -- 发文登记簿 -----------------------------------------------------------------------------------
def outgoing_rows(s: Session, period: Period) -> Iterator[OutgoingEntry]:
    """Every outgoing document of the period, with its approved distribution, streamed."""
    copies = _copies_of(DocumentKind.OUTGOING, period).subquery()
    sent = (
        select(Copy.document_id.label("document_id"), Dispatch.recipient_id.label("org_id"),
               func.count(DispatchItem.id).label("n"))
        .join(DispatchItem, DispatchItem.copy_id == Copy.id)
        .join(Dispatch, Dispatch.id == DispatchItem.dispatch_id)
        .group_by(Copy.document_id, Dispatch.recipient_id)
    ).subquery()
    sent_text = case((sent.c.n > 0, func.printf("（已发%d）", sent.c.n)), else_="")
    dist = (
        select(Distribution.document_id.label("document_id"),
               func.group_concat(func.printf("%s %d份%s", Organisation.name,
                                             Distribution.copies, sent_text),
                                 "、").label("recipients"))
        .join(Organisation, Organisation.id == Distribution.organisation_id)
        .outerjoin(sent, and_(sent.c.document_id == Distribution.document_id,
                              sent.c.org_id == Distribution.organisation_id))
        .join(Document, Document.id == Distribution.document_id)
        .where(Document.kind == DocumentKind.OUTGOING.value,
               Document.received_on >= period.start, Document.received_on <= period.end)
        .group_by(Distribution.document_id)
    ).subquery()
    stmt = (
        select(*_document_columns(), dist.c.recipients, copies.c.nums,  # type: ignore[call-overload]
               copies.c.states)
        .outerjoin(dist, dist.c.document_id == Document.id)
        .outerjoin(copies, copies.c.document_id == Document.id)
        .where(Document.kind == DocumentKind.OUTGOING.value,
               Document.received_on >= period.start, Document.received_on <= period.end)
        .order_by(Document.received_on, Document.id)
        .execution_options(yield_per=STREAM_BATCH)
    )
    for (internal, day, number, title, level, pkind, years, pend, carrier, count, urgent,
         _discrepancies, declassified, _created_by, signed_by, recipients, nums,
         states) in s.execute(stmt):
        yield OutgoingEntry(
            number=internal, sent_on=day,
            item=_item(number, title, level, pkind, years, pend, carrier, count, "", internal,
                       ""),
            recipients=clip(recipients or "—", 2000), copy_numbers=clip(_numbers(nums), 64),
            signed_by=signed_by[:64],
            note=clip("；".join(p for p in (_kept(states), _note(urgent, "", declassified))
                                if p), 200),
        )


def outgoing_ledger(register: Register, period: Period | None = None, *,
                    progress: Progress | None = None,
                    cancel: CancelFlag | None = None) -> Prepared:
    return _document_ledger(register, FormKind.OUTGOING_LEDGER, DocumentKind.OUTGOING,
                            outgoing_rows, ledgers.render_outgoing_ledger, "发文登记簿",
                            period, progress, cancel)


def _document_ledger(register: Register, kind: FormKind, doc_kind: DocumentKind,
                     rows: Callable[[Session, Period], Iterator[Any]],
                     draw: Callable[..., bytes], name: str, period: Period | None,
                     progress: Progress | None, cancel: CancelFlag | None) -> Prepared:
    """A register of documents for a period: counted and checked now, streamed when drawn."""
    period = period or year_to_date()
    with register.read() as s:
        total, top = _summary(s, doc_kind, period)
    _check_ceiling(register, top, kind)

    def render(meta: PrintMeta) -> bytes:
        with register.read() as s:
            return draw(rows(s, period), period, meta, total=total, progress=progress,
                        cancel=cancel)

    return Prepared(kind, f"{name}：{period.text}（{total} 条）", "", top, render,
                    period_ref(kind, period))


# -- 移动存储介质台帐 ------------------------------------------------------------------------------
def _media_condition(period: Period) -> tuple[Subquery, ColumnElement[bool]]:
    """Media registered by the period's end and not gone (lost, destroyed) before its start."""
    gone = (select(MediumEvent.medium_id.label("medium_id"),
                   func.max(MediumEvent.at).label("gone_at"))
            .where(MediumEvent.kind.in_([MediumEventKind.LOST.value,
                                         MediumEventKind.DESTROYED.value]))
            .group_by(MediumEvent.medium_id)).subquery()
    until = (period.end + dt.timedelta(days=1)).isoformat()
    cond = and_(Medium.created_at < until,
                or_(Medium.status.not_in(GONE), gone.c.gone_at.is_(None),
                    gone.c.gone_at >= period.start.isoformat()))
    return gone, cond


def media_rows(s: Session, period: Period) -> Iterator[MediumRef]:
    departments = media_refs.departments_by_name(s)
    gone, cond = _media_condition(period)
    stmt = (select(Medium).outerjoin(gone, gone.c.medium_id == Medium.id)
            .where(cond).order_by(Medium.number).execution_options(yield_per=STREAM_BATCH))
    for m in s.scalars(stmt):
        yield media_refs.medium_ref(m, departments.get(m.holder, ""))


def media_ledger(register: Register, period: Period | None = None, *,
                 progress: Progress | None = None,
                 cancel: CancelFlag | None = None) -> Prepared:
    kind = FormKind.MEDIA_LEDGER
    period = period or year_to_date()
    with register.read() as s:
        gone, cond = _media_condition(period)
        total, top = s.execute(
            select(func.count(Medium.id), func.max(Medium.highest_level))
            .outerjoin(gone, gone.c.medium_id == Medium.id).where(cond)).one()
    total, level = int(total or 0), Level(top or 0)
    _check_ceiling(register, level, kind)

    def render(meta: PrintMeta) -> bytes:
        with register.read() as s:
            return ledgers.render_media_ledger(media_rows(s, period), period, meta,
                                               total=total, progress=progress, cancel=cancel)

    return Prepared(kind, f"移动存储介质台帐：{period.text}（{total} 件）", "", level, render,
                    period_ref(kind, period))


# -- 介质标签 -------------------------------------------------------------------------------------
def media_labels(register: Register, record_id: int | None = None, *,
                 medium_ids: Sequence[int] | None = None,
                 stock: LabelStock | None = None) -> Prepared:
    """Labels for the chosen media (``medium_ids``, or the one ``record_id``); by default for
    every medium in use (equipment such as a printer excepted). The sheet is the register's
    label stock setting unless ``stock`` is given."""
    kind = FormKind.MEDIA_LABELS
    wanted = list(medium_ids) if medium_ids else ([record_id] if record_id is not None else [])
    with register.read() as s:
        stock = stock or print_settings.label_stock_s(s)
        departments = media_refs.departments_by_name(s)
        if wanted:
            found = {m.id: m for m in s.scalars(select(Medium).where(Medium.id.in_(wanted)))}
            missing_ids = [i for i in wanted if i not in found]
            if missing_ids:
                raise NotFound(f"登记簿中没有编号为 {missing_ids[0]} 的介质，无法打印标签",
                               field="record")
            chosen = [found[i] for i in wanted]
            for m in chosen:
                if m.status in GONE:
                    raise RuleViolation(f"介质 {m.number} {MediumStatus(m.status).label}，"
                                        "不能打印标签", field="record")
        else:
            chosen = list(s.scalars(select(Medium).where(
                Medium.status == MediumStatus.IN_USE.value,
                Medium.kind != MediumKind.EQUIPMENT.value).order_by(Medium.number)))
            if not chosen:
                raise NotFound("登记簿中没有在用的移动存储介质，无法打印标签", field="record")
        items = [MediumLabel(media_refs.medium_ref(m, departments.get(m.holder, "")))
                 for m in chosen]
    top = max(i.medium.level for i in items)
    _check_ceiling(register, top, kind)
    key = ",".join(str(m.id) for m in chosen) if wanted else "in_use"
    return Prepared(kind, f"介质标签：{len(items)} 枚", clip("、".join(m.number for m in chosen),
                                                           200),
                    top, lambda meta: labels.render_label_sheet(items, meta, stock=stock),
                    ref(kind, key if len(key) <= 40 else f"{len(items)}"))
