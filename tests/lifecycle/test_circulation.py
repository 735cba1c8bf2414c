"""传阅: one reader at a time, inside scope and clearance, due back by level."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest

from app.errors import PermissionDenied, RuleViolation, ValidationError
from app.models.documents import ApprovalKind, CopyState
from app.services import documents
from app.services.lifecycle import approvals, circulation, common
from app.services.lifecycle.due import DuePolicy
from app.services.register import Register
from tests.lifecycle.conftest import TODAY, Office

Snap = Callable[[Register], Any]


def test_hand_out_and_take_back_are_timed_and_signed(office: Office) -> None:
    r, c = office.register, office.clerk
    copy = office.copies(office.top)[0]
    out = circulation.hand_out(r, c, copy, office.people["wang"])
    assert out.is_out and out.signed_by == "王局长" and out.due_on == TODAY  # 绝密: same day
    assert documents.get_copy(r, copy).state is CopyState.CIRCULATING
    assert documents.get_copy(r, copy).holder_id == office.people["wang"]
    back = circulation.take_back(r, c, copy)
    assert back.back_at is not None and not back.returned_late
    assert documents.get_copy(r, copy).state is CopyState.IN_STORE
    assert documents.get_copy(r, copy).holder_id is None
    actions = [h.action for h in documents.item_history(r, copy_id=copy)]
    assert actions[-2:] == ["copy.hand_out", "copy.take_back"]


def test_lateral_passing_is_refused(office: Office, unchanged: Snap) -> None:
    r, c = office.register, office.clerk
    copy = office.copies(office.top)[0]
    circulation.hand_out(r, c, copy, office.people["wang"])
    before = unchanged(r)
    with pytest.raises(RuleViolation) as err:
        circulation.hand_out(r, c, copy, office.people["li"])
    assert "不得横传" in err.value.message and "王局长" in err.value.message
    assert unchanged(r) == before
    circulation.take_back(r, c, copy)
    circulation.hand_out(r, c, copy, office.people["li"])  # back with the clerk first: fine
    readers = [x.reader for x in circulation.readings(r, copy)]
    assert readers == ["王局长（局领导）", "李副局长（局领导）"]


def test_reader_outside_scope_is_refused_until_a_widening_is_approved(
    office: Office, unchanged: Snap
) -> None:
    r, c = office.register, office.clerk
    copy = office.copies(office.top)[0]
    zhou = office.people["zhou"]
    before = unchanged(r)
    with pytest.raises(RuleViolation) as err:
        circulation.hand_out(r, c, copy, zhou)
    assert "不在" in err.value.message and "知悉范围" in err.value.message
    assert unchanged(r) == before
    a = office.approve(ApprovalKind.SCOPE, office.top, person_id=zhou, reason="工作需要")
    approvals.widen_scope(r, c, a.id)
    circulation.hand_out(r, c, copy, zhou)
    with pytest.raises(RuleViolation, match="已使用过"):
        approvals.widen_scope(r, c, a.id)


def test_reader_without_clearance_is_refused(office: Office, unchanged: Snap) -> None:
    r, c = office.register, office.clerk
    before = unchanged(r)
    with pytest.raises(RuleViolation) as err:
        circulation.hand_out(r, c, office.copies(office.top)[0], office.people["qian"])
    assert "涉密等级" in err.value.message and "绝密" in err.value.message
    assert unchanged(r) == before


def test_general_items_are_due_in_three_days_and_the_limit_can_be_set(office: Office) -> None:
    r, c = office.register, office.clerk
    out = circulation.hand_out(r, c, office.copies(office.conf)[0], office.people["qian"])
    assert out.due_on == TODAY + dt.timedelta(days=3)
    common.set_policy(r, c, DuePolicy(circulation_days=10, loan_days=5))
    out = circulation.hand_out(r, c, office.copies(office.secret)[0], office.people["sun"])
    assert out.due_on == TODAY + dt.timedelta(days=10)
    assert common.policy(r) == DuePolicy(10, 5)


def test_taking_back_a_copy_that_is_not_out_is_refused(office: Office, unchanged: Snap) -> None:
    r = office.register
    before = unchanged(r)
    with pytest.raises(RuleViolation, match="在库的文件不能收回"):
        circulation.take_back(r, office.clerk, office.copies(office.top)[0])
    assert unchanged(r) == before


def test_only_the_clerk_hands_out(office: Office) -> None:
    with pytest.raises(PermissionDenied):
        circulation.hand_out(office.register, office.approver, office.copies(office.top)[0],
                             office.people["wang"])


@pytest.mark.parametrize("signed", ["", "x" * 33, "王\x00"])
def test_bad_signature_is_invalid(office: Office, unchanged: Snap, signed: str) -> None:
    before = unchanged(office.register)
    with pytest.raises(ValidationError):
        circulation.hand_out(office.register, office.clerk, office.copies(office.top)[0],
                             office.people["wang"], signed_by=signed)
    assert unchanged(office.register) == before


def test_a_departed_reader_is_refused(office: Office) -> None:
    from app.services.lifecycle import departure

    departure.sign_off(office.register, office.clerk, office.people["sun"],
                       departure_date=TODAY)
    with pytest.raises(RuleViolation, match="已离岗"):
        circulation.hand_out(office.register, office.clerk, office.copies(office.secret)[0],
                             office.people["sun"])


def test_a_crash_inside_the_transaction_leaves_nothing(
    office: Office, unchanged: Snap, monkeypatch: pytest.MonkeyPatch
) -> None:
    r = office.register
    before = unchanged(r)
    real = common.move

    def crash(*args: Any, **kw: Any) -> Any:
        real(*args, **kw)  # the copy moved and its audit entry was flushed ...
        raise OSError("power cut")  # ... and then the machine died

    monkeypatch.setattr(common, "move", crash)
    with pytest.raises(OSError):
        circulation.hand_out(r, office.clerk, office.copies(office.top)[0], office.people["wang"])
    assert unchanged(r) == before
