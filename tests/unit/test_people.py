"""People (涉密人员): fields, clearance, departure and 脱密期 (domain.md "People")."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select, update

from app.errors import RuleViolation, ValidationError
from app.models.documents import Copy, CopyState
from app.models.enums import Clearance, Level
from app.models.foundation import AuditEntry
from app.models.people import Person, PersonStatus
from app.services import audit, people
from app.services.lifecycle import departure
from app.services.register import Actor, Register
from tests import doc_factories as f


def _counts(register: Register) -> tuple[int, int]:
    with register.read() as s:
        return (int(s.scalar(select(func.count(Person.id))) or 0),
                int(s.scalar(select(func.count(AuditEntry.id))) or 0))


def test_add_person_is_recorded_in_the_trail(register: Register, clerk: Actor) -> None:
    p = f.person(register, clerk, "李华", "机要科", Clearance.CORE, post="科长")
    assert (p.name, p.department, p.post, p.clearance) == ("李华", "机要科", "科长",
                                                           Clearance.CORE)
    assert p.status is PersonStatus.ON_POST
    with register.read() as s:
        lines = list(audit.history(s, "person", p.id))
    assert lines[0].action == "person.add" and lines[0].after["姓名"] == "李华"


@pytest.mark.parametrize(("kwargs", "field", "words"), [
    ({"name": ""}, "name", "姓名不能为空"),
    ({"name": "张" * 33}, "name", "姓名过长"),
    ({"name": "张\x07三"}, "name", "控制字符"),
    ({"department": "  "}, "department", "部门不能为空"),
    ({"clearance": "机密"}, "clearance", "未知的涉密等级"),
    ({"post": "x" * 65}, "post", "职务过长"),
])
def test_bad_person_is_refused_and_nothing_written(
    register: Register, clerk: Actor, kwargs: dict[str, str], field: str, words: str
) -> None:
    before = _counts(register)
    values = {"name": "赵六", "department": "办公室", "clearance": "一般", **kwargs}
    with pytest.raises(ValidationError) as err:
        people.add_person(register, clerk, **values)  # type: ignore[arg-type]
    assert err.value.field == field and words in err.value.message
    assert _counts(register) == before


def test_duplicate_name_in_one_department_is_refused(register: Register, clerk: Actor) -> None:
    f.person(register, clerk, "王明", "办公室")
    before = _counts(register)
    with pytest.raises(ValidationError, match="重名"):
        f.person(register, clerk, "王明", "办公室")
    assert _counts(register) == before
    f.person(register, clerk, "王明", "财务科")  # same name elsewhere is fine


@pytest.mark.parametrize(("clearance", "end"), [
    (Clearance.CORE, dt.date(2029, 3, 1)),  # 3 years (002), stricter than 2 (003)
    (Clearance.IMPORTANT, dt.date(2028, 3, 1)),  # 2 years, stricter than 1
    (Clearance.GENERAL, dt.date(2027, 3, 1)),  # 1 year, stricter than 6 months
])
def test_decontamination_period_takes_the_stricter_rule(clearance: Clearance,
                                                       end: dt.date) -> None:
    assert people.decontamination_end(clearance, dt.date(2026, 3, 1)) == end


def test_departure_records_the_decontamination_end(register: Register, clerk: Actor) -> None:
    p = f.person(register, clerk, clearance=Clearance.CORE)
    departure.sign_off(register, clerk, p.id, departure_date=dt.date(2026, 1, 31))
    done = people.get_person(register, p.id)
    assert done.status is PersonStatus.DEPARTED
    assert done.departure_date == dt.date(2026, 1, 31)
    assert done.decontamination_end == dt.date(2029, 1, 31)
    with pytest.raises(RuleViolation, match="已离岗"):
        departure.sign_off(register, clerk, p.id, departure_date=dt.date(2026, 2, 1))


def _hand_out(register: Register, copy_id: int, person_id: int) -> None:
    # The circulation service belongs to the next issue; here the state is set directly.
    with register.write() as s:
        s.execute(update(Copy).where(Copy.id == copy_id).values(
            state=CopyState.CIRCULATING.value, holder_id=person_id))


def test_departure_is_refused_while_the_person_holds_a_copy(register: Register,
                                                            clerk: Actor) -> None:
    p = f.person(register, clerk)
    doc = f.receive(register, clerk)
    from app.services import documents

    copy = documents.list_copies(register, doc.id)[0]
    _hand_out(register, copy.id, p.id)
    before = _counts(register)
    with pytest.raises(RuleViolation, match="须全部交回后才能办理离岗"):
        departure.sign_off(register, clerk, p.id, departure_date=dt.date.today())
    assert _counts(register) == before
    assert people.get_person(register, p.id).status is PersonStatus.ON_POST


def test_clearance_cannot_drop_below_what_the_person_holds(register: Register,
                                                         clerk: Actor) -> None:
    p = f.person(register, clerk, clearance=Clearance.IMPORTANT)
    doc = f.receive(register, clerk, level=Level.CONFIDENTIAL)
    from app.services import documents

    _hand_out(register, documents.list_copies(register, doc.id)[0].id, p.id)
    with pytest.raises(RuleViolation, match="不能降低"):
        people.update_person(register, clerk, p.id, clearance=Clearance.GENERAL)
    assert people.get_person(register, p.id).clearance is Clearance.IMPORTANT


def test_may_receive_level_names_the_reason(register: Register, clerk: Actor) -> None:
    p = f.person(register, clerk, clearance=Clearance.GENERAL)
    assert people.may_receive_level(p, Level.SECRET) is None
    reason = people.may_receive_level(p, Level.CONFIDENTIAL)
    assert reason is not None and "一般" in reason and "机密" in reason


def test_organisations_are_unique(register: Register, clerk: Actor) -> None:
    people.add_organisation(register, clerk, "北京市海淀区保密局")
    with pytest.raises(ValidationError, match="已登记"):
        people.add_organisation(register, clerk, "北京市海淀区保密局")
    assert [o.name for o in people.list_organisations(register, "海淀")] == ["北京市海淀区保密局"]
