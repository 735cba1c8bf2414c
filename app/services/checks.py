"""Checking what the clerk types or imports: text fields, dates, numbers.

Every refusal is a :class:`ValidationError` with a Chinese message naming the field.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

from app.errors import ValidationError

_CN_DATE = re.compile(r"^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日?$")
_ISO_DATE = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$")


def text(
    value: object, field: str, label: str, *, max_len: int, required: bool = True,
    multiline: bool = False,
) -> str:
    """A stripped single-line (or multi-line) text, not empty when required, no hidden chars."""
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise ValidationError(f"{label}必须是文字", field=field)
    value = value.strip()
    if required and not value:
        raise ValidationError(f"{label}不能为空", field=field)
    if len(value) > max_len:
        raise ValidationError(f"{label}过长（{len(value)} 个字符，最多 {max_len} 个）", field=field)
    refuse_hidden(value, field, label, multiline=multiline)
    return value


#: Characters that print as nothing or reorder what follows them, named for the clerk.
_NAMED = {
    "\u200b": "零宽空格", "\u200c": "零宽非连接符", "\u200d": "零宽连接符",
    "\u200e": "从左向右标记", "\u200f": "从右向左标记", "\u2060": "零宽不换行符",
    "\ufeff": "零宽不换行空格（BOM）", "\u00ad": "软连字符",
    "\u202a": "从左向右嵌入", "\u202b": "从右向左嵌入", "\u202c": "方向格式结束",
    "\u202d": "从左向右覆盖", "\u202e": "从右向左覆盖", "\u2066": "从左向右隔离",
    "\u2067": "从右向左隔离", "\u2068": "方向隔离", "\u2069": "方向隔离结束",
    "\u2028": "行分隔符", "\u2029": "段分隔符",
}


def hidden_character(value: str, *, multiline: bool = False) -> str | None:
    """What is wrong with ``value``, phrased to follow a field's label, or None if nothing.

    Names the first character that a text field refuses.
    Refused: control characters (Unicode Cc: C0, DEL, C1), format characters (Cf: the bidi
    embeddings, overrides and isolates U+202A–U+202E and U+2066–U+2069, the zero-width
    characters U+200B–U+200F, U+2060, U+FEFF, the soft hyphen, tags), the line and
    paragraph separators U+2028/U+2029 (Zl, Zp) and lone surrogates (Cs). These print as
    nothing, or make the printed text read differently from the stored one. A multi-line
    field allows the ordinary line break and tab.
    """
    if value.isprintable():
        # No character of the categories refused below (Python's "printable" excludes
        # Cc, Cf, Cs, Co, Cn, Zl, Zp and Zs but the space): the common case, done in C.
        return None
    for c in value:
        if c in "\n\t" and multiline:
            continue
        o = ord(c)
        if 0x20 <= o < 0x7F:
            continue  # printable ASCII: the common case, no table look-up
        cat = unicodedata.category(c)
        if cat == "Cc":
            return f"不能包含控制字符（U+{o:04X}）"
        if cat == "Cs":
            return f"包含无效字符（U+{o:04X}）"
        if cat in ("Cf", "Zl", "Zp"):
            name = _NAMED.get(c)
            return (f"不能包含不可见的格式字符（U+{o:04X}{' ' + name if name else ''}）："
                    "这类字符不显示或会改变文字的显示顺序，打印出来与登记的内容不一致")
    return None


def refuse_hidden(value: str, field: str, label: str, *, multiline: bool = False) -> None:
    """Raise a :class:`ValidationError` naming the field if ``value`` holds a hidden character.

    The one rule for every text the register stores or prints (see :func:`hidden_character`).
    """
    found = hidden_character(value, multiline=multiline)
    if found is not None:
        raise ValidationError(label + found, field=field)


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
