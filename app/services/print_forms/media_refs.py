"""Removable media as the forms name them (台帐, 标签, 离岗清退单)."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models.enums import Level
from app.models.media import Medium, MediumKind, MediumStatus
from app.models.people import Person
from app.reports.data import MediumRef
from app.services.print_forms.base import local_day


def departments_by_name(s: Session) -> dict[str, str]:
    """The media ledger names its 责任人 by name: their department, where the name is unique."""
    rows = s.execute(select(Person.name, func.min(Person.department))
                     .group_by(Person.name).having(func.count(Person.id) == 1))
    return dict(rows.all())


def medium_ref(m: Medium, department: str = "") -> MediumRef:
    """A medium carries the highest level it ever held (never downgraded)."""
    inventory = f"清查 {m.last_inventory_on}" if m.last_inventory_on else ""
    return MediumRef(
        number=m.number, kind=MediumKind(m.kind).label, level=Level(m.highest_level),
        user=m.holder, department=department, model=m.brand_model,
        serial_number=m.serial or "", capacity=m.capacity or "",
        enabled_on=local_day(m.created_at), status=MediumStatus(m.status).label,
        note=inventory,
    )
