"""What every lifecycle use case shares: loading, the receiver rule, moving a copy, times.

A copy moves only through :func:`move`, which asks the state machine, changes the copy's
state and holder and writes the audit entry, all inside the caller's ``register.write()``.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, TypeVarTuple

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from app.errors import NotFound, RuleViolation, ValidationError
from app.models.documents import (
    HOLDING_STATES,
    CarrierType,
    Copy,
    CopyKind,
    CopyState,
    Document,
    ScopeEntry,
)
from app.models.documents import ScopeKind as SK
from app.models.enums import Clearance, Level, Role
from app.models.foundation import Setting
from app.models.lifecycle import CarryOut, CirculationReading, Loan
from app.models.people import Person, PersonStatus
from app.services import audit, checks
from app.services.lifecycle import states
from app.services.lifecycle.due import DuePolicy
from app.services.lifecycle.due import is_overdue as due_is_overdue
from app.services.lifecycle.states import Action
from app.services.register import Actor, Register, require_role

#: Who keeps the register of carriers at this terminal.
CLERKS = (Role.CLERK,)

POLICY_KEYS = {"circulation_days": "lifecycle.circulation_days", "loan_days": "lifecycle.loan_days"}


# -- time ---------------------------------------------------------------------------------------
def now() -> dt.datetime:
    """The local time with its offset (hand-out and return times are local)."""
    return dt.datetime.now().astimezone()


def at_or_now(at: dt.datetime | None) -> dt.datetime:
    """The time of an event as the clerk gives it (never in the future), or now."""
    current = now()
    if at is None:
        return current
    if at.tzinfo is None:
        at = at.astimezone()
    if at > current + dt.timedelta(minutes=5):
        raise ValidationError("登记时间不能晚于当前时间", field="at")
    return at


#: An event entered more than this long after it happened is a late entry (补登): it needs a
#: reason, which stays in its audit entry and history.
LATE_AFTER = dt.timedelta(hours=1)
LATE_REASON_MAX = 200


def check_time(s: Session, c: Copy, action: Action, at: dt.datetime,
               late_reason: str | None) -> dict[str, str]:
    """Time runs forward: an event of a copy is never dated before the document was received
    (or registered for dispatch), nor before the copy's previous event; the future is refused
    by :func:`at_or_now`. A late entry needs a reason; the details to record are returned.
    """
    d = s.get(Document, c.document_id)
    shown = f"{at.astimezone():%Y-%m-%d %H:%M}"
    if d is not None and at.astimezone().date() < d.received_on:
        raise RuleViolation(
            f"{action.label}时间 {shown} 早于此文件的登记日期 {d.received_on.isoformat()}："
            f"载体不能在收到之前{action.label}", field="at")
    if c.state_since != c.created_at:  # the copy has had an event since it was registered
        previous = parse_iso(c.state_since)
        if at < previous:
            raise RuleViolation(
                f"{action.label}时间 {shown} 早于此载体上一次登记的时间 "
                f"{previous.astimezone():%Y-%m-%d %H:%M}：登记须按发生的先后顺序", field="at")
    if at >= now() - LATE_AFTER:
        return {}
    reason = text(late_reason, "late_reason", "补登原因", max_len=LATE_REASON_MAX,
                  required=False)
    if not reason:
        raise ValidationError(
            f"{action.label}时间 {shown} 早于现在一小时以上，属于补登：请填写补登原因",
            field="late_reason")
    return {"补登原因": reason, "补登于": iso(now())}


def iso(t: dt.datetime) -> str:
    return t.isoformat(timespec="seconds")


def parse_iso(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text)


def today() -> dt.date:
    return now().date()


# -- plain input checks ---------------------------------------------------------------------------
text = checks.text  # one set of text rules for the whole register


class DueBack:
    """Something handed out and due back on a day (a reader's turn, a loan)."""

    due_on: dt.date
    back_at: str | None

    @property
    def is_out(self) -> bool:
        return self.back_at is None

    def is_overdue(self, today: dt.date) -> bool:
        return self.back_at is None and due_is_overdue(self.due_on, today)

    @property
    def returned_late(self) -> bool:
        return self.back_at is not None and parse_iso(self.back_at).date() > self.due_on


_Row = TypeVarTuple("_Row")


def still_out(stmt: Select[*_Row], record: type[CirculationReading | Loan | CarryOut], *,
              due_before: dt.date | None, due_on: dt.date | None,
              limit: int) -> Select[*_Row]:
    """``stmt`` narrowed to the records not yet back, due before or on a day if asked, the
    soonest due first (the start page's lists and the open readings, loans, carry-outs)."""
    stmt = stmt.where(record.back_at.is_(None))
    if due_before is not None:
        stmt = stmt.where(record.due_on < due_before)
    if due_on is not None:
        stmt = stmt.where(record.due_on == due_on)
    return stmt.order_by(record.due_on, record.id).limit(limit)


def ids(values: object, field: str, label: str, *, max_items: int = 1000) -> list[int]:
    """A non-empty list of distinct ids."""
    if isinstance(values, int | str) or not hasattr(values, "__iter__"):
        raise ValidationError(f"{label}须为一组编号", field=field)
    out: list[int] = []
    for v in values:
        if isinstance(v, bool) or not isinstance(v, int) or v <= 0:
            raise ValidationError(f"{label}中有无效的编号", field=field)
        if v in out:
            raise ValidationError(f"{label}中编号 {v} 重复", field=field)
        out.append(v)
    if not out:
        raise ValidationError(f"{label}不能为空", field=field)
    if len(out) > max_items:
        raise ValidationError(f"{label}最多 {max_items} 项", field=field)
    return out


def require_clerk(actor: Actor) -> None:
    require_role(actor, *CLERKS)


# -- loading ------------------------------------------------------------------------------------
def load_copy(s: Session, copy_id: int) -> tuple[Copy, Document]:
    c = s.get(Copy, copy_id) if isinstance(copy_id, int) else None
    if c is None:
        raise NotFound(f"找不到编号为 {copy_id} 的载体", field="copy")
    d = s.get(Document, c.document_id)
    assert d is not None  # noqa: S101  (foreign key)
    return c, d


def load_person(s: Session, person_id: int, field: str = "person") -> Person:
    p = s.get(Person, person_id) if isinstance(person_id, int) else None
    if p is None:
        raise NotFound(f"找不到编号为 {person_id} 的人员", field=field)
    return p


def short(title: str, n: int = 24) -> str:
    return title if len(title) <= n else title[:n] + "…"


def same_day(d: Document) -> bool:
    """急件 and 密码电报 go out and come back the same day (绝密 too: see :mod:`due`)."""
    return bool(d.urgent) or d.carrier == CarrierType.TELEGRAM.value


def reproduction_mark(c: Copy, unknown: str = "?") -> str:
    """A copy made here: ``复制件 1/3`` / ``摘抄件 2/2`` (written when it was made)."""
    word = "摘抄件" if c.kind == CopyKind.EXCERPT.value else "复制件"
    if c.remarks.startswith(word):
        return c.remarks.split("；")[0]
    return f"{word} {c.reproduction_no or unknown}"


def copy_label(c: Copy, d: Document) -> str:
    """How the clerk names a copy: ``2026-收-0001 第3份`` / ``… 复制件 1/3``."""
    if c.kind != CopyKind.ORIGINAL.value:
        return f"{d.internal_no} {reproduction_mark(c)}"
    if c.copy_no:
        return f"{d.internal_no} 第{c.copy_no}份"
    return f"{d.internal_no}（{c.code}）"


def person_label(p: Person) -> str:
    return f"{p.name}（{p.department}）"


# -- the receiver rule (domain.md "People") ------------------------------------------------------
def in_scope(s: Session, d: Document, p: Person) -> bool:
    """Inside the document's 知悉范围: everyone, the person, their department or post."""
    for e in s.scalars(select(ScopeEntry).where(ScopeEntry.document_id == d.id)):
        kind = SK(e.kind)
        if kind is SK.ALL:
            return True
        if kind is SK.PERSON and e.person_id == p.id:
            return True
        if kind is SK.DEPARTMENT and e.value == p.department:
            return True
        if kind is SK.POST and p.post and e.value == p.post:
            return True
    return False


def receiver_refusal(s: Session, d: Document, p: Person) -> str | None:
    """Why this person may not hold a copy of ``d`` (None when they may)."""
    if p.status != PersonStatus.ON_POST.value:
        return f"{person_label(p)}已离岗，不能接收涉密载体"
    level = Level(d.level)
    clearance = Clearance(p.clearance)
    if level > clearance.highest_level:
        return (
            f"{person_label(p)}的涉密等级为“{clearance.label}”，只能接收"
            f"{clearance.highest_level.label}及以下的载体，此件为{level.label}"
        )
    if not in_scope(s, d, p):
        return (
            f"{person_label(p)}不在《{short(d.title)}》的知悉范围内；"
            "扩大知悉范围须经领导批准（不得自行扩大阅读范围）"
        )
    return None


def why(c: Copy, action: Action) -> str:
    return states.refusal(CopyState(c.state), action) or ""


def check_receiver(s: Session, d: Document, p: Person) -> None:
    reason = receiver_refusal(s, d, p)
    if reason:
        raise RuleViolation(reason, field="person")


# -- moving a copy ------------------------------------------------------------------------------
def copy_view(c: Copy) -> dict[str, Any]:
    return {"状态": CopyState(c.state).label, "持有人": c.holder_id}


def move(
    s: Session,
    actor: Actor,
    c: Copy,
    action: Action,
    *,
    holder: Person | None,
    at: dt.datetime,
    details: Mapping[str, Any] | None = None,
    late_reason: str | None = None,
) -> CopyState:
    """Change the copy's state and holder by ``action``, with its audit entry.

    The time is checked first (:func:`check_time`); a late entry's reason joins the details.
    """
    before = CopyState(c.state)
    after = states.next_state(before, action)
    late = check_time(s, c, action, at, late_reason)
    if (holder is not None) != (after in HOLDING_STATES):
        raise AssertionError("a held state needs a holder and only a held state has one")
    view_before = copy_view(c)
    c.state = after.value
    c.holder_id = holder.id if holder is not None else None
    c.state_since = iso(at)
    view_after = copy_view(c)
    if holder is not None:
        view_after["持有人"] = person_label(holder)
    audit.record(
        s, actor.username, f"copy.{action.value}", "copy", c.id,
        before=view_before, after={**view_after, **(details or {}), **late},
    )
    s.flush()
    return after


# -- the clerk's limits -------------------------------------------------------------------------
def policy_s(s: Session) -> DuePolicy:
    values: dict[str, int] = {}
    for name, key in POLICY_KEYS.items():
        row = s.get(Setting, key)
        if row is not None:
            values[name] = int(json.loads(row.value))
    return DuePolicy(**values)


def policy(register: Register) -> DuePolicy:
    with register.read() as s:
        return policy_s(s)


def set_policy(register: Register, actor: Actor, new: DuePolicy) -> DuePolicy:
    """Change the ordinary circulation and loan limits (never beyond one month)."""
    require_clerk(actor)
    new = DuePolicy(circulation_days=new.circulation_days, loan_days=new.loan_days)  # re-check
    with register.write() as s:
        old = policy_s(s)
        for name, key in POLICY_KEYS.items():
            s.merge(Setting(key=key, value=json.dumps(getattr(new, name))))
        audit.record(
            s, actor.username, "settings.lifecycle_limits", "setting", "lifecycle",
            before={"传阅期限（天）": old.circulation_days, "借阅期限（天）": old.loan_days},
            after={"传阅期限（天）": new.circulation_days, "借阅期限（天）": new.loan_days},
        )
    return new


@dataclass(frozen=True)
class CopyRef:
    """A copy as lists show it."""

    copy_id: int
    document_id: int
    label: str
    title: str
    level: Level
    state: CopyState


def copy_ref(c: Copy, d: Document) -> CopyRef:
    return CopyRef(c.id, d.id, copy_label(c, d), d.title, Level(d.level), CopyState(c.state))
