"""People (涉密人员) and organisations (来文/收文单位).

domain.md "People": a person's clearance (核心/重要/一般) bounds the levels they may receive;
on leaving a post (离岗) they hand back every item, and a decontamination period (脱密期)
follows.
"""

from __future__ import annotations

import datetime as dt
import enum

from sqlalchemy import CheckConstraint, Date, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base


class PersonStatus(enum.StrEnum):
    """在岗 / 离岗."""

    ON_POST = "on_post"
    DEPARTED = "departed"

    @property
    def label(self) -> str:
        return "在岗" if self is PersonStatus.ON_POST else "离岗"

    @classmethod
    def parse(cls, text: str) -> PersonStatus:
        from app.errors import ValidationError

        value = (text or "").strip()
        for s in cls:
            if value in (s.value, s.label):
                return s
        raise ValidationError(f"未知的状态“{value[:20]}”：应为 在岗 或 离岗", field="status")


class Person(Base):
    """One cleared member of staff (涉密人员). Never deleted: the trail refers to them."""

    __tablename__ = "person"
    __table_args__ = (
        # Two people of the same name in one department cannot be told apart on a slip.
        UniqueConstraint("name", "department"),
        CheckConstraint("clearance IN (2, 3, 4)", name="clearance"),
        CheckConstraint("status IN ('on_post', 'departed')", name="status"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(32), index=True)  # 姓名
    department: Mapped[str] = mapped_column(String(64), index=True)  # 部门
    post: Mapped[str] = mapped_column(String(64), default="")  # 职务
    clearance: Mapped[int] = mapped_column(Integer)  # 涉密等级 (enums.Clearance)
    status: Mapped[str] = mapped_column(String(16), default=PersonStatus.ON_POST.value)
    departure_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)  # 离岗日期
    decontamination_end: Mapped[dt.date | None] = mapped_column(Date, nullable=True)  # 脱密期满
    remarks: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[str] = mapped_column(String(32))


class Organisation(Base):
    """A unit that sends us documents or receives ours (来文单位 / 主送抄送单位)."""

    __tablename__ = "organisation"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(128), unique=True)
    remarks: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[str] = mapped_column(String(32))
