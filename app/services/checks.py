"""Checking what the clerk types or imports: text fields, dates, numbers.

Every refusal is a :class:`ValidationError` with a Chinese message naming the field.
"""

from __future__ import annotations

import datetime as dt
import re

from app.errors import ValidationError

_CN_DATE = re.compile(r"^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日?$")
_ISO_DATE = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$")


def text(
    value: object, field: str, label: str, *, max_len: int, required: bool = True,
    multiline: bool = False,
) -> str:
    """A stripped single-line (or multi-line) text, not empty when required, no control chars."""
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise ValidationError(f"{label}必须是文字", field=field)
    value = value.strip()
    if required and not value:
        raise ValidationError(f"{label}不能为空", field=field)
    if len(value) > max_len:
        raise ValidationError(f"{label}过长（{len(value)} 个字符，最多 {max_len} 个）", field=field)
    allowed = "\n\t" if multiline else ""
    for c in value:
        o = ord(c)
        if (o < 32 or o == 127 or 0x80 <= o < 0xA0 or c in "\u2028\u2029") and c not in allowed:
            raise ValidationError(f"{label}不能包含控制字符", field=field)
        if 0xD800 <= o <= 0xDFFF:
            raise ValidationError(f"{label}包含无效字符", field=field)
    return value


def date(value: object, field: str, label: str, *, required: bool = True) -> dt.date | None:
    """``2026-01-31``, ``2026/1/31`` or ``2026年1月31日`` (or a date object)."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            raise ValidationError(f"{label}不能为空", field=field)
        return None
    if not isinstance(value, str):
        raise ValidationError(f"{label}格式不正确", field=field)
    s = value.strip()
    m = _ISO_DATE.match(s) or _CN_DATE.match(s)
    if not m:
        raise ValidationError(
            f"{label}“{s[:20]}”格式不正确：应为 2026-01-31 或 2026年1月31日", field=field
        )
    try:
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError as exc:
        raise ValidationError(f"{label}“{s[:20]}”不是有效日期", field=field) from exc


def required_date(value: object, field: str, label: str) -> dt.date:
    d = date(value, field, label, required=True)
    if d is None:  # pragma: no cover - date() raises first
        raise ValidationError(f"{label}不能为空", field=field)
    return d


def integer(value: object, field: str, label: str, *, low: int, high: int) -> int:
    if isinstance(value, bool):
        raise ValidationError(f"{label}必须是整数", field=field)
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, str):
        s = value.strip()
        if not re.fullmatch(r"\d{1,9}", s):
            raise ValidationError(f"{label}“{s[:20]}”必须是整数", field=field)
        value = int(s)
    if not isinstance(value, int):
        raise ValidationError(f"{label}必须是整数", field=field)
    if not low <= value <= high:
        raise ValidationError(f"{label} {value} 超出范围（{low}–{high}）", field=field)
    return value


def not_future(d: dt.date, field: str, label: str, today: dt.date | None = None) -> dt.date:
    if d > (today or dt.date.today()):
        raise ValidationError(f"{label} {d.isoformat()} 晚于今天", field=field)
    return d


def add_years(d: dt.date, years: int) -> dt.date:
    """The same day ``years`` later (29 February becomes 28 February)."""
    try:
        return d.replace(year=d.year + years)
    except ValueError:
        return d.replace(year=d.year + years, day=28)
