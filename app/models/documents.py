"""The register of carriers: documents, their physical copies, dispatches, approvals.

domain.md "Register of carriers". A :class:`Document` is what was received or sent (文号,
title, level, 保密期限, 知悉范围); each physical copy is a :class:`Copy` with its own 份号,
location, exactly one state and at most one current holder. Internal numbers
(``2026-收-0001``) come from :class:`NumberCounter` and are never reused.

The full-text index ``document_fts`` (FTS5, trigram tokenizer) and the triggers that keep it
in step with ``document`` and ``organisation`` are created by migration 0002 (every text padded
and the trigram list ``document_fts_terms`` added by 0008); they are not mapped (see
:data:`FTS_TABLE`), nor is the table of each id block's latest 收文日期 (0009).
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    func,
    select,
    text,
)
from sqlalchemy.orm import Mapped, Session, mapped_column

from app.errors import ValidationError
from app.models.base import Base

#: The FTS5 table over title, 文号, 收文编号 and sender (created by migration 0002 only).
FTS_TABLE = "document_fts"
#: The trigger of migration 0002 that indexes each new document.
FTS_INSERT_TRIGGER = "document_fts_ai"
#: The fts5vocab table listing the index's trigrams (migration 0008).
FTS_TERMS = "document_fts_terms"
#: An upper bound of the 收文日期 of each block of ids (migration 0009, kept by triggers).
RECEIVED_BLOCKS = "document_received_block"
#: Ids per block of :data:`RECEIVED_BLOCKS`: ``id >> RECEIVED_BLOCK_BITS`` is the block.
RECEIVED_BLOCK_BITS = 10
#: What follows every indexed text (migration 0008): two U+001F, which no stored text or query
#: contains, so that every character of a text starts a trigram.
FTS_PAD = "\x1f\x1f"
#: Indexes the documents whose id is ``:first`` or more, in one statement.
FTS_FILL = (
    "INSERT INTO document_fts (rowid, title, doc_number, internal_no, sender) "
    "SELECT d.id, d.title || char(31, 31), d.doc_number || char(31, 31), "
    "d.internal_no || char(31, 31), coalesce(o.name, '') || char(31, 31) "
    "FROM document AS d LEFT JOIN organisation AS o ON o.id = d.sender_id WHERE d.id >= :first"
)


class DocumentKind(enum.StrEnum):
    """收文 (received) or 发文 (our own, sent out); the infix of the internal number."""

    RECEIVED = "收"
    OUTGOING = "发"

    @property
    def label(self) -> str:
        return "收文" if self is DocumentKind.RECEIVED else "发文"


class PeriodKind(enum.StrEnum):
    """How the 保密期限 is expressed."""

    YEARS = "years"  # 10年: from the document date
    DATE = "date"  # until a given date
    LONG_TERM = "long"  # 长期
    NONE = "none"  # 非密 / 内部: no period


class CarrierType(enum.StrEnum):
    """载体类型."""

    PAPER = "纸质"
    DISC = "光盘"
    MEDIUM = "移动存储介质"
    ELECTRONIC = "电子文件"
    TELEGRAM = "密码电报"  # back the same day and destroyed on site, like 绝密
    OTHER = "其他"

    @property
    def label(self) -> str:
        return self.value

    @classmethod
    def parse(cls, text: str) -> CarrierType:
        value = (text or "").strip() or CarrierType.PAPER.value
        for c in cls:
            if value in (c.value, c.name.lower()):
                return c
        labels = "、".join(c.value for c in cls)
        raise ValidationError(f"未知的载体类型“{value[:20]}”：应为 {labels}", field="carrier")


class CopyState(enum.StrEnum):
    """The one state of a physical copy (issue 4's state machine lives in the services)."""

    IN_STORE = "in_store"  # 在库
    CIRCULATING = "circulating"  # 传阅中
    ON_LOAN = "on_loan"  # 借出
    CARRIED_OUT = "carried_out"  # 携带外出
    RETURNED = "returned"  # 已清退 (returned to the issuer)
    DESTROYED = "destroyed"  # 已销毁
    ARCHIVED = "archived"  # 已归档
    DECLASSIFIED = "declassified"  # 已解密
    DISPATCHED = "dispatched"  # 已发出 (our own document, sent to a recipient)
    LOST = "lost"  # 丢失 (reported within 24 hours; a found copy comes back by a recovery)

    @property
    def label(self) -> str:
        return _STATE_LABELS[self]

    @property
    def has_holder(self) -> bool:
        """Only a copy that is out with someone has a current holder."""
        return self in HOLDING_STATES

    @classmethod
    def parse(cls, text: str) -> CopyState:
        value = (text or "").strip()
        for s in cls:
            if value in (s.value, s.label):
                return s
        raise ValidationError(f"未知的状态“{value[:20]}”", field="state")


_STATE_LABELS = {
    CopyState.IN_STORE: "在库",
    CopyState.CIRCULATING: "传阅中",
    CopyState.ON_LOAN: "借出",
    CopyState.CARRIED_OUT: "携带外出",
    CopyState.RETURNED: "已清退",
    CopyState.DESTROYED: "已销毁",
    CopyState.ARCHIVED: "已归档",
    CopyState.DECLASSIFIED: "已解密",
    CopyState.DISPATCHED: "已发出",
    CopyState.LOST: "丢失",
}

HOLDING_STATES = frozenset({CopyState.CIRCULATING, CopyState.ON_LOAN, CopyState.CARRIED_OUT})
FINAL_STATES = frozenset({CopyState.RETURNED, CopyState.DESTROYED, CopyState.DISPATCHED})


class CopyKind(enum.StrEnum):
    ORIGINAL = "original"  # 原件 (as received, or as printed for dispatch)
    REPRODUCTION = "reproduction"  # 复制件
    EXCERPT = "excerpt"  # 摘抄件


class ScopeKind(enum.StrEnum):
    """One line of a 知悉范围."""

    ALL = "all"  # 全体涉密人员 (still bounded by clearance)
    PERSON = "person"  # a named person
    DEPARTMENT = "department"  # everyone in a department
    POST = "post"  # everyone holding a post/rank (职务), e.g. 局领导

    @property
    def label(self) -> str:
        return {"all": "全体", "person": "人员", "department": "部门", "post": "职务"}[self.value]


class ApprovalKind(enum.StrEnum):
    LEVEL_CHANGE = "level_change"  # 密级变更
    PERIOD_CHANGE = "period_change"  # 保密期限变更
    LOAN = "loan"
    COPY = "copy"
    EXCERPT = "excerpt"
    CARRY_OUT = "carry_out"
    SCOPE = "scope"
    DESTRUCTION = "destruction"

    @property
    def label(self) -> str:
        return {
            "level_change": "密级变更", "period_change": "保密期限变更", "loan": "借阅",
            "copy": "复制", "excerpt": "摘抄", "carry_out": "携带外出",
            "scope": "扩大知悉范围", "destruction": "销毁",
        }[self.value]


class ApprovalStatus(enum.StrEnum):
    PENDING = "pending"  # 待审批
    APPROVED = "approved"  # 已批准
    REFUSED = "refused"  # 未批准
    USED = "used"  # 已使用 (an approval is used once)
    WITHDRAWN = "withdrawn"  # 已撤回

    @property
    def label(self) -> str:
        return {"pending": "待审批", "approved": "已批准", "refused": "未批准",
                "used": "已使用", "withdrawn": "已撤回"}[self.value]


def _in(values: frozenset[str] | list[str]) -> str:
    return ", ".join(f"'{v}'" for v in sorted(values))


class NumberCounter(Base):
    """The last internal number used per year and kind; numbers are never reused."""

    __tablename__ = "number_counter"

    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(8), primary_key=True)  # 收 / 发 / 封
    last: Mapped[int] = mapped_column(Integer)


class Document(Base):
    """A received or outgoing document (one 文号), whatever number of copies it has."""

    __tablename__ = "document"
    __table_args__ = (
        CheckConstraint("level BETWEEN 0 AND 4", name="level"),
        CheckConstraint(f"period_kind IN ({_in([p.value for p in PeriodKind])})",
                        name="period_kind"),
        CheckConstraint(f"kind IN ({_in([k.value for k in DocumentKind])})", name="kind"),
        Index("ix_document_received_on_id", "received_on", "id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(8))  # DocumentKind
    internal_no: Mapped[str] = mapped_column(String(32), unique=True)  # 收文编号 / 发文编号
    doc_number: Mapped[str] = mapped_column(String(64), index=True, default="")  # 文号
    title: Mapped[str] = mapped_column(Text)  # 标题
    sender_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisation.id"), nullable=True, index=True
    )  # 来文单位 (None for our own documents)
    doc_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)  # 成文日期
    received_on: Mapped[dt.date] = mapped_column(Date)  # 收文日期 / 发文日期
    level: Mapped[int] = mapped_column(Integer, index=True)  # enums.Level
    period_kind: Mapped[str] = mapped_column(String(8))  # PeriodKind
    period_years: Mapped[int | None] = mapped_column(Integer, nullable=True)
    # The day the period ends (None: 长期 or no period); indexed for the expiry list.
    period_end: Mapped[dt.date | None] = mapped_column(Date, nullable=True, index=True)
    carrier: Mapped[str] = mapped_column(String(16), default=CarrierType.PAPER.value)
    copy_allowed: Mapped[bool] = mapped_column(Boolean, default=False)  # 发文机关允许复制
    urgent: Mapped[bool] = mapped_column(Boolean, default=False)  # 特急/急件
    return_deadline: Mapped[dt.date | None] = mapped_column(Date, nullable=True)  # 清退期限
    copies_count: Mapped[int] = mapped_column(Integer, default=1)  # 份数
    remarks: Mapped[str] = mapped_column(Text, default="")
    signed_by: Mapped[str] = mapped_column(String(64), default="")  # 签发人 (发文)
    # Receipt envelope checks (None = not checked, e.g. imported from an old ledger).
    envelope_intact: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    envelope_count_ok: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    envelope_numbers_ok: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    envelope_level_ok: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    envelope_sender_ok: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    discrepancies: Mapped[str] = mapped_column(Text, default="")  # 异常情况
    declassified_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)  # 解密日期
    declassified_by: Mapped[str | None] = mapped_column(String(64), nullable=True)
    created_at: Mapped[str] = mapped_column(String(32))
    created_by: Mapped[str] = mapped_column(String(64))


class ScopeEntry(Base):
    """One line of a document's 知悉范围: everyone, a person, a department or a post."""

    __tablename__ = "document_scope"
    __table_args__ = (
        CheckConstraint(f"kind IN ({_in([k.value for k in ScopeKind])})", name="kind"),
        CheckConstraint("(kind = 'person') = (person_id IS NOT NULL)", name="person"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("document.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16))  # ScopeKind
    person_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id"), nullable=True, index=True
    )
    value: Mapped[str] = mapped_column(String(64), default="")  # department, post or name


class Distribution(Base):
    """The approved distribution (主送/抄送) of an outgoing document: who gets how many."""

    __tablename__ = "document_distribution"
    __table_args__ = (
        UniqueConstraint("document_id", "organisation_id"),
        CheckConstraint("copies > 0", name="copies"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("document.id"), index=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisation.id"), index=True)
    copies: Mapped[int] = mapped_column(Integer)


class Copy(Base):
    """One physical item (a copy of a document): its 份号, place, state and holder."""

    __tablename__ = "copy"
    __table_args__ = (
        UniqueConstraint("document_id", "copy_no"),  # 份号 unique per document
        CheckConstraint(f"state IN ({_in([s.value for s in CopyState])})", name="state"),
        CheckConstraint(
            f"holder_id IS NULL OR state IN ({_in([s.value for s in HOLDING_STATES])})",
            name="holder",
        ),
        CheckConstraint("copy_no IS NULL OR copy_no > 0", name="copy_no"),
        CheckConstraint(f"kind IN ({_in([k.value for k in CopyKind])})", name="kind"),
        Index("ix_copy_state_document_id", "state", "document_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("document.id"), index=True)
    copy_no: Mapped[int | None] = mapped_column(Integer, nullable=True)  # 份号
    kind: Mapped[str] = mapped_column(String(16), default=CopyKind.ORIGINAL.value)
    # A 复制件/摘抄件 points at the copy it was made from, with its own number (复制件 1/3).
    original_id: Mapped[int | None] = mapped_column(
        ForeignKey("copy.id"), nullable=True, index=True
    )
    reproduction_no: Mapped[int | None] = mapped_column(Integer, nullable=True)
    # The code printed as barcode/QR on the copy's label; a scanner types it into a field.
    code: Mapped[str] = mapped_column(String(48), unique=True)
    location: Mapped[str] = mapped_column(String(64), default="")  # 存放位置
    state: Mapped[str] = mapped_column(String(16), default=CopyState.IN_STORE.value)
    holder_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id"), nullable=True, index=True
    )  # 当前持有人
    state_since: Mapped[str] = mapped_column(String(32))
    remarks: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[str] = mapped_column(String(32))


class Dispatch(Base):
    """An envelope sent out (发文): recipient, marking = highest level inside, number."""

    __tablename__ = "dispatch"
    __table_args__ = (CheckConstraint("envelope_level BETWEEN 0 AND 4", name="envelope_level"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    dispatch_no: Mapped[str] = mapped_column(String(32), unique=True)  # 封号 2026-封-0001
    recipient_id: Mapped[int] = mapped_column(ForeignKey("organisation.id"), index=True)
    dispatched_on: Mapped[dt.date] = mapped_column(Date)
    envelope_level: Mapped[int] = mapped_column(Integer)  # 信封标密: the highest inside
    urgent: Mapped[bool] = mapped_column(Boolean, default=False)
    remarks: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[str] = mapped_column(String(32))
    created_by: Mapped[str] = mapped_column(String(64))


class DispatchItem(Base):
    __tablename__ = "dispatch_item"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    dispatch_id: Mapped[int] = mapped_column(ForeignKey("dispatch.id"), index=True)
    copy_id: Mapped[int] = mapped_column(ForeignKey("copy.id"), unique=True)


class Approval(Base):
    """A request needing a leader's approval, and its decision (审批记录).

    This issue records level/period change requests; the approvals issue adds the flow
    (loan, copy, carry-out, ...). ``details`` is JSON naming exactly what is approved.
    """

    __tablename__ = "approval"
    __table_args__ = (
        CheckConstraint(f"kind IN ({_in([k.value for k in ApprovalKind])})", name="kind"),
        CheckConstraint(f"status IN ({_in([s.value for s in ApprovalStatus])})",
                        name="status"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(24), index=True)  # ApprovalKind
    status: Mapped[str] = mapped_column(String(16), index=True)  # ApprovalStatus
    document_id: Mapped[int | None] = mapped_column(
        ForeignKey("document.id"), nullable=True, index=True
    )
    person_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id"), nullable=True, index=True
    )  # on whose behalf (the borrower, the carrier, ...)
    details: Mapped[str] = mapped_column(Text, default="{}")  # JSON
    reason: Mapped[str] = mapped_column(Text, default="")
    requested_by: Mapped[str] = mapped_column(String(64))  # account username
    requested_at: Mapped[str] = mapped_column(String(32))
    approver_name: Mapped[str | None] = mapped_column(String(64), nullable=True)
    approver_account_id: Mapped[int | None] = mapped_column(
        ForeignKey("account.id"), nullable=True
    )
    method: Mapped[str | None] = mapped_column(String(16), nullable=True)  # terminal / paper
    reference: Mapped[str | None] = mapped_column(String(128), nullable=True)  # 批件文号
    decided_at: Mapped[str | None] = mapped_column(String(32), nullable=True)
    used_at: Mapped[str | None] = mapped_column(String(32), nullable=True)


@contextmanager
def text_index_deferred(session: Session) -> Iterator[None]:
    """Documents inserted inside the block are indexed together when it ends, in one statement.

    For bulk inserts (a ledger import): one by one, through the insert trigger, FTS5 costs
    about as much as the documents themselves. The trigger is dropped for the block and put
    back after the new documents (ids above the largest before, as SQLite gives them) are
    indexed, all in the caller's transaction: a rollback restores the trigger too. Updates
    and deletes inside the block are still indexed by their own triggers.
    """
    trigger = session.scalar(text("SELECT sql FROM sqlite_master WHERE type = 'trigger' "
                                  "AND name = :name"), {"name": FTS_INSERT_TRIGGER})
    if trigger is None:  # no full-text index in this schema: nothing to defer
        yield
        return
    first = int(session.scalar(select(func.max(Document.id))) or 0) + 1
    session.execute(text(f"DROP TRIGGER {FTS_INSERT_TRIGGER}"))
    try:
        yield
    finally:
        session.execute(text(FTS_FILL), {"first": first})
        session.execute(text(trigger))
