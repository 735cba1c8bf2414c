"""Lists of what left the register or a person's hands: 销毁清单, 清退清单, 离岗清退单."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from app.errors import NotFound
from app.models.documents import Approval, Copy, Document
from app.models.enums import Clearance
from app.models.lifecycle import (
    CarryOut,
    CirculationReading,
    Departure,
    Destruction,
    DestructionItem,
    DestructionMethod,
    IssuerReturn,
    IssuerReturnItem,
    Loan,
)
from app.models.media import Medium, MediumEvent, MediumEventKind, MediumKind, MediumStatus
from app.models.people import Organisation, Person, PersonStatus
from app.reports import departure, disposal
from app.reports.catalog import FormKind
from app.reports.data import DepartureClearance, DestructionList, HeldItem, ItemRef, ReturnList
from app.services.print_forms import media_refs
from app.services.print_forms.base import (
    Prepared,
    account_names,
    clip,
    display,
    item_ref,
    level_of,
    local_day,
    missing,
    pick,
    ref,
    sender_name,
    today,
)
from app.services.register import Register

#: A departure clearance lists what the person holds, and what they handed back in the
#: weeks before leaving (the clearance itself); older returns are ordinary lending.
CLEARANCE_DAYS = 90


def _items(s: Session, rows: Sequence[tuple[Copy, Document]]) -> tuple[ItemRef, ...]:
    senders: dict[int, str] = {}
    out = []
    for c, d in rows:
        if d.id not in senders:
            senders[d.id] = sender_name(s, d)
        out.append(item_ref(d, senders[d.id], c))
    return tuple(out)


# -- 销毁清单 -------------------------------------------------------------------------------------
def destruction_list(register: Register, record_id: int | None = None) -> Prepared:
    """One destruction: every copy destroyed, the method, place, approval, two witnesses."""
    kind = FormKind.DESTRUCTION
    with register.read() as s:
        r = pick(s, Destruction, record_id, kind)
        rows = s.execute(select(Copy, Document)
                         .join(DestructionItem, DestructionItem.copy_id == Copy.id)
                         .join(Document, Document.id == Copy.document_id)
                         .where(DestructionItem.destruction_id == r.id)
                         .order_by(DestructionItem.id)).all()
        a = s.get(Approval, r.approval_id)
        w1, w2 = s.get(Person, r.witness1_id), s.get(Person, r.witness2_id)
        names = account_names(s)
        form = DestructionList(
            items=_items(s, list(rows)), method=DestructionMethod(r.method).label,
            place=r.place, date=r.destroyed_on,
            approver=((a.approver_name or "") if a is not None else "")[:32],
            operator=display(names, r.created_by),
            witnesses=(w1.name if w1 else "", w2.name if w2 else ""), remarks=r.remarks,
        )
    return Prepared(kind, f"销毁清单：{len(form.items)} 件（{r.destroyed_on.isoformat()}）",
                    form.method, level_of(disposal.destruction_marks(form)),
                    lambda meta: disposal.render_destruction_list(form, meta), ref(kind, r.id))


# -- 清退清单 -------------------------------------------------------------------------------------
def return_list(register: Register, record_id: int | None = None) -> Prepared:
    """One return to the issuer: the copies, to whom, the issuer's deadline, who received."""
    kind = FormKind.RETURN
    with register.read() as s:
        r = pick(s, IssuerReturn, record_id, kind)
        rows = list(s.execute(select(Copy, Document)
                              .join(IssuerReturnItem, IssuerReturnItem.copy_id == Copy.id)
                              .join(Document, Document.id == Copy.document_id)
                              .where(IssuerReturnItem.return_id == r.id)
                              .order_by(IssuerReturnItem.id)).all())
        org = s.get(Organisation, r.organisation_id) if r.organisation_id else None
        items = _items(s, rows)
        senders = list(dict.fromkeys(i.issuer for i in items if i.issuer))
        deadlines = [d.return_deadline for _c, d in rows if d.return_deadline is not None]
        names = account_names(s)
        form = ReturnList(
            items=items, return_to=clip(org.name if org else ("、".join(senders) or "发文机关"),
                                        500),
            deadline=min(deadlines) if deadlines else None, date=r.returned_on,
            handed_by=display(names, r.created_by), received_by=r.received_by,
            remarks=r.remarks,
        )
    return Prepared(kind, f"清退清单：{len(items)} 件（{r.returned_on.isoformat()}）",
                    clip(form.return_to, 200), level_of(disposal.return_marks(form)),
                    lambda meta: disposal.render_return_list(form, meta), ref(kind, r.id))


# -- 离岗清退单 -----------------------------------------------------------------------------------
def _held_copies(s: Session, person_id: int, since: dt.date) -> list[HeldItem]:
    """Copies the person holds now, or handed back since ``since`` (latest record per copy)."""
    latest: dict[int, tuple[str, dt.date | None]] = {}  # copy -> (out_at, back day)
    for table, who in ((Loan, Loan.borrower_id), (CirculationReading, CirculationReading.reader_id),
                       (CarryOut, CarryOut.carrier_id), (CarryOut, CarryOut.companion_id)):
        for copy_id, out_at, back_at in s.execute(
            select(table.copy_id, table.out_at, table.back_at).where(who == person_id)
        ):
            back = local_day(back_at)
            if back is not None and back < since:
                continue
            seen = latest.get(copy_id)
            if seen is None or (seen[1] is not None and (back is None or out_at > seen[0])):
                latest[copy_id] = (out_at, back)
    out = []
    for copy_id, (_out_at, back) in sorted(latest.items(), key=lambda kv: kv[1][0]):
        c = s.get(Copy, copy_id)
        d = s.get(Document, c.document_id) if c else None
        if c is None or d is None:  # pragma: no cover  (foreign keys)
            continue
        out.append(HeldItem(item=item_ref(d, sender_name(s, d), c), returned_on=back))
    return out


def _held_media(s: Session, p: Person, since: dt.date) -> list[HeldItem]:
    """Media whose 责任人 is this person (by name only for ledgers from before people)."""
    out = []
    mine = or_(Medium.holder_id == p.id, (Medium.holder_id.is_(None)) & (Medium.holder == p.name))
    for m in s.scalars(select(Medium).where(mine, Medium.kind != MediumKind.EQUIPMENT.value)
                       .order_by(Medium.number)):
        status = MediumStatus(m.status)
        if status in (MediumStatus.LOST, MediumStatus.DESTROYED):
            continue
        back: dt.date | None = None
        if status is MediumStatus.STORED:
            last = s.scalar(select(MediumEvent.at).where(
                MediumEvent.medium_id == m.id,
                MediumEvent.kind == MediumEventKind.RETURNED.value)
                .order_by(MediumEvent.id.desc()).limit(1))
            back = local_day(last)
            if back is None or back < since:
                continue
        out.append(HeldItem(medium=media_refs.medium_ref(m, p.department), returned_on=back))
    return out


def departure_clearance(register: Register, record_id: int | None = None) -> Prepared:
    """For a person (``record_id`` is the person's id; None: the latest departure): what they
    hold or handed back for leaving, and their departure record."""
    kind = FormKind.DEPARTURE
    with register.read() as s:
        if record_id is None:
            p = s.scalar(select(Person).where(Person.status == PersonStatus.DEPARTED.value)
                         .order_by(Person.departure_date.desc(), Person.id.desc()).limit(1))
            if p is None:
                raise missing(kind)
        else:
            p = s.get(Person, record_id) if isinstance(record_id, int) else None
            if p is None:
                raise NotFound(f"登记簿中没有编号为 {record_id} 的人员，无法打印{kind.label}",
                               field="record")
        dep = s.scalar(select(Departure).where(Departure.person_id == p.id))
        leave = dep.departure_date if dep else p.departure_date
        since = (leave or today()) - dt.timedelta(days=CLEARANCE_DAYS)
        held = (*_held_copies(s, p.id, since), *_held_media(s, p, since))
        form = DepartureClearance(
            person=p.name, department=p.department, post=p.post,
            clearance=Clearance(p.clearance).label, leave_date=leave,
            decontamination_until=dep.decontamination_end if dep else p.decontamination_end,
            held=held, handed_over_to=dep.handed_over_to if dep else "",
            remarks=dep.remarks if dep else "",
        )
        departed = p.status == PersonStatus.DEPARTED.value
    state = "已离岗" if departed else "在岗"
    return Prepared(kind, f"离岗清退单：{p.name}（{state}，{len(held)} 件）", p.name,
                    level_of(departure.marks(form)),
                    lambda meta: departure.render_departure_clearance(form, meta),
                    ref(kind, p.id))

