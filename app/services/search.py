"""Searching and listing the register, a page at a time.

Chinese has no spaces to split words on, so the title, 文号, 收文编号 and sender are indexed by
FTS5's trigram tokenizer (every three-character substring): a query of three or more
characters is a substring match through the index. Shorter queries (``海淀``, ``密``) cannot be
answered from trigrams and fall back to ``LIKE '%q%'``, which gives the same answer by a scan.

A query of caseless characters (Chinese, digits, punctuation: no letter with an upper and
a lower case) matches exactly the rows holding it as a substring, so it is tested with
``instr`` (a byte comparison, several times faster than ``LIKE``) and needs no phrase query;
one or two such characters are also found through the index, which pads every text so that
each of its characters starts a trigram (migration 0008): the rows holding a trigram that
starts with the query.

Filtering, sorting and paging all happen in SQL (``LIMIT``/``OFFSET`` with a stable
tie-breaker on ``id``), so a lazy Qt table fetches page after page of a 100,000-document
register as fast as of a small one. In the default order (收文日期, newest first) a text
query's page comes from its candidates read from the highest id down, proved complete by
each id block's latest 收文日期 (:func:`_newest_by_id`); where that proves nothing, a page
walks the ``(received_on, id)`` index and stops when it is full, unless the matches are few
(:func:`_planned_page`). Every plan gives the same page (tests/unit/test_search.py).
"""

from __future__ import annotations

import datetime as dt
import json
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import sqlcipher3
from sqlalchemy import (
    ColumnElement,
    Integer,
    Select,
    and_,
    column,
    exists,
    func,
    literal_column,
    or_,
    select,
    table,
    text,
)
from sqlalchemy.orm import Session

from app.errors import ValidationError
from app.models.documents import (
    FTS_FILL,
    FTS_PAD,
    FTS_TABLE,
    FTS_TERMS,
    RECEIVED_BLOCK_BITS,
    RECEIVED_BLOCKS,
    Copy,
    CopyState,
    Document,
    DocumentKind,
    PeriodKind,
)
from app.models.enums import Level
from app.models.people import Organisation, Person
from app.services import checks
from app.services.documents import CopyInfo, Period, _copy_info
from app.services.documents.marking import marking_text
from app.services.register import Register

MAX_PAGE = 1000
QUERY_MAX = 100
TRIGRAM = 3  # the shortest query the trigram index can answer
DATE_INDEX = "ix_document_received_on_id"  # (received_on, id): the register's default order
FEW_MATCHES = 300  # below this many text candidates, fetch them all and sort
WALK_FIRST = 3000  # newest rows a text query's page walks before asking the index
WALK_PER_ROW = 4  # and this many more for each row up to the page's end
WALK_GROWTH = 4  # a second walk of a short query spans at most this many times the first
MANY_MATCHES = 10000  # at most this many candidates are sorted; more: walk the date index
MAX_TERMS = 500  # trigrams starting with a short query beyond which the index is not asked
SCAN_ROUNDS = (400, 2000, 10000)  # candidates read from the highest id down, round by round

#: Sort keys a list can be ordered by (the GUI's column -> SQL expression).
SORT_KEYS = ("received_on", "internal_no", "doc_number", "title", "sender", "level",
             "period_end")


@dataclass(frozen=True)
class DocumentFilter:
    """What the clerk narrowed the register to; every field is optional."""

    text: str = ""  # substring of title, 文号, 收文编号 or sender
    levels: tuple[Level, ...] = ()
    kind: DocumentKind | None = None
    state: CopyState | None = None  # documents with at least one copy in this state
    holder_id: int | None = None  # documents with a copy held by this person
    sender_id: int | None = None
    date_from: dt.date | None = None  # 收文日期, inclusive
    date_to: dt.date | None = None  # 收文日期, inclusive
    expiring_within_days: int | None = None  # period ends within N days (or has ended)
    declassified: bool | None = None
    today: dt.date | None = None  # for tests; default: today


@dataclass(frozen=True)
class DocumentRow:
    """One line of the register table."""

    id: int
    internal_no: str
    doc_number: str
    title: str
    sender: str
    received_on: dt.date
    level: Level
    period_label: str
    period_end: dt.date | None
    copies: int  # registered copies
    in_store: int  # of which in store
    declassified_on: dt.date | None
    has_discrepancy: bool

    @property
    def marking(self) -> str:
        return marking_text(self.level, self.period_label, bool(self.declassified_on))


def check_query(query: str) -> str:
    return checks.text(query, "text", "检索词", max_len=QUERY_MAX, required=False)


#: The full-text index as a table to select from and correlate with (``rowid`` = document id).
_FTS = table(FTS_TABLE, column("rowid", Integer))
_FTS_MATCH: ColumnElement[Any] = literal_column(FTS_TABLE)


def rebuild_text_index(s: Session) -> None:
    """Refill the full-text index from the documents in one statement (after a bulk load)."""
    s.execute(text("DELETE FROM document_fts"))
    s.execute(text(FTS_FILL), {"first": 0})


def _fts_phrase(q: str) -> str:
    """The query as one FTS5 phrase (a substring for the trigram tokenizer)."""
    return '"' + q.replace('"', '""') + '"'


def _fts_trigrams(q: str) -> str:
    """Trigrams covering every character of the query, each its own term, ANDed.

    Every row containing ``q`` holds them all, so they name a superset of its rows. Every
    third trigram (and the last) narrows almost as well as all of them (``LIKE`` confirms the
    rest) and reads a third of the index: ``发〔2016〕`` is ``"发〔2" AND "016" AND "16〕"``.
    """
    starts = list(range(0, len(q) - TRIGRAM + 1, TRIGRAM))
    if starts[-1] != len(q) - TRIGRAM:
        starts.append(len(q) - TRIGRAM)
    grams = dict.fromkeys(q[i:i + TRIGRAM] for i in starts)
    return " AND ".join(_fts_phrase(g) for g in grams)


def _candidates(q: str) -> Select[Any]:
    """The ids of the documents that may contain ``q``: a superset of the phrase's rows."""
    return select(_FTS.c.rowid).where(_FTS_MATCH.match(_fts_trigrams(q)))


def _like(q: str) -> str:
    return "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _like_condition(q: str) -> ColumnElement[bool]:
    pattern = _like(q)
    senders = select(Organisation.id).where(Organisation.name.like(pattern, escape="\\"))
    return or_(
        Document.title.like(pattern, escape="\\"),
        Document.doc_number.like(pattern, escape="\\"),
        Document.internal_no.like(pattern, escape="\\"),
        Document.sender_id.in_(senders),
    )


def _caseless(q: str) -> bool:
    """No character of ``q`` has another case: the index's case folding and ``LIKE``'s cannot
    change what matches, a match is a plain substring."""
    return all(c.lower() == c == c.upper() for c in q)


def _instr_condition(q: str) -> ColumnElement[bool]:
    """Title, 文号, 收文编号 or sender holds ``q`` (byte for byte)."""
    senders = select(Organisation.id).where(func.instr(Organisation.name, q) > 0)
    return or_(
        func.instr(Document.title, q) > 0,
        func.instr(Document.doc_number, q) > 0,
        func.instr(Document.internal_no, q) > 0,
        Document.sender_id.in_(senders),
    )


Known = Sequence[int] | Select[Any]


def _json_ids(ids: Sequence[int]) -> Select[Any]:
    """Ids as one bound JSON array: one statement text (prepared once per connection, which
    SQLCipher's memory security makes dear) however many there are."""
    return select(literal_column("value", Integer)).select_from(
        func.json_each(json.dumps(list(ids))))


def _ids(ids: Sequence[int]) -> Known:
    """A list of ids to test ``IN``: bound one by one when few, else as one JSON array."""
    return ids if len(ids) <= FEW_MATCHES else _json_ids(ids)


def _text_condition(q: str, known: Known | None = None, *,
                    walk: bool = False) -> ColumnElement[bool]:
    """Documents whose title, 文号, 收文编号 or sender contains ``q``.

    Three or more characters: exactly the rows the trigram index gives for ``q`` as a phrase,
    found in two steps. The index first yields the rows holding trigrams that cover ``q``
    (an AND query, cheap however common the trigrams are; ``known`` when already fetched).
    ``LIKE`` then confirms each candidate on its own text, and a candidate ``LIKE`` turns
    down (its trigrams apart, or a non-ASCII letter in another case, which the index folds
    and ``LIKE`` does not) is asked to the index as a phrase. Phrases are kept to that one
    row because SQLCipher's memory security (``cipher_memory_security``, app/models/db.py)
    makes FTS5's phrase matching slow: about 70 ms against 3 ms for ``发〔2016〕`` over
    100,000 documents. A caseless query needs none of this (see the module's note): ``instr``
    is the whole test, after the candidates when not ``walk``-ing the date index.
    """
    if _caseless(q):
        found = _instr_condition(q)
        if known is not None:
            return and_(Document.id.in_(known), found)
        if walk or len(q) < TRIGRAM:  # testing each row of a walk: no candidate set to build
            return found
        return and_(Document.id.in_(_candidates(q)), found)
    if len(q) < TRIGRAM:
        like = _like_condition(q)
        return like if known is None else and_(Document.id.in_(known), like)
    phrase = exists().where(_FTS.c.rowid == Document.id, _FTS_MATCH.match(_fts_phrase(q)))
    among = Document.id.in_(_candidates(q) if known is None else known)
    return and_(among, or_(_like_condition(q), phrase))


def _conditions(f: DocumentFilter, known: Known | None = None, *,
                walk: bool = False) -> list[ColumnElement[bool]]:
    conds: list[ColumnElement[bool]] = []
    q = check_query(f.text)
    if q:
        conds.append(_text_condition(q, known, walk=walk))
    if f.levels:
        conds.append(Document.level.in_([int(x) for x in f.levels]))
    if f.kind is not None:
        conds.append(Document.kind == f.kind.value)
    if f.state is not None:
        conds.append(exists().where(Copy.document_id == Document.id,
                                    Copy.state == f.state.value))
    if f.holder_id is not None:
        conds.append(exists().where(Copy.document_id == Document.id,
                                    Copy.holder_id == f.holder_id))
    if f.sender_id is not None:
        conds.append(Document.sender_id == f.sender_id)
    if f.date_from is not None:
        conds.append(Document.received_on >= f.date_from)
    if f.date_to is not None:
        conds.append(Document.received_on <= f.date_to)
    if f.date_from and f.date_to and f.date_from > f.date_to:
        raise ValidationError("起始日期晚于截止日期", field="date_from")
    if f.expiring_within_days is not None:
        days = checks.integer(f.expiring_within_days, "expiring_within_days", "到期天数",
                              low=0, high=36500)
        until = (f.today or dt.date.today()) + dt.timedelta(days=days)
        conds.append(and_(Document.period_end.is_not(None), Document.period_end <= until,
                          Document.declassified_on.is_(None)))
    if f.declassified is True:
        conds.append(Document.declassified_on.is_not(None))
    elif f.declassified is False:
        conds.append(Document.declassified_on.is_(None))
    return conds


def _order(sort: str, descending: bool) -> list[ColumnElement[Any]]:
    if sort not in SORT_KEYS:
        raise ValidationError(f"不能按“{sort[:20]}”排序", field="sort")
    column_: ColumnElement[Any]
    if sort == "sender":
        column_ = select(Organisation.name).where(
            Organisation.id == Document.sender_id).scalar_subquery()
    else:
        column_ = getattr(Document, sort)
    if descending:
        return [column_.desc(), Document.id.desc()]
    return [column_.asc(), Document.id.asc()]


def document_query(f: DocumentFilter) -> Select[Any]:
    """The ids of the matching documents (unordered); for counts and exports."""
    return select(Document.id).where(*_conditions(f))


def count_documents_s(s: Session, f: DocumentFilter) -> int:
    more = _more_candidates(s, check_query(f.text))
    if more == []:
        return 0
    known = None if more is None else _ids(more)
    return int(s.scalar(select(func.count(Document.id)).where(*_conditions(f, known))) or 0)


def count_documents(register: Register, f: DocumentFilter | None = None) -> int:
    with register.read() as s:
        return count_documents_s(s, f or DocumentFilter())


def _few_candidates(s: Session, f: DocumentFilter) -> list[int] | None:
    """The text's candidate ids when there are fewer than :data:`FEW_MATCHES`, else None."""
    q = check_query(f.text)
    if len(q) < TRIGRAM:
        return None
    some = list(s.scalars(_candidates(q).limit(FEW_MATCHES)).all())
    return some if len(some) < FEW_MATCHES else None


def _candidate_match(s: Session, q: str) -> str | None:
    """An FTS5 query for a superset of the documents that may contain ``q`` as the index
    folds it; ``""`` when no document can, None when a short query starts too many trigrams.

    One or two characters: the trigrams that start with them (every character starts one,
    migration 0008). Three or more: all of the query's trigrams (a row holding ``q`` holds
    them all, in the index's case).
    """
    if len(q) < TRIGRAM:
        folded = _index_fold(q)
        terms = list(s.scalars(
            text(f"SELECT term FROM {FTS_TERMS} WHERE term >= :low AND term < :high LIMIT :n"),  # noqa: S608
            {"low": folded, "high": folded + "\U0010ffff", "n": MAX_TERMS + 1}))
        if len(terms) > MAX_TERMS:
            return None
        return " OR ".join(_fts_phrase(t) for t in terms)
    grams = dict.fromkeys(q[i:i + TRIGRAM] for i in range(len(q) - TRIGRAM + 1))
    return " AND ".join(_fts_phrase(g) for g in grams)


_FOLDER: Any = None  # an in-memory FTS5 table of SQLCipher's own SQLite (see _index_fold)
_FOLDED: dict[str, str] = {}
_FOLD_LOCK = threading.Lock()


def _index_fold(q: str) -> str:
    """``q`` as the trigram index folds case (``Ω`` → ``ω``, final ``ς`` → ``σ``, ``İ`` kept),
    which Python's ``lower`` does not always match: asked, once per character, of an
    in-memory FTS5 table of the same SQLite the register is indexed by."""
    global _FOLDER
    with _FOLD_LOCK:
        for c in set(q) - _FOLDED.keys():
            if c.isascii() or _caseless(c):
                _FOLDED[c] = c.lower()
                continue
            if _FOLDER is None:
                _FOLDER = sqlcipher3.connect(":memory:", check_same_thread=False)
                _FOLDER.execute("CREATE VIRTUAL TABLE fold USING fts5(x, tokenize = 'trigram')")
                _FOLDER.execute("CREATE VIRTUAL TABLE fold_terms USING fts5vocab(fold, 'row')")
            _FOLDER.execute("DELETE FROM fold")
            _FOLDER.execute("INSERT INTO fold VALUES (?)", (c + FTS_PAD,))
            term = _FOLDER.execute("SELECT term FROM fold_terms").fetchone()[0]
            _FOLDED[c] = term[0]
        return "".join(_FOLDED[c] for c in q)


#: :func:`_candidate_match`'s answer, once asked (a 1-tuple: its answer may be None).
Asked = tuple[str | None] | None


def _more_candidates(s: Session, q: str, asked: Asked = None) -> list[int] | None:
    """Up to :data:`MANY_MATCHES` ids that may contain ``q``, else None.

    Short queries, and longer ones of caseless characters through all their trigrams: they
    narrow far better than every third, and this is asked only when the matches are few.
    ``asked``: :func:`_candidate_match`'s answer for ``q`` when already asked.
    """
    if not q or (len(q) >= TRIGRAM and not _caseless(q)):
        return None
    match = _candidate_match(s, q) if asked is None else asked[0]
    if match is None:
        return None
    if not match:
        return []
    ids = list(s.scalars(select(_FTS.c.rowid).where(_FTS_MATCH.match(match))
                         .limit(MANY_MATCHES + 1)).all())
    return ids if len(ids) <= MANY_MATCHES else None


def _bounded_walk(s: Session, f: DocumentFilter, descending: bool, offset: int,
                  limit: int) -> list[int] | None:
    """The page from walking the newest rows (the oldest in ascending order) of the date
    index, :data:`WALK_FIRST` and some per row asked for, testing each; None when they hold
    less than the page.

    Most of what a clerk types matches a row in a few dozen: the page is full after a few
    hundred rows, however rare the query is in the whole register. When the first span of a
    one- or two-character query held some matches but not a page, a second span sized by how
    many it held (at most :data:`WALK_GROWTH` times the first) is walked before the candidates
    are asked for.
    """
    span = WALK_FIRST + WALK_PER_ROW * (offset + limit)
    ids, complete = _walk_span(s, f, descending, offset, limit, span)
    if complete or not ids or len(check_query(f.text)) >= TRIGRAM:
        return ids if complete else None  # three or more: the candidates narrow the walk
    growth = -(-2 * (offset + limit) // (offset + len(ids)))
    if growth > WALK_GROWTH:  # too few for another walk: the candidates are fewer
        return None
    ids, complete = _walk_span(s, f, descending, offset, limit, span * growth)
    return ids if complete else None


def _walk_span(s: Session, f: DocumentFilter, descending: bool, offset: int, limit: int,
               span: int) -> tuple[list[int], bool]:
    """The page among the first ``span`` rows of the date index, and whether it is the page
    of the whole register (full, or no row beyond the span)."""
    order = _order("received_on", descending)
    hint = f"INDEXED BY {DATE_INDEX}"
    edge = s.execute(select(Document.received_on, Document.id).with_hint(Document, hint, "sqlite")
                     .order_by(*order).offset(span).limit(1)).first()
    stmt = (select(Document.id).where(*_conditions(f, walk=True)).order_by(*order)
            .with_hint(Document, hint, "sqlite").offset(offset).limit(limit))
    if edge is not None:  # the rows on the edge's day and after it (before, ascending)
        day = edge[0]
        stmt = stmt.where(Document.received_on >= day if descending else
                          Document.received_on <= day)
    ids = list(s.scalars(stmt).all())
    return ids, edge is None or len(ids) == limit


def _newest_by_id(s: Session, f: DocumentFilter, match: str | None, offset: int,
                  limit: int) -> list[int] | None:
    """The page newest first, from the text's candidates read from the highest id down.

    FTS5 gives a query's rows in descending id at once, however many there are, and ids
    follow the order of registration, which is nearly that of 收文日期. Candidates are read
    in rounds (:data:`SCAN_ROUNDS`) and confirmed with every condition of the filter; once
    the confirmed rows fill the page, the page is exact if no document below the lowest id
    read can be newer than its last row: the latest 收文日期 of the ids below is bounded by
    ``document_received_block`` (migration 0009) and, within the lowest id's own block, read
    exactly. A match that ties with the last row on the date has a lower id and so comes
    after it. None when the rounds end without that proof (an old ledger imported after
    newer documents): the caller's plan answers then. ``match``: :func:`_candidate_match`.
    """
    if match is None:
        return None
    if not match:
        return []
    need = offset + limit
    order = _order("received_on", True)
    found: list[tuple[dt.date, int]] = []
    below: int | None = None
    for n in SCAN_ROUNDS:
        stmt = select(_FTS.c.rowid).where(_FTS_MATCH.match(match))
        if below is not None:
            stmt = stmt.where(_FTS.c.rowid < below)
        ids = list(s.scalars(stmt.order_by(_FTS.c.rowid.desc()).limit(n)).all())
        if ids:
            below = ids[-1]
            found.extend((d, i) for d, i in s.execute(  # at most a page's worth a round
                select(Document.received_on, Document.id).where(*_conditions(f, _ids(ids)))
                .order_by(*order).limit(need)))
            found = sorted(found, reverse=True)[:need]
        if len(ids) < n:  # every candidate read: the matches are all known
            return [i for _, i in found[offset:need]]
        if len(found) >= need and below is not None:
            latest = _latest_below(s, below)
            if latest is None or latest <= found[need - 1][0]:
                return [i for _, i in found[offset:need]]
    return None


def _latest_below(s: Session, first: int) -> dt.date | None:
    """An upper bound of the 收文日期 of the documents whose id is below ``first``."""
    block = first >> RECEIVED_BLOCK_BITS
    whole = s.scalar(text(f"SELECT max(latest) FROM {RECEIVED_BLOCKS} WHERE block < :b"),  # noqa: S608
                     {"b": block})
    part = s.scalar(select(func.max(Document.received_on)).where(
        Document.id >= block << RECEIVED_BLOCK_BITS, Document.id < first))
    dates = [dt.date.fromisoformat(whole) if whole else None, part]
    return max((d for d in dates if d is not None), default=None)


def _walk_by_date(f: DocumentFilter, known: Known | None) -> bool:
    """Should a page in date order walk the date index, testing each row, until it is full?

    That stops after a page of matches however many there are, where SQLite's own plan would
    fetch every match (tens of thousands for ``关于`` or a level) to sort them. It is the wrong
    plan when the matches are few and far apart: a holder, a sender, an expiry window, or a
    text with few candidates (``known``); those are left to SQLite.
    """
    few = f.holder_id is not None or f.sender_id is not None
    return not (few or f.expiring_within_days is not None or known is not None)


def _planned_page(s: Session, f: DocumentFilter, q: str, order: list[ColumnElement[Any]],
                  sort: str, descending: bool, offset: int, limit: int, *,
                  walked: bool = False, asked: Asked = None) -> list[int]:
    """The page's ids by walking the date index or sorting the candidates (see
    :func:`_walk_by_date`), where reading the candidates newest first proved nothing.

    What the caller already did is not done again: ``walked``, the bounded walk (it found no
    page); ``asked``, the candidates' query, whose first round of all the trigrams held at
    least the first of :data:`SCAN_ROUNDS` rows, so every third of them holds no fewer.
    """
    scanned_many = asked is not None and len(q) >= TRIGRAM and SCAN_ROUNDS[0] >= FEW_MATCHES
    known: Known | None = None if scanned_many else _few_candidates(s, f)
    if known == []:
        return []
    walk = sort == "received_on" and _walk_by_date(f, known)
    ids = _bounded_walk(s, f, descending, offset, limit) if walk and q and not walked else None
    if ids is not None:
        return ids
    if walk and q and len(q) < TRIGRAM:  # rare among the newest: sort its candidates
        more = _more_candidates(s, q, asked)
        if more == []:
            return []
        if more is not None:
            known, walk = _ids(more), False
    stmt = select(Document.id).where(*_conditions(f, known)).order_by(*order)
    if walk:
        stmt = stmt.with_hint(Document, f"INDEXED BY {DATE_INDEX}", "sqlite")
    return list(s.scalars(stmt.offset(offset).limit(limit)).all())


def search_documents_s(
    s: Session, f: DocumentFilter, *, sort: str = "received_on", descending: bool = True,
    offset: int = 0, limit: int = 100,
) -> list[DocumentRow]:
    offset = checks.integer(offset, "offset", "起始行", low=0, high=10**9)
    limit = checks.integer(limit, "limit", "每页行数", low=1, high=MAX_PAGE)
    order = _order(sort, descending)
    q = check_query(f.text)
    ids: list[int] | None = None
    walked, asked = False, None
    if q and sort == "received_on" and descending and f.date_to is None and _walk_by_date(
            f, None):
        # The list's default order (an end date is left to SQLite's plan: the newest rows
        # are not in it). A character or two is common: most pages are among the newest
        # rows, and the trigrams starting with it are many (an OR of hundreds).
        if len(q) < TRIGRAM:
            ids, walked = _bounded_walk(s, f, descending, offset, limit), True
        if ids is None:
            asked = (_candidate_match(s, q),)
            ids = _newest_by_id(s, f, asked[0], offset, limit)
    if ids is None:
        ids = _planned_page(s, f, q, order, sort, descending, offset, limit, walked=walked,
                            asked=asked)
    if not ids:
        return []
    d = Document
    copies = select(func.count()).where(Copy.document_id == d.id).scalar_subquery()
    in_store = select(func.count()).where(Copy.state == CopyState.IN_STORE.value,
                                          Copy.document_id == d.id).scalar_subquery()
    rows = s.execute(  # plain columns, no ORM objects: a page is built a hundred times a minute
        select(d.id, d.internal_no, d.doc_number, d.title, Organisation.name, d.received_on,
               d.level, d.period_kind, d.period_years, d.period_end, d.declassified_on,
               d.discrepancies != "", copies, in_store)
        .outerjoin(Organisation, Organisation.id == d.sender_id)
        .where(d.id.in_(_json_ids(ids)))  # one statement text whatever the page's length
    ).all()
    by_id = {}
    for (id_, internal_no, doc_number, title, sender, received_on, level, period_kind,
         period_years, period_end, declassified_on, discrepancy, n, store) in rows:
        period = Period(PeriodKind(period_kind), period_years,
                        period_end if period_kind == PeriodKind.DATE.value else None)
        by_id[id_] = DocumentRow(
            id=id_, internal_no=internal_no, doc_number=doc_number, title=title,
            sender=sender or "", received_on=received_on, level=Level(level),
            period_label=period.label, period_end=period_end, copies=int(n or 0),
            in_store=int(store or 0), declassified_on=declassified_on,
            has_discrepancy=bool(discrepancy),
        )
    return [by_id[i] for i in ids]


def search_documents(
    register: Register, f: DocumentFilter | None = None, *, sort: str = "received_on",
    descending: bool = True, offset: int = 0, limit: int = 100,
) -> list[DocumentRow]:
    """One page of the register, filtered and sorted in SQL."""
    with register.read() as s:
        return search_documents_s(s, f or DocumentFilter(), sort=sort, descending=descending,
                                  offset=offset, limit=limit)


@dataclass(frozen=True)
class CopyFilter:
    document_id: int | None = None
    state: CopyState | None = None
    holder_id: int | None = None
    levels: tuple[Level, ...] = ()
    text: str = ""  # as for documents


def search_copies(
    register: Register, f: CopyFilter | None = None, *, offset: int = 0, limit: int = 100,
) -> list[CopyInfo]:
    """Copies (items) across the register, newest document first."""
    f = f or CopyFilter()
    offset = checks.integer(offset, "offset", "起始行", low=0, high=10**9)
    limit = checks.integer(limit, "limit", "每页行数", low=1, high=MAX_PAGE)
    stmt = (select(Copy, Document, Person).join(Document, Copy.document_id == Document.id)
            .outerjoin(Person, Copy.holder_id == Person.id))
    if f.document_id is not None:
        stmt = stmt.where(Copy.document_id == f.document_id)
    if f.state is not None:
        stmt = stmt.where(Copy.state == f.state.value)
    if f.holder_id is not None:
        stmt = stmt.where(Copy.holder_id == f.holder_id)
    if f.levels:
        stmt = stmt.where(Document.level.in_([int(x) for x in f.levels]))
    q = check_query(f.text)
    if q:
        stmt = stmt.where(_text_condition(q))
    stmt = stmt.order_by(Document.received_on.desc(), Document.id.desc(), Copy.copy_no,
                         Copy.id).offset(offset).limit(limit)
    with register.read() as s:
        return [_copy_info(c, d, p) for c, d, p in s.execute(stmt).all()]
