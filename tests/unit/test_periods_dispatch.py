"""Periods (自行解密, level/period changes) and dispatch (发文)."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import update

from app.errors import PermissionDenied, RuleViolation, ValidationError
from app.models.documents import ApprovalKind, ApprovalStatus, Copy, CopyState
from app.models.enums import Level
from app.services import dispatch, documents, periods
from app.services.lifecycle import approvals
from app.services.register import Actor, Register
from tests import doc_factories as f
from tests.unit.test_documents import counts


def _old(register: Register, clerk: Actor, **kw: object) -> documents.DocumentInfo:
    return f.receive(register, clerk, doc_date=dt.date(2014, 3, 1),
                     received_on=dt.date(2014, 3, 5), period="10年", **kw)


def test_expired_items_are_listed_and_declassified_on_confirmation(
    register: Register, clerk: Actor
) -> None:
    old = _old(register, clerk)
    current = f.receive(register, clerk)
    listed = [d.id for d in periods.expired_documents(register)]
    assert old.id in listed and current.id not in listed
    done = periods.confirm_declassified(register, clerk, old.id)
    assert done.declassified_on == dt.date.today() and done.marking == "已解密"
    assert {c.state for c in documents.list_copies(register, old.id)} == {
        CopyState.DECLASSIFIED}
    assert old.id not in [d.id for d in periods.expired_documents(register)]
    actions = [h.action for h in documents.item_history(register, document_id=old.id)]
    assert actions[-1] == "copy.declassify" and "document.declassify" in actions


def test_declassification_is_refused_before_the_period_ends(register: Register,
                                                            clerk: Actor) -> None:
    doc = f.receive(register, clerk)
    before = counts(register)
    with pytest.raises(RuleViolation, match="尚未到期"):
        periods.confirm_declassified(register, clerk, doc.id)
    long = f.receive(register, clerk, period="长期")
    with pytest.raises(RuleViolation, match="不会到期"):
        periods.confirm_declassified(register, clerk, long.id)
    assert counts(register)[0] == before[0] + 1


def test_declassification_waits_until_every_copy_is_back(register: Register,
                                                         clerk: Actor) -> None:
    p = f.person(register, clerk)
    old = _old(register, clerk)
    cid = documents.list_copies(register, old.id)[0].id
    with register.write() as s:
        s.execute(update(Copy).where(Copy.id == cid).values(
            state=CopyState.ON_LOAN.value, holder_id=p.id))
    with pytest.raises(RuleViolation, match="须收回后"):
        periods.confirm_declassified(register, clerk, old.id)
    assert documents.get_document(register, old.id).declassified_on is None


def test_a_level_change_needs_an_approval_and_is_applied_once(register: Register,
                                                              clerk: Actor) -> None:
    doc = f.receive(register, clerk, level=Level.CONFIDENTIAL, period="20年")
    req = periods.request_change(register, clerk, doc.id, new_level="秘密", new_period="10年",
                                 reason="经原定密机关通知降为秘密")
    assert req.status is ApprovalStatus.PENDING
    assert documents.get_document(register, doc.id).level is Level.CONFIDENTIAL
    assert req.kind is ApprovalKind.LEVEL_CHANGE and req.extra["新密级"] == "秘密"
    assert [a.id for a in approvals.waiting(register)] == [req.id]
    with pytest.raises(RuleViolation, match="须经批准"):
        periods.apply_change(register, clerk, req.id)
    with pytest.raises(PermissionDenied, match="不能批准自己"):
        approvals.record_paper_approval(register, clerk, req.id,
                                        approver_name=clerk.display_name,
                                        approved_on=dt.date.today(), reference="海保批〔2026〕3号")
    approvals.record_paper_approval(register, clerk, req.id, approver_name="李主任",
                                    approved_on=dt.date.today(), reference="海保批〔2026〕3号")
    changed = periods.apply_change(register, clerk, req.id)
    assert changed.level is Level.SECRET and changed.period.label == "10年"
    with pytest.raises(RuleViolation, match="已使用"):
        periods.apply_change(register, clerk, req.id)
    listed = approvals.history(register, document_id=doc.id)
    assert [a.status for a in listed] == [ApprovalStatus.USED]


def test_a_change_request_beyond_the_maximum_period_is_refused(register: Register,
                                                               clerk: Actor) -> None:
    doc = f.receive(register, clerk, level=Level.SECRET, copy_numbers=None)
    with pytest.raises(ValidationError, match="最长 10 年"):
        periods.request_change(register, clerk, doc.id, new_period="15年", reason="延长")
    with pytest.raises(ValidationError, match="变更理由不能为空"):
        periods.request_change(register, clerk, doc.id, new_period="5年", reason="")
    assert approvals.history(register) == []


def _outgoing(register: Register, clerk: Actor) -> documents.DocumentInfo:
    return dispatch.register_outgoing(register, clerk, dispatch.OutgoingInput(
        doc_number="海保发〔2026〕3号", title="关于开展2026年保密自查自评工作的通知",
        level=Level.CONFIDENTIAL, issued_on=dt.date.today(), signed_by="李主任",
        distribution=[("北京市海淀区教育委员会", 2), ("北京市海淀区卫生健康委员会", 1)],
        keep_copies=1, scope="办公室"))


def test_outgoing_document_gets_its_number_and_numbered_copies(register: Register,
                                                              clerk: Actor) -> None:
    doc = _outgoing(register, clerk)
    assert doc.internal_no == f"{dt.date.today().year}-发-0001"
    assert [c.copy_no for c in documents.list_copies(register, doc.id)] == [1, 2, 3, 4]
    assert dispatch.distribution(register, doc.id) == [
        ("北京市海淀区教育委员会", 2, 0), ("北京市海淀区卫生健康委员会", 1, 0)]


def test_dispatch_goes_only_to_the_approved_distribution(register: Register,
                                                         clerk: Actor) -> None:
    doc = _outgoing(register, clerk)
    secret = dispatch.register_outgoing(register, clerk, dispatch.OutgoingInput(
        doc_number="海保发〔2026〕4号", title="保密检查情况通报", level=Level.SECRET,
        issued_on=dt.date.today(), signed_by="李主任",
        distribution=[("北京市海淀区教育委员会", 1)]))
    c = documents.list_copies(register, doc.id)
    s1 = documents.list_copies(register, secret.id)[0]
    before = counts(register)
    with pytest.raises(RuleViolation, match="不在"):
        dispatch.dispatch(register, clerk, recipient="北京市海淀区卫生健康委员会",
                          copy_ids=[s1.id])
    with pytest.raises(RuleViolation, match="不能多发"):
        dispatch.dispatch(register, clerk, recipient="北京市海淀区卫生健康委员会",
                          copy_ids=[c[0].id, c[1].id])
    received = f.receive(register, clerk)
    with pytest.raises(RuleViolation, match="不是本单位发文"):
        dispatch.dispatch(register, clerk, recipient="北京市海淀区教育委员会",
                          copy_ids=[documents.list_copies(register, received.id)[0].id])
    assert counts(register)[1:3] != before[1:3]  # only the receipt above was written
    env = dispatch.dispatch(register, clerk, recipient="北京市海淀区教育委员会",
                            copy_ids=[s1.id, c[0].id, c[1].id])
    assert env.envelope_level is Level.CONFIDENTIAL  # the highest level inside
    assert env.dispatch_no == f"{dt.date.today().year}-封-0001"
    assert env.envelope_marking.startswith("机密 ")
    assert documents.get_copy(register, c[0].id).state is CopyState.DISPATCHED
    with pytest.raises(RuleViolation, match="只有在库"):
        dispatch.dispatch(register, clerk, recipient="北京市海淀区教育委员会",
                          copy_ids=[c[0].id])
    with pytest.raises(ValidationError, match="分送范围"):
        dispatch.register_outgoing(register, clerk, dispatch.OutgoingInput(
            doc_number="海保发〔2026〕5号", title="无分送", level=Level.SECRET,
            issued_on=dt.date.today(), signed_by="李主任", distribution=[]))
