"""What the carry-out, return-to-issuer, destruction and departure screens ask of the services.

Like :class:`~app.ui.lifecycle_controller.LifecycleController`: ids and plain values in, the
services' frozen dataclasses out (or a ``MibuError`` whose Chinese message the widget shows).
Every change emits ``controller.changed`` so the start page and the desk refresh.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from app.models.documents import ApprovalKind, CopyState
from app.models.lifecycle import DestructionMethod, StocktakeKind
from app.models.people import PersonStatus
from app.services import documents, people
from app.services.lifecycle import (
    archive,
    carry_out,
    circulation,
    common,
    departure,
    destruction,
    returns,
    today,
)
from app.services.lifecycle.approvals import ApprovalInfo
from app.services.lifecycle.carry_out import CarryOutInfo
from app.services.lifecycle.circulation import ReaderChoice
from app.services.lifecycle.common import CopyRef
from app.services.lifecycle.departure import DepartureCheck
from app.services.lifecycle.destruction import DestructionInfo
from app.services.lifecycle.returns import Reminder, ReturnDue, ReturnInfo, StocktakeInfo
from app.services.lifecycle.today import CopyCard
from app.services.people import OrganisationInfo, PersonInfo
from app.ui.controller import Controller

#: How far ahead the return screen looks for issuers' deadlines (as the start page's tile).
RETURN_WITHIN_DAYS = returns.RETURN_WITHIN_DAYS
#: The destruction screen shows the latest destructions; older ones are in the printed register.
HISTORY_SHOWN = 100


class DisposalController:
    def __init__(self, controller: Controller) -> None:
        self.controller = controller

    def _changed(self) -> None:
        self.controller.changed.emit("disposal")

    # -- shared ---------------------------------------------------------------------------------
    def lookup(self, scanned: str) -> CopyCard:
        return today.lookup(self.controller.register, scanned)

    def card(self, copy_id: int) -> CopyCard:
        return today.card(self.controller.register, copy_id)

    def current_day(self) -> dt.date:
        return common.today()

    def people_on_post(self) -> list[PersonInfo]:
        return people.list_people(self.controller.register, status=PersonStatus.ON_POST)

    # -- 携带外出 -------------------------------------------------------------------------------
    def carriers(self, copy_id: int) -> list[ReaderChoice]:
        """Who may take this copy out, or go with it (on post, cleared, in scope)."""
        return circulation.eligible_readers(self.controller.register, copy_id)

    @staticmethod
    def carry_out_approvals(card: CopyCard) -> list[ApprovalInfo]:
        return [a for a in card.usable_approvals if a.kind is ApprovalKind.CARRY_OUT]

    def carry_out(self, copy_id: int, approval_id: int | None, *, carrier_id: int,
                  companion_id: int | None, destination: str, due_on: dt.date,
                  purpose: str) -> CarryOutInfo:
        info = carry_out.carry_out(
            self.controller.register, self.controller.actor, copy_id, approval_id,
            carrier_id=carrier_id, companion_id=companion_id, destination=destination,
            due_on=due_on, purpose=purpose)
        self._changed()
        return info

    def open_carry_outs(self) -> list[CarryOutInfo]:
        return carry_out.open_carry_outs(self.controller.register)

    def bring_back(self, copy_id: int) -> CarryOutInfo:
        info = carry_out.bring_back(self.controller.register, self.controller.actor, copy_id)
        self._changed()
        return info

    # -- 清退 -----------------------------------------------------------------------------------
    def due_for_return(self) -> list[ReturnDue]:
        return returns.due_for_return(self.controller.register, within_days=RETURN_WITHIN_DAYS)

    def copies_in_store(self, document_id: int) -> list[CopyCard]:
        return [self.card(c.id) for c in documents.list_copies(self.controller.register,
                                                              document_id)
                if c.state is CopyState.IN_STORE]

    def sender_of(self, document_id: int) -> int | None:
        return documents.get_document(self.controller.register, document_id).sender_id

    def organisations(self) -> list[OrganisationInfo]:
        return people.list_organisations(self.controller.register)

    def return_to_issuer(self, copy_ids: Sequence[int], *, organisation_id: int | None,
                         received_by: str, returned_on: dt.date, remarks: str) -> ReturnInfo:
        info = returns.return_to_issuer(
            self.controller.register, self.controller.actor, copy_ids,
            organisation_id=organisation_id, received_by=received_by, returned_on=returned_on,
            remarks=remarks)
        self._changed()
        return info

    def reminders(self) -> list[Reminder]:
        return returns.reminders(self.controller.register)

    def held_count(self) -> int:
        return returns.held_count(self.controller.register)

    def record_stocktake(self, kind: StocktakeKind, *, found: int, discrepancies: str
                         ) -> StocktakeInfo:
        info = returns.record_stocktake(self.controller.register, self.controller.actor, kind,
                                        found=found, discrepancies=discrepancies)
        self._changed()
        return info

    # -- 销毁 -----------------------------------------------------------------------------------
    def destruction_approvals(self) -> list[ApprovalInfo]:
        return destruction.usable_approvals(self.controller.register)

    def destroy(self, approval_id: int | None, copy_ids: Sequence[int], *,
                witness_ids: Sequence[int], method: DestructionMethod, place: str,
                destroyed_on: dt.date, remarks: str) -> DestructionInfo:
        info = destruction.destroy(
            self.controller.register, self.controller.actor, approval_id, copy_ids,
            witness_ids=witness_ids, method=method, place=place, destroyed_on=destroyed_on,
            remarks=remarks)
        self._changed()
        return info

    def destructions(self) -> list[DestructionInfo]:
        return destruction.destructions(self.controller.register, latest=HISTORY_SHOWN)

    # -- 归档 -----------------------------------------------------------------------------------
    def archive(self, copy_ids: Sequence[int], *, file_no: str, remarks: str) -> list[CopyRef]:
        done = archive.archive(self.controller.register, self.controller.actor, copy_ids,
                               file_no=file_no, remarks=remarks)
        self._changed()
        return done

    # -- 离岗 -----------------------------------------------------------------------------------
    def departure_check(self, person_id: int, departure_date: dt.date) -> DepartureCheck:
        return departure.check(self.controller.register, person_id, departure_date)

    def sign_off(self, person_id: int, *, departure_date: dt.date,
                 decontamination_end: dt.date, handed_over_to: str, remarks: str
                 ) -> DepartureCheck:
        done = departure.sign_off(
            self.controller.register, self.controller.actor, person_id,
            departure_date=departure_date, decontamination_end=decontamination_end,
            handed_over_to=handed_over_to, remarks=remarks)
        self._changed()
        return done
