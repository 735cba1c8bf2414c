"""Tables of the removable media ledger (移动存储介质台帐): media, their events, loss incidents."""

from __future__ import annotations

import enum

from sqlalchemy import ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.errors import ValidationError
from app.models.base import Base


class MediumKind(enum.StrEnum):
    """介质类型. Equipment (a USB printer, USB key, barcode scanner) is registered as 设备."""

    USB_STICK = "usb_stick"  # U盘
    HARD_DISK = "hard_disk"  # 移动硬盘
    OPTICAL = "optical"  # 光盘
    MEMORY_CARD = "memory_card"  # 存储卡
    EQUIPMENT = "equipment"  # 设备

    @property
    def label(self) -> str:
        return _KIND_LABELS[self]

    @classmethod
    def parse(cls, text: str) -> MediumKind:
        value = (text or "").strip()
        for k, label in _KIND_LABELS.items():
            if value in (label, k.value):
                return k
        raise ValidationError(
            f"未知的介质类型“{value[:20]}”：应为 U盘、移动硬盘、光盘、存储卡 或 设备", field="kind"
        )


_KIND_LABELS = {
    MediumKind.USB_STICK: "U盘",
    MediumKind.HARD_DISK: "移动硬盘",
    MediumKind.OPTICAL: "光盘",
    MediumKind.MEMORY_CARD: "存储卡",
    MediumKind.EQUIPMENT: "设备",
}


class MediumStatus(enum.StrEnum):
    """状态 of a medium in the ledger."""

    IN_USE = "in_use"  # 在用
    STORED = "stored"  # 停用 (kept by the clerk)
    OUT = "out"  # 外出 (carried out with approval)
    REPAIR = "repair"  # 维修 (at a designated place)
    LOST = "lost"  # 丢失
    DESTROYED = "destroyed"  # 已销毁

    @property
    def label(self) -> str:
        return _STATUS_LABELS[self]

    @classmethod
    def parse(cls, text: str) -> MediumStatus:
        value = (text or "").strip()
        for s, label in _STATUS_LABELS.items():
            if value in (label, s.value):
                return s
        raise ValidationError(
            f"未知的状态“{value[:20]}”：应为 在用、停用、外出、维修、丢失 或 已销毁",
            field="status",
        )


_STATUS_LABELS = {
    MediumStatus.IN_USE: "在用",
    MediumStatus.STORED: "停用",
    MediumStatus.OUT: "外出",
    MediumStatus.REPAIR: "维修",
    MediumStatus.LOST: "丢失",
    MediumStatus.DESTROYED: "已销毁",
}


class MediumEventKind(enum.StrEnum):
    REGISTERED = "registered"  # 登记
    ISSUED = "issued"  # 发放
    RETURNED = "returned"  # 归还
    CARRIED_OUT = "carried_out"  # 携带外出（审批）
    BROUGHT_BACK = "brought_back"  # 带回
    INVENTORIED = "inventoried"  # 清查
    SENT_FOR_REPAIR = "sent_for_repair"  # 送修（指定维修点）
    REPAIRED = "repaired"  # 修复返回
    LOST = "lost"  # 丢失
    DESTROYED = "destroyed"  # 销毁（审批）
    LEVEL_RAISED = "level_raised"  # 密级提高
    COPIED = "copied"  # 复制（审批）: a new medium was made from this one

    @property
    def label(self) -> str:
        return {
            MediumEventKind.REGISTERED: "登记",
            MediumEventKind.ISSUED: "发放",
            MediumEventKind.RETURNED: "归还",
            MediumEventKind.CARRIED_OUT: "携带外出",
            MediumEventKind.BROUGHT_BACK: "带回",
            MediumEventKind.INVENTORIED: "清查",
            MediumEventKind.SENT_FOR_REPAIR: "送修",
            MediumEventKind.REPAIRED: "修复返回",
            MediumEventKind.LOST: "丢失",
            MediumEventKind.DESTROYED: "销毁",
            MediumEventKind.LEVEL_RAISED: "密级提高",
            MediumEventKind.COPIED: "复制",
        }[self]


class Medium(Base):
    """One removable medium or piece of USB equipment in the ledger (台帐)."""

    __tablename__ = "medium"
    __table_args__ = (
        UniqueConstraint("vendor_id", "product_id", "serial",
                         name="uq_medium_vendor_id_product_id_serial"),
        Index("ix_medium_serial", "serial"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    number: Mapped[str] = mapped_column(String(32), unique=True)  # 编号
    kind: Mapped[str] = mapped_column(String(16))  # MediumKind
    brand_model: Mapped[str] = mapped_column(String(64))  # 品牌型号
    vendor_id: Mapped[str | None] = mapped_column(String(4), nullable=True)  # 4 hex digits
    product_id: Mapped[str | None] = mapped_column(String(4), nullable=True)
    serial: Mapped[str | None] = mapped_column(String(128), nullable=True)
    descriptor_hash: Mapped[str | None] = mapped_column(String(64), nullable=True)
    capacity: Mapped[str | None] = mapped_column(String(16), nullable=True)  # e.g. "64GB"
    level: Mapped[int] = mapped_column(Integer)  # Level; the medium's marking
    # The highest level it ever held: never lowered, even after deletion or formatting.
    highest_level: Mapped[int] = mapped_column(Integer)
    # 责任人: a registered person (``holder_id``); ``holder`` keeps their name as registered,
    # and the free-text name of ledgers from before the people register (``holder_id`` None).
    holder: Mapped[str] = mapped_column(String(64))
    holder_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id"), nullable=True, index=True)
    # A copy (复制) of another medium of the ledger, made with approval: its source.
    copied_from_id: Mapped[int | None] = mapped_column(
        ForeignKey("medium.id"), nullable=True, index=True)
    status: Mapped[str] = mapped_column(String(16))  # MediumStatus
    bought_on: Mapped[str | None] = mapped_column(String(10), nullable=True)  # ISO date
    last_inventory_on: Mapped[str | None] = mapped_column(String(10), nullable=True)
    created_at: Mapped[str] = mapped_column(String(32))


class MediumEvent(Base):
    """One step in a medium's life, with who, when, and the approval where one is needed."""

    __tablename__ = "medium_event"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    medium_id: Mapped[int] = mapped_column(ForeignKey("medium.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16))  # MediumEventKind
    at: Mapped[str] = mapped_column(String(32))
    actor: Mapped[str] = mapped_column(String(64))
    person: Mapped[str | None] = mapped_column(String(64), nullable=True)
    approval_ref: Mapped[str | None] = mapped_column(String(64), nullable=True)
    place: Mapped[str | None] = mapped_column(String(128), nullable=True)
    note: Mapped[str | None] = mapped_column(Text, nullable=True)
    # The approval record used for the step (carry-out, copy, destruction), when there is one.
    approval_id: Mapped[int | None] = mapped_column(
        ForeignKey("approval.id"), nullable=True, index=True)


class Incident(Base):
    """A loss (泄密事件 / 丢失) that must be reported within 24 hours."""

    __tablename__ = "incident"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))  # "loss"
    medium_id: Mapped[int | None] = mapped_column(
        ForeignKey("medium.id"), nullable=True, index=True
    )
    # A lost paper copy (lifecycle/loss.py) instead of a medium.
    copy_id: Mapped[int | None] = mapped_column(ForeignKey("copy.id"), nullable=True, index=True)
    opened_at: Mapped[str] = mapped_column(String(32))
    report_due_at: Mapped[str] = mapped_column(String(32))
    reported_at: Mapped[str | None] = mapped_column(String(32), nullable=True)
    reported_to: Mapped[str | None] = mapped_column(String(64), nullable=True)
    description: Mapped[str] = mapped_column(Text)
    opened_by: Mapped[str] = mapped_column(String(64))
