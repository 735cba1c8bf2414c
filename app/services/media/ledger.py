"""Registering media and reading the ledger back."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import NotFound, ValidationError
from app.models.enums import Level, Role
from app.models.media import (
    Medium,
    MediumEvent,
    MediumEventKind,
    MediumKind,
    MediumStatus,
)
from app.services import accounts, audit
from app.services.media.holders import holder_of
from app.services.media.validation import clean
from app.services.media.views import MediumData, MediumEventView, MediumView, NewMedium
from app.services.register import Actor, Register, require_role


# -- registering ------------------------------------------------------------------------------
def _by_number(s: Session, number: str) -> Medium:
    m = s.scalar(select(Medium).where(Medium.number == (number or "").strip()))
    if m is None:
        raise NotFound(f"台帐中没有编号为“{(number or '').strip()[:32]}”的介质", field="number")
    return m


def check_unique(s: Session, data: MediumData) -> None:
    if s.scalar(select(Medium.id).where(Medium.number == data.number)) is not None:
        raise ValidationError(f"编号“{data.number}”已在台帐中", field="number")
    if data.serial is not None:
        same = s.scalar(select(Medium.number).where(
            Medium.serial == data.serial, Medium.vendor_id == data.vendor_id,
            Medium.product_id == data.product_id))
        if same is not None:
            raise ValidationError(
                f"序列号 {data.serial[:40]} 的设备已登记为 {same}", field="serial")


def _view_for_audit(m: Medium) -> dict[str, object]:
    return {
        "number": m.number, "kind": MediumKind(m.kind).label, "brand_model": m.brand_model,
        "vendor_id": m.vendor_id, "product_id": m.product_id, "serial": m.serial,
        "capacity": m.capacity, "level": Level(m.level).label,
        "highest_level": Level(m.highest_level).label, "holder": m.holder,
        "status": MediumStatus(m.status).label, "bought_on": m.bought_on,
        "last_inventory_on": m.last_inventory_on,
    }


def add_medium(s: Session, actor: Actor, data: MediumData, *, source: str = "form") -> Medium:
    """Insert a cleaned, unique medium inside the caller's transaction (with its audit line).

    Its 责任人 must be a registered person on post, cleared for its level.
    """
    holder = holder_of(s, data.holder, data.level)
    now = audit.now_iso()
    m = Medium(
        number=data.number, kind=data.kind.value, brand_model=data.brand_model,
        vendor_id=data.vendor_id, product_id=data.product_id, serial=data.serial,
        descriptor_hash=data.descriptor_hash, capacity=data.capacity, level=int(data.level),
        highest_level=int(data.level), holder=holder.name, holder_id=holder.id,
        status=data.status.value, bought_on=data.bought_on, last_inventory_on=None,
        created_at=now,
    )
    s.add(m)
    s.flush()
    s.add(MediumEvent(medium_id=m.id, kind=MediumEventKind.REGISTERED.value, at=now,
                      actor=actor.username, person=holder.name, note=source))
    audit.record(s, actor.username, "media.register", "medium", m.id, after=_view_for_audit(m))
    return m


def register_medium(register: Register, actor: Actor, data: NewMedium) -> MediumView:
    """登记: a new medium or piece of equipment in the ledger."""
    require_role(actor, Role.CLERK)
    cleaned = clean(data)
    with register.write() as s:
        check_unique(s, cleaned)
        m = add_medium(s, actor, cleaned)
        return MediumView.of(m)


def get(register: Register, number: str) -> MediumView:
    with register.read() as s:
        return MediumView.of(_by_number(s, number))


def list_media(register: Register, *, include_gone: bool = True) -> list[MediumView]:
    with register.read() as s:
        stmt = select(Medium).order_by(Medium.number)
        if not include_gone:
            stmt = stmt.where(Medium.status.not_in(
                [MediumStatus.DESTROYED.value, MediumStatus.LOST.value]))
        return [MediumView.of(m) for m in s.scalars(stmt)]


def history(register: Register, number: str) -> list[MediumEventView]:
    with register.read() as s:
        m = _by_number(s, number)
        rows = list(s.scalars(select(MediumEvent).where(MediumEvent.medium_id == m.id)
                              .order_by(MediumEvent.id)))
        names = accounts.display_names_s(s)
        # the person who acted, by name as on paper (the user name only if it has none)
        return [MediumEventView(MediumEventKind(e.kind), e.at, names.get(e.actor) or e.actor,
                                e.person, e.approval_ref, e.place, e.note) for e in rows]
