"""Receipt (收文), copies, scope, internal numbers (domain.md "Register of carriers")."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from sqlalchemy import func, select

from app.errors import NotFound, ValidationError
from app.models.documents import Copy, CopyState, Document, NumberCounter, PeriodKind
from app.models.enums import Clearance, Level
from app.models.foundation import AuditEntry
from app.services import documents
from app.services.documents import EnvelopeCheck
from app.services.register import Actor, Register
from tests import doc_factories as f

YESTERDAY = dt.date.today() - dt.timedelta(days=1)


def counts(register: Register) -> tuple[int, ...]:
    with register.read() as s:
        return tuple(int(s.scalar(select(func.count()).select_from(t)) or 0)
                     for t in (Document, Copy, AuditEntry, NumberCounter))


def test_receipt_registers_the_document_and_each_copy(register: Register, clerk: Actor) -> None:
    doc = f.receive(register, clerk, copy_numbers=[3, 4], copies=2, period="")
    year = YESTERDAY.year
    assert doc.internal_no == f"{year}-收-0001"
    assert doc.level is Level.CONFIDENTIAL
    assert doc.period.kind is PeriodKind.YEARS and doc.period.years == 20  # the default max
    assert doc.marking == "机密★20年"
    copies = documents.list_copies(register, doc.id)
    assert [c.copy_no for c in copies] == [3, 4]
    assert all(c.state is CopyState.IN_STORE and c.holder_id is None for c in copies)
    assert copies[0].code == f"R{year}-0001-03" and copies[0].label == "第3份"
    history = documents.item_history(register, copy_id=copies[0].id)
    assert [h.action for h in history] == ["document.receive"]
    assert history[0].after is not None and history[0].after["份号"] == [3, 4]


def test_internal_numbers_run_per_year_and_kind_and_are_never_reused(
    register: Register, clerk: Actor
) -> None:
    a = f.receive(register, clerk, received_on=dt.date(2025, 12, 31))
    b = f.receive(register, clerk, received_on=dt.date(2025, 6, 1))
    with pytest.raises(ValidationError):
        f.receive(register, clerk, received_on=dt.date(2025, 6, 1), title="")
    c = f.receive(register, clerk, received_on=dt.date(2025, 6, 2))
    d = f.receive(register, clerk, received_on=dt.date(2024, 6, 2))
    assert [a.internal_no, b.internal_no, c.internal_no, d.internal_no] == [
        "2025-收-0001", "2025-收-0002", "2025-收-0003", "2024-收-0001"]


@pytest.mark.parametrize(("overrides", "field", "words"), [
    ({"title": ""}, "title", "标题不能为空"),
    ({"title": "密" * 200_000}, "title", "标题过长"),
    ({"title": "关于\x00通知"}, "title", "控制字符"),
    ({"doc_number": "京海发\x1b〔2016〕12号"}, "doc_number", "控制字符"),
    ({"level": "特密"}, "level", "未知的密级"),
    ({"received_on": dt.date.today() + dt.timedelta(days=1)}, "received_on", "晚于今天"),
    ({"received_on": "2026-02-30"}, "received_on", "不是有效日期"),
    ({"received_on": "31/01/2026"}, "received_on", "格式不正确"),
    ({"copy_numbers": None}, "copy_numbers", "必须登记份号"),
    ({"copy_numbers": [1]}, "copy_numbers", "与份数（2）不符"),
    ({"copy_numbers": [0, 1]}, "copy_numbers", "超出范围"),
    ({"copy_numbers": [1, 1_000_000]}, "copy_numbers", "超出范围"),
    ({"copy_numbers": [5, 5]}, "copy_numbers", "重复"),
    ({"copies": 0}, "copies", "超出范围"),
    ({"period": "21年"}, "period", "最长 20 年"),
    ({"period": "三年"}, "period", "格式不正确"),
    ({"period": "2000-01-01"}, "period", "不晚于文件日期"),
    ({"level": Level.UNCLASSIFIED, "period": "5年", "copy_numbers": None}, "period", "非密"),
    ({"doc_date": dt.date.today()}, "doc_date", "晚于收文日期"),
    ({"return_deadline": "2000-01-01"}, "return_deadline", "早于收文日期"),
    ({"sender": ""}, "sender", "来文单位不能为空"),
    ({"carrier": "软盘"}, "carrier", "未知的载体类型"),
    ({"scope": "人员:不存在的人"}, "scope", "未登记"),
    ({"envelope": EnvelopeCheck(intact=False)}, "envelope", "异常情况说明"),
])
def test_bad_receipt_is_refused_naming_the_field_and_nothing_is_written(
    register: Register, clerk: Actor, overrides: dict[str, object], field: str, words: str
) -> None:
    before = counts(register)
    with pytest.raises(ValidationError) as err:
        f.receive(register, clerk, **overrides)
    assert err.value.field == field, err.value.message
    assert words in err.value.message
    assert counts(register) == before


def test_the_same_doc_number_and_copy_number_is_registered_once(
    register: Register, clerk: Actor
) -> None:
    f.receive(register, clerk, doc_number="中办发〔2016〕5号", copy_numbers=[7, 8])
    before = counts(register)
    with pytest.raises(ValidationError, match="份号已登记") as err:
        f.receive(register, clerk, doc_number="中办发〔2016〕5号", copy_numbers=[8, 9])
    assert err.value.field == "copy_numbers"
    assert counts(register) == before
    # other copies of the same document arriving later are fine
    f.receive(register, clerk, doc_number="中办发〔2016〕5号", copy_numbers=[9, 10])


def test_lower_levels_may_go_without_copy_numbers(register: Register, clerk: Actor) -> None:
    doc = f.receive(register, clerk, level=Level.SECRET, copy_numbers=None, copies=3)
    copies = documents.list_copies(register, doc.id)
    assert [c.copy_no for c in copies] == [None, None, None]
    assert copies[1].code.endswith("-N02") and copies[1].label == "无份号"


def test_copy_numbers_as_text_and_ranges() -> None:
    assert documents.parse_copy_numbers("3、5,7-9") == (3, 5, 7, 8, 9)
    assert documents.parse_copy_numbers(" ") is None
    with pytest.raises(ValidationError):
        documents.parse_copy_numbers("9-7")


def test_envelope_discrepancies_are_recorded_and_shown(register: Register,
                                                       clerk: Actor) -> None:
    env = EnvelopeCheck(intact=True, count_ok=False,
                        notes="信封标注3份，实收2份，已电话告知来文单位")
    doc = f.receive(register, clerk, envelope=env)
    assert doc.envelope is not None and not doc.envelope.count_ok
    assert doc.discrepancies.startswith("份数不符")
    assert "实收2份" in doc.discrepancies
    ok = f.receive(register, clerk, envelope=EnvelopeCheck())
    assert ok.envelope is not None and ok.envelope.all_ok and ok.discrepancies == ""


def test_compare_envelope_finds_each_mismatch() -> None:
    checked = documents.check_receipt(f.receipt(copy_numbers=[3, 4], copies=2))
    env = documents.compare_envelope(intact=True, marked_level=Level.SECRET,
                                     marked_sender="别的单位", marked_count=3,
                                     marked_numbers=[3, 5], receipt=checked)
    assert env.problems == ["份数不符", "份号不符", "密级标志不符", "发文单位不符"]
    same = documents.compare_envelope(intact=True, marked_level=Level.CONFIDENTIAL,
                                      marked_sender=checked.sender, marked_count=2,
                                      marked_numbers=[4, 3], receipt=checked)
    assert same.all_ok


def test_period_as_date_and_long_term(register: Register, clerk: Actor) -> None:
    d1 = f.receive(register, clerk, period="2030年6月30日", doc_date=dt.date(2026, 1, 5),
                   received_on=dt.date(2026, 1, 6))
    assert d1.period.kind is PeriodKind.DATE and d1.period_end == dt.date(2030, 6, 30)
    d2 = f.receive(register, clerk, period="长期")
    assert d2.period.label == "长期" and d2.period_end is None
    d3 = f.receive(register, clerk, period="10年", doc_date=dt.date(2020, 2, 29),
                   received_on=dt.date(2020, 3, 2))
    assert d3.period_end == dt.date(2030, 2, 28)


def test_scope_reads_people_departments_and_posts(register: Register, clerk: Actor) -> None:
    wang = f.person(register, clerk, "王明", "办公室", Clearance.IMPORTANT, post="科员")
    li = f.person(register, clerk, "李强", "财务科", Clearance.CORE, post="局领导")
    zhao = f.person(register, clerk, "赵敏", "人事科", Clearance.IMPORTANT, post="科员")
    low = f.person(register, clerk, "钱一", "办公室", Clearance.GENERAL, post="科员")
    doc = f.receive(register, clerk, scope="局领导、办公室")
    assert doc.scope_text == "局领导、办公室"
    assert documents.in_scope(register, doc.id, wang.id)
    assert documents.in_scope(register, doc.id, li.id)
    assert not documents.in_scope(register, doc.id, zhao.id)
    assert documents.may_receive(register, doc.id, wang.id) is None
    reason = documents.may_receive(register, doc.id, zhao.id)
    assert reason is not None and "知悉范围" in reason
    reason = documents.may_receive(register, doc.id, low.id)  # in scope, clearance too low
    assert reason is not None and "一般" in reason
    named = f.receive(register, clerk, scope="赵敏")
    assert documents.in_scope(register, named.id, zhao.id)
    assert not documents.in_scope(register, named.id, wang.id)
    everyone = f.receive(register, clerk, scope="全体涉密人员")
    assert documents.in_scope(register, everyone.id, zhao.id)
    empty = f.receive(register, clerk, scope="")
    assert not documents.in_scope(register, empty.id, wang.id)


def test_scope_text_renders_back_to_the_same_lines(register: Register, clerk: Actor) -> None:
    f.person(register, clerk, "王明", "办公室", post="科员")
    with register.read() as s:
        r = documents.ScopeResolver(s)
        lines = r.parse("王明、办公室，职务:科员；部门:档案室 全体")
        assert r.parse(r.render(lines)) == lines


def test_a_copy_is_found_by_its_scanned_or_typed_code(register: Register,
                                                      clerk: Actor) -> None:
    doc = f.receive(register, clerk, copy_numbers=[12, 13])
    year = doc.internal_no[:4]
    assert documents.find_copy(register, f"r{year}-0001-12").copy_no == 12
    assert documents.find_copy(register, f"{year}-收-0001/13").copy_no == 13
    with pytest.raises(NotFound):
        documents.find_copy(register, "R1999-0001-01")


def test_add_copies_keeps_copy_numbers_unique(register: Register, clerk: Actor) -> None:
    doc = f.receive(register, clerk, copy_numbers=[1, 2])
    added = documents.add_copies(register, clerk, doc.id, copy_numbers="3-4")
    assert [c.copy_no for c in added] == [3, 4]
    before = counts(register)
    with pytest.raises(ValidationError, match="份号已登记"):
        documents.add_copies(register, clerk, doc.id, copy_numbers=[4, 5])
    with pytest.raises(ValidationError, match="必须登记份号"):
        documents.add_copies(register, clerk, doc.id, count=1)
    assert counts(register) == before
    assert documents.get_document(register, doc.id).copies_count == 4


def test_item_history_lists_document_and_copy_events_in_order(register: Register,
                                                              clerk: Actor) -> None:
    doc = f.receive(register, clerk, copy_numbers=[1, 2])
    documents.add_copies(register, clerk, doc.id, copy_numbers=[3])
    actions = [h.action for h in documents.item_history(register, document_id=doc.id)]
    assert actions == ["document.receive", "document.add_copies"]


def test_receipt_dataclasses_are_frozen(register: Register, clerk: Actor) -> None:
    doc = f.receive(register, clerk)
    with pytest.raises(dataclasses.FrozenInstanceError):
        doc.title = "x"  # type: ignore[misc]
