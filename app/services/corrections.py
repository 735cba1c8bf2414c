"""Corrections (更正): a registered field that was typed wrong is put right, with a reason.

domain.md "Register of carriers": every step is registered and the trail must be complete and
traceable (全程留痕可追溯, 000 第九条), so a correction never overwrites silently: the audit
entry keeps the old value and the new one with the clerk's reason, and the item's history
shows it (``字段：旧值 → 新值``).

What the rules protect is not a typing matter and is refused here, pointing to its approval:
密级 and 保密期限 change only through an approved 密级变更/保密期限变更 (domain.md
"Classification": "Level or period changes need approval and are recorded", 001 五(五)3,
:mod:`app.services.periods`), the 知悉范围 only through an approved 扩大知悉范围 (000 第十条,
:func:`app.services.lifecycle.approvals.widen_scope`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.errors import NotFound, RuleViolation, ValidationError
from app.models.documents import Copy, Document, DocumentKind
from app.models.lifecycle import CarryOut, CirculationReading, Loan
from app.models.people import Organisation, Person
from app.services import audit, checks, people
from app.services.documents import (
    CLERKS,
    DOC_NUMBER_MAX,
    REMARKS_MAX,
    TITLE_MAX,
    DocumentInfo,
)
from app.services.documents.base import _document
from app.services.documents.marking import _period_of
from app.services.documents.views import _document_info
from app.services.people import PersonInfo
from app.services.register import Actor, Register, require_role

REASON_MAX = 200
NO_DATE = "无"


@dataclass(frozen=True)
class Field:
    key: str
    label: str
    is_date: bool = False


#: The fields of a document a correction may change, in the order the form offers them.
DOCUMENT_FIELDS: tuple[Field, ...] = (
    Field("title", "标题"), Field("doc_number", "文号"), Field("sender", "来文单位"),
    Field("doc_date", "成文日期", is_date=True), Field("received_on", "收文日期", is_date=True),
    Field("remarks", "备注"),
)
#: A person's fields a correction may change (the name is read-only in the edit form).
PERSON_FIELDS: tuple[Field, ...] = (Field("name", "姓名"), Field("department", "部门"))

#: Fields the rules protect, with the way they do change (001 五(五)3; 000 第十条).
PROTECTED: dict[str, str] = {
    "level": "密级只能经审批变更：请在“审批”中提出“密级变更”申请，批准后按审批变更"
             "（001 五(五)3），不能用更正修改",
    "period": "保密期限只能经审批变更：请在“审批”中提出“保密期限变更”申请，批准后按审批变更"
              "（001 五(五)3），不能用更正修改",
    "scope": "知悉范围只能经领导批准扩大：请在“审批”中提出“扩大知悉范围”申请"
             "（000 第十条），不能用更正修改",
}
_PROTECTED_NAMES = {"level": "level", "密级": "level", "period": "period", "保密期限": "period",
                    "period_end": "period", "scope": "scope", "知悉范围": "scope"}
#: A person's fields with their own rules (the clearance rule, the departure flow).
PERSON_PROTECTED: dict[str, str] = {
    "clearance": "涉密等级不能用更正修改：请用“修改…”调整（不能低于其仍持有的载体的密级）",
    "status": "在岗/离岗状态不能用更正修改：离岗请用“办理离岗”（须先清退所持载体）",
}
_PERSON_PROTECTED_NAMES = {"clearance": "clearance", "涉密等级": "clearance",
                           "status": "status", "状态": "status"}


def _field(fields: tuple[Field, ...], key: str, protected: dict[str, str],
           aliases: dict[str, str], what: str) -> Field:
    key = (key or "").strip() if isinstance(key, str) else ""
    rule = aliases.get(key)
    if rule is not None:
        raise RuleViolation(protected[rule], field="field")
    for f in fields:
        if key in (f.key, f.label):
            return f
    allowed = "、".join(f.label for f in fields)
    raise ValidationError(f"{what}可以更正的是：{allowed}", field="field")


def _id(value: object, what: str, field: str) -> int:
    """A record's id as the window passes it (an int, never a bool, a text or nothing)."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise NotFound(f"找不到编号为 {str(value)[:20]} 的{what}", field=field)
    return value


def _reason(reason: object) -> str:
    return checks.text(reason, "reason", "更正理由", max_len=REASON_MAX, multiline=True)


def _same(label: str) -> ValidationError:
    return ValidationError(f"新的{label}与原来相同，无需更正", field="value")


def _shown(value: dt.date | None) -> str:
    return value.isoformat() if value else NO_DATE


# -- documents ----------------------------------------------------------------------------------
def correct_document(register: Register, actor: Actor, document_id: int, field: str,
                     value: str | dt.date | None, *, reason: str) -> DocumentInfo:
    """更正 one registered field of a document; the old value stays in the trail."""
    require_role(actor, *CLERKS)
    f = _field(DOCUMENT_FIELDS, field, PROTECTED, _PROTECTED_NAMES, "文件")
    reason = _reason(reason)
    document_id = _id(document_id, "文件", "document")
    with register.write() as s:
        d = _document(s, document_id)
        outgoing = d.kind == DocumentKind.OUTGOING.value
        label = "发文日期" if f.key == "received_on" and outgoing else f.label
        before: dict[str, object]
        after: dict[str, object]
        if f.is_date:
            before, after = _correct_date(s, d, f.key, label, value)
        elif f.key == "sender":
            before, after = _correct_sender(s, actor, d, value, outgoing)
        else:
            max_len = {"title": TITLE_MAX, "doc_number": DOC_NUMBER_MAX}.get(f.key, REMARKS_MAX)
            new = checks.text(value, "value", label, max_len=max_len,
                              required=f.key == "title", multiline=f.key == "remarks")
            old = getattr(d, f.key) or ""
            if new == old:
                raise _same(label)
            setattr(d, f.key, new)
            before, after = {label: old}, {label: new}
        s.flush()
        audit.record(s, actor.username, "document.correct", "document", d.id, before=before,
                     after={**after, "更正理由": reason})
        return _document_info(s, d)


def _correct_sender(s: Session, actor: Actor, d: Document, value: object, outgoing: bool
                    ) -> tuple[dict[str, object], dict[str, object]]:
    if outgoing:
        raise RuleViolation("发文没有来文单位：发文对象在发文分发中登记", field="field")
    name = checks.text(value, "value", "来文单位", max_len=people.ORG_MAX)
    old = s.scalar(select(Organisation.name).where(Organisation.id == d.sender_id)) or ""
    if name == old:
        raise _same("来文单位")
    d.sender_id = people.organisation_id(s, actor, name)
    return {"来文单位": old}, {"来文单位": name}


def _first_hand_out(s: Session, document_id: int) -> dt.date | None:
    """The local day a copy of the document was first handed out, if ever."""
    copies = select(Copy.id).where(Copy.document_id == document_id).scalar_subquery()
    first: list[str] = [t for t in (
        s.scalar(select(func.min(r.out_at)).where(r.copy_id.in_(copies)))
        for r in (CirculationReading, Loan, CarryOut)) if t]
    if not first:
        return None
    return min(dt.datetime.fromisoformat(t).astimezone().date() for t in first)


def _correct_date(s: Session, d: Document, key: str, label: str, value: object
                  ) -> tuple[dict[str, object], dict[str, object]]:
    today = dt.date.today()
    new = checks.date(value, "value", label, required=key == "received_on")
    if new is not None:
        checks.not_future(new, "value", label, today)
    old: dt.date | None = getattr(d, key)
    if new == old:
        raise _same(label)
    doc_date = new if key == "doc_date" else d.doc_date
    received_on = new if key == "received_on" and new is not None else d.received_on
    if doc_date is not None and doc_date > received_on:
        day = "发文日期" if d.kind == DocumentKind.OUTGOING.value else "收文日期"
        raise ValidationError(f"成文日期 {doc_date} 晚于{day} {received_on}", field="value")
    if key == "received_on":
        if d.return_deadline is not None and d.return_deadline < received_on:
            raise ValidationError(
                f"{label} {received_on} 晚于清退期限 {d.return_deadline}", field="value")
        first = _first_hand_out(s, d.id)
        if first is not None and received_on > first:
            raise RuleViolation(
                f"{label} {received_on} 晚于此文件的载体第一次交出的日期 {first}："
                "载体不能在收到之前交出", field="value")
    period = _period_of(d)
    new_end = period.end(doc_date or received_on)
    if d.declassified_on is not None and new_end != d.period_end:
        raise RuleViolation(
            f"此文件已于 {d.declassified_on} 按保密期限届满确认解密；改变{label}会改变保密期限"
            "的届满日期，不能更正", field="value")
    before: dict[str, object] = {label: _shown(old)}
    after: dict[str, object] = {label: _shown(new)}
    if new_end != d.period_end:  # the period (e.g. 10年) runs from the corrected date
        before["保密期限届满"] = _shown(d.period_end)
        after["保密期限届满"] = _shown(new_end)
        d.period_end = new_end
    setattr(d, key, new)
    return before, after


# -- people -------------------------------------------------------------------------------------
def correct_person(register: Register, actor: Actor, person_id: int, field: str,
                   value: str, *, reason: str) -> PersonInfo:
    """更正 a person's name or department typed wrong; the old value stays in the trail."""
    require_role(actor, *people.MANAGERS)
    f = _field(PERSON_FIELDS, field, PERSON_PROTECTED, _PERSON_PROTECTED_NAMES, "人员信息")
    max_len = people.NAME_MAX if f.key == "name" else people.DEPARTMENT_MAX
    new = checks.text(value, "value", f.label, max_len=max_len)
    reason = _reason(reason)
    person_id = _id(person_id, "人员", "person")
    with register.write() as s:
        p = people._person(s, person_id)
        old = getattr(p, f.key)
        if new == old:
            raise _same(f.label)
        name = new if f.key == "name" else p.name
        department = new if f.key == "department" else p.department
        clash = s.scalar(select(Person.id).where(
            Person.name == name, Person.department == department, Person.id != p.id))
        if clash is not None:
            raise ValidationError(f"{department}已有名为“{name}”的人员：同一部门不能重名登记",
                                  field="value")
        setattr(p, f.key, new)
        s.flush()
        audit.record(s, actor.username, "person.correct", "person", p.id,
                     before={f.label: old}, after={f.label: new, "更正理由": reason})
        return people.person_info(p)
