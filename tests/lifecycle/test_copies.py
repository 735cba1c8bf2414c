"""复制/摘抄: 绝密 only with the originating authority; 机密/秘密 only if allowed and approved."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest

from app.errors import RuleViolation, ValidationError
from app.models.documents import ApprovalKind, CopyKind, CopyState
from app.models.enums import Level
from app.services import documents
from app.services.lifecycle import copies, destruction
from app.services.lifecycle.approvals import Authority
from app.services.lifecycle.copies import Marking, compilation_marking
from app.services.register import Register
from tests.lifecycle.conftest import TODAY, Office

Snap = Callable[[Register], Any]


def test_top_secret_is_not_copied_without_the_originating_authority(
    office: Office, unchanged: Snap
) -> None:
    r, c = office.register, office.clerk
    src = office.copies(office.top)[0]
    zhao = office.people["zhao"]
    before = unchanged(r)
    with pytest.raises(RuleViolation, match="绝密文件未经原定密机关批准不得复制"):
        copies.make_copies(r, c, src, count=1, received_by_id=zhao)
    leader = office.approve(ApprovalKind.COPY, office.top, copy_ids=[src], count=1)
    before = unchanged(r)
    with pytest.raises(RuleViolation, match="原定密机关"):
        copies.make_copies(r, c, src, count=1, received_by_id=zhao, approval_id=leader.id)
    assert unchanged(r) == before
    ok = office.approve(ApprovalKind.COPY, office.top, copy_ids=[src], count=2,
                        authority=Authority.ORIGINATING)
    rec = copies.make_copies(r, c, src, count=2, received_by_id=zhao, approval_id=ok.id)
    assert rec.count == 2 and rec.level is Level.TOP_SECRET and rec.approver_name == "国家保密局"
    assert [lbl.split(" ", 1)[1] for lbl in rec.new_labels] == ["复制件 1/2", "复制件 2/2"]


def test_confidential_copy_needs_the_issuer_permission_and_a_leader(
    office: Office, unchanged: Snap
) -> None:
    r, c = office.register, office.clerk
    sec = office.copies(office.secret)[0]
    a = office.approve(ApprovalKind.COPY, office.secret, copy_ids=[sec], count=1)
    before = unchanged(r)
    with pytest.raises(RuleViolation, match="发文机关不允许复制"):
        copies.make_copies(r, c, sec, count=1, received_by_id=office.people["sun"],
                           approval_id=a.id)
    src = office.copies(office.conf)[0]
    with pytest.raises(RuleViolation, match="须经本单位领导批准"):
        copies.make_copies(r, c, src, count=1, received_by_id=office.people["qian"])
    assert unchanged(r) == before
    b = office.approve(ApprovalKind.COPY, office.conf, copy_ids=[src], count=3)
    with pytest.raises(RuleViolation, match="只批准了 3 份"):
        copies.make_copies(r, c, src, count=4, received_by_id=office.people["qian"],
                           approval_id=b.id)
    rec = copies.make_copies(r, c, src, count=3, received_by_id=office.people["qian"],
                             approval_id=b.id)
    assert rec.title == office.conf.title and rec.doc_number == office.conf.doc_number
    assert rec.received_by == "钱科员" and rec.copied_on == TODAY and rec.cleared_on is None
    made = [documents.get_copy(r, i) for i in rec.new_copy_ids]
    # Same document: the same level, period and scope; linked to the original, own numbers.
    assert all(m.document_id == office.conf.id and m.original_id == src for m in made)
    assert all(m.kind is CopyKind.REPRODUCTION and m.state is CopyState.IN_STORE for m in made)
    assert [m.reproduction_no for m in made] == [1, 2, 3]
    assert len({m.code for m in made}) == 3
    assert copies.copy_register(r, office.conf.id)[0].id == rec.id
    history = documents.item_history(r, copy_id=made[0].id)
    assert history[-1].action == "copy.create"


def test_copies_are_cleared_when_all_have_left_custody(office: Office) -> None:
    r, c = office.register, office.clerk
    src = office.copies(office.conf)[0]
    a = office.approve(ApprovalKind.COPY, office.conf, copy_ids=[src], count=1)
    rec = copies.make_copies(r, c, src, count=1, received_by_id=office.people["qian"],
                             approval_id=a.id)
    d = office.approve(ApprovalKind.DESTRUCTION, office.conf, copy_ids=list(rec.new_copy_ids))
    destruction.destroy(r, c, d.id, list(rec.new_copy_ids),
                        witness_ids=[office.people["zhao"], office.people["qian"]],
                        method=destruction.DestructionMethod.SHRED, place="机要室")
    assert copies.copy_register(r, office.conf.id)[0].cleared_on == TODAY


def test_excerpt_of_top_secret_needs_the_originating_authority(office: Office,
                                                               unchanged: Snap) -> None:
    r, c = office.register, office.clerk
    src = office.copies(office.top)[1]
    before = unchanged(r)
    with pytest.raises(RuleViolation, match="绝密文件未经原定密机关批准不得摘抄"):
        copies.make_copies(r, c, src, count=1, received_by_id=office.people["zhao"],
                           kind=CopyKind.EXCERPT)
    leader = office.approve(ApprovalKind.EXCERPT, office.top, copy_ids=[src], count=1)
    with pytest.raises(RuleViolation, match="须有原定密机关的批准"):
        copies.make_copies(r, c, src, count=1, received_by_id=office.people["zhao"],
                           kind=CopyKind.EXCERPT, approval_id=leader.id)
    assert unchanged(r)["copies"] == before["copies"]
    a = office.approve(ApprovalKind.EXCERPT, office.top, copy_ids=[src], count=1,
                       authority=Authority.ORIGINATING)
    rec = copies.make_copies(r, c, src, count=1, received_by_id=office.people["zhao"],
                             kind=CopyKind.EXCERPT, approval_id=a.id)
    assert rec.new_labels[0].endswith("摘抄件 1/1")


def test_a_copy_that_is_out_cannot_be_copied(office: Office) -> None:
    from app.services.lifecycle import circulation

    r, c = office.register, office.clerk
    src = office.copies(office.conf)[0]
    circulation.hand_out(r, c, src, office.people["qian"])
    with pytest.raises(RuleViolation, match="传阅中的文件不能复制"):
        copies.make_copies(r, c, src, count=1, received_by_id=office.people["qian"])


@pytest.mark.parametrize("count", [0, -1, 51, True])
def test_bad_counts_are_invalid(office: Office, unchanged: Snap, count: int) -> None:
    before = unchanged(office.register)
    with pytest.raises(ValidationError):
        copies.make_copies(office.register, office.clerk, office.copies(office.conf)[0],
                           count=count, received_by_id=office.people["qian"])
    assert unchanged(office.register) == before


def test_a_compilation_takes_the_highest_level_and_longest_period() -> None:
    parts = [Marking(Level.SECRET, dt.date(2030, 1, 1)),
             Marking(Level.CONFIDENTIAL, dt.date(2028, 1, 1)),
             Marking(Level.INTERNAL, None)]
    assert compilation_marking(parts) == Marking(Level.CONFIDENTIAL, dt.date(2030, 1, 1))
    assert compilation_marking([*parts, Marking(Level.SECRET, None, True)]) == Marking(
        Level.CONFIDENTIAL, None, True)
    with pytest.raises(ValidationError):
        compilation_marking([])


def test_marking_of_registered_documents(office: Office) -> None:
    m = copies.marking_of(office.register, [office.conf.id, office.secret.id])
    assert m.level is Level.CONFIDENTIAL
    assert m.period_end == max(office.conf.period_end or TODAY, office.secret.period_end or TODAY)


def test_excerpt_of_a_confidential_item_needs_a_leaders_approval(office: Office,
                                                                unchanged: Snap) -> None:
    r, c = office.register, office.clerk
    src = office.copies(office.conf)[0]
    before = unchanged(r)
    with pytest.raises(RuleViolation, match="机密文件摘抄须经本单位领导批准"):
        copies.make_copies(r, c, src, count=1, received_by_id=office.people["qian"],
                           kind=CopyKind.EXCERPT)
    assert unchanged(r) == before
    a = office.approve(ApprovalKind.EXCERPT, office.conf, copy_ids=[src], count=1)
    rec = copies.make_copies(r, c, src, count=1, received_by_id=office.people["qian"],
                             kind=CopyKind.EXCERPT, approval_id=a.id)
    assert rec.kind is CopyKind.EXCERPT and rec.approver_name
