"""保密检查记录表 computed from the register for a period (003 保密监督检查制度):

- carriers by level (绝密, 机密, 秘密): present (在库, media in use or kept), lent (out with
  someone now: 传阅, 借阅, 携带外出; media carried out), copied (复印登记 in the period), the
  kinds of carrier, and what is overdue;
- each 绝密 document held, received or leaving in the period: 文号, distribution, copies,
  route, custody, and everyone who had contact with it, from the lifecycle tables and the
  audit trail;
- staff changes, media, counts and incidents of the period, as far as the register knows.

What the register cannot know (training, travel abroad, premises, the inspector's findings)
is left blank, to be written by hand.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Iterable
from typing import Any

from sqlalchemy import ColumnElement, exists, func, or_, select
from sqlalchemy.orm import Session

from app.models.documents import (
    HOLDING_STATES,
    Copy,
    CopyState,
    Dispatch,
    DispatchItem,
    Distribution,
    Document,
    DocumentKind,
)
from app.models.enums import Level
from app.models.foundation import AuditEntry
from app.models.lifecycle import (
    CarryOut,
    CirculationReading,
    CopyRecord,
    Destruction,
    DestructionItem,
    IssuerReturn,
    IssuerReturnItem,
    Loan,
    Stocktake,
    StocktakeKind,
)
from app.models.media import Incident, Medium, MediumKind, MediumStatus
from app.models.people import Organisation, Person
from app.reports import inspection
from app.reports.catalog import FormKind
from app.reports.data import InspectionRecord, LevelCount, Period, TopSecretRecord
from app.services.print_forms.base import (
    Prepared,
    account_names,
    clip,
    display,
    document_scope,
    item_ref,
    level_of,
    local,
    period_ref,
    sender_name,
    today,
    year_to_date,
)
from app.services.register import Register

LEVELS = (Level.TOP_SECRET, Level.CONFIDENTIAL, Level.SECRET)
HELD = [CopyState.IN_STORE.value, *(st.value for st in HOLDING_STATES)]
OUT = [st.value for st in HOLDING_STATES]
MAX_TOP_SECRET = 200  # lines of the 绝密 table
MEDIA_PRESENT = (MediumStatus.IN_USE.value, MediumStatus.STORED.value, MediumStatus.REPAIR.value)
INVENTORY_DAYS = 183  # 每半年清查


def _in(period: Period, column: Any) -> ColumnElement[bool]:
    return column.between(period.start, period.end)


def _iso_range(period: Period) -> tuple[str, str]:
    return period.start.isoformat(), (period.end + dt.timedelta(days=1)).isoformat()


# -- carriers by level ----------------------------------------------------------------------------
def _counts(s: Session, period: Period, day: dt.date) -> tuple[LevelCount, ...]:
    present: Counter[int] = Counter()
    lent: Counter[int] = Counter()
    kinds: defaultdict[int, list[str]] = defaultdict(list)
    overdue: Counter[int] = Counter()
    for level, state, carrier, n in s.execute(
        select(Document.level, Copy.state, Document.carrier, func.count(Copy.id))
        .join(Document, Document.id == Copy.document_id).where(Copy.state.in_(HELD))
        .group_by(Document.level, Copy.state, Document.carrier)
    ):
        (present if state == CopyState.IN_STORE.value else lent)[level] += n
        word = "文件" if carrier == "纸质" else carrier
        if word not in kinds[level]:
            kinds[level].append(word)
    for level, status, kind, n in s.execute(
        select(Medium.highest_level, Medium.status, Medium.kind, func.count(Medium.id))
        .where(Medium.kind != MediumKind.EQUIPMENT.value,
               Medium.status.in_([*MEDIA_PRESENT, MediumStatus.OUT.value]))
        .group_by(Medium.highest_level, Medium.status, Medium.kind)
    ):
        (lent if status == MediumStatus.OUT.value else present)[level] += n
        word = MediumKind(kind).label
        if word not in kinds[level]:
            kinds[level].append(word)
    copied = Counter(dict(s.execute(
        select(CopyRecord.level, func.sum(CopyRecord.count))
        .where(_in(period, CopyRecord.copied_on)).group_by(CopyRecord.level)).all()))
    for table in (Loan, CirculationReading, CarryOut):
        for level, n in s.execute(
            select(Document.level, func.count(table.id))
            .join(Copy, Copy.id == table.copy_id).join(Document, Document.id == Copy.document_id)
            .where(table.back_at.is_(None), table.due_on < day).group_by(Document.level)
        ):
            overdue[level] += n
    out = []
    for lv in LEVELS:
        k = int(lv)
        if not (present[k] or lent[k] or copied[k]):
            continue
        out.append(LevelCount(lv, present=present[k], lent=lent[k], copied=int(copied[k] or 0),
                              kinds="、".join(kinds[k]),
                              problems=f"逾期未还 {overdue[k]} 份" if overdue[k] else ""))
    return tuple(out)


# -- 绝密件 -------------------------------------------------------------------------------------
def _top_documents(s: Session, period: Period) -> list[Document]:
    start, _end = _iso_range(period)
    copies = select(Copy.id).where(Copy.document_id == Document.id)
    return list(s.scalars(
        select(Document).where(
            Document.level == int(Level.TOP_SECRET),
            or_(exists(copies.where(Copy.state.in_(HELD))),
                _in(period, Document.received_on),
                exists(copies.where(Copy.state_since >= start))))
        .order_by(Document.received_on, Document.id).limit(MAX_TOP_SECRET)))


def _names(ids: Iterable[int | None], people: dict[int, str]) -> list[str]:
    return [people[i] for i in ids if i is not None and i in people]


def _contacts(s: Session, doc: Document, copy_ids: list[int], people: dict[int, str],
              accounts: dict[str, str]) -> tuple[str, ...]:
    """Everyone who had contact with the document, in order of first contact: the clerks who
    handled it (audit trail), readers, borrowers, carriers and companions, people who
    received copies of it, witnesses of its destruction."""
    seen: list[str] = []

    def add(names: Iterable[str]) -> None:
        for n in names:
            if n and n not in seen:
                seen.append(n)

    ids = [str(i) for i in copy_ids]
    add(display(accounts, a) for a in s.scalars(
        select(AuditEntry.actor).where(
            or_((AuditEntry.entity == "document") & (AuditEntry.entity_id == str(doc.id)),
                (AuditEntry.entity == "copy") & AuditEntry.entity_id.in_(ids)))
        .order_by(AuditEntry.id)))
    add(_names(s.scalars(select(CirculationReading.reader_id)
                         .where(CirculationReading.copy_id.in_(copy_ids))
                         .order_by(CirculationReading.id)), people))
    add(_names(s.scalars(select(Loan.borrower_id).where(Loan.copy_id.in_(copy_ids))
                         .order_by(Loan.id)), people))
    for carrier, companion in s.execute(select(CarryOut.carrier_id, CarryOut.companion_id)
                                        .where(CarryOut.copy_id.in_(copy_ids))
                                        .order_by(CarryOut.id)):
        add(_names((carrier, companion), people))
    add(_names(s.scalars(select(CopyRecord.received_by_id)
                         .where(CopyRecord.document_id == doc.id).order_by(CopyRecord.id)),
               people))
    for w1, w2 in s.execute(select(Destruction.witness1_id, Destruction.witness2_id)
                            .join(DestructionItem, DestructionItem.destruction_id
                                  == Destruction.id)
                            .where(DestructionItem.copy_id.in_(copy_ids))):
        add(_names((w1, w2), people))
    return tuple(seen)


def _route(s: Session, doc: Document, copy_ids: list[int], sender: str) -> str:
    if doc.kind == DocumentKind.OUTGOING.value:
        parts = [f"本单位发文，{doc.received_on.isoformat()}"]
        sent = s.execute(
            select(Organisation.name, Dispatch.dispatch_no)
            .join(Dispatch, Dispatch.recipient_id == Organisation.id)
            .join(DispatchItem, DispatchItem.dispatch_id == Dispatch.id)
            .where(DispatchItem.copy_id.in_(copy_ids)).distinct()).all()
        parts += [f"封号 {no} 发往{org}" for org, no in sent]
    else:
        parts = [f"{sender or '来文单位'}来文，{doc.received_on.isoformat()} 收文"]
    moves = Counter(s.scalars(select(AuditEntry.action).where(
        AuditEntry.entity == "copy", AuditEntry.entity_id.in_([str(i) for i in copy_ids]),
        AuditEntry.action.in_(["copy.hand_out", "copy.lend", "copy.carry_out"]))))
    words = {"copy.hand_out": "传阅", "copy.lend": "借阅", "copy.carry_out": "携带外出"}
    parts += [f"{words[a]} {n} 次" for a, n in moves.items()]
    returned = s.scalar(select(func.count(IssuerReturnItem.id))
                        .where(IssuerReturnItem.copy_id.in_(copy_ids)))
    if returned:
        parts.append(f"清退 {returned} 份")
    return "；".join(parts)


def _custody(s: Session, copy_ids: list[int], people: dict[int, str]) -> str:
    states: Counter[str] = Counter()
    places: list[str] = []
    holders: list[str] = []
    for state, location, holder in s.execute(
        select(Copy.state, Copy.location, Copy.holder_id).where(Copy.id.in_(copy_ids))
    ):
        states[CopyState(state).label] += 1
        if location and location not in places and state == CopyState.IN_STORE.value:
            places.append(location)
        if holder in people and people[holder] not in holders:
            holders.append(people[holder])
    text = "、".join(f"{k} {n} 份" for k, n in states.items())
    if holders:
        text += f"（持有人：{'、'.join(holders)}）"
    if places:
        text += f"；存放：{'、'.join(places)}"
    return text


def _distribution(s: Session, doc: Document) -> str:
    if doc.kind == DocumentKind.OUTGOING.value:
        rows = s.execute(select(Organisation.name, Distribution.copies)
                         .join(Distribution, Distribution.organisation_id == Organisation.id)
                         .where(Distribution.document_id == doc.id)
                         .order_by(Distribution.id)).all()
        return "、".join(f"{org} {n} 份" for org, n in rows)
    scope = document_scope(s, doc.id)
    return f"知悉范围：{scope}" if scope else ""


def _top_secret(s: Session, period: Period) -> tuple[TopSecretRecord, ...]:
    docs = _top_documents(s, period)
    if not docs:
        return ()
    people = dict(s.execute(select(Person.id, Person.name)).all())
    accounts = account_names(s)
    out = []
    for d in docs:
        copy_ids = list(s.scalars(select(Copy.id).where(Copy.document_id == d.id)))
        sender = sender_name(s, d)
        out.append(TopSecretRecord(
            item=item_ref(d, sender, copies=d.copies_count),
            distribution=clip(_distribution(s, d), 500), copies=d.copies_count,
            route=clip(_route(s, d, copy_ids, sender), 500),
            custody=clip(_custody(s, copy_ids, people), 500),
            contacts=_contacts(s, d, copy_ids, people, accounts),
        ))
    return tuple(out)


# -- the rest of the record -----------------------------------------------------------------------
def _staff(s: Session, period: Period) -> str:
    start, end = _iso_range(period)
    joined = s.scalar(select(func.count(Person.id)).where(Person.created_at >= start,
                                                          Person.created_at < end)) or 0
    left = s.execute(select(Person.name, Person.department, Person.departure_date,
                            Person.decontamination_end)
                     .where(_in(period, Person.departure_date))
                     .order_by(Person.departure_date)).all()
    parts = [f"本期新增涉密人员 {joined} 人。" if joined else ""]
    if left:
        listed = "；".join(
            f"{name}（{dept}），{day} 离岗"
            + (f"，脱密期至 {end_.isoformat()}" if end_ else "")
            for name, dept, day, end_ in left[:20])
        more = f" 等 {len(left)} 人" if len(left) > 20 else ""
        parts.append(f"本期离岗 {len(left)} 人：{listed}{more}（已办理离岗清退）。")
    else:
        parts.append("本期无人员离岗。")
    return "".join(p for p in parts if p)


def _media(s: Session, day: dt.date) -> str:
    counts = Counter(dict(s.execute(
        select(Medium.status, func.count(Medium.id))
        .where(Medium.kind != MediumKind.EQUIPMENT.value).group_by(Medium.status)
    ).all()))
    if not counts:
        return "台帐中无移动存储介质。"
    total = sum(counts.values())
    listed = "、".join(f"{MediumStatus(k).label} {n}" for k, n in counts.items())
    cutoff = (day - dt.timedelta(days=INVENTORY_DAYS)).isoformat()
    due = s.scalar(select(func.count(Medium.id)).where(
        Medium.kind != MediumKind.EQUIPMENT.value, Medium.status.in_(MEDIA_PRESENT),
        func.coalesce(Medium.last_inventory_on, func.substr(Medium.created_at, 1, 10))
        <= cutoff)) or 0
    text = f"移动存储介质台帐 {total} 件（{listed}）。"
    text += f"半年以上未清查 {due} 件。" if due else "均已按期清查。"
    return text


def _duties(s: Session, period: Period) -> str:
    start, end = _iso_range(period)
    rows = s.execute(select(Incident, Medium.number)
                     .outerjoin(Medium, Medium.id == Incident.medium_id)
                     .where(Incident.opened_at >= start, Incident.opened_at < end)
                     .order_by(Incident.id)).all()
    if not rows:
        return ""
    listed = "；".join(
        f"{local(i.opened_at):%Y-%m-%d} 介质 {number or ''} 丢失"
        + (f"，已报告{i.reported_to}" if i.reported_at else "，尚未上报")
        for i, number in rows[:10])
    return f"本期登记泄密（丢失）事件 {len(rows)} 起：{listed}。"


def _other(s: Session, period: Period) -> str:
    parts = []
    takes = s.execute(select(Stocktake).where(_in(period, Stocktake.done_on))
                      .order_by(Stocktake.done_on, Stocktake.id)).scalars().all()
    if takes:
        kinds = Counter(StocktakeKind(t.kind).label for t in takes)
        last = takes[-1]
        parts.append(
            "本期" + "、".join(f"{k} {n} 次" for k, n in kinds.items())
            + f"；最近一次 {last.done_on.isoformat()}：登记 {last.expected} 份，"
            f"清点 {last.found} 份"
            + (f"（{last.discrepancies}）" if last.discrepancies else "") + "。")
    else:
        parts.append("本期未登记清点。")
    destroyed = s.scalar(select(func.count(DestructionItem.id))
                         .join(Destruction, Destruction.id == DestructionItem.destruction_id)
                         .where(_in(period, Destruction.destroyed_on))) or 0
    returned = s.scalar(select(func.count(IssuerReturnItem.id))
                        .join(IssuerReturn, IssuerReturn.id == IssuerReturnItem.return_id)
                        .where(_in(period, IssuerReturn.returned_on))) or 0
    if destroyed or returned:
        parts.append(f"本期销毁 {destroyed} 份、清退 {returned} 份。")
    return "".join(parts)


def trail_anchor(s: Session) -> str:
    """The latest signed checkpoint, as printed on the inspection record and trail extracts:
    whoever holds the paper can ask ``mibu verify`` whether the trail still matches it."""
    from app.services import anchor, audit

    cp = anchor.latest(s)
    n = audit.entry_count(s)
    if cp is None:
        return (f"审计记录共 {n} 条，尚无审计员或系统管理员签署的检查点"
                "（审计员登录一次即签署）。")
    when = local(cp.at)
    shown = f"{when:%Y-%m-%d %H:%M}" if when else cp.at[:16]
    return (f"第 {cp.seq} 号检查点，{shown} 由 {cp.signer} 签署，"
            f"覆盖审计记录前 {cp.entry_count} 条（打印时共 {n} 条）；检查点码 {cp.code}。"
            "核对：mibu verify 报告的检查点码应与此一致。")


def inspection_record(register: Register, period: Period | None = None) -> Prepared:
    kind = FormKind.INSPECTION
    period = period or year_to_date()
    day = today()
    with register.read() as s:
        counts = _counts(s, period, day)
        rec = InspectionRecord(
            department=register.workstation.workstation_name[:64], period=period,
            inspected_on=day, levels_present=tuple(c.level for c in counts),
            staff_changes=_staff(s, period), duties=_duties(s, period), counts=counts,
            top_secret=_top_secret(s, period), equipment=_media(s, day),
            other=_other(s, period), trail_anchor=trail_anchor(s),
        )
    return Prepared(kind, f"保密检查记录表：{period.text}", rec.department,
                    level_of(inspection.marks(rec)),
                    lambda meta: inspection.render_inspection_record(rec, meta),
                    period_ref(kind, period))
