"""A 绝密 workstation asks every account for a TOTP code (RFC 6238), each used once."""

from __future__ import annotations

from pathlib import Path

import pyotp
import pytest

from app.errors import AccountLocked, AuthError
from app.models.enums import Level, Role
from app.services import accounts
from app.services.register import confirm_by_passphrase, unlock
from tests.factories import PASSPHRASE, new_register


def test_top_secret_needs_a_one_time_code(register_path: Path) -> None:
    created = new_register(register_path, level=Level.TOP_SECRET)
    secret = created.totp_secret
    assert secret is not None
    created.register.close()
    with pytest.raises(AuthError, match="一次性口令错误"):
        unlock(register_path, "clerk", PASSPHRASE, None)
    with pytest.raises(AuthError, match="一次性口令错误"):
        unlock(register_path, "clerk", PASSPHRASE, "000000" if pyotp.TOTP(secret).now()
               != "000000" else "111111")
    code = pyotp.TOTP(secret).now()
    reg, actor = unlock(register_path, "clerk", PASSPHRASE, code)
    assert actor.username == "clerk"
    reg.close()


def test_a_code_is_accepted_once(register_path: Path) -> None:
    created = new_register(register_path, level=Level.TOP_SECRET)
    created.register.close()
    assert created.totp_secret
    code = pyotp.TOTP(created.totp_secret).now()
    unlock(register_path, "clerk", PASSPHRASE, code)[0].close()
    with pytest.raises(AuthError, match="已使用过"):
        unlock(register_path, "clerk", PASSPHRASE, code)


def test_wrong_codes_count_towards_the_lockout(register_path: Path) -> None:
    created = new_register(register_path, level=Level.TOP_SECRET)
    created.register.close()
    for _ in range(2):
        with pytest.raises(AuthError):
            unlock(register_path, "clerk", PASSPHRASE, "abcdef")
    with pytest.raises(AuthError):
        unlock(register_path, "clerk", PASSPHRASE, "abcdef")
    assert created.totp_secret
    with pytest.raises(AccountLocked):
        unlock(register_path, "clerk", PASSPHRASE, pyotp.TOTP(created.totp_secret).now())


def test_new_accounts_on_top_secret_get_a_secret_and_qr(register_path: Path) -> None:
    created = new_register(register_path, level=Level.TOP_SECRET)
    new = accounts.create_account(
        created.register, created.clerk, username="leader", display_name="李主任",
        role=Role.APPROVER, passphrase=PASSPHRASE,
    )
    assert new.totp_secret
    uri = new.totp_uri()
    assert uri and uri.startswith("otpauth://totp/")
    png = accounts.totp_qr_png(uri)
    assert png.startswith(b"\x89PNG")
    # The approver confirms at the clerk's terminal with passphrase and code.
    approver = confirm_by_passphrase(
        created.register, "leader", PASSPHRASE, pyotp.TOTP(new.totp_secret).now()
    )
    assert approver.role is Role.APPROVER
    created.register.close()
