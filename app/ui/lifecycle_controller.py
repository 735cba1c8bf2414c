"""What the start page and the circulation desk ask of the services.

A plain class over the application's :class:`Controller`: every method takes ids and plain
values and returns the services' frozen dataclasses (or raises a ``MibuError`` whose Chinese
message the widget shows). No widget ever sees a Register, a Session or an ORM object.
"""

from __future__ import annotations

import datetime as dt

from app.services.lifecycle import carry_out, circulation, loans, loss, today
from app.services.lifecycle.circulation import ReaderChoice
from app.services.lifecycle.states import Action
from app.services.lifecycle.today import CopyCard, TodayPage
from app.ui.controller import Controller


class LifecycleController:
    def __init__(self, controller: Controller) -> None:
        self.controller = controller

    def today_page(self) -> TodayPage:
        return today.today_page(self.controller.register)

    def lookup(self, scanned: str) -> CopyCard:
        return today.lookup(self.controller.register, scanned)

    def card(self, copy_id: int) -> CopyCard:
        return today.card(self.controller.register, copy_id)

    def readers(self, copy_id: int) -> list[ReaderChoice]:
        return circulation.eligible_readers(self.controller.register, copy_id)

    def hand_out(self, copy_id: int, reader_id: int) -> tuple[CopyCard, int]:
        """Hand the copy to the reader; the card after it and the circulation's id (its slip)."""
        reading = circulation.hand_out(self.controller.register, self.controller.actor,
                                       copy_id, reader_id)
        self.controller.changed.emit("circulation")
        return self.card(copy_id), reading.circulation_id

    def report_lost(self, copy_id: int, lost_on: dt.date, where: str, circumstances: str
                    ) -> CopyCard:
        """登记丢失: the copy is lost; the 24-hour report opens (start page, media banner)."""
        loss.report_lost(self.controller.register, self.controller.actor, copy_id,
                         lost_on=lost_on, where=where, circumstances=circumstances)
        self.controller.changed.emit("circulation")
        return self.card(copy_id)

    def recover(self, copy_id: int, circumstances: str) -> CopyCard:
        """登记找回: a lost copy that was found comes back into the store."""
        loss.recover(self.controller.register, self.controller.actor, copy_id,
                     circumstances=circumstances)
        self.controller.changed.emit("circulation")
        return self.card(copy_id)

    def bring_in(self, card: CopyCard) -> CopyCard:
        """Take the copy back from whoever holds it (传阅收回, 借阅归还, 外出交回)."""
        register, actor = self.controller.register, self.controller.actor
        if Action.TAKE_BACK in card.next_actions:
            circulation.take_back(register, actor, card.copy_id)
        elif Action.RETURN_LOAN in card.next_actions:
            loans.return_loan(register, actor, card.copy_id)
        elif Action.BRING_BACK in card.next_actions:
            carry_out.bring_back(register, actor, card.copy_id)
        self.controller.changed.emit("circulation")
        return self.card(card.copy_id)
