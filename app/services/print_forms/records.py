"""The records a form can be printed for (newest first, for the printing screen's list), and
what the register says *now* about the record a printed slip shows (for the slip check)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models.documents import (
    Approval,
    ApprovalStatus,
    Copy,
    CopyKind,
    CopyState,
    Dispatch,
    DispatchItem,
    Document,
)
from app.models.lifecycle import (
    CarryOut,
    Circulation,
    CirculationReading,
    CopyRecord,
    Destruction,
    DestructionItem,
    DestructionMethod,
    IssuerReturn,
    IssuerReturnItem,
    Loan,
)
from app.models.media import Incident, Medium, MediumKind, MediumStatus
from app.models.people import Organisation, Person, PersonStatus
from app.reports.catalog import FormKind
from app.services.lifecycle import copies as copy_service
from app.services.lifecycle.common import short
from app.services.print_forms.base import PERIOD_FORMS, copy_label, local, local_day, today
from app.services.register import Register

RECENT_LIMIT = 100


@dataclass(frozen=True)
class RecordChoice:
    """One record a form can be printed for, as the printing screen lists it."""

    id: int
    label: str


def _day(iso: str | None) -> str:
    d = local_day(iso)
    return d.isoformat() if d else ""


def _short(title: str, n: int = 16) -> str:
    return short(title, n)


def _who(p: Person | None) -> str:
    return f"{p.name}（{p.department}）" if p is not None else ""


# -- recent records -------------------------------------------------------------------------------
# Newest first by the date each line shows (a record entered late, 补登, takes its place by
# that date, not by when it was typed in), then by entry.
def _recent_circulations(s: Session, limit: int) -> list[RecordChoice]:
    readers = (select(func.count(CirculationReading.id))
               .where(CirculationReading.circulation_id == Circulation.id).scalar_subquery())
    rows = s.execute(select(Circulation, Copy, Document, readers)
                     .join(Copy, Copy.id == Circulation.copy_id)
                     .join(Document, Document.id == Copy.document_id)
                     .order_by(Circulation.started_at.desc(), Circulation.id.desc()).limit(limit))
    return [RecordChoice(r.id, f"{_day(r.started_at)}　{copy_label(c, d)}《{_short(d.title)}》"
                               f"　{n} 人阅　{'已结束' if r.closed_at else '进行中'}")
            for r, c, d, n in rows]


def _recent_loans(s: Session, limit: int) -> list[RecordChoice]:
    rows = s.execute(select(Loan, Copy, Document, Person)
                     .join(Copy, Copy.id == Loan.copy_id)
                     .join(Document, Document.id == Copy.document_id)
                     .join(Person, Person.id == Loan.borrower_id)
                     .order_by(Loan.out_at.desc(), Loan.id.desc()).limit(limit))
    return [RecordChoice(n.id, f"{_day(n.out_at)}　{_who(p)}　{copy_label(c, d)}"
                               f"《{_short(d.title)}》　"
                               + ("已归还" if n.back_at else f"借出中，应还 {n.due_on}"))
            for n, c, d, p in rows]


def _recent_copies(s: Session, limit: int) -> list[RecordChoice]:
    rows = s.execute(select(CopyRecord, Copy, Document)
                     .join(Copy, Copy.id == CopyRecord.source_copy_id)
                     .join(Document, Document.id == CopyRecord.document_id)
                     .order_by(CopyRecord.copied_on.desc(), CopyRecord.id.desc()).limit(limit))
    return [RecordChoice(r.id, f"{r.copied_on}　"
                               f"{'摘抄' if r.kind == CopyKind.EXCERPT.value else '复制'} "
                               f"{r.count} 份　{copy_label(c, d)}《{_short(d.title)}》"
                               f"　签收人 {r.received_by}")
            for r, c, d in rows]


def _recent_carry_outs(s: Session, limit: int) -> list[RecordChoice]:
    rows = s.execute(select(CarryOut, Copy, Document, Person)
                     .join(Copy, Copy.id == CarryOut.copy_id)
                     .join(Document, Document.id == Copy.document_id)
                     .join(Person, Person.id == CarryOut.carrier_id)
                     .order_by(CarryOut.out_at.desc(), CarryOut.id.desc()).limit(limit))
    return [RecordChoice(o.id, f"{_day(o.out_at)}　{_who(p)}　{copy_label(c, d)} 至"
                               f"{_short(o.destination, 20)}　"
                               + ("已交回" if o.back_at else f"外出中，应交回 {o.due_on}"))
            for o, c, d, p in rows]


def _recent_destructions(s: Session, limit: int) -> list[RecordChoice]:
    n = (select(func.count(DestructionItem.id))
         .where(DestructionItem.destruction_id == Destruction.id).scalar_subquery())
    rows = s.execute(select(Destruction, n)
                     .order_by(Destruction.destroyed_on.desc(), Destruction.id.desc())
                     .limit(limit))
    return [RecordChoice(r.id, f"{r.destroyed_on}　销毁 {k} 件"
                               f"（{DestructionMethod(r.method).label}，{_short(r.place, 20)}）")
            for r, k in rows]


def _recent_returns(s: Session, limit: int) -> list[RecordChoice]:
    n = (select(func.count(IssuerReturnItem.id))
         .where(IssuerReturnItem.return_id == IssuerReturn.id).scalar_subquery())
    rows = s.execute(select(IssuerReturn, Organisation.name, n)
                     .outerjoin(Organisation, Organisation.id == IssuerReturn.organisation_id)
                     .order_by(IssuerReturn.returned_on.desc(), IssuerReturn.id.desc())
                     .limit(limit))
    return [RecordChoice(r.id, f"{r.returned_on}　清退 {k} 件　{org or ''}　接收人 {r.received_by}")
            for r, org, k in rows]


def _recent_departures(s: Session, limit: int) -> list[RecordChoice]:
    """People who left (newest first), then everyone on post: a clearance can be printed
    before the departure is signed off, as the checklist of what is still to come back."""
    gone = s.scalars(select(Person).where(Person.status == PersonStatus.DEPARTED.value)
                     .order_by(Person.departure_date.desc(), Person.id.desc()).limit(limit))
    out = [RecordChoice(p.id, f"{_who(p)}　{p.departure_date} 离岗") for p in gone]
    on_post = s.scalars(select(Person).where(Person.status == PersonStatus.ON_POST.value)
                        .order_by(Person.department, Person.name).limit(max(limit - len(out), 0)))
    out += [RecordChoice(p.id, f"{_who(p)}　在岗") for p in on_post]
    return out


def _recent_media(s: Session, limit: int) -> list[RecordChoice]:
    rows = s.scalars(select(Medium).where(
        Medium.status.not_in([MediumStatus.LOST.value, MediumStatus.DESTROYED.value]),
        Medium.kind != MediumKind.EQUIPMENT.value).order_by(Medium.id.desc()).limit(limit))
    return [RecordChoice(m.id, f"{m.number}　{MediumKind(m.kind).label}　{m.holder}　"
                               f"{MediumStatus(m.status).label}")
            for m in rows]


def _recent_incidents(s: Session, limit: int) -> list[RecordChoice]:
    rows = s.execute(select(Incident, Medium.number, Copy.code)
                     .outerjoin(Medium, Medium.id == Incident.medium_id)
                     .outerjoin(Copy, Copy.id == Incident.copy_id)
                     .order_by(Incident.opened_at.desc(), Incident.id.desc()).limit(limit))
    return [RecordChoice(i.id, f"{_day(i.opened_at)}　"
                               + (f"载体 {code}" if code else f"介质 {number or '—'}") + " 丢失　"
                               + (f"已报告{i.reported_to}" if i.reported_at else "尚未上报"))
            for i, number, code in rows]


def _recent_dispatches(s: Session, limit: int) -> list[RecordChoice]:
    n = (select(func.count(DispatchItem.id))
         .where(DispatchItem.dispatch_id == Dispatch.id).scalar_subquery())
    rows = s.execute(select(Dispatch, Organisation.name, n)
                     .join(Organisation, Organisation.id == Dispatch.recipient_id)
                     .order_by(Dispatch.id.desc()).limit(limit))
    return [RecordChoice(r.id, f"{r.dispatched_on}　{r.dispatch_no}　发往{org}　{k} 份")
            for r, org, k in rows]


_RECENT = {
    FormKind.CIRCULATION: _recent_circulations,
    FormKind.LOAN: _recent_loans,
    FormKind.COPY: _recent_copies,
    FormKind.CARRY_OUT: _recent_carry_outs,
    FormKind.DESTRUCTION: _recent_destructions,
    FormKind.RETURN: _recent_returns,
    FormKind.DEPARTURE: _recent_departures,
    FormKind.MEDIA_LABELS: _recent_media,
    FormKind.INCIDENT: _recent_incidents,
    FormKind.DISPATCH: _recent_dispatches,
}


def recent(register: Register, kind: FormKind, limit: int = RECENT_LIMIT) -> list[RecordChoice]:
    """The records ``kind`` can be printed for, newest first (none for ledgers and the
    inspection record, which are printed for a period)."""
    fetch = _RECENT.get(FormKind(kind))
    if fetch is None:
        return []
    with register.read() as s:
        return fetch(s, limit)


# -- what the register says now -------------------------------------------------------------------
def _state_of(c: Copy, s: Session) -> str:
    state = CopyState(c.state)
    holder = s.get(Person, c.holder_id) if c.holder_id else None
    return f"“{state.label}”" + (f"，在{_who(holder)}手中" if holder else "")


def _overdue(due: dt.date) -> str:
    late = (today() - due).days
    return f"，已逾期 {late} 天" if late > 0 else ""


def _says_circulation(s: Session, key: int) -> str:
    r = s.get(Circulation, key)
    if r is None:
        return ""
    c = s.get_one(Copy, r.copy_id)
    d = s.get_one(Document, c.document_id)
    n = s.scalar(select(func.count(CirculationReading.id))
                 .where(CirculationReading.circulation_id == r.id)) or 0
    open_reading = s.scalar(select(CirculationReading).where(
        CirculationReading.circulation_id == r.id, CirculationReading.back_at.is_(None)))
    state = f"已于 {_day(r.closed_at)} 结束" if r.closed_at else "进行中"
    text = f"本轮传阅共 {n} 人次，{state}；{copy_label(c, d)}现为{_state_of(c, s)}"
    if open_reading is not None:
        text += f"（应退 {open_reading.due_on}{_overdue(open_reading.due_on)}）"
    return text


def _says_loan(s: Session, key: int) -> str:
    n = s.get(Loan, key)
    if n is None:
        return ""
    c = s.get_one(Copy, n.copy_id)
    d = s.get_one(Document, c.document_id)
    if n.back_at:
        return f"{copy_label(c, d)}已于 {_day(n.back_at)} 归还；现为{_state_of(c, s)}"
    return f"{copy_label(c, d)}尚未归还，应还 {n.due_on}{_overdue(n.due_on)}"


def _says_copy(s: Session, key: str) -> str:
    if key.startswith("approval-"):
        a = s.get(Approval, int(key.removeprefix("approval-")))
        if a is None:
            return ""
        made = s.scalar(select(CopyRecord.id).where(CopyRecord.approval_id == a.id))
        return f"审批申请{ApprovalStatus(a.status).label}" + ("，已复制登记" if made else "")
    r = s.get(CopyRecord, int(key))
    if r is None:
        return ""
    info = copy_service._record_info(s, r)
    states: dict[str, int] = {}
    for cid in info.new_copy_ids:
        label = CopyState(s.get_one(Copy, cid).state).label
        states[label] = states.get(label, 0) + 1
    listed = "、".join(f"{k} {v} 份" for k, v in states.items())
    cleared = f"；清退日期 {r.cleared_on}" if r.cleared_on else "；尚未清退完毕"
    return f"所制 {r.count} 份现为：{listed}{cleared}"


def _says_carry_out(s: Session, key: int) -> str:
    o = s.get(CarryOut, key)
    if o is None:
        return ""
    c = s.get_one(Copy, o.copy_id)
    d = s.get_one(Document, c.document_id)
    if o.back_at:
        return f"{copy_label(c, d)}已于 {_day(o.back_at)} 交回；现为{_state_of(c, s)}"
    return f"{copy_label(c, d)}仍在外，应于 {o.due_on} 交回{_overdue(o.due_on)}"


def _says_items(s: Session, copy_ids: list[int], done: CopyState, what: str) -> str:
    states = [CopyState(st) for st in s.scalars(select(Copy.state).where(Copy.id.in_(copy_ids)))]
    if states and all(st is done for st in states):
        return f"所列 {len(states)} 件均为“{done.label}”（{what}）"
    other = sum(1 for st in states if st is not done)
    return f"所列 {len(states)} 件中有 {other} 件现不是“{done.label}”：请核查"


def _says_batch(record: type[Any], copy_id: Any, batch_id: Any, done: CopyState,
                what: Callable[[Any], str]) -> Callable[[Session, int], str]:
    """What the register says of a batch record (a destruction, a return to issuer, a
    dispatch): whether every copy it lists is still in the state the record put it in."""
    def says(s: Session, key: int) -> str:
        r = s.get(record, key)
        if r is None:
            return ""
        ids = list(s.scalars(select(copy_id).where(batch_id == r.id)))
        return _says_items(s, ids, done, what(r))
    return says


def _says_departure(s: Session, key: int) -> str:
    p = s.get(Person, key)
    if p is None:
        return ""
    if p.status == PersonStatus.DEPARTED.value:
        return (f"{_who(p)}已于 {p.departure_date} 离岗"
                + (f"，脱密期至 {p.decontamination_end}" if p.decontamination_end else ""))
    held = s.scalar(select(func.count(Copy.id)).where(Copy.holder_id == p.id)) or 0
    return f"{_who(p)}在岗，现持有 {held} 份载体"


def _says_incident(s: Session, key: int) -> str:
    i = s.get(Incident, key)
    if i is None:
        return ""
    if i.reported_at:
        return f"已于 {local(i.reported_at):%Y-%m-%d %H:%M} 报告{i.reported_to or ''}"
    due = local(i.report_due_at)
    return "尚未上报" + (f"（应于 {due:%Y-%m-%d %H:%M} 前报告）" if due else "")


def _says_labels(s: Session, key: str) -> str:
    if key == "in_use" or not all(p.isdigit() for p in key.split(",")):
        return ""
    media = s.scalars(select(Medium).where(Medium.id.in_([int(p) for p in key.split(",")]))
                      .order_by(Medium.number))
    return "、".join(f"{m.number} {MediumStatus(m.status).label}" for m in media)


_SAYS_INT = {
    FormKind.CIRCULATION: _says_circulation,
    FormKind.LOAN: _says_loan,
    FormKind.CARRY_OUT: _says_carry_out,
    FormKind.DESTRUCTION: _says_batch(Destruction, DestructionItem.copy_id,
                                      DestructionItem.destruction_id, CopyState.DESTROYED,
                                      lambda r: f"{r.destroyed_on} 销毁"),
    FormKind.RETURN: _says_batch(IssuerReturn, IssuerReturnItem.copy_id,
                                 IssuerReturnItem.return_id, CopyState.RETURNED,
                                 lambda r: f"{r.returned_on} 清退"),
    FormKind.DEPARTURE: _says_departure,
    FormKind.INCIDENT: _says_incident,
    FormKind.DISPATCH: _says_batch(Dispatch, DispatchItem.copy_id, DispatchItem.dispatch_id,
                                   CopyState.DISPATCHED,
                                   lambda r: f"{r.dispatched_on} 封发，{r.dispatch_no}"),
}


def register_says(register: Register, ref: str | None) -> str:
    """What the register holds now about the record a print shows ("" when nothing to say:
    ledgers, the inspection, an unknown or old reference)."""
    if not ref or ":" not in ref:
        return ""
    kind_text, key = ref.split(":", 1)
    try:
        kind = FormKind(kind_text)
    except ValueError:
        return ""
    if kind in PERIOD_FORMS:
        return ""
    with register.read() as s:
        if kind is FormKind.COPY:
            return _says_copy(s, key) if key.removeprefix("approval-").isdigit() else ""
        if kind is FormKind.MEDIA_LABELS:
            return _says_labels(s, key)
        says = _SAYS_INT.get(kind)
        if says is None or not key.isdigit():
            return ""
        return says(s, int(key))


__all__ = ["RecordChoice", "recent", "register_says"]
