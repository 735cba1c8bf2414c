"""Must show: one 绝密 document through its whole life, every refusal on the way, and then
its complete history from the audit trail.

A 机密 computer refuses to register it (003 第十三条), so it lives on a 绝密 register, where
every approver's confirmation also takes a one-time code.

Receipt -> circulation to two readers (a lateral pass refused) -> a copy refused without the
originating authority's approval (a leader's passphrase alone refused too) -> a loan returned
late (shown overdue first) -> a carry-out with two people -> destruction with two witnesses ->
the item's full history.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from app.errors import AuthError, RuleViolation
from app.models.documents import ApprovalKind, CopyState
from app.models.enums import Clearance, Level, Role
from app.models.lifecycle import DestructionMethod
from app.services import audit, documents, people, search
from app.services.documents import EnvelopeCheck, ReceiptInput
from app.services.lifecycle import (
    approvals,
    carry_out,
    circulation,
    copies,
    destruction,
    loans,
    today,
)
from app.services.register import Actor, Register
from tests.factories import PASSPHRASE, add_account, new_register, one_time_code

TODAY = dt.date.today()
NOW = dt.datetime.now().astimezone()


RECEIPT = ReceiptInput(
    title="关于某重大事项的绝密通报", sender="中共中央办公厅", doc_number="中办发〔2026〕5号",
    level=Level.TOP_SECRET, received_on=TODAY - dt.timedelta(days=2), copies=1, copy_numbers=[7],
    scope="局领导、办公室", envelope=EnvelopeCheck(True, True, True, True, True),
)


@pytest.mark.workstation(Level.TOP_SECRET)
def test_a_top_secret_document_from_receipt_to_destruction(
    register: Register, clerk: Actor, tmp_path: Path
) -> None:
    # 0. A 机密 computer may not process it: not even its title and 文号 are written there.
    lower = new_register(tmp_path / "jimi.mibu", level=Level.CONFIDENTIAL)
    with lower.register as low:
        with low.read() as s:
            trail = audit.count(s)
        with pytest.raises(RuleViolation) as refused:
            documents.receive(low, lower.clerk, RECEIPT)
        assert refused.value.field == "level" and refused.value.message == (
            "本机为机密级计算机，不能登记绝密载体"
            "（低密级计算机不得处理高密级信息；标题、文号本身即属国家秘密）")
        assert search.count_documents(low) == 0
        with low.read() as s:
            assert audit.count(s) == trail

    r, c = register, clerk
    assert r.workstation.level is Level.TOP_SECRET
    add_account(r, c, "approver", Role.APPROVER, "李局长")
    wang = people.add_person(r, c, name="王局长", department="局领导", post="局长",
                             clearance=Clearance.CORE).id
    li = people.add_person(r, c, name="李副局长", department="局领导", post="副局长",
                           clearance=Clearance.CORE).id
    zhao = people.add_person(r, c, name="赵主任", department="办公室", post="主任",
                             clearance=Clearance.CORE).id
    qian = people.add_person(r, c, name="钱科员", department="办公室", post="科员",
                             clearance=Clearance.IMPORTANT).id

    def approve(kind: ApprovalKind, **kw: object) -> int:
        """The leader confirms at this terminal: passphrase and a one-time code (绝密)."""
        a = approvals.request(r, c, kind, document_id=doc.id, **kw)  # type: ignore[arg-type]
        return approvals.approve_at_terminal(r, c, a.id, username="approver",
                                             passphrase=PASSPHRASE,
                                             one_time_code=one_time_code(r, "approver")).id

    # 1. Receipt (收文), envelope checked.
    doc = documents.receive(r, c, RECEIPT)
    item = documents.list_copies(r, doc.id)[0].id

    # 2. A loan, lent yesterday (绝密: due that same day) and entered late (补登), is shown
    #    overdue, then returned late. (Time runs forward: it comes before today's events.)
    loan_ok = approve(ApprovalKind.LOAN, person_id=zhao, copy_ids=[item])
    loan = loans.lend(r, c, item, zhao, loan_ok, place="机要阅文室",
                      at=NOW - dt.timedelta(days=1), late_reason="补登")
    page = today.today_page(r)
    assert [(o.kind, o.copy_id, o.days_overdue) for o in page.overdue] == [("借阅", item, 1)]
    assert today.lookup(r, documents.get_copy(r, item).code).overdue
    back = loans.return_loan(r, c, item)
    assert back.id == loan.id and back.returned_late
    assert today.today_page(r).overdue == ()

    # 3. Circulation to two readers; handing it to the second while the first holds it is
    #    refused (不得横传), and so is a reader without the clearance.
    first = circulation.hand_out(r, c, item, wang)
    assert first.due_on == TODAY  # 绝密: back the same day
    with pytest.raises(RuleViolation, match="不得横传"):
        circulation.hand_out(r, c, item, li)
    circulation.take_back(r, c, item)
    with pytest.raises(RuleViolation, match="涉密等级"):
        circulation.hand_out(r, c, item, qian)
    circulation.hand_out(r, c, item, li)
    circulation.take_back(r, c, item)
    circulation.finish(r, c, item)
    assert [x.reader for x in circulation.readings(r, item)] == [
        "王局长（局领导）", "李副局长（局领导）"]

    # 4. A copy without the originating authority's approval is refused, even with the
    #    unit leader's.
    with pytest.raises(RuleViolation, match="未经原定密机关批准不得复制"):
        copies.make_copies(r, c, item, count=1, received_by_id=zhao)
    asked = approvals.request(r, c, ApprovalKind.COPY, document_id=doc.id, copy_ids=[item],
                              count=1)
    with pytest.raises(AuthError, match="一次性口令"):  # a passphrase alone is not enough
        approvals.approve_at_terminal(r, c, asked.id, username="approver",
                                      passphrase=PASSPHRASE)
    leader_only = approvals.approve_at_terminal(
        r, c, asked.id, username="approver", passphrase=PASSPHRASE,
        one_time_code=one_time_code(r, "approver")).id
    with pytest.raises(RuleViolation, match="原定密机关"):
        copies.make_copies(r, c, item, count=1, received_by_id=zhao, approval_id=leader_only)

    # 5. Carry-out with two named, cleared people.
    carry_ok = approve(ApprovalKind.CARRY_OUT, person_id=wang, copy_ids=[item], until=TODAY,
                       extra={"destination": "市委机要局"})
    with pytest.raises(RuleViolation, match="须两人同行"):
        carry_out.carry_out(r, c, item, carry_ok, carrier_id=wang, destination="市委机要局",
                            due_on=TODAY)
    carry_out.carry_out(r, c, item, carry_ok, carrier_id=wang, companion_id=li,
                        destination="市委机要局", due_on=TODAY, purpose="汇报")
    carry_out.bring_back(r, c, item)

    # 6. Destruction, approved and itemised, with two witnesses, on site.
    destroy_ok = approve(ApprovalKind.DESTRUCTION, copy_ids=[item])
    with pytest.raises(RuleViolation, match="两名不同的监销人"):
        destruction.destroy(r, c, destroy_ok, [item], witness_ids=[zhao],
                            method=DestructionMethod.SHRED, place="机要室")
    destruction.destroy(r, c, destroy_ok, [item], witness_ids=[zhao, li],
                        method=DestructionMethod.SHRED, place="机要室")
    assert documents.get_copy(r, item).state is CopyState.DESTROYED
    with pytest.raises(RuleViolation, match="已销毁的文件不能借出"):
        loans.lend(r, c, item, zhao, None)

    # 7. The item's full history, in order, from the audit trail.
    history = documents.item_history(r, copy_id=item)
    actions = [h.action for h in history]
    assert [a for a in actions if a.startswith(("copy.", "document.receive"))] == [
        "document.receive",
        "copy.lend", "copy.return_loan",
        "copy.hand_out", "copy.take_back",  # 王局长
        "copy.hand_out", "copy.take_back",  # 李副局长
        "copy.carry_out", "copy.bring_back",
        "copy.destroy",
    ]
    assert actions.index("copy.return_loan") < actions.index("circulation.finish")
    moves = [h for h in history if h.entity == "copy" and h.after and "状态" in h.after]
    assert [h.after["状态"] for h in moves if h.after] == [
        "借出", "在库", "传阅中", "在库", "传阅中", "在库", "携带外出", "在库", "已销毁"]
    assert moves[0].after and moves[0].after["补登原因"] == "补登"  # entered late, and marked
    assert moves[1].after and moves[1].after["逾期天数"] == 1
    assert moves[2].after and moves[2].after["阅读人"] == "王局长（局领导）"
    assert moves[4].after and moves[4].after["阅读人"] == "李副局长（局领导）"
    assert moves[6].after and moves[6].after["陪同人"] == "李副局长（局领导）"
    assert moves[8].after and moves[8].after["监销人"] == "赵主任、李副局长"
    # Every approval was used once, for what it named; the leader-only copy one is unused.
    used = {a: approvals.get(r, a).used_for for a in (loan_ok, carry_ok, destroy_ok)}
    assert all(used.values())
    assert approvals.get(r, leader_only).used_at is None
    # And the trail is intact.
    with r.read() as s:
        assert audit.verify_chain(s, r.derive_key(audit.AUDIT_KEY_INFO)) > 0
