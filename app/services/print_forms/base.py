"""What every form's mapping shares: the prepared print, loading a record or the most recent
one, naming items, people and accounts as the forms print them.

Times in the register are ISO strings with their offset (lifecycle events are local, audit
entries UTC); forms print local wall-clock time.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import NotFound
from app.models.base import Base
from app.models.documents import Copy, CopyKind, Document, PeriodKind, ScopeEntry, ScopeKind
from app.models.enums import Level
from app.models.people import Organisation, Person
from app.reports.catalog import FormKind
from app.reports.data import ItemRef, Period, PrintMeta
from app.reports.page import Mark, highest
from app.services import accounts
from app.services.documents import ScopeLine, scope_text
from app.services.lifecycle.common import reproduction_mark

#: What each record-based form is printed from, as the clerk calls it.
RECORD_WORDS = {
    FormKind.CIRCULATION: "传阅",
    FormKind.LOAN: "借阅",
    FormKind.COPY: "复制（摘抄）",
    FormKind.CARRY_OUT: "携带外出",
    FormKind.DESTRUCTION: "销毁",
    FormKind.RETURN: "清退",
    FormKind.DEPARTURE: "离岗",
    FormKind.INCIDENT: "泄密（丢失）事件",
    FormKind.DISPATCH: "发文封发",
}

#: Forms printed for a span of dates rather than one record.
PERIOD_FORMS = frozenset({FormKind.INCOMING_LEDGER, FormKind.OUTGOING_LEDGER,
                          FormKind.MEDIA_LEDGER, FormKind.INSPECTION})

REF_MAX = 64  # print_job.ref


@dataclass(frozen=True)
class Prepared:
    """A form ready to issue: what it is, its level, how to draw it, which record it shows.

    ``ref`` (``circulation:12``, ``incoming_ledger:2026-01-01~2026-11-23``) is kept with the
    print job, so a slip's code later says what the register holds about that record now.
    """

    kind: FormKind
    title: str
    subject: str
    level: Level
    render: Callable[[PrintMeta], bytes]
    ref: str | None = None


def level_of(marks: Iterable[Mark]) -> Level:
    """The form's level: the highest level of what it lists."""
    top = highest(marks)
    return top.level if top is not None else Level.UNCLASSIFIED


def ref(kind: FormKind, key: object) -> str:
    return f"{kind.value}:{key}"[:REF_MAX]


def clip(text: str, n: int) -> str:
    """Derived text (lists of names, summaries) kept within a field's limit."""
    text = " ".join(text.split()) if "\n" not in text else text
    return text if len(text) <= n else text[: n - 1] + "…"


def missing(kind: FormKind, record_id: int | None = None) -> NotFound:
    what = RECORD_WORDS.get(kind, kind.label)
    if record_id is None:
        return NotFound(f"登记簿中还没有{what}记录，无法打印{kind.label}", field="record")
    return NotFound(f"登记簿中没有编号为 {record_id} 的{what}记录，无法打印{kind.label}",
                    field="record")


R = TypeVar("R", bound=Base)


def pick(s: Session, model: type[R], record_id: int | None, kind: FormKind) -> R:
    """The record asked for, or the most recent one (highest id); refused if there is none."""
    row: R | None
    if record_id is None:
        newest = getattr(model, "id").desc()  # noqa: B009  (every mapped record has an id)
        row = s.scalars(select(model).order_by(newest).limit(1)).first()
    else:
        row = s.get(model, record_id) if isinstance(record_id, int) else None
    if row is None:
        raise missing(kind, record_id)
    return row


# -- time ---------------------------------------------------------------------------------------
def local(iso: str | None) -> dt.datetime | None:
    """A stored ISO time as local wall-clock time (what the forms print)."""
    if not iso:
        return None
    try:
        t = dt.datetime.fromisoformat(iso)
    except ValueError:
        return None
    if t.tzinfo is not None:
        t = t.astimezone().replace(tzinfo=None)
    return t


def local_day(iso: str | None) -> dt.date | None:
    t = local(iso)
    return t.date() if t is not None else None


def today() -> dt.date:
    return dt.datetime.now().astimezone().date()


def year_to_date(day: dt.date | None = None) -> Period:
    """The default span of ledgers and the inspection: this year up to today."""
    day = day or today()
    return Period(dt.date(day.year, 1, 1), day)


def period_ref(kind: FormKind, period: Period) -> str:
    return ref(kind, f"{period.start.isoformat()}~{period.end.isoformat()}")


# -- names ----------------------------------------------------------------------------------------
#: Username → display name (the clerk as the forms name them).
account_names = accounts.display_names_s


def display(names: dict[str, str], username: str | None) -> str:
    if not username:
        return ""
    return names.get(username, username)[:32]


def sender_name(s: Session, d: Document) -> str:
    if d.sender_id is None:
        return ""
    org = s.get(Organisation, d.sender_id)
    return org.name if org else ""


def person(s: Session, person_id: int | None) -> Person | None:
    return s.get(Person, person_id) if person_id else None


def person_name(p: Person | None) -> str:
    return p.name if p is not None else ""


def document_scope(s: Session, document_id: int) -> str:
    rows = s.scalars(select(ScopeEntry).where(ScopeEntry.document_id == document_id)
                     .order_by(ScopeEntry.id))
    return scope_text(ScopeLine(ScopeKind(r.kind), r.value, r.person_id) for r in rows)


# -- items ----------------------------------------------------------------------------------------
_CARRIER_KIND = {"纸质": "文件"}


def copy_number(c: Copy | None) -> str:
    """份号 as the forms print it: ``15``; ``复制件 1/3`` for a copy made here; blank if none."""
    if c is None:
        return ""
    if c.kind != CopyKind.ORIGINAL.value:
        return reproduction_mark(c, unknown="").strip()[:64]
    return str(c.copy_no) if c.copy_no else ""


def item_ref(d: Document, sender: str, c: Copy | None = None, *, copies: int = 1) -> ItemRef:
    """A registered document (one copy of it, or ``copies`` of them) as a form names it."""
    years = d.period_years if d.period_kind == PeriodKind.YEARS.value else None
    text = ""
    if d.period_kind == PeriodKind.LONG_TERM.value:
        text = "长期"
    elif d.period_kind == PeriodKind.DATE.value and d.period_end is not None:
        text = d.period_end.isoformat()
    level = Level(d.level)
    return ItemRef(
        doc_number=d.doc_number, title=d.title, level=level, copy_number=copy_number(c),
        period_years=years if level.is_classified and years and 0 < years <= 100 else None,
        issuer=sender, kind=_CARRIER_KIND.get(d.carrier, d.carrier),
        copies=max(1, min(copies, 9999)), register_number=d.internal_no,
        period_text=text if level.is_classified else "", code=c.code if c is not None else "",
    )


def copy_label(c: Copy, d: Document) -> str:
    """``2026-收-0001 第3份`` / ``2026-收-0001 复制件 1/3``: the copy as the clerk names it."""
    number = copy_number(c)
    if not number:
        return d.internal_no
    return f"{d.internal_no} 第{number}份" if number.isdigit() else f"{d.internal_no} {number}"


def load_copy(s: Session, copy_id: int) -> tuple[Copy, Document, str]:
    c = s.get(Copy, copy_id)
    if c is None:  # pragma: no cover  (foreign key)
        raise NotFound(f"找不到编号为 {copy_id} 的载体", field="copy")
    d = s.get(Document, c.document_id)
    assert d is not None  # noqa: S101  (foreign key)
    return c, d, sender_name(s, d)
