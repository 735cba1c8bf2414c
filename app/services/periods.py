"""Periods (保密期限): expiry, declassification (自行解密), level and period changes.

domain.md "Classification": period expiry declassifies automatically; the register flags
expired items and the clerk confirms. A change of level or period needs an approval and is
recorded (001 五(五)1, 3).
"""

from __future__ import annotations

import datetime as dt
import json

from sqlalchemy import func, select

from app.errors import NotFound, RuleViolation, ValidationError
from app.models.documents import (
    HOLDING_STATES,
    Approval,
    ApprovalKind,
    ApprovalStatus,
    Copy,
    CopyState,
    Document,
    PeriodKind,
)
from app.models.enums import Level
from app.models.people import Person
from app.services import audit, checks
from app.services.documents import (
    CLERKS,
    REMARKS_MAX,
    DocumentInfo,
    Period,
    check_workstation_level,
    parse_period,
)
from app.services.documents.base import _document
from app.services.documents.marking import _period_of
from app.services.documents.views import _document_info
from app.services.lifecycle import approvals
from app.services.lifecycle.approvals import ApprovalInfo
from app.services.register import Actor, Register, require_role


# -- periods: expiry and declassification ------------------------------------------------------
def expired_documents(register: Register, *, on: dt.date | None = None,
                      within_days: int = 0) -> list[DocumentInfo]:
    """Documents whose 保密期限 has ended (or ends within ``within_days``), not yet declassified."""
    day = (on or dt.date.today()) + dt.timedelta(days=within_days)
    with register.read() as s:
        docs = s.scalars(
            select(Document).where(Document.period_end.is_not(None),
                                   Document.period_end <= day,
                                   Document.declassified_on.is_(None))
            .order_by(Document.period_end, Document.id)
        )
        return [_document_info(s, d) for d in docs]


def confirm_declassified(
    register: Register, actor: Actor, document_id: int, *, on: dt.date | None = None,
) -> DocumentInfo:
    """自行解密: the clerk confirms an ended period; copies in store become 已解密.

    Refused while the period runs, or while a copy is out with someone (get it back first).
    """
    require_role(actor, *CLERKS)
    day = on or dt.date.today()
    with register.write() as s:
        d = _document(s, document_id)
        if d.declassified_on is not None:
            raise RuleViolation(f"此文件已于 {d.declassified_on} 解密", field="document")
        if d.period_end is None:
            raise RuleViolation(
                f"此文件保密期限为“{_period_of(d).label or '无'}”，不会到期自行解密",
                field="period")
        if d.period_end > day:
            raise RuleViolation(
                f"保密期限至 {d.period_end} 届满，尚未到期，不能解密", field="period")
        out = s.scalar(select(func.count(Copy.id)).where(
            Copy.document_id == d.id, Copy.state.in_([x.value for x in HOLDING_STATES])))
        if out:
            raise RuleViolation(f"此文件还有 {out} 份在外（传阅、借出或携带外出），"
                                "须收回后再确认解密", field="copy")
        changed = list(s.scalars(select(Copy).where(
            Copy.document_id == d.id, Copy.state == CopyState.IN_STORE.value)))
        now = audit.now_iso()
        for c in changed:
            c.state = CopyState.DECLASSIFIED.value
            c.state_since = now
        d.declassified_on = day
        d.declassified_by = actor.username
        s.flush()
        audit.record(s, actor.username, "document.declassify", "document", d.id,
                     before={"密级": Level(d.level).label, "保密期限": _period_of(d).label},
                     after={"解密日期": day.isoformat(), "依据": "保密期限届满，自行解密",
                            "解密份数": len(changed)})
        for c in changed:
            audit.record(s, actor.username, "copy.declassify", "copy", c.id,
                         before={"状态": CopyState.IN_STORE.label},
                         after={"状态": CopyState.DECLASSIFIED.label})
        return _document_info(s, d)


# -- level and period changes (through the approvals of the item lifecycle) -------------------
def request_change(
    register: Register, actor: Actor, document_id: int, *, new_level: Level | str | None = None,
    new_period: str | None = None, reason: str,
) -> ApprovalInfo:
    """Ask for a change of 密级 and/or 保密期限; nothing changes until it is approved.

    The request is an ordinary approval (kind 密级变更 or 期限变更): decided at the terminal or
    recorded from paper like any other (:mod:`app.services.lifecycle.approvals`), used once by
    :func:`apply_change`.
    """
    require_role(actor, *CLERKS)
    reason = checks.text(reason, "reason", "变更理由", max_len=REMARKS_MAX, multiline=True)
    if new_level is None and (new_period is None or not new_period.strip()):
        raise ValidationError("请填写新的密级或保密期限", field="level")
    level = None
    if new_level is not None:
        level = new_level if isinstance(new_level, Level) else Level.parse(str(new_level))
        check_workstation_level(level, register.workstation.level,
                                doing=f"将文件密级变更为{level.label}")
    with register.write() as s:
        d = _document(s, document_id)
        if d.declassified_on is not None:
            raise RuleViolation("此文件已解密，不能再变更密级或期限", field="document")
        target = level if level is not None else Level(d.level)
        base = d.doc_date or d.received_on
        period = (parse_period(new_period, target, base) if new_period and new_period.strip()
                  else _period_of(d))
        if level is not None and level != Level(d.level) and not (new_period or "").strip():
            period = parse_period(_period_of(d).label or None, target, base)
        if target == Level(d.level) and period == _period_of(d):
            raise ValidationError("新的密级和保密期限与现在相同", field="level")
        kind = (ApprovalKind.LEVEL_CHANGE if target != Level(d.level)
                else ApprovalKind.PERIOD_CHANGE)
        details = {
            "原密级": Level(d.level).label, "新密级": target.label,
            "原保密期限": _period_of(d).label, "新保密期限": period.label,
            "level": int(target), "period_kind": period.kind.value,
            "period_years": period.years,
            "period_until": period.until.isoformat() if period.until else None,
        }
        a = approvals.request_s(s, actor, kind, document_id=d.id, reason=reason,
                                extra=details)
        return approvals.info_s(s, a)


def apply_change(register: Register, actor: Actor, approval_id: int) -> DocumentInfo:
    """Carry out an approved level/period change; the approval is then used up."""
    require_role(actor, *CLERKS)
    with register.write() as s:
        a = s.get(Approval, approval_id)
        if a is None:
            raise NotFound(f"找不到编号为 {approval_id} 的审批单", field="approval")
        if a.kind not in (ApprovalKind.LEVEL_CHANGE.value, ApprovalKind.PERIOD_CHANGE.value):
            raise RuleViolation("此审批单不是密级或期限变更", field="approval")
        if a.status == ApprovalStatus.PENDING.value:
            raise RuleViolation("变更须经批准（此审批单待审批）", field="approval")
        d = _document(s, a.document_id or 0)
        if d.declassified_on is not None:
            raise RuleViolation("此文件已解密，不能再变更密级或期限", field="document")
        try:
            det = json.loads(a.details)
            level = Level(int(det["level"]))
            period = Period(PeriodKind(det["period_kind"]), det.get("period_years"),
                            dt.date.fromisoformat(det["period_until"])
                            if det.get("period_until") else None)
        except (KeyError, TypeError, ValueError) as exc:
            raise RuleViolation("此审批单没有写明新的密级和保密期限，不能据此变更",
                                field="approval") from exc
        check_workstation_level(level, register.workstation.level,
                                doing=f"将文件密级变更为{level.label}")
        holders_too_low = [
            p.name for p in s.scalars(
                select(Person).join(Copy, Copy.holder_id == Person.id)
                .where(Copy.document_id == d.id, Person.clearance < int(level)))
        ] if level.is_classified else []
        if holders_too_low:
            raise RuleViolation(f"{'、'.join(holders_too_low)}的涉密等级低于新密级，"
                                "须先收回其持有的载体", field="level")
        before = {"密级": Level(d.level).label, "保密期限": _period_of(d).label}
        approvals.use_s(s, actor, a.id, ApprovalKind(a.kind), document_id=d.id,
                        used_for=f"{d.internal_no} {ApprovalKind(a.kind).label}")
        d.level = int(level)
        d.period_kind, d.period_years = period.kind.value, period.years
        d.period_end = period.end(d.doc_date or d.received_on)
        s.flush()
        audit.record(s, actor.username, "document.change", "document", d.id, before=before,
                     after={"密级": level.label, "保密期限": period.label, "审批单": a.id,
                            "审批人": a.approver_name})
        return _document_info(s, d)
