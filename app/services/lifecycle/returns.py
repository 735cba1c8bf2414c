"""清退: copies handed back to their issuer, itemised; the monthly count and the quarterly
clearance as reminders.

domain.md "Register of carriers" (003 清退 2): by the issuer's deadline; otherwise the clerk
counts monthly, checks and returns quarterly, and the year's items are cleared by the end of
the next year's first quarter.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.errors import NotFound, RuleViolation, ValidationError
from app.models.documents import HOLDING_STATES, Copy, CopyState, Document
from app.models.enums import Level
from app.models.lifecycle import IssuerReturn, IssuerReturnItem, Stocktake, StocktakeKind
from app.models.people import Organisation
from app.services import audit
from app.services.lifecycle import common, copies, states
from app.services.lifecycle.states import Action
from app.services.register import Actor, Register

RECEIVER_MAX = 64
REMARKS_MAX = 500
COUNT_BOUND = 1000
HELD = [CopyState.IN_STORE.value, *(st.value for st in HOLDING_STATES)]


@dataclass(frozen=True)
class ReturnInfo:
    id: int
    organisation: str
    returned_on: dt.date
    received_by: str
    items: tuple[common.CopyRef, ...]


def return_to_issuer(
    register: Register,
    actor: Actor,
    copy_ids: Sequence[int],
    *,
    received_by: str,
    organisation_id: int | None = None,
    returned_on: dt.date | None = None,
    remarks: str = "",
) -> ReturnInfo:
    """Hand a batch of copies in store back to the issuer, with the itemised list."""
    common.require_clerk(actor)
    wanted = common.ids(copy_ids, "copies", "清退清单")
    received_by = common.text(received_by, "received_by", "接收人", max_len=RECEIVER_MAX)
    remarks = common.text(remarks, "remarks", "备注", max_len=REMARKS_MAX, required=False)
    day = returned_on or common.today()
    if day > common.today():
        raise ValidationError("清退日期不能晚于今天", field="returned_on")
    when = common.now()
    with register.write() as s:
        org = None
        if organisation_id is not None:
            org = s.get(Organisation, organisation_id)
            if org is None:
                raise NotFound(f"找不到编号为 {organisation_id} 的单位", field="organisation")
        loaded = [common.load_copy(s, i) for i in wanted]
        refusals = [f"{common.copy_label(c, d)}：{common.why(c, Action.RETURN_TO_ISSUER)}"
                    for c, d in loaded
                    if not states.allowed(CopyState(c.state), Action.RETURN_TO_ISSUER)]
        if refusals:
            raise RuleViolation("以下载体不能清退：" + "；".join(refusals[:5]), field="copies")
        batch = IssuerReturn(organisation_id=org.id if org else None, returned_on=day,
                             received_by=received_by, remarks=remarks,
                             created_at=audit.now_iso(), created_by=actor.username)
        s.add(batch)
        s.flush()
        for c, _ in loaded:
            s.add(IssuerReturnItem(return_id=batch.id, copy_id=c.id))
            common.move(s, actor, c, Action.RETURN_TO_ISSUER, holder=None, at=when, details={
                "清退": batch.id, "退往": org.name if org else "", "接收人": received_by,
                "清退日期": day.isoformat(),
            })
            copies.mark_cleared_s(s, actor, c, day)
        audit.record(s, actor.username, "issuer_return.create", "issuer_return", batch.id,
                     after={"退往": org.name if org else "", "接收人": received_by,
                            "清退日期": day.isoformat(),
                            "清单": [common.copy_label(c, d) for c, d in loaded]})
        return ReturnInfo(batch.id, org.name if org else "", day, received_by,
                          tuple(common.copy_ref(c, d) for c, d in loaded))


@dataclass(frozen=True)
class ReturnDue:
    """A document with copies still held whose return-to-issuer deadline is near or past."""

    document_id: int
    internal_no: str
    title: str
    level: Level
    deadline: dt.date
    copies_held: int

    def is_overdue(self, today: dt.date) -> bool:
        return self.deadline < today


#: How far ahead 待清退 looks for issuers' deadlines: the start page's tile and the 清退 tab
#: list the same documents.
RETURN_WITHIN_DAYS = 90


def due_for_return_s(s: Session, today: dt.date, *, within_days: int = RETURN_WITHIN_DAYS,
                     limit: int = 200) -> list[ReturnDue]:
    # The deadline index picks the documents; only those with copies still held are listed.
    held = (select(func.count(Copy.id))
            .where(Copy.document_id == Document.id, Copy.state.in_(HELD)))
    stmt = (
        select(Document.id, Document.internal_no, Document.title, Document.level,
               Document.return_deadline, held.scalar_subquery().label("n"))
        .where(Document.return_deadline.is_not(None),
               Document.return_deadline <= today + dt.timedelta(days=within_days),
               select(Copy.id).where(Copy.document_id == Document.id,
                                     Copy.state.in_(HELD)).exists())
        .order_by(Document.return_deadline, Document.id).limit(limit)
    )
    return [ReturnDue(i, no, title, Level(level), deadline, int(n))
            for i, no, title, level, deadline, n in s.execute(stmt) if deadline is not None]


def due_for_return(register: Register, *, within_days: int = RETURN_WITHIN_DAYS,
                   limit: int = 200) -> list[ReturnDue]:
    with register.read() as s:
        return due_for_return_s(s, common.today(), within_days=within_days, limit=limit)


# -- counts and reminders ------------------------------------------------------------------------
@dataclass(frozen=True)
class StocktakeInfo:
    id: int
    kind: StocktakeKind
    done_on: dt.date
    expected: int
    found: int
    discrepancies: str


def held_count_s(s: Session) -> int:
    """Copies the register says are in the clerk's custody (in store or out with someone)."""
    return int(s.scalar(select(func.count(Copy.id)).where(Copy.state.in_(HELD))) or 0)


def record_stocktake(
    register: Register,
    actor: Actor,
    kind: StocktakeKind,
    *,
    found: int,
    discrepancies: str = "",
    done_on: dt.date | None = None,
) -> StocktakeInfo:
    """Record a count: the register's figure is taken at the same moment."""
    common.require_clerk(actor)
    kind = StocktakeKind(kind)
    if isinstance(found, bool) or not isinstance(found, int) or found < 0:
        raise ValidationError("清点数量须为不小于 0 的整数", field="found")
    discrepancies = common.text(discrepancies, "discrepancies", "差异说明",
                                max_len=REMARKS_MAX, required=False)
    day = done_on or common.today()
    if day > common.today():
        raise ValidationError("清点日期不能晚于今天", field="done_on")
    with register.write() as s:
        expected = held_count_s(s)
        if found != expected and not discrepancies:
            raise ValidationError(
                f"清点数 {found} 与登记数 {expected} 不符：请写明差异情况", field="discrepancies"
            )
        t = Stocktake(kind=kind.value, done_on=day, expected=expected, found=found,
                      discrepancies=discrepancies, created_at=audit.now_iso(),
                      created_by=actor.username)
        s.add(t)
        s.flush()
        audit.record(s, actor.username, "stocktake.record", "stocktake", t.id, after={
            "种类": kind.label, "日期": day.isoformat(), "登记数": expected, "清点数": found,
            "差异": discrepancies,
        })
        return StocktakeInfo(t.id, kind, day, expected, found, discrepancies)


@dataclass(frozen=True)
class Reminder:
    kind: str  # monthly_count / quarterly_clearance / half_year / year_clearance
    text: str
    due_on: dt.date


def _last(s: Session, kind: StocktakeKind) -> dt.date | None:
    return s.scalar(select(func.max(Stocktake.done_on)).where(Stocktake.kind == kind.value))


def _quarter_start(day: dt.date) -> dt.date:
    return dt.date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)


def _month_end(day: dt.date) -> dt.date:
    nxt = dt.date(day.year + (day.month == 12), day.month % 12 + 1, 1)
    return nxt - dt.timedelta(days=1)


def reminders_s(s: Session, today: dt.date) -> list[Reminder]:
    """Counts and clearances not yet done for the current period."""
    out: list[Reminder] = []
    last = _last(s, StocktakeKind.MONTHLY_COUNT)
    if last is None or (last.year, last.month) != (today.year, today.month):
        out.append(Reminder("monthly_count", "本月尚未清点涉密载体（每月清点）", _month_end(today)))
    last = _last(s, StocktakeKind.QUARTERLY_CLEARANCE)
    q = _quarter_start(today)
    if last is None or last < q:
        q_end = _month_end(dt.date(q.year, q.month + 2, 1))
        out.append(Reminder("quarterly_clearance", "本季度尚未清查、清退（每季度清查清退）", q_end))
    last = _last(s, StocktakeKind.HALF_YEAR)
    if last is None or last <= today - dt.timedelta(days=183):
        out.append(Reminder("half_year", "半年内未作涉密文件清理（每半年清理一次）", today))
    # Counted up to a bound: the reminder needs "how many, roughly", not a full scan.
    old = s.scalar(select(func.count()).select_from(
        select(Copy.id).join(Document, Document.id == Copy.document_id)
        .where(Copy.state.in_(HELD), Document.received_on < dt.date(today.year, 1, 1))
        .limit(COUNT_BOUND).subquery()))
    if old:
        many = f"{old} 份" if old < COUNT_BOUND else f"{COUNT_BOUND} 份以上"
        out.append(Reminder(
            "year_clearance",
            f"{today.year} 年以前收到的载体尚有 {many}在册：上一年度的载体须在 "
            f"{today.year} 年第一季度末前清退、销毁或归档",
            dt.date(today.year, 3, 31),
        ))
    return out


def held_count(register: Register) -> int:
    with register.read() as s:
        return held_count_s(s)


def reminders(register: Register) -> list[Reminder]:
    with register.read() as s:
        return reminders_s(s, common.today())


#: The count that settles each reminder (the year-end clearance is settled by clearing).
REMINDER_KINDS = {
    "monthly_count": StocktakeKind.MONTHLY_COUNT,
    "quarterly_clearance": StocktakeKind.QUARTERLY_CLEARANCE,
    "half_year": StocktakeKind.HALF_YEAR,
}
