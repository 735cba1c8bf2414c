"""What the people and units area (人员与单位) asks of the services.

A plain class over the application's :class:`Controller`: ids and plain values in, the
services' frozen dataclasses out, or a ``MibuError`` whose Chinese message the widget shows at
its field. The rules (a clearance never below what the person holds, one name per
department, a unit never merged into itself) stay in :mod:`app.services.people` and
:mod:`app.services.organisations`. Every change emits ``controller.changed("people")`` so the
start page, the desk and the departure screen see the new person.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.models.enums import Clearance
from app.services import audit, corrections, organisations, people, person_history
from app.services.audit import AuditFilter, AuditLine
from app.services.lifecycle import departure
from app.services.lifecycle.departure import DepartureCheck
from app.services.organisations import OrganisationUse
from app.services.people import OrganisationInfo, PersonInfo
from app.services.person_history import HistoryLine
from app.ui.controller import Controller

AREA = "people"
AUDIT_LINES = 200  # the newest audit entries shown for a person


@dataclass(frozen=True)
class PersonDetail:
    person: PersonInfo
    holding: DepartureCheck  # what they hold now
    history: tuple[HistoryLine, ...]  # readings, loans, carry-outs, newest first
    changes: tuple[AuditLine, ...]  # the audit entries about the person, newest first


class PeopleController:
    def __init__(self, controller: Controller) -> None:
        self.controller = controller

    # -- people ---------------------------------------------------------------------------------
    def people(self, text: str = "") -> list[PersonInfo]:
        return people.list_people(self.controller.register, text=text.strip() or None)

    def count_people(self) -> int:
        return people.count_people(self.controller.register)

    def detail(self, person_id: int) -> PersonDetail:
        register = self.controller.register
        return PersonDetail(
            people.get_person(register, person_id), departure.check(register, person_id),
            tuple(person_history.history(register, person_id)),
            tuple(self.controller.audit_page(
                AuditFilter(entity="person", entity_id=str(person_id)), 0, AUDIT_LINES)))

    @staticmethod
    def action_label(action: str) -> str:
        return audit.action_label(action)

    def account_names(self) -> dict[str, str]:
        """Who did it, by name rather than user name (clerk → 张保密)."""
        return self.controller.account_names()

    def add_person(self, *, name: str, department: str, post: str,
                   clearance: Clearance | None, remarks: str = "") -> PersonInfo:
        p = people.add_person(self.controller.register, self.controller.actor, name=name,
                              department=department, post=post,
                              clearance=clearance if clearance is not None else "",
                              remarks=remarks)
        self._changed()
        return p

    def update_person(self, person_id: int, *, department: str, post: str,
                      clearance: Clearance, remarks: str) -> PersonInfo:
        p = people.update_person(self.controller.register, self.controller.actor, person_id,
                                 department=department, post=post, clearance=clearance,
                                 remarks=remarks)
        self._changed()
        return p

    def correct_person(self, person_id: int, field: str, value: str, reason: str
                       ) -> PersonInfo:
        """更正 a name or department typed wrong (the reason and old value go to the trail)."""
        p = corrections.correct_person(self.controller.register, self.controller.actor,
                                       person_id, field, value, reason=reason)
        self._changed()
        return p

    def departments(self) -> list[str]:
        """For the department field's completer."""
        return sorted({p.department for p in people.list_people(self.controller.register)})

    # -- units ----------------------------------------------------------------------------------
    def units(self, text: str = "") -> list[OrganisationUse]:
        return organisations.list_with_use(self.controller.register, text.strip() or None)

    def all_units(self) -> list[OrganisationInfo]:
        return people.list_organisations(self.controller.register)

    def add_unit(self, name: str) -> OrganisationInfo:
        o = people.add_organisation(self.controller.register, self.controller.actor, name)
        self._changed()
        return o

    def rename_unit(self, unit_id: int, name: str) -> OrganisationUse:
        o = organisations.rename(self.controller.register, self.controller.actor, unit_id, name)
        self._changed()
        return o

    def merge_units(self, merged_id: int, kept_id: int) -> OrganisationUse:
        o = organisations.merge(self.controller.register, self.controller.actor, merged_id,
                                kept_id)
        self._changed()
        return o

    def _changed(self) -> None:
        self.controller.changed.emit(AREA)
