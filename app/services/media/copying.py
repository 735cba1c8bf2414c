"""Approvals for a medium (carry-out, copy, destruction) and copying a medium."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from app.errors import RuleViolation
from app.models.documents import Approval, ApprovalKind, ApprovalStatus
from app.models.enums import Level, Role
from app.models.media import (
    MediumEvent,
    MediumEventKind,
)
from app.services import audit
from app.services.lifecycle import approvals
from app.services.media.ledger import _by_number, add_medium, check_unique
from app.services.media.steps import STEP_FROM, _current_holder, _require_status
from app.services.media.validation import clean
from app.services.media.views import MediumView, NewMedium
from app.services.register import Actor, Register, require_role

# -- approvals for a medium ------------------------------------------------------------------
#: The steps of a medium that need an approval record, by their audit action.
APPROVAL_OF = {"media.carry_out": ApprovalKind.CARRY_OUT, "media.copy": ApprovalKind.COPY,
               "media.destroy": ApprovalKind.DESTRUCTION}


def request_approval(register: Register, actor: Actor, number: str, kind: ApprovalKind, *,
                     until: dt.date | None = None, reason: str = "") -> approvals.ApprovalInfo:
    """Ask a leader to approve carrying out, copying or destroying this medium.

    A carry-out names the medium's 责任人 (who carries it) and the day it comes back.
    """
    require_role(actor, Role.CLERK)
    with register.write() as s:
        m = _by_number(s, number)
        _require_status(m, STEP_FROM["media.request_approval"], "申请审批")
        person = _current_holder(s, m, "携带外出") if kind is ApprovalKind.CARRY_OUT else None
        a = approvals.request_s(s, actor, kind, document_id=None, medium_id=m.id,
                                person_id=person.id if person else None, until=until,
                                reason=reason)
        return approvals.info_s(s, a)


def usable_approvals(register: Register, number: str, kind: ApprovalKind
                     ) -> list[approvals.ApprovalInfo]:
    """Approved, unused approvals of ``kind`` for this medium (the clerk picks one)."""
    with register.read() as s:
        m = _by_number(s, number)
        rows = s.scalars(select(Approval).where(
            Approval.kind == kind.value, Approval.status == ApprovalStatus.APPROVED.value,
            Approval.document_id.is_(None)).order_by(Approval.id))
        return [approvals.info_s(s, a) for a in rows if approvals.medium_of(a) == m.id]


# -- copying ----------------------------------------------------------------------------------
def copy_medium(register: Register, actor: Actor, source: str, copy: NewMedium, *,
                approval_id: int | None) -> MediumView:
    """复制: with an approval record for the source; the copy is a new medium of the ledger,
    with its own number, at the source's level (never lower), linked to its source."""
    require_role(actor, Role.CLERK)
    with register.write() as s:
        src = _by_number(s, source)
        _require_status(src, STEP_FROM["media.copy"], "复制")
        level = Level(src.highest_level)
        asked = copy.level if isinstance(copy.level, Level) else (
            Level.parse(copy.level) if (copy.level or "").strip() else level)
        if asked < level:
            raise RuleViolation(
                f"复制件的密级不能低于原介质 {src.number} 的{level.label}", field="level")
        cleaned = clean(NewMedium(
            number=copy.number, kind=copy.kind, brand_model=copy.brand_model, level=asked,
            holder=copy.holder, vendor_id=copy.vendor_id, product_id=copy.product_id,
            serial=copy.serial, capacity=copy.capacity, status=copy.status,
            bought_on=copy.bought_on, descriptor_hash=copy.descriptor_hash))
        check_unique(s, cleaned)
        a = approvals.use_s(s, actor, approval_id, ApprovalKind.COPY, document_id=None,
                            medium_id=src.id, used_for=f"介质复制:{src.number}")
        new = add_medium(s, actor, cleaned, source=f"复制自 {src.number}")
        new.copied_from_id = src.id
        ref = a.reference or f"审批 {a.id}"
        s.add(MediumEvent(medium_id=src.id, kind=MediumEventKind.COPIED.value,
                          at=audit.now_iso(), actor=actor.username, approval_ref=ref,
                          approval_id=a.id, note=f"复制为 {new.number}"))
        s.flush()
        audit.record(s, actor.username, "media.copy", "medium", src.id, after={
            "复制件": new.number, "密级": Level(new.highest_level).label, "审批": a.id,
            "批准人": a.approver_name or ""})
        return MediumView.of(new)
