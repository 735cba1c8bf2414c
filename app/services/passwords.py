"""Login passphrase rules from the workstation's level (domain.md, "The workstation itself").

003 计算机保密管理制度 第十一条: at least 8 characters for 秘密, 10 for 机密, and a one-time
password for 绝密; at least two of upper case, lower case, digits and symbols. A 绝密
workstation keeps the 机密 length (the stricter rule) in addition to the one-time code.
"""

from __future__ import annotations

import string

from app.errors import ValidationError
from app.models.enums import Level
from app.services import checks

MAX_PASSPHRASE = 256


def min_length(level: Level) -> int:
    return 8 if level <= Level.SECRET else 10


def needs_one_time_code(level: Level) -> bool:
    return level >= Level.TOP_SECRET


def character_classes(passphrase: str) -> int:
    classes = [
        any(c.isupper() for c in passphrase),
        any(c.islower() for c in passphrase),
        any(c.isdigit() for c in passphrase),
        any((c in string.punctuation) or not c.isalnum() for c in passphrase),
    ]
    return sum(classes)


def check_passphrase(passphrase: str, level: Level) -> None:
    """Refuse a passphrase that the workstation's level does not allow."""
    if not passphrase:
        raise ValidationError("口令不能为空", field="passphrase")
    if len(passphrase) > MAX_PASSPHRASE:
        raise ValidationError(f"口令过长（最多 {MAX_PASSPHRASE} 个字符）", field="passphrase")
    checks.refuse_hidden(passphrase, "passphrase", "口令")
    need = min_length(level)
    if len(passphrase) < need:
        raise ValidationError(
            f"{level.label}级计算机的登录口令至少 {need} 位（现为 {len(passphrase)} 位）",
            field="passphrase",
        )
    if character_classes(passphrase) < 2:
        raise ValidationError(
            "口令须至少包含大写字母、小写字母、数字、符号中的两类", field="passphrase"
        )
