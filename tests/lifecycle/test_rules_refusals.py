"""The wrong case of each lifecycle rule that had no refusal test yet (docs/RULES.md).

Each test: the operation is refused, the Chinese message names the rule, nothing changed
(copies, approvals, audit trail, every lifecycle table); then the right case is accepted.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest

from app.errors import PermissionDenied, RuleViolation, ValidationError
from app.models.documents import ApprovalKind, ApprovalStatus, CopyState
from app.models.enums import Level, Role
from app.models.lifecycle import DestructionMethod
from app.services import documents, periods
from app.services.lifecycle import (
    approvals,
    carry_out,
    circulation,
    common,
    copies,
    departure,
    destruction,
    loans,
)
from app.services.register import Register
from tests import doc_factories as f
from tests.factories import PASSPHRASE, add_account
from tests.lifecycle.conftest import RECEIVED, TODAY, Office

Snap = Callable[[Register], Any]
NOW = dt.datetime.now().astimezone()
TOMORROW = TODAY + dt.timedelta(days=1)


# -- 传阅: a round lasts at most one month (001 八(三)) -----------------------------------------
def test_a_circulation_round_longer_than_one_month_is_refused(
    office: Office, unchanged: Snap
) -> None:
    r, c = office.register, office.clerk
    copy = office.copies(office.conf)[0]
    qian = office.people["qian"]
    started = NOW - dt.timedelta(days=40)
    circulation.hand_out(r, c, copy, qian, at=started, late_reason="补登")
    circulation.take_back(r, c, copy, at=started + dt.timedelta(hours=1), late_reason="补登")
    before = unchanged(r)
    with pytest.raises(RuleViolation) as err:
        circulation.hand_out(r, c, copy, qian)
    assert "传阅周期最长不超过一个月" in err.value.message
    assert err.value.field == "circulation"
    assert unchanged(r) == before
    circulation.finish(r, c, copy)  # the clerk closes the round after counting ...
    out = circulation.hand_out(r, c, copy, qian)  # ... and a new one starts
    assert out.circulation_id != circulation.readings(r, copy)[0].circulation_id


def test_a_round_is_not_finished_while_its_copy_is_out(office: Office, unchanged: Snap) -> None:
    r, c = office.register, office.clerk
    copy = office.copies(office.conf)[0]
    circulation.hand_out(r, c, copy, office.people["qian"])
    before = unchanged(r)
    with pytest.raises(RuleViolation, match="须先收回正在阅读的载体"):
        circulation.finish(r, c, copy)
    assert unchanged(r) == before
    circulation.take_back(r, c, copy)
    circulation.finish(r, c, copy)


# -- the receiver rule (People): every way a copy leaves the clerk applies it ---------------
def _hand_out(o: Office, copy: int, person: int) -> None:
    circulation.hand_out(o.register, o.clerk, copy, person)


def _lend(o: Office, copy: int, person: int) -> None:
    loans.lend(o.register, o.clerk, copy, person, None)


def _carry(o: Office, copy: int, person: int) -> None:
    carry_out.carry_out(o.register, o.clerk, copy, None, carrier_id=person, destination="区委",
                        due_on=TODAY)


def _copy_for(o: Office, copy: int, person: int) -> None:
    copies.make_copies(o.register, o.clerk, copy, count=1, received_by_id=person)


WAYS_OUT = {"传阅": _hand_out, "借阅": _lend, "携带外出": _carry, "复制件签收": _copy_for}


@pytest.mark.parametrize("way", list(WAYS_OUT))
@pytest.mark.parametrize(("who", "words"), [
    ("sun", ("一般", "只能接收秘密及以下", "此件为机密")),  # clearance below the level
    ("zhou", ("不在", "知悉范围", "须经领导批准")),  # cleared, but outside the scope
])
def test_every_way_out_applies_the_clearance_and_scope_of_the_receiver(
    office: Office, unchanged: Snap, way: str, who: str, words: tuple[str, ...]
) -> None:
    copy = office.copies(office.conf)[0]  # 机密, scope 办公室
    before = unchanged(office.register)
    with pytest.raises(RuleViolation) as err:
        WAYS_OUT[way](office, copy, office.people[who])
    for w in words:
        assert w in err.value.message, err.value.message
    assert unchanged(office.register) == before


# -- widening the 知悉范围 needs its own approval, and never beyond clearance (000 第十条) ---
def test_widening_the_scope_needs_a_scope_approval_and_enough_clearance(
    office: Office, unchanged: Snap
) -> None:
    r, c = office.register, office.clerk
    qian, zhou = office.people["qian"], office.people["zhou"]
    loan = office.approve(ApprovalKind.LOAN, office.top, person_id=zhou,
                          copy_ids=office.copies(office.top)[:1])
    too_low = office.approve(ApprovalKind.SCOPE, office.top, person_id=qian, reason="工作需要")
    before = unchanged(r)
    with pytest.raises(RuleViolation, match="只有扩大知悉范围的审批才能扩大知悉范围"):
        approvals.widen_scope(r, c, loan.id)
    with pytest.raises(RuleViolation) as err:
        approvals.widen_scope(r, c, too_low.id)
    assert "涉密等级不够" in err.value.message and "扩大知悉范围也不能接收此件" in err.value.message
    assert unchanged(r) == before
    assert approvals.get(r, too_low.id).status is ApprovalStatus.APPROVED  # not used up
    ok = office.approve(ApprovalKind.SCOPE, office.top, person_id=zhou, reason="工作需要")
    approvals.widen_scope(r, c, ok.id)
    assert documents.in_scope(r, office.top.id, zhou)


# -- a level change may not leave a copy with someone not cleared for the new level ---------
def test_a_level_change_is_refused_while_a_holder_lacks_the_new_clearance(
    office: Office, unchanged: Snap
) -> None:
    r, c = office.register, office.clerk
    copy = office.copies(office.secret)[0]  # 秘密, scope 全体
    circulation.hand_out(r, c, copy, office.people["sun"])  # 一般: cleared for 秘密 only
    req = periods.request_change(r, c, office.secret.id, new_level="机密",
                                 reason="经原定密机关通知升为机密")
    approvals.approve_at_terminal(r, c, req.id, username="approver", passphrase=PASSPHRASE,
                                  one_time_code=office.code())
    before = unchanged(r)
    with pytest.raises(RuleViolation) as err:
        periods.apply_change(r, c, req.id)
    assert "孙干事的涉密等级低于新密级" in err.value.message and "须先收回" in err.value.message
    assert unchanged(r) == before
    assert documents.get_document(r, office.secret.id).level is Level.SECRET
    circulation.take_back(r, c, copy)
    assert periods.apply_change(r, c, req.id).level is Level.CONFIDENTIAL


# -- 销毁: an approved method only; witnesses on post (003 销毁) ------------------------------
def test_destruction_refuses_an_unapproved_method_and_a_departed_witness(
    office: Office, unchanged: Snap
) -> None:
    r, c = office.register, office.clerk
    s1 = office.copies(office.secret)[0]
    zhao, sun = office.people["zhao"], office.people["sun"]
    departure.sign_off(r, c, sun, departure_date=TODAY)
    a = office.approve(ApprovalKind.DESTRUCTION, office.secret, copy_ids=[s1]).id
    before = unchanged(r)
    with pytest.raises(ValidationError, match="未知的销毁方式"):  # e.g. sold as waste paper
        destruction.destroy(r, c, a, [s1], witness_ids=[zhao, office.people["wang"]],
                            method="sell_as_waste", place="废品站")  # type: ignore[arg-type]
    with pytest.raises(RuleViolation) as err:
        destruction.destroy(r, c, a, [s1], witness_ids=[zhao, sun],
                            method=DestructionMethod.SHRED, place="机要室")
    assert "监销人孙干事（办公室）已离岗" in err.value.message
    assert unchanged(r) == before
    done = destruction.destroy(r, c, a, [s1], witness_ids=[zhao, office.people["wang"]],
                               method=DestructionMethod.SHRED, place="机要室")
    assert done.method is DestructionMethod.SHRED


# -- 急件: out and back the same day, no renewal (002 篇四 (一)(2)) --------------------------
def test_an_urgent_item_is_lent_for_the_same_day_only_and_not_renewed(
    office: Office, unchanged: Snap
) -> None:
    r, c = office.register, office.clerk
    urgent = f.receive(r, c, level=Level.SECRET, copies=1, copy_numbers=None, scope="全体",
                       urgent=True, title="紧急通知")
    copy = office.copies(urgent)[0]
    sun = office.people["sun"]
    assert circulation.hand_out(r, c, copy, sun).due_on == TODAY
    circulation.take_back(r, c, copy)
    a = office.approve(ApprovalKind.LOAN, urgent, person_id=sun, copy_ids=[copy])
    before = unchanged(r)
    with pytest.raises(RuleViolation, match="急件和密码电报借阅须当天归还"):
        loans.lend(r, c, copy, sun, a.id, due_on=TOMORROW)
    assert unchanged(r) == before
    loan = loans.lend(r, c, copy, sun, a.id)
    assert loan.due_on == TODAY
    before = unchanged(r)
    with pytest.raises(RuleViolation, match="急件和密码电报须当天归还，不能续借"):
        loans.renew(r, c, loan.id, None, new_due_on=TOMORROW)
    assert unchanged(r) == before
    assert documents.get_copy(r, copy).state is CopyState.ON_LOAN


# -- 借阅: registered and signed (003 借阅) -------------------------------------------------
@pytest.mark.parametrize(("signed", "words"), [("", "借阅人签字不能为空"),
                                               ("王\x07", "借阅人签字不能包含控制字符")])
def test_a_loan_without_the_borrower_signature_is_refused(
    office: Office, unchanged: Snap, signed: str, words: str
) -> None:
    r, c = office.register, office.clerk
    copy = office.copies(office.conf)[0]
    qian = office.people["qian"]
    a = office.approve(ApprovalKind.LOAN, office.conf, person_id=qian, copy_ids=[copy])
    before = unchanged(r)
    with pytest.raises(ValidationError, match=words):
        loans.lend(r, c, copy, qian, a.id, signed_by=signed)
    assert unchanged(r) == before
    assert loans.lend(r, c, copy, qian, a.id, signed_by="钱科员").borrower == "钱科员（办公室）"


# -- 密码电报: back the same day, destroyed on site (003 借阅, 003 销毁) ---------------------------
def test_a_cipher_telegram_goes_back_the_same_day_and_is_destroyed_on_site(
    office: Office, unchanged: Snap
) -> None:
    r, c = office.register, office.clerk
    telegram = f.receive(r, c, level=Level.SECRET, copies=1, copy_numbers=None, scope="全体",
                         carrier="密码电报", title="密码电报一份")
    copy = office.copies(telegram)[0]
    sun = office.people["sun"]
    assert circulation.hand_out(r, c, copy, sun).due_on == TODAY
    circulation.take_back(r, c, copy)
    a = office.approve(ApprovalKind.LOAN, telegram, person_id=sun, copy_ids=[copy])
    before = unchanged(r)
    with pytest.raises(RuleViolation, match="急件和密码电报借阅须当天归还"):
        loans.lend(r, c, copy, sun, a.id, due_on=TOMORROW)
    assert unchanged(r) == before
    ok = office.approve(ApprovalKind.DESTRUCTION, None, copy_ids=[copy]).id
    before = unchanged(r)
    with pytest.raises(RuleViolation, match="密码电报须现场销毁"):
        destruction.destroy(r, c, ok, [copy], witness_ids=[office.people["zhao"], sun],
                            method=DestructionMethod.CENTRE, place="销毁中心")
    assert unchanged(r) == before
    destruction.destroy(r, c, ok, [copy], witness_ids=[office.people["zhao"], sun],
                        method=DestructionMethod.SHRED, place="机要室")
    assert documents.get_copy(r, copy).state is CopyState.DESTROYED


# -- 审批: nobody approves a request that benefits them (issue 16 case 6) ----------------------
def test_nobody_approves_a_request_that_benefits_them(office: Office, unchanged: Snap) -> None:
    r, c = office.register, office.clerk
    copy = office.copies(office.conf)[0]
    wang = office.people["wang"]
    asked = approvals.request(r, c, ApprovalKind.LOAN, document_id=office.conf.id,
                              person_id=wang, copy_ids=[copy], reason="研究")
    add_account(r, c, "wangju", Role.APPROVER, "王局长")
    before = unchanged(r)
    # on paper, in the borrower's own name
    with pytest.raises(PermissionDenied) as paper:
        approvals.record_paper_approval(r, c, asked.id, approver_name="王局长",
                                        approved_on=TODAY, reference="批-1")
    assert paper.value.message == ("王局长是此借阅申请的受益人，不能批准自己受益的申请"
                                   "（批准人须为另一位领导）")
    # at the terminal, by the borrower's own account
    with pytest.raises(PermissionDenied, match="不能批准自己受益的申请"):
        approvals.approve_at_terminal(r, c, asked.id, username="wangju", passphrase=PASSPHRASE,
                                      one_time_code=office.code("wangju"))
    assert unchanged(r) == before
    # another leader may
    ok = approvals.approve_at_terminal(r, c, asked.id, username="approver",
                                       passphrase=PASSPHRASE, one_time_code=office.code())
    assert ok.status is ApprovalStatus.APPROVED and ok.approver_name == "李局长"


def test_a_copy_approved_in_the_receiver_own_name_is_not_used(
    office: Office, unchanged: Snap
) -> None:
    """The copy approval names no person; the receiver is known when it is used."""
    r, c = office.register, office.clerk
    source = office.copies(office.conf)[0]
    qian = office.people["qian"]
    asked = approvals.request(r, c, ApprovalKind.COPY, document_id=office.conf.id,
                              copy_ids=[source], count=1)
    signed = approvals.record_paper_approval(r, c, asked.id, approver_name="钱科员",
                                             approved_on=TODAY, reference="批-2")
    before = unchanged(r)
    with pytest.raises(RuleViolation) as err:
        copies.make_copies(r, c, source, count=1, received_by_id=qian, approval_id=signed.id)
    assert err.value.message == ("此审批的批准人钱科员就是受益人本人，不能使用"
                                 "（不能批准自己受益的申请）")
    assert unchanged(r) == before
    copies.make_copies(r, c, source, count=1, received_by_id=office.people["zhao"],
                       approval_id=signed.id)


# -- time runs forward (issue 16 case 7) ----------------------------------------------------
def test_an_event_before_the_receipt_or_the_previous_event_is_refused(
    office: Office, unchanged: Snap
) -> None:
    r, c = office.register, office.clerk
    copy = office.copies(office.conf)[0]
    qian = office.people["qian"]
    before = unchanged(r)
    ten_days_early = dt.datetime.combine(RECEIVED - dt.timedelta(days=10), dt.time(10)).astimezone()
    with pytest.raises(RuleViolation) as early:
        circulation.hand_out(r, c, copy, qian, at=ten_days_early, late_reason="补登")
    assert early.value.message == (
        f"传阅时间 {ten_days_early:%Y-%m-%d} 10:00 早于此文件的登记日期 {RECEIVED.isoformat()}："
        "载体不能在收到之前传阅")
    with pytest.raises(ValidationError, match="登记时间不能晚于当前时间"):
        circulation.hand_out(r, c, copy, qian, at=NOW + dt.timedelta(days=1))
    assert unchanged(r) == before
    circulation.hand_out(r, c, copy, qian)
    circulation.take_back(r, c, copy)
    back = unchanged(r)
    with pytest.raises(RuleViolation, match=r"早于此载体上一次登记的时间.*登记须按发生的先后顺序"):
        circulation.hand_out(r, c, copy, qian, at=common.now() - dt.timedelta(minutes=30))
    assert unchanged(r) == back
    circulation.hand_out(r, c, copy, qian)


def test_a_late_entry_needs_a_reason_and_stays_marked(office: Office, unchanged: Snap) -> None:
    r, c = office.register, office.clerk
    copy = office.copies(office.conf)[0]
    qian = office.people["qian"]
    three_hours_ago = NOW - dt.timedelta(hours=3)
    before = unchanged(r)
    for reason in (None, "  "):
        with pytest.raises(ValidationError) as err:
            circulation.hand_out(r, c, copy, qian, at=three_hours_ago, late_reason=reason)
        assert err.value.field == "late_reason"
        assert "属于补登：请填写补登原因" in err.value.message
    assert unchanged(r) == before
    circulation.hand_out(r, c, copy, qian, at=three_hours_ago, late_reason="上午停电，事后补登")
    entry = [h for h in documents.item_history(r, copy_id=copy) if h.action == "copy.hand_out"][-1]
    assert entry.after is not None and entry.after["补登原因"] == "上午停电，事后补登"
    assert "补登于" in entry.after


# -- 丢失 of a paper copy (issue 16 case 4; docs/RULES.md O2, gap G5) ----------------------
def test_a_lost_paper_copy_opens_the_24_hour_report_and_comes_back_only_by_recovery(
    office: Office, unchanged: Snap
) -> None:
    from app.services import media, print_forms
    from app.services.lifecycle import loss, today

    r, c = office.register, office.clerk
    copy = office.copies(office.conf)[0]
    qian = office.people["qian"]
    circulation.hand_out(r, c, copy, qian)
    before = unchanged(r)
    with pytest.raises(ValidationError, match="丢失日期不能晚于今天"):
        loss.report_lost(r, c, copy, lost_on=TOMORROW, where="会议室", circumstances="遗失")
    with pytest.raises(ValidationError, match="丢失地点不能为空"):
        loss.report_lost(r, c, copy, lost_on=TODAY, where=" ", circumstances="遗失")
    assert unchanged(r) == before
    inc = loss.report_lost(r, c, copy, lost_on=TODAY, where="第三会议室",
                           circumstances="钱科员阅后放在会议室，下午清点时发现不见")
    code = documents.get_copy(r, copy).code
    assert documents.get_copy(r, copy).state is CopyState.LOST
    assert inc.copy_code == code and inc.subject == f"载体 {code}"
    assert [i.id for i in media.open_incidents(r)] == [inc.id]
    assert circulation.readings(r, copy)[-1].back_at is not None  # the reading ended with it
    page = today.today_page(r)
    assert any(m.kind == "incident" and f"载体 {code} 丢失，尚未上报" in m.text
               for m in page.reminders)
    # the 泄露国家秘密事件报告表 is filled from the lost copy
    form = print_forms.incident_report(r, inc.id)
    assert code in form.title and form.level is Level.CONFIDENTIAL
    # nothing else happens to a lost copy; it comes back by a recorded recovery
    lost = unchanged(r)
    with pytest.raises(RuleViolation, match="该份已登记丢失，找回后须先登记找回"):
        circulation.hand_out(r, c, copy, qian)
    with pytest.raises(ValidationError, match="找回经过不能为空"):
        loss.recover(r, c, copy, circumstances="")
    assert unchanged(r) == lost
    loss.recover(r, c, copy, circumstances="保洁人员在会议室柜中发现，已交回")
    assert documents.get_copy(r, copy).state is CopyState.IN_STORE
    actions = [h.action for h in documents.item_history(r, copy_id=copy)]
    assert actions[-2:] == ["copy.lose", "copy.recover"]
    media.mark_reported(r, c, inc.id, "区保密局")
    assert media.open_incidents(r) == []
