"""Valid records with sensible defaults, for tests and benchmarks."""

from __future__ import annotations

import time
from pathlib import Path

import pyotp
from sqlalchemy import select, update

from app.models.enums import Level, Role
from app.models.foundation import Account
from app.services import accounts
from app.services.register import Actor, NewRegister, Register, create_register

PASSPHRASE = "Correct-Horse7"  # 14 characters, three classes: fits every level


def new_register(path: Path, *, level: Level = Level.CONFIDENTIAL,
                 passphrase: str = PASSPHRASE) -> NewRegister:
    return create_register(
        path,
        unit_name="海淀区测试局",
        workstation_name="机要室-01",
        level=level,
        clerk_username="clerk",
        clerk_display_name="张保密",
        passphrase=passphrase,
    )


def add_account(register: Register, clerk: Actor, username: str, role: Role,
                display_name: str | None = None, passphrase: str = PASSPHRASE) -> Actor:
    created = accounts.create_account(
        register, clerk, username=username, display_name=display_name or username,
        role=role, passphrase=passphrase,
    )
    a = created.account
    return Actor(a.id, a.username, a.display_name, a.role)


def one_time_code(register: Register, username: str) -> str | None:
    """A one-time code the register accepts now for this account (None: it has no secret).

    TESTS ONLY. The secret is read from the account row (as enrolled by ``create_register`` /
    ``accounts.create_account``). The register accepts each 30-second step once per account
    (``register._check_totp``); a test confirms many times within one step, so when this
    step is already used, the account's ``totp_last_step`` is cleared here first. That write
    exists only in tests/: the product never forgets a used step.
    """
    with register.read() as s:
        account = s.scalar(select(Account).where(Account.username == username))
    if account is None or not account.totp_secret:
        return None
    totp = pyotp.TOTP(account.totp_secret)
    step = int(time.time()) // totp.interval
    if account.totp_last_step is not None and account.totp_last_step >= step:
        with register.write() as s:
            s.execute(update(Account).where(Account.id == account.id)
                      .values(totp_last_step=None))
    return totp.at(step * totp.interval)


#: People the media tests name as 责任人 (a medium's 责任人 is a registered person).
MEDIA_HOLDERS = ("王五", "李四", "张三", "王明", "陈静", "王局长", "孙干事", "钱科员",
                 "王晓东", "刘红", "赵磊", "张保密")


def media_holders(register: Register, clerk: Actor, names: tuple[str, ...] = MEDIA_HOLDERS
                  ) -> None:
    """Register, with 核心 clearance, whichever of ``names`` the register does not know yet."""
    from app.models.enums import Clearance
    from app.models.people import Person
    from app.services import people

    with register.read() as s:
        known = set(s.scalars(select(Person.name)))
    for name in names:
        if name not in known:
            people.add_person(register, clerk, name=name, department="保密测试组", post="干部",
                              clearance=Clearance.CORE)


def demo_media(register: Register, clerk: Actor) -> None:
    """The demo's media ledger on a test register: its 责任人 and a leader to approve first."""
    from app.services import demo

    media_holders(register, clerk)
    with register.read() as s:
        has_approver = s.scalar(select(Account.id).where(Account.username == "approver"))
    if has_approver is None:
        add_account(register, clerk, "approver", Role.APPROVER, "李主任")
    demo._fill_media(register, clerk, PASSPHRASE)
