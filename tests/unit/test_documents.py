"""Receipt (收文), copies, scope, internal numbers (domain.md "Register of carriers")."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

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


# -- many receipts at once --------------------------------------------------------------------
def _batch() -> list[documents.CheckedReceipt]:
    """Receipts that meet every rule a batch must apply as if one by one."""
    day = dt.date(2025, 3, 1)

    def r(**kw: object) -> documents.CheckedReceipt:
        values: dict[str, object] = {"title": "关于做好保密工作的通知", "sender": "国家保密局",
                                     "level": Level.SECRET, "received_on": day, "copies": 1}
        values.update(kw)
        return documents.check_receipt(documents.ReceiptInput(**values))  # type: ignore[arg-type]

    conf = {"level": Level.CONFIDENTIAL, "copies": 2}
    return [
        r(doc_number="京发〔2025〕1号", copy_numbers=[1, 2], **conf),  # 2025-收-0001
        r(doc_number="京发〔2025〕1号", copy_numbers=[2, 3], **conf),  # 份号 2 again: refused
        r(internal_no="2025-收-0005", sender="新单位甲"),  # a new sender, a number ahead
        r(sender="新单位甲", scope="王明、办公室"),  # 2025-收-0006, the same new sender
        r(internal_no="2025-收-0006"),  # taken a moment ago: refused
        r(internal_no="2025-收-0003", scope="人员:无此人"),  # unknown person: refused
        r(internal_no="2025-收-0003", doc_number="京发〔2025〕1号", copy_numbers=[3, 4], **conf),
        r(doc_number="中办发〔2016〕5号", copy_numbers=[9], level=Level.CONFIDENTIAL),  # registered
        r(received_on=dt.date(2024, 12, 30), sender="新单位乙", copies=3),  # 2024-收-0001
        r(envelope=documents.EnvelopeCheck(intact=False, notes="封口破损"), copies=2),
        r(internal_no="2024-收-0001"),  # the number the ledger row above took: refused
    ]


def _contents(register: Register) -> dict[str, list[tuple[object, ...]]]:
    from sqlalchemy import text

    queries = {
        "copy": "SELECT id, document_id, copy_no, kind, code, location, state, remarks FROM copy "
                "ORDER BY id",
        "scope": "SELECT * FROM document_scope ORDER BY id",
        "counter": "SELECT * FROM number_counter ORDER BY year, kind",
        "organisation": "SELECT id, name, remarks FROM organisation ORDER BY id",
        "audit": "SELECT id, actor, action, entity, entity_id, before, after FROM audit_entry "
                 "WHERE action IN ('t.import', 'organisation.add') ORDER BY id",
        "fts": "SELECT rowid, title, doc_number, internal_no, sender FROM document_fts "
               "ORDER BY rowid",
    }
    with register.read() as s:
        out = {k: [tuple(row) for row in s.execute(text(q))] for k, q in queries.items()}
        columns = [c for c in Document.__table__.columns if c.name != "created_at"]  # when
        out["document"] = [tuple(row) for row in s.execute(select(*columns).order_by("id"))]
    return out


@pytest.mark.parametrize("bulk", [1, 10**6])
def test_a_batch_of_receipts_is_written_as_one_by_one(tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch,
                                                       bulk: int) -> None:
    """Same refusals, numbers, copies, senders, audit trail and full-text index; ``bulk`` = 1
    fills the full-text index at the end of the batch instead of row by row."""
    from app.services import audit, search
    from tests import factories

    registers = []
    for name in ("batch", "single"):
        created = factories.new_register(tmp_path / f"{name}.mibu")
        registers.append(created)
        f.person(created.register, created.clerk, name="王明")
        f.receive(created.register, created.clerk, doc_number="中办发〔2016〕5号",
                  title="关于加强保密工作的意见", copy_numbers=[9], copies=1,
                  received_on=dt.date(2025, 1, 2))
    try:
        batch, single = registers
        monkeypatch.setattr(documents.receipt, "BULK_RECEIPTS", bulk)
        with batch.register.write() as s:
            many = documents.insert_received_many(s, batch.clerk, _batch(), action="t.import")
        monkeypatch.setattr(documents.receipt, "BULK_RECEIPTS", 10**6)
        one_by_one: list[int | ValidationError] = []
        with single.register.write() as s:
            for c in _batch():
                try:
                    one_by_one.append(documents.insert_received(s, single.clerk, c,
                                                                action="t.import"))
                except ValidationError as exc:
                    one_by_one.append(exc)
        assert [str(x) for x in many] == [str(x) for x in one_by_one]
        assert [i for i, x in enumerate(many) if isinstance(x, ValidationError)] == [1, 4, 5, 7, 10]
        got, expected = _contents(batch.register), _contents(single.register)
        for table in expected:
            assert got[table] == expected[table], table
        for created in registers:
            with created.register.read() as s:
                assert audit.verify_chain(s, created.register.derive_key(audit.AUDIT_KEY_INFO))
        # the insert trigger is back: the next receipt is found by its title
        later = f.receive(batch.register, batch.clerk, title="之后收到的机要文件")
        found = search.search_documents(batch.register, search.DocumentFilter(text="机要文件"))
        assert [row.id for row in found] == [later.id]
    finally:
        for created in registers:
            created.register.close()
