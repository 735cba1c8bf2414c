"""Slip codes: a genuine code verifies, an altered or foreign one does not."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.errors import ValidationError
from app.models.enums import Level
from app.reports import slipcode

KEY = bytes(range(32))
OTHER = bytes(range(1, 33))


def test_genuine_code_and_qr_verify() -> None:
    seal = slipcode.seal(KEY, "circulation", "2026-印-000007", Level.CONFIDENTIAL)
    assert len(seal.code) == 19 and seal.code.count("-") == 3
    v = slipcode.verify(seal.code, KEY)
    assert v.genuine and v.slip_id == seal.slip_id
    q = slipcode.verify(seal.qr_text, KEY)
    assert q.genuine
    assert (q.kind, q.serial, q.level) == ("circulation", "2026-印-000007", Level.CONFIDENTIAL)


def test_typing_is_forgiving() -> None:
    seal = slipcode.seal(KEY, "loan", "2026-印-000001", Level.SECRET)
    typed = seal.code.replace("-", " ").lower()
    assert slipcode.verify(typed, KEY).genuine
    assert slipcode.verify(seal.code.replace("-", ""), KEY).genuine
    if "0" in seal.code:
        assert slipcode.verify(seal.code.replace("0", "O"), KEY).genuine
    if "1" in seal.code:
        assert slipcode.verify(seal.code.replace("1", "l"), KEY).genuine


def test_altered_code_fails() -> None:
    seal = slipcode.seal(KEY, "loan", "2026-印-000001", Level.SECRET)
    chars = list(seal.code)
    chars[0] = "2" if chars[0] != "2" else "3"
    v = slipcode.verify("".join(chars), KEY)
    assert not v.genuine
    assert "校验失败" in v.message


def test_code_from_another_register_fails() -> None:
    seal = slipcode.seal(KEY, "loan", "2026-印-000001", Level.SECRET)
    assert not slipcode.verify(seal.code, OTHER).genuine
    assert not slipcode.verify(seal.qr_text, OTHER).genuine


@pytest.mark.parametrize("field", [1, 2, 3, 4])
def test_altered_qr_field_fails(field: int) -> None:
    seal = slipcode.seal(KEY, "copy", "2026-印-000123", Level.CONFIDENTIAL)
    head, rest = seal.qr_text[: len(slipcode.QR_PREFIX)], seal.qr_text[len(slipcode.QR_PREFIX):]
    parts = rest.split(":")
    replacement = {1: "loan", 2: "2026-印-000124", 3: str(int(Level.SECRET)), 4: "A" * 16}
    parts[field] = replacement[field]
    v = slipcode.verify(head + ":".join(parts), KEY)
    assert not v.genuine
    assert "二维码校验失败" in v.message


@pytest.mark.parametrize("text", ["", "   ", "ABCD", "ABCD-EFGH-JKMN-PQRU", "x" * 300,
                                  "ABCD-EFGH\x00JKMN-PQRS", "MIBU:SLIP:1:only:three"])
def test_malformed_input_is_refused(text: str) -> None:
    with pytest.raises(ValidationError) as err:
        slipcode.verify(text, KEY)
    assert err.value.field == "code"
    assert err.value.message  # a Chinese message the clerk can read


@given(position=st.integers(0, 18), char=st.sampled_from(slipcode.ALPHABET))
def test_any_single_change_is_caught(position: int, char: str) -> None:
    seal = slipcode.seal(KEY, "destruction", "2026-印-000009", Level.SECRET, slip_id="ABCDEFGH")
    if seal.code[position] == "-" or seal.code[position] == char:
        return
    altered = seal.code[:position] + char + seal.code[position + 1:]
    assert not slipcode.verify(altered, KEY).genuine
