"""The media ledger's rules: each wrong case refused with a Chinese message, nothing changed."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager

import pytest

from app.errors import MibuError, NotFound, PermissionDenied, RuleViolation, ValidationError
from app.models.documents import ApprovalKind
from app.models.enums import Level, Role
from app.models.media import MediumKind, MediumStatus
from app.services import audit, media
from app.services.lifecycle import approvals
from app.services.people import list_people as people_list
from app.services.register import Actor, Register
from tests.factories import MEDIA_HOLDERS, add_account

pytestmark = pytest.mark.usefixtures("holders")  # 责任人 are registered people


def new(**kw: object) -> media.NewMedium:
    base: dict[str, object] = dict(
        number="JM-U-001", kind="U盘", brand_model="SanDisk Ultra 64G", level="机密",
        holder="王五", vendor_id="0781", product_id="5581", serial="4C5300012301")
    base.update(kw)
    return media.NewMedium(**base)  # type: ignore[arg-type]


def audit_count(register: Register) -> int:
    with register.read() as s:
        return audit.count(s)


@contextmanager
def refused(register: Register, exc: type[MibuError], text: str) -> Iterator[None]:
    """The block raises ``exc`` whose message contains ``text``; the ledger and the audit
    trail are unchanged."""
    before = (media.list_media(register), audit_count(register))
    with pytest.raises(exc) as err:
        yield
    assert text in err.value.message, err.value.message
    assert (media.list_media(register), audit_count(register)) == before


def test_register_and_audit(register: Register, clerk: Actor) -> None:
    m = media.register_medium(register, clerk, new(vendor_id="0x0781", capacity="64GB",
                                                   bought_on="2024-03-01"))
    assert (m.vendor_id, m.level, m.highest_level, m.status) == (
        "0781", Level.CONFIDENTIAL, Level.CONFIDENTIAL, MediumStatus.IN_USE)
    assert m.kind is MediumKind.USB_STICK and m.kind_label == "U盘"
    with register.read() as s:
        (line,) = list(audit.history(s, "medium", m.id))
    assert line.action == "media.register" and line.after and line.after["number"] == "JM-U-001"
    assert [e.kind.label for e in media.history(register, "JM-U-001")] == ["登记"]


@pytest.mark.parametrize(("change", "text"), [
    ({"number": ""}, "编号不能为空"),
    ({"number": "A" * 33}, "编号过长"),
    ({"number": "JM 01"}, "编号“JM 01”只能包含"),
    ({"kind": "软盘"}, "未知的介质类型"),
    ({"level": "机要"}, "未知的密级"),
    ({"holder": ""}, "责任人不能为空"),
    ({"holder": "王\x07五"}, "责任人不能包含控制字符"),
    ({"brand_model": "x" * 65}, "品牌型号过长"),
    ({"vendor_id": "78"}, "厂商ID应为 4 位十六进制数"),
    ({"product_id": "zzzz"}, "产品ID应为 4 位十六进制数"),
    ({"product_id": ""}, "厂商ID与产品ID须同时填写"),
    ({"serial": ""}, "U盘须填写序列号"),
    ({"serial": "a" * 127}, "序列号过长"),
    ({"vendor_id": "", "product_id": ""}, "U盘须填写厂商ID和产品ID"),
    ({"kind": "设备", "vendor_id": "", "product_id": ""}, "设备须填写厂商ID和产品ID"),
    ({"capacity": "lots"}, "容量“lots”格式"),
    ({"bought_on": "2024-02-30"}, "购置日期“2024-02-30”不是有效日期"),
    ({"bought_on": "2999-01-01"}, "购置日期不能晚于今天"),
    ({"status": "借出"}, "未知的状态"),
])
def test_bad_input_is_refused(register: Register, clerk: Actor, change: dict[str, object],
                              text: str) -> None:
    with refused(register, ValidationError, text):
        media.register_medium(register, clerk, new(**change))


def test_optical_disc_needs_no_ids(register: Register, clerk: Actor) -> None:
    m = media.register_medium(register, clerk, new(kind="光盘", vendor_id="", product_id="",
                                                   serial="", number="GP-001"))
    assert m.serial is None and m.vendor_id is None


def test_duplicates_are_refused(register: Register, clerk: Actor) -> None:
    media.register_medium(register, clerk, new())
    with refused(register, ValidationError, "编号“JM-U-001”已在台帐中"):
        media.register_medium(register, clerk, new(serial="OTHER"))
    with refused(register, ValidationError, "已登记为 JM-U-001"):
        media.register_medium(register, clerk, new(number="JM-U-002"))


def test_only_the_clerk_registers(register: Register, clerk: Actor) -> None:
    auditor = add_account(register, clerk, "auditor", Role.AUDITOR)
    with refused(register, PermissionDenied, "只能由保密员执行"):
        media.register_medium(register, auditor, new())


def test_level_is_never_lowered(register: Register, clerk: Actor) -> None:
    media.register_medium(register, clerk, new(level="秘密"))
    m = media.raise_level(register, clerk, "JM-U-001", Level.CONFIDENTIAL)
    assert m.highest_level is Level.CONFIDENTIAL and m.level is Level.CONFIDENTIAL
    with refused(register, RuleViolation, "不得降为秘密"):
        media.raise_level(register, clerk, "JM-U-001", Level.SECRET)


def test_issue_and_return(register: Register, clerk: Actor) -> None:
    media.register_medium(register, clerk, new())
    with refused(register, RuleViolation, "当前状态为“在用”，不能发放"):
        media.issue(register, clerk, "JM-U-001", "李四")
    assert media.return_medium(register, clerk, "JM-U-001").status is MediumStatus.STORED
    m = media.issue(register, clerk, "JM-U-001", "李四")
    assert (m.status, m.holder) == (MediumStatus.IN_USE, "李四")
    with refused(register, NotFound, "没有编号为“JM-X”"):
        media.issue(register, clerk, "JM-X", "李四")


def approved(register: Register, clerk: Actor, number: str, kind: ApprovalKind,
             *, until: dt.date | None = None, signed_by: str = "李局长") -> int:
    """A leader's paper approval for the medium, recorded by the clerk."""
    asked = media.request_approval(register, clerk, number, kind, until=until)
    return approvals.record_paper_approval(
        register, clerk, asked.id, approver_name=signed_by, approved_on=dt.date.today(),
        reference=f"批-{asked.id}").id


TOMORROW = dt.date.today() + dt.timedelta(days=1)


def test_carry_out_needs_an_approval_record_for_this_medium(
    register: Register, clerk: Actor
) -> None:
    media.register_medium(register, clerk, new())
    media.register_medium(register, clerk, new(number="JM-U-002", serial="4C5300012302"))
    with refused(register, RuleViolation, "携带外出须经领导批准：请先登记审批"):
        media.carry_out(register, clerk, "JM-U-001", approval_id=None, destination="市局")
    other = approved(register, clerk, "JM-U-002", ApprovalKind.CARRY_OUT, until=TOMORROW)
    with refused(register, RuleViolation, "此审批批准的是另一个介质"):
        media.carry_out(register, clerk, "JM-U-001", approval_id=other, destination="市局")
    pending = media.request_approval(register, clerk, "JM-U-001", ApprovalKind.CARRY_OUT,
                                     until=TOMORROW)
    with refused(register, RuleViolation, "此审批待审批，不能使用"):
        media.carry_out(register, clerk, "JM-U-001", approval_id=pending.id, destination="市局")
    ok = approved(register, clerk, "JM-U-001", ApprovalKind.CARRY_OUT, until=TOMORROW)
    m = media.carry_out(register, clerk, "JM-U-001", approval_id=ok, destination="市保密局 汇报")
    assert m.status is MediumStatus.OUT
    event = media.history(register, "JM-U-001")[-1]
    assert event.approval_ref == f"批-{pending.id + 1}"
    assert media.bring_back(register, clerk, "JM-U-001").status is MediumStatus.IN_USE
    with refused(register, RuleViolation, "此审批已使用过"):
        media.carry_out(register, clerk, "JM-U-001", approval_id=ok, destination="市局")


def test_a_carry_out_approval_names_the_holder_and_needs_a_return_day(
    register: Register, clerk: Actor
) -> None:
    media.register_medium(register, clerk, new())
    with pytest.raises(ValidationError, match="携带外出的申请须写明交回日期"):
        media.request_approval(register, clerk, "JM-U-001", ApprovalKind.CARRY_OUT)
    a = media.request_approval(register, clerk, "JM-U-001", ApprovalKind.CARRY_OUT,
                               until=TOMORROW)
    assert a.person_name == "王五" and a.summary.startswith("携带外出：介质 JM-U-001，王五")
    # nobody approves what benefits them: the holder is the one who carries it out
    with pytest.raises(PermissionDenied, match="王五是此携带外出申请的受益人"):
        approvals.record_paper_approval(register, clerk, a.id, approver_name="王五",
                                        approved_on=dt.date.today(), reference="批-1")


def test_top_secret_goes_out_with_two_people(register: Register, clerk: Actor) -> None:
    from app.models.enums import Clearance
    from app.services import people

    media.register_medium(register, clerk, new(level="绝密"))
    a = approved(register, clerk, "JM-U-001", ApprovalKind.CARRY_OUT, until=TOMORROW)

    def out(companion: str | None) -> media.MediumView:
        return media.carry_out(register, clerk, "JM-U-001", approval_id=a, destination="市局",
                               companion=companion)

    with refused(register, RuleViolation, "须两人同行"):
        out(None)
    with refused(register, RuleViolation, "同行人须为责任人王五以外的另一人"):
        out("王五")
    with refused(register, ValidationError, "同行人“赵六”不是已登记的人员"):
        out("赵六")
    people.add_person(register, clerk, name="赵六", department="办公室", post="科员",
                      clearance=Clearance.IMPORTANT)
    with refused(register, RuleViolation, "同行人赵六的涉密等级为“重要”"):
        out("赵六")
    people.add_person(register, clerk, name="赵六", department="局领导", post="副局长",
                      clearance=Clearance.CORE)
    with refused(register, ValidationError, "名为赵六的人员不止一位：请写成“姓名（部门）”"):
        out("赵六")
    assert out("赵六（局领导）").status is MediumStatus.OUT
    assert media.history(register, "JM-U-001")[-1].person == "赵六"


def test_repair_only_at_a_designated_place(register: Register, clerk: Actor) -> None:
    media.register_medium(register, clerk, new())
    with refused(register, ValidationError, "指定维修点不能为空"):
        media.send_for_repair(register, clerk, "JM-U-001", " ")
    m = media.send_for_repair(register, clerk, "JM-U-001", "市保密局指定维修点")
    assert m.status is MediumStatus.REPAIR
    assert media.history(register, "JM-U-001")[-1].place == "市保密局指定维修点"
    assert media.back_from_repair(register, clerk, "JM-U-001").status is MediumStatus.STORED


def test_loss_opens_an_incident_due_in_24_hours(register: Register, clerk: Actor) -> None:
    media.register_medium(register, clerk, new())
    inc = media.report_lost(register, clerk, "JM-U-001", "出差途中遗失")
    opened = dt.datetime.fromisoformat(inc.opened_at)
    due = dt.datetime.fromisoformat(inc.report_due_at)
    assert due - opened == dt.timedelta(hours=24)
    assert not inc.overdue(opened) and inc.overdue(due)
    assert media.get(register, "JM-U-001").status is MediumStatus.LOST
    assert [i.id for i in media.open_incidents(register)] == [inc.id]
    done = media.mark_reported(register, clerk, inc.id, "市保密局")
    assert done.reported_to == "市保密局" and media.open_incidents(register) == []
    with refused(register, RuleViolation, "不能登记丢失"):
        media.report_lost(register, clerk, "JM-U-001", "again")


def test_destruction_needs_its_approval_an_allowed_method_and_two_witnesses(
    register: Register, clerk: Actor
) -> None:
    from app.models.enums import Clearance
    from app.models.lifecycle import DestructionMethod as DM
    from app.services import people

    media.register_medium(register, clerk, new())
    a = approved(register, clerk, "JM-U-001", ApprovalKind.DESTRUCTION)
    people.add_person(register, clerk, name="赵六", department="办公室", post="科员",
                      clearance=Clearance.IMPORTANT)
    people.add_person(register, clerk, name="孙七", department="办公室", post="科员",
                      clearance=Clearance.GENERAL)

    def destroy(method: object = DM.SHRED, witnesses: tuple[str, ...] = ("赵六", "李四"),
                approval: int | None = a, means: str = "保密室 碎盘机 DS-200"
                ) -> media.MediumView:
        return media.destroy(register, clerk, "JM-U-001", approval_id=approval,
                             witnesses=list(witnesses), method=method, means=means)  # type: ignore[arg-type]

    with refused(register, ValidationError,
                 "介质的销毁方式只能是：送指定销毁机构、粉碎、物理破坏、消磁"):
        destroy(method="作为废品卖给回收站")
    with refused(register, ValidationError, "介质的销毁方式只能是"):
        destroy(method=DM.BURN)
    with refused(register, ValidationError, "销毁设备及地点不能为空"):
        destroy(means=" ")
    with refused(register, RuleViolation, "介质销毁须有两名监销人在场（保密员以外）"):
        destroy(witnesses=("赵六",))
    with refused(register, RuleViolation, "两名监销人须为不同的人"):
        destroy(witnesses=("赵六", "赵六"))
    with refused(register, ValidationError, "监销人“路人甲”不是已登记的人员"):
        destroy(witnesses=("赵六", "路人甲"))
    with refused(register, RuleViolation, "监销人孙七的涉密等级为“一般”"):
        destroy(witnesses=("赵六", "孙七"))
    assert clerk.display_name in MEDIA_HOLDERS  # the clerk is a registered person too
    with refused(register, RuleViolation, "监销人须为保密员以外的另一人"):
        destroy(witnesses=("赵六", clerk.display_name))
    with refused(register, RuleViolation, "销毁须经领导批准：请先登记审批"):
        destroy(approval=None)
    m = destroy()
    assert m.status is MediumStatus.DESTROYED
    event = media.history(register, "JM-U-001")[-1]
    assert (event.person, event.note, event.place) == ("赵六、李四", "粉碎", "保密室 碎盘机 DS-200")
    with refused(register, RuleViolation, "当前状态为“已销毁”"):
        media.issue(register, clerk, "JM-U-001", "李四")


def test_a_departed_witness_is_refused(register: Register, clerk: Actor) -> None:
    from app.models.lifecycle import DestructionMethod as DM
    from app.services.lifecycle import departure

    media.register_medium(register, clerk, new())
    a = approved(register, clerk, "JM-U-001", ApprovalKind.DESTRUCTION)
    gone = next(p for p in people_list(register) if p.name == "王明")
    departure.sign_off(register, clerk, gone.id, departure_date=dt.date.today())
    with refused(register, RuleViolation, "监销人王明已离岗，不能监销"):
        media.destroy(register, clerk, "JM-U-001", approval_id=a, witnesses=["王明", "李四"],
                      method=DM.DEGAUSS, means="保密室 消磁机")


def test_inventory_every_six_months(register: Register, clerk: Actor) -> None:
    media.register_medium(register, clerk, new())
    today = dt.date.today()
    assert media.inventory_due(register, today) == []
    later = media._add_months(today, 6)
    assert [m.number for m in media.inventory_due(register, later)] == ["JM-U-001"]
    media.record_inventory(register, clerk, "JM-U-001", today)
    assert media.get(register, "JM-U-001").last_inventory_on == today.isoformat()
    with refused(register, ValidationError, "清查日期不能晚于今天"):
        media.record_inventory(register, clerk, "JM-U-001", today + dt.timedelta(days=1))


def test_guard_entries_find_by_serial_or_ids(register: Register, clerk: Actor) -> None:
    media.register_medium(register, clerk, new())
    (e,) = media.guard_entries(register, 0x0781, 0x9999, "4C5300012301")
    assert (e.vendor_id, e.product_id, e.level, e.in_use) == (0x0781, 0x5581,
                                                               Level.CONFIDENTIAL, True)
    assert media.guard_entries(register, None, None, None) == []
