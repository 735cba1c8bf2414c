"""Backups (002 篇六 六: important data is backed up regularly).

A backup is a consistent, still-encrypted copy of the register made with SQLite's online
backup API, plus a copy of the key file whose recorded salt names the new file. Both go
to a folder the clerk chooses (in practice a registered medium; the USB guard admits no
other). The copy is opened and checked before the backup is reported done.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from pathlib import Path

import sqlcipher3
from sqlalchemy import func, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from app.errors import DiskFull, RegisterDamaged, RegisterError, RegisterReadOnly
from app.models.db import SQLITE_FULL, Database, read_header
from app.models.enums import Role
from app.models.foundation import AuditEntry
from app.models.keyfile import KeyFile, key_file_path
from app.services import audit
from app.services.register import Actor, Register, require_role

BACKUP_ACTION = "register.backup"


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    key_file: Path
    pages: int


def backup(register: Register, actor: Actor, destination: Path) -> BackupInfo:
    require_role(actor, Role.CLERK, Role.ADMIN)
    destination = Path(destination).expanduser().absolute()
    if not destination.is_dir():
        what = ("不是文件夹" if destination.exists()
                else "不存在：请先建立该文件夹（应在已登记的涉密介质上）")
        raise RegisterError(f"备份目录 {destination} {what}")
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = destination / f"{register.path.stem}-{stamp}{register.path.suffix}"
    target_keys = key_file_path(target)
    if target.exists() or target_keys.exists():
        raise RegisterError(f"{target.name} 已存在，请稍后再备份")
    try:
        register.ensure_sound()  # every page's HMAC: a backup must not bless a broken page
    except RegisterReadOnly as exc:
        raise RegisterDamaged(f"不能备份：{register.damage or exc.message}") from exc
    old_umask = os.umask(0o077)
    copy = Database(target, register.data_key)
    try:
        with register.db.engine.connect() as conn:
            source = conn.connection.dbapi_connection
            dest = copy.engine.raw_connection()
            try:
                source.backup(dest.dbapi_connection)  # type: ignore[union-attr]
            finally:
                dest.close()
        copy.check_opens()
        with copy.engine.connect() as conn:
            problems = conn.exec_driver_sql("PRAGMA cipher_integrity_check").fetchall()
            pages = int(conn.exec_driver_sql("PRAGMA page_count").scalar() or 0)
        if problems:
            raise RegisterError("备份副本校验失败，备份未完成")
        keys = KeyFile.load(register.keyfile.path)
        keys.path = target_keys
        keys.db_salt = read_header(target).hex()
        keys.save()
    except OSError as exc:
        _remove(target, target_keys)
        raise DiskFull(f"备份未完成：{exc.strerror}，已删除未写完的备份文件") from exc
    except (sqlcipher3.Error, DBAPIError) as exc:
        _remove(target, target_keys)
        orig = getattr(exc, "orig", exc)
        if int(getattr(orig, "sqlite_errorcode", 0) or 0) & 0xFF == SQLITE_FULL:
            raise DiskFull(f"备份目录 {destination} 所在磁盘已满：备份未完成，"
                           "已删除未写完的备份文件") from exc
        raise RegisterError(f"备份未完成（{str(orig)[:80]}），已删除未写完的备份文件"
                            ) from exc
    except BaseException:
        _remove(target, target_keys)
        raise
    finally:
        copy.dispose()
        os.umask(old_umask)
    with register.write() as s:
        audit.record(s, actor.username, BACKUP_ACTION, "register",
                     register.workstation.register_id,
                     after={"backup": str(target), "pages": pages})
    return BackupInfo(target, target_keys, pages)


def last_backup_s(s: Session) -> dt.date | None:
    """The day of the last backup, from the audit trail (indexed by action)."""
    at = s.scalar(select(func.max(AuditEntry.at)).where(AuditEntry.action == BACKUP_ACTION))
    return dt.datetime.fromisoformat(at).date() if at else None


def _remove(*paths: Path) -> None:
    for p in paths:
        for leftover in (p, Path(f"{p}-wal"), Path(f"{p}-shm")):
            leftover.unlink(missing_ok=True)
