"""What the media area asks of the services (移动存储介质台帐).

A plain class over the application's :class:`Controller`. A medium is named by its ledger
number (编号), the key of ``app.services.media``; every method takes that and plain values and
returns the service's frozen dataclasses, or raises a ``MibuError`` whose Chinese message the
widget shows inline. Every change emits ``controller.changed("media")`` (the start page shows
loss and inventory reminders).
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass

from app.models.documents import ApprovalKind
from app.models.enums import Level
from app.models.lifecycle import DestructionMethod
from app.models.media import MediumStatus
from app.services import audit, media, people, trail
from app.services.lifecycle.approvals import ApprovalInfo
from app.services.media import IncidentView, MediumEventView, MediumView, NewMedium
from app.services.register import Actor, Register
from app.services.trail import TrailFilter, TrailLine
from app.ui.controller import Controller
from app.ui.words import label_of

AUDIT_LINES = 200  # the newest audit lines shown in a medium's history


class MediumAction(enum.Enum):
    """A step of a medium's life the clerk can take from the detail pane."""

    ISSUE = "issue"  # 发放
    RETURN = "return"  # 归还
    CARRY_OUT = "carry_out"  # 携带外出
    BRING_BACK = "bring_back"  # 外出带回
    INVENTORY = "inventory"  # 清查
    REPAIR = "repair"  # 送修
    REPAIRED = "repaired"  # 维修返回
    LOST = "lost"  # 丢失
    DESTROY = "destroy"  # 销毁
    RAISE_LEVEL = "raise_level"  # 提高密级
    REQUEST_APPROVAL = "request_approval"  # 申请审批（携带外出、复制、销毁）
    COPY = "copy"  # 复制（审批）


#: The statuses from which app.services.media accepts each step.
ALLOWED_FROM: dict[MediumAction, tuple[MediumStatus, ...]] = {
    a: media.STEP_FROM[f"media.{a.value}"] for a in MediumAction
}


def actions_for(m: MediumView) -> tuple[MediumAction, ...]:
    """The steps the service would allow for this medium now, in the order they are offered."""
    out = [a for a, allowed in ALLOWED_FROM.items() if m.status in allowed]
    if MediumAction.RAISE_LEVEL in out and m.highest_level >= max(Level):
        out.remove(MediumAction.RAISE_LEVEL)  # 绝密 cannot go higher
    return tuple(out)


@dataclass(frozen=True)
class MediaFilter:
    status: MediumStatus | None = None
    level: Level | None = None
    text: str = ""  # part of the number, holder, serial or brand
    inventory_due: bool = False

    @property
    def is_empty(self) -> bool:
        return self == MediaFilter()

    def matches(self, m: MediumView, due: frozenset[int]) -> bool:
        if self.status is not None and m.status != self.status:
            return False
        if self.level is not None and m.highest_level != self.level:
            return False
        if self.inventory_due and m.id not in due:
            return False
        needle = self.text.strip().casefold()
        return not needle or any(
            needle in (v or "").casefold() for v in (m.number, m.holder, m.serial, m.brand_model))


@dataclass(frozen=True)
class Ledger:
    rows: tuple[MediumView, ...]  # those the filter lets through
    total: int  # every medium in the ledger
    due: frozenset[int]  # ids of media due for their six-monthly inventory


@dataclass(frozen=True)
class MediumDetail:
    medium: MediumView
    events: tuple[MediumEventView, ...]  # newest first
    audit: tuple[TrailLine, ...]  # newest first, in words; every USB decision about it
    incident: IncidentView | None  # the open (unreported) loss, if any
    inventory_due: bool
    actions: tuple[MediumAction, ...]


class MediaController:
    def __init__(self, controller: Controller) -> None:
        self.controller = controller

    # -- reading ----------------------------------------------------------------------------
    def ledger(self, f: MediaFilter | None = None) -> Ledger:
        f = f or MediaFilter()
        register = self.controller.register
        everything = media.list_media(register)
        due = frozenset(m.id for m in media.inventory_due(register))
        return Ledger(tuple(m for m in everything if f.matches(m, due)), len(everything), due)

    def detail(self, number: str) -> MediumDetail:
        register = self.controller.register
        m = media.get(register, number)
        events = tuple(reversed(media.history(register, number)))
        lines = tuple(trail.page_in(register, self.controller.actor,
                                    TrailFilter(item=m.number), 0, AUDIT_LINES))
        incident = next((i for i in media.open_incidents(register)
                         if i.medium_number == m.number), None)
        due = any(d.id == m.id for d in media.inventory_due(register))
        return MediumDetail(m, events, lines, incident, due, actions_for(m))

    def open_incidents(self) -> list[IncidentView]:
        return media.open_incidents(self.controller.register)

    def people_names(self) -> list[str]:
        """Names for the holder field's completer (the 责任人 is stored as a plain name)."""
        return sorted({p.name for p in people.list_people(self.controller.register)})

    @staticmethod
    def action_label(action: str) -> str:
        return audit.action_label(action)

    # -- registering --------------------------------------------------------------------------
    def register_medium(self, form: NewMedium) -> MediumView:
        m = media.register_medium(self.controller.register, self.controller.actor, form)
        self._changed()
        return m

    # -- steps of a medium's life -------------------------------------------------------------
    def issue(self, number: str, holder: str) -> MediumView:
        return self._done(media.issue(self._reg, self._actor, number, holder))

    def return_medium(self, number: str) -> MediumView:
        return self._done(media.return_medium(self._reg, self._actor, number))

    def carry_out(self, number: str, *, approval_id: int | None, destination: str,
                  companion: str | None) -> MediumView:
        return self._done(media.carry_out(self._reg, self._actor, number,
                                          approval_id=approval_id, destination=destination,
                                          companion=companion or None))

    def request_approval(self, number: str, kind: ApprovalKind, until: dt.date | None,
                         reason: str) -> ApprovalInfo:
        """Ask for a leader's approval of this medium (decided in the approvals area)."""
        a = media.request_approval(self._reg, self._actor, number, kind, until=until,
                                   reason=reason)
        self.controller.changed.emit("approvals")
        return a

    def usable_approvals(self, number: str, kind: ApprovalKind) -> list[tuple[str, int]]:
        """(label, approval id) of the approved, unused approvals of ``kind`` for the medium."""
        return [(f"{a.id} · {label_of(a.kind)} · {a.approver_name or ''}"
                 f"（{(a.decided_at or '')[:10]}）", a.id)
                for a in media.usable_approvals(self._reg, number, kind)]

    def copy_medium(self, source: str, copy: NewMedium, approval_id: int | None
                    ) -> MediumView:
        return self._done(media.copy_medium(self._reg, self._actor, source, copy,
                                            approval_id=approval_id))

    def bring_back(self, number: str) -> MediumView:
        return self._done(media.bring_back(self._reg, self._actor, number))

    def inventory(self, number: str, on: dt.date | None, note: str | None) -> MediumView:
        return self._done(media.record_inventory(self._reg, self._actor, number, on,
                                                 note or None))

    def send_for_repair(self, number: str, place: str) -> MediumView:
        return self._done(media.send_for_repair(self._reg, self._actor, number, place))

    def back_from_repair(self, number: str) -> MediumView:
        return self._done(media.back_from_repair(self._reg, self._actor, number))

    def report_lost(self, number: str, circumstances: str) -> IncidentView:
        incident = media.report_lost(self._reg, self._actor, number, circumstances)
        self._changed()
        return incident

    def mark_reported(self, incident_id: int, reported_to: str) -> IncidentView:
        incident = media.mark_reported(self._reg, self._actor, incident_id, reported_to)
        self._changed()
        return incident

    def destroy(self, number: str, *, approval_id: int | None, witnesses: list[str],
                method: DestructionMethod | None, means: str) -> MediumView:
        return self._done(media.destroy(self._reg, self._actor, number,
                                        approval_id=approval_id, witnesses=witnesses,
                                        method=method or "", means=means))

    def raise_level(self, number: str, level: Level) -> MediumView:
        return self._done(media.raise_level(self._reg, self._actor, number, level))

    # -- helpers ------------------------------------------------------------------------------
    @property
    def _reg(self) -> Register:
        return self.controller.register

    @property
    def _actor(self) -> Actor:
        return self.controller.actor

    def _done(self, m: MediumView) -> MediumView:
        self._changed()
        return m

    def _changed(self) -> None:
        self.controller.changed.emit("media")
