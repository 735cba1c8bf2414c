"""The steps of a medium's life: issue, return, carry-out, inventory, repair, destruction,
a raised level."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence

from sqlalchemy.orm import Session

from app.errors import RuleViolation, ValidationError
from app.models.documents import Approval, ApprovalKind
from app.models.enums import Level, Role
from app.models.lifecycle import DestructionMethod
from app.models.media import (
    Medium,
    MediumEvent,
    MediumEventKind,
    MediumStatus,
)
from app.models.people import Person
from app.services import audit
from app.services.lifecycle import approvals
from app.services.media.base import INVENTORY_MONTHS, MEDIA_DESTRUCTION
from app.services.media.holders import check_person, find_person, holder_of
from app.services.media.ledger import _by_number, _view_for_audit, list_media
from app.services.media.validation import _required, _text
from app.services.media.views import MediumView
from app.services.register import Actor, Register, require_role

# -- steps of a medium's life -----------------------------------------------------------------
_HERE = (MediumStatus.IN_USE, MediumStatus.STORED, MediumStatus.OUT, MediumStatus.REPAIR)
#: From which statuses each step of a medium's life is accepted (keyed by its audit action);
#: the media area offers a step only from these.
STEP_FROM: dict[str, tuple[MediumStatus, ...]] = {
    "media.issue": (MediumStatus.STORED,),
    "media.return": (MediumStatus.IN_USE,),
    "media.carry_out": (MediumStatus.IN_USE,),
    "media.bring_back": (MediumStatus.OUT,),
    "media.inventory": _HERE,
    "media.repair": (MediumStatus.IN_USE, MediumStatus.STORED),
    "media.repaired": (MediumStatus.REPAIR,),
    "media.lost": _HERE,
    "media.destroy": (MediumStatus.IN_USE, MediumStatus.STORED),
    "media.copy": (MediumStatus.IN_USE, MediumStatus.STORED),
    "media.request_approval": (MediumStatus.IN_USE, MediumStatus.STORED),
    "media.raise_level": (MediumStatus.IN_USE, MediumStatus.STORED, MediumStatus.OUT),
}


def _require_status(m: Medium, allowed: Iterable[MediumStatus], doing: str) -> None:
    allowed = tuple(allowed)
    status = MediumStatus(m.status)
    if status not in allowed:
        need = "或".join(f"“{a.label}”" for a in allowed)
        raise RuleViolation(
            f"介质 {m.number} 当前状态为“{status.label}”，不能{doing}（须为{need}）",
            field="status",
        )


#: Checks a step makes inside its transaction, before anything changes: they return the
#: people the step names (for its event and audit entry) and the approval it used.
Check = Callable[[Session, Medium], tuple[str | None, Approval | None]]


def _step(
    register: Register, actor: Actor, number: str, *, action: str, event: MediumEventKind,
    allowed: Iterable[MediumStatus], doing: str, new_status: MediumStatus | None,
    person: str | None = None, place: str | None = None,
    note: str | None = None, holder: str | None = None, inventory_on: str | None = None,
    check: Check | None = None,
) -> MediumView:
    require_role(actor, Role.CLERK)
    with register.write() as s:
        m = _by_number(s, number)
        _require_status(m, allowed, doing)
        before = _view_for_audit(m)
        approval: Approval | None = None
        if check is not None:
            person, approval = check(s, m)
        if holder is not None:
            p = holder_of(s, holder, Level(m.highest_level))
            m.holder, m.holder_id, person = p.name, p.id, p.name
        if new_status is not None:
            m.status = new_status.value
        if inventory_on is not None:
            m.last_inventory_on = inventory_on
        ref = (approval.reference or f"审批 {approval.id}") if approval is not None else None
        s.add(MediumEvent(medium_id=m.id, kind=event.value, at=audit.now_iso(),
                          actor=actor.username, person=person, approval_ref=ref,
                          approval_id=approval.id if approval is not None else None,
                          place=place, note=note))
        s.flush()
        after = _view_for_audit(m)
        extra: dict[str, object] = {k: v for k, v in (
            ("person", person), ("approval_ref", ref), ("place", place), ("note", note)) if v}
        if approval is not None:
            extra["审批"] = approval.id
            extra["批准人"] = approval.approver_name or ""
        audit.record(s, actor.username, action, "medium", m.id, before=before,
                     after={**after, **extra})
        return MediumView.of(m)


def issue(register: Register, actor: Actor, number: str, holder: str) -> MediumView:
    """发放: a stored medium goes to its user (责任人): registered, on post, cleared."""
    return _step(register, actor, number, action="media.issue", event=MediumEventKind.ISSUED,
                 allowed=STEP_FROM["media.issue"], doing="发放", new_status=MediumStatus.IN_USE,
                 holder=holder)


def return_medium(register: Register, actor: Actor, number: str) -> MediumView:
    """归还: the user hands the medium back to the clerk, who keeps it (停用)."""
    return _step(register, actor, number, action="media.return",
                 event=MediumEventKind.RETURNED, allowed=STEP_FROM["media.return"], doing="归还",
                 new_status=MediumStatus.STORED)


def carry_out(register: Register, actor: Actor, number: str, *, approval_id: int | None,
              destination: str, companion: str | None = None) -> MediumView:
    """携带外出: with an approval record for this medium and its 责任人; 绝密 with two people."""
    dest = _required(destination, "destination", "外出地点及事由", 128)
    mate = _text(companion, "companion", "同行人", 64 + 2 + 64, required=False)

    def check(s: Session, m: Medium) -> tuple[str | None, Approval | None]:
        level = Level(m.highest_level)
        holder = _current_holder(s, m, "携带外出")
        named: str | None = None
        if level >= Level.TOP_SECRET:
            if mate is None:
                raise RuleViolation("绝密级介质携带外出须两人同行：请填写同行人",
                                    field="companion")
            other = find_person(s, mate, "companion", "同行人")
            if other.id == holder.id:
                raise RuleViolation(f"同行人须为责任人{holder.name}以外的另一人",
                                    field="companion")
            check_person(other, level, "companion", "同行人", "随同携带")
            named = other.name
        a = approvals.use_s(s, actor, approval_id, ApprovalKind.CARRY_OUT, document_id=None,
                            medium_id=m.id, person_id=holder.id,
                            used_for=f"介质携带外出:{m.number}")
        return named, a

    return _step(register, actor, number, action="media.carry_out",
                 event=MediumEventKind.CARRIED_OUT, allowed=STEP_FROM["media.carry_out"],
                 doing="携带外出", new_status=MediumStatus.OUT, place=dest, check=check)


def _current_holder(s: Session, m: Medium, doing: str) -> Person:
    """The medium's 责任人 as a registered person, on post and cleared (for a step now)."""
    p = s.get(Person, m.holder_id) if m.holder_id is not None else None
    if p is None:
        raise RuleViolation(
            f"介质 {m.number} 的责任人“{m.holder}”不是已登记的人员：请先收回介质，"
            "再发放给已登记的人员", field="holder")
    check_person(p, Level(m.highest_level), "holder", "责任人", doing)
    return p


def bring_back(register: Register, actor: Actor, number: str) -> MediumView:
    return _step(register, actor, number, action="media.bring_back",
                 event=MediumEventKind.BROUGHT_BACK, allowed=STEP_FROM["media.bring_back"],
                 doing="登记带回", new_status=MediumStatus.IN_USE)


def record_inventory(register: Register, actor: Actor, number: str,
                     on: dt.date | None = None, note: str | None = None) -> MediumView:
    """清查: the six-monthly check that the medium is where the ledger says."""
    day = on or dt.date.today()
    if day > dt.date.today():
        raise ValidationError("清查日期不能晚于今天", field="on")
    text = _text(note, "note", "备注", 200, required=False)
    return _step(register, actor, number, action="media.inventory",
                 event=MediumEventKind.INVENTORIED,
                 allowed=STEP_FROM["media.inventory"], doing="清查", new_status=None, note=text,
                 inventory_on=day.isoformat())


def _add_months(day: dt.date, months: int) -> dt.date:
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    for d in (day.day, 30, 29, 28):
        try:
            return dt.date(year, month, d)
        except ValueError:
            continue
    raise AssertionError("unreachable")


def inventory_due(register: Register, today: dt.date | None = None) -> list[MediumView]:
    """Media whose last inventory (or registration) is six months old or older."""
    today = today or dt.date.today()
    due = []
    for m in list_media(register, include_gone=False):
        last = dt.date.fromisoformat(m.last_inventory_on or m.created_at[:10])
        if _add_months(last, INVENTORY_MONTHS) <= today:
            due.append(m)
    return due


def send_for_repair(register: Register, actor: Actor, number: str, place: str) -> MediumView:
    """送修: only to a designated place (指定维修点), which is recorded."""
    where = _required(place, "place", "指定维修点", 128)
    return _step(register, actor, number, action="media.repair",
                 event=MediumEventKind.SENT_FOR_REPAIR,
                 allowed=STEP_FROM["media.repair"], doing="送修",
                 new_status=MediumStatus.REPAIR, place=where)


def back_from_repair(register: Register, actor: Actor, number: str) -> MediumView:
    return _step(register, actor, number, action="media.repaired",
                 event=MediumEventKind.REPAIRED, allowed=STEP_FROM["media.repaired"],
                 doing="登记修复返回", new_status=MediumStatus.STORED)


def destroy(register: Register, actor: Actor, number: str, *, approval_id: int | None,
            witnesses: Sequence[str], method: DestructionMethod | str, means: str) -> MediumView:
    """销毁: with an approval record for this medium, by an allowed method and named means,
    before two registered, on-post, cleared witnesses (监销人) other than the clerk."""
    try:
        how = method if isinstance(method, DestructionMethod) else DestructionMethod(method)
    except ValueError:
        how = None
    if how not in MEDIA_DESTRUCTION:
        allowed = "、".join(m.label for m in MEDIA_DESTRUCTION)
        raise ValidationError(f"介质的销毁方式只能是：{allowed}", field="method")
    by = _required(means, "means",
                   "销毁机构" if how is DestructionMethod.CENTRE else "销毁设备及地点", 128)
    names = [w for w in witnesses if (w or "").strip()]
    if len(names) != 2:
        raise RuleViolation("介质销毁须有两名监销人在场（保密员以外）", field="witnesses")

    def check(s: Session, m: Medium) -> tuple[str | None, Approval | None]:
        level = Level(m.highest_level)
        people = [find_person(s, w, "witnesses", "监销人") for w in names]
        if people[0].id == people[1].id:
            raise RuleViolation("两名监销人须为不同的人", field="witnesses")
        for p in people:
            if p.name in (actor.display_name, actor.username):
                raise RuleViolation("监销人须为保密员以外的另一人", field="witnesses")
            check_person(p, level, "witnesses", "监销人", "监销")
        a = approvals.use_s(s, actor, approval_id, ApprovalKind.DESTRUCTION, document_id=None,
                            medium_id=m.id, used_for=f"介质销毁:{m.number}")
        return "、".join(p.name for p in people), a

    return _step(register, actor, number, action="media.destroy",
                 event=MediumEventKind.DESTROYED,
                 allowed=STEP_FROM["media.destroy"], doing="销毁",
                 new_status=MediumStatus.DESTROYED, place=by, note=how.label, check=check)




def raise_level(register: Register, actor: Actor, number: str, level: Level) -> MediumView:
    """A medium that stored higher-level information takes that level; never the reverse."""
    require_role(actor, Role.CLERK)
    with register.write() as s:
        m = _by_number(s, number)
        _require_status(m, STEP_FROM["media.raise_level"], "变更密级")
        if level < Level(m.highest_level):
            raise RuleViolation(
                f"介质 {m.number} 曾存储{Level(m.highest_level).label}信息，不得降为"
                f"{level.label}（删除或格式化后也不降密）", field="level")
        if level == Level(m.highest_level):
            raise ValidationError(f"介质 {m.number} 已是{level.label}", field="level")
        before = _view_for_audit(m)
        m.level = int(level)
        m.highest_level = int(level)
        s.add(MediumEvent(medium_id=m.id, kind=MediumEventKind.LEVEL_RAISED.value,
                          at=audit.now_iso(), actor=actor.username, note=level.label))
        s.flush()
        audit.record(s, actor.username, "media.raise_level", "medium", m.id, before=before,
                     after=_view_for_audit(m))
        return MediumView.of(m)
