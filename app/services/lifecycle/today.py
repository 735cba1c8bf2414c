"""The clerk's day: what is due today, overdue, waiting for approval, due for return to the
issuer, periods expiring, counts due; and the circulation desk's lookup of a scanned copy.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, literal, select, union_all
from sqlalchemy.orm import Session

from app.errors import NotFound
from app.models.documents import Copy, CopyState, Document
from app.models.enums import Level
from app.models.lifecycle import CarryOut, CirculationReading, Loan
from app.models.people import Person
from app.services import backup, documents, media
from app.services.documents.reading import copy_by_code_s
from app.services.lifecycle import approvals, common, returns
from app.services.lifecycle.states import Action, next_actions
from app.services.register import Register

LIST_LIMIT = 200
EXPIRY_WITHIN_DAYS = 30
BACKUP_EVERY_DAYS = 7  # 002 篇六 六 says "regularly"; a week is this product's reading
CODE_MAX = 64


@dataclass(frozen=True)
class DueItem:
    """A copy out with someone, as the start page lists it."""

    kind: str  # 传阅 / 借阅 / 携带外出
    copy_id: int
    copy_label: str
    title: str
    level: Level
    holder: str
    out_at: str
    due_on: dt.date
    days_overdue: int


@dataclass(frozen=True)
class PeriodDue:
    document_id: int
    internal_no: str
    title: str
    level: Level
    period_end: dt.date


@dataclass(frozen=True)
class TodayPage:
    today: dt.date
    due_today: tuple[DueItem, ...]
    overdue: tuple[DueItem, ...]
    waiting_approval: tuple[approvals.ApprovalInfo, ...]
    due_for_return: tuple[returns.ReturnDue, ...]
    periods_expiring: tuple[PeriodDue, ...]  # ends within EXPIRY_WITHIN_DAYS, not yet ended
    reminders: tuple[returns.Reminder, ...]
    periods_ended: tuple[PeriodDue, ...] = ()  # ended, not yet declassified (确认解密)

    @property
    def is_quiet(self) -> bool:
        return not (self.due_today or self.overdue or self.waiting_approval
                    or self.due_for_return or self.periods_expiring or self.reminders
                    or self.periods_ended)


#: What is out with someone: the record, its kind's name and who holds the copy.
_OUT: tuple[tuple[type[CirculationReading] | type[Loan] | type[CarryOut], str, Any], ...] = (
        (CirculationReading, "传阅", CirculationReading.reader_id),
        (Loan, "借阅", Loan.borrower_id),
        (CarryOut, "携带外出", CarryOut.carrier_id))


def _due_lists(s: Session, today: dt.date) -> tuple[list[DueItem], list[DueItem]]:
    """Due today and overdue, every kind, in one statement of only the columns shown.

    The same lists as each kind's ``still_out`` (``open_readings_s`` and its siblings) due on
    and before ``today``, :data:`LIST_LIMIT` each, where the start page ran six statements of
    whole rows (about 80 columns, hydrated as ORM objects); under SQLCipher's memory security
    (every allocation locked and wiped) each column and each statement costs.
    """
    parts: list[Select[Any]] = []
    for order, (record, _, holder) in enumerate(_OUT):
        for late, window in ((1, record.due_on < today), (0, record.due_on == today)):
            parts.append(
                select(literal(order).label("kind"), literal(late).label("late"), record.id,
                       record.copy_id, record.out_at, record.due_on, Copy.kind.label("ck"),
                       Copy.copy_no, Copy.code, Copy.reproduction_no, Copy.remarks,
                       Document.internal_no, Document.title, Document.level, Person.name,
                       Person.department)
                .select_from(record).join(Copy, Copy.id == record.copy_id)
                .join(Document, Document.id == Copy.document_id)
                .join(Person, Person.id == holder)
                .where(record.back_at.is_(None), window)
                .order_by(record.due_on, record.id).limit(LIST_LIMIT).subquery().select())
    lists: tuple[list[DueItem], list[DueItem]] = ([], [])  # due today, overdue
    rows = sorted(s.execute(union_all(*parts)).all(), key=lambda r: (r[0], r[1], r[5], r[2]))
    for (order, late, _, copy_id, out_at, due_on, ck, copy_no, code, reproduction_no, remarks,
         internal_no, title, level, name, department) in rows:
        c = Copy(kind=ck, copy_no=copy_no, code=code, reproduction_no=reproduction_no,
                 remarks=remarks)
        label = common.copy_label(c, Document(internal_no=internal_no))
        lists[late].append(DueItem(
            _OUT[order][1], copy_id, label, title, Level(level),
            common.person_label(Person(name=name, department=department)), out_at,
            due_on, max(0, (today - due_on).days)))
    for items in lists:
        items.sort(key=lambda i: (i.due_on, i.out_at))
        del items[LIST_LIMIT:]
    return lists


def periods_expiring_s(s: Session, today: dt.date, within_days: int = EXPIRY_WITHIN_DAYS,
                       limit: int = LIST_LIMIT, *, ended: bool = False) -> list[PeriodDue]:
    """Documents not yet declassified whose period ends after today and within
    ``within_days`` (保密期限将满); with ``ended``, those whose period has ended (on or before
    today, as ``periods.expired_documents`` counts them: 保密期限已满, to confirm)."""
    window = (Document.period_end <= today if ended else
              (Document.period_end > today)
              & (Document.period_end <= today + dt.timedelta(days=within_days)))
    stmt = (
        select(Document.id, Document.internal_no, Document.title, Document.level,
               Document.period_end)
        .where(Document.period_end.is_not(None), window,
               Document.declassified_on.is_(None))
        .order_by(Document.period_end, Document.id).limit(limit)
    )
    return [PeriodDue(i, no, t, Level(lv), end) for i, no, t, lv, end in s.execute(stmt)
            if end is not None]


def oversight_s(s: Session, today: dt.date) -> list[returns.Reminder]:
    """Losses to report within 24 hours, media inventory, backups (domain.md: "Removable
    media", "Oversight", "The workstation itself")."""
    out: list[returns.Reminder] = []
    for inc in media.open_incidents_s(s):
        due_at = dt.datetime.fromisoformat(inc.report_due_at).astimezone()
        if inc.kind == "usb_manual":
            what = "USB 设备被擅自放行"
        else:
            what = f"{inc.subject} 丢失" if inc.medium_number or inc.copy_code else inc.subject
        out.append(returns.Reminder(
            "incident", f"{what}，尚未上报：须在 {due_at:%Y-%m-%d %H:%M} 前报告（24 小时内）",
            due_at.date()))
    n = media.inventory_due_count_s(s, today)
    if n:
        out.append(returns.Reminder(
            "media_inventory", f"{n} 件移动存储介质已满半年未清查（每半年清查、核对）", today))
    last = backup.last_backup_s(s)
    if last is None or (today - last).days >= BACKUP_EVERY_DAYS:
        since = "从未备份" if last is None else f"上次备份在 {last.isoformat()}"
        out.append(returns.Reminder(
            "backup", f"登记簿{since}：重要数据须定期备份（至少每 {BACKUP_EVERY_DAYS} 天一次）",
            today))
    return out


def today_page(register: Register, today: dt.date | None = None) -> TodayPage:
    """The start page: one read, every list bounded."""
    day = today or common.today()
    with register.read() as s:
        due_today, overdue = _due_lists(s, day)
        return TodayPage(
            today=day,
            due_today=tuple(due_today),
            overdue=tuple(overdue),
            waiting_approval=tuple(approvals.waiting_s(s, LIST_LIMIT)),
            due_for_return=tuple(returns.due_for_return_s(s, day, limit=LIST_LIMIT)),
            periods_expiring=tuple(periods_expiring_s(s, day)),
            reminders=tuple(returns.reminders_s(s, day) + oversight_s(s, day)),
            periods_ended=tuple(periods_expiring_s(s, day, ended=True)),
        )


# -- the circulation desk --------------------------------------------------------------------------
@dataclass(frozen=True)
class CopyCard:
    """A scanned copy with what can happen to it next."""

    copy_id: int
    code: str
    label: str
    document_id: int
    internal_no: str
    doc_number: str
    title: str
    level: Level
    urgent: bool
    state: CopyState
    holder_id: int | None
    holder: str
    since: str
    due_on: dt.date | None
    overdue: bool
    next_actions: tuple[Action, ...]
    usable_approvals: tuple[approvals.ApprovalInfo, ...]


def _code_forms(text: str) -> tuple[str, ...]:
    return documents.code_forms(common.text(text, "code", "条码", max_len=CODE_MAX))


def card_s(s: Session, c: Copy, today: dt.date) -> CopyCard:
    d = s.get(Document, c.document_id)
    assert d is not None  # noqa: S101
    holder = s.get(Person, c.holder_id) if c.holder_id else None
    due_on: dt.date | None = None
    state = CopyState(c.state)
    table = {CopyState.CIRCULATING: CirculationReading, CopyState.ON_LOAN: Loan,
             CopyState.CARRIED_OUT: CarryOut}.get(state)
    if table is not None:
        due_on = s.scalar(select(table.due_on).where(  # type: ignore[attr-defined]
            table.copy_id == c.id, table.back_at.is_(None)))  # type: ignore[attr-defined]
    return CopyCard(
        copy_id=c.id, code=c.code, label=common.copy_label(c, d), document_id=d.id,
        internal_no=d.internal_no, doc_number=d.doc_number, title=d.title,
        level=Level(d.level), urgent=common.same_day(d), state=state, holder_id=c.holder_id,
        holder=common.person_label(holder) if holder else "", since=c.state_since,
        due_on=due_on, overdue=due_on is not None and today > due_on,
        next_actions=tuple(next_actions(state)),
        usable_approvals=tuple(approvals.usable_for_copy(s, c.id, d.id)),
    )


def lookup(register: Register, scanned: str, today: dt.date | None = None) -> CopyCard:
    """The copy whose barcode/QR was scanned (a scanner types the code), or typed by hand.

    Accepts the label code, the copy's label as the screens show it, or ``2026-收-0001/3``
    (internal number and copy number; for copies without 份号 the n-th of them).
    """
    forms = _code_forms(scanned)
    with register.read() as s:
        c = copy_by_code_s(s, forms)
        if c is None:
            raise NotFound(f"找不到条码为“{forms[0][:32]}”的载体", field="code")
        return card_s(s, c, today or common.today())


def card(register: Register, copy_id: int, today: dt.date | None = None) -> CopyCard:
    with register.read() as s:
        c, _ = common.load_copy(s, copy_id)
        return card_s(s, c, today or common.today())
