"""借阅: approved by the competent leader, registered and signed, returned on time.

domain.md "Register of carriers": 绝密 back the same day; renewals need approval; a person
with an overdue item cannot borrow another (the clerk is told which item and since when).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import NotFound, RuleViolation
from app.models.documents import ApprovalKind, Copy, CopyState, Document
from app.models.enums import Level
from app.models.lifecycle import CarryOut, CirculationReading, Loan, LoanRenewal
from app.models.people import Person
from app.services import audit
from app.services.lifecycle import approvals, common, due, states
from app.services.lifecycle.states import Action
from app.services.register import Actor, Register

PLACE_MAX = 64


@dataclass(frozen=True)
class LoanInfo(common.DueBack):
    id: int
    copy_id: int
    copy_label: str
    title: str
    level: Level
    borrower_id: int
    borrower: str
    approval_id: int
    place: str
    out_at: str
    due_on: dt.date
    renewals: int
    back_at: str | None

def _info(n: Loan, c: Copy, d: Document, p: Person) -> LoanInfo:
    return LoanInfo(
        id=n.id, copy_id=c.id, copy_label=common.copy_label(c, d), title=d.title,
        level=Level(d.level), borrower_id=p.id, borrower=common.person_label(p),
        approval_id=n.approval_id, place=n.place, out_at=n.out_at, due_on=n.due_on,
        renewals=n.renewals, back_at=n.back_at,
    )


def overdue_items_s(s: Session, person_id: int, today: dt.date) -> list[str]:
    """What this person holds past its due date (loans, circulation, carry-out)."""
    return _overdue(s, today, person_id).get(person_id, [])


def overdue_by_person_s(s: Session, today: dt.date) -> dict[int, list[str]]:
    """Everyone holding something past its due date, with what (as ``overdue_items_s``
    words it): one query per kind, for marking people in a list."""
    return _overdue(s, today)


def _overdue(s: Session, today: dt.date, person_id: int | None = None) -> dict[int, list[str]]:
    out: dict[int, list[str]] = {}
    for table, kind, who in (
        (Loan, "借阅", Loan.borrower_id),
        (CirculationReading, "传阅", CirculationReading.reader_id),
        (CarryOut, "携带外出", CarryOut.carrier_id),
    ):
        stmt = (select(who, table.due_on, Copy, Document)
                .join(Copy, Copy.id == table.copy_id)
                .join(Document, Document.id == Copy.document_id)
                .where(table.back_at.is_(None), table.due_on < today))
        if person_id is not None:
            stmt = stmt.where(who == person_id)
        for holder, due_on, c, d in s.execute(stmt).all():
            out.setdefault(holder, []).append(
                f"{kind}的{common.copy_label(c, d)}（应还 {due_on.isoformat()}）")
    return out


@dataclass(frozen=True)
class BorrowerChoice:
    """Someone who may receive the copy; ``overdue`` names what they must bring back first."""

    person_id: int
    label: str
    overdue: tuple[str, ...]

    @property
    def may_borrow(self) -> bool:
        return not self.overdue


def borrowers(register: Register, copy_id: int) -> list[BorrowerChoice]:
    """People on post, cleared and in scope for the copy, each with their overdue items."""
    today = common.today()
    with register.read() as s:
        _, d = common.load_copy(s, copy_id)
        rows = s.scalars(select(Person).where(Person.status == "on_post")
                         .order_by(Person.department, Person.name))
        late = overdue_by_person_s(s, today)
        return [BorrowerChoice(p.id, common.person_label(p), tuple(late.get(p.id, ())))
                for p in rows if common.receiver_refusal(s, d, p) is None]


def lend(
    register: Register,
    actor: Actor,
    copy_id: int,
    borrower_id: int,
    approval_id: int | None,
    *,
    due_on: dt.date | None = None,
    place: str = "",
    signed_by: str | None = None,
    at: dt.datetime | None = None,
    late_reason: str | None = None,
) -> LoanInfo:
    """Lend the copy with its approval; the due date follows the rules for its level."""
    common.require_clerk(actor)
    when = common.at_or_now(at)
    place = common.text(place, "place", "阅读地点", max_len=PLACE_MAX, required=False)
    with register.write() as s:
        c, d = common.load_copy(s, copy_id)
        borrower = common.load_person(s, borrower_id, "borrower")
        signed = common.text(signed_by if signed_by is not None else borrower.name,
                             "signed_by", "借阅人签字", max_len=32)
        states.next_state(CopyState(c.state), Action.LEND)
        common.check_receiver(s, d, borrower)
        overdue = overdue_items_s(s, borrower.id, common.today())
        if overdue:
            raise RuleViolation(
                f"{common.person_label(borrower)}有逾期未还的文件：{'；'.join(overdue[:3])}。"
                "须先归还，才能再借",
                field="borrower",
            )
        day = when.date()
        due_on = due.loan_due(Level(d.level), common.same_day(d), day, due_on, common.policy_s(s))
        a = approvals.use_s(s, actor, approval_id, ApprovalKind.LOAN, document_id=d.id,
                            person_id=borrower.id, copy_ids=[c.id], until=due_on,
                            used_for=f"借阅:载体{c.id}")
        n = Loan(copy_id=c.id, borrower_id=borrower.id, approval_id=a.id, place=place,
                 out_at=common.iso(when), out_by=actor.username, signed_by=signed,
                 due_on=due_on, renewals=0)
        s.add(n)
        s.flush()
        common.move(s, actor, c, Action.LEND, holder=borrower, at=when,
                    late_reason=late_reason, details={
            "借阅": n.id, "借阅人": common.person_label(borrower), "签字": signed,
            "审批": a.id, "批准人": a.approver_name, "应还日期": due_on.isoformat(),
            "阅读地点": place,
        })
        return _info(n, c, d, borrower)


def _open_loan(s: Session, copy_id: int) -> Loan | None:
    return s.scalar(select(Loan).where(Loan.copy_id == copy_id, Loan.back_at.is_(None)))


def return_loan(
    register: Register, actor: Actor, copy_id: int, *, at: dt.datetime | None = None,
    late_reason: str | None = None,
) -> LoanInfo:
    """The borrower brings the copy back; a late return is recorded as late."""
    common.require_clerk(actor)
    when = common.at_or_now(at)
    with register.write() as s:
        c, d = common.load_copy(s, copy_id)
        n = _open_loan(s, c.id)
        if c.state != CopyState.ON_LOAN.value or n is None:
            common.move(s, actor, c, Action.RETURN_LOAN, holder=None, at=when)  # raises
            raise AssertionError("unreachable")  # pragma: no cover
        if when < common.parse_iso(n.out_at):
            raise RuleViolation("归还时间不能早于借出时间", field="at")
        borrower = common.load_person(s, n.borrower_id)
        n.back_at = common.iso(when)
        n.back_by = actor.username
        late = due.days_overdue(n.due_on, when.date())
        common.move(s, actor, c, Action.RETURN_LOAN, holder=None, at=when,
                    late_reason=late_reason, details={
            "借阅": n.id, "借阅人": common.person_label(borrower), "归还时间": n.back_at,
            "应还日期": n.due_on.isoformat(), "逾期天数": late,
        })
        return _info(n, c, d, borrower)


def renew(
    register: Register,
    actor: Actor,
    loan_id: int,
    approval_id: int | None,
    *,
    new_due_on: dt.date,
    at: dt.datetime | None = None,
) -> LoanInfo:
    """续借 with its own approval; not for 绝密 or urgent items (back the same day)."""
    common.require_clerk(actor)
    when = common.at_or_now(at)
    with register.write() as s:
        n = s.get(Loan, loan_id) if isinstance(loan_id, int) else None
        if n is None:
            raise NotFound(f"找不到编号为 {loan_id} 的借阅", field="loan")
        c, d = common.load_copy(s, n.copy_id)
        if n.back_at is not None:
            raise RuleViolation("此借阅已归还，不能续借", field="loan")
        states.next_state(CopyState(c.state), Action.RENEW)
        borrower = common.load_person(s, n.borrower_id)
        new_due = due.renewal_due(Level(d.level), common.same_day(d), n.due_on, when.date(),
                                  new_due_on, common.policy_s(s))
        a = approvals.use_s(s, actor, approval_id, ApprovalKind.LOAN, document_id=d.id,
                            person_id=borrower.id, copy_ids=[c.id], until=new_due,
                            used_for=f"续借:{n.id}")
        old = n.due_on
        s.add(LoanRenewal(loan_id=n.id, approval_id=a.id, at=common.iso(when),
                          by=actor.username, old_due_on=old, new_due_on=new_due))
        n.due_on = new_due
        n.renewals += 1
        audit.record(s, actor.username, "copy.renew", "copy", c.id,
                     before={"应还日期": old.isoformat()},
                     after={"应还日期": new_due.isoformat(), "借阅": n.id, "审批": a.id,
                            "续借次数": n.renewals})
        return _info(n, c, d, borrower)


def open_loans_s(s: Session, *, due_before: dt.date | None = None,
                 due_on: dt.date | None = None, borrower_id: int | None = None,
                 limit: int = 500) -> list[LoanInfo]:
    stmt = (
        select(Loan, Copy, Document, Person)
        .join(Copy, Copy.id == Loan.copy_id)
        .join(Document, Document.id == Copy.document_id)
        .join(Person, Person.id == Loan.borrower_id)
    )
    if borrower_id is not None:
        stmt = stmt.where(Loan.borrower_id == borrower_id)
    stmt = common.still_out(stmt, Loan, due_before=due_before, due_on=due_on, limit=limit)
    return [_info(n, c, d, p) for n, c, d, p in s.execute(stmt).all()]


def open_loans(register: Register, limit: int = 500) -> list[LoanInfo]:
    """Copies out on loan now, the earliest due first."""
    with register.read() as s:
        return open_loans_s(s, limit=limit)


def overdue(register: Register, today: dt.date | None = None) -> list[LoanInfo]:
    """Loans past their due date, the most overdue first."""
    with register.read() as s:
        return open_loans_s(s, due_before=today or common.today())


def loans_of_copy(register: Register, copy_id: int) -> list[LoanInfo]:
    with register.read() as s:
        c, d = common.load_copy(s, copy_id)
        rows = s.execute(select(Loan, Person).join(Person, Person.id == Loan.borrower_id)
                         .where(Loan.copy_id == c.id).order_by(Loan.id)).all()
        return [_info(n, c, d, p) for n, p in rows]
