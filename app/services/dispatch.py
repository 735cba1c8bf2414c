"""Outgoing documents (发文) and dispatch.

domain.md "Register of carriers": dispatch only to the approved distribution; the envelope is
marked with the highest level inside and carries the dispatch number (003 收发).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.errors import NotFound, RuleViolation, ValidationError
from app.models.documents import (
    CarrierType,
    Copy,
    CopyState,
    Dispatch,
    DispatchItem,
    Distribution,
    Document,
    DocumentKind,
)
from app.models.enums import Level
from app.models.people import Organisation
from app.reports.dispatch_slip import envelope_marking
from app.services import audit, checks, people
from app.services.documents import (
    CLERKS,
    DOC_NUMBER_MAX,
    LOCATION_MAX,
    MAX_COPIES,
    REMARKS_MAX,
    TITLE_MAX,
    DocumentInfo,
    Period,
    ScopeResolver,
    _period_of,
    check_workstation_level,
    next_number,
    parse_period,
    scope_text,
)
from app.services.documents.base import _document
from app.services.documents.marking import marking_text
from app.services.documents.receipt import _bool, _insert_copies, _insert_document, _insert_scope
from app.services.documents.scope import _short
from app.services.documents.views import _document_info
from app.services.ledgers import compact_ranges
from app.services.register import Actor, Register, require_role

DISPATCH_SERIES = "封"


@dataclass(frozen=True)
class DispatchInfo:
    id: int
    dispatch_no: str
    recipient: str
    dispatched_on: dt.date
    envelope_level: Level
    urgent: bool
    copy_ids: tuple[int, ...]

    @property
    def envelope_marking(self) -> str:
        return envelope_marking(self.envelope_level, self.dispatch_no, self.urgent)


# -- outgoing documents and dispatch ----------------------------------------------------------
@dataclass(frozen=True)
class OutgoingInput:
    """发文登记: our own document, its approved distribution and who signed it."""

    doc_number: str
    title: str
    level: Level | str
    issued_on: dt.date | str
    distribution: Sequence[tuple[str, int]]  # (recipient organisation, copies)
    signed_by: str  # 签发人
    period: Period | str | None = None
    scope: str = ""
    keep_copies: int = 0  # 留存份数
    carrier: CarrierType | str = CarrierType.PAPER
    urgent: bool = False
    location: str = ""
    remarks: str = ""


def register_outgoing(register: Register, actor: Actor, o: OutgoingInput) -> DocumentInfo:
    """Register an outgoing document: number 2026-发-NNNN, copies 1..N, distribution list.

    Nothing above the workstation's level (003 第十三条; 000 第十一条(一)).
    """
    require_role(actor, *CLERKS)
    level = o.level if isinstance(o.level, Level) else Level.parse(str(o.level))
    check_workstation_level(level, register.workstation.level)
    title = checks.text(o.title, "title", "标题", max_len=TITLE_MAX)
    doc_number = checks.text(o.doc_number, "doc_number", "文号", max_len=DOC_NUMBER_MAX)
    issued = checks.not_future(checks.required_date(o.issued_on, "issued_on", "发文日期"),
                               "issued_on", "发文日期")
    period = parse_period(o.period, level, issued)
    signed_by = checks.text(o.signed_by, "signed_by", "签发人", max_len=64)
    if not o.distribution:
        raise ValidationError("发文须有经批准的分送范围", field="distribution")
    dist: dict[str, int] = {}
    for name, n in o.distribution:
        org = checks.text(name, "distribution", "分送单位", max_len=people.ORG_MAX)
        if org in dist:
            raise ValidationError(f"分送单位“{org}”重复", field="distribution")
        dist[org] = checks.integer(n, "distribution", f"{org}的份数", low=1, high=MAX_COPIES)
    keep = checks.integer(o.keep_copies, "keep_copies", "留存份数", low=0, high=MAX_COPIES)
    total = sum(dist.values()) + keep
    if total > MAX_COPIES:
        raise ValidationError(f"总份数 {total} 超过 {MAX_COPIES}", field="distribution")
    carrier = o.carrier if isinstance(o.carrier, CarrierType) else CarrierType.parse(
        str(o.carrier))
    location = checks.text(o.location, "location", "存放位置", max_len=LOCATION_MAX,
                           required=False)
    remarks = checks.text(o.remarks, "remarks", "备注", max_len=REMARKS_MAX, required=False,
                          multiline=True)
    with register.write() as s:
        scope = ScopeResolver(s).parse(o.scope)
        if s.scalar(select(Document.id).where(Document.kind == DocumentKind.OUTGOING.value,
                                              Document.doc_number == doc_number)):
            raise ValidationError(f"文号 {doc_number} 已用于本单位的另一份发文",
                                  field="doc_number")
        internal_no = next_number(s, DocumentKind.OUTGOING.value, issued.year)
        now = audit.now_iso()
        doc_id = _insert_document(s, {
            "kind": DocumentKind.OUTGOING.value, "internal_no": internal_no,
            "doc_number": doc_number, "title": title, "sender_id": None, "doc_date": issued,
            "received_on": issued, "level": int(level), "period_kind": period.kind.value,
            "period_years": period.years, "period_end": period.end(issued),
            "carrier": carrier.value, "copy_allowed": False, "urgent": _bool(
                o.urgent, "urgent", "急件"),
            "return_deadline": None, "copies_count": total, "remarks": remarks,
            "signed_by": signed_by, "discrepancies": "", "created_at": now,
            "created_by": actor.username,
        })
        _insert_scope(s, doc_id, scope)
        for org, n in dist.items():
            s.add(Distribution(document_id=doc_id, organisation_id=people.organisation_id(
                s, actor, org), copies=n))
        codes = _insert_copies(s, doc_id, internal_no, DocumentKind.OUTGOING,
                               list(range(1, total + 1)), location, now)
        s.flush()
        audit.record(s, actor.username, "document.register_outgoing", "document", doc_id,
                     after={"发文编号": internal_no, "文号": doc_number, "标题": title,
                            "密级": level.label, "保密期限": period.label,
                            "发文日期": issued.isoformat(), "签发人": signed_by,
                            "分送": dist, "留存": keep, "份数": total,
                            "知悉范围": scope_text(scope), "条码": codes})
        return _document_info(s, _document(s, doc_id))


def distribution(register: Register, document_id: int) -> list[tuple[str, int, int]]:
    """The approved distribution: (organisation, copies approved, copies already sent)."""
    with register.read() as s:
        rows = s.execute(
            select(Organisation.id, Organisation.name, Distribution.copies)
            .join(Distribution, Distribution.organisation_id == Organisation.id)
            .where(Distribution.document_id == document_id).order_by(Distribution.id)
        ).all()
        return [(r.name, r.copies, _sent(s, document_id, r.id)) for r in rows]


def _sent(s: Session, document_id: int, org_id: int) -> int:
    return int(s.scalar(
        select(func.count(DispatchItem.id))
        .join(Dispatch, DispatchItem.dispatch_id == Dispatch.id)
        .join(Copy, DispatchItem.copy_id == Copy.id)
        .where(Dispatch.recipient_id == org_id, Copy.document_id == document_id)
    ) or 0)


def dispatch(
    register: Register, actor: Actor, *, recipient: str, copy_ids: Sequence[int],
    dispatched_on: dt.date | str | None = None, remarks: str = "",
) -> DispatchInfo:
    """发文: put copies in one envelope to one recipient of their approved distribution.

    The envelope is marked with the highest level inside and gets a dispatch number.
    """
    require_role(actor, *CLERKS)
    org_name = checks.text(recipient, "recipient", "收件单位", max_len=people.ORG_MAX)
    day = checks.not_future(
        checks.required_date(dispatched_on or dt.date.today(), "dispatched_on", "发出日期"),
        "dispatched_on", "发出日期")
    remarks = checks.text(remarks, "remarks", "备注", max_len=REMARKS_MAX, required=False)
    ids = [checks.integer(i, "copy_ids", "载体编号", low=1, high=2**62) for i in copy_ids]
    if not ids:
        raise ValidationError("信封里至少要有一份载体", field="copy_ids")
    if len(set(ids)) != len(ids):
        raise ValidationError("同一份载体列了两次", field="copy_ids")
    with register.write() as s:
        org_id = s.scalar(select(Organisation.id).where(Organisation.name == org_name))
        if org_id is None:
            raise RuleViolation(f"“{org_name}”不在任何经批准的分送范围内", field="recipient")
        per_doc: dict[int, int] = {}
        top = Level.UNCLASSIFIED
        urgent = False
        for cid in ids:
            c = s.get(Copy, cid)
            if c is None:
                raise NotFound(f"找不到编号为 {cid} 的载体", field="copy_ids")
            d = _document(s, c.document_id)
            label = f"{d.internal_no} 第{c.copy_no}份" if c.copy_no else d.internal_no
            if d.kind != DocumentKind.OUTGOING.value:
                raise RuleViolation(f"{label}不是本单位发文，不能发出（收文请办理清退）",
                                    field="copy_ids")
            if c.state != CopyState.IN_STORE.value:
                raise RuleViolation(f"{label}当前为“{CopyState(c.state).label}”，只有在库的"
                                    "载体才能发出", field="copy_ids")
            approved = s.scalar(select(Distribution.copies).where(
                Distribution.document_id == d.id, Distribution.organisation_id == org_id))
            if approved is None:
                raise RuleViolation(f"“{org_name}”不在《{_short(d.title)}》经批准的分送范围内",
                                    field="recipient")
            per_doc[d.id] = per_doc.get(d.id, 0) + 1
            if _sent(s, d.id, org_id) + per_doc[d.id] > approved:
                raise RuleViolation(f"《{_short(d.title)}》批准分送“{org_name}” {approved} 份，"
                                    "不能多发", field="copy_ids")
            top = max(top, Level(d.level))
            urgent = urgent or d.urgent
        dispatch_no = next_number(s, DISPATCH_SERIES, day.year)
        now = audit.now_iso()
        env = Dispatch(dispatch_no=dispatch_no, recipient_id=org_id, dispatched_on=day,
                       envelope_level=int(top), urgent=urgent, remarks=remarks,
                       created_at=now, created_by=actor.username)
        s.add(env)
        s.flush()
        for cid in ids:
            s.add(DispatchItem(dispatch_id=env.id, copy_id=cid))
            c = s.get_one(Copy, cid)
            c.state, c.state_since = CopyState.DISPATCHED.value, now
        s.flush()
        audit.record(s, actor.username, "dispatch.send", "dispatch", env.id,
                     after={"封号": dispatch_no, "收件单位": org_name, "信封密级": top.label,
                            "发出日期": day.isoformat(), "载体": ids, "急件": urgent})
        for cid in ids:
            audit.record(s, actor.username, "copy.dispatch", "copy", cid,
                         before={"状态": CopyState.IN_STORE.label},
                         after={"状态": CopyState.DISPATCHED.label, "封号": dispatch_no,
                                "收件单位": org_name})
        return DispatchInfo(env.id, dispatch_no, org_name, day, top, urgent, tuple(ids))




# -- what the 发文 screen lists ------------------------------------------------------------------
LIST_LIMIT = 500  # the newest outgoing documents the screen lists


class _Owing:
    """Copies the approved distribution still has to send (``approved`` less ``sent``)."""

    approved: int
    sent: int

    @property
    def pending(self) -> int:
        return max(self.approved - self.sent, 0)


@dataclass(frozen=True)
class OutgoingRow(_Owing):
    """One outgoing document as the 发文 list shows it."""

    id: int
    internal_no: str  # 发文编号 2026-发-0001
    doc_number: str  # 文号
    title: str
    level: Level
    marking: str  # 机密★20年
    issued_on: dt.date
    signed_by: str
    urgent: bool
    copies: int  # 份数 (distribution and 留存)
    approved: int  # copies the approved distribution sends out
    sent: int  # copies already dispatched
    in_store: int


@dataclass(frozen=True)
class DistributionLine(_Owing):
    """One recipient of the approved distribution: how many approved, how many sent."""

    recipient: str
    approved: int
    sent: int


@dataclass(frozen=True)
class EnvelopeLine:
    """An envelope that carried copies of one outgoing document (封发记录)."""

    id: int
    dispatch_no: str
    recipient: str
    dispatched_on: dt.date
    envelope_level: Level
    urgent: bool
    copy_numbers: str  # this document's 份号 in the envelope, e.g. 1-2
    count: int  # how many of this document's copies
    remarks: str
    created_by: str

    @property
    def envelope_marking(self) -> str:
        return envelope_marking(self.envelope_level, self.dispatch_no, self.urgent)


def _ranges(numbers: Sequence[int]) -> str:
    return compact_ranges(sorted(numbers))


def _marking(d: Document) -> str:
    """As :attr:`DocumentInfo.marking` (机密★20年, 已解密), without reading the scope."""
    return marking_text(Level(d.level), _period_of(d).label, bool(d.declassified_on))


def list_outgoing(register: Register, text: str = "", *,
                  limit: int = LIST_LIMIT) -> list[OutgoingRow]:
    """The outgoing documents, newest first; ``text`` finds a 发文编号, 文号, title or 签发人."""
    needle = checks.text(text, "text", "查找内容", max_len=100, required=False).strip()
    limit = checks.integer(limit, "limit", "行数", low=1, high=10_000)
    with register.read() as s:
        stmt = select(Document).where(Document.kind == DocumentKind.OUTGOING.value)
        if needle:
            stmt = stmt.where(
                Document.internal_no.contains(needle, autoescape=True)
                | Document.doc_number.contains(needle, autoescape=True)
                | Document.title.contains(needle, autoescape=True)
                | Document.signed_by.contains(needle, autoescape=True))
        docs = s.scalars(stmt.order_by(Document.received_on.desc(), Document.id.desc())
                         .limit(limit)).all()
        ids = [d.id for d in docs]
        if not ids:
            return []
        approved = dict(s.execute(
            select(Distribution.document_id, func.sum(Distribution.copies))
            .where(Distribution.document_id.in_(ids)).group_by(Distribution.document_id)
        ).all())
        sent = dict(s.execute(
            select(Copy.document_id, func.count(DispatchItem.id))
            .join(DispatchItem, DispatchItem.copy_id == Copy.id)
            .where(Copy.document_id.in_(ids)).group_by(Copy.document_id)).all())
        in_store = dict(s.execute(
            select(Copy.document_id, func.count(Copy.id))
            .where(Copy.document_id.in_(ids), Copy.state == CopyState.IN_STORE.value)
            .group_by(Copy.document_id)).all())
        out = []
        for d in docs:
            out.append(OutgoingRow(
                d.id, d.internal_no, d.doc_number, d.title, Level(d.level), _marking(d),
                d.received_on, d.signed_by, bool(d.urgent), d.copies_count,
                int(approved.get(d.id, 0) or 0), int(sent.get(d.id, 0) or 0),
                int(in_store.get(d.id, 0) or 0)))
        return out


def distribution_lines(register: Register, document_id: int) -> list[DistributionLine]:
    """The approved distribution of one outgoing document, in the order it was approved."""
    return [DistributionLine(name, n, sent)
            for name, n, sent in distribution(register, document_id)]


def envelopes(register: Register, document_id: int) -> list[EnvelopeLine]:
    """The envelopes that carried this document's copies, newest first."""
    with register.read() as s:
        _document(s, document_id)
        rows = s.execute(
            select(Dispatch, Organisation.name, Copy.copy_no)
            .join(Organisation, Organisation.id == Dispatch.recipient_id)
            .join(DispatchItem, DispatchItem.dispatch_id == Dispatch.id)
            .join(Copy, Copy.id == DispatchItem.copy_id)
            .where(Copy.document_id == document_id)
            .order_by(Dispatch.id.desc(), Copy.copy_no)).all()
        seen: dict[int, tuple[Dispatch, str, list[int]]] = {}
        counts: dict[int, int] = {}  # each row is one of this document's copies in it
        for env, name, copy_no in rows:
            entry = seen.setdefault(env.id, (env, name, []))
            counts[env.id] = counts.get(env.id, 0) + 1
            if copy_no is not None:
                entry[2].append(copy_no)
        return [EnvelopeLine(env.id, env.dispatch_no, name, env.dispatched_on,
                             Level(env.envelope_level), bool(env.urgent), _ranges(numbers),
                             counts[env.id], env.remarks, env.created_by)
                for env, name, numbers in seen.values()]


@dataclass(frozen=True)
class DispatchableCopy:
    """A copy in store of an outgoing document that still owes copies to a recipient."""

    copy_id: int
    document_id: int
    internal_no: str
    title: str
    level: Level
    copy_no: int | None
    code: str
    pending: int  # copies of its document the recipient still awaits


def dispatchable(register: Register, recipient: str) -> list[DispatchableCopy]:
    """Every copy that may go into an envelope to ``recipient``: in store, of an outgoing
    document whose approved distribution still owes that recipient copies (newest document
    first, then by 份号). What goes in is still checked by :func:`dispatch`."""
    name = checks.text(recipient, "recipient", "收件单位", max_len=people.ORG_MAX)
    with register.read() as s:
        org_id = s.scalar(select(Organisation.id).where(Organisation.name == name))
        if org_id is None:
            return []
        approved = s.execute(
            select(Document, Distribution.copies)
            .join(Distribution, Distribution.document_id == Document.id)
            .where(Distribution.organisation_id == org_id,
                   Document.kind == DocumentKind.OUTGOING.value)
            .order_by(Document.received_on.desc(), Document.id.desc())).all()
        sent = dict(s.execute(  # one query for all, not one per document
            select(Copy.document_id, func.count(DispatchItem.id))
            .join(Dispatch, DispatchItem.dispatch_id == Dispatch.id)
            .join(Copy, DispatchItem.copy_id == Copy.id)
            .where(Dispatch.recipient_id == org_id).group_by(Copy.document_id)).all())
        owing = [(d, n - sent.get(d.id, 0)) for d, n in approved if n > sent.get(d.id, 0)]
        in_store: dict[int, list[Copy]] = {}
        for c in s.scalars(select(Copy).where(
                Copy.document_id.in_([d.id for d, _ in owing]),
                Copy.state == CopyState.IN_STORE.value).order_by(Copy.copy_no, Copy.id)):
            in_store.setdefault(c.document_id, []).append(c)
        return [DispatchableCopy(c.id, d.id, d.internal_no, d.title, Level(d.level),
                                 c.copy_no, c.code, pending)
                for d, pending in owing for c in in_store.get(d.id, [])]
