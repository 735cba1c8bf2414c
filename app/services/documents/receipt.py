"""收文: checking a receipt, writing it (one or a batch), and adding copies later."""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from app.errors import RuleViolation, ValidationError
from app.models.db import insert_rows
from app.models.documents import (
    CarrierType,
    Copy,
    CopyKind,
    CopyState,
    Document,
    DocumentKind,
    NumberCounter,
    ScopeEntry,
    text_index_deferred,
)
from app.models.enums import Level
from app.models.people import Organisation
from app.services import audit, checks, people
from app.services.documents.base import (
    CLERKS,
    DOC_NUMBER_MAX,
    LOCATION_MAX,
    MAX_COPIES,
    MAX_COPY_NO,
    NUMBERED_LEVELS,
    REMARKS_MAX,
    SCOPE_MAX,
    TITLE_MAX,
    _document,
)
from app.services.documents.marking import Period, check_workstation_level, parse_period
from app.services.documents.numbers import copy_code
from app.services.documents.reading import _copy_info_s
from app.services.documents.scope import ScopeLine, ScopeResolver, scope_text
from app.services.documents.views import CopyInfo, DocumentInfo, EnvelopeCheck, _document_info
from app.services.register import Actor, Register, require_role, workstation_level_s

# -- receipt ----------------------------------------------------------------------------------

@dataclass(frozen=True)
class ReceiptInput:
    """What the clerk enters on receiving an envelope (or one row of an old ledger)."""

    title: str
    sender: str
    level: Level | str
    received_on: dt.date | str
    doc_number: str = ""
    copies: int | str = 1
    copy_numbers: Sequence[int] | str | None = None  # 份号: required for 绝密/机密
    period: Period | str | None = None
    scope: str = ""
    doc_date: dt.date | str | None = None
    carrier: CarrierType | str = CarrierType.PAPER
    copy_allowed: bool = False
    urgent: bool = False
    return_deadline: dt.date | str | None = None
    location: str = ""
    remarks: str = ""
    envelope: EnvelopeCheck | None = None
    internal_no: str | None = None  # only when importing a ledger that already has one


@dataclass(frozen=True)
class CheckedReceipt:
    """A receipt whose every field has been checked (nothing written yet)."""

    title: str
    sender: str
    level: Level
    received_on: dt.date
    doc_number: str
    copies: int
    copy_numbers: tuple[int, ...] | None
    period: Period
    period_end: dt.date | None
    scope_raw: str
    doc_date: dt.date | None
    carrier: CarrierType
    copy_allowed: bool
    urgent: bool
    return_deadline: dt.date | None
    location: str
    remarks: str
    envelope: EnvelopeCheck | None
    internal_no: str | None
    scope: tuple[ScopeLine, ...] = field(default=())


_INTERNAL_RE = re.compile(r"^(\d{4})-([收发])-(\d{1,6})$")


def parse_copy_numbers(value: Sequence[int] | str | None) -> tuple[int, ...] | None:
    """份号 as a list, or text like ``3,5,7-9`` / ``3、5、7至9``."""
    f, label = "copy_numbers", "份号"
    if value is None:
        return None
    if isinstance(value, str):
        s = checks.text(value, f, label, max_len=2000, required=False)
        if not s:
            return None
        numbers: list[int] = []
        for part in (p for p in re.split(r"[,，、;；\s]+", s) if p):
            m = re.fullmatch(r"(\d{1,6})\s*[-–~至]\s*(\d{1,6})", part)
            if m:
                a, b = int(m.group(1)), int(m.group(2))
                if b < a or b - a >= MAX_COPIES:
                    raise ValidationError(f"份号范围“{part}”不正确", field=f)
                numbers.extend(range(a, b + 1))
            else:
                numbers.append(checks.integer(part, f, label, low=1, high=MAX_COPY_NO))
        value = numbers
    out = tuple(checks.integer(n, f, label, low=1, high=MAX_COPY_NO) for n in value)
    if len(out) > MAX_COPIES:
        raise ValidationError(f"一次最多登记 {MAX_COPIES} 份", field=f)
    dupes = sorted({n for n in out if out.count(n) > 1})
    if dupes:
        raise ValidationError(f"份号 {dupes[0]} 重复", field=f)
    return out or None


def _bool(value: object, field_: str, label: str) -> bool:
    if isinstance(value, bool):
        return value
    raise ValidationError(f"{label}必须为是或否", field=field_)


def check_receipt(r: ReceiptInput, *, today: dt.date | None = None,
                  ceiling: Level | None = None) -> CheckedReceipt:
    """Check every field of a receipt; raise at the first bad one. Pure (no database).

    ``ceiling`` is the workstation's level: an item above it is refused first, before any
    other field (:func:`insert_received` checks it again against the register).
    """
    today = today or dt.date.today()
    level = r.level if isinstance(r.level, Level) else Level.parse(
        r.level if isinstance(r.level, str) else "")
    check_workstation_level(level, ceiling)
    title = checks.text(r.title, "title", "标题", max_len=TITLE_MAX)
    sender = checks.text(r.sender, "sender", "来文单位", max_len=people.ORG_MAX)
    doc_number = checks.text(r.doc_number, "doc_number", "文号", max_len=DOC_NUMBER_MAX,
                             required=False)
    received_on = checks.not_future(
        checks.required_date(r.received_on, "received_on", "收文日期"),
        "received_on", "收文日期", today)
    doc_date = checks.date(r.doc_date, "doc_date", "成文日期", required=False)
    if doc_date is not None and doc_date > received_on:
        raise ValidationError(f"成文日期 {doc_date} 晚于收文日期 {received_on}", field="doc_date")
    copies = checks.integer(r.copies, "copies", "份数", low=1, high=MAX_COPIES)
    numbers = parse_copy_numbers(r.copy_numbers)
    if level in NUMBERED_LEVELS and numbers is None:
        raise ValidationError(f"{level.label}载体必须登记份号", field="copy_numbers")
    if numbers is not None and len(numbers) != copies:
        raise ValidationError(
            f"份号个数（{len(numbers)}）与份数（{copies}）不符", field="copy_numbers")
    base = doc_date or received_on
    period = parse_period(r.period, level, base)
    deadline = checks.date(r.return_deadline, "return_deadline", "清退期限", required=False)
    if deadline is not None and deadline < received_on:
        raise ValidationError(f"清退期限 {deadline} 早于收文日期 {received_on}",
                              field="return_deadline")
    carrier = r.carrier if isinstance(r.carrier, CarrierType) else CarrierType.parse(
        r.carrier if isinstance(r.carrier, str) else "")
    internal_no = None
    if r.internal_no is not None and str(r.internal_no).strip():
        internal_no = checks.text(r.internal_no, "internal_no", "收文编号", max_len=32)
        m = _INTERNAL_RE.match(internal_no)
        if not m or m.group(2) != DocumentKind.RECEIVED.value:
            raise ValidationError(
                f"收文编号“{internal_no[:20]}”格式不正确：应为 2026-收-0001", field="internal_no")
        internal_no = f"{m.group(1)}-{m.group(2)}-{int(m.group(3)):04d}"
    envelope = r.envelope
    if envelope is not None:
        notes = checks.text(envelope.notes, "envelope", "异常情况说明", max_len=REMARKS_MAX,
                            required=False, multiline=True)
        if not envelope.all_ok and not notes:
            raise ValidationError(
                "信封检查发现异常（" + "、".join(envelope.problems) + "）：请填写异常情况说明",
                field="envelope")
        envelope = EnvelopeCheck(envelope.intact, envelope.count_ok, envelope.numbers_ok,
                                 envelope.level_ok, envelope.sender_ok, notes)
    return CheckedReceipt(
        title=title, sender=sender, level=level, received_on=received_on,
        doc_number=doc_number, copies=copies, copy_numbers=numbers, period=period,
        period_end=period.end(base),
        scope_raw=checks.text(r.scope, "scope", "知悉范围", max_len=SCOPE_MAX, required=False),
        doc_date=doc_date, carrier=carrier,
        copy_allowed=_bool(r.copy_allowed, "copy_allowed", "允许复制"),
        urgent=_bool(r.urgent, "urgent", "急件"),
        return_deadline=deadline,
        location=checks.text(r.location, "location", "存放位置", max_len=LOCATION_MAX,
                             required=False),
        remarks=checks.text(r.remarks, "remarks", "备注", max_len=REMARKS_MAX, required=False,
                            multiline=True),
        envelope=envelope, internal_no=internal_no,
    )


def compare_envelope(
    *, intact: bool, marked_level: Level | None, marked_sender: str | None,
    marked_count: int | None, marked_numbers: Sequence[int] | None,
    receipt: CheckedReceipt, notes: str = "",
) -> EnvelopeCheck:
    """Compare what the envelope says with what was found inside."""
    return EnvelopeCheck(
        intact=intact,
        count_ok=marked_count is None or marked_count == receipt.copies,
        numbers_ok=marked_numbers is None
        or sorted(marked_numbers) == sorted(receipt.copy_numbers or ()),
        level_ok=marked_level is None or marked_level == receipt.level,
        sender_ok=marked_sender is None or marked_sender.strip() == receipt.sender,
        notes=notes,
    )


def duplicate_copy_numbers(s: Session, doc_number: str, numbers: Iterable[int]) -> list[str]:
    """Registered copies with this 文号 and one of these 份号 (as ``收文编号 第N份``)."""
    numbers = list(numbers)
    if not doc_number or not numbers:
        return []
    rows = s.execute(
        select(Document.internal_no, Copy.copy_no)
        .join(Copy, Copy.document_id == Document.id)
        .where(Document.doc_number == doc_number, Copy.copy_no.in_(numbers))
        .order_by(Copy.copy_no)
    ).all()
    return [f"{r.internal_no} 第{r.copy_no}份" for r in rows]


def insert_received(
    s: Session, actor: Actor, c: CheckedReceipt, *, resolver: ScopeResolver | None = None,
    action: str = "document.receive",
) -> int:
    """Write one checked receipt inside an open write transaction; return the document id.

    Rules that need the register (the workstation's level, duplicates, scope names) are
    checked here, before writing.
    """
    result = insert_received_many(s, actor, [c], resolver=resolver, action=action)[0]
    if isinstance(result, ValidationError):
        raise result
    return result


def insert_received_many(
    s: Session, actor: Actor, receipts: Sequence[CheckedReceipt], *,
    resolver: ScopeResolver | None = None, action: str = "document.receive",
) -> list[int | ValidationError]:
    """Write checked receipts in order, as if one by one; per receipt its id or its refusal.

    Each receipt is checked against the register and the receipts accepted before it (the
    same 文号 and 份号 twice, a 收文编号 already used, a name in the 知悉范围 nobody has); a
    refused one writes nothing, not even a number. The register is read once for the whole
    batch, and documents, copies, 知悉范围 lines and audit entries (a new sender's first, then
    the document's, in receipt order) are written a table at a time: a 10,000-row ledger is
    a handful of statements, not 100,000.
    """
    book = _ReceiptBook(s, receipts)
    # A few receipts read only the people their 知悉范围 name; a ledger, everybody at once.
    scopes = resolver or ScopeResolver(s, [c.scope_raw for c in receipts]
                                       if len(receipts) < BULK_RECEIPTS else None)
    ceiling = workstation_level_s(s)
    results: list[int | ValidationError] = []
    accepted: list[_Accepted] = []
    for c in receipts:
        # Above this workstation's level: the whole write is refused (a ledger import
        # reports such rows by line before it writes anything).
        check_workstation_level(c.level, ceiling)
        try:
            a = book.accept(c, scopes)
        except ValidationError as exc:
            results.append(exc)
        else:
            results.append(a.document_id)
            accepted.append(a)
    if accepted:
        _write_receipts(s, actor, accepted, action)
    return results


_IN_CHUNK = 500  # values in one IN (...) when the register is read for a batch
BULK_RECEIPTS = 50  # from this many documents on, the full-text index is filled at the end


def _chunks(values: Sequence[str]) -> Iterable[Sequence[str]]:
    return (values[i:i + _IN_CHUNK] for i in range(0, len(values), _IN_CHUNK))


@dataclass(frozen=True)
class _Accepted:
    receipt: CheckedReceipt
    document_id: int
    internal_no: str
    sender_id: int
    new_sender: bool  # the sender is added to the register with this receipt
    scope: tuple[ScopeLine, ...]


class _ReceiptBook:
    """What a batch of receipts is checked against: the register as it was, plus the
    receipts accepted so far (their 份号, 收文编号, counters, senders and ids)."""

    def __init__(self, s: Session, receipts: Sequence[CheckedReceipt]) -> None:
        s.flush()
        self._s = s
        # (文号, 份号) -> 收文编号 of each registered copy with them, oldest first
        self.copies: dict[tuple[str, int], list[str]] = {}
        doc_numbers = sorted({c.doc_number for c in receipts if c.doc_number and c.copy_numbers})
        for chunk in _chunks(doc_numbers):
            for doc_number, copy_no, internal_no in s.execute(
                select(Document.doc_number, Copy.copy_no, Document.internal_no)
                .join(Copy, Copy.document_id == Document.id)
                .where(Document.doc_number.in_(chunk), Copy.copy_no.is_not(None))
                .order_by(Document.id, Copy.id)
            ):
                if copy_no is not None:
                    self.copies.setdefault((doc_number, copy_no), []).append(internal_no)
        self.numbers: set[str] = set()
        given = sorted({c.internal_no for c in receipts if c.internal_no is not None})
        for chunk in _chunks(given):
            self.numbers.update(s.scalars(
                select(Document.internal_no).where(Document.internal_no.in_(chunk))))
        years = {c.received_on.year for c in receipts} | {int(no[:4]) for no in given}
        self.counters: dict[int, NumberCounter] = {
            n.year: n for n in s.scalars(select(NumberCounter).where(
                NumberCounter.kind == DocumentKind.RECEIVED.value, NumberCounter.year.in_(years)))}
        self.senders: dict[str, int] = {}
        for chunk in _chunks(sorted({c.sender for c in receipts})):
            self.senders.update((name, oid) for oid, name in s.execute(
                select(Organisation.id, Organisation.name)
                .where(Organisation.name.in_(chunk))))
        self.next_document = int(s.scalar(select(func.max(Document.id))) or 0) + 1
        self.next_sender = 0  # read when the first new sender comes

    def accept(self, c: CheckedReceipt, scopes: ScopeResolver) -> _Accepted:
        """Check one receipt and book it, or raise why it is refused (nothing booked)."""
        numbers = c.copy_numbers or ()
        if c.doc_number and numbers:
            dupes = sorted(((n, no) for n in numbers
                            for no in self.copies.get((c.doc_number, n), ())),
                           key=lambda hit: hit[0])
            if dupes:
                listed = "、".join(f"{no} 第{n}份" for n, no in dupes[:5])
                raise ValidationError(f"文号 {c.doc_number} 的份号已登记：{listed}",
                                      field="copy_numbers")
        scope = scopes.parse(c.scope_raw)
        internal_no = self._number(c)
        sender = checks.text(c.sender, "sender", "单位名称", max_len=people.ORG_MAX)
        new_sender = sender not in self.senders
        if new_sender:
            if not self.next_sender:
                self.next_sender = int(self._s.scalar(select(func.max(Organisation.id))) or 0) + 1
            self.senders[sender] = self.next_sender
            self.next_sender += 1
        document_id = self.next_document
        self.next_document += 1
        self.numbers.add(internal_no)
        for n in numbers:
            self.copies.setdefault((c.doc_number, n), []).append(internal_no)
        return _Accepted(c, document_id, internal_no, self.senders[sender], new_sender, scope)

    def _number(self, c: CheckedReceipt) -> str:
        """The 收文编号: the ledger's own (keeping the counter ahead of it) or the next one."""
        kind = DocumentKind.RECEIVED.value
        if c.internal_no is None:
            year = c.received_on.year
            counter = self._counter(year, 0)
            counter.last += 1
            return f"{year}-{kind}-{counter.last:04d}"
        if c.internal_no in self.numbers:
            raise ValidationError(f"收文编号 {c.internal_no} 已被使用", field="internal_no")
        given_year, _, seq = c.internal_no.split("-")
        counter = self._counter(int(given_year), int(seq))
        counter.last = max(counter.last, int(seq))
        return c.internal_no

    def _counter(self, year: int, last: int) -> NumberCounter:
        counter = self.counters.get(year)
        if counter is None:
            counter = NumberCounter(year=year, kind=DocumentKind.RECEIVED.value, last=last)
            self._s.add(counter)
            self.counters[year] = counter
        return counter


def _write_receipts(s: Session, actor: Actor, accepted: Sequence[_Accepted],
                    action: str) -> None:
    s.flush()  # the number counters
    senders: list[dict[str, object]] = []
    documents: list[dict[str, object]] = []
    scopes: list[dict[str, object]] = []
    copies: list[dict[str, object]] = []
    changes: list[audit.Change] = []
    now = audit.now_iso()  # one time for the batch's rows: written as one literal
    for a in accepted:
        c = a.receipt
        if a.new_sender:
            senders.append({"id": a.sender_id, "name": c.sender, "remarks": "",
                            "created_at": now})
            changes.append(audit.Change("organisation.add", "organisation", a.sender_id,
                                        after={"名称": c.sender}))
        env = c.envelope
        discrepancies = ""
        if env is not None and not env.all_ok:
            discrepancies = "；".join(env.problems) + (f"。{env.notes}" if env.notes else "")
        elif env is not None and env.notes:
            discrepancies = env.notes
        documents.append({
            "id": a.document_id, "kind": DocumentKind.RECEIVED.value,
            "internal_no": a.internal_no, "doc_number": c.doc_number, "title": c.title,
            "sender_id": a.sender_id, "doc_date": c.doc_date, "received_on": c.received_on,
            "level": int(c.level), "period_kind": c.period.kind.value,
            "period_years": c.period.years, "period_end": c.period_end,
            "carrier": c.carrier.value, "copy_allowed": c.copy_allowed, "urgent": c.urgent,
            "return_deadline": c.return_deadline, "copies_count": c.copies,
            "remarks": c.remarks, "signed_by": "",
            "envelope_intact": env.intact if env else None,
            "envelope_count_ok": env.count_ok if env else None,
            "envelope_numbers_ok": env.numbers_ok if env else None,
            "envelope_level_ok": env.level_ok if env else None,
            "envelope_sender_ok": env.sender_ok if env else None,
            "discrepancies": discrepancies, "created_at": now, "created_by": actor.username,
        })
        scopes += _scope_rows(a.document_id, a.scope)
        numbers: list[int | None] = (list(c.copy_numbers) if c.copy_numbers
                                     else [None] * c.copies)
        rows, codes = _copy_rows(a.document_id, a.internal_no, DocumentKind.RECEIVED, numbers,
                                 c.location, now)
        copies += rows
        changes.append(audit.Change(action, "document", a.document_id, after={
            "收文编号": a.internal_no, "文号": c.doc_number, "标题": c.title, "来文单位": c.sender,
            "成文日期": c.doc_date.isoformat() if c.doc_date else None,
            "收文日期": c.received_on.isoformat(), "密级": c.level.label,
            "保密期限": c.period.label,
            "期限届满": c.period_end.isoformat() if c.period_end else None,
            "知悉范围": scope_text(a.scope), "载体": c.carrier.value, "允许复制": c.copy_allowed,
            "急件": c.urgent,
            "清退期限": c.return_deadline.isoformat() if c.return_deadline else None,
            "份数": c.copies, "份号": [n for n in numbers if n is not None],
            "条码": codes, "存放位置": c.location, "备注": c.remarks,
            "信封检查": ("未检查" if env is None else ("无异常" if env.all_ok else "有异常")),
            "异常情况": discrepancies,
        }))
    insert_rows(s, Organisation, senders)  # first: the full-text index reads their names
    bulk = len(documents) >= BULK_RECEIPTS
    with text_index_deferred(s) if bulk else contextlib.nullcontext():
        insert_rows(s, Document, documents)
    for table, rows in ((ScopeEntry, scopes), (Copy, copies)):
        insert_rows(s, table, rows)
    audit.record_many(s, actor.username, changes)


def _insert_document(s: Session, values: dict[str, object]) -> int:
    return int(s.execute(insert(Document).returning(Document.id), [values]).scalar_one())


def _scope_rows(document_id: int, lines: Iterable[ScopeLine]) -> list[dict[str, object]]:
    return [{"document_id": document_id, "kind": ln.kind.value, "person_id": ln.person_id,
             "value": ln.value} for ln in lines]


def _insert_scope(s: Session, document_id: int, lines: Iterable[ScopeLine]) -> None:
    rows = _scope_rows(document_id, lines)
    if rows:
        s.execute(insert(ScopeEntry), rows)


def _copy_rows(
    document_id: int, internal_no: str, kind: DocumentKind, numbers: Sequence[int | None],
    location: str, now: str, first_unnumbered: int = 1,
) -> tuple[list[dict[str, object]], list[str]]:
    """The rows of a document's new copies, and their label codes."""
    rows: list[dict[str, object]] = []
    codes = []
    k = first_unnumbered
    for n in numbers:
        if n is None:
            code = copy_code(internal_no, kind, k, numbered=False)
            k += 1
        else:
            code = copy_code(internal_no, kind, n, numbered=True)
        codes.append(code)
        rows.append({
            "document_id": document_id, "copy_no": n, "kind": CopyKind.ORIGINAL.value,
            "code": code, "location": location, "state": CopyState.IN_STORE.value,
            "state_since": now, "remarks": "", "created_at": now,
        })
    return rows, codes


def _insert_copies(
    s: Session, document_id: int, internal_no: str, kind: DocumentKind,
    numbers: Sequence[int | None], location: str, now: str, first_unnumbered: int = 1,
) -> list[str]:
    rows, codes = _copy_rows(document_id, internal_no, kind, numbers, location, now,
                             first_unnumbered)
    if rows:
        s.execute(insert(Copy), rows)
    return codes


def receive(register: Register, actor: Actor, receipt: ReceiptInput) -> DocumentInfo:
    """收文: register an envelope's document and its copies, all or nothing."""
    require_role(actor, *CLERKS)
    checked = check_receipt(receipt, ceiling=register.workstation.level)
    with register.write() as s:
        doc_id = insert_received(s, actor, checked)
        return _document_info(s, _document(s, doc_id))


# -- more copies ------------------------------------------------------------------------------
def add_copies(
    register: Register, actor: Actor, document_id: int, *,
    copy_numbers: Sequence[int] | str | None = None, count: int | None = None,
    location: str = "", reason: str = "",
) -> list[CopyInfo]:
    """Register further copies of a document (e.g. the rest of a split delivery)."""
    require_role(actor, *CLERKS)
    numbers = parse_copy_numbers(copy_numbers)
    location = checks.text(location, "location", "存放位置", max_len=LOCATION_MAX,
                           required=False)
    reason = checks.text(reason, "reason", "说明", max_len=REMARKS_MAX, required=False)
    if numbers is None:
        n = checks.integer(count if count is not None else "", "copies", "份数", low=1,
                           high=MAX_COPIES)
    elif count is not None and count != len(numbers):
        raise ValidationError(f"份号个数（{len(numbers)}）与份数（{count}）不符",
                              field="copy_numbers")
    with register.write() as s:
        d = _document(s, document_id)
        level = Level(d.level)
        if d.declassified_on is not None:
            raise RuleViolation("此文件已解密，不再登记新的份数", field="document")
        kind = DocumentKind(d.kind)
        if numbers is None and (level in NUMBERED_LEVELS or kind is DocumentKind.OUTGOING):
            top = s.scalar(select(func.max(Copy.copy_no)).where(Copy.document_id == d.id)) or 0
            if kind is DocumentKind.RECEIVED:
                raise ValidationError(f"{level.label}载体必须登记份号", field="copy_numbers")
            numbers = tuple(range(top + 1, top + 1 + n))
        if numbers is not None:
            taken = {int(x) for x in s.scalars(select(Copy.copy_no).where(
                Copy.document_id == d.id, Copy.copy_no.in_(numbers))) if x is not None}
            dupes = duplicate_copy_numbers(s, d.doc_number, numbers) if not taken else []
            if taken or dupes:
                first = min(taken) if taken else dupes[0]
                raise ValidationError(f"份号已登记：{first}", field="copy_numbers")
            plan: list[int | None] = list(numbers)
            first_unnumbered = 1
        else:
            plan = [None] * n
            first_unnumbered = 1 + int(s.scalar(select(func.count(Copy.id)).where(
                Copy.document_id == d.id, Copy.copy_no.is_(None))) or 0)
        now = audit.now_iso()
        codes = _insert_copies(s, d.id, d.internal_no, kind, plan, location, now,
                               first_unnumbered)
        before = d.copies_count
        d.copies_count += len(plan)
        s.flush()
        audit.record(s, actor.username, "document.add_copies", "document", d.id,
                     before={"份数": before},
                     after={"份数": d.copies_count, "新增份号": [x for x in plan if x],
                            "条码": codes, "说明": reason})
        ids = list(s.scalars(select(Copy.id).where(Copy.code.in_(codes)).order_by(Copy.id)))
        return [_copy_info_s(s, i) for i in ids]
