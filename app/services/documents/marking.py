"""The workstation's level and the 保密期限 of an item (domain.md "Classification")."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from app.errors import RuleViolation, ValidationError
from app.models.documents import (
    Document,
    PeriodKind,
)
from app.models.enums import Level
from app.services import checks

# -- the workstation's level ------------------------------------------------------------------
WORKSTATION_RULE = "低密级计算机不得处理高密级信息；标题、文号本身即属国家秘密"


def check_workstation_level(level: Level, ceiling: Level | None, *,
                            doing: str | None = None) -> None:
    """Refuse an item above this workstation's level (003 第十三条; 000 第十一条(一)).

    ``doing`` says what was refused (default ``登记绝密载体``); ``ceiling`` None: no check.
    """
    if ceiling is not None and level > ceiling:
        doing = doing or f"登记{level.label}载体"
        raise RuleViolation(f"本机为{ceiling.label}级计算机，不能{doing}（{WORKSTATION_RULE}）",
                            field="level")


# -- periods ----------------------------------------------------------------------------------
def marking_text(level: Level, period_label: str, declassified: bool) -> str:
    """The marking shown with a title: ``机密★20年``, the level alone when unclassified,
    ``已解密`` once declassified."""
    if declassified:
        return "已解密"
    return f"{level.label}★{period_label}" if level.is_classified else level.label


@dataclass(frozen=True)
class Period:
    """保密期限: N years from the document date, until a date, 长期, or none."""

    kind: PeriodKind
    years: int | None = None
    until: dt.date | None = None

    @property
    def label(self) -> str:
        if self.kind is PeriodKind.YEARS:
            return f"{self.years}年"
        if self.kind is PeriodKind.DATE and self.until is not None:
            return self.until.isoformat()
        if self.kind is PeriodKind.LONG_TERM:
            return "长期"
        return ""

    def end(self, base: dt.date) -> dt.date | None:
        """The last day of secrecy for an item dated ``base`` (None: 长期 or no period)."""
        if self.kind is PeriodKind.YEARS and self.years is not None:
            return checks.add_years(base, self.years)
        if self.kind is PeriodKind.DATE:
            return self.until
        return None


_YEARS = re.compile(r"^(\d{1,3})\s*年$")


def parse_period(value: Period | str | None, level: Level, base: dt.date) -> Period:
    """Check a 保密期限 for an item of ``level`` dated ``base``.

    Empty means the maximum for the level (the statutory default) or none for 非密/内部.
    """
    field_, label = "period", "保密期限"
    if isinstance(value, Period):
        period = value
    else:
        s = checks.text(value or "", field_, label, max_len=20, required=False)
        s = s.replace(" ", "")
        if not s:
            top = level.max_period_years
            return Period(PeriodKind.YEARS, years=top) if top else Period(PeriodKind.NONE)
        if s in ("长期", "永久"):
            period = Period(PeriodKind.LONG_TERM)
        elif m := _YEARS.match(s):
            period = Period(PeriodKind.YEARS, years=int(m.group(1)))
        else:
            try:
                until = checks.required_date(s, field_, label)
            except ValidationError as exc:
                raise ValidationError(
                    f"保密期限“{s[:20]}”格式不正确：应为 10年、长期 或 日期（2036-01-31）",
                    field=field_,
                ) from exc
            period = Period(PeriodKind.DATE, until=until)
    if period.kind is PeriodKind.NONE:
        if level.is_classified:
            raise ValidationError(f"{level.label}载体必须有保密期限", field=field_)
        return period
    if level is Level.UNCLASSIFIED:
        raise ValidationError("非密载体不设保密期限", field=field_)
    top = level.max_period_years
    if period.kind is PeriodKind.YEARS:
        if period.years is None or period.years < 1:
            raise ValidationError("保密期限至少 1 年", field=field_)
        if top is not None and period.years > top:
            raise ValidationError(
                f"{level.label}载体的保密期限最长 {top} 年（填写的是 {period.years} 年）",
                field=field_,
            )
    if period.kind is PeriodKind.DATE:
        if period.until is None:
            raise ValidationError("保密期限缺少日期", field=field_)
        if period.until <= base:
            raise ValidationError(
                f"保密期限 {period.until} 不晚于文件日期 {base}", field=field_
            )
        if top is not None and period.until > checks.add_years(base, top):
            raise ValidationError(
                f"{level.label}载体的保密期限最长 {top} 年（至 {checks.add_years(base, top)}）",
                field=field_,
            )
    return period


def _period_of(d: Document) -> Period:
    return Period(PeriodKind(d.period_kind), d.period_years,
                  d.period_end if d.period_kind == PeriodKind.DATE.value else None)
