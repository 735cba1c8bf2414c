"""丢失 of a paper copy, and its recovery (找回).

domain.md "Oversight": a leak or loss is reported within 24 hours on the 泄露国家秘密事件报告表.
A copy can be lost wherever it is, in the store or out with a reader, borrower or carrier: it
goes to the 丢失 state, any open reading, loan or carry-out of it ends there, and an incident
opens with its 24-hour deadline, as for a lost medium (media.report_lost; the start page and
the printed report read both). A copy that is found comes back into the store by a recorded
recovery, never by editing; the incident stays in the register.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import ValidationError
from app.models.documents import Copy, CopyState
from app.models.lifecycle import CarryOut, CirculationReading, Loan
from app.models.media import Incident
from app.services import audit, media
from app.services.lifecycle import common
from app.services.lifecycle.states import Action
from app.services.register import Actor, Register

WHERE_MAX = 200
TEXT_MAX = 2000


def _end_open_records(s: Session, c: Copy, actor: Actor, at: str) -> list[str]:
    """The reading, loan or carry-out the copy was out on ends with the loss."""
    ended = []
    for r in s.scalars(select(CirculationReading).where(
            CirculationReading.copy_id == c.id, CirculationReading.back_at.is_(None))):
        r.back_at, r.back_by = at, actor.username
        ended.append(f"传阅记录 {r.id}（因丢失结束）")
    for n in s.scalars(select(Loan).where(Loan.copy_id == c.id, Loan.back_at.is_(None))):
        n.back_at, n.back_by = at, actor.username
        ended.append(f"借阅记录 {n.id}（因丢失结束）")
    for o in s.scalars(select(CarryOut).where(CarryOut.copy_id == c.id,
                                              CarryOut.back_at.is_(None))):
        o.back_at, o.back_by = at, actor.username
        ended.append(f"携带外出记录 {o.id}（因丢失结束）")
    return ended


def report_lost(
    register: Register,
    actor: Actor,
    copy_id: int,
    *,
    lost_on: dt.date,
    where: str,
    circumstances: str,
) -> media.IncidentView:
    """登记丢失: when and where it was lost, how it was discovered; the 24-hour report opens."""
    common.require_clerk(actor)
    if not isinstance(lost_on, dt.date):
        raise ValidationError("丢失日期格式不正确", field="lost_on")
    if lost_on > common.today():
        raise ValidationError("丢失日期不能晚于今天", field="lost_on")
    place = common.text(where, "where", "丢失地点", max_len=WHERE_MAX)
    how = common.text(circumstances, "circumstances", "丢失及发现经过", max_len=TEXT_MAX,
                      multiline=True)
    now = common.now()
    with register.write() as s:
        c, d = common.load_copy(s, copy_id)
        if lost_on < d.received_on:
            raise ValidationError(
                f"丢失日期 {lost_on.isoformat()} 早于此文件的登记日期 {d.received_on.isoformat()}",
                field="lost_on")
        holder = common.load_person(s, c.holder_id) if c.holder_id is not None else None
        label = common.copy_label(c, d)
        details = {"丢失日期": lost_on.isoformat(), "丢失地点": place, "经过": how}
        if holder is not None:
            details["丢失时持有人"] = common.person_label(holder)
        common.move(s, actor, c, Action.LOSE, holder=None, at=now, details=details)
        ended = _end_open_records(s, c, actor, common.iso(now))
        opened = now.astimezone(dt.UTC)
        due = opened + dt.timedelta(hours=media.LOSS_REPORT_HOURS)
        who = f"；丢失时由{common.person_label(holder)}持有" if holder is not None else ""
        inc = Incident(
            kind="loss", medium_id=None, copy_id=c.id,
            opened_at=opened.isoformat(timespec="microseconds"),
            report_due_at=due.isoformat(timespec="microseconds"),
            description=f"{lost_on.isoformat()} 在{place}丢失{who}。{how}",
            opened_by=actor.username)
        s.add(inc)
        s.flush()
        audit.record(s, actor.username, "incident.open", "incident", inc.id, after={
            "kind": "loss", "丢失载体": label, "report_due_at": inc.report_due_at,
            "description": inc.description, **({"因丢失结束的记录": ended} if ended else {})})
        return media.incident_view_s(s, inc)


def recover(register: Register, actor: Actor, copy_id: int, *, circumstances: str) -> str:
    """找回: a lost copy comes back into the store, with how and where it was found."""
    common.require_clerk(actor)
    how = common.text(circumstances, "circumstances", "找回经过", max_len=TEXT_MAX,
                      multiline=True)
    with register.write() as s:
        c, d = common.load_copy(s, copy_id)
        common.move(s, actor, c, Action.RECOVER, holder=None, at=common.now(),
                    details={"找回经过": how})
        return common.copy_label(c, d)


def lost_copies_s(s: Session) -> list[int]:
    """Ids of the copies now lost (for lists and the inspection)."""
    return list(s.scalars(select(Copy.id).where(Copy.state == CopyState.LOST.value)))


__all__ = ["lost_copies_s", "recover", "report_lost"]
