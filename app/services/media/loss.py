"""Losses: the 24-hour report, and the incidents still to report."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import NotFound, RuleViolation
from app.models.documents import Copy
from app.models.enums import Role
from app.models.media import (
    Incident,
    Medium,
    MediumEvent,
    MediumEventKind,
    MediumStatus,
)
from app.services import audit
from app.services.media.base import INVENTORY_MONTHS, LOSS_REPORT_HOURS
from app.services.media.ledger import _by_number, _view_for_audit
from app.services.media.steps import STEP_FROM, _add_months, _require_status
from app.services.media.validation import _required
from app.services.media.views import IncidentView
from app.services.register import Actor, Register, require_role


# -- loss --------------------------------------------------------------------------------------
def _incident_view(i: Incident, number: str | None, code: str | None = None) -> IncidentView:
    return IncidentView(i.id, i.kind, number, i.opened_at, i.report_due_at, i.reported_at,
                        i.reported_to, i.description, code)


def incident_view_s(s: Session, i: Incident) -> IncidentView:
    number = s.scalar(select(Medium.number).where(Medium.id == i.medium_id)) \
        if i.medium_id is not None else None
    code = s.scalar(select(Copy.code).where(Copy.id == i.copy_id)) \
        if i.copy_id is not None else None
    return _incident_view(i, number, code)


def report_lost(register: Register, actor: Actor, number: str, circumstances: str
                ) -> IncidentView:
    """丢失: the medium is marked lost and an incident opens, to be reported within 24 hours."""
    require_role(actor, Role.CLERK)
    text = _required(circumstances, "circumstances", "丢失经过", 2000)
    with register.write() as s:
        m = _by_number(s, number)
        _require_status(m, STEP_FROM["media.lost"], "登记丢失")
        before = _view_for_audit(m)
        m.status = MediumStatus.LOST.value
        now = dt.datetime.now(dt.UTC)
        opened = now.isoformat(timespec="microseconds")
        due = (now + dt.timedelta(hours=LOSS_REPORT_HOURS)).isoformat(timespec="microseconds")
        s.add(MediumEvent(medium_id=m.id, kind=MediumEventKind.LOST.value, at=opened,
                          actor=actor.username, note=text))
        inc = Incident(kind="loss", medium_id=m.id, opened_at=opened, report_due_at=due,
                       description=text, opened_by=actor.username)
        s.add(inc)
        s.flush()
        audit.record(s, actor.username, "media.lost", "medium", m.id, before=before,
                     after=_view_for_audit(m))
        audit.record(s, actor.username, "incident.open", "incident", inc.id,
                     after={"kind": "loss", "medium": m.number, "report_due_at": due,
                            "description": text})
        return _incident_view(inc, m.number)


def mark_reported(register: Register, actor: Actor, incident_id: int, reported_to: str
                  ) -> IncidentView:
    """The loss was reported (to whom is recorded)."""
    require_role(actor, Role.CLERK)
    to = _required(reported_to, "reported_to", "报告对象", 64)
    with register.write() as s:
        inc = s.get(Incident, incident_id)
        if inc is None:
            raise NotFound("没有这个事件", field="incident_id")
        if inc.reported_at is not None:
            raise RuleViolation("此事件已登记上报", field="incident_id")
        inc.reported_at = audit.now_iso()
        inc.reported_to = to
        s.flush()
        audit.record(s, actor.username, "incident.reported", "incident", inc.id,
                     after={"reported_at": inc.reported_at, "reported_to": to})
        return incident_view_s(s, inc)


def open_incidents(register: Register) -> list[IncidentView]:
    """Losses not yet reported, oldest first."""
    with register.read() as s:
        return open_incidents_s(s)


def open_incidents_s(s: Session) -> list[IncidentView]:
    rows = s.execute(
        select(Incident, Medium.number, Copy.code)
        .outerjoin(Medium, Medium.id == Incident.medium_id)
        .outerjoin(Copy, Copy.id == Incident.copy_id)
        .where(Incident.reported_at.is_(None)).order_by(Incident.id)
    ).all()
    return [_incident_view(i, n, code) for i, n, code in rows]


def inventory_due_count_s(s: Session, today: dt.date) -> int:
    """How many media in the ledger are due for their six-monthly inventory."""
    gone = (MediumStatus.LOST.value, MediumStatus.DESTROYED.value)
    rows = s.execute(select(Medium.last_inventory_on, Medium.created_at)
                     .where(Medium.status.not_in(gone))).all()
    return sum(1 for last, created in rows
               if _add_months(dt.date.fromisoformat(last or created[:10]), INVENTORY_MONTHS)
               <= today)
