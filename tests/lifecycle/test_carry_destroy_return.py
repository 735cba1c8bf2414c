"""携带外出, 销毁, 清退 and 离岗."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest

from app.errors import RuleViolation, ValidationError
from app.models.documents import ApprovalKind, CopyState
from app.models.lifecycle import DestructionMethod, StocktakeKind
from app.models.people import PersonStatus
from app.services import checks, documents, people
from app.services.lifecycle import (
    carry_out,
    circulation,
    departure,
    destruction,
    returns,
)
from app.services.register import Register
from tests.lifecycle.conftest import TODAY, Office

Snap = Callable[[Register], Any]
TOMORROW = TODAY + dt.timedelta(days=1)


def test_top_secret_carry_out_needs_two_cleared_people(office: Office, unchanged: Snap) -> None:
    r, c = office.register, office.clerk
    copy = office.copies(office.top)[0]
    wang, li, qian = office.people["wang"], office.people["li"], office.people["qian"]
    a = office.approve(ApprovalKind.CARRY_OUT, office.top, person_id=wang, copy_ids=[copy],
                       until=TOMORROW)
    before = unchanged(r)
    with pytest.raises(RuleViolation, match="须两人同行"):
        carry_out.carry_out(r, c, copy, a.id, carrier_id=wang, destination="市委", due_on=TODAY)
    with pytest.raises(RuleViolation, match="两个不同的人"):
        carry_out.carry_out(r, c, copy, a.id, carrier_id=wang, companion_id=wang,
                            destination="市委", due_on=TODAY)
    with pytest.raises(RuleViolation, match="涉密等级"):
        carry_out.carry_out(r, c, copy, a.id, carrier_id=wang, companion_id=qian,
                            destination="市委", due_on=TODAY)
    with pytest.raises(RuleViolation, match="批准的期限"):
        carry_out.carry_out(r, c, copy, a.id, carrier_id=wang, companion_id=li,
                            destination="市委", due_on=TOMORROW + dt.timedelta(days=1))
    assert unchanged(r) == before
    out = carry_out.carry_out(r, c, copy, a.id, carrier_id=wang, companion_id=li,
                              destination="市委", due_on=TODAY, purpose="汇报")
    assert out.companion == "李副局长（局领导）"
    assert documents.get_copy(r, copy).state is CopyState.CARRIED_OUT
    # The companion is bound to the item too: no departure while it is out.
    with pytest.raises(RuleViolation, match="尚未清退"):
        departure.sign_off(r, c, li, departure_date=TODAY)
    back = carry_out.bring_back(r, c, copy)
    assert back.back_at is not None


def test_carry_out_without_approval_is_refused(office: Office, unchanged: Snap) -> None:
    before = unchanged(office.register)
    with pytest.raises(RuleViolation, match="须经领导批准"):
        carry_out.carry_out(office.register, office.clerk, office.copies(office.conf)[0], None,
                            carrier_id=office.people["qian"], destination="区委",
                            due_on=TODAY)
    assert unchanged(office.register) == before


def _destruction_ok(office: Office, copy_ids: list[int]) -> int:
    return office.approve(ApprovalKind.DESTRUCTION, None, copy_ids=copy_ids).id


def test_destruction_needs_approval_two_witnesses_and_only_copies_in_store(
    office: Office, unchanged: Snap
) -> None:
    r, c = office.register, office.clerk
    t1, t2 = office.copies(office.top)
    zhao, wang, qian = office.people["zhao"], office.people["wang"], office.people["qian"]
    circulation.hand_out(r, c, t2, wang)
    a = _destruction_ok(office, [t1, t2])
    before = unchanged(r)
    with pytest.raises(RuleViolation, match="须经领导批准"):
        destruction.destroy(r, c, None, [t1], witness_ids=[zhao, wang],
                            method=DestructionMethod.SHRED, place="机要室")
    with pytest.raises(RuleViolation, match="两名不同的监销人"):
        destruction.destroy(r, c, a, [t1], witness_ids=[zhao],
                            method=DestructionMethod.SHRED, place="机要室")
    with pytest.raises(RuleViolation, match="两名不同的监销人"):
        destruction.destroy(r, c, a, [t1], witness_ids=[zhao, zhao],
                            method=DestructionMethod.SHRED, place="机要室")
    with pytest.raises(RuleViolation, match="只能销毁在库的载体"):
        destruction.destroy(r, c, a, [t1, t2], witness_ids=[zhao, wang],
                            method=DestructionMethod.SHRED, place="机要室")
    with pytest.raises(RuleViolation, match="绝密载体须现场销毁"):
        destruction.destroy(r, c, a, [t1], witness_ids=[zhao, wang],
                            method=DestructionMethod.CENTRE, place="销毁中心")
    with pytest.raises(RuleViolation, match=r"监销人.*涉密等级不够"):
        destruction.destroy(r, c, a, [t1], witness_ids=[zhao, qian],
                            method=DestructionMethod.SHRED, place="机要室")
    other = office.copies(office.conf)[0]
    with pytest.raises(RuleViolation, match="没有批准这几份载体"):
        destruction.destroy(r, c, a, [other], witness_ids=[zhao, wang],
                            method=DestructionMethod.SHRED, place="机要室")
    assert unchanged(r) == before
    done = destruction.destroy(r, c, a, [t1], witness_ids=[zhao, wang],
                               method=DestructionMethod.SHRED, place="机要室")
    assert done.witnesses == ("赵主任", "王局长") and done.items[0].copy_id == t1
    # Destroyed copies stay in the register for ever, and nothing more can happen to them.
    assert documents.get_copy(r, t1).state is CopyState.DESTROYED
    with pytest.raises(RuleViolation, match="已销毁的文件不能传阅"):
        circulation.hand_out(r, c, t1, zhao)
    assert [d.id for d in destruction.destructions(r)] == [done.id]


def test_return_to_issuer_batch(office: Office, unchanged: Snap) -> None:
    r, c = office.register, office.clerk
    s1, s2 = office.copies(office.secret)
    circulation.hand_out(r, c, s2, office.people["sun"])
    before = unchanged(r)
    with pytest.raises(RuleViolation, match="不能清退"):
        returns.return_to_issuer(r, c, [s1, s2], received_by="海淀区委办 刘某")
    with pytest.raises(ValidationError):
        returns.return_to_issuer(r, c, [], received_by="刘某")
    with pytest.raises(ValidationError):
        returns.return_to_issuer(r, c, [s1], received_by="")
    assert unchanged(r) == before
    circulation.take_back(r, c, s2)
    batch = returns.return_to_issuer(r, c, [s1, s2], received_by="海淀区委办 刘某")
    assert [i.copy_id for i in batch.items] == [s1, s2]
    assert documents.get_copy(r, s1).state is CopyState.RETURNED


def test_documents_due_for_return_and_reminders(office: Office) -> None:
    from tests import doc_factories as f

    r, c = office.register, office.clerk
    doc = f.receive(r, c, level="秘密", copy_numbers=None, scope="全体",
                    return_deadline=TODAY + dt.timedelta(days=5))
    gone = f.receive(r, c, level="秘密", copy_numbers=None, scope="全体", copies=1,
                     return_deadline=TODAY + dt.timedelta(days=2))
    returns.return_to_issuer(r, c, office.copies(gone), received_by="刘某")
    with r.read() as s:
        due = returns.due_for_return_s(s, TODAY)
        # Only documents with copies still held are listed (the returned one is not).
        assert [d.document_id for d in due] == [doc.id] and due[0].copies_held == 2
        kinds = [x.kind for x in returns.reminders_s(s, TODAY)]
    assert "monthly_count" in kinds and "quarterly_clearance" in kinds
    with pytest.raises(ValidationError, match="请写明差异"):
        returns.record_stocktake(r, c, StocktakeKind.MONTHLY_COUNT, found=1)
    with r.read() as s:
        held = returns.held_count_s(s)
    returns.record_stocktake(r, c, StocktakeKind.MONTHLY_COUNT, found=held)
    with r.read() as s:
        assert "monthly_count" not in [x.kind for x in returns.reminders_s(s, TODAY)]


def test_departure_only_when_the_person_holds_nothing(office: Office, unchanged: Snap) -> None:
    r, c = office.register, office.clerk
    sun = office.people["sun"]
    s1 = office.copies(office.secret)[0]
    circulation.hand_out(r, c, s1, sun)
    check = departure.check(r, sun)
    assert [h.copy_id for h in check.held] == [s1] and not check.can_sign_off
    before = unchanged(r)
    with pytest.raises(RuleViolation, match="须全部交回后才能办理离岗"):
        departure.sign_off(r, c, sun, departure_date=TODAY)
    assert unchanged(r) == before
    circulation.take_back(r, c, s1)
    with pytest.raises(RuleViolation, match="脱密期至少 1 年"):
        departure.sign_off(r, c, sun, departure_date=TODAY,
                           decontamination_end=TODAY + dt.timedelta(days=100))
    done = departure.sign_off(r, c, sun, departure_date=TODAY, handed_over_to="钱科员")
    info = people.get_person(r, sun)
    assert info.status is PersonStatus.DEPARTED
    assert info.decontamination_end == checks.add_years(TODAY, 1)
    assert done.status is PersonStatus.DEPARTED
    with pytest.raises(RuleViolation, match="已离岗"):
        departure.sign_off(r, c, sun, departure_date=TODAY)


def test_lists_for_the_screens(office: Office) -> None:
    """The register-level reads the carry-out, return and destruction screens use."""
    r, c = office.register, office.clerk
    conf = office.copies(office.conf)[0]
    qian = office.people["qian"]
    a = office.approve(ApprovalKind.CARRY_OUT, office.conf, person_id=qian, copy_ids=[conf],
                       until=TOMORROW)
    carry_out.carry_out(r, c, conf, a.id, carrier_id=qian, destination="区委", due_on=TOMORROW)
    assert [o.copy_id for o in carry_out.open_carry_outs(r)] == [conf]
    s1, s2 = office.copies(office.secret)
    d = office.approve(ApprovalKind.DESTRUCTION, None, copy_ids=[s1, s2])
    office.approve(ApprovalKind.LOAN, office.secret, person_id=qian, copy_ids=[s1])
    assert [x.id for x in destruction.usable_approvals(r)] == [d.id]
    destruction.destroy(r, c, d.id, [s1], witness_ids=[office.people["zhao"],
                                                       office.people["wang"]],
                        method=DestructionMethod.SHRED, place="机要室")
    assert destruction.usable_approvals(r) == []  # used once
    assert returns.held_count(r) == len(office.copies(office.top)) + 2  # conf out, s2 in store
    assert {m.kind for m in returns.reminders(r)} >= set(returns.REMINDER_KINDS)
    assert returns.due_for_return(r) == []
    d2 = office.approve(ApprovalKind.DESTRUCTION, None, copy_ids=[s2])
    destruction.destroy(r, c, d2.id, [s2], witness_ids=[office.people["zhao"],
                                                        office.people["wang"]],
                        method=DestructionMethod.SHRED, place="机要室")
    firsts = [x.items[0].copy_id for x in destruction.destructions(r)]
    assert firsts == [s1, s2]
    assert [x.items[0].copy_id for x in destruction.destructions(r, latest=1)] == [s2]
