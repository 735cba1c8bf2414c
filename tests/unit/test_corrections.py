"""Corrections (更正): a mistyped field is put right with a reason; the old value stays."""

from __future__ import annotations

import datetime as dt

import pytest

from app.errors import MibuError, NotFound, PermissionDenied, RuleViolation, ValidationError
from app.models.enums import Level, Role
from app.services import corrections, documents, people, periods, search, trail
from app.services.lifecycle import circulation
from app.services.register import Actor, Register
from app.services.search import DocumentFilter
from app.services.trail import TrailFilter
from tests import doc_factories as f


def _history(register: Register, clerk: Actor, internal_no: str) -> list[trail.TrailLine]:
    return trail.page_in(register, clerk, TrailFilter(item=internal_no), 0, 500,
                         oldest_first=True)


def _unchanged(register: Register, doc: documents.DocumentInfo) -> None:
    assert documents.get_document(register, doc.id) == doc


def test_a_title_is_corrected_with_its_reason_and_the_old_title_kept(
    register: Register, clerk: Actor
) -> None:
    doc = f.receive(register, clerk, title="关于做好保密工作的通只")
    done = corrections.correct_document(register, clerk, doc.id, "title",
                                        "关于做好保密工作的通知", reason="登记时标题错字")
    assert done.title == "关于做好保密工作的通知"
    assert done.level == doc.level and done.period == doc.period
    # the register's search finds the corrected title
    found = search.search_documents(register, DocumentFilter(text="保密工作的通知"))
    assert doc.id in [r.id for r in found]
    line = _history(register, clerk, doc.internal_no)[-1]
    assert line.label == "更正文件登记" and line.category == "登记簿"
    assert "标题：关于做好保密工作的通只 → 关于做好保密工作的通知" in line.changes
    assert "更正理由：登记时标题错字" in line.changes


def test_number_sender_remarks_and_dates_are_corrected(register: Register,
                                                       clerk: Actor) -> None:
    doc = f.receive(register, clerk, doc_date=dt.date(2026, 1, 5),
                    received_on=dt.date(2026, 1, 9), period="10年")
    c = corrections.correct_document
    c(register, clerk, doc.id, "doc_number", "京海发〔2026〕88号", reason="文号抄错")
    c(register, clerk, doc.id, "来文单位", "北京市海淀区国家保密局", reason="来文单位写错")
    c(register, clerk, doc.id, "remarks", "原件存机要室", reason="补记")
    done = c(register, clerk, doc.id, "doc_date", "2026-01-06", reason="成文日期看错")
    assert done.doc_number == "京海发〔2026〕88号"
    assert done.sender == "北京市海淀区国家保密局" and done.remarks == "原件存机要室"
    # the period (10年) runs from the corrected document date
    assert done.doc_date == dt.date(2026, 1, 6) and done.period_end == dt.date(2036, 1, 6)
    done = c(register, clerk, doc.id, "received_on", dt.date(2026, 1, 10), reason="日期错")
    assert done.received_on == dt.date(2026, 1, 10)
    changes = [x for line in _history(register, clerk, doc.internal_no) for x in line.changes]
    assert "成文日期：2026-01-05 → 2026-01-06" in changes
    assert "保密期限届满：2036-01-05 → 2036-01-06" in changes
    assert "来文单位：中共北京市海淀区委办公室 → 北京市海淀区国家保密局" in changes


@pytest.mark.parametrize(("field", "words"), [
    ("level", "密级变更"), ("密级", "密级变更"), ("period", "保密期限变更"),
    ("保密期限", "保密期限变更"), ("scope", "扩大知悉范围"), ("知悉范围", "扩大知悉范围"),
])
def test_protected_fields_are_refused_pointing_to_the_approval(
    register: Register, clerk: Actor, field: str, words: str
) -> None:
    doc = f.receive(register, clerk)
    with pytest.raises(RuleViolation) as e:
        corrections.correct_document(register, clerk, doc.id, field, "秘密", reason="写错了")
    assert words in e.value.message and "审批" in e.value.message
    assert e.value.field == "field"
    _unchanged(register, doc)


@pytest.mark.parametrize(("field", "value", "reason", "words", "where"), [
    ("title", "新标题", "", "更正理由不能为空", "reason"),
    ("title", "新标题", "   ", "更正理由不能为空", "reason"),
    ("title", "", "标题写错", "标题不能为空", "value"),
    ("title", "长" * 501, "标题写错", "标题过长", "value"),
    ("doc_number", "号" * 65, "文号写错", "文号过长", "value"),
    ("title", "新标题", "理" * 201, "更正理由过长", "reason"),
    ("title", "新\u202e标题", "标题写错", "不可见的格式字符", "value"),
    ("doc_date", "2026-02-30", "日期写错", "不是有效日期", "value"),
    ("doc_date", "去年", "日期写错", "格式不正确", "value"),
    ("received_on", "", "日期写错", "收文日期不能为空", "value"),
    ("received_on", "2999-01-01", "日期写错", "晚于今天", "value"),
    ("color", "红", "写错", "可以更正的是", "field"),
])
def test_bad_corrections_are_refused_and_change_nothing(
    register: Register, clerk: Actor, field: str, value: str, reason: str, words: str,
    where: str,
) -> None:
    doc = f.receive(register, clerk)
    with pytest.raises(ValidationError) as e:
        corrections.correct_document(register, clerk, doc.id, field, value, reason=reason)
    assert words in e.value.message and e.value.field == where
    _unchanged(register, doc)


def test_the_same_value_is_refused(register: Register, clerk: Actor) -> None:
    doc = f.receive(register, clerk)
    for field, value in (("title", doc.title), ("文号", doc.doc_number),
                         ("sender", doc.sender), ("received_on", doc.received_on)):
        with pytest.raises(ValidationError, match="与原来相同"):
            corrections.correct_document(register, clerk, doc.id, field, value,
                                         reason="核对")
    _unchanged(register, doc)


def test_dates_keep_their_order(register: Register, clerk: Actor) -> None:
    doc = f.receive(register, clerk, doc_date=dt.date(2026, 1, 5),
                    received_on=dt.date(2026, 1, 9), return_deadline=dt.date(2026, 1, 20))
    c = corrections.correct_document
    with pytest.raises(ValidationError, match="成文日期 2026-01-10 晚于收文日期"):
        c(register, clerk, doc.id, "doc_date", "2026-01-10", reason="日期错")
    with pytest.raises(ValidationError, match="成文日期 2026-01-05 晚于收文日期 2026-01-04"):
        c(register, clerk, doc.id, "received_on", "2026-01-04", reason="日期错")
    with pytest.raises(ValidationError, match="晚于清退期限"):
        c(register, clerk, doc.id, "received_on", "2026-01-21", reason="日期错")
    _unchanged(register, doc)


def test_received_on_not_after_a_copy_was_handed_out(register: Register,
                                                    clerk: Actor) -> None:
    doc = f.receive(register, clerk, received_on=dt.date.today() - dt.timedelta(days=3))
    reader = f.person(register, clerk)
    copy = documents.list_copies(register, doc.id)[0]
    two_days_ago = dt.datetime.now().astimezone() - dt.timedelta(days=2)
    circulation.hand_out(register, clerk, copy.id, reader.id, at=two_days_ago,
                         late_reason="补登")
    with pytest.raises(RuleViolation, match="载体不能在收到之前交出"):
        corrections.correct_document(register, clerk, doc.id, "received_on",
                                     dt.date.today() - dt.timedelta(days=1), reason="日期错")
    _unchanged(register, doc)


def test_a_declassified_documents_dates_stay(register: Register, clerk: Actor) -> None:
    doc = f.receive(register, clerk, doc_date=dt.date(2014, 3, 1),
                    received_on=dt.date(2014, 3, 5), period="10年")
    periods.confirm_declassified(register, clerk, doc.id)
    with pytest.raises(RuleViolation, match=r"已于 .* 按保密期限届满确认解密"):
        corrections.correct_document(register, clerk, doc.id, "doc_date", "2014-03-03",
                                     reason="日期错")
    # a title may still be corrected
    corrections.correct_document(register, clerk, doc.id, "title", "更正后的标题", reason="错字")


def test_only_the_clerk_corrects(register: Register, clerk: Actor) -> None:
    doc = f.receive(register, clerk)
    auditor = Actor(0, "auditor", "审计员", Role.AUDITOR)
    with pytest.raises(PermissionDenied):
        corrections.correct_document(register, auditor, doc.id, "title", "新", reason="错")


def test_a_persons_department_and_name_are_corrected(register: Register,
                                                     clerk: Actor) -> None:
    p = f.person(register, clerk, name="王名", department="办工室")
    done = corrections.correct_person(register, clerk, p.id, "department", "办公室",
                                      reason="部门错字")
    done = corrections.correct_person(register, clerk, p.id, "姓名", "王明", reason="姓名错字")
    assert (done.name, done.department, done.clearance) == ("王明", "办公室", p.clearance)
    lines = trail.page_in(register, clerk, TrailFilter(person="王明"), 0, 50,
                          oldest_first=True)
    changes = [x for line in lines if line.label == "更正人员信息" for x in line.changes]
    assert "部门：办工室 → 办公室" in changes and "更正理由：部门错字" in changes
    assert "姓名：王名 → 王明" in changes


@pytest.mark.parametrize(("field", "value", "reason", "error", "words"), [
    ("department", "办公室", "", ValidationError, "更正理由不能为空"),
    ("department", "办" * 65, "错字", ValidationError, "部门过长"),
    ("department", "办工室", "错字", ValidationError, "与原来相同"),
    ("department", "", "错字", ValidationError, "部门不能为空"),
    ("clearance", "核心", "错字", RuleViolation, "修改"),
    ("涉密等级", "核心", "错字", RuleViolation, "修改"),
    ("status", "离岗", "错字", RuleViolation, "办理离岗"),
    ("post", "主任", "错字", ValidationError, "可以更正的是"),
])
def test_bad_person_corrections_are_refused(
    register: Register, clerk: Actor, field: str, value: str, reason: str,
    error: type[MibuError], words: str,
) -> None:
    p = f.person(register, clerk, name="王名", department="办工室")
    with pytest.raises(error) as e:
        corrections.correct_person(register, clerk, p.id, field, value, reason=reason)
    assert words in e.value.message
    assert people.get_person(register, p.id) == p


def test_a_person_correction_may_not_make_two_of_a_name(register: Register,
                                                       clerk: Actor) -> None:
    f.person(register, clerk, name="王明", department="办公室")
    p = f.person(register, clerk, name="王明", department="办工室")
    with pytest.raises(ValidationError, match="同一部门不能重名"):
        corrections.correct_person(register, clerk, p.id, "department", "办公室",
                                   reason="错字")


def test_level_changes_still_go_through_an_approval(register: Register,
                                                   clerk: Actor) -> None:
    """The approval path the refusal points to works for the same document."""
    doc = f.receive(register, clerk, level=Level.SECRET, copy_numbers=None, copies=1)
    asked = periods.request_change(register, clerk, doc.id, new_level="机密", reason="升密")
    assert asked.kind.label == "密级变更"


@pytest.mark.parametrize("bad_id", [None, "1", True, 10**12, 1.0])
def test_a_bad_id_finds_nothing(register: Register, clerk: Actor, bad_id: object) -> None:
    doc = f.receive(register, clerk)
    p = f.person(register, clerk)
    with pytest.raises(NotFound):
        corrections.correct_document(register, clerk, bad_id, "title", "新",  # type: ignore[arg-type]
                                     reason="错")
    with pytest.raises(NotFound):
        corrections.correct_person(register, clerk, bad_id, "department", "新",  # type: ignore[arg-type]
                                   reason="错")
    _unchanged(register, doc)
    assert people.get_person(register, p.id) == p


@pytest.mark.parametrize(("value", "words"), [
    (123, "标题必须是文字"), (None, "标题不能为空"), (["x"], "标题必须是文字"),
])
def test_values_that_are_not_text_are_refused(register: Register, clerk: Actor,
                                              value: object, words: str) -> None:
    doc = f.receive(register, clerk)
    with pytest.raises(ValidationError, match=words):
        corrections.correct_document(register, clerk, doc.id, "title", value,  # type: ignore[arg-type]
                                     reason="错")
    _unchanged(register, doc)


def test_a_change_approval_must_name_the_new_level_and_period(register: Register,
                                                              clerk: Actor) -> None:
    """An approval of kind 密级变更 asked without what it changes to is refused at once; one
    stored without it (an older register) is not applied and stays unused."""
    from app.models.documents import ApprovalKind
    from app.services.lifecycle import approvals

    doc = f.receive(register, clerk)
    for kind in (ApprovalKind.LEVEL_CHANGE, ApprovalKind.PERIOD_CHANGE):
        with pytest.raises(ValidationError, match="须写明新的密级和保密期限"):
            approvals.request(register, clerk, kind, document_id=doc.id, reason="变更")
    assert approvals.history(register) == []
    asked = approvals.request(register, clerk, ApprovalKind.LEVEL_CHANGE, document_id=doc.id,
                              reason="变更", extra={"level": "x", "period_kind": "years"})
    approvals.record_paper_approval(register, clerk, asked.id, approver_name="李主任",
                                    approved_on=dt.date.today(), reference="保批〔2026〕1号")
    with pytest.raises(RuleViolation, match="没有写明新的密级和保密期限"):
        periods.apply_change(register, clerk, asked.id)
    assert approvals.get(register, asked.id).used_at is None
    _unchanged(register, doc)
