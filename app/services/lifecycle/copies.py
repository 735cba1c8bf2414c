"""复制 and 摘抄: controlled, approved, registered; each copy managed as the original.

domain.md "Register of carriers" (002 篇四; 003 复印; 003 复印机 第二十八/二十九条):
- 绝密 is not copied unless the originating authority (原定密机关) approves;
- 机密/秘密 only if the issuer allows copying and the unit leader approves;
- excerpts of 绝密 need approval;
- each copy is a new item of the same document (so the same level, period and 知悉范围),
  linked to its original, with its own number (``复制件 1/3``), and one line in the copy
  register (复印日期、文件标题、文号、密级、复印份数、批准领导、签收人、清退日期).
A compilation (汇编) takes the highest level and the longest period of its parts.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import NotFound, RuleViolation, ValidationError
from app.models.documents import (
    ApprovalKind,
    Copy,
    CopyKind,
    CopyState,
    Document,
    PeriodKind,
)
from app.models.enums import Level
from app.models.lifecycle import CopyRecord
from app.services import audit
from app.services.lifecycle import approvals, common, states
from app.services.lifecycle.approvals import Authority
from app.services.lifecycle.states import Action
from app.services.register import Actor, Register

MAX_COPIES = 50


@dataclass(frozen=True)
class CopyRecordInfo:
    """One line of the 复印登记, with the copies it made."""

    id: int
    kind: CopyKind
    copied_on: dt.date
    title: str
    doc_number: str
    level: Level
    count: int
    approver_name: str
    received_by: str
    cleared_on: dt.date | None
    source_copy_id: int
    new_copy_ids: tuple[int, ...]
    new_labels: tuple[str, ...]


def _record_info(s: Session, r: CopyRecord) -> CopyRecordInfo:
    rows = s.execute(
        select(Copy, Document).join(Document, Document.id == Copy.document_id)
        .where(Copy.original_id == r.source_copy_id, Copy.code.like(f"%-{_mark(r)}{r.id}-%"))
        .order_by(Copy.reproduction_no)
    ).all()
    return CopyRecordInfo(
        id=r.id, kind=CopyKind(r.kind), copied_on=r.copied_on, title=r.title,
        doc_number=r.doc_number, level=Level(r.level), count=r.count,
        approver_name=r.approver_name, received_by=r.received_by, cleared_on=r.cleared_on,
        source_copy_id=r.source_copy_id, new_copy_ids=tuple(c.id for c, _ in rows),
        new_labels=tuple(common.copy_label(c, d) for c, d in rows),
    )


def _mark(r: CopyRecord) -> str:
    return "E" if r.kind == CopyKind.EXCERPT.value else "F"


def copy_refusal(level: Level, copy_allowed: bool, kind: CopyKind) -> tuple[bool, Authority] | str:
    """Whether copying needs an approval and whose, or why it is not allowed at all.

    Excerpts (摘抄) follow the stricter sources: 绝密 only with the originating authority's
    approval (002 篇四 (六)), 机密/秘密 with a leader's (002 篇二 第七条; 003 领导干部保密守则
    第九条(三)); the issuer's no-copy flag concerns reproduction, not excerpts.
    """
    if kind is CopyKind.EXCERPT:
        if level >= Level.TOP_SECRET:
            return (True, Authority.ORIGINATING)
        return (level.is_classified, Authority.LEADER)
    if level >= Level.TOP_SECRET:
        return (True, Authority.ORIGINATING)
    if level.is_classified:
        if not copy_allowed:
            return (f"发文机关不允许复制此件：{level.label}文件须发文机关允许复制，"
                    "并经本单位领导批准（002 篇四）")
        return (True, Authority.LEADER)
    return (False, Authority.LEADER)


def make_copies(
    register: Register,
    actor: Actor,
    source_copy_id: int,
    *,
    count: int,
    received_by_id: int,
    approval_id: int | None = None,
    kind: CopyKind = CopyKind.REPRODUCTION,
    copied_on: dt.date | None = None,
) -> CopyRecordInfo:
    """Make ``count`` copies (or excerpts) of a copy in store, registered and numbered."""
    common.require_clerk(actor)
    kind = CopyKind(kind)
    if kind is CopyKind.ORIGINAL:
        raise ValidationError("复制的种类须为复制件或摘抄件", field="kind")
    if isinstance(count, bool) or not isinstance(count, int) or not 1 <= count <= MAX_COPIES:
        raise ValidationError(f"复印份数须在 1 到 {MAX_COPIES} 之间", field="count")
    day = copied_on or common.today()
    if day > common.today():
        raise ValidationError("复印日期不能晚于今天", field="copied_on")
    action = Action.EXCERPT if kind is CopyKind.EXCERPT else Action.COPY
    when = common.now()
    with register.write() as s:
        src, d = common.load_copy(s, source_copy_id)
        states.next_state(CopyState(src.state), action)
        level = Level(d.level)
        needs = copy_refusal(level, d.copy_allowed, kind)
        if isinstance(needs, str):
            raise RuleViolation(needs, field="approval")
        needs_approval, authority = needs
        receiver = common.load_person(s, received_by_id, "received_by")
        common.check_receiver(s, d, receiver)
        approver = ""
        used_id: int | None = None
        if needs_approval:
            if approval_id is None:
                if authority is Authority.ORIGINATING:
                    raise RuleViolation(f"绝密文件未经原定密机关批准不得{action.label}（002 篇四）",
                                        field="approval")
                raise RuleViolation(f"{level.label}文件{action.label}须经本单位领导批准",
                                    field="approval")
            a = approvals.use_s(
                s, actor, approval_id,
                ApprovalKind.EXCERPT if kind is CopyKind.EXCERPT else ApprovalKind.COPY,
                document_id=d.id, copy_ids=[src.id], count=count, authority=authority,
                used_for=f"{action.label}:载体{src.id}", beneficiary=receiver,
            )
            approver, used_id = a.approver_name or "", a.id
        r = CopyRecord(
            kind=kind.value, source_copy_id=src.id, document_id=d.id, approval_id=used_id,
            copied_on=day, title=d.title, doc_number=d.doc_number, level=d.level, count=count,
            approver_name=approver, received_by_id=receiver.id, received_by=receiver.name,
            created_at=audit.now_iso(), created_by=actor.username,
        )
        s.add(r)
        s.flush()
        word = "摘抄件" if kind is CopyKind.EXCERPT else "复制件"
        for k in range(1, count + 1):
            new = Copy(
                document_id=d.id, copy_no=None, kind=kind.value, original_id=src.id,
                reproduction_no=k, code=f"{src.code}-{_mark(r)}{r.id}-{k}",
                location=src.location, state=CopyState.IN_STORE.value, holder_id=None,
                state_since=common.iso(when), remarks=f"{word} {k}/{count}",
                created_at=audit.now_iso(),
            )
            s.add(new)
            s.flush()
            audit.record(s, actor.username, "copy.create", "copy", new.id, after={
                "种类": word, "编号": f"{word} {k}/{count}", "原件": common.copy_label(src, d),
                "复印登记": r.id, "密级": level.label, "状态": CopyState.IN_STORE.label,
            })
        common.move(s, actor, src, action, holder=None, at=when, details={
            "复印登记": r.id, "份数": count, "批准人": approver, "签收人": receiver.name,
        })
        return _record_info(s, r)


def copy_register(register: Register, document_id: int | None = None) -> list[CopyRecordInfo]:
    """The 复印登记, oldest first (of one document, or all)."""
    with register.read() as s:
        stmt = select(CopyRecord).order_by(CopyRecord.id)
        if document_id is not None:
            stmt = stmt.where(CopyRecord.document_id == document_id)
        return [_record_info(s, r) for r in s.scalars(stmt)]


def mark_cleared_s(s: Session, actor: Actor, copy: Copy, on: dt.date) -> None:
    """When every copy a record made has left custody, its 清退日期 is filled in."""
    if copy.kind == CopyKind.ORIGINAL.value or copy.original_id is None:
        return
    for r in s.scalars(select(CopyRecord).where(CopyRecord.source_copy_id == copy.original_id,
                                                CopyRecord.cleared_on.is_(None))):
        made = s.scalars(select(Copy).where(Copy.original_id == r.source_copy_id,
                                            Copy.code.like(f"%-{_mark(r)}{r.id}-%"))).all()
        if made and all(states.CopyState(c.state) in states.FINAL for c in made):
            r.cleared_on = on
            audit.record(s, actor.username, "copy_record.cleared", "copy_record", r.id,
                         after={"清退日期": on.isoformat()})


# -- 汇编 ------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Marking:
    """Level and period of an item: ``long_term`` for 长期, else the end day (None: none)."""

    level: Level
    period_end: dt.date | None = None
    long_term: bool = False


def compilation_marking(parts: Sequence[Marking]) -> Marking:
    """A compilation takes the highest level and the longest period of its parts (003 汇编 2)."""
    if not parts:
        raise ValidationError("汇编至少要有一份来源文件", field="sources")
    level = max(p.level for p in parts)
    if any(p.long_term for p in parts):
        return Marking(level, None, True)
    ends = [p.period_end for p in parts if p.period_end is not None]
    return Marking(level, max(ends) if ends else None, False)


def marking_of(register: Register, document_ids: Sequence[int]) -> Marking:
    """The marking a compilation of these registered documents must carry."""
    with register.read() as s:
        parts = []
        for i in common.ids(document_ids, "sources", "来源文件"):
            d = s.get(Document, i)
            if d is None:
                raise NotFound(f"找不到编号为 {i} 的文件", field="sources")
            parts.append(Marking(Level(d.level), d.period_end,
                                 d.period_kind == PeriodKind.LONG_TERM.value))
        return compilation_marking(parts)
