"""Sending and receiving units (来文单位 / 发文对象): rename, and merge a unit typed two ways.

A ledger typed by hand often names one unit two ways (``海淀区保密局`` and
``北京市海淀区保密局``). Merging moves every reference to the one merged away (documents'
来文单位, dispatches' recipients, approved distributions, returns to the issuer) onto the one
kept, in one transaction with one audit entry, and then removes the merged-away unit, which
nothing refers to any more. Adding and listing units is :mod:`app.services.people`.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Select, func, select, update
from sqlalchemy.orm import Session

from app.errors import NotFound, RuleViolation, ValidationError
from app.models.documents import Dispatch, Distribution, Document
from app.models.lifecycle import IssuerReturn
from app.models.people import Organisation
from app.services import audit, checks, people
from app.services.register import Actor, Register, require_role


@dataclass(frozen=True)
class OrganisationUse:
    """A unit and how many records name it."""

    id: int
    name: str
    documents: int  # as 来文单位
    dispatches: int  # as the recipient of an envelope
    distributions: int  # in an outgoing document's approved distribution
    returns: int  # as the issuer copies were returned to

    @property
    def total(self) -> int:
        return self.documents + self.dispatches + self.distributions + self.returns


def _uses(s: Session, org_id: int) -> tuple[int, int, int, int]:
    def count(stmt: Select[int]) -> int:
        return int(s.scalar(stmt) or 0)

    n = func.count()
    return (count(select(n).where(Document.sender_id == org_id)),
            count(select(n).where(Dispatch.recipient_id == org_id)),
            count(select(n).where(Distribution.organisation_id == org_id)),
            count(select(n).where(IssuerReturn.organisation_id == org_id)))


def _load(s: Session, org_id: int, field: str) -> Organisation:
    org = s.get(Organisation, org_id) if isinstance(org_id, int) else None
    if org is None:
        raise NotFound(f"找不到编号为 {org_id} 的单位", field=field)
    return org


def list_with_use(register: Register, text: str | None = None) -> list[OrganisationUse]:
    """Every unit (or those whose name contains ``text``) with what refers to it."""
    stmt = select(Organisation).order_by(Organisation.name)
    if text:
        stmt = stmt.where(Organisation.name.contains(text.strip(), autoescape=True))
    with register.read() as s:
        return [OrganisationUse(o.id, o.name, *_uses(s, o.id)) for o in s.scalars(stmt)]


def rename(register: Register, actor: Actor, org_id: int, name: str) -> OrganisationUse:
    """Correct a unit's name everywhere it is shown (the search index follows)."""
    require_role(actor, *people.MANAGERS)
    name = checks.text(name, "name", "单位名称", max_len=people.ORG_MAX)
    with register.write() as s:
        org = _load(s, org_id, "organisation")
        if org.name == name:
            raise ValidationError("新名称与原名称相同", field="name")
        clash = s.scalar(select(Organisation.id).where(Organisation.name == name,
                                                       Organisation.id != org.id))
        if clash is not None:
            raise ValidationError(
                f"单位“{name}”已登记：同一单位的两种写法请用“合并”", field="name")
        before = org.name
        org.name = name
        s.flush()
        audit.record(s, actor.username, "organisation.rename", "organisation", org.id,
                     before={"名称": before}, after={"名称": name})
        return OrganisationUse(org.id, org.name, *_uses(s, org.id))


def merge(register: Register, actor: Actor, merged_id: int, kept_id: int) -> OrganisationUse:
    """Merge the unit ``merged_id`` into ``kept_id``: every record naming the first names the
    second; the first is then removed. All of it or nothing, audited as one entry."""
    require_role(actor, *people.MANAGERS)
    if merged_id == kept_id:
        raise RuleViolation("不能把单位合并到它自己：请选择另一个单位", field="kept")
    with register.write() as s:
        gone = _load(s, merged_id, "merged")
        kept = _load(s, kept_id, "kept")
        moved_docs = sorted(s.scalars(select(Document.internal_no)
                                      .where(Document.sender_id == gone.id)))
        moved_dispatches = sorted(s.scalars(select(Dispatch.dispatch_no)
                                            .where(Dispatch.recipient_id == gone.id)))
        s.execute(update(Document).where(Document.sender_id == gone.id)
                  .values(sender_id=kept.id))
        s.execute(update(Dispatch).where(Dispatch.recipient_id == gone.id)
                  .values(recipient_id=kept.id))
        s.execute(update(IssuerReturn).where(IssuerReturn.organisation_id == gone.id)
                  .values(organisation_id=kept.id))
        # One distribution line per document and unit: where a document lists both, add up.
        joined = 0
        for d in list(s.scalars(select(Distribution)
                                .where(Distribution.organisation_id == gone.id))):
            both = s.scalar(select(Distribution).where(
                Distribution.document_id == d.document_id,
                Distribution.organisation_id == kept.id))
            if both is not None:
                both.copies += d.copies
                s.delete(d)
                joined += 1
            else:
                d.organisation_id = kept.id
        s.flush()
        left = _uses(s, gone.id)
        if any(left):  # pragma: no cover - every reference was moved above
            raise RuleViolation(f"单位“{gone.name}”仍被引用，未能合并", field="merged")
        view = {"名称": gone.name, "来文": len(moved_docs), "发文封": len(moved_dispatches)}
        audit.record(
            s, actor.username, "organisation.merge", "organisation", kept.id,
            before={"被合并单位": view, "保留单位": kept.name},
            after={"保留单位": kept.name, "改为本单位的收文": moved_docs,
                   "改为本单位的发文封": moved_dispatches, "合并的分发行": joined,
                   "已删除单位": gone.name},
        )
        s.delete(gone)
        s.flush()
        return OrganisationUse(kept.id, kept.name, *_uses(s, kept.id))
