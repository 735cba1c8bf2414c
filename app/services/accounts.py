"""Accounts at this terminal: who may open the register, in which role.

Each account has a key slot in the key file (its passphrase wraps the data key) and a row in
the register. Managing accounts is for the clerk and the administrator; every change is in
the audit trail.
"""

from __future__ import annotations

from dataclasses import dataclass

import pyotp
import segno
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import AuthError, NotFound, ValidationError
from app.models.enums import Role
from app.models.foundation import Account
from app.services import audit, passwords
from app.services.register import (
    Actor,
    Register,
    _account_view,
    _clean_name,
    check_username,
    require_role,
)

MANAGERS = (Role.CLERK, Role.ADMIN)


@dataclass(frozen=True)
class AccountInfo:
    id: int
    username: str
    display_name: str
    role: Role
    active: bool
    has_one_time_code: bool
    locked_until: str | None


@dataclass(frozen=True)
class NewAccount:
    account: AccountInfo
    totp_secret: str | None  # shown once, as a QR code, then never again

    def totp_uri(self) -> str | None:
        if self.totp_secret is None:
            return None
        return totp_uri(self.totp_secret, self.account.username)


def totp_uri(secret: str, username: str, issuer: str = "Mibu 密簿") -> str:
    """The otpauth:// URI an authenticator enrols from (RFC 6238, 30 s, 6 digits)."""
    return pyotp.TOTP(secret).provisioning_uri(name=username, issuer_name=issuer)


def totp_qr_png(uri: str, scale: int = 6) -> bytes:
    """The enrolment QR code as PNG bytes (kept in memory, never written to disk)."""
    import io

    buf = io.BytesIO()
    segno.make(uri, error="m").save(buf, kind="png", scale=scale, border=2)
    return buf.getvalue()


def list_accounts(register: Register) -> list[AccountInfo]:
    with register.read() as s:
        rows = list(s.scalars(select(Account).order_by(Account.id)))
    return [_info(register, a) for a in rows]


def display_names_s(s: Session) -> dict[str, str]:
    """Username → display name, for showing who did something (申请人 张保密, not clerk)."""
    return {u: n for u, n in s.execute(select(Account.username, Account.display_name))}


def display_names(register: Register) -> dict[str, str]:
    with register.read() as s:
        return display_names_s(s)


def _info(register: Register, a: Account) -> AccountInfo:
    until = register.keyfile.locked_until(a.username)
    return AccountInfo(
        id=a.id,
        username=a.username,
        display_name=a.display_name,
        role=Role(a.role),
        active=a.active,
        has_one_time_code=a.totp_secret is not None,
        locked_until=until.isoformat() if until else None,
    )


def create_account(
    register: Register,
    actor: Actor,
    *,
    username: str,
    display_name: str,
    role: Role,
    passphrase: str,
) -> NewAccount:
    """Add an account; its owner types the passphrase at the terminal."""
    require_role(actor, *MANAGERS)
    username = check_username(username)
    display_name = _clean_name(display_name, "display_name", "姓名")
    passwords.check_passphrase(passphrase, register.workstation.level)
    with register.read() as s:
        if s.scalar(select(Account.id).where(Account.username == username)) is not None:
            raise ValidationError(f"用户名 {username} 已存在", field="username")
    if register.keyfile.has_slot(username):
        raise ValidationError(f"用户名 {username} 已存在于密钥文件中", field="username")
    secret = pyotp.random_base32() if passwords.needs_one_time_code(
        register.workstation.level) else None
    with register.write() as s:
        account = Account(
            username=username,
            display_name=display_name,
            role=role.value,
            totp_secret=secret,
            active=True,
            created_at=audit.now_iso(),
            created_by=actor.account_id,
        )
        s.add(account)
        s.flush()
        audit.record(s, actor.username, "account.create", "account", account.id,
                     after=_account_view(account))
        # The key slot is written last, inside the transaction: if it fails, nothing commits.
        register.keyfile.add_slot(username, passphrase, register.data_key)
        try:
            register.keyfile.save()
        except BaseException:
            register.keyfile.remove_slot(username)
            raise
        info = _info(register, account)
    return NewAccount(info, secret)


def change_passphrase(
    register: Register, actor: Actor, *, old_passphrase: str, new_passphrase: str
) -> None:
    """Rewrap the actor's own key slot under a new passphrase."""
    passwords.check_passphrase(new_passphrase, register.workstation.level)
    if old_passphrase == new_passphrase:
        raise ValidationError("新口令不能与旧口令相同", field="passphrase")
    opened = register.keyfile.unwrap_slot(actor.username, old_passphrase)
    if opened.data_key != register.data_key:
        raise AuthError("旧口令错误")
    saved = dict(register.keyfile.slots[actor.username])
    # The trail's signing key (auditor, administrator) moves to the new wrapping with it.
    register.keyfile.add_slot(actor.username, new_passphrase, register.data_key,
                              signing_key=opened.signing_key)
    for kept in ("checkpoint", "pending"):
        if kept in saved:
            register.keyfile.slots[actor.username][kept] = saved[kept]
    with register.write() as s:
        audit.record(s, actor.username, "account.passphrase", "account", actor.account_id)
        try:
            register.keyfile.save()
        except BaseException:
            register.keyfile.slots[actor.username] = saved
            raise


def unlock_account(register: Register, actor: Actor, username: str) -> None:
    """Lift a lockout after three wrong passphrases (administrator or clerk)."""
    require_role(actor, *MANAGERS)
    with register.read() as s:
        account = s.scalar(select(Account).where(Account.username == username))
    if account is None:
        raise NotFound(f"没有账户 {username}")
    with register.write() as s:
        audit.record(s, actor.username, "account.unlock", "account", account.id)
        register.keyfile.unlock_account(username)
        register.keyfile.save()


def set_active(register: Register, actor: Actor, username: str, active: bool) -> None:
    """Disable or re-enable an account; a disabled account cannot unlock or confirm."""
    require_role(actor, *MANAGERS)
    if username == actor.username:
        raise ValidationError("不能停用自己的账户", field="username")
    with register.write() as s:
        account = s.scalar(select(Account).where(Account.username == username))
        if account is None:
            raise NotFound(f"没有账户 {username}")
        before = _account_view(account)
        account.active = active
        audit.record(s, actor.username, "account.active", "account", account.id,
                     before=before, after=_account_view(account))
