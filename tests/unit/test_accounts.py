"""Several accounts open one register; each has its own key slot."""

from __future__ import annotations

import pytest

from app.errors import AuthError, PermissionDenied, ValidationError
from app.models.enums import Role
from app.services import accounts, audit
from app.services.register import Actor, Register, confirm_by_passphrase, unlock
from tests.factories import PASSPHRASE, add_account


def test_each_account_opens_the_same_register(register: Register, clerk: Actor) -> None:
    add_account(register, clerk, "leader", Role.APPROVER, "李主任", "Leader-pass-01")
    path = register.path
    register.close()
    reg, actor = unlock(path, "leader", "Leader-pass-01")
    assert actor.role is Role.APPROVER
    reg.close()
    reg, actor = unlock(path, "clerk", PASSPHRASE)
    assert actor.role is Role.CLERK
    reg.close()


def test_changing_a_passphrase_rewraps_one_slot(register: Register, clerk: Actor) -> None:
    add_account(register, clerk, "leader", Role.APPROVER)
    leader_slot = dict(register.keyfile.slots["leader"])
    accounts.change_passphrase(register, clerk, old_passphrase=PASSPHRASE,
                               new_passphrase="New-Passphrase-9")
    assert register.keyfile.slots["leader"] == leader_slot
    path = register.path
    register.close()
    with pytest.raises(AuthError):
        unlock(path, "clerk", PASSPHRASE)
    unlock(path, "clerk", "New-Passphrase-9")[0].close()


def test_change_passphrase_refuses_wrong_old_and_weak_new(register: Register,
                                                          clerk: Actor) -> None:
    with pytest.raises(AuthError):
        accounts.change_passphrase(register, clerk, old_passphrase="Wrong-pass-123",
                                   new_passphrase="New-Passphrase-9")
    with pytest.raises(ValidationError, match="至少 10 位"):
        accounts.change_passphrase(register, clerk, old_passphrase=PASSPHRASE,
                                   new_passphrase="short-1")


def test_approver_confirms_at_the_terminal(register: Register, clerk: Actor) -> None:
    add_account(register, clerk, "leader", Role.APPROVER, "李主任")
    approver = confirm_by_passphrase(register, "leader", PASSPHRASE)
    assert approver.display_name == "李主任"
    with pytest.raises(AuthError):
        confirm_by_passphrase(register, "leader", "Wrong-pass-123")
    # The clerk is not an approver: their own passphrase does not approve.
    with pytest.raises(PermissionDenied, match="不是主管领导"):
        confirm_by_passphrase(register, "clerk", PASSPHRASE)


def test_only_clerk_or_admin_manage_accounts(register: Register, clerk: Actor) -> None:
    auditor = add_account(register, clerk, "audit", Role.AUDITOR)
    with pytest.raises(PermissionDenied, match="保密员、系统管理员"):
        accounts.create_account(register, auditor, username="x1", display_name="某",
                                role=Role.CLERK, passphrase=PASSPHRASE)


def test_duplicate_and_bad_usernames(register: Register, clerk: Actor) -> None:
    add_account(register, clerk, "leader", Role.APPROVER)
    with register.read() as s:
        n = audit.count(s)
    for username, message in [("leader", "已存在"), ("李", "用户名"), ("a b", "用户名"),
                              ("", "用户名")]:
        with pytest.raises(ValidationError, match=message):
            accounts.create_account(register, clerk, username=username, display_name="某",
                                    role=Role.APPROVER, passphrase=PASSPHRASE)
    with register.read() as s:
        assert audit.count(s) == n
    assert set(register.keyfile.slots) == {"clerk", "leader"}


def test_disabled_account_cannot_unlock(register: Register, clerk: Actor) -> None:
    add_account(register, clerk, "leader", Role.APPROVER)
    accounts.set_active(register, clerk, "leader", False)
    with pytest.raises(AuthError, match="停用"):
        confirm_by_passphrase(register, "leader", PASSPHRASE)


def test_admin_lifts_a_lockout(register: Register, clerk: Actor) -> None:
    add_account(register, clerk, "leader", Role.APPROVER)
    for _ in range(3):
        with pytest.raises(AuthError):
            confirm_by_passphrase(register, "leader", "Wrong-pass-123")
    assert register.keyfile.locked_until("leader") is not None
    accounts.unlock_account(register, clerk, "leader")
    assert confirm_by_passphrase(register, "leader", PASSPHRASE).username == "leader"


def test_idle_lock_is_never_longer_than_five_minutes(register: Register,
                                                     clerk: Actor) -> None:
    register.set_idle_lock(clerk, 120)
    assert register.workstation.idle_lock_seconds == 120
    for bad in (301, 3600, 5, 0):
        with pytest.raises(ValidationError, match="5 分钟"):
            register.set_idle_lock(clerk, bad)
    assert register.workstation.idle_lock_seconds == 120
