"""The people a medium names: its 责任人, companions and witnesses, as registered people."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import RuleViolation, ValidationError
from app.models.enums import Clearance, Level
from app.models.people import Person, PersonStatus
from app.services.media.base import PERSON_LABEL_RE
from app.services.media.validation import _required


# -- people ---------------------------------------------------------------------------------------
def find_person(s: Session, text: str | None, field: str, label: str) -> Person:
    """The registered person the clerk typed: "姓名", or "姓名（部门）" where two share a name."""
    value = _required(text, field, label, 64 + 2 + 64)
    found = list(s.scalars(select(Person).where(Person.name == value).limit(2)))
    m = PERSON_LABEL_RE.match(value) if not found else None
    if m:  # "姓名（部门）"
        found = list(s.scalars(select(Person).where(
            Person.name == m["name"].strip(), Person.department == m["dept"].strip()).limit(2)))
    if not found:
        raise ValidationError(f"{label}“{value[:40]}”不是已登记的人员：请先在人员名册中登记",
                              field=field)
    if len(found) > 1:
        raise ValidationError(f"名为{value[:40]}的人员不止一位：请写成“姓名（部门）”",
                              field=field)
    return found[0]


def check_person(p: Person, level: Level, field: str, label: str, doing: str) -> None:
    """On post and cleared for the medium's level, as for paper (domain.md "People")."""
    if p.status != PersonStatus.ON_POST.value:
        raise RuleViolation(f"{label}{p.name}已离岗，不能{doing}", field=field)
    clearance = Clearance(p.clearance)
    if level > clearance.highest_level:
        raise RuleViolation(
            f"{label}{p.name}的涉密等级为“{clearance.label}”，只能{doing}"
            f"{clearance.highest_level.label}及以下的介质（此介质为{level.label}）", field=field)


def holder_of(s: Session, text: str | None, level: Level) -> Person:
    """The 责任人 of a medium of ``level``: registered, on post, cleared."""
    p = find_person(s, text, "holder", "责任人")
    check_person(p, level, "holder", "责任人", "保管")
    return p
