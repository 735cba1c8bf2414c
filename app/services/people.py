"""People (涉密人员) and organisations (来文/收文单位).

domain.md "People": a person receives only items at or below their clearance (core 绝密,
important 机密, general 秘密) and inside the item's 知悉范围; leaving a post is signed off only
when they hold nothing, and a decontamination period (脱密期) follows. The two source texts
differ (002: 3 y / 2 y / 1 y; 003: 2 y / 1 y / 6 months); the stricter (longer) one wins.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.errors import NotFound, RuleViolation, ValidationError
from app.models.db import insert_rows
from app.models.documents import Copy, Document
from app.models.enums import Clearance, Level, Role
from app.models.people import Organisation, Person, PersonStatus
from app.services import audit, checks
from app.services.register import Actor, Register, require_role

#: 脱密期 in years by clearance: the stricter of 002 (3/2/1) and 003 (2/1/0.5).
DECONTAMINATION_YEARS = {Clearance.CORE: 3, Clearance.IMPORTANT: 2, Clearance.GENERAL: 1}
MANAGERS = (Role.CLERK, Role.ADMIN)
NAME_MAX = 32
DEPARTMENT_MAX = 64
POST_MAX = 64
ORG_MAX = 128
REMARKS_MAX = 2000


@dataclass(frozen=True)
class PersonInfo:
    id: int
    name: str
    department: str
    post: str
    clearance: Clearance
    status: PersonStatus
    departure_date: dt.date | None
    decontamination_end: dt.date | None
    remarks: str

    @property
    def on_post(self) -> bool:
        return self.status is PersonStatus.ON_POST

    @property
    def display(self) -> str:
        return f"{self.name}（{self.department}）"


@dataclass(frozen=True)
class OrganisationInfo:
    id: int
    name: str
    remarks: str


def decontamination_end(clearance: Clearance, departure: dt.date) -> dt.date:
    """The end of the 脱密期 after leaving on ``departure`` (the stricter rule)."""
    return checks.add_years(departure, DECONTAMINATION_YEARS[clearance])


def person_info(p: Person) -> PersonInfo:
    return PersonInfo(
        id=p.id, name=p.name, department=p.department, post=p.post,
        clearance=Clearance(p.clearance), status=PersonStatus(p.status),
        departure_date=p.departure_date, decontamination_end=p.decontamination_end,
        remarks=p.remarks,
    )


def _view(p: Person) -> dict[str, object]:
    return _view_of(p.name, p.department, p.post, Clearance(p.clearance),
                    PersonStatus(p.status), p.departure_date, p.decontamination_end, p.remarks)


def _view_of(name: str, department: str, post: str, clearance: Clearance,
             status: PersonStatus, departure: dt.date | None, end: dt.date | None,
             remarks: str) -> dict[str, object]:
    return {
        "姓名": name, "部门": department, "职务": post,
        "涉密等级": clearance.label, "状态": status.label,
        "离岗日期": departure.isoformat() if departure else None,
        "脱密期满": end.isoformat() if end else None,
        "备注": remarks,
    }


@dataclass(frozen=True)
class PersonFields:
    """A person's fields as checked values (from a form or a ledger row)."""

    name: str
    department: str
    post: str
    clearance: Clearance
    status: PersonStatus = PersonStatus.ON_POST
    remarks: str = ""

    @classmethod
    def check(
        cls, *, name: object, department: object, post: object = "",
        clearance: object, status: object = PersonStatus.ON_POST, remarks: object = "",
    ) -> PersonFields:
        return cls(
            name=checks.text(name, "name", "姓名", max_len=NAME_MAX),
            department=checks.text(department, "department", "部门", max_len=DEPARTMENT_MAX),
            post=checks.text(post, "post", "职务", max_len=POST_MAX, required=False),
            clearance=(clearance if isinstance(clearance, Clearance)
                       else Clearance.parse(_str(clearance, "clearance", "涉密等级"))),
            status=(status if isinstance(status, PersonStatus)
                    else PersonStatus.parse(_str(status, "status", "状态"))),
            remarks=checks.text(remarks, "remarks", "备注", max_len=REMARKS_MAX,
                                required=False, multiline=True),
        )


def _str(value: object, field: str, label: str) -> str:
    if not isinstance(value, str):
        raise ValidationError(f"{label}必须是文字", field=field)
    return value


# -- people -----------------------------------------------------------------------------------
def add_person(
    register: Register, actor: Actor, *, name: str, department: str, post: str = "",
    clearance: Clearance | str, remarks: str = "",
) -> PersonInfo:
    fields = PersonFields.check(name=name, department=department, post=post,
                                clearance=clearance, remarks=remarks)
    require_role(actor, *MANAGERS)
    with register.write() as s:
        person = insert_person(s, actor, fields)
        return person_info(person)


def _same_name(f: PersonFields) -> ValidationError:
    return ValidationError(
        f"{f.department}已有名为“{f.name}”的人员：同一部门不能重名登记", field="name"
    )


def insert_person(s: Session, actor: Actor, f: PersonFields,
                  departure_date: dt.date | None = None) -> Person:
    """Add a checked person inside an open write transaction."""
    if s.scalar(select(Person.id).where(Person.name == f.name,
                                        Person.department == f.department)) is not None:
        raise _same_name(f)
    now = audit.now_iso()
    p = Person(name=f.name, department=f.department, post=f.post, clearance=int(f.clearance),
               status=f.status.value, remarks=f.remarks, created_at=now)
    if f.status is PersonStatus.DEPARTED:
        p.departure_date = departure_date
        if departure_date is not None:
            p.decontamination_end = decontamination_end(f.clearance, departure_date)
    s.add(p)
    s.flush()
    audit.record(s, actor.username, "person.add", "person", p.id, after=_view(p))
    return p


def insert_people_many(s: Session, actor: Actor,
                       people: Sequence[PersonFields]) -> list[int | ValidationError]:
    """Add checked people in order inside an open write transaction, as if one by one with
    :func:`insert_person`: per person the new id, or why they are refused (the same name in
    the same department, registered before or earlier in the batch; nothing is written for
    them). The register is read once and people and their audit entries are written a
    table at a time (a 100,000-person ledger import).
    """
    s.flush()
    taken: set[tuple[str, str]] = set()
    names = sorted({f.name for f in people})
    for start in range(0, len(names), _IN_CHUNK):
        taken.update(s.execute(select(Person.name, Person.department).where(
            Person.name.in_(names[start:start + _IN_CHUNK]))).all())
    next_id = int(s.scalar(select(func.max(Person.id))) or 0) + 1
    now = audit.now_iso()
    results: list[int | ValidationError] = []
    rows: list[dict[str, object]] = []
    changes: list[audit.Change] = []
    for f in people:
        key = (f.name, f.department)
        if key in taken:
            results.append(_same_name(f))
            continue
        taken.add(key)
        rows.append({"id": next_id, "name": f.name, "department": f.department,
                     "post": f.post, "clearance": int(f.clearance), "status": f.status.value,
                     "departure_date": None, "decontamination_end": None,
                     "remarks": f.remarks, "created_at": now})
        changes.append(audit.Change("person.add", "person", next_id, after=_view_of(
            f.name, f.department, f.post, f.clearance, f.status, None, None, f.remarks)))
        results.append(next_id)
        next_id += 1
    insert_rows(s, Person, rows)
    audit.record_many(s, actor.username, changes)
    return results


_IN_CHUNK = 500  # values in one IN (...)


def update_person(
    register: Register, actor: Actor, person_id: int, *, name: str | None = None,
    department: str | None = None, post: str | None = None,
    clearance: Clearance | str | None = None, remarks: str | None = None,
) -> PersonInfo:
    """Correct a person's details; departure is :func:`lifecycle.departure.sign_off`."""
    require_role(actor, *MANAGERS)
    with register.write() as s:
        p = _person(s, person_id)
        before = _view(p)
        f = PersonFields.check(
            name=p.name if name is None else name,
            department=p.department if department is None else department,
            post=p.post if post is None else post,
            clearance=Clearance(p.clearance) if clearance is None else clearance,
            remarks=p.remarks if remarks is None else remarks,
        )
        clash = s.scalar(select(Person.id).where(
            Person.name == f.name, Person.department == f.department, Person.id != p.id))
        if clash is not None:
            raise ValidationError(f"{f.department}已有名为“{f.name}”的人员", field="name")
        if f.clearance < Clearance(p.clearance):
            held = _held_above(s, p.id, f.clearance.highest_level)
            if held:
                raise RuleViolation(
                    f"{p.name}仍持有高于“{f.clearance.label}”等级的载体（{held}），"
                    "不能降低其涉密等级", field="clearance")
        p.name, p.department, p.post = f.name, f.department, f.post
        p.clearance, p.remarks = int(f.clearance), f.remarks
        s.flush()
        audit.record(s, actor.username, "person.update", "person", p.id,
                     before=before, after=_view(p))
        return person_info(p)


def _held_above(s: Session, person_id: int, level: Level) -> str:
    rows = s.execute(
        select(Document.internal_no, Copy.copy_no).join(Document, Copy.document_id == Document.id)
        .where(Copy.holder_id == person_id, Document.level > int(level)).limit(3)
    ).all()
    return "、".join(r.internal_no + (f" 第{r.copy_no}份" if r.copy_no else "") for r in rows)


def _person(s: Session, person_id: int) -> Person:
    p = s.get(Person, person_id)
    if p is None:
        raise NotFound(f"找不到编号为 {person_id} 的人员", field="person")
    return p


def get_person(register: Register, person_id: int) -> PersonInfo:
    with register.read() as s:
        return person_info(_person(s, person_id))


def list_people(
    register: Register, *, status: PersonStatus | None = None, department: str | None = None,
    text: str | None = None,
) -> list[PersonInfo]:
    stmt = select(Person)
    if status is not None:
        stmt = stmt.where(Person.status == status.value)
    if department:
        stmt = stmt.where(Person.department == department)
    if text:
        stmt = stmt.where(Person.name.contains(text, autoescape=True)
                          | Person.department.contains(text, autoescape=True)
                          | Person.post.contains(text, autoescape=True))
    stmt = stmt.order_by(Person.department, Person.name, Person.id)
    with register.read() as s:
        return [person_info(p) for p in s.scalars(stmt)]


def find_people_by_name(register: Register, name: str) -> list[PersonInfo]:
    with register.read() as s:
        return [person_info(p) for p in s.scalars(
            select(Person).where(Person.name == name.strip()).order_by(Person.id))]


def may_receive_level(person: PersonInfo | Person, level: Level) -> str | None:
    """Why this person may not receive an item of ``level`` (None when they may)."""
    status = PersonStatus(person.status)
    clearance = Clearance(person.clearance)
    if status is not PersonStatus.ON_POST:
        return f"{person.name}已离岗，不能接收涉密载体"
    if level > clearance.highest_level:
        return (f"{person.name}的涉密等级为“{clearance.label}”，"
                f"只能接收{clearance.highest_level.label}及以下的载体（此件为{level.label}）")
    return None


# -- organisations ----------------------------------------------------------------------------
def organisation_id(s: Session, actor: Actor, name: str, *, create: bool = True) -> int:
    """The id of the organisation called ``name``, adding it on first use."""
    name = checks.text(name, "sender", "单位名称", max_len=ORG_MAX)
    found = s.scalar(select(Organisation.id).where(Organisation.name == name))
    if found is not None:
        return int(found)
    if not create:
        raise NotFound(f"找不到单位“{name}”", field="sender")
    org = Organisation(name=name, remarks="", created_at=audit.now_iso())
    s.add(org)
    s.flush()
    audit.record(s, actor.username, "organisation.add", "organisation", org.id,
                 after={"名称": name})
    return org.id


def add_organisation(register: Register, actor: Actor, name: str) -> OrganisationInfo:
    require_role(actor, *MANAGERS)
    name = checks.text(name, "name", "单位名称", max_len=ORG_MAX)
    with register.write() as s:
        if s.scalar(select(Organisation.id).where(Organisation.name == name)) is not None:
            raise ValidationError(f"单位“{name}”已登记", field="name")
        oid = organisation_id(s, actor, name)
        return OrganisationInfo(oid, name, "")


def list_organisations(register: Register, text: str | None = None) -> list[OrganisationInfo]:
    stmt = select(Organisation).order_by(Organisation.name)
    if text:
        stmt = stmt.where(Organisation.name.contains(text, autoescape=True))
    with register.read() as s:
        return [OrganisationInfo(o.id, o.name, o.remarks) for o in s.scalars(stmt)]


def count_people(register: Register) -> int:
    with register.read() as s:
        return int(s.scalar(select(func.count(Person.id))) or 0)
