"""What the media services take and return: plain, frozen values."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.models.enums import Level
from app.models.media import (
    Medium,
    MediumEventKind,
    MediumKind,
    MediumStatus,
)


# -- plain values returned to callers ---------------------------------------------------------
@dataclass(frozen=True)
class MediumView:
    id: int
    number: str
    kind: MediumKind
    brand_model: str
    vendor_id: str | None
    product_id: str | None
    serial: str | None
    capacity: str | None
    level: Level
    highest_level: Level
    holder: str
    status: MediumStatus
    bought_on: str | None
    last_inventory_on: str | None
    descriptor_hash: str | None
    created_at: str

    @property
    def kind_label(self) -> str:
        return self.kind.label

    @property
    def status_label(self) -> str:
        return self.status.label

    @classmethod
    def of(cls, m: Medium) -> MediumView:
        return cls(
            id=m.id, number=m.number, kind=MediumKind(m.kind), brand_model=m.brand_model,
            vendor_id=m.vendor_id, product_id=m.product_id, serial=m.serial,
            capacity=m.capacity, level=Level(m.level), highest_level=Level(m.highest_level),
            holder=m.holder, status=MediumStatus(m.status), bought_on=m.bought_on,
            last_inventory_on=m.last_inventory_on, descriptor_hash=m.descriptor_hash,
            created_at=m.created_at,
        )


@dataclass(frozen=True)
class MediumEventView:
    kind: MediumEventKind
    at: str
    actor: str
    person: str | None
    approval_ref: str | None
    place: str | None
    note: str | None


@dataclass(frozen=True)
class IncidentView:
    id: int
    kind: str
    medium_number: str | None
    opened_at: str
    report_due_at: str
    reported_at: str | None
    reported_to: str | None
    description: str
    copy_code: str | None = None  # a lost paper copy (lifecycle/loss.py) instead of a medium

    @property
    def subject(self) -> str:
        """What was lost, as the clerk calls it."""
        if self.copy_code:
            return f"载体 {self.copy_code}"
        return f"介质 {self.medium_number}" if self.medium_number else "泄密事件"

    def overdue(self, now: dt.datetime) -> bool:
        return self.reported_at is None and now >= dt.datetime.fromisoformat(self.report_due_at)


@dataclass(frozen=True)
class NewMedium:
    """What the clerk enters (or a device check-in prefills) to register a medium."""

    number: str
    kind: MediumKind | str
    brand_model: str
    level: Level | str
    holder: str
    vendor_id: str | None = None
    product_id: str | None = None
    serial: str | None = None
    capacity: str | None = None
    status: MediumStatus | str = MediumStatus.IN_USE
    bought_on: str | None = None
    descriptor_hash: str | None = None


@dataclass(frozen=True)
class MediumData:
    """A checked :class:`NewMedium` (see :func:`clean`)."""

    number: str
    kind: MediumKind
    brand_model: str
    level: Level
    holder: str
    vendor_id: str | None
    product_id: str | None
    serial: str | None
    capacity: str | None
    status: MediumStatus
    bought_on: str | None
    descriptor_hash: str | None
