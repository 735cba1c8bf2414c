"""携带外出: approval, destination, return date; 绝密 only with two named, cleared people.

domain.md "Register of carriers" (003 携带): carrying a classified item out of the office
needs approval and a register entry; 绝密 only with two people.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from app.errors import RuleViolation, ValidationError
from app.models.documents import ApprovalKind, Copy, CopyState, Document
from app.models.enums import Level
from app.models.lifecycle import CarryOut
from app.models.people import Person
from app.services.lifecycle import approvals, common, due, states
from app.services.lifecycle.states import Action
from app.services.register import Actor, Register

DESTINATION_MAX = 128
PURPOSE_MAX = 500


@dataclass(frozen=True)
class CarryOutInfo:
    id: int
    copy_id: int
    copy_label: str
    title: str
    level: Level
    carrier_id: int
    carrier: str
    companion_id: int | None
    companion: str
    destination: str
    purpose: str
    out_at: str
    due_on: dt.date
    back_at: str | None
    approval_id: int

    def is_overdue(self, today: dt.date) -> bool:
        return self.back_at is None and due.is_overdue(self.due_on, today)


def _info(o: CarryOut, c: Copy, d: Document, p: Person, q: Person | None) -> CarryOutInfo:
    return CarryOutInfo(
        id=o.id, copy_id=c.id, copy_label=common.copy_label(c, d), title=d.title,
        level=Level(d.level), carrier_id=p.id, carrier=common.person_label(p),
        companion_id=q.id if q else None, companion=common.person_label(q) if q else "",
        destination=o.destination, purpose=o.purpose, out_at=o.out_at, due_on=o.due_on,
        back_at=o.back_at, approval_id=o.approval_id,
    )


def carry_out(
    register: Register,
    actor: Actor,
    copy_id: int,
    approval_id: int | None,
    *,
    carrier_id: int,
    destination: str,
    due_on: dt.date,
    companion_id: int | None = None,
    purpose: str = "",
    at: dt.datetime | None = None,
    late_reason: str | None = None,
) -> CarryOutInfo:
    """Register the copy going out with its carrier (and, for 绝密, a second person)."""
    common.require_clerk(actor)
    when = common.at_or_now(at)
    destination = common.text(destination, "destination", "前往地点", max_len=DESTINATION_MAX)
    purpose = common.text(purpose, "purpose", "事由", max_len=PURPOSE_MAX, required=False)
    if not isinstance(due_on, dt.date):
        raise ValidationError("交回日期格式不正确", field="due_on")
    if due_on < when.date():
        raise ValidationError("交回日期不能早于外出日期", field="due_on")
    with register.write() as s:
        c, d = common.load_copy(s, copy_id)
        states.next_state(CopyState(c.state), Action.CARRY_OUT)
        carrier = common.load_person(s, carrier_id, "carrier")
        companion = (common.load_person(s, companion_id, "companion")
                     if companion_id is not None else None)
        level = Level(d.level)
        if level >= Level.TOP_SECRET:
            if companion is None:
                raise RuleViolation("绝密载体携带外出须两人同行：请填写第二位陪同人（003 携带）",
                                    field="companion")
            if companion.id == carrier.id:
                raise RuleViolation("绝密载体携带外出须两个不同的人同行", field="companion")
        if companion is not None and companion.id == carrier.id:
            raise ValidationError("陪同人不能是携带人本人", field="companion")
        common.check_receiver(s, d, carrier)
        if companion is not None:
            common.check_receiver(s, d, companion)
        a = approvals.use_s(s, actor, approval_id, ApprovalKind.CARRY_OUT, document_id=d.id,
                            person_id=carrier.id, copy_ids=[c.id], until=due_on,
                            used_for=f"携带外出:载体{c.id}")
        o = CarryOut(
            copy_id=c.id, approval_id=a.id, carrier_id=carrier.id,
            companion_id=companion.id if companion else None, destination=destination,
            purpose=purpose, out_at=common.iso(when), out_by=actor.username, due_on=due_on,
        )
        s.add(o)
        s.flush()
        common.move(s, actor, c, Action.CARRY_OUT, holder=carrier, at=when,
                    late_reason=late_reason, details={
            "携带外出": o.id, "携带人": common.person_label(carrier),
            "陪同人": common.person_label(companion) if companion else "",
            "前往地点": destination, "交回日期": due_on.isoformat(), "审批": a.id,
            "批准人": a.approver_name,
        })
        return _info(o, c, d, carrier, companion)


def bring_back(
    register: Register, actor: Actor, copy_id: int, *, at: dt.datetime | None = None,
    late_reason: str | None = None,
) -> CarryOutInfo:
    common.require_clerk(actor)
    when = common.at_or_now(at)
    with register.write() as s:
        c, d = common.load_copy(s, copy_id)
        o = s.scalar(select(CarryOut).where(CarryOut.copy_id == c.id, CarryOut.back_at.is_(None)))
        if c.state != CopyState.CARRIED_OUT.value or o is None:
            common.move(s, actor, c, Action.BRING_BACK, holder=None, at=when)  # raises
            raise AssertionError("unreachable")  # pragma: no cover
        if when < common.parse_iso(o.out_at):
            raise RuleViolation("交回时间不能早于外出时间", field="at")
        carrier = common.load_person(s, o.carrier_id)
        companion = s.get(Person, o.companion_id) if o.companion_id else None
        o.back_at = common.iso(when)
        o.back_by = actor.username
        common.move(s, actor, c, Action.BRING_BACK, holder=None, at=when,
                    late_reason=late_reason, details={
            "携带外出": o.id, "交回时间": o.back_at,
            "逾期天数": due.days_overdue(o.due_on, when.date()),
        })
        return _info(o, c, d, carrier, companion)


def open_carry_outs_s(s: Session, *, due_before: dt.date | None = None,
                      due_on: dt.date | None = None, limit: int = 500) -> list[CarryOutInfo]:
    companion = aliased(Person)
    stmt = (
        select(CarryOut, Copy, Document, Person, companion)
        .join(Copy, Copy.id == CarryOut.copy_id)
        .join(Document, Document.id == Copy.document_id)
        .join(Person, Person.id == CarryOut.carrier_id)
        .outerjoin(companion, companion.id == CarryOut.companion_id)
    )
    stmt = common.still_out(stmt, CarryOut, due_before=due_before, due_on=due_on, limit=limit)
    return [_info(o, c, d, p, q) for o, c, d, p, q in s.execute(stmt).all()]


def open_carry_outs(register: Register, limit: int = 500) -> list[CarryOutInfo]:
    """Every copy out of the office now, soonest due first (the carry-out screen's list)."""
    with register.read() as s:
        return open_carry_outs_s(s, limit=limit)
