"""Reading documents and copies back, and an item's history from the audit trail."""

from __future__ import annotations

from sqlalchemy import ColumnElement, or_, select
from sqlalchemy.orm import Session

from app.errors import NotFound, ValidationError
from app.models.documents import (
    FINAL_STATES,
    Copy,
    CopyState,
    Document,
)
from app.models.foundation import AuditEntry
from app.models.people import Person
from app.services.audit import AuditLine
from app.services.documents.base import _document
from app.services.documents.numbers import code_forms
from app.services.documents.views import CopyInfo, DocumentInfo, _copy_info, _document_info
from app.services.register import Register


# -- reading ----------------------------------------------------------------------------------
def get_document(register: Register, document_id: int) -> DocumentInfo:
    with register.read() as s:
        return _document_info(s, _document(s, document_id))


def document_info_s(s: Session, document_id: int) -> DocumentInfo:
    return _document_info(s, _document(s, document_id))


def find_document(register: Register, internal_no: str) -> DocumentInfo:
    with register.read() as s:
        d = s.scalar(select(Document).where(Document.internal_no == internal_no.strip()))
        if d is None:
            raise NotFound(f"找不到收文编号为 {internal_no[:32]} 的文件", field="internal_no")
        return _document_info(s, d)


def _copy_info_s(s: Session, copy_id: int) -> CopyInfo:
    c = s.get(Copy, copy_id)
    if c is None:
        raise NotFound(f"找不到编号为 {copy_id} 的载体", field="copy")
    d = _document(s, c.document_id)
    return _copy_info(c, d, s.get(Person, c.holder_id) if c.holder_id else None)


def copy_info_s(s: Session, copy_id: int) -> CopyInfo:
    return _copy_info_s(s, copy_id)


def get_copy(register: Register, copy_id: int) -> CopyInfo:
    with register.read() as s:
        return _copy_info_s(s, copy_id)


def copy_by_code_s(s: Session, forms: tuple[str, ...]) -> Copy | None:
    """The copy the first of ``forms`` (:func:`code_forms`) that is registered names."""
    found = {c.code: c for c in s.scalars(select(Copy).where(Copy.code.in_(forms)))}
    return next((found[f] for f in forms if f in found), None)


def find_copy(register: Register, code: str) -> CopyInfo:
    """The copy whose label was scanned (or whose code was typed)."""
    forms = code_forms(code)
    with register.read() as s:
        c = copy_by_code_s(s, forms)
        if c is None:
            raise NotFound(f"找不到条码为“{forms[0][:32]}”的载体", field="code")
        return _copy_info_s(s, c.id)


def list_copies(register: Register, document_id: int) -> list[CopyInfo]:
    with register.read() as s:
        d = _document(s, document_id)
        rows = s.execute(
            select(Copy, Person).outerjoin(Person, Copy.holder_id == Person.id)
            .where(Copy.document_id == document_id)
            .order_by(Copy.original_id.is_not(None), Copy.copy_no, Copy.id)
        ).all()
        return [_copy_info(c, d, p) for c, p in rows]


def item_history(
    register: Register, *, document_id: int | None = None, copy_id: int | None = None,
) -> list[AuditLine]:
    """Every event of a document (and all its copies) or of one copy, oldest first.

    A copy's history includes its document's events (receipt, declassification, ...).
    """
    with register.read() as s:
        if copy_id is not None:
            c = s.get(Copy, copy_id)
            if c is None:
                raise NotFound(f"找不到编号为 {copy_id} 的载体", field="copy")
            doc_ids = [str(c.document_id)]
            copy_ids = [str(copy_id)]
        elif document_id is not None:
            _document(s, document_id)
            doc_ids = [str(document_id)]
            copy_ids = [str(i) for i in s.scalars(
                select(Copy.id).where(Copy.document_id == document_id))]
        else:
            raise ValidationError("请指定文件或载体", field="document")
        cond: ColumnElement[bool] = (
            (AuditEntry.entity == "document") & AuditEntry.entity_id.in_(doc_ids))
        if copy_ids:
            cond = or_(cond, (AuditEntry.entity == "copy") & AuditEntry.entity_id.in_(copy_ids))
        rows = s.scalars(select(AuditEntry).where(cond).order_by(AuditEntry.id))
        return [AuditLine.of(e) for e in rows]


def copy_is_final(state: CopyState) -> bool:
    """A copy that has left the register for good (returned, destroyed, dispatched)."""
    return state in FINAL_STATES
