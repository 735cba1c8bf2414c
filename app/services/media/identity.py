"""What the USB guard needs from the ledger, and a registration form from a device."""

from __future__ import annotations

from sqlalchemy import or_, select

from app.devices.policy import LedgerEntry, usable_serial
from app.models.enums import Level
from app.models.media import (
    Medium,
    MediumKind,
    MediumStatus,
)
from app.services.media.views import NewMedium
from app.services.register import Register


# -- what the USB guard needs -------------------------------------------------------------------
def _entry(m: Medium) -> LedgerEntry:
    status = MediumStatus(m.status)
    return LedgerEntry(
        number=m.number,
        vendor_id=int(m.vendor_id, 16) if m.vendor_id else None,
        product_id=int(m.product_id, 16) if m.product_id else None,
        serial=m.serial,
        level=Level(m.highest_level),
        in_use=status is MediumStatus.IN_USE,
        status_label=status.label,
        is_equipment=MediumKind(m.kind) is MediumKind.EQUIPMENT,
        descriptor_hash=m.descriptor_hash,
    )


def guard_entries(register: Register, vendor_id: int | None, product_id: int | None,
                  serial: str | None) -> list[LedgerEntry]:
    """Ledger entries that could match a plugged device: same serial or same vendor/product."""
    conds = []
    if serial:
        conds.append(Medium.serial == serial)
    if vendor_id is not None and product_id is not None:
        conds.append((Medium.vendor_id == f"{vendor_id:04x}")
                     & (Medium.product_id == f"{product_id:04x}"))
    if not conds:
        return []
    with register.read() as s:
        return [_entry(m) for m in s.scalars(select(Medium).where(or_(*conds)))]


def prefill_from_device(vendor_id: int | None, product_id: int | None, serial: str | None,
                        manufacturer: str | None, product: str | None,
                        descriptor_hash: str | None, is_storage: bool) -> NewMedium:
    """A registration form filled from a refused device (check-in at the terminal)."""
    brand = " ".join(p for p in ((manufacturer or "").strip(), (product or "").strip()) if p)
    return NewMedium(
        number="", kind=MediumKind.USB_STICK if is_storage else MediumKind.EQUIPMENT,
        brand_model=brand[:64], level="", holder="",
        vendor_id=f"{vendor_id:04x}" if vendor_id is not None else None,
        product_id=f"{product_id:04x}" if product_id is not None else None,
        serial=usable_serial(serial), descriptor_hash=descriptor_hash,
    )



def all_guard_entries(register: Register) -> list[LedgerEntry]:
    """Every medium and piece of equipment of the ledger, as the USBGuard rule compiler
    needs them (it keeps the 在用 ones of the workstation's level)."""
    with register.read() as s:
        return [_entry(m) for m in s.scalars(select(Medium).order_by(Medium.number))]
