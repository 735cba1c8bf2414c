import pytest

from app.errors import ValidationError
from app.models.enums import Level
from app.services.passwords import check_passphrase, needs_one_time_code


@pytest.mark.parametrize(
    ("level", "passphrase"),
    [(Level.SECRET, "abcdEFG1"), (Level.CONFIDENTIAL, "abcdefgh12"),
     (Level.TOP_SECRET, "Abcdefghij"), (Level.SECRET, "口令口令口令口令a1")],
)
def test_accepted(level: Level, passphrase: str) -> None:
    check_passphrase(passphrase, level)


@pytest.mark.parametrize(
    ("level", "passphrase", "message"),
    [
        (Level.SECRET, "", "不能为空"),
        (Level.SECRET, "abcEF12", "至少 8 位"),
        (Level.CONFIDENTIAL, "abcdEFG12", "至少 10 位"),
        (Level.TOP_SECRET, "abcdEFG12", "至少 10 位"),
        (Level.SECRET, "abcdefghijk", "两类"),
        (Level.SECRET, "12345678901", "两类"),
        (Level.SECRET, "abcdefgh\n12", "控制字符"),
        (Level.SECRET, "aB1" * 100, "过长"),
    ],
)
def test_refused(level: Level, passphrase: str, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        check_passphrase(passphrase, level)


def test_only_top_secret_needs_a_one_time_code() -> None:
    assert needs_one_time_code(Level.TOP_SECRET)
    assert not needs_one_time_code(Level.CONFIDENTIAL)
    assert not needs_one_time_code(Level.SECRET)


def test_level_parse_refuses_unknown() -> None:
    assert Level.parse("机密") is Level.CONFIDENTIAL
    assert Level.parse(" 绝密 ") is Level.TOP_SECRET
    with pytest.raises(ValidationError, match="未知的密级"):
        Level.parse("顶级机密")
