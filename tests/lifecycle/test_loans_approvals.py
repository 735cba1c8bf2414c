"""借阅 and 审批: approval used once for what it names, overdue borrowers refused."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest

from app.errors import AuthError, PermissionDenied, RuleViolation, ValidationError
from app.models.documents import ApprovalKind, ApprovalStatus, CopyState
from app.models.enums import Role
from app.services import documents
from app.services.lifecycle import approvals, loans
from app.services.lifecycle.approvals import Authority, Method
from app.services.register import Register
from tests.factories import PASSPHRASE, add_account
from tests.lifecycle.conftest import TODAY, Office

Snap = Callable[[Register], Any]
NOW = dt.datetime.now().astimezone()


def test_a_loan_with_its_approval(office: Office) -> None:
    r, c = office.register, office.clerk
    copy = office.copies(office.conf)[0]
    qian = office.people["qian"]
    a = office.approve(ApprovalKind.LOAN, office.conf, person_id=qian, copy_ids=[copy])
    assert a.status is ApprovalStatus.APPROVED and a.method is Method.TERMINAL
    assert a.approver_name == "李局长"
    loan = loans.lend(r, c, copy, qian, a.id, place="机要阅文室")
    assert loan.due_on == TODAY + dt.timedelta(days=3)
    assert documents.get_copy(r, copy).state is CopyState.ON_LOAN
    used = approvals.get(r, a.id)
    assert used.status is ApprovalStatus.USED and used.used_for == f"借阅:载体{copy}"
    back = loans.return_loan(r, c, copy)
    assert back.back_at and not back.returned_late


def test_a_loan_without_approval_is_refused(office: Office, unchanged: Snap) -> None:
    before = unchanged(office.register)
    with pytest.raises(RuleViolation, match="须经领导批准"):
        loans.lend(office.register, office.clerk, office.copies(office.conf)[0],
                   office.people["qian"], None)
    assert unchanged(office.register) == before


def test_an_approval_is_used_once_and_only_for_what_it_names(
    office: Office, unchanged: Snap
) -> None:
    r, c = office.register, office.clerk
    c1, c2 = office.copies(office.top)
    wang, li = office.people["wang"], office.people["li"]
    a = office.approve(ApprovalKind.LOAN, office.top, person_id=wang, copy_ids=[c1])
    before = unchanged(r)
    with pytest.raises(RuleViolation, match="另一个人"):
        loans.lend(r, c, c1, li, a.id)
    with pytest.raises(RuleViolation, match="没有批准这几份载体"):
        loans.lend(r, c, c2, wang, a.id)
    with pytest.raises(RuleViolation, match="不能用于"):
        loans.lend(r, c, office.copies(office.conf)[0], office.people["zhao"],
                   office.approve(ApprovalKind.CARRY_OUT, office.conf, person_id=office.people[
                       "zhao"], copy_ids=office.copies(office.conf),
                       until=TODAY).id)
    before = unchanged(r)
    loans.lend(r, c, c1, wang, a.id)
    loans.return_loan(r, c, c1)
    before = unchanged(r)
    with pytest.raises(RuleViolation, match="已使用过"):
        loans.lend(r, c, c1, wang, a.id)
    assert unchanged(r) == before


def test_a_top_secret_loan_is_due_the_same_day(office: Office, unchanged: Snap) -> None:
    r, c = office.register, office.clerk
    copy = office.copies(office.top)[0]
    wang = office.people["wang"]
    a = office.approve(ApprovalKind.LOAN, office.top, person_id=wang, copy_ids=[copy])
    before = unchanged(r)
    with pytest.raises(RuleViolation, match="绝密文件借阅须当天归还"):
        loans.lend(r, c, copy, wang, a.id, due_on=TODAY + dt.timedelta(days=1))
    assert unchanged(r) == before
    assert loans.lend(r, c, copy, wang, a.id).due_on == TODAY


def test_a_borrower_with_an_overdue_item_cannot_borrow_another(
    office: Office, unchanged: Snap
) -> None:
    r, c = office.register, office.clerk
    s1, s2 = office.copies(office.secret)
    sun = office.people["sun"]
    a = office.approve(ApprovalKind.LOAN, office.secret, person_id=sun, copy_ids=[s1])
    loans.lend(r, c, s1, sun, a.id,
               at=NOW - dt.timedelta(days=5), late_reason="补登")  # due 2 days ago
    assert [n.copy_id for n in loans.overdue(r)] == [s1]
    assert [n.copy_id for n in loans.open_loans(r)] == [s1]
    b = office.approve(ApprovalKind.LOAN, office.secret, person_id=sun, copy_ids=[s2])
    choices = {b.person_id: b for b in loans.borrowers(r, s2)}
    assert not choices[sun].may_borrow and "应还" in choices[sun].overdue[0]
    assert choices[office.people["qian"]].may_borrow
    before = unchanged(r)
    with pytest.raises(RuleViolation) as err:
        loans.lend(r, c, s2, sun, b.id)
    assert "逾期未还" in err.value.message and "须先归还" in err.value.message
    assert unchanged(r) == before
    late = loans.return_loan(r, c, s1)
    assert late.returned_late
    loans.lend(r, c, s2, sun, b.id)


def test_renewal_needs_its_own_approval_and_not_for_top_secret(
    office: Office, unchanged: Snap
) -> None:
    r, c = office.register, office.clerk
    s1 = office.copies(office.secret)[0]
    sun = office.people["sun"]
    a = office.approve(ApprovalKind.LOAN, office.secret, person_id=sun, copy_ids=[s1])
    loan = loans.lend(r, c, s1, sun, a.id)
    before = unchanged(r)
    with pytest.raises(RuleViolation, match="须经领导批准"):
        loans.renew(r, c, loan.id, None, new_due_on=loan.due_on + dt.timedelta(days=1))
    assert unchanged(r) == before
    b = office.approve(ApprovalKind.LOAN, office.secret, person_id=sun, copy_ids=[s1])
    with pytest.raises(RuleViolation, match="借阅期限 3 天"):
        loans.renew(r, c, loan.id, b.id, new_due_on=loan.due_on + dt.timedelta(days=4))
    renewed = loans.renew(r, c, loan.id, b.id, new_due_on=loan.due_on + dt.timedelta(days=3))
    assert renewed.renewals == 1 and renewed.due_on == loan.due_on + dt.timedelta(days=3)

    t1 = office.copies(office.top)[0]
    wang = office.people["wang"]
    ta = office.approve(ApprovalKind.LOAN, office.top, person_id=wang, copy_ids=[t1])
    tl = loans.lend(r, c, t1, wang, ta.id)
    tb = office.approve(ApprovalKind.LOAN, office.top, person_id=wang, copy_ids=[t1])
    with pytest.raises(RuleViolation, match="不能续借"):
        loans.renew(r, c, tl.id, tb.id, new_due_on=TODAY + dt.timedelta(days=1))


def test_the_clerk_cannot_approve_their_own_request(office: Office, unchanged: Snap) -> None:
    r, c = office.register, office.clerk
    a = approvals.request(r, c, ApprovalKind.LOAN, document_id=office.conf.id,
                          person_id=office.people["qian"], copy_ids=office.copies(office.conf))
    before = unchanged(r)
    with pytest.raises(PermissionDenied, match="不能批准自己提出的申请"):
        approvals.approve_at_terminal(r, c, a.id, username="clerk", passphrase=PASSPHRASE)
    with pytest.raises(PermissionDenied, match="不能批准自己提出的申请"):
        approvals.record_paper_approval(r, c, a.id, approver_name="张保密",
                                        approved_on=TODAY, reference="批1")
    assert unchanged(r) == before


def test_an_approver_cannot_approve_a_request_they_made_themselves(
    office: Office, unchanged: Snap
) -> None:
    r = office.register
    a = approvals.request(r, office.approver, ApprovalKind.LOAN, document_id=office.conf.id,
                          person_id=office.people["qian"], copy_ids=office.copies(office.conf))
    before = unchanged(r)
    with pytest.raises(PermissionDenied, match="不能批准自己提出的申请"):
        approvals.approve_at_terminal(r, office.approver, a.id, username="approver",
                                      passphrase=PASSPHRASE)
    assert unchanged(r) == before
    # A request by the clerk, the logged-in approver signs with their own passphrase.
    b = approvals.request(r, office.clerk, ApprovalKind.LOAN, document_id=office.conf.id,
                          person_id=office.people["qian"], copy_ids=office.copies(office.conf))
    done = approvals.approve_at_terminal(r, office.approver, b.id, username="approver",
                                         passphrase=PASSPHRASE, one_time_code=office.code())
    assert done.status is ApprovalStatus.APPROVED


def test_only_an_approver_confirms_at_the_terminal_with_the_right_passphrase(
    office: Office, unchanged: Snap
) -> None:
    r, c = office.register, office.clerk
    add_account(r, c, "auditor", Role.AUDITOR, "王审计")
    a = approvals.request(r, c, ApprovalKind.LOAN, document_id=office.conf.id,
                          person_id=office.people["qian"], copy_ids=office.copies(office.conf))
    before = unchanged(r)
    with pytest.raises(AuthError):
        approvals.approve_at_terminal(r, c, a.id, username="approver", passphrase="wrong-one-1")
    with pytest.raises(PermissionDenied, match="不是主管领导"):
        approvals.approve_at_terminal(r, c, a.id, username="auditor", passphrase=PASSPHRASE,
                                      one_time_code=office.code("auditor"))
    assert unchanged(r)["approvals"] == before["approvals"]


def test_an_originating_authority_approval_is_on_paper(office: Office) -> None:
    r, c = office.register, office.clerk
    a = approvals.request(r, c, ApprovalKind.COPY, document_id=office.top.id,
                          copy_ids=office.copies(office.top)[:1], count=1,
                          authority=Authority.ORIGINATING)
    with pytest.raises(RuleViolation, match="书面批件"):
        approvals.approve_at_terminal(r, c, a.id, username="approver", passphrase=PASSPHRASE)
    done = approvals.record_paper_approval(r, c, a.id, approver_name="中共中央办公厅",
                                           approved_on=TODAY, reference="中办批〔2026〕3号")
    assert done.method is Method.PAPER and done.reference == "中办批〔2026〕3号"


@pytest.mark.parametrize(("kw", "field"), [
    ({"reason": "x" * 501}, "reason"),
    ({"reason": "坏\x07"}, "reason"),
    ({"count": 0, "copy_ids": [1]}, "count"),
    ({"until": TODAY - dt.timedelta(days=1)}, "until"),
    ({"copy_ids": [1, 1]}, "copies"),
])
def test_bad_requests_are_invalid(office: Office, unchanged: Snap, kw: dict[str, Any],
                                  field: str) -> None:
    before = unchanged(office.register)
    with pytest.raises(ValidationError) as err:
        approvals.request(office.register, office.clerk, ApprovalKind.LOAN,
                          document_id=office.conf.id, person_id=office.people["qian"],
                          **{"copy_ids": office.copies(office.conf), **kw})
    assert err.value.field == field
    assert unchanged(office.register) == before


def test_a_decided_approval_cannot_be_decided_again(office: Office) -> None:
    r, c = office.register, office.clerk
    a = approvals.request(r, c, ApprovalKind.LOAN, document_id=office.conf.id,
                          person_id=office.people["qian"], copy_ids=office.copies(office.conf))
    approvals.refuse(r, c, a.id, approver_name="李局长")
    with pytest.raises(RuleViolation, match="未批准"):
        approvals.record_paper_approval(r, c, a.id, approver_name="李局长",
                                        approved_on=TODAY, reference="x")
    with pytest.raises(RuleViolation, match="未批准"):
        loans.lend(r, c, office.copies(office.conf)[0], office.people["qian"], a.id)
    assert approvals.waiting(r) == []


def test_history_lists_every_kind_newest_first_and_filters_by_status(office: Office) -> None:
    r, c = office.register, office.clerk
    qian, copy = office.people["qian"], office.copies(office.conf)[0]
    used = office.approve(ApprovalKind.LOAN, office.conf, person_id=qian, copy_ids=[copy])
    loans.lend(r, c, copy, qian, used.id)
    refused = approvals.request(r, c, ApprovalKind.SCOPE, document_id=office.top.id,
                                person_id=office.people["sun"])
    approvals.refuse(r, c, refused.id, approver_name="李局长")
    pending = approvals.request(r, c, ApprovalKind.DESTRUCTION, document_id=office.secret.id,
                                copy_ids=office.copies(office.secret))
    assert [a.id for a in approvals.history(r)] == [pending.id, refused.id, used.id]
    assert [a.id for a in approvals.history(r, ApprovalStatus.USED)] == [used.id]
    assert [a.id for a in approvals.history(r, ApprovalStatus.REFUSED)] == [refused.id]
    assert approvals.history(r, ApprovalStatus.APPROVED) == []
    assert approvals.history(r, limit=1)[0].person_name == ""
    with pytest.raises(ValidationError):
        approvals.history(r, limit=0)
