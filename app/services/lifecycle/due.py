"""When a copy that went out must be back (pure: no database, no Qt).

domain.md "Register of carriers":
- 绝密 and urgent items go out and come back the same day (002 篇四 (一)(2); 003 借阅);
  a 绝密 loan is back the same day too (003 借阅; 002 篇六 七).
- A circulation cycle lasts at most one month (001 八(三)); general classified items are
  dealt with within three days (002 信息保密管理制度 四: 一般密件要在三天内处理完毕).

The clerk can set the ordinary limits (:class:`DuePolicy`), never beyond one month.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass

from app.errors import RuleViolation, ValidationError
from app.models.enums import Level

DEFAULT_CIRCULATION_DAYS = 3  # 一般密件三天内
DEFAULT_LOAN_DAYS = 3
MAX_DAYS = 31  # a setting in days can never reach past one month anyway (see add_month)


def add_month(day: dt.date) -> dt.date:
    """The same day of the next month (the month's last day if it has no such day)."""
    year, month = (day.year + 1, 1) if day.month == 12 else (day.year, day.month + 1)
    last = calendar.monthrange(year, month)[1]
    return dt.date(year, month, min(day.day, last))


@dataclass(frozen=True)
class DuePolicy:
    """The clerk's ordinary limits, in days after the day the copy went out."""

    circulation_days: int = DEFAULT_CIRCULATION_DAYS
    loan_days: int = DEFAULT_LOAN_DAYS

    def __post_init__(self) -> None:
        for name, label in (("circulation_days", "传阅期限"), ("loan_days", "借阅期限")):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int):
                raise ValidationError(f"{label}须为整数天数", field=name)
            if not 1 <= value <= MAX_DAYS:
                raise ValidationError(
                    f"{label}须在 1 到 {MAX_DAYS} 天之间（传阅周期最长不超过一个月）",
                    field=name,
                )


def same_day_required(level: Level, urgent: bool) -> bool:
    """绝密 and urgent items go out and back the same day."""
    return level >= Level.TOP_SECRET or urgent


def _limit(out_on: dt.date, days: int) -> dt.date:
    return min(out_on + dt.timedelta(days=days), add_month(out_on))


def circulation_due(
    level: Level, urgent: bool, out_on: dt.date, policy: DuePolicy | None = None
) -> dt.date:
    """The day a circulating copy must be back with the clerk."""
    policy = policy or DuePolicy()
    if same_day_required(level, urgent):
        return out_on
    return _limit(out_on, policy.circulation_days)


def loan_due(
    level: Level,
    urgent: bool,
    out_on: dt.date,
    requested: dt.date | None = None,
    policy: DuePolicy | None = None,
) -> dt.date:
    """The due date of a loan: the requested day if the rules allow it, else a refusal.

    Without a requested day, the latest day the rules allow.
    """
    policy = policy or DuePolicy()
    latest = out_on if same_day_required(level, urgent) else _limit(out_on, policy.loan_days)
    if requested is None:
        return latest
    if requested < out_on:
        raise ValidationError("归还日期不能早于借出日期", field="due_on")
    if requested > latest:
        if same_day_required(level, urgent):
            what = "绝密文件" if level >= Level.TOP_SECRET else "急件和密码电报"
            raise RuleViolation(f"{what}借阅须当天归还（003 借阅：当天退回）", field="due_on")
        raise RuleViolation(
            f"归还日期最晚为 {latest.isoformat()}（借阅期限 {policy.loan_days} 天）",
            field="due_on",
        )
    return requested


def renewal_due(
    level: Level,
    urgent: bool,
    current_due: dt.date,
    today: dt.date,
    requested: dt.date,
    policy: DuePolicy | None = None,
) -> dt.date:
    """A renewal moves the due date forward by at most one ordinary loan period from the
    current due date (or from today, if that has passed)."""
    policy = policy or DuePolicy()
    if same_day_required(level, urgent):
        what = "绝密文件" if level >= Level.TOP_SECRET else "急件和密码电报"
        raise RuleViolation(f"{what}须当天归还，不能续借（003 借阅）", field="due_on")
    if requested <= current_due:
        raise ValidationError(
            f"续借后的归还日期须晚于原归还日期 {current_due.isoformat()}", field="due_on"
        )
    return loan_due(level, urgent, max(today, current_due), requested, policy)


def is_overdue(due_on: dt.date, today: dt.date) -> bool:
    return today > due_on


def days_overdue(due_on: dt.date, today: dt.date) -> int:
    return max(0, (today - due_on).days)
