"""Approvals (审批): requested by the clerk, decided by a leader, used once for what they name.

An approval records who approved, when, what exactly (the document, the person, which copies,
how many, until when) and how: the approver confirms at this terminal with their own
passphrase, or the clerk records the paper approval (approver's name, date, reference).
The clerk cannot approve their own request, and nobody approves a request that benefits them
(the borrower, reader, carrier or copier named in it, or the receiver it is used for), at the
terminal or on paper. Copying a 绝密 item needs the originating
authority (原定密机关), whose approval always comes on paper.
"""

from __future__ import annotations

import datetime as dt
import enum
import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import NotFound, PermissionDenied, RuleViolation, ValidationError
from app.models.documents import Approval, ApprovalKind, ApprovalStatus, Copy, Document, ScopeEntry
from app.models.documents import ScopeKind as SK
from app.models.enums import Clearance, Level, Role
from app.models.foundation import Account
from app.models.people import Person
from app.services import audit
from app.services.lifecycle import common
from app.services.register import Actor, Register, confirm_by_passphrase, require_role

REASON_MAX = 500
MAX_COUNT = 100


class Authority(enum.StrEnum):
    """Who must approve."""

    LEADER = "leader"  # 本单位主管领导
    ORIGINATING = "originating"  # 原定密机关 (copying 绝密)

    @property
    def label(self) -> str:
        return "本单位主管领导" if self is Authority.LEADER else "原定密机关"


class Method(enum.StrEnum):
    TERMINAL = "terminal"  # confirmed here with the approver's passphrase
    PAPER = "paper"  # a paper approval recorded by the clerk

    @property
    def label(self) -> str:
        return "本机确认" if self is Method.TERMINAL else "书面批件"


@dataclass(frozen=True)
class ApprovalInfo:
    id: int
    kind: ApprovalKind
    status: ApprovalStatus
    document_id: int | None
    document_title: str
    person_id: int | None
    person_name: str
    copy_ids: tuple[int, ...]
    count: int | None
    until: dt.date | None
    authority: Authority
    reason: str
    requested_by: str
    requested_at: str
    approver_name: str | None
    method: Method | None
    reference: str | None
    decided_at: str | None
    used_at: str | None
    used_for: str | None
    extra: dict[str, Any]
    medium_number: str | None = None  # an approval for a removable medium names no document

    @property
    def subject(self) -> str:
        """What the approval is about: 《the document》 or 介质 <number>."""
        if self.medium_number:
            return f"介质 {self.medium_number}"
        return f"《{self.document_title}》" if self.document_title else "—"

    @property
    def summary(self) -> str:
        who = f"，{self.person_name}" if self.person_name else ""
        n = f"，{self.count} 份" if self.count else ""
        until = f"，至 {self.until.isoformat()}" if self.until else ""
        what = (f"介质 {self.medium_number}" if self.medium_number
                else f"《{common.short(self.document_title)}》")
        return f"{self.kind.label}：{what}{who}{n}{until}"


def _details(a: Approval) -> dict[str, Any]:
    try:
        value = json.loads(a.details or "{}")
    except ValueError:
        value = {}
    return value if isinstance(value, dict) else {}


def medium_of(a: Approval) -> int | None:
    """The id of the medium an approval of a removable medium names (None for documents)."""
    medium = _details(a).get("medium_id")
    return medium if isinstance(medium, int) else None


def info_s(s: Session, a: Approval, names: tuple[str, str] | None = None) -> ApprovalInfo:
    """``names``: the document's title and the person's name when already fetched."""
    d = _details(a)
    if names is None:
        doc = s.get(Document, a.document_id) if a.document_id else None
        person = s.get(Person, a.person_id) if a.person_id else None
        names = (doc.title if doc else "", person.name if person else "")
    until = d.get("until")
    return ApprovalInfo(
        id=a.id,
        kind=ApprovalKind(a.kind),
        status=ApprovalStatus(a.status),
        document_id=a.document_id,
        document_title=names[0],
        person_id=a.person_id,
        person_name=names[1],
        copy_ids=tuple(int(i) for i in d.get("copies", [])),
        count=d.get("count"),
        until=dt.date.fromisoformat(until) if until else None,
        authority=Authority(d.get("authority", Authority.LEADER.value)),
        reason=a.reason,
        requested_by=a.requested_by,
        requested_at=a.requested_at,
        approver_name=a.approver_name,
        method=Method(a.method) if a.method else None,
        reference=a.reference,
        decided_at=a.decided_at,
        used_at=a.used_at,
        used_for=d.get("used_for"),
        extra={k: v for k, v in d.items()
               if k not in ("copies", "count", "until", "authority", "used_for", "medium_id",
                            "medium_number")},
        medium_number=d.get("medium_number"),
    )


def _view(a: Approval) -> dict[str, Any]:
    return {
        "种类": ApprovalKind(a.kind).label, "状态": ApprovalStatus(a.status).label,
        "文件": a.document_id, "人员": a.person_id, "内容": _details(a),
        "批准人": a.approver_name, "方式": Method(a.method).label if a.method else None,
        "批件文号": a.reference,
    }


def _load(s: Session, approval_id: int) -> Approval:
    a = s.get(Approval, approval_id) if isinstance(approval_id, int) else None
    if a is None:
        raise NotFound(f"找不到编号为 {approval_id} 的审批", field="approval")
    return a


# -- request -----------------------------------------------------------------------------------
def request(
    register: Register,
    actor: Actor,
    kind: ApprovalKind,
    *,
    document_id: int | None,
    person_id: int | None = None,
    copy_ids: Sequence[int] = (),
    count: int | None = None,
    until: dt.date | None = None,
    authority: Authority = Authority.LEADER,
    reason: str = "",
    extra: dict[str, Any] | None = None,
    medium_id: int | None = None,
) -> ApprovalInfo:
    """Ask for an approval naming exactly what is to be allowed.

    A destruction list may span documents (``document_id`` None, the copies name them).
    An approval for a removable medium (carry-out, copy, destruction) names the medium
    (``medium_id``) instead of a document.
    """
    with register.write() as s:
        return info_s(s, request_s(s, actor, kind, document_id=document_id,
                                   person_id=person_id, copy_ids=copy_ids, count=count,
                                   until=until, authority=authority, reason=reason,
                                   extra=extra, medium_id=medium_id))


def request_s(
    s: Session,
    actor: Actor,
    kind: ApprovalKind,
    *,
    document_id: int | None,
    person_id: int | None = None,
    copy_ids: Sequence[int] = (),
    count: int | None = None,
    until: dt.date | None = None,
    authority: Authority = Authority.LEADER,
    reason: str = "",
    extra: dict[str, Any] | None = None,
    medium_id: int | None = None,
) -> Approval:
    """:func:`request` inside a caller's write transaction (e.g. a level-change request)."""
    require_role(actor, Role.CLERK, Role.APPROVER)
    kind = ApprovalKind(kind)
    if medium_id is not None:
        return _request_for_medium(s, actor, kind, medium_id, person_id=person_id,
                                   count=count, until=until, reason=reason)
    if kind in (ApprovalKind.LEVEL_CHANGE, ApprovalKind.PERIOD_CHANGE) and not (
        {"level", "period_kind"} <= set(extra or {})
    ):  # what is to be approved is the new level and period (periods.request_change)
        raise ValidationError(f"{kind.label}的申请须写明新的密级和保密期限", field="kind")
    reason = common.text(reason, "reason", "申请事由", max_len=REASON_MAX, required=False)
    copies = common.ids(copy_ids, "copies", "载体") if copy_ids else []
    if count is not None and (isinstance(count, bool) or not 1 <= count <= MAX_COUNT):
        raise ValidationError(f"份数须在 1 到 {MAX_COUNT} 之间", field="count")
    if kind in (ApprovalKind.COPY, ApprovalKind.EXCERPT):
        if count is None:
            raise ValidationError("复制或摘抄的申请须写明份数", field="count")
        if len(copies) != 1:
            raise ValidationError("复制或摘抄的申请须指明一份原件", field="copies")
    if kind in (ApprovalKind.LOAN, ApprovalKind.CARRY_OUT, ApprovalKind.SCOPE) and (
        person_id is None
    ):
        raise ValidationError(f"{kind.label}的申请须写明人员", field="person")
    if kind in (ApprovalKind.LOAN, ApprovalKind.CARRY_OUT, ApprovalKind.DESTRUCTION) and (
        not copies
    ):
        raise ValidationError(f"{kind.label}的申请须列明载体", field="copies")
    if kind is ApprovalKind.CARRY_OUT and until is None:
        raise ValidationError("携带外出的申请须写明交回日期", field="until")
    if until is not None and until < common.today():
        raise ValidationError("申请的截止日期不能早于今天", field="until")
    authority = Authority(authority)
    doc = s.get(Document, document_id) if isinstance(document_id, int) else None
    if doc is None and (document_id is not None or kind is not ApprovalKind.DESTRUCTION):
        raise NotFound(f"找不到编号为 {document_id} 的文件", field="document")
    if person_id is not None:
        common.load_person(s, person_id)
    for cid in copies:
        c = s.get(Copy, cid)
        if c is None:
            raise NotFound(f"找不到编号为 {cid} 的载体", field="copies")
        if doc is not None and c.document_id != doc.id:
            raise ValidationError(f"载体 {cid} 不属于《{common.short(doc.title)}》",
                                  field="copies")
    details: dict[str, Any] = dict(extra or {})
    details.update({"copies": copies, "authority": authority.value})
    if count is not None:
        details["count"] = count
    if until is not None:
        details["until"] = until.isoformat()
    a = Approval(
        kind=kind.value, status=ApprovalStatus.PENDING.value,
        document_id=doc.id if doc else None,
        person_id=person_id, details=json.dumps(details, ensure_ascii=False),
        reason=reason, requested_by=actor.username, requested_at=audit.now_iso(),
    )
    s.add(a)
    s.flush()
    audit.record(s, actor.username, "approval.request", "approval", a.id, after=_view(a))
    if doc is not None:
        audit.record(s, actor.username, "approval.request", "document", doc.id,
                     after={"审批": a.id, "种类": kind.label})
    return a


#: What a removable medium may be approved for (domain.md "Removable media").
MEDIUM_KINDS = (ApprovalKind.CARRY_OUT, ApprovalKind.COPY, ApprovalKind.DESTRUCTION)


def _request_for_medium(
    s: Session, actor: Actor, kind: ApprovalKind, medium_id: int, *, person_id: int | None,
    count: int | None, until: dt.date | None, reason: str,
) -> Approval:
    """An approval bound to one medium of the ledger (携带外出, 复制, 销毁)."""
    from app.models.media import Medium  # the media ledger's table; no import cycle at load

    if kind not in MEDIUM_KINDS:
        raise ValidationError(f"介质不需要{kind.label}的审批", field="kind")
    reason = common.text(reason, "reason", "申请事由", max_len=REASON_MAX, required=False)
    m = s.get(Medium, medium_id) if isinstance(medium_id, int) else None
    if m is None:
        raise NotFound(f"台帐中没有编号为 {medium_id} 的介质", field="medium")
    if kind is ApprovalKind.CARRY_OUT:
        if person_id is None:
            raise ValidationError("携带外出的申请须写明人员", field="person")
        if until is None:
            raise ValidationError("携带外出的申请须写明交回日期", field="until")
    if until is not None and until < common.today():
        raise ValidationError("申请的截止日期不能早于今天", field="until")
    if count is not None and (isinstance(count, bool) or not 1 <= count <= MAX_COUNT):
        raise ValidationError(f"份数须在 1 到 {MAX_COUNT} 之间", field="count")
    if person_id is not None:
        common.load_person(s, person_id)
    details: dict[str, Any] = {"medium_id": m.id, "medium_number": m.number,
                               "authority": Authority.LEADER.value}
    if count is not None:
        details["count"] = count
    if until is not None:
        details["until"] = until.isoformat()
    a = Approval(
        kind=kind.value, status=ApprovalStatus.PENDING.value, document_id=None,
        person_id=person_id, details=json.dumps(details, ensure_ascii=False),
        reason=reason, requested_by=actor.username, requested_at=audit.now_iso(),
    )
    s.add(a)
    s.flush()
    audit.record(s, actor.username, "approval.request", "approval", a.id, after=_view(a))
    audit.record(s, actor.username, "media.request_approval", "medium", m.id,
                 after={"审批": a.id, "种类": kind.label})
    return a


# -- decide ------------------------------------------------------------------------------------
def _pending(a: Approval) -> None:
    if a.status != ApprovalStatus.PENDING.value:
        raise RuleViolation(
            f"此审批已{ApprovalStatus(a.status).label}，不能再作决定", field="approval"
        )


def _self_benefit(approver: str, beneficiary: Person | None, kind: ApprovalKind) -> None:
    """Nobody approves what benefits themselves (the person the approval is for)."""
    if beneficiary is not None and approver.strip() == beneficiary.name:
        raise PermissionDenied(
            f"{beneficiary.name}是此{kind.label}申请的受益人，不能批准自己受益的申请"
            "（批准人须为另一位领导）", field="approver")


def _beneficiary(s: Session, a: Approval) -> Person | None:
    return s.get(Person, a.person_id) if a.person_id is not None else None


def _display_name(s: Session, username: str) -> str:
    name = s.scalar(select(Account.display_name).where(Account.username == username))
    return name or username


def approve_at_terminal(
    register: Register,
    actor: Actor,
    approval_id: int,
    *,
    username: str,
    passphrase: str,
    one_time_code: str | None = None,
) -> ApprovalInfo:
    """The approver confirms here with their own passphrase (and one-time code on 绝密)."""
    with register.read() as s:
        a = _load(s, approval_id)
        _pending(a)
        authority = Authority(_details(a).get("authority", Authority.LEADER.value))
        requested_by = a.requested_by
    if authority is Authority.ORIGINATING:
        raise RuleViolation("原定密机关的批准须以书面批件登记（批准机关、日期、批件文号）",
                            field="method")
    # The approver is whoever types their own passphrase: a leader at the clerk's session,
    # or the logged-in leader signing with it again. Never the one who asked.
    own = {requested_by} if actor.role is Role.APPROVER else {requested_by, actor.username}
    if (username or "").strip() in own:
        raise PermissionDenied("不能批准自己提出的申请（申请人与批准人须为不同的人）")
    approver = confirm_by_passphrase(register, username, passphrase, one_time_code)
    if approver.username in own:
        raise PermissionDenied("不能批准自己提出的申请（申请人与批准人须为不同的人）")
    with register.write() as s:
        a = _load(s, approval_id)
        _pending(a)
        _self_benefit(approver.display_name, _beneficiary(s, a), ApprovalKind(a.kind))
        before = _view(a)
        a.status = ApprovalStatus.APPROVED.value
        a.approver_name = approver.display_name
        a.approver_account_id = approver.account_id
        a.method = Method.TERMINAL.value
        a.decided_at = audit.now_iso()
        audit.record(s, approver.username, "approval.approve", "approval", a.id,
                     before=before, after=_view(a))
        return info_s(s, a)


def record_paper_approval(
    register: Register,
    actor: Actor,
    approval_id: int,
    *,
    approver_name: str,
    approved_on: dt.date,
    reference: str,
) -> ApprovalInfo:
    """The clerk records a paper approval: who signed it, on which day, its reference."""
    require_role(actor, Role.CLERK)
    approver_name = common.text(approver_name, "approver_name", "批准人", max_len=64)
    reference = common.text(reference, "reference", "批件文号", max_len=128)
    if not isinstance(approved_on, dt.date):
        raise ValidationError("批准日期格式不正确", field="approved_on")
    if approved_on > common.today():
        raise ValidationError("批准日期不能晚于今天", field="approved_on")
    with register.write() as s:
        a = _load(s, approval_id)
        _pending(a)
        if approved_on < dt.datetime.fromisoformat(a.requested_at).astimezone().date():
            raise ValidationError("批准日期不能早于申请日期", field="approved_on")
        own = {actor.display_name, actor.username, a.requested_by,
               _display_name(s, a.requested_by)}
        if approver_name in own:
            raise PermissionDenied("不能批准自己提出的申请（申请人与批准人须为不同的人）")
        _self_benefit(approver_name, _beneficiary(s, a), ApprovalKind(a.kind))
        before = _view(a)
        a.status = ApprovalStatus.APPROVED.value
        a.approver_name = approver_name
        a.method = Method.PAPER.value
        a.reference = reference
        a.decided_at = approved_on.isoformat()
        audit.record(s, actor.username, "approval.paper", "approval", a.id,
                     before=before, after={**_view(a), "批准日期": approved_on.isoformat()})
        return info_s(s, a)


def refuse(
    register: Register, actor: Actor, approval_id: int, *, approver_name: str
) -> ApprovalInfo:
    """Record that the leader did not approve."""
    require_role(actor, Role.CLERK, Role.APPROVER)
    approver_name = common.text(approver_name, "approver_name", "批准人", max_len=64)
    return _close(register, actor, approval_id, ApprovalStatus.REFUSED, approver_name,
                  "approval.refuse")


def withdraw(register: Register, actor: Actor, approval_id: int) -> ApprovalInfo:
    require_role(actor, Role.CLERK)
    return _close(register, actor, approval_id, ApprovalStatus.WITHDRAWN, None,
                  "approval.withdraw")


def _close(register: Register, actor: Actor, approval_id: int, status: ApprovalStatus,
           approver_name: str | None, action: str) -> ApprovalInfo:
    with register.write() as s:
        a = _load(s, approval_id)
        _pending(a)
        before = _view(a)
        a.status = status.value
        a.approver_name = approver_name
        a.decided_at = audit.now_iso()
        audit.record(s, actor.username, action, "approval", a.id, before=before, after=_view(a))
        return info_s(s, a)


# -- use -----------------------------------------------------------------------------------------
def use_s(
    s: Session,
    actor: Actor,
    approval_id: int | None,
    kind: ApprovalKind,
    *,
    document_id: int | None,
    used_for: str,
    person_id: int | None = None,
    copy_ids: Sequence[int] = (),
    count: int | None = None,
    until: dt.date | None = None,
    authority: Authority = Authority.LEADER,
    beneficiary: Person | None = None,
    medium_id: int | None = None,
) -> Approval:
    """Check that the approval allows exactly this, and mark it used (inside the operation).

    ``beneficiary``: the person the operation is for when the approval does not name them
    (the receiver of copies): an approval signed in their own name is refused.
    """
    if approval_id is None:
        raise RuleViolation(f"{kind.label}须经领导批准：请先登记审批", field="approval")
    a = _load(s, approval_id)
    if a.kind != kind.value:
        raise RuleViolation(
            f"此审批是{ApprovalKind(a.kind).label}的审批，不能用于{kind.label}", field="approval"
        )
    status = ApprovalStatus(a.status)
    if status is ApprovalStatus.USED:
        raise RuleViolation("此审批已使用过：一份审批只能使用一次", field="approval")
    if status is not ApprovalStatus.APPROVED:
        raise RuleViolation(f"此审批{status.label}，不能使用", field="approval")
    d = _details(a)
    approved_medium = medium_of(a)
    if approved_medium != medium_id:
        raise RuleViolation(
            "此审批批准的是另一个介质" if medium_id is not None and approved_medium
            else "此审批是介质的审批" if medium_id is None
            else "此审批不是为这个介质批准的", field="approval")
    if a.document_id is not None and a.document_id != document_id:
        raise RuleViolation("此审批批准的是另一份文件", field="approval")
    if person_id is not None and a.person_id is not None and a.person_id != person_id:
        raise RuleViolation("此审批批准的是另一个人", field="approval")
    approved_copies = {int(i) for i in d.get("copies", [])}
    if approved_copies and not set(copy_ids) <= approved_copies:
        raise RuleViolation("此审批没有批准这几份载体", field="approval")
    approved_count = d.get("count")
    if count is not None and approved_count is not None and count > int(approved_count):
        raise RuleViolation(f"此审批只批准了 {approved_count} 份", field="approval")
    approved_until = d.get("until")
    if until is not None and approved_until and until > dt.date.fromisoformat(approved_until):
        raise RuleViolation(f"此审批批准的期限至 {approved_until}", field="approval")
    if Authority(d.get("authority", Authority.LEADER.value)) is not authority and (
        authority is Authority.ORIGINATING
    ):
        raise RuleViolation("须有原定密机关的批准，本单位领导的批准不够", field="approval")
    for person in (_beneficiary(s, a), beneficiary):
        if person is not None and a.approver_name and a.approver_name == person.name:
            raise RuleViolation(
                f"此审批的批准人{a.approver_name}就是受益人本人，不能使用"
                "（不能批准自己受益的申请）", field="approval")
    before = _view(a)
    a.status = ApprovalStatus.USED.value
    a.used_at = audit.now_iso()
    d["used_for"] = used_for
    a.details = json.dumps(d, ensure_ascii=False)
    audit.record(s, actor.username, "approval.use", "approval", a.id, before=before,
                 after={**_view(a), "用于": used_for})
    return a


def widen_scope(register: Register, actor: Actor, approval_id: int) -> ApprovalInfo:
    """Apply an approved scope widening: the named person joins the document's 知悉范围."""
    common.require_clerk(actor)
    with register.write() as s:
        a = _load(s, approval_id)
        if a.kind != ApprovalKind.SCOPE.value:
            raise RuleViolation("只有扩大知悉范围的审批才能扩大知悉范围", field="approval")
        if a.document_id is None or a.person_id is None:
            raise RuleViolation("此审批没有写明文件和人员", field="approval")
        doc = s.get(Document, a.document_id)
        person = common.load_person(s, a.person_id)
        assert doc is not None  # noqa: S101
        if Level(doc.level) > Clearance(person.clearance).highest_level:
            raise RuleViolation(
                f"{common.person_label(person)}的涉密等级不够，扩大知悉范围也不能接收此件",
                field="person",
            )
        use_s(s, actor, approval_id, ApprovalKind.SCOPE, document_id=doc.id,
              person_id=person.id, used_for=f"知悉范围:{person.id}")
        s.add(ScopeEntry(document_id=doc.id, kind=SK.PERSON.value, person_id=person.id,
                         value=person.name))
        audit.record(s, actor.username, "document.scope_widen", "document", doc.id,
                     after={"增加知悉人员": common.person_label(person), "审批": a.id})
        return info_s(s, a)


# -- lists -----------------------------------------------------------------------------------------
def get(register: Register, approval_id: int) -> ApprovalInfo:
    with register.read() as s:
        return info_s(s, _load(s, approval_id))


def waiting(register: Register, limit: int = 200) -> list[ApprovalInfo]:
    """Requests waiting for a decision, oldest first."""
    with register.read() as s:
        return waiting_s(s, limit)


def _listed(s: Session, status: ApprovalStatus | None, newest_first: bool,
            limit: int, document_id: int | None = None) -> list[ApprovalInfo]:
    stmt = (
        select(Approval, Document.title, Person.name)
        .outerjoin(Document, Document.id == Approval.document_id)
        .outerjoin(Person, Person.id == Approval.person_id)
    )
    if status is not None:
        stmt = stmt.where(Approval.status == ApprovalStatus(status).value)
    if document_id is not None:
        stmt = stmt.where(Approval.document_id == document_id)
    order = Approval.id.desc() if newest_first else Approval.id
    rows = s.execute(stmt.order_by(order).limit(limit)).all()
    return [info_s(s, a, (title or "", name or "")) for a, title, name in rows]


def waiting_s(s: Session, limit: int = 200) -> list[ApprovalInfo]:
    return _listed(s, ApprovalStatus.PENDING, False, limit)


def history(register: Register, status: ApprovalStatus | None = None, limit: int = 500, *,
            document_id: int | None = None) -> list[ApprovalInfo]:
    """Approvals of every kind (or of one status, or of one document), newest first."""
    if isinstance(limit, bool) or not isinstance(limit, int) or not 1 <= limit <= 5000:
        raise ValidationError("每页行数须在 1 到 5000 之间", field="limit")
    with register.read() as s:
        return _listed(s, status, True, limit, document_id)


def usable_for_copy(s: Session, copy_id: int, document_id: int) -> list[ApprovalInfo]:
    """Approved, unused approvals that name this copy (or the whole document)."""
    rows = s.scalars(select(Approval).where(Approval.document_id == document_id,
                                            Approval.status == ApprovalStatus.APPROVED.value))
    out = []
    for a in rows:
        info = info_s(s, a)
        if not info.copy_ids or copy_id in info.copy_ids:
            out.append(info)
    return out
