"""The life of one thing, as the inspector asks about it (保密检查: 全程留痕可追溯).

- a copy: where it is now, who held it when (each reading, loan and carry-out with its
  approver and signatures), and its whole readable trail;
- a person: what they held, when;
- a document: what it is now (level and period after approved changes, declassification,
  corrected fields) and its readable trail, where each change and correction shows what it was;
- a medium: its readable trail, every USB decision about it included.

The holdings come from the register's own records (readings, loans, carry-outs); the trail
lines from :mod:`app.services.trail`.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import NotFound
from app.models.documents import Approval, Copy, CopyState, Document
from app.models.enums import Level
from app.models.lifecycle import CarryOut, CirculationReading, Loan
from app.models.media import Medium, MediumStatus
from app.models.people import Person
from app.services import trail
from app.services.documents import DocumentInfo, find_document, normalise_code
from app.services.register import Actor, Register, require_role
from app.services.trail import TrailFilter, TrailLine, local_time


@dataclass(frozen=True)
class Holding:
    """One spell of a copy in someone's hands."""

    copy_label: str
    kind: str  # 传阅 / 借阅 / 携带外出
    holder: str  # 张建国（局领导）
    since: str  # ISO, as stored
    until: str | None  # ISO; None: still out
    approval: str  # 借阅审批（…，李主任批准）; "" for a reading (no approval needed)
    approver: str  # 李主任
    signed_by: str  # the holder's signature on the slip
    companion: str = ""  # 陪同人 of a carry-out
    place: str = ""  # 阅读地点 / 前往地点

    @property
    def since_text(self) -> str:
        return local_time(self.since)

    @property
    def until_text(self) -> str:
        return local_time(self.until) if self.until else "尚未交回"

    def covers(self, day: dt.date) -> bool:
        """Held at some time on ``day`` (local dates)."""
        start = _local_date(self.since)
        end = _local_date(self.until) if self.until else dt.date.max
        return start <= day <= end


def _local_date(iso: str) -> dt.date:
    moment = dt.datetime.fromisoformat(iso)
    if moment.tzinfo is not None:
        moment = moment.astimezone()
    return moment.date()


@dataclass(frozen=True)
class CopyStory:
    copy_id: int
    label: str  # 2026-收-0004 第2份
    code: str
    title: str
    level: Level
    state: CopyState
    holder: str  # "" when in store
    location: str
    where_now: str  # one line: 在库（机要室保密柜1） / 借出，在 孙丽（人事科） 处，应还 …
    holdings: tuple[Holding, ...]  # oldest first

    def held_on(self, day: dt.date) -> list[Holding]:
        return [h for h in self.holdings if h.covers(day)]


def _person(s: Session, pid: int | None) -> str:
    p = s.get(Person, pid) if pid else None
    if p is None:
        return ""
    return f"{p.name}（{p.department}）" if p.department else p.name


def _approval(s: Session, aid: int | None) -> tuple[str, str]:
    a = s.get(Approval, aid) if aid else None
    if a is None:
        return "", ""
    with_names = trail.Names(s)
    with_names.load({"approval": {str(a.id)}})
    return with_names.name("approval", a.id), a.approver_name or ""


def _find_copy(s: Session, code: str) -> tuple[Copy, Document] | None:
    text = code.strip()
    in_brackets = re.fullmatch(r".+?（(.+)）", text)  # 2026-收-0004（R2026-0004-N01）
    if in_brackets:
        text = in_brackets.group(1)
    for form in (text, normalise_code(text)):
        c = s.scalar(select(Copy).where(Copy.code == form))
        if c is not None:
            d = s.get(Document, c.document_id)
            return (c, d) if d is not None else None
    number, _, rest = text.replace(" ", "").partition("/")
    for sep in ("第",):
        if sep in number and not rest:
            number, _, rest = number.partition(sep)
            rest = rest.removesuffix("份")
    d = s.scalar(select(Document).where(Document.internal_no == number))
    if d is not None and rest.isdigit():
        c = s.scalar(select(Copy).where(Copy.document_id == d.id, Copy.copy_no == int(rest),
                                        Copy.original_id.is_(None)))
        if c is not None:
            return c, d
    return None


def copy_story_s(s: Session, code: str) -> CopyStory:
    found = _find_copy(s, code)
    if found is None:
        raise NotFound(f"找不到编号为“{code.strip()[:32]}”的载体", field="code")
    c, d = found
    from app.services.lifecycle.common import copy_label

    label = copy_label(c, d)
    holdings: list[Holding] = []
    for r in s.scalars(select(CirculationReading).where(CirculationReading.copy_id == c.id)):
        holdings.append(Holding(label, "传阅", _person(s, r.reader_id), r.out_at, r.back_at,
                                "", "", r.signed_by))
    for n in s.scalars(select(Loan).where(Loan.copy_id == c.id)):
        approval, approver = _approval(s, n.approval_id)
        holdings.append(Holding(label, "借阅", _person(s, n.borrower_id), n.out_at, n.back_at,
                                approval, approver, n.signed_by, place=n.place))
    for o in s.scalars(select(CarryOut).where(CarryOut.copy_id == c.id)):
        approval, approver = _approval(s, o.approval_id)
        holdings.append(Holding(label, "携带外出", _person(s, o.carrier_id), o.out_at, o.back_at,
                                approval, approver, "", _person(s, o.companion_id),
                                o.destination))
    holdings.sort(key=lambda h: h.since)
    state = CopyState(c.state)
    holder = _person(s, c.holder_id)
    if holder:
        open_ = next((h for h in reversed(holdings) if h.until is None), None)
        where_now = f"{state.label}，在 {holder} 处"
        if open_ is not None and open_.place:
            where_now += f"（{open_.place}）"
    elif state in (CopyState.IN_STORE, CopyState.DECLASSIFIED):
        where_now = f"{state.label}（{c.location or '机要室'}）"
    else:
        where_now = state.label
    return CopyStory(c.id, label, c.code, d.title, Level(d.level), state, holder, c.location,
                     where_now, tuple(holdings))


def copy_story(register: Register, actor: Actor, code: str) -> CopyStory:
    require_role(actor, *trail.READERS)
    with register.read() as s:
        return copy_story_s(s, code)


def person_holdings(register: Register, actor: Actor, name: str) -> list[Holding]:
    """Everything a person held, oldest first (readings, loans, carry-outs)."""
    require_role(actor, *trail.READERS)
    with register.read() as s:
        people = list(s.scalars(select(Person).where(Person.name == name.strip())))
        if not people:
            raise NotFound(f"登记簿中没有名为“{name.strip()[:16]}”的人员", field="person")
        copies: set[int] = set()
        for p in people:
            copies |= set(s.scalars(select(CirculationReading.copy_id)
                                    .where(CirculationReading.reader_id == p.id)))
            copies |= set(s.scalars(select(Loan.copy_id).where(Loan.borrower_id == p.id)))
            copies |= set(s.scalars(select(CarryOut.copy_id).where(CarryOut.carrier_id == p.id)))
        names = {_person(s, p.id) for p in people}
        out: list[Holding] = []
        for cid in copies:
            c = s.get(Copy, cid)
            if c is None:
                continue
            out += [h for h in copy_story_s(s, c.code).holdings if h.holder in names]
        return sorted(out, key=lambda h: h.since)


def document_by_number(register: Register, actor: Actor, internal_no: str
                       ) -> DocumentInfo | None:
    """The document a 收文编号/发文编号 names, as it stands now (its level and period after any
    approved change, its declassification, its corrected fields); None if there is none."""
    require_role(actor, *trail.READERS)
    try:
        return find_document(register, internal_no)
    except NotFound:
        return None


@dataclass(frozen=True)
class MediumStory:
    number: str
    kind: str
    level: Level
    status: str
    holder: str
    lines: tuple[TrailLine, ...]  # oldest first, USB decisions included


def medium_story(register: Register, actor: Actor, number: str) -> MediumStory:
    require_role(actor, *trail.READERS)
    with register.read() as s:
        m = s.scalar(select(Medium).where(Medium.number == number.strip()))
        if m is None:
            raise NotFound(f"找不到编号为“{number.strip()[:32]}”的介质", field="number")
        lines = trail.page(s, TrailFilter(item=m.number), limit=10_000, oldest_first=True)
        return MediumStory(m.number, m.kind, Level(m.highest_level),
                           MediumStatus(m.status).label, m.holder or "", tuple(lines))
