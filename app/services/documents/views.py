"""What the documents services return: frozen views of documents and copies."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy.orm import Session

from app.models.documents import (
    CarrierType,
    Copy,
    CopyKind,
    CopyState,
    Document,
    DocumentKind,
)
from app.models.enums import Level
from app.models.people import Organisation, Person
from app.services.documents.marking import Period, _period_of, marking_text
from app.services.documents.scope import ScopeLine, _scope_lines, scope_text


# -- views ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class EnvelopeCheck:
    """The clerk's checks of the envelope on receipt (003 收发)."""

    intact: bool = True  # 封皮完好
    count_ok: bool = True  # 份数相符
    numbers_ok: bool = True  # 份号相符
    level_ok: bool = True  # 密级相符
    sender_ok: bool = True  # 发文单位相符
    notes: str = ""  # 异常情况说明

    @property
    def problems(self) -> list[str]:
        names = [("intact", "封皮破损或被拆启"), ("count_ok", "份数不符"),
                 ("numbers_ok", "份号不符"), ("level_ok", "密级标志不符"),
                 ("sender_ok", "发文单位不符")]
        return [text for attr, text in names if not getattr(self, attr)]

    @property
    def all_ok(self) -> bool:
        return not self.problems


@dataclass(frozen=True)
class DocumentInfo:
    id: int
    kind: DocumentKind
    internal_no: str
    doc_number: str
    title: str
    sender: str
    sender_id: int | None
    doc_date: dt.date | None
    received_on: dt.date
    level: Level
    period: Period
    period_end: dt.date | None
    carrier: CarrierType
    copy_allowed: bool
    urgent: bool
    return_deadline: dt.date | None
    copies_count: int
    scope: tuple[ScopeLine, ...]
    remarks: str
    signed_by: str
    envelope: EnvelopeCheck | None
    discrepancies: str
    declassified_on: dt.date | None

    @property
    def scope_text(self) -> str:
        return scope_text(self.scope)

    @property
    def marking(self) -> str:
        """The marking shown with the title (e.g. ``机密★20年``)."""
        return marking_text(self.level, self.period.label, bool(self.declassified_on))


@dataclass(frozen=True)
class CopyInfo:
    id: int
    document_id: int
    internal_no: str
    doc_number: str
    title: str
    level: Level
    copy_no: int | None
    kind: CopyKind
    original_id: int | None
    reproduction_no: int | None
    code: str
    location: str
    state: CopyState
    holder_id: int | None
    holder_name: str | None
    state_since: str

    @property
    def label(self) -> str:
        if self.kind is CopyKind.REPRODUCTION:
            return f"复制件 {self.reproduction_no}"
        if self.kind is CopyKind.EXCERPT:
            return f"摘抄件 {self.reproduction_no}"
        return f"第{self.copy_no}份" if self.copy_no else "无份号"




def _document_info(s: Session, d: Document) -> DocumentInfo:
    org = s.get(Organisation, d.sender_id) if d.sender_id else None
    sender = org.name if org else ""
    checked = d.envelope_intact is not None
    env = EnvelopeCheck(
        bool(d.envelope_intact), bool(d.envelope_count_ok), bool(d.envelope_numbers_ok),
        bool(d.envelope_level_ok), bool(d.envelope_sender_ok), "",
    ) if checked else None
    return DocumentInfo(
        id=d.id, kind=DocumentKind(d.kind), internal_no=d.internal_no, doc_number=d.doc_number,
        title=d.title, sender=sender, sender_id=d.sender_id, doc_date=d.doc_date,
        received_on=d.received_on, level=Level(d.level), period=_period_of(d),
        period_end=d.period_end, carrier=CarrierType(d.carrier), copy_allowed=d.copy_allowed,
        urgent=d.urgent, return_deadline=d.return_deadline, copies_count=d.copies_count,
        scope=_scope_lines(s, d.id), remarks=d.remarks, signed_by=d.signed_by, envelope=env,
        discrepancies=d.discrepancies, declassified_on=d.declassified_on,
    )


def _copy_info(c: Copy, d: Document, holder: Person | None) -> CopyInfo:
    return CopyInfo(
        id=c.id, document_id=d.id, internal_no=d.internal_no, doc_number=d.doc_number,
        title=d.title, level=Level(d.level), copy_no=c.copy_no, kind=CopyKind(c.kind),
        original_id=c.original_id, reproduction_no=c.reproduction_no, code=c.code,
        location=c.location, state=CopyState(c.state), holder_id=c.holder_id,
        holder_name=holder.name if holder else None, state_since=c.state_since,
    )


def _document_view(d: Document, sender: str, scope: str) -> dict[str, object]:
    """The document's fields as the audit trail shows them."""
    return {
        "收文编号": d.internal_no, "文号": d.doc_number, "标题": d.title, "来文单位": sender,
        "成文日期": d.doc_date.isoformat() if d.doc_date else None,
        "收文日期": d.received_on.isoformat(), "密级": Level(d.level).label,
        "保密期限": _period_of(d).label,
        "期限届满": d.period_end.isoformat() if d.period_end else None,
        "知悉范围": scope, "载体": d.carrier, "允许复制": d.copy_allowed, "急件": d.urgent,
        "清退期限": d.return_deadline.isoformat() if d.return_deadline else None,
        "份数": d.copies_count, "备注": d.remarks, "异常情况": d.discrepancies,
    }
