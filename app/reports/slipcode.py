"""Slip codes: every printed slip carries its id, a short code a person can type, and a QR
code, both with a keyed MAC (HMAC-SHA256 under a key held in the register), so the clerk can
tell a genuine slip from an altered or forged one at the terminal.

* slip id: 8 characters of Crockford base32 (40 random bits);
* short code: ``XXXX-XXXX-YYYY-YYYY``: the id, then 40 bits of HMAC(key, id);
* QR text: ``MIBU:SLIP:1:<id>:<kind>:<serial>:<level>:<mac>`` with an 80-bit MAC over all the
  fields, so a scanned slip also proves its kind, serial number and level.

Crockford's alphabet has no I, L, O or U; typing I or L for 1 and O for 0 is forgiven.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass

from app.errors import ValidationError
from app.models.enums import Level
from app.reports.data import SlipSeal
from app.services.checks import refuse_hidden

KEY_PURPOSE = b"mibu slip mac v1"  # register.derive_key(KEY_PURPOSE)
ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
QR_PREFIX = "MIBU:SLIP:1:"
ID_CHARS = 8
CODE_MAC_CHARS = 8
QR_MAC_CHARS = 16
MAX_INPUT = 200
_FORGIVE = str.maketrans({"I": "1", "L": "1", "O": "0"})


def _b32(data: bytes, chars: int) -> str:
    value = int.from_bytes(data, "big")
    bits = len(data) * 8
    value >>= max(0, bits - chars * 5)
    out = []
    for _ in range(chars):
        out.append(ALPHABET[value & 31])
        value >>= 5
    return "".join(reversed(out))


def new_slip_id() -> str:
    return _b32(secrets.token_bytes(5), ID_CHARS)


def _mac(key: bytes, parts: list[str], chars: int) -> str:
    msg = "\x1f".join(parts).encode("utf-8")
    return _b32(hmac.new(key, msg, hashlib.sha256).digest(), chars)


def short_code(key: bytes, slip_id: str) -> str:
    mac = _mac(key, ["code", slip_id], CODE_MAC_CHARS)
    return f"{slip_id[:4]}-{slip_id[4:]}-{mac[:4]}-{mac[4:]}"


def qr_text(key: bytes, slip_id: str, kind: str, serial: str, level: Level) -> str:
    fields = [slip_id, kind, serial, str(int(level))]
    mac = _mac(key, ["qr", *fields], QR_MAC_CHARS)
    return QR_PREFIX + ":".join([*fields, mac])


def seal(key: bytes, kind: str, serial: str, level: Level, slip_id: str | None = None
         ) -> SlipSeal:
    """The id, code and QR text to print on one slip."""
    slip_id = slip_id or new_slip_id()
    return SlipSeal(slip_id, short_code(key, slip_id), qr_text(key, slip_id, kind, serial, level))


@dataclass(frozen=True)
class SlipVerdict:
    """What a typed or scanned code says: genuine or not, and the fields it vouches for."""

    genuine: bool
    slip_id: str
    message: str
    kind: str | None = None
    serial: str | None = None
    level: Level | None = None


def _normalise_code(text: str) -> str:
    return "".join(ch for ch in text.upper() if ch not in "- \t").translate(_FORGIVE)


def verify(text: str, key: bytes) -> SlipVerdict:
    """Check a short code (``XXXX-XXXX-YYYY-YYYY``) or a scanned QR text."""
    text = (text or "").strip()
    if not text:
        raise ValidationError("请输入或扫描单据码", field="code")
    if len(text) > MAX_INPUT:
        raise ValidationError(f"单据码过长（最多 {MAX_INPUT} 个字符）", field="code")
    refuse_hidden(text, "code", "单据码")
    if text.upper().startswith(QR_PREFIX):
        return _verify_qr(text, key)
    code = _normalise_code(text)
    if len(code) != ID_CHARS + CODE_MAC_CHARS or any(c not in ALPHABET for c in code):
        raise ValidationError("单据码格式不对：应为 16 位字母数字（如 ABCD-EFGH-JKMN-PQRS）",
                              field="code")
    slip_id, mac = code[:ID_CHARS], code[ID_CHARS:]
    expected = short_code(key, slip_id).replace("-", "")[ID_CHARS:]
    if hmac.compare_digest(mac, expected):
        return SlipVerdict(True, slip_id, "单据码校验通过")
    return SlipVerdict(False, slip_id, "单据码校验失败：该单据不是本登记簿签发，或单据码被改动")


def _verify_qr(text: str, key: bytes) -> SlipVerdict:
    parts = text[len(QR_PREFIX):].split(":")
    if len(parts) != 5:
        raise ValidationError("二维码内容不完整，无法识别", field="code")
    slip_id, kind, serial, level_text, mac = parts
    try:
        level = Level(int(level_text))
    except ValueError:
        level = None
    expected = _mac(key, ["qr", slip_id, kind, serial, level_text], QR_MAC_CHARS)
    if level is not None and hmac.compare_digest(mac.upper(), expected):
        return SlipVerdict(True, slip_id, "二维码校验通过", kind, serial, level)
    return SlipVerdict(False, slip_id,
                       "二维码校验失败：该单据不是本登记簿签发，或二维码内容被改动")
