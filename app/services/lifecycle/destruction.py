"""销毁: a leader's approval of an itemised list, two witnesses (监销人), an approved method.

domain.md "Register of carriers" (003 销毁; 002 篇七 第二十四条): only copies in store can be
destroyed; 绝密 is destroyed on site; destroyed copies stay in the register for ever (their
state is 已销毁 and no action is possible on them).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select

from app.errors import RuleViolation, ValidationError
from app.models.documents import Approval, ApprovalKind, ApprovalStatus, CarrierType, CopyState
from app.models.enums import Clearance, Level
from app.models.lifecycle import Destruction, DestructionItem, DestructionMethod
from app.models.people import PersonStatus
from app.services import audit
from app.services.lifecycle import approvals, common, copies, states
from app.services.lifecycle.states import Action
from app.services.register import Actor, Register

PLACE_MAX = 128
REMARKS_MAX = 500


@dataclass(frozen=True)
class DestructionInfo:
    id: int
    approval_id: int
    approver_name: str
    destroyed_on: dt.date
    method: DestructionMethod
    place: str
    witnesses: tuple[str, str]
    items: tuple[common.CopyRef, ...]


def destroy(
    register: Register,
    actor: Actor,
    approval_id: int | None,
    copy_ids: Sequence[int],
    *,
    witness_ids: Sequence[int],
    method: DestructionMethod,
    place: str,
    destroyed_on: dt.date | None = None,
    remarks: str = "",
) -> DestructionInfo:
    """Destroy the approved, itemised copies in front of two witnesses."""
    common.require_clerk(actor)
    wanted = common.ids(copy_ids, "copies", "销毁清单")
    try:
        method = DestructionMethod(method)
    except ValueError:
        raise ValidationError("未知的销毁方式", field="method") from None
    place = common.text(place, "place", "销毁地点", max_len=PLACE_MAX)
    remarks = common.text(remarks, "remarks", "备注", max_len=REMARKS_MAX, required=False)
    witnesses = list(witness_ids)
    if len(witnesses) != 2 or len(set(witnesses)) != 2:
        raise RuleViolation("销毁须有两名不同的监销人在场（003 销毁）", field="witnesses")
    day = destroyed_on or common.today()
    if day > common.today():
        raise ValidationError("销毁日期不能晚于今天", field="destroyed_on")
    when = common.now()
    with register.write() as s:
        loaded = [common.load_copy(s, i) for i in wanted]
        refusals = [f"{common.copy_label(c, d)}：{common.why(c, Action.DESTROY)}"
                    for c, d in loaded if not states.allowed(CopyState(c.state), Action.DESTROY)]
        if refusals:
            raise RuleViolation("只能销毁在库的载体，以下不能销毁：" + "；".join(refusals[:5]),
                                field="copies")
        documents = {d.id for _, d in loaded}
        top = max(Level(d.level) for _, d in loaded)
        telegram = any(d.carrier == CarrierType.TELEGRAM.value for _, d in loaded)
        if (top >= Level.TOP_SECRET or telegram) and not method.on_site:
            what = "绝密载体" if top >= Level.TOP_SECRET else "密码电报"
            raise RuleViolation(f"{what}须现场销毁，不能送出销毁（003 销毁）", field="method")
        people = [common.load_person(s, w, "witnesses") for w in witnesses]
        for p in people:
            if p.status != PersonStatus.ON_POST.value:
                raise RuleViolation(f"监销人{common.person_label(p)}已离岗", field="witnesses")
            if Clearance(p.clearance).highest_level < top:
                raise RuleViolation(
                    f"监销人{common.person_label(p)}的涉密等级不够（此批含{top.label}载体）",
                    field="witnesses",
                )
        a = approvals.use_s(s, actor, approval_id, ApprovalKind.DESTRUCTION,
                            document_id=documents.pop() if len(documents) == 1 else None,
                            copy_ids=wanted,
                            used_for=f"销毁:{','.join(str(i) for i in wanted)}")
        record = Destruction(
            approval_id=a.id, destroyed_on=day, method=method.value, place=place,
            witness1_id=people[0].id, witness2_id=people[1].id, remarks=remarks,
            created_at=audit.now_iso(), created_by=actor.username,
        )
        s.add(record)
        s.flush()
        names = (people[0].name, people[1].name)
        for c, _ in loaded:
            s.add(DestructionItem(destruction_id=record.id, copy_id=c.id))
            common.move(s, actor, c, Action.DESTROY, holder=None, at=when, details={
                "销毁": record.id, "审批": a.id, "批准人": a.approver_name,
                "监销人": "、".join(names), "方式": method.label, "地点": place,
                "销毁日期": day.isoformat(),
            })
            copies.mark_cleared_s(s, actor, c, day)
        audit.record(s, actor.username, "destruction.create", "destruction", record.id, after={
            "清单": [common.copy_label(c, d) for c, d in loaded], "监销人": list(names),
            "方式": method.label, "地点": place, "审批": a.id,
        })
        return DestructionInfo(record.id, a.id, a.approver_name or "", day, method, place, names,
                               tuple(common.copy_ref(c, d) for c, d in loaded))


def usable_approvals(register: Register, limit: int = 200) -> list[approvals.ApprovalInfo]:
    """Approved destruction lists not yet used, oldest first (the clerk picks one)."""
    with register.read() as s:
        rows = s.scalars(select(Approval).where(
            Approval.kind == ApprovalKind.DESTRUCTION.value,
            Approval.status == ApprovalStatus.APPROVED.value).order_by(Approval.id).limit(limit))
        return [approvals.info_s(s, a) for a in rows]


def destructions(register: Register, *, latest: int | None = None) -> list[DestructionInfo]:
    """Every destruction (or only the ``latest`` few), oldest first, with its items (销毁登记)."""
    from app.models.documents import Copy, Document
    from app.models.people import Person

    with register.read() as s:
        out = []
        stmt = select(Destruction).order_by(Destruction.id)
        if latest is not None:
            newest = select(Destruction.id).order_by(Destruction.id.desc()).limit(latest)
            stmt = stmt.where(Destruction.id.in_(newest.scalar_subquery()))
        for r in s.scalars(stmt):
            a = s.get(Approval, r.approval_id)
            w1, w2 = s.get(Person, r.witness1_id), s.get(Person, r.witness2_id)
            rows = s.execute(select(Copy, Document)
                             .join(DestructionItem, DestructionItem.copy_id == Copy.id)
                             .join(Document, Document.id == Copy.document_id)
                             .where(DestructionItem.destruction_id == r.id)
                             .order_by(DestructionItem.id)).all()
            out.append(DestructionInfo(
                r.id, r.approval_id, (a.approver_name if a else "") or "", r.destroyed_on,
                DestructionMethod(r.method), r.place,
                (w1.name if w1 else "", w2.name if w2 else ""),
                tuple(common.copy_ref(c, d) for c, d in rows)))
        return out
