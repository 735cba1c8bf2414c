"""What the 发文 area asks of the services.

A plain class over the application's :class:`Controller`: ids and plain values in, the
services' frozen dataclasses out, or a ``MibuError`` whose Chinese message the widget shows at
its field. The rules (nothing above the workstation's level, dispatch only to the approved
distribution and never more copies than approved, only copies in store, the envelope marked
with the highest level inside) stay in :mod:`app.services.dispatch`. Every change emits
``controller.changed("outgoing")`` so the register list, the start page and the printing
screen see it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from app.models.enums import Level
from app.services import dispatch, documents, people, trail
from app.services.dispatch import (
    DispatchableCopy,
    DispatchInfo,
    DistributionLine,
    EnvelopeLine,
    OutgoingInput,
    OutgoingRow,
)
from app.services.documents import DocumentInfo
from app.services.trail import TrailFilter, TrailLine
from app.ui.controller import Controller

AREA = "outgoing"
TRAIL_LINES = 200  # the newest trail lines shown for a document


@dataclass(frozen=True)
class OutgoingDetail:
    document: DocumentInfo
    distribution: tuple[DistributionLine, ...]
    envelopes: tuple[EnvelopeLine, ...]  # newest first
    history: tuple[TrailLine, ...]  # the document's and its copies' trail, newest first

    @property
    def pending(self) -> int:
        return sum(d.pending for d in self.distribution)


class OutgoingController:
    def __init__(self, controller: Controller) -> None:
        self.controller = controller

    @property
    def ceiling(self) -> Level:
        """The highest level this workstation may register (003 第十三条)."""
        return self.controller.workstation.level

    # -- reading ----------------------------------------------------------------------------
    def outgoing(self, text: str = "") -> list[OutgoingRow]:
        return dispatch.list_outgoing(self.controller.register, text)

    def detail(self, document_id: int) -> OutgoingDetail:
        register = self.controller.register
        doc = documents.get_document(register, document_id)
        history = trail.page_in(register, self.controller.actor,
                                TrailFilter(item=doc.internal_no), 0, TRAIL_LINES)
        return OutgoingDetail(
            doc, tuple(dispatch.distribution_lines(register, document_id)),
            tuple(dispatch.envelopes(register, document_id)), tuple(history))

    def dispatchable(self, recipient: str) -> list[DispatchableCopy]:
        """The copies that may go into an envelope to ``recipient`` (any outgoing document
        still owing it copies), for the 封发 form's list."""
        return dispatch.dispatchable(self.controller.register, recipient)

    def units(self) -> list[str]:
        """Registered units, for the recipient field's completer."""
        return [o.name for o in people.list_organisations(self.controller.register)]

    def account_names(self) -> dict[str, str]:
        """Who did it, by name rather than user name (clerk → 张保密)."""
        return self.controller.account_names()

    # -- changes ----------------------------------------------------------------------------
    def register_outgoing(self, o: OutgoingInput) -> DocumentInfo:
        doc = dispatch.register_outgoing(self.controller.register, self.controller.actor, o)
        self._changed()
        return doc

    def dispatch(self, *, recipient: str, copy_ids: Sequence[int], dispatched_on: dt.date,
                 remarks: str = "") -> DispatchInfo:
        env = dispatch.dispatch(self.controller.register, self.controller.actor,
                                recipient=recipient, copy_ids=list(copy_ids),
                                dispatched_on=dispatched_on, remarks=remarks)
        self._changed()
        return env

    def _changed(self) -> None:
        self.controller.changed.emit(AREA)
