"""传阅: the clerk hands one copy to one reader and takes it back before the next.

domain.md "Register of carriers": no lateral passing (不得横传); only inside the 知悉范围 and
the reader's clearance (widening it needs a leader's approval); reader, copy number, time out
and time back are recorded, and for 绝密 every person who touched it; 绝密 and urgent items
go out and come back the same day; a round lasts at most one month.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import RuleViolation
from app.models.documents import Copy, CopyState, Document
from app.models.enums import Level
from app.models.lifecycle import Circulation, CirculationReading
from app.models.people import Person
from app.services import audit
from app.services.lifecycle import common, due, loans, states
from app.services.lifecycle.states import Action
from app.services.register import Actor, Register


@dataclass(frozen=True)
class ReadingInfo(common.DueBack):
    """One reader's turn with a copy."""

    id: int
    circulation_id: int
    copy_id: int
    copy_label: str
    title: str
    level: Level
    reader_id: int
    reader: str
    signed_by: str
    out_at: str
    due_on: dt.date
    back_at: str | None

def _info(r: CirculationReading, c: Copy, d: Document, p: Person) -> ReadingInfo:
    return ReadingInfo(
        id=r.id, circulation_id=r.circulation_id, copy_id=c.id,
        copy_label=common.copy_label(c, d), title=d.title, level=Level(d.level),
        reader_id=p.id, reader=common.person_label(p), signed_by=r.signed_by,
        out_at=r.out_at, due_on=r.due_on, back_at=r.back_at,
    )


def _open_round(s: Session, copy_id: int) -> Circulation | None:
    return s.scalar(select(Circulation).where(Circulation.copy_id == copy_id,
                                              Circulation.closed_at.is_(None)))


def _open_reading(s: Session, copy_id: int) -> CirculationReading | None:
    return s.scalar(select(CirculationReading).where(CirculationReading.copy_id == copy_id,
                                                     CirculationReading.back_at.is_(None)))


def hand_out(
    register: Register,
    actor: Actor,
    copy_id: int,
    reader_id: int,
    *,
    signed_by: str | None = None,
    at: dt.datetime | None = None,
    late_reason: str | None = None,
) -> ReadingInfo:
    """Hand the copy to the reader (who signs for it); it must be back with the clerk."""
    common.require_clerk(actor)
    when = common.at_or_now(at)
    with register.write() as s:
        c, d = common.load_copy(s, copy_id)
        reader = common.load_person(s, reader_id, "reader")
        signed = common.text(signed_by if signed_by is not None else reader.name,
                             "signed_by", "签收人", max_len=32)
        if c.state == CopyState.CIRCULATING.value and c.holder_id is not None:
            holder = common.load_person(s, c.holder_id)
            if holder.id == reader.id:
                raise RuleViolation(f"{common.copy_label(c, d)}已在{common.person_label(holder)}"
                                    "手中传阅", field="reader")
            raise RuleViolation(
                f"{common.copy_label(c, d)}正由{common.person_label(holder)}阅读：须先收回，"
                f"再交给{common.person_label(reader)}（不得横传）",
                field="reader",
            )
        states.next_state(CopyState(c.state), Action.HAND_OUT)
        common.check_receiver(s, d, reader)
        rnd = _open_round(s, c.id)
        day = when.date()
        if rnd is None:
            rnd = Circulation(copy_id=c.id, started_at=common.iso(when), started_by=actor.username,
                              cycle_end=due.add_month(day))
            s.add(rnd)
            s.flush()
        if day > rnd.cycle_end:
            raise RuleViolation(
                f"本轮传阅自 {rnd.started_at[:10]} 起已超过一个月（传阅周期最长不超过一个月）："
                "请先结束本轮传阅，清点后再开始新一轮",
                field="circulation",
            )
        due_on = min(due.circulation_due(Level(d.level), common.same_day(d), day,
                                         common.policy_s(s)), rnd.cycle_end)
        r = CirculationReading(
            circulation_id=rnd.id, copy_id=c.id, reader_id=reader.id, out_at=common.iso(when),
            out_by=actor.username, signed_by=signed, due_on=due_on,
        )
        s.add(r)
        s.flush()
        common.move(s, actor, c, Action.HAND_OUT, holder=reader, at=when,
                    late_reason=late_reason, details={
            "传阅": rnd.id, "阅读人": common.person_label(reader), "签收": signed,
            "送阅时间": r.out_at, "应退日期": due_on.isoformat(),
        })
        return _info(r, c, d, reader)


def take_back(
    register: Register, actor: Actor, copy_id: int, *, at: dt.datetime | None = None,
    late_reason: str | None = None,
) -> ReadingInfo:
    """The reader gives the copy back to the clerk."""
    common.require_clerk(actor)
    when = common.at_or_now(at)
    with register.write() as s:
        c, d = common.load_copy(s, copy_id)
        r = _open_reading(s, c.id)
        if c.state != CopyState.CIRCULATING.value or r is None:
            common.move(s, actor, c, Action.TAKE_BACK, holder=None, at=when)  # raises the rule
            raise AssertionError("unreachable")  # pragma: no cover
        if when < common.parse_iso(r.out_at):
            raise RuleViolation("退回时间不能早于送阅时间", field="at")
        reader = common.load_person(s, r.reader_id)
        r.back_at = common.iso(when)
        r.back_by = actor.username
        late = when.date() > r.due_on
        common.move(s, actor, c, Action.TAKE_BACK, holder=None, at=when,
                    late_reason=late_reason, details={
            "传阅": r.circulation_id, "阅读人": common.person_label(reader),
            "退回时间": r.back_at, "逾期": late,
        })
        return _info(r, c, d, reader)


def finish(register: Register, actor: Actor, copy_id: int) -> None:
    """End the copy's round of circulation (the copy must be back in store)."""
    common.require_clerk(actor)
    with register.write() as s:
        c, d = common.load_copy(s, copy_id)
        rnd = _open_round(s, c.id)
        if rnd is None:
            raise RuleViolation(f"{common.copy_label(c, d)}没有进行中的传阅", field="circulation")
        if c.state == CopyState.CIRCULATING.value:
            raise RuleViolation("须先收回正在阅读的载体，才能结束本轮传阅", field="circulation")
        rnd.closed_at = audit.now_iso()
        rnd.closed_by = actor.username
        audit.record(s, actor.username, "circulation.finish", "copy", c.id,
                     after={"传阅": rnd.id, "结束": rnd.closed_at})


def readings(register: Register, copy_id: int) -> list[ReadingInfo]:
    """Everyone who read this copy, in order (for 绝密: every person who touched it)."""
    with register.read() as s:
        c, d = common.load_copy(s, copy_id)
        rows = s.execute(
            select(CirculationReading, Person)
            .join(Person, Person.id == CirculationReading.reader_id)
            .where(CirculationReading.copy_id == c.id).order_by(CirculationReading.id)
        ).all()
        return [_info(r, c, d, p) for r, p in rows]


def open_readings_s(s: Session, *, due_before: dt.date | None = None,
                    due_on: dt.date | None = None, limit: int = 500) -> list[ReadingInfo]:
    stmt = (
        select(CirculationReading, Copy, Document, Person)
        .join(Copy, Copy.id == CirculationReading.copy_id)
        .join(Document, Document.id == Copy.document_id)
        .join(Person, Person.id == CirculationReading.reader_id)
    )
    stmt = common.still_out(stmt, CirculationReading, due_before=due_before, due_on=due_on,
                            limit=limit)
    return [_info(r, c, d, p) for r, c, d, p in s.execute(stmt).all()]


@dataclass(frozen=True)
class ReaderChoice:
    """Someone who may receive the copy; ``overdue`` names what they hold past its due date
    (marked in the list as the loans area marks borrowers; circulating is not refused)."""

    person_id: int
    label: str
    overdue: tuple[str, ...] = ()


def eligible_readers(register: Register, copy_id: int) -> list[ReaderChoice]:
    """People on post, cleared for the level and inside the scope: who may receive the copy."""
    with register.read() as s:
        _, d = common.load_copy(s, copy_id)
        rows = s.scalars(select(Person).where(Person.status == "on_post")
                         .order_by(Person.department, Person.name))
        late = loans.overdue_by_person_s(s, common.today())
        return [ReaderChoice(p.id, common.person_label(p), tuple(late.get(p.id, ())))
                for p in rows if common.receiver_refusal(s, d, p) is None]
