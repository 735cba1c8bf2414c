"""Every form filled from the register's own records: the record's Chinese fields are in the
PDF's text, the level is the highest of what the form lists, and a form with no record to
print from is refused (never filled with sample data)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import update

from app.errors import NotFound, RuleViolation, ValidationError
from app.models.documents import Document
from app.models.enums import Level
from app.reports.catalog import FormKind
from app.reports.data import Period
from app.services import media, print_forms, printing
from app.services.lifecycle import circulation
from app.services.register import Actor, Register
from tests import doc_factories as f
from tests.reports.conftest import TODAY, Desk
from tests.reports.helpers import fonts, page_texts


def _print(desk: Desk, prepared: print_forms.Prepared) -> tuple[str, list[str]]:
    issued = printing.issue(desk.register, desk.clerk, prepared.kind, level=prepared.level,
                            title=prepared.title, subject=prepared.subject, ref=prepared.ref)
    pages = page_texts(prepared.render(issued.meta))
    return "".join("".join(p.split()) for p in pages), pages


def _has(text: str, *fields: str) -> None:
    for value in fields:
        assert "".join(value.split()) in text, value


def test_circulation_slip_lists_the_round_and_its_readers(desk: Desk) -> None:
    p = print_forms.for_record(desk.register, FormKind.CIRCULATION, desk.ids["circulation"])
    assert p.level is Level.TOP_SECRET and p.ref == f"circulation:{desk.ids['circulation']}"
    text, _ = _print(desk, p)
    _has(text, "涉密文件传阅单", "中办发〔2026〕5号", "关于某重要事项的绝密通报", "绝密★30年",
         "中共中央办公厅", "王局长", "李副局长", "局领导", "知悉范围", "张保密",
         "绝密件须在保密室或阅文室阅读")
    listed = {c.id: c.label for c in print_forms.recent(desk.register, FormKind.CIRCULATION)}
    mine = listed[desk.ids["circulation"]]
    assert "进行中" in mine and "2 人阅" in mine


def test_loan_slip(desk: Desk) -> None:
    text, _ = _print(desk, print_forms.loan_slip(desk.register, desk.ids["loan"]))
    _has(text, "涉密载体借阅单", "钱科员", "办公室", "起草年度保密工作总结", "机要阅文室",
         "京海发〔2026〕21号", "机密★20年", "批准领导：李局长", "张保密")


def test_copy_approval_has_the_copy_register_fields(desk: Desk) -> None:
    p = print_forms.copy_approval(desk.register, desk.ids["copy"])
    text, _ = _print(desk, p)
    # 复印日期、文件标题、文号、密级、复印份数、批准领导、签收人、清退日期
    _has(text, "涉密载体复制（复印）审批单", f"{TODAY:%Y-%m-%d}", "关于机密工作部署的通知",
         "京海发〔2026〕21号", "机密★20年", "2份", "批准领导：李局长", "赵主任", "清退日期",
         "复制件1/2至2/2", "发文机关允许复制", "海保批〔2026〕7号", "供局务会议讨论使用")
    assert "8" in text  # the source copy's 份号


def test_copy_request_prints_before_anything_is_copied(fresh_desk: Desk) -> None:
    desk = fresh_desk
    from app.models.documents import ApprovalKind
    from app.services.lifecycle import approvals

    copy7 = desk.copies("conf")[0]
    a = approvals.request(desk.register, desk.clerk, ApprovalKind.COPY,
                          document_id=desk.docs["conf"].id, person_id=desk.people["qian"],
                          copy_ids=[copy7], count=1, reason="备查")
    p = print_forms.copy_approval(desk.register, approval_id=a.id)
    text, _ = _print(desk, p)
    _has(text, "复制（复印）审批单", "钱科员", "备查", "1份")
    assert "批准领导：" not in text  # not decided yet: the leader writes it by hand
    assert "审批申请待审批" in printing.lookup(
        desk.register, printing.jobs(desk.register)[0].code).message


def test_carry_out_form_names_both_people(desk: Desk) -> None:
    p = print_forms.carry_out_form(desk.register, desk.ids["carry_out"])
    assert p.level is Level.TOP_SECRET
    text, _ = _print(desk, p)
    _has(text, "涉密载体携带外出审批单", "赵主任", "王局长", "北京市海淀区国家保密局",
         "专项工作汇报", "中办发〔2026〕5号", (TODAY + dt.timedelta(days=1)).isoformat())


def test_destruction_list_is_itemised_with_two_witnesses(desk: Desk) -> None:
    p = print_forms.destruction_list(desk.register, desk.ids["destruction"])
    assert p.level is Level.SECRET
    text, _ = _print(desk, p)
    _has(text, "涉密载体销毁清单", "粉碎", "机要室", "赵主任", "钱科员", "李局长",
         "京海函〔2026〕8号", "关于秘密事项的函", "合计：1件，1份", "碎纸机粉碎")


def test_return_list(desk: Desk) -> None:
    text, _ = _print(desk, print_forms.return_list(desk.register, desk.ids["return"]))
    _has(text, "涉密载体清退清单", "北京市海淀区国家保密局", "区保密局周收文",
         (TODAY + dt.timedelta(days=20)).isoformat(), "京海函〔2026〕8号", "按通知清退")


def test_departure_clearance_lists_what_was_handed_back(desk: Desk) -> None:
    p = print_forms.departure_clearance(desk.register)  # the latest departure
    assert p.ref == f"departure:{desk.ids['departure']}"
    text, _ = _print(desk, p)
    _has(text, "涉密人员离岗清退单", "孙干事", "办公室", "干事", "一般", "离岗前阅读的秘密文件",
         "MM-U-2026-011", "朗科U18532GB", f"{TODAY:%Y-%m-%d}", "钱科员", "全部交回",
         f"{TODAY.replace(year=TODAY.year + 1):%Y-%m-%d}")


def test_departure_clearance_for_someone_still_holding_items(desk: Desk) -> None:
    text, _ = _print(desk, print_forms.departure_clearance(desk.register, desk.people["li"]))
    _has(text, "李副局长", "中办发〔2026〕5号")


def test_incoming_ledger_streams_the_period(desk: Desk) -> None:
    p = print_forms.incoming_ledger(desk.register, Period(TODAY - dt.timedelta(days=7), TODAY))
    assert p.level is Level.TOP_SECRET and "4 条" in p.title
    text, _ = _print(desk, p)
    _has(text, "收文登记簿", "中办发〔2026〕5号", "京海发〔2026〕21号", "京海函〔2026〕8号",
         "中共中央办公厅", "1-2", "7-8", "传阅中1", "携带外出1", "已销毁1", "已清退1")
    empty = print_forms.incoming_ledger(desk.register, Period(dt.date(2001, 1, 1),
                                                              dt.date(2001, 12, 31)))
    text, _ = _print(desk, empty)
    _has(text, "本期无登记记录")


def test_outgoing_ledger_shows_distribution_and_dispatch(desk: Desk) -> None:
    text, _ = _print(desk, print_forms.outgoing_ledger(desk.register))
    _has(text, "发文登记簿", "海保发〔2026〕3号", "关于开展保密自查自评工作的通知",
         "北京市海淀区教育委员会1份（已发1）", "北京市海淀区卫生健康委员会1份", "王局长",
         "1-3", "留存：在库2")


def test_media_ledger_and_labels(desk: Desk) -> None:
    p = print_forms.media_ledger(desk.register)
    assert p.level is Level.CONFIDENTIAL
    text, _ = _print(desk, p)
    _has(text, "移动存储介质台帐", "JM-U-2026-001", "闪迪CZ430", "4C5300012301", "王局长",
         "局领导", "在用", "丢失", "MM-U-2026-011", "停用")
    labels = print_forms.media_labels(desk.register)  # every medium in use
    text, _ = _print(desk, labels)
    _has(text, "编号：JM-U-2026-001", "使用人：王局长")
    assert "JM-U-2026-002" not in text  # lost
    one = print_forms.for_record(desk.register, FormKind.MEDIA_LABELS, desk.ids["medium"])
    assert one.ref == f"media_labels:{desk.ids['medium']}"
    lost = [c.id for c in print_forms.recent(desk.register, FormKind.MEDIA_LABELS)]
    assert desk.ids["medium"] in lost
    gone = media.get(desk.register, "JM-U-2026-002").id
    with pytest.raises(RuleViolation, match="丢失"):
        print_forms.media_labels(desk.register, medium_ids=[gone])


def test_inspection_record_is_computed_from_the_register(desk: Desk) -> None:
    p = print_forms.inspection_record(desk.register)
    assert p.level is Level.TOP_SECRET  # it lists the 绝密 document
    text, _ = _print(desk, p)
    _has(text, "保密检查记录表", "机要室-01", "涉密载体管理", "绝密件管理情况",
         "中办发〔2026〕5号", "知悉范围：局领导、办公室",
         "中共中央办公厅来文", "传阅2次", "携带外出1次",  # route
         "传阅中1份", "携带外出1份",  # custody
         "张保密、王局长、李副局长、赵主任",  # contacts: clerk, readers, carriers
         "本期离岗1人：孙干事", "已办理离岗清退", "均已按期清查", "丢失",
         "本期登记泄密（丢失）事件1起", "本期销毁1份、清退1份")
    # the 机密 line: two originals (one lent) and two copies made, copied 2
    assert "■外借1份" in text and "■复印2份" in text


def test_incident_report_from_the_lost_medium(fresh_desk: Desk) -> None:
    desk = fresh_desk
    p = print_forms.incident_report(desk.register, desk.ids["incident"])
    assert p.level is Level.CONFIDENTIAL
    text, _ = _print(desk, p)
    _has(text, "泄露国家秘密事件报告表", "海淀区测试局", "JM-U-2026-002", "金士顿DT",
         "E0D55EA573F5", "密级：机密", "钱科员，办公室科员，重要涉密人员",
         "会后清点时发现U盘去向不明", "24小时内", "填表人：张保密")
    media.mark_reported(desk.register, desk.clerk, desk.ids["incident"], "区保密局")
    text, _ = _print(desk, print_forms.incident_report(desk.register))
    _has(text, "报告区保密局")


def test_cjk_font_is_embedded_in_a_register_form(desk: Desk, tmp_path: Path) -> None:
    p = print_forms.loan_slip(desk.register)
    issued = printing.issue(desk.register, desk.clerk, p.kind, level=p.level, title=p.title)
    rows = fonts(p.render(issued.meta), tmp_path)
    assert rows and all("WenQuanYi" in r[0] for r in rows), rows
    assert all(r[-5:-2] == ["yes", "yes", "yes"] for r in rows), rows


def test_slip_check_says_what_the_register_holds_now(fresh_desk: Desk) -> None:
    desk = fresh_desk
    p = print_forms.circulation_slip(desk.register, desk.ids["circulation"])
    issued = printing.issue(desk.register, desk.clerk, p.kind, level=p.level, title=p.title,
                            ref=p.ref)
    before = printing.lookup(desk.register, issued.job.code)
    assert before.genuine and "登记簿现状" in before.message
    assert "传阅中" in before.now and "李副局长" in before.now
    circulation.take_back(desk.register, desk.clerk, desk.copies("top")[0])
    after = printing.lookup(desk.register, issued.job.code)
    assert "在库" in after.now and "李副局长" not in after.now
    loan = print_forms.loan_slip(desk.register)
    issued = printing.issue(desk.register, desk.clerk, loan.kind, level=loan.level,
                            title=loan.title, ref=loan.ref)
    assert "尚未归还" in printing.lookup(desk.register, issued.job.code).now


# -- refusals ------------------------------------------------------------------------------------
RECORD_KINDS = [FormKind.CIRCULATION, FormKind.LOAN, FormKind.COPY, FormKind.CARRY_OUT,
                FormKind.DESTRUCTION, FormKind.RETURN, FormKind.DEPARTURE, FormKind.INCIDENT]


@pytest.mark.parametrize("kind", RECORD_KINDS)
def test_no_record_no_form(register: Register, kind: FormKind) -> None:
    with pytest.raises(NotFound) as err:
        print_forms.for_record(register, kind)
    assert err.value.message.startswith("登记簿中还没有")
    assert f"无法打印{kind.label}" in err.value.message
    with pytest.raises(NotFound, match="没有编号为 999"):
        print_forms.for_record(register, kind, 999)


def test_no_medium_in_use_no_labels(register: Register) -> None:
    with pytest.raises(NotFound, match="没有在用的移动存储介质"):
        print_forms.for_record(register, FormKind.MEDIA_LABELS)


def test_circulation_refusal_message(register: Register) -> None:
    with pytest.raises(NotFound) as err:
        print_forms.circulation_slip(register)
    assert err.value.message == "登记簿中还没有传阅记录，无法打印传阅单"


def test_period_forms_print_an_empty_register(register: Register) -> None:
    for kind in (FormKind.INCOMING_LEDGER, FormKind.OUTGOING_LEDGER, FormKind.MEDIA_LEDGER,
                 FormKind.INSPECTION):
        p = print_forms.for_record(register, kind)
        assert p.level is Level.UNCLASSIFIED
        assert print_forms.recent(register, kind) == []
    with pytest.raises(ValidationError):
        print_forms.for_record(register, FormKind.INSPECTION, 3)


def test_nothing_above_the_workstation_level(register: Register, clerk: Actor) -> None:
    """A 机密 workstation registers no 绝密 document, and does not print a ledger listing one
    (as a register written before receipt refused them may hold)."""
    with pytest.raises(RuleViolation, match="机密级计算机，不能登记绝密载体"):
        f.receive(register, clerk, level=Level.TOP_SECRET, copies=1, copy_numbers=[1],
                  scope="办公室")
    doc = f.receive(register, clerk, level=Level.CONFIDENTIAL, copies=1, copy_numbers=[1],
                    scope="办公室")
    with register.write() as s:  # test-only: such an older register's 绝密 row
        s.execute(update(Document).where(Document.id == doc.id)
                  .values(level=int(Level.TOP_SECRET)))
    with pytest.raises(RuleViolation, match="机密级计算机"):
        print_forms.incoming_ledger(register)

