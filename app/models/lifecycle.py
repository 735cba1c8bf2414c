"""The life of an item after receipt: circulation, loans, copies, carry-out, return to the
issuer, destruction, departure, stock counts.

domain.md "Register of carriers" and "People". Every table here is a register the clerk
keeps on paper today (传阅登记, 借阅登记, 复印登记, 携带外出登记, 清退清单, 销毁清单,
离岗清退); the copy's one state and holder live on :class:`app.models.documents.Copy`, and
the rules that move them live in ``app.services.lifecycle``. Rows are never deleted.

Approvals use the register's ``approval`` table (:class:`app.models.documents.Approval`);
what exactly was approved (copies, count, until, authority) is in its ``details`` JSON.
"""

from __future__ import annotations

import datetime as dt
import enum

from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base
from app.models.documents import Document


class Circulation(Base):
    """One round of 传阅 of one copy: readers one after the other, back to the clerk
    between two readers (不得横传). A round lasts at most one month (001 八(三))."""

    __tablename__ = "circulation"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    copy_id: Mapped[int] = mapped_column(ForeignKey("copy.id"), index=True)
    started_at: Mapped[str] = mapped_column(String(32))
    started_by: Mapped[str] = mapped_column(String(64))  # clerk's username
    cycle_end: Mapped[dt.date] = mapped_column(Date)  # at most one month after the start
    closed_at: Mapped[str | None] = mapped_column(String(32), nullable=True)
    closed_by: Mapped[str | None] = mapped_column(String(64), nullable=True)
    remarks: Mapped[str] = mapped_column(Text, default="")


class CirculationReading(Base):
    """One reader's turn: handed out (signed by the reader), taken back (by the clerk)."""

    __tablename__ = "circulation_reading"
    __table_args__ = (Index("ix_circulation_reading_open_due", "back_at", "due_on"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    circulation_id: Mapped[int] = mapped_column(ForeignKey("circulation.id"), index=True)
    copy_id: Mapped[int] = mapped_column(ForeignKey("copy.id"), index=True)
    reader_id: Mapped[int] = mapped_column(ForeignKey("person.id"), index=True)  # 阅读人
    out_at: Mapped[str] = mapped_column(String(32))  # 送阅时间
    out_by: Mapped[str] = mapped_column(String(64))  # clerk who handed it out
    signed_by: Mapped[str] = mapped_column(String(32))  # 签收人 (the reader's signature)
    due_on: Mapped[dt.date] = mapped_column(Date)  # 应退日期
    back_at: Mapped[str | None] = mapped_column(String(32), nullable=True)  # 退回时间
    back_by: Mapped[str | None] = mapped_column(String(64), nullable=True)  # clerk receiving


class Loan(Base):
    """借阅: approved, registered and signed; read in the designated room; back on time."""

    __tablename__ = "loan"
    __table_args__ = (
        CheckConstraint("renewals >= 0", name="renewals"),
        Index("ix_loan_open_due", "back_at", "due_on"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    copy_id: Mapped[int] = mapped_column(ForeignKey("copy.id"), index=True)
    borrower_id: Mapped[int] = mapped_column(ForeignKey("person.id"), index=True)  # 借阅人
    approval_id: Mapped[int] = mapped_column(ForeignKey("approval.id"))
    place: Mapped[str] = mapped_column(String(64), default="")  # 阅读地点
    out_at: Mapped[str] = mapped_column(String(32))
    out_by: Mapped[str] = mapped_column(String(64))
    signed_by: Mapped[str] = mapped_column(String(32))  # 借阅人签字
    due_on: Mapped[dt.date] = mapped_column(Date)  # 应还日期
    renewals: Mapped[int] = mapped_column(Integer, default=0)
    back_at: Mapped[str | None] = mapped_column(String(32), nullable=True)
    back_by: Mapped[str | None] = mapped_column(String(64), nullable=True)


class LoanRenewal(Base):
    """续借: each renewal with its own approval."""

    __tablename__ = "loan_renewal"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    loan_id: Mapped[int] = mapped_column(ForeignKey("loan.id"), index=True)
    approval_id: Mapped[int] = mapped_column(ForeignKey("approval.id"))
    at: Mapped[str] = mapped_column(String(32))
    by: Mapped[str] = mapped_column(String(64))
    old_due_on: Mapped[dt.date] = mapped_column(Date)
    new_due_on: Mapped[dt.date] = mapped_column(Date)


class CopyRecord(Base):
    """One line of the 复印登记 (003 复印机 第二十八/二十九条): 复印日期、文件标题、文号、密级、
    复印份数、批准领导、签收人、清退日期. Title, 文号 and level are kept as registered."""

    __tablename__ = "copy_record"
    __table_args__ = (
        CheckConstraint("count > 0", name="count"),
        CheckConstraint("kind IN ('excerpt', 'reproduction')", name="kind"),
        CheckConstraint("level BETWEEN 0 AND 4", name="level"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))  # reproduction (复制) / excerpt (摘抄)
    source_copy_id: Mapped[int] = mapped_column(ForeignKey("copy.id"), index=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("document.id"), index=True)
    approval_id: Mapped[int | None] = mapped_column(ForeignKey("approval.id"), nullable=True)
    copied_on: Mapped[dt.date] = mapped_column(Date)  # 复印日期
    title: Mapped[str] = mapped_column(Text)  # 文件标题
    doc_number: Mapped[str] = mapped_column(String(64))  # 文号
    level: Mapped[int] = mapped_column(Integer)  # 密级
    count: Mapped[int] = mapped_column(Integer)  # 复印份数
    approver_name: Mapped[str] = mapped_column(String(64), default="")  # 批准领导
    received_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id"), nullable=True
    )  # 签收人
    received_by: Mapped[str] = mapped_column(String(32), default="")
    cleared_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)  # 清退日期
    created_at: Mapped[str] = mapped_column(String(32))
    created_by: Mapped[str] = mapped_column(String(64))


class CarryOut(Base):
    """携带外出: approval, destination, return date; 绝密 only with two named people."""

    __tablename__ = "carry_out"
    __table_args__ = (Index("ix_carry_out_open_due", "back_at", "due_on"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    copy_id: Mapped[int] = mapped_column(ForeignKey("copy.id"), index=True)
    approval_id: Mapped[int] = mapped_column(ForeignKey("approval.id"))
    carrier_id: Mapped[int] = mapped_column(ForeignKey("person.id"), index=True)  # 携带人
    companion_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id"), nullable=True, index=True
    )  # 陪同人 (绝密)
    destination: Mapped[str] = mapped_column(String(128))  # 前往地点
    purpose: Mapped[str] = mapped_column(Text, default="")  # 事由
    out_at: Mapped[str] = mapped_column(String(32))
    out_by: Mapped[str] = mapped_column(String(64))
    due_on: Mapped[dt.date] = mapped_column(Date)  # 预定交回日期
    back_at: Mapped[str | None] = mapped_column(String(32), nullable=True)
    back_by: Mapped[str | None] = mapped_column(String(64), nullable=True)


class IssuerReturn(Base):
    """清退: a batch of copies handed back to the issuer, itemised."""

    __tablename__ = "issuer_return"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisation.id"), nullable=True, index=True
    )  # 退往单位
    returned_on: Mapped[dt.date] = mapped_column(Date)  # 清退日期
    received_by: Mapped[str] = mapped_column(String(64))  # 接收人 (at the issuer)
    remarks: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[str] = mapped_column(String(32))
    created_by: Mapped[str] = mapped_column(String(64))


class IssuerReturnItem(Base):
    __tablename__ = "issuer_return_item"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    return_id: Mapped[int] = mapped_column(ForeignKey("issuer_return.id"), index=True)
    copy_id: Mapped[int] = mapped_column(ForeignKey("copy.id"), unique=True)


class DestructionMethod(enum.StrEnum):
    """销毁方式."""

    SHRED = "shred"  # 粉碎
    BURN = "burn"  # 焚烧
    PULP = "pulp"  # 化浆
    DEGAUSS = "degauss"  # 消磁
    PHYSICAL = "physical"  # 物理破坏
    CENTRE = "centre"  # 送保密部门指定销毁机构

    @property
    def label(self) -> str:
        return {
            "shred": "粉碎", "burn": "焚烧", "pulp": "化浆", "degauss": "消磁",
            "physical": "物理破坏", "centre": "送指定销毁机构",
        }[self.value]

    @property
    def on_site(self) -> bool:
        """绝密 is destroyed on site (003 销毁): everything but sending it away."""
        return self is not DestructionMethod.CENTRE


class Destruction(Base):
    """销毁: an approved, itemised list, two witnesses (监销人), a method."""

    __tablename__ = "destruction"
    __table_args__ = (
        CheckConstraint("witness1_id <> witness2_id", name="witnesses"),
        CheckConstraint(
            f"method IN ({', '.join(repr(m.value) for m in sorted(DestructionMethod))})",
            name="method",
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    approval_id: Mapped[int] = mapped_column(ForeignKey("approval.id"), unique=True)
    destroyed_on: Mapped[dt.date] = mapped_column(Date)  # 销毁日期
    method: Mapped[str] = mapped_column(String(16))  # DestructionMethod
    place: Mapped[str] = mapped_column(String(128))  # 销毁地点
    witness1_id: Mapped[int] = mapped_column(ForeignKey("person.id"))  # 监销人
    witness2_id: Mapped[int] = mapped_column(ForeignKey("person.id"))  # 监销人
    remarks: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[str] = mapped_column(String(32))
    created_by: Mapped[str] = mapped_column(String(64))


class DestructionItem(Base):
    __tablename__ = "destruction_item"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    destruction_id: Mapped[int] = mapped_column(ForeignKey("destruction.id"), index=True)
    copy_id: Mapped[int] = mapped_column(ForeignKey("copy.id"), unique=True)


class Departure(Base):
    """离岗: signed off only when the person holds nothing; 脱密期 end recorded."""

    __tablename__ = "departure"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), unique=True)
    departure_date: Mapped[dt.date] = mapped_column(Date)  # 离岗日期
    decontamination_end: Mapped[dt.date] = mapped_column(Date)  # 脱密期满
    handed_over_to: Mapped[str] = mapped_column(String(64), default="")  # 移交给
    remarks: Mapped[str] = mapped_column(Text, default="")
    signed_off_at: Mapped[str] = mapped_column(String(32))
    signed_off_by: Mapped[str] = mapped_column(String(64))


class StocktakeKind(enum.StrEnum):
    MONTHLY_COUNT = "monthly_count"  # 每月清点 (003 清退 2)
    QUARTERLY_CLEARANCE = "quarterly_clearance"  # 每季度清查清退
    HALF_YEAR = "half_year"  # 每半年清理 (001 八(三))

    @property
    def label(self) -> str:
        return {"monthly_count": "月度清点", "quarterly_clearance": "季度清查清退",
                "half_year": "半年清理"}[self.value]


class Stocktake(Base):
    """A count of what is in the clerk's custody, compared with the register."""

    __tablename__ = "stocktake"
    __table_args__ = (
        CheckConstraint(
            f"kind IN ({', '.join(repr(k.value) for k in sorted(StocktakeKind))})", name="kind"
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(24), index=True)
    done_on: Mapped[dt.date] = mapped_column(Date)
    expected: Mapped[int] = mapped_column(Integer)  # copies the register says are held
    found: Mapped[int] = mapped_column(Integer)  # copies counted
    discrepancies: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[str] = mapped_column(String(32))
    created_by: Mapped[str] = mapped_column(String(64))


# The start page lists documents whose return-to-issuer deadline is near: index it here
# (the column belongs to the register's ``document`` table).
Index("ix_document_return_deadline", Document.return_deadline)
