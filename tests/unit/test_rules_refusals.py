"""The wrong case of register rules that had no refusal test yet (docs/RULES.md).

Each test: refused with a Chinese message naming the rule, and nothing written.
"""

from __future__ import annotations

import datetime as dt

import pytest

from app.errors import RuleViolation, ValidationError
from app.models.documents import PeriodKind
from app.models.enums import Level
from app.models.media import MediumStatus
from app.services import dispatch, documents, media, people
from app.services.documents import Period, parse_period
from app.services.register import Actor, Register
from tests import doc_factories as f
from tests.unit.test_documents import counts
from tests.unit.test_media import new, refused


# -- 收文: 份号 for 绝密 as for 机密; periods within the statutory maximum ------------------------
@pytest.mark.workstation(Level.TOP_SECRET)  # a 机密 register refuses any 绝密 receipt first
@pytest.mark.parametrize(("overrides", "field", "words"), [
    ({"level": Level.TOP_SECRET, "copy_numbers": None}, "copy_numbers", "绝密载体必须登记份号"),
    ({"level": Level.TOP_SECRET, "period": "31年"}, "period", "绝密载体的保密期限最长 30 年"),
    ({"level": Level.SECRET, "copy_numbers": None, "period": "11年"}, "period",
     "秘密载体的保密期限最长 10 年"),
])
def test_receipt_refuses_missing_copy_numbers_and_too_long_periods(
    register: Register, clerk: Actor, overrides: dict[str, object], field: str, words: str
) -> None:
    before = counts(register)
    with pytest.raises(ValidationError) as err:
        f.receive(register, clerk, **overrides)
    assert err.value.field == field and words in err.value.message, err.value.message
    assert counts(register) == before

pytestmark = pytest.mark.usefixtures("holders")  # 责任人 are registered people


def test_a_classified_item_must_have_a_period() -> None:
    base = dt.date(2026, 1, 5)
    with pytest.raises(ValidationError, match="机密载体必须有保密期限"):
        parse_period(Period(PeriodKind.NONE), Level.CONFIDENTIAL, base)
    assert parse_period(Period(PeriodKind.NONE), Level.INTERNAL, base).kind is PeriodKind.NONE


# -- 解密 is final: no further level change, no new copies --------------------------------
def test_a_declassified_document_takes_no_level_change_and_no_new_copies(
    register: Register, clerk: Actor
) -> None:
    from app.services import periods

    old = f.receive(register, clerk, level=Level.SECRET, copy_numbers=None,
                    doc_date=dt.date(2014, 3, 1), received_on=dt.date(2014, 3, 5), period="10年")
    periods.confirm_declassified(register, clerk, old.id)
    before = counts(register)
    with pytest.raises(RuleViolation, match="已解密，不能再变更密级或期限"):
        periods.request_change(register, clerk, old.id, new_level="机密", reason="重新定密")
    with pytest.raises(RuleViolation, match="已解密，不再登记新的份数"):
        documents.add_copies(register, clerk, old.id, count=1)
    assert counts(register) == before


# -- 发文: only to an organisation of the approved distribution (003 收发) -----------------
def test_dispatch_to_an_organisation_outside_every_distribution_is_refused(
    register: Register, clerk: Actor
) -> None:
    doc = dispatch.register_outgoing(register, clerk, dispatch.OutgoingInput(
        doc_number="海保发〔2026〕9号", title="保密检查通知", level=Level.SECRET,
        issued_on=dt.date.today(), signed_by="李主任",
        distribution=[("北京市海淀区教育委员会", 1)]))
    copy = documents.list_copies(register, doc.id)[0]
    before = counts(register)
    with pytest.raises(RuleViolation) as err:
        dispatch.dispatch(register, clerk, recipient="某未登记单位", copy_ids=[copy.id])
    assert "“某未登记单位”不在任何经批准的分送范围内" in err.value.message
    assert counts(register) == before
    env = dispatch.dispatch(register, clerk, recipient="北京市海淀区教育委员会",
                            copy_ids=[copy.id])
    assert env.envelope_level is Level.SECRET


# -- 涉密人员: a person who left cannot receive anything ---------------------------------
def test_may_receive_refuses_a_departed_person(register: Register, clerk: Actor) -> None:
    from app.services.lifecycle import departure

    p = f.person(register, clerk)
    departure.sign_off(register, clerk, p.id, departure_date=dt.date.today())
    reason = people.may_receive_level(people.get_person(register, p.id), Level.SECRET)
    assert reason is not None and "已离岗，不能接收涉密载体" in reason


# -- 移动存储介质: steps only from the right status -----------------------------------------
def test_a_medium_not_in_use_cannot_be_carried_out_and_a_lost_one_not_inventoried(
    register: Register, clerk: Actor
) -> None:
    media.register_medium(register, clerk, new())
    media.return_medium(register, clerk, "JM-U-001")  # 停用: kept by the clerk
    with refused(register, RuleViolation, "当前状态为“停用”，不能携带外出"):
        media.carry_out(register, clerk, "JM-U-001", approval_id=None, destination="市局")
    media.report_lost(register, clerk, "JM-U-001", "清点时未找到")
    with refused(register, RuleViolation, "不能清查"):
        media.record_inventory(register, clerk, "JM-U-001")
    assert media.get(register, "JM-U-001").status is MediumStatus.LOST


# -- 介质 hold people (issue 16 cases 1 and 2) ---------------------------------------------
def test_a_medium_is_held_only_by_a_registered_cleared_person_on_post(
    register: Register, clerk: Actor
) -> None:
    from app.models.enums import Clearance
    from app.services.lifecycle import departure

    general = people.add_person(register, clerk, name="孙一般", department="办公室",
                                post="科员", clearance=Clearance.GENERAL)
    left = people.add_person(register, clerk, name="周离岗", department="办公室", post="科员",
                             clearance=Clearance.CORE)
    departure.sign_off(register, clerk, left.id, departure_date=dt.date.today())
    with refused(register, ValidationError, "责任人“路人乙”不是已登记的人员"):
        media.register_medium(register, clerk, new(holder="路人乙"))
    media.register_medium(register, clerk, new())
    media.return_medium(register, clerk, "JM-U-001")
    with refused(register, RuleViolation,
                 "责任人孙一般的涉密等级为“一般”，只能保管秘密及以下的介质（此介质为机密）"):
        media.issue(register, clerk, "JM-U-001", general.name)
    with refused(register, RuleViolation, "责任人周离岗已离岗，不能保管"):
        media.issue(register, clerk, "JM-U-001", left.name)
    with refused(register, ValidationError, "责任人“不存在的人”不是已登记的人员"):
        media.issue(register, clerk, "JM-U-001", "不存在的人")
    m = media.issue(register, clerk, "JM-U-001", "李四")
    assert m.holder == "李四"


def test_departure_counts_the_media_a_person_is_responsible_for(
    register: Register, clerk: Actor
) -> None:
    from app.services.lifecycle import departure

    lisi = next(p for p in people.list_people(register) if p.name == "李四")
    media.register_medium(register, clerk, new(holder="李四"))
    check = departure.check(register, lisi.id)
    assert [(h.label, h.state.label, h.medium) for h in check.held] == [
        ("介质 JM-U-001", "在用", True)]
    with refused(register, RuleViolation,
                 "尚未清退所持载体：介质 JM-U-001（在用）。须全部交回后才能办理离岗"):
        departure.sign_off(register, clerk, lisi.id, departure_date=dt.date.today())
    media.return_medium(register, clerk, "JM-U-001")  # handed back: 停用, kept by the clerk
    departure.sign_off(register, clerk, lisi.id, departure_date=dt.date.today())


# -- 复制 a medium (issue 16 case 5; docs/RULES.md M4) -------------------------------------
def test_copying_a_medium_needs_its_approval_and_keeps_the_level(
    register: Register, clerk: Actor
) -> None:
    from dataclasses import replace

    from app.models.documents import ApprovalKind
    from app.services.lifecycle import approvals

    media.register_medium(register, clerk, new())
    copy = media.NewMedium(number="JM-U-002", kind="U盘", brand_model="SanDisk Ultra 64G",
                           level="秘密", holder="李四", vendor_id="0781", product_id="5581",
                           serial="4C5300012399")
    with refused(register, RuleViolation, "复制须经领导批准：请先登记审批"):
        media.copy_medium(register, clerk, "JM-U-001", replace(copy, level="机密"),
                          approval_id=None)
    asked = media.request_approval(register, clerk, "JM-U-001", ApprovalKind.COPY)
    ok = approvals.record_paper_approval(register, clerk, asked.id, approver_name="李局长",
                                         approved_on=dt.date.today(), reference="批-7").id
    with refused(register, RuleViolation, "复制件的密级不能低于原介质 JM-U-001 的机密"):
        media.copy_medium(register, clerk, "JM-U-001", copy, approval_id=ok)
    made = media.copy_medium(register, clerk, "JM-U-001", replace(copy, level="机密"),
                             approval_id=ok)
    assert (made.number, made.highest_level, made.holder) == ("JM-U-002", Level.CONFIDENTIAL,
                                                              "李四")
    source_events = media.history(register, "JM-U-001")
    assert (source_events[-1].kind.label, source_events[-1].note) == ("复制", "复制为 JM-U-002")
    assert media.history(register, "JM-U-002")[0].note == "复制自 JM-U-001"
    with refused(register, RuleViolation, "此审批已使用过"):
        media.copy_medium(register, clerk, "JM-U-001", replace(
            copy, number="JM-U-003", serial="SN3", level="机密"), approval_id=ok)
