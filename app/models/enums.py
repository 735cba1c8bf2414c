"""The classification vocabulary shared by every layer (pure Python, no database)."""

from __future__ import annotations

import enum

from app.errors import ValidationError


class Level(enum.IntEnum):
    """密级, ordered low to high (domain.md "Classification")."""

    UNCLASSIFIED = 0  # 非密
    INTERNAL = 1  # 内部 (工作秘密)
    SECRET = 2  # 秘密
    CONFIDENTIAL = 3  # 机密
    TOP_SECRET = 4  # 绝密

    @property
    def label(self) -> str:
        return _LEVEL_LABELS[self]

    @classmethod
    def parse(cls, text: str) -> Level:
        """Accept 非密/内部/秘密/机密/绝密 (or the enum name); refuse anything else."""
        value = (text or "").strip()
        for level, label in _LEVEL_LABELS.items():
            if value == label or value.upper() == level.name:
                return level
        raise ValidationError(
            f"未知的密级“{value[:20]}”：应为 非密、内部、秘密、机密 或 绝密", field="level"
        )

    @property
    def is_classified(self) -> bool:
        """A state secret (秘密 and above)."""
        return self >= Level.SECRET

    @property
    def max_period_years(self) -> int | None:
        """Default maximum 保密期限 under the state secrets law."""
        return {Level.TOP_SECRET: 30, Level.CONFIDENTIAL: 20, Level.SECRET: 10}.get(self)


_LEVEL_LABELS = {
    Level.UNCLASSIFIED: "非密",
    Level.INTERNAL: "内部",
    Level.SECRET: "秘密",
    Level.CONFIDENTIAL: "机密",
    Level.TOP_SECRET: "绝密",
}

#: The levels a classified workstation may be set to.
WORKSTATION_LEVELS = (Level.SECRET, Level.CONFIDENTIAL, Level.TOP_SECRET)


class Clearance(enum.IntEnum):
    """涉密等级 of a person: 一般 (秘密) < 重要 (机密) < 核心 (绝密)."""

    GENERAL = 2  # 一般
    IMPORTANT = 3  # 重要
    CORE = 4  # 核心

    @property
    def label(self) -> str:
        return _CLEARANCE_LABELS[self]

    @property
    def highest_level(self) -> Level:
        """The highest 密级 a person of this clearance may receive."""
        return Level(int(self))

    @classmethod
    def parse(cls, text: str) -> Clearance:
        value = (text or "").strip()
        for c in cls:
            if value in (c.label, c.name):
                return c
        raise ValidationError(
            f"未知的涉密等级“{value[:20]}”：应为 核心、重要 或 一般", field="clearance"
        )


_CLEARANCE_LABELS = {Clearance.GENERAL: "一般", Clearance.IMPORTANT: "重要", Clearance.CORE: "核心"}


class Role(enum.StrEnum):
    """Who an account is at this terminal."""

    CLERK = "clerk"  # 保密员
    APPROVER = "approver"  # 主管领导
    AUDITOR = "auditor"  # 审计员
    ADMIN = "admin"  # 系统管理员

    @property
    def label(self) -> str:
        return {
            Role.CLERK: "保密员",
            Role.APPROVER: "主管领导",
            Role.AUDITOR: "审计员",
            Role.ADMIN: "系统管理员",
        }[self]

    @classmethod
    def parse(cls, text: str) -> Role:
        value = (text or "").strip()
        for r in cls:
            if value in (r.value, r.label):
                return r
        raise ValidationError(f"未知的角色“{value[:20]}”", field="role")
