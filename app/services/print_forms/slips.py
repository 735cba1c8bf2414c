"""Slips printed for one event: 传阅单, 借阅单, 复制（摘抄）审批单, 携带外出审批单."""

from __future__ import annotations

import json

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import NotFound
from app.models.documents import Approval, ApprovalKind, ApprovalStatus, Copy, CopyKind
from app.models.lifecycle import (
    CarryOut,
    Circulation,
    CirculationReading,
    CopyRecord,
    Loan,
    LoanRenewal,
)
from app.models.people import Person
from app.reports import carry_out, circulation, copying, loan
from app.reports.catalog import FormKind
from app.reports.data import (
    CarryOutForm,
    CirculationReader,
    CirculationSlip,
    CopyApproval,
    LoanSlip,
)
from app.services.lifecycle import copies as copy_service
from app.services.print_forms.base import (
    Prepared,
    account_names,
    clip,
    copy_label,
    display,
    document_scope,
    item_ref,
    level_of,
    load_copy,
    local,
    person,
    person_name,
    pick,
    ref,
)
from app.services.register import Register

_METHOD_LABELS = {"terminal": "本机确认", "paper": "书面批件"}


def _approval_text(a: Approval | None) -> str:
    """How an approval was given: 本机确认 / 书面批件 with its reference and date."""
    if a is None or a.status not in (ApprovalStatus.APPROVED.value, ApprovalStatus.USED.value):
        return ""
    parts = [_METHOD_LABELS.get(a.method or "", "")]
    if a.reference:
        parts.append(f"批件 {a.reference}")
    if a.decided_at:
        parts.append(a.decided_at[:10])
    return "，".join(p for p in parts if p)


def _approver(a: Approval | None) -> str:
    if a is None or a.status not in (ApprovalStatus.APPROVED.value, ApprovalStatus.USED.value):
        return ""
    return (a.approver_name or "")[:64]


def _scope_approver(s: Session, document_id: int) -> str:
    """The leader who widened the 知悉范围 for this document, if anyone did."""
    a = s.scalar(select(Approval).where(
        Approval.document_id == document_id, Approval.kind == ApprovalKind.SCOPE.value,
        Approval.status.in_([ApprovalStatus.APPROVED.value, ApprovalStatus.USED.value]))
        .order_by(Approval.id.desc()).limit(1))
    return _approver(a)[:32]


# -- 传阅单 ---------------------------------------------------------------------------------------
def circulation_slip(register: Register, record_id: int | None = None) -> Prepared:
    """One round of circulation of one copy: every reader, with hand-out and return times."""
    kind = FormKind.CIRCULATION
    with register.read() as s:
        rnd = pick(s, Circulation, record_id, kind)
        c, d, sender = load_copy(s, rnd.copy_id)
        names = account_names(s)
        rows = s.execute(
            select(CirculationReading, Person)
            .join(Person, Person.id == CirculationReading.reader_id)
            .where(CirculationReading.circulation_id == rnd.id).order_by(CirculationReading.id)
        ).all()
        readers = tuple(
            CirculationReader(p.name, p.department, out_at=local(r.out_at), due_on=r.due_on,
                              back_at=local(r.back_at))
            for r, p in rows
        )
        closed = rnd.closed_at is not None
        note = f"本轮传阅已于 {local(rnd.closed_at):%Y-%m-%d} 结束。" if closed else ""
        slip = CirculationSlip(
            item=item_ref(d, sender, c), readers=readers, scope=clip(document_scope(s, d.id), 2000),
            approved_by=_scope_approver(s, d.id), due=rnd.cycle_end,
            clerk=display(names, rnd.started_by), note=note, blank_lines=0 if closed else 2,
        )
        label = copy_label(c, d)
    return Prepared(kind, f"传阅单：{label}", clip("、".join(r.name for r in readers), 200),
                    level_of(circulation.marks(slip)),
                    lambda meta: circulation.render_circulation_slip(slip, meta),
                    ref(kind, rnd.id))


# -- 借阅单 ---------------------------------------------------------------------------------------
def loan_slip(register: Register, record_id: int | None = None) -> Prepared:
    """One loan: the copy, the borrower, the approval, due and (once back) returned times."""
    kind = FormKind.LOAN
    with register.read() as s:
        n = pick(s, Loan, record_id, kind)
        c, d, sender = load_copy(s, n.copy_id)
        borrower = person(s, n.borrower_id)
        a = s.get(Approval, n.approval_id)
        names = account_names(s)
        renewals = s.scalars(select(LoanRenewal).where(LoanRenewal.loan_id == n.id)
                             .order_by(LoanRenewal.id)).all()
        note = "；".join(f"{local(r.at):%Y-%m-%d} 续借至 {r.new_due_on.isoformat()}"
                        for r in renewals)
        slip = LoanSlip(
            items=(item_ref(d, sender, c),), borrower=person_name(borrower) or n.signed_by,
            department=borrower.department if borrower else "",
            purpose=a.reason if a is not None else "", place=n.place,
            lent_at=local(n.out_at), due_at=n.due_on, approver=_approver(a)[:32],
            clerk=display(names, n.out_by), returned_at=local(n.back_at), note=note,
        )
        label = copy_label(c, d)
    return Prepared(kind, f"借阅单：{label}", slip.borrower, level_of(loan.marks(slip)),
                    lambda meta: loan.render_loan_slip(slip, meta), ref(kind, n.id))


# -- 复制（摘抄）审批单 ---------------------------------------------------------------------------
def _authority(a: Approval | None) -> str:
    if a is None:
        return ""
    try:
        details = json.loads(a.details or "{}")
    except ValueError:
        return ""
    return str(details.get("authority", "")) if isinstance(details, dict) else ""


def _issuer_consent(a: Approval | None, copy_allowed: bool, excerpt: bool) -> str:
    if _authority(a) == "originating" and a is not None and _approver(a):
        ref_text = f"（{a.reference}）" if a.reference else ""
        return f"经原定密机关{_approver(a)}批准{ref_text}"
    if copy_allowed and not excerpt:
        return "发文机关允许复制（收文登记时注明）"
    return ""


def _new_numbers(word: str, count: int) -> str:
    return f"{word} 1/{count}" if count == 1 else f"{word} 1/{count} 至 {count}/{count}"


def copy_approval(register: Register, record_id: int | None = None, *,
                  approval_id: int | None = None) -> Prepared:
    """A line of the copy register (复印登记) with its approval; or, with ``approval_id``,
    the request itself, to take to the leader before anything is copied."""
    kind = FormKind.COPY
    with register.read() as s:
        if approval_id is not None and record_id is None:
            made = s.scalar(select(CopyRecord.id).where(CopyRecord.approval_id == approval_id))
            if made is None:
                return _copy_request(register, s, approval_id)
            record_id = made
        r = pick(s, CopyRecord, record_id, kind)
        c, d, sender = load_copy(s, r.source_copy_id)
        a = s.get(Approval, r.approval_id) if r.approval_id else None
        excerpt = r.kind == CopyKind.EXCERPT.value
        applicant = person(s, a.person_id) if a is not None and a.person_id else None
        applicant = applicant or person(s, r.received_by_id)
        form = CopyApproval(
            item=item_ref(d, sender, c), copies=r.count,
            applicant=person_name(applicant) or r.received_by or "—",
            department=applicant.department if applicant else "",
            purpose=a.reason if a is not None else "", copy_date=r.copied_on,
            new_copy_numbers=_new_numbers("摘抄件" if excerpt else "复制件", r.count),
            issuer_consent=_issuer_consent(a, d.copy_allowed, excerpt),
            approver=(r.approver_name if _authority(a) != "originating" else "")[:64],
            receiver=r.received_by, return_date=r.cleared_on, excerpt=excerpt,
            approval_ref=_approval_text(a),
        )
        # the record's own copies, to say in the title how many were made
        made_labels = copy_service._record_info(s, r).new_labels
        label = copy_label(c, d)
    word = "摘抄" if excerpt else "复制"
    return Prepared(kind, f"{word}审批单：{label}（{len(made_labels) or r.count} 份）",
                    form.applicant, level_of(copying.marks(form)),
                    lambda meta: copying.render_copy_approval(form, meta), ref(kind, r.id))


def _copy_request(register: Register, s: Session, approval_id: int) -> Prepared:
    kind = FormKind.COPY
    a = s.get(Approval, approval_id) if isinstance(approval_id, int) else None
    if a is None or a.kind not in (ApprovalKind.COPY.value, ApprovalKind.EXCERPT.value):
        raise NotFound(f"登记簿中没有编号为 {approval_id} 的复制（摘抄）审批申请，"
                       f"无法打印{kind.label}", field="approval")
    try:
        details = json.loads(a.details or "{}")
    except ValueError:
        details = {}
    copy_ids = [int(i) for i in details.get("copies", [])] if isinstance(details, dict) else []
    if not copy_ids:
        raise NotFound("此审批申请没有指明要复制的载体", field="approval")
    c = s.get(Copy, copy_ids[0])
    if c is None:  # pragma: no cover  (the approval names a registered copy)
        raise NotFound("审批申请所列的载体不在登记簿中", field="approval")
    c, d, sender = load_copy(s, c.id)
    excerpt = a.kind == ApprovalKind.EXCERPT.value
    names = account_names(s)
    applicant = person(s, a.person_id)
    count = details.get("count") if isinstance(details, dict) else None
    form = CopyApproval(
        item=item_ref(d, sender, c), copies=int(count) if isinstance(count, int) else 1,
        applicant=person_name(applicant) or display(names, a.requested_by) or "—",
        department=applicant.department if applicant else "", purpose=a.reason,
        issuer_consent=_issuer_consent(a, d.copy_allowed, excerpt),
        approver="" if _authority(a) == "originating" else _approver(a), excerpt=excerpt,
        approval_ref=_approval_text(a),
    )
    word = "摘抄" if excerpt else "复制"
    return Prepared(kind, f"{word}审批单（申请）：{copy_label(c, d)}", form.applicant,
                    level_of(copying.marks(form)),
                    lambda meta: copying.render_copy_approval(form, meta),
                    ref(kind, f"approval-{a.id}"))


# -- 携带外出审批单 -------------------------------------------------------------------------------
def carry_out_form(register: Register, record_id: int | None = None) -> Prepared:
    """One carry-out: the copy, carrier and companion, destination, approval, due back."""
    kind = FormKind.CARRY_OUT
    with register.read() as s:
        o = pick(s, CarryOut, record_id, kind)
        c, d, sender = load_copy(s, o.copy_id)
        carrier, companion = person(s, o.carrier_id), person(s, o.companion_id)
        a = s.get(Approval, o.approval_id)
        form = CarryOutForm(
            items=(item_ref(d, sender, c),), carrier=person_name(carrier) or "—",
            companion=person_name(companion),
            department=carrier.department if carrier else "",
            purpose=o.purpose or (a.reason if a is not None else ""),
            destination=o.destination, leave_at=local(o.out_at), return_due=o.due_on,
            approver=_approver(a)[:32], returned_at=local(o.back_at),
        )
        label = copy_label(c, d)
    who = "、".join(n for n in (form.carrier, form.companion) if n)
    return Prepared(kind, f"携带外出审批单：{label}", who, level_of(carry_out.marks(form)),
                    lambda meta: carry_out.render_carry_out(form, meta), ref(kind, o.id))
