"""知悉范围: who may know an item, as lines of people, departments and posts."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import NotFound, ValidationError
from app.models.documents import (
    ScopeEntry,
    ScopeKind,
)
from app.models.enums import Level
from app.models.people import Person
from app.services import checks, people
from app.services.documents.base import SCOPE_MAX, _document
from app.services.register import Register


# -- scope (知悉范围) -------------------------------------------------------------------------
@dataclass(frozen=True)
class ScopeLine:
    kind: ScopeKind
    value: str  # department, post or the person's name ("" for ALL)
    person_id: int | None = None

    @property
    def label(self) -> str:
        return "全体涉密人员" if self.kind is ScopeKind.ALL else self.value


_ALL_WORDS = ("全体", "全体人员", "全体涉密人员", "全体干部职工")
_PREFIX = {"人员": ScopeKind.PERSON, "部门": ScopeKind.DEPARTMENT, "职务": ScopeKind.POST}
_SCOPE_SPLIT = re.compile(r"[,，、;；\s]+")
_FORCED = re.compile(r"^(人员|部门|职务)[:：](.+)$")


def _words(texts: Iterable[str]) -> set[str]:
    """Every word of these 知悉范围 a person's name, department or post could match."""
    out: set[str] = set()
    for text in texts:
        for word in _SCOPE_SPLIT.split(text if isinstance(text, str) else ""):
            m = _FORCED.match(word)
            if m:
                out.add(m.group(2))
            elif word:
                out.add(word)
    return out


class ScopeResolver:
    """Reads a 知悉范围 written as the clerk writes it (``局领导、办公室、张三``).

    A word is a person's name if someone of that name is registered, else a department if
    someone works there, else a post if someone holds it; ``部门:``, ``职务:``, ``人员:``
    force the reading, and ``全体`` means every cleared person.
    """

    def __init__(self, s: Session, texts: Iterable[str] | None = None) -> None:
        """``texts``: only these will be parsed, so only the people whose name, department or
        post is one of their words are read (a single receipt does not read every person of
        a register with 100,000 of them). None: everybody (a ledger import)."""
        self.names: dict[str, list[int]] = {}
        self.departments: set[str] = set()
        self.posts: set[str] = set()
        stmt = select(Person.id, Person.name, Person.department, Person.post)
        if texts is not None:
            words = sorted(_words(texts))
            if not words:
                return
            stmt = stmt.where(Person.name.in_(words) | Person.department.in_(words)
                              | Person.post.in_(words))
        for pid, name, dept, post in s.execute(stmt):
            self.names.setdefault(name, []).append(pid)
            self.departments.add(dept)
            if post:
                self.posts.add(post)

    def parse(self, text: str) -> tuple[ScopeLine, ...]:
        text = checks.text(text, "scope", "知悉范围", max_len=SCOPE_MAX, required=False)
        lines: list[ScopeLine] = []
        for word in (w for w in _SCOPE_SPLIT.split(text) if w):
            line = self._word(word)
            if line not in lines:
                lines.append(line)
        return tuple(lines)

    def _word(self, word: str) -> ScopeLine:
        if len(word) > 64:
            raise ValidationError(f"知悉范围中的“{word[:20]}…”过长", field="scope")
        if word in _ALL_WORDS:
            return ScopeLine(ScopeKind.ALL, "")
        m = _FORCED.match(word)
        if m:
            kind, value = _PREFIX[m.group(1)], m.group(2)
            if kind is ScopeKind.PERSON:
                return self._person(value, word)
            return ScopeLine(kind, value)
        if word in self.names:
            return self._person(word, word)
        if word in self.departments:
            return ScopeLine(ScopeKind.DEPARTMENT, word)
        if word in self.posts:
            return ScopeLine(ScopeKind.POST, word)
        if word.endswith(("长", "主任", "书记")):
            return ScopeLine(ScopeKind.POST, word)
        return ScopeLine(ScopeKind.DEPARTMENT, word)

    def _person(self, name: str, word: str) -> ScopeLine:
        ids = self.names.get(name, [])
        if not ids:
            raise ValidationError(f"知悉范围中的人员“{name[:20]}”未登记", field="scope")
        if len(ids) > 1:
            raise ValidationError(
                f"知悉范围中的“{name[:20]}”有重名，请改写为其部门", field="scope"
            )
        return ScopeLine(ScopeKind.PERSON, name, ids[0])

    def render(self, lines: Iterable[ScopeLine]) -> str:
        """The text that :meth:`parse` reads back as the same lines."""
        words = []
        for line in lines:
            word = line.label
            try:
                same = self._word(word) == line
            except ValidationError:
                same = False
            if not same and line.kind is not ScopeKind.ALL:
                word = f"{line.kind.label}:{line.value}"
            words.append(word)
        return "、".join(words)


def scope_text(lines: Iterable[ScopeLine]) -> str:
    return "、".join(line.label for line in lines)


def _scope_lines(s: Session, document_id: int) -> tuple[ScopeLine, ...]:
    rows = s.scalars(select(ScopeEntry).where(ScopeEntry.document_id == document_id)
                     .order_by(ScopeEntry.id))
    return tuple(ScopeLine(ScopeKind(r.kind), r.value, r.person_id) for r in rows)


def in_scope_lines(lines: Iterable[ScopeLine], person: Person | people.PersonInfo) -> bool:
    for line in lines:
        if line.kind is ScopeKind.ALL:
            return True
        if line.kind is ScopeKind.PERSON and line.person_id == person.id:
            return True
        if line.kind is ScopeKind.DEPARTMENT and line.value == person.department:
            return True
        if line.kind is ScopeKind.POST and person.post and line.value == person.post:
            return True
    return False


def in_scope_s(s: Session, document_id: int, person_id: int) -> bool:
    """Is the person inside the document's 知悉范围 (within an open session)?"""
    person = s.get(Person, person_id)
    if person is None:
        raise NotFound(f"找不到编号为 {person_id} 的人员", field="person")
    return in_scope_lines(_scope_lines(s, document_id), person)


def in_scope(register: Register, document_id: int, person_id: int) -> bool:
    with register.read() as s:
        return in_scope_s(s, document_id, person_id)


def may_receive_s(s: Session, document_id: int, person_id: int) -> str | None:
    """Why this person may not receive a copy of this document (None when they may).

    Checks, in order: on post, clearance at or above the level, inside the 知悉范围.
    """
    doc = _document(s, document_id)
    person = s.get(Person, person_id)
    if person is None:
        raise NotFound(f"找不到编号为 {person_id} 的人员", field="person")
    reason = people.may_receive_level(person, Level(doc.level))
    if reason:
        return reason
    if not in_scope_lines(_scope_lines(s, document_id), person):
        return f"{person.name}（{person.department}）不在《{_short(doc.title)}》的知悉范围内"
    return None


def may_receive(register: Register, document_id: int, person_id: int) -> str | None:
    with register.read() as s:
        return may_receive_s(s, document_id, person_id)


def _short(title: str, n: int = 24) -> str:
    return title if len(title) <= n else title[:n] + "…"
