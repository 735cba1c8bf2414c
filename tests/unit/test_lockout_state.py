"""Issue 11, finding 8: the lockout counters in the key file are authenticated, and every
failed attempt reaches the audit trail at the account's next successful unlock."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.errors import AuthError
from app.models.enums import Role
from app.models.keyfile import KeyFile, LockoutTampered, key_file_path
from app.services import accounts, audit
from app.services.register import Actor, Register, confirm_by_passphrase, unlock
from tests.factories import PASSPHRASE, add_account

TAMPERED = "口令错误次数或锁定记录被改动过（密钥文件校验失败），拒绝解锁"


def _edit(path: Path, edit: object) -> None:
    kpath = key_file_path(path)
    raw = json.loads(kpath.read_text(encoding="utf-8"))
    edit(raw)  # type: ignore[operator]
    kpath.write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")


def _wrong(path: Path, times: int, user: str = "clerk") -> None:
    for _ in range(times):
        with pytest.raises(AuthError):
            unlock(path, user, "Wrong-Passphrase-1")


@pytest.fixture
def closed(opened: tuple[Register, Actor]) -> Path:
    register, _ = opened
    path = register.path
    register.close()
    return path


def test_an_edited_counter_is_refused_as_tampering(closed: Path) -> None:
    _wrong(closed, 2)
    _edit(closed, lambda raw: raw["slots"]["clerk"].update(failed=0))
    with pytest.raises(LockoutTampered, match=TAMPERED):
        unlock(closed, "clerk", PASSPHRASE)
    with pytest.raises(LockoutTampered, match=TAMPERED):  # and it stays refused
        unlock(closed, "clerk", "Wrong-Passphrase-1")


def test_a_lifted_lock_is_refused_as_tampering(closed: Path) -> None:
    _wrong(closed, 2)
    with pytest.raises(AuthError, match="账户已锁定"):
        unlock(closed, "clerk", "Wrong-Passphrase-1")
    _edit(closed, lambda raw: raw["slots"]["clerk"].update(locked_until=None))
    with pytest.raises(LockoutTampered, match=TAMPERED):
        unlock(closed, "clerk", PASSPHRASE)


@pytest.mark.parametrize("field", ["lock_mac", "pending"])
def test_removing_the_mac_or_the_pending_failures_is_refused(closed: Path, field: str) -> None:
    _wrong(closed, 1)
    _edit(closed, lambda raw: raw["slots"]["clerk"].pop(field))
    with pytest.raises(LockoutTampered, match=TAMPERED):
        unlock(closed, "clerk", PASSPHRASE)


def test_a_key_file_of_an_older_mibu_is_read_and_sealed(closed: Path) -> None:
    def downgrade(raw: dict) -> None:  # type: ignore[type-arg]
        raw["version"] = 1
        for slot in raw["slots"].values():
            slot.pop("lock_mac", None)

    _edit(closed, downgrade)
    reg, _ = unlock(closed, "clerk", PASSPHRASE)
    reg.close()
    kf = KeyFile.load(key_file_path(closed))
    assert "lock_mac" in kf.slots["clerk"] and not kf.tampered
    assert json.loads(key_file_path(closed).read_text(encoding="utf-8"))["version"] == 2


def test_every_failed_attempt_reaches_the_trail_at_the_next_unlock(closed: Path) -> None:
    _wrong(closed, 2)
    assert len(KeyFile.load(key_file_path(closed)).pending_failures("clerk")) == 2
    reg, _ = unlock(closed, "clerk", PASSPHRASE)
    try:
        with reg.read() as s:
            lines = audit.page(s, audit.AuditFilter(action_prefix="session.failed"))
        assert [line.after["原因"] for line in lines] == ["口令错误", "口令错误"]  # type: ignore[index]
        assert all(line.actor == "clerk" for line in lines)
        assert audit.action_label("session.failed").startswith("解锁失败")
    finally:
        reg.close()
    assert KeyFile.load(key_file_path(closed)).pending_failures("clerk") == []


def test_an_approvers_failures_reach_the_trail_when_they_next_confirm(
        opened: tuple[Register, Actor]) -> None:
    register, clerk = opened
    add_account(register, clerk, "leader", Role.APPROVER, "李主任")
    with pytest.raises(AuthError):
        confirm_by_passphrase(register, "leader", "Wrong-Passphrase-1")
    confirm_by_passphrase(register, "leader", PASSPHRASE)
    with register.read() as s:
        lines = audit.page(s, audit.AuditFilter(action_prefix="session.failed"))
    assert [(line.actor, line.after["原因"]) for line in lines] == [  # type: ignore[index]
        ("leader", "口令错误")]
    assert register.keyfile.pending_failures("leader") == []


def test_an_administrator_lifts_a_tampered_lock(opened: tuple[Register, Actor]) -> None:
    register, clerk = opened
    add_account(register, clerk, "admin", Role.ADMIN, "赵管理")
    path = register.path
    register.close()
    _wrong(path, 1)
    _edit(path, lambda raw: raw["slots"]["clerk"].update(failed=0))
    with pytest.raises(LockoutTampered):
        unlock(path, "clerk", PASSPHRASE)
    reg, admin = unlock(path, "admin", PASSPHRASE)
    accounts.unlock_account(reg, admin, "clerk")
    reg.close()
    reg, _ = unlock(path, "clerk", PASSPHRASE)
    reg.close()


def test_a_wrong_one_time_code_reaches_the_trail_too(register_path: Path) -> None:
    import pyotp

    from app.models.enums import Level
    from tests.factories import new_register

    created = new_register(register_path, level=Level.TOP_SECRET)
    created.register.close()
    with pytest.raises(AuthError, match="一次性口令错误"):
        unlock(register_path, "clerk", PASSPHRASE, "000000")
    assert created.totp_secret
    reg, _ = unlock(register_path, "clerk", PASSPHRASE, pyotp.TOTP(created.totp_secret).now())
    try:
        with reg.read() as s:
            lines = audit.page(s, audit.AuditFilter(action_prefix="session.failed"))
        assert [line.after["原因"] for line in lines] == ["一次性口令错误"]  # type: ignore[index]
    finally:
        reg.close()
