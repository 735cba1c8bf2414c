"""Creating, unlocking and locking the register.

A :class:`Register` is the open register: the encrypted database, its key file, the data key
(held only while unlocked) and the workstation's settings. Locking disposes of the engine
and overwrites the key in memory.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import re
import threading
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path

import pyotp
import sqlcipher3
from sqlalchemy import select, update
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from app import __version__ as APP_VERSION
from app.errors import (
    AuthError,
    DiskFull,
    KeyFileError,
    NotARegister,
    PermissionDenied,
    RegisterDamaged,
    RegisterError,
    RegisterTooNew,
    ValidationError,
)
from app.models import creation, migrate, schema  # noqa: F401  (schema: every table is mapped)
from app.models.db import Database, read_header
from app.models.enums import WORKSTATION_LEVELS, Level, Role
from app.models.foundation import Account, Setting
from app.models.instance_lock import InstanceLock
from app.models.keyfile import KeyFile, derive_subkey, key_file_path, new_data_key
from app.models.keyfile import Unwrapped as KeyFileUnwrapped
from app.services import anchor, audit, checks, passwords

log = logging.getLogger(__name__)

#: The setting that names the Mibu version that last opened the register (for upgrades).
APP_VERSION_KEY = "app_version"
MAX_IDLE_LOCK_SECONDS = 300  # domain.md: lock the screen after at most 5 minutes idle
MIN_IDLE_LOCK_SECONDS = 30
USERNAME_RE = re.compile(r"^[A-Za-z0-9_.\-]{2,32}$")


@dataclass(frozen=True)
class Workstation:
    """This computer, as set up in the first-run wizard."""

    register_id: str
    unit_name: str
    workstation_name: str
    level: Level
    idle_lock_seconds: int = MAX_IDLE_LOCK_SECONDS


@dataclass(frozen=True)
class Actor:
    """Who is doing something at the terminal."""

    account_id: int
    username: str
    display_name: str
    role: Role


def _clean_name(value: str, field: str, label: str, max_len: int = 64) -> str:
    return checks.text(value, field, label, max_len=max_len)


def check_username(username: str) -> str:
    username = (username or "").strip()
    if not USERNAME_RE.match(username):
        raise ValidationError(
            "用户名须为 2–32 位字母、数字或 _ . -", field="username"
        )
    return username


CommitListener = Callable[["Register", frozenset[str]], None]
_COMMIT_LISTENERS: list[CommitListener] = []


def add_commit_listener(listener: CommitListener) -> Callable[[], None]:
    """Call ``listener(register, audited_entity_types)`` after every committed write of any
    register in this process; returns the function that removes it again."""
    _COMMIT_LISTENERS.append(listener)

    def remove() -> None:
        if listener in _COMMIT_LISTENERS:
            _COMMIT_LISTENERS.remove(listener)

    return remove


class Register:
    """An unlocked register. Use :meth:`read` / :meth:`write` for units of work."""

    def __init__(
        self, path: Path, db: Database, keyfile: KeyFile, data_key: bytes, lock: InstanceLock
    ) -> None:
        self.path = path
        self.db = db
        self.keyfile = keyfile
        self._data_key = bytearray(data_key)
        self._lock = lock
        self._audit_key = self.derive_key(audit.AUDIT_KEY_INFO)
        self.workstation = self._load_workstation()
        self._pages_checked = False
        self._page_check: threading.Thread | None = None
        self._page_check_guard = threading.Lock()
        #: For an auditor or administrator: the signing key its passphrase proved
        #: (``mibu verify`` trusts that public key over what the files say).
        self.signer: anchor.SignerState | None = None

    # -- keys ------------------------------------------------------------------------------
    def derive_key(self, purpose: bytes) -> bytes:
        """A sub-key of the data key for one purpose (audit chain, slip MACs, ...)."""
        if not self._data_key:
            raise RegisterError("登记簿已锁定")
        return derive_subkey(bytes(self._data_key), purpose)

    @property
    def data_key(self) -> bytes:
        if not self._data_key:
            raise RegisterError("登记簿已锁定")
        return bytes(self._data_key)

    @property
    def is_open(self) -> bool:
        return bool(self._data_key)

    # -- units of work ---------------------------------------------------------------------
    @contextmanager
    def read(self) -> Iterator[Session]:
        with self.db.read() as session:
            yield session

    @contextmanager
    def write(self, *, check: bool = True) -> Iterator[Session]:
        """One transaction; call ``audit.record`` inside it for every change.

        The first write of a session waits for the page check (:meth:`ensure_sound`), so
        nothing is written into a damaged file. ``check=False`` only for the session's own
        unlock entry, which is written before the check is done.

        After the commit, every listener added with :func:`add_commit_listener` is told
        which entity types the transaction audited (a failing listener is logged; the
        change stays committed)."""
        if check:
            self.ensure_sound()
        with self.db.write() as session:
            session.info[audit.SESSION_KEY] = self._audit_key
            info = session.info
            yield session
        entities = frozenset(info.get(audit.AUDITED_ENTITIES, ()))
        if entities:
            for listener in list(_COMMIT_LISTENERS):
                try:
                    listener(self, entities)
                except Exception:
                    log.exception("commit listener failed")

    # -- damage ----------------------------------------------------------------------------
    @property
    def read_only(self) -> bool:
        return self.db.read_only

    @property
    def damage(self) -> str | None:
        """Why this register refuses writes (damage, a full disk), or None."""
        return self.db.damage

    def start_page_check(self) -> None:
        """Check every page's HMAC in a thread (the GUI, right after unlocking)."""
        with self._page_check_guard:
            if self._pages_checked or self._page_check is not None:
                return
            self._page_check = threading.Thread(target=self._check_pages, name="page-check",
                                                daemon=True)
            self._page_check.start()

    def ensure_sound(self) -> None:
        """Refuse to write unless every page of the file has passed its check (once a session).

        Raises ``RegisterReadOnly`` (the clerk's message) if the file is damaged or was
        opened read-only.
        """
        self.db.refuse_writes()
        if not self._pages_checked:
            with self._page_check_guard:
                running = self._page_check
            if running is not None:
                running.join()
            else:
                self._check_pages()
        self.db.refuse_writes()

    def _check_pages(self) -> None:
        try:
            problems = self.db.check_pages()
        except Exception as exc:  # an I/O error reading the file is damage too
            problems = [str(exc)]
        if problems:
            from app.models.db import damage_message

            self.db.mark_damaged(damage_message(self.path, problems))
            log.error("page check failed: %d problem(s)", len(problems))
        self._pages_checked = True

    # -- settings --------------------------------------------------------------------------
    def _load_workstation(self) -> Workstation:
        with self.read() as s:
            values = {row.key: json.loads(row.value) for row in s.scalars(select(Setting))}
        try:
            ws = Workstation(
                register_id=values["register_id"],
                unit_name=values["unit_name"],
                workstation_name=values["workstation_name"],
                level=Level(values["level"]),
                idle_lock_seconds=int(values.get("idle_lock_seconds", MAX_IDLE_LOCK_SECONDS)),
            )
        except (KeyError, ValueError) as exc:
            raise RegisterDamaged("登记簿缺少工作站设置，无法使用") from exc
        if ws.register_id != self.keyfile.register_id:
            raise KeyFileError("密钥文件不属于此登记簿")
        return ws

    def set_idle_lock(self, actor: Actor, seconds: int) -> None:
        """The screen lock delay: configurable lower than 5 minutes, never higher."""
        if not MIN_IDLE_LOCK_SECONDS <= seconds <= MAX_IDLE_LOCK_SECONDS:
            raise ValidationError(
                f"锁屏时间须在 {MIN_IDLE_LOCK_SECONDS} 秒到 {MAX_IDLE_LOCK_SECONDS} 秒"
                "（5 分钟）之间",
                field="idle_lock_seconds",
            )
        require_role(actor, Role.CLERK, Role.ADMIN)
        before = self.workstation.idle_lock_seconds
        with self.write() as s:
            s.merge(Setting(key="idle_lock_seconds", value=json.dumps(seconds)))
            audit.record(
                s, actor.username, "settings.idle_lock", "setting", "idle_lock_seconds",
                before={"seconds": before}, after={"seconds": seconds},
            )
        self.workstation = replace(self.workstation, idle_lock_seconds=seconds)

    # -- locking ---------------------------------------------------------------------------
    def close(self) -> None:
        """Lock: close every connection and overwrite the key in memory."""
        with self._page_check_guard:
            running = self._page_check
        if running is not None:
            running.join()  # it holds a connection (and the key) of its own
        self.db.dispose()
        for i in range(len(self._data_key)):
            self._data_key[i] = 0
        self._data_key = bytearray()
        self._audit_key = b""
        self._lock.release()

    def __enter__(self) -> Register:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


_LEVEL_KEY = "mibu.workstation_level"


def workstation_level_s(s: Session) -> Level:
    """This workstation's level, read inside an open session (kept on the session).

    For code that writes with a session only (``documents.insert_received``): the level is
    set once at setup and never changes, so the row is read once per unit of work.
    """
    level = s.info.get(_LEVEL_KEY)
    if level is None:
        row = s.get(Setting, "level")
        if row is None:
            raise RegisterDamaged("登记簿缺少工作站设置，无法使用")
        level = s.info[_LEVEL_KEY] = Level(json.loads(row.value))
    return Level(level)


def require_role(actor: Actor, *roles: Role) -> None:
    if actor.role not in roles:
        allowed = "、".join(r.label for r in roles)
        raise PermissionDenied(f"此操作只能由{allowed}执行（当前为{actor.role.label}）")


# -- creating ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class NewRegister:
    register: Register
    clerk: Actor
    totp_secret: str | None  # shown once as a QR code on a 绝密 workstation


def create_register(
    path: Path,
    *,
    unit_name: str,
    workstation_name: str,
    level: Level,
    clerk_username: str,
    clerk_display_name: str,
    passphrase: str,
) -> NewRegister:
    """First-run setup: a new encrypted register, its key file and the clerk's account."""
    path = Path(path).expanduser().absolute()
    unit_name = _clean_name(unit_name, "unit_name", "单位名称")
    workstation_name = _clean_name(workstation_name, "workstation_name", "工作站名称")
    clerk_username = check_username(clerk_username)
    clerk_display_name = _clean_name(clerk_display_name, "display_name", "保密员姓名")
    if level not in WORKSTATION_LEVELS:
        raise ValidationError("工作站密级须为 秘密、机密 或 绝密", field="level")
    passwords.check_passphrase(passphrase, level)
    kpath = key_file_path(path)
    creation.clean_interrupted(path)
    if path.exists() or kpath.exists():
        raise RegisterError(f"{path} 已存在：不会覆盖已有的登记簿")
    if not path.parent.is_dir():
        raise RegisterError(f"目录 {path.parent} 不存在")

    os.umask(0o077)
    lock = InstanceLock(path)
    lock.acquire()
    data_key = new_data_key()
    register_id = str(uuid.uuid4())
    temporary: Path | None = None
    try:
        # Built under temporary names, renamed into place last (app/models/creation.py).
        temporary = creation.begin(path)
        db = Database(temporary, data_key)
        try:
            db.check_opens()
            migrate.upgrade(db.engine)
            os.chmod(temporary, 0o600)
            keyfile = KeyFile(
                path=key_file_path(temporary),
                register_id=register_id,
                db_salt=read_header(temporary).hex(),
                one_time_code=passwords.needs_one_time_code(level),
            )
            keyfile.add_slot(clerk_username, passphrase, data_key)
            secret = pyotp.random_base32() if passwords.needs_one_time_code(level) else None
            now = audit.now_iso()
            settings = {
                "register_id": register_id,
                "unit_name": unit_name,
                "workstation_name": workstation_name,
                "level": int(level),
                "idle_lock_seconds": MAX_IDLE_LOCK_SECONDS,
                "created_at": now,
                APP_VERSION_KEY: APP_VERSION,
            }
            with db.write() as s:
                s.info[audit.SESSION_KEY] = derive_subkey(data_key, audit.AUDIT_KEY_INFO)
                for k, v in settings.items():
                    s.add(Setting(key=k, value=json.dumps(v, ensure_ascii=False)))
                clerk = Account(
                    username=clerk_username,
                    display_name=clerk_display_name,
                    role=Role.CLERK.value,
                    totp_secret=secret,
                    active=True,
                    created_at=now,
                )
                s.add(clerk)
                s.flush()
                shown = {**settings, "level": level.label}
                audit.record(s, clerk_username, "register.create", "register", register_id,
                             after=shown)
                audit.record(s, clerk_username, "account.create", "account", clerk.id,
                             after=_account_view(clerk))
                clerk_id = clerk.id
            keyfile.save()
        finally:
            db.dispose()  # checkpoints the WAL into the file: one file to rename
        creation.finish(path, temporary)
        keyfile.path = kpath
        db = Database(path, data_key)
        register = Register(path, db, keyfile, data_key, lock)
    except BaseException:
        lock.release()
        if temporary is not None:
            creation.abandon(path, temporary)
        raise
    actor = Actor(clerk_id, clerk_username, clerk_display_name, Role.CLERK)
    return NewRegister(register, actor, secret)


def _account_view(a: Account) -> dict[str, object]:
    return {
        "username": a.username,
        "display_name": a.display_name,
        "role": Role(a.role).label,
        "active": a.active,
        "one_time_code": a.totp_secret is not None,
    }


# -- unlocking --------------------------------------------------------------------------------
DISK_FULL_READ_ONLY = ("磁盘已满：登记簿以只读方式打开，可以查询，不能写入。"
                       "请清理磁盘空间后重新解锁")


def unlock(
    path: Path, username: str, passphrase: str, one_time_code: str | None = None, *,
    read_only: bool = False,
) -> tuple[Register, Actor]:
    """Open the register as ``username``. Every failure leaves the register untouched.

    ``read_only`` (``mibu verify``) opens the file with SQLite's ``mode=ro``: no migration,
    no session entry, not one byte of the register written. A register found damaged while
    opening, or one on a full disk, is opened read-only too; ``Register.damage`` says why.
    """
    path = Path(path).expanduser().absolute()
    header = read_header(path)
    keyfile = KeyFile.load(key_file_path(path))
    if keyfile.db_salt and keyfile.db_salt != header.hex():
        raise KeyFileError(f"密钥文件 {keyfile.path.name} 不属于登记簿 {path.name}")
    os.umask(0o077)
    lock = InstanceLock(path)
    lock.acquire()
    try:
        try:
            opened = keyfile.unwrap_slot(username.strip(), passphrase)
            data_key = opened.data_key
        except AuthError as exc:
            log.warning("unlock refused: %s", type(exc).__name__)  # no names, no secrets
            raise
        try:
            register, upgrade = _open(path, keyfile, data_key, lock, read_only=read_only)
        except DiskFull:
            register, upgrade = _open(path, keyfile, data_key, lock, read_only=True)
            register.db.damage = DISK_FULL_READ_ONLY
    except BaseException:
        lock.release()
        raise
    try:
        actor = _check_account(register, username.strip(), one_time_code)
    except RegisterDamaged as exc:
        register.close()
        raise _cannot_open(register.db, exc) from exc
    except BaseException:
        register.close()
        raise
    try:
        keyfile.record_success(actor.username)
    except DiskFull:
        log.warning("key file not saved after unlock: disk full")
    log.info("register unlocked (account id %d)", actor.account_id)
    if register.read_only:  # nothing is written; an auditor's verify trusts its proven key
        try:
            with register.read() as s:
                register.signer = anchor.prove(s, keyfile, actor.username, actor.role, opened)
        except RegisterDamaged:
            pass
        return register, actor
    try:
        _after_unlock(register, actor, opened, upgrade)
    except DiskFull:
        register.db.mark_damaged(DISK_FULL_READ_ONLY)
    except RegisterDamaged:
        pass  # the register is read-only now; register.damage tells the clerk why
    except BaseException:
        register.close()
        raise
    return register, actor


def _open(path: Path, keyfile: KeyFile, data_key: bytes, lock: InstanceLock, *,
          read_only: bool) -> tuple[Register, _Upgrade | None]:
    """The register, and what it was written with if this build upgraded it (recorded in
    the trail by the unlock). Read-only: never migrated, never written."""
    db = Database(path, data_key, read_only=read_only)
    try:
        db.check_opens()
        if read_only:  # never migrated; a newer register is refused all the same
            _refuse_if_newer(db)
            upgrade = None
        else:
            upgrade = _migrate_if_behind(db)
        return Register(path, db, keyfile, data_key, lock), upgrade
    except RegisterDamaged as exc:
        db.dispose()
        raise _cannot_open(db, exc) from exc
    except BaseException:
        db.dispose()
        raise


def _cannot_open(db: Database, exc: RegisterDamaged) -> RegisterDamaged:
    """A page that unlocking itself needs is damaged: nothing can be opened, not even
    read-only (the message must not say "read-only")."""
    if db.damage is None or isinstance(exc, DiskFull):
        return exc
    return RegisterDamaged(f"无法打开登记簿：{db.damage}")



def _after_unlock(register: Register, actor: Actor, opened: KeyFileUnwrapped,
                  upgrade: _Upgrade | None) -> None:
    """The unlock's audit entry (after the upgrade's, when this build upgraded the register),
    the failed attempts since the last one, and for an auditor or administrator a signed
    checkpoint: one transaction, the key file saved inside it."""
    keyfile = register.keyfile
    saved = {k: keyfile.slots[actor.username].get(k) for k in ("pending", "sign", "checkpoint")}
    try:
        with register.write(check=False) as s:
            if upgrade is not None:
                _record_upgrade(s, register, actor, upgrade)
            audit.record(s, actor.username, "session.unlock", "account", actor.account_id)
            changed = anchor.record_pending_failures(s, keyfile, actor.username,
                                                    actor.account_id)
            register.signer = anchor.on_unlock(
                s, keyfile, register.workstation.register_id, actor.username,
                actor.account_id, actor.role, opened)
            if changed or register.signer is not None:
                s.flush()
                keyfile.save()
    except BaseException:
        slot = keyfile.slots[actor.username]
        for k, v in saved.items():
            if v is None:
                slot.pop(k, None)
            else:
                slot[k] = v
        raise


@dataclass(frozen=True)
class _Upgrade:
    """What the register was written with before this build opened it."""

    version: str | None  # None: written before Mibu recorded its version
    revision: str


def _version_key(version: str) -> tuple[int, ...]:
    """``1.2.10`` -> (1, 2, 10); what is not a number counts as 0 (``0.2.0rc1`` -> 0.2.0)."""
    return tuple(int(m.group()) if (m := re.match(r"\d+", part)) else 0
                 for part in version.split("."))


def _stored_version(db: Database) -> str | None:
    try:
        with db.engine.connect() as conn:
            row = conn.exec_driver_sql(
                "SELECT value FROM setting WHERE key = ?", (APP_VERSION_KEY,)
            ).fetchone()
    except (DBAPIError, sqlcipher3.Error) as exc:
        raise db.translate(exc) from exc  # a damaged page: the clerk's words, not SQLite's
    try:
        value = json.loads(row[0]) if row else None
    except ValueError:
        return None
    return value if isinstance(value, str) else None


def _refuse_if_newer(db: Database) -> tuple[str, str | None]:
    """The register's schema revision and the version that wrote it; a register of a schema
    this build does not know (written by a newer build) is refused, untouched."""
    current = migrate.current_revision(db.engine)
    if current is None:
        raise NotARegister("此文件不是 Mibu 登记簿（没有表结构版本）")
    stored = _stored_version(db)
    if current not in migrate.known_revisions():
        written_by = f"密簿 {stored} " if stored else "更新版本的密簿"
        raise RegisterTooNew(
            f"此登记簿由{written_by}写入，其表结构（{current}）比本程序（密簿 {APP_VERSION}）"
            "新，不能打开。登记簿未作任何改动；请安装不低于写入它的版本的密簿。"
        )
    return current, stored


def _migrate_if_behind(db: Database) -> _Upgrade | None:
    """Bring an older register to this build's schema; refuse a newer one untouched.

    Returns what the register was written with if this build is newer (the caller records
    the upgrade in the audit trail once the clerk is known), else None.
    """
    current, stored = _refuse_if_newer(db)
    head = migrate.head_revision()
    if current != head:
        migrate.upgrade(db.engine)
    if stored is not None:
        if _version_key(stored) > _version_key(APP_VERSION):
            return None  # an older build opens a newer register of a schema it knows
        if _version_key(stored) == _version_key(APP_VERSION) and current == head:
            return None  # nothing changed
    return _Upgrade(stored, current)


def _record_upgrade(s: Session, register: Register, actor: Actor, was: _Upgrade) -> None:
    """The first unlock by a newer build: the version it was written with, and this one."""
    head = migrate.head_revision()
    s.merge(Setting(key=APP_VERSION_KEY, value=json.dumps(APP_VERSION)))
    audit.record(
        s, actor.username, "register.upgrade", "register", register.workstation.register_id,
        before={"version": was.version or "未记录", "schema": was.revision},
        after={"version": APP_VERSION, "schema": head},
    )
    log.info("register upgraded from %s to %s", was.version, APP_VERSION)


def _check_account(register: Register, username: str, code: str | None) -> Actor:
    with register.read() as s:
        account = s.scalar(select(Account).where(Account.username == username))
    if account is None or not account.active:
        raise AuthError("此账户已停用或不存在")
    if passwords.needs_one_time_code(register.workstation.level) or account.totp_secret:
        _check_totp(register, account, code)
    return Actor(account.id, account.username, account.display_name, Role(account.role))


def _check_totp(register: Register, account: Account, code: str | None) -> None:
    if not account.totp_secret:
        raise AuthError("绝密级计算机要求一次性口令，但此账户尚未登记一次性口令")
    code = (code or "").strip()
    totp = pyotp.TOTP(account.totp_secret)
    now = dt.datetime.now(dt.UTC)
    step = int(now.timestamp()) // totp.interval
    accepted = None
    for offset in (0, -1, 1):  # one step of clock drift either way
        if code and totp.at(now + dt.timedelta(seconds=offset * totp.interval)) == code:
            accepted = step + offset
            break
    if accepted is None or (account.totp_last_step is not None
                            and accepted <= account.totp_last_step):
        register.keyfile.record_failure(account.username)
        raise AuthError("一次性口令错误或已使用过")
    if register.read_only:
        return  # opened for checking only: nothing is written, the step is not marked used
    with register.write(check=False) as s:
        s.execute(
            update(Account).where(Account.id == account.id).values(totp_last_step=accepted)
        )


def confirm_by_passphrase(
    register: Register, username: str, passphrase: str, one_time_code: str | None = None,
    *, roles: tuple[Role, ...] = (Role.APPROVER,),
) -> Actor:
    """A second person confirms at this terminal (an approver), without a second session.

    The passphrase must open that person's own key slot; failures count towards their lockout.
    """
    username = (username or "").strip()
    key = register.keyfile.unwrap(username, passphrase)
    if key != register.data_key:
        raise KeyFileError("此账户的密钥槽不属于本登记簿")
    actor = _check_account(register, username, one_time_code)
    register.keyfile.record_success(username)
    if register.keyfile.pending_failures(username):
        saved = register.keyfile.slots[username].get("pending")
        try:
            with register.write() as s:
                anchor.record_pending_failures(s, register.keyfile, username, actor.account_id)
                register.keyfile.save()
        except BaseException:
            register.keyfile.slots[username]["pending"] = saved
            raise
    if actor.role not in roles:
        allowed = "、".join(r.label for r in roles)
        raise PermissionDenied(f"{actor.display_name} 不是{allowed}，不能确认此操作")
    return actor
