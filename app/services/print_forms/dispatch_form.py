"""发文封发单: one envelope sent out (a :class:`~app.models.documents.Dispatch`), from the
same records the 发文登记簿 prints."""

from __future__ import annotations

from sqlalchemy import select

from app.models.documents import Copy, Dispatch, DispatchItem, Document
from app.models.enums import Level
from app.models.people import Organisation
from app.reports import dispatch_slip
from app.reports.catalog import FormKind
from app.reports.dispatch_slip import DispatchSlip
from app.services.print_forms.base import (
    Prepared,
    account_names,
    clip,
    display,
    item_ref,
    level_of,
    pick,
    ref,
)
from app.services.register import Register


def dispatch_slip_form(register: Register, record_id: int | None = None) -> Prepared:
    """One envelope: its 封号, recipient, marking (the highest level inside) and copies."""
    kind = FormKind.DISPATCH
    with register.read() as s:
        env = pick(s, Dispatch, record_id, kind)
        recipient = s.get_one(Organisation, env.recipient_id).name
        rows = s.execute(
            select(Copy, Document).join(DispatchItem, DispatchItem.copy_id == Copy.id)
            .join(Document, Document.id == Copy.document_id)
            .where(DispatchItem.dispatch_id == env.id)
            .order_by(Document.internal_no, Copy.copy_no, Copy.id)).all()
        items = tuple(item_ref(d, register.workstation.unit_name[:128], c) for c, d in rows)
        slip = DispatchSlip(
            dispatch_no=env.dispatch_no, recipient=recipient,
            sender=register.workstation.unit_name[:128], dispatched_on=env.dispatched_on,
            envelope_level=Level(env.envelope_level), urgent=bool(env.urgent), items=items,
            clerk=display(account_names(s), env.created_by), remarks=clip(env.remarks, 2000))
    return Prepared(kind, f"封发单：{slip.dispatch_no}", clip(recipient, 200),
                    max(level_of(dispatch_slip.marks(slip)), slip.envelope_level),
                    lambda meta: dispatch_slip.render_dispatch_slip(slip, meta),
                    ref(kind, env.id))
