"""Restoring the register from a backup (``mibu restore``, and 设置 → 从备份恢复).

The order is what makes it safe:

1. the backup (and its key file, found beside it) is opened read-only and verified; a
   backup that fails changes nothing;
2. the current register, its key file and any ``-wal``/``-shm`` left by a crash are renamed
   in the same folder to ``NAME-before-restore-YYYYMMDD-HHMMSS.mibu`` (``.keys``, ``-wal``,
   ``-shm`` alike), never deleted: together they are still a register that opens;
3. the backup and its key file are copied beside the register under temporary names,
   flushed, and renamed into place (key file first);
4. the installed register is verified (read-only); if it fails, it is removed and the
   files moved aside in step 2 are put back;
5. the restore is audited in the restored register.

No register may be open while restoring: the GUI closes its own first.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import secrets
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from app.errors import NotARegister, RegisterDamaged, RegisterError
from app.models.db import forget_engine
from app.models.enums import Role
from app.models.instance_lock import InstanceLock
from app.models.keyfile import KeyFile, key_file_path
from app.services import audit, verification
from app.services.register import require_role, unlock

log = logging.getLogger(__name__)

RESTORE_ACTION = "register.restore"
ASIDE_TAG = "before-restore"

Progress = Callable[[int, int, str], None]
STEPS = 5


@dataclass(frozen=True)
class RestoreInfo:
    register: Path
    backup: Path
    moved_aside: tuple[Path, ...]  # the files that were in place before, renamed
    entries: int  # audit entries in the restored register (the restore's own included)
    #: The backup is older than the latest signed checkpoint of the register it replaced:
    #: what that checkpoint covered and the backup does not (None when it is not older).
    older_than_checkpoint: str | None = None


def older_than_checkpoint(register_path: Path, backup_entries: int) -> str | None:
    """Does the current key file hold a signed checkpoint over more entries than the backup
    has? (The checkpoints' copies are in the key file, which the restore sets aside.)"""
    from app.services import anchor

    kpath = key_file_path(register_path)
    if not kpath.is_file():
        return None
    try:
        copies = anchor.keyfile_copies(KeyFile.load(kpath))
    except RegisterError:
        return None
    latest = max(copies, key=lambda cp: cp.entry_count, default=None)
    if latest is None or latest.entry_count <= backup_entries:
        return None
    return (f"此备份早于最新的签名检查点（第 {latest.seq} 号，{latest.at[:10]}，覆盖 "
            f"{latest.entry_count} 条审计记录；备份只有 {backup_entries} 条）：之后登记的记录不在"
            "备份中，原登记簿已改名保留")


def _companions(path: Path) -> list[Path]:
    """The register's files: itself, its key file, and SQLite's ``-wal``/``-shm``."""
    return [path, key_file_path(path), Path(f"{path}-wal"), Path(f"{path}-shm")]


def aside_name(path: Path, stamp: str) -> Path:
    """``register.mibu`` → ``register-before-restore-20261202-093000.mibu``."""
    return path.with_name(f"{path.stem}-{ASIDE_TAG}-{stamp}{path.suffix}")


def _fsync_dir(directory: Path) -> None:
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _copy_synced(source: Path, target: Path) -> None:
    with open(source, "rb") as src, open(target, "xb") as dst:
        os.fchmod(dst.fileno(), 0o600)
        shutil.copyfileobj(src, dst, 1 << 20)
        dst.flush()
        os.fsync(dst.fileno())


def _verify(path: Path, username: str, passphrase: str, one_time_code: str | None,
            what: str) -> int:
    """Open read-only and verify; the number of audit entries, or a refusal naming ``what``."""
    try:
        reg, actor = unlock(path, username, passphrase, one_time_code, read_only=True)
    except RegisterDamaged as exc:
        raise RegisterDamaged(f"{what}已损坏：{exc.message}") from exc
    try:
        require_role(actor, Role.CLERK, Role.ADMIN)
        try:
            report = verification.verify(reg)
        except RegisterDamaged as exc:
            report = verification.VerifyReport(problem=exc.message)
        if report.problem is not None:
            raise RegisterDamaged(f"{what}校验失败：{report.problem}")
        with reg.read() as s:
            return audit.count(s, audit.AuditFilter())
    finally:
        reg.close()


def restore(register_path: Path, backup_path: Path, username: str, passphrase: str,
            one_time_code: str | None = None, *, progress: Progress | None = None,
            now: dt.datetime | None = None) -> RestoreInfo:
    """Replace the register at ``register_path`` by the backup at ``backup_path``."""
    say = progress or (lambda step, total, text: None)
    register_path = Path(register_path).expanduser().absolute()
    backup_path = Path(backup_path).expanduser().absolute()
    if not backup_path.is_file():
        raise NotARegister(f"找不到备份文件 {backup_path}")
    if not key_file_path(backup_path).is_file():
        raise RegisterError(f"找不到备份的密钥文件 {key_file_path(backup_path).name}："
                            "备份的登记簿与其密钥文件必须放在同一目录")
    if backup_path == register_path:
        raise RegisterError("备份文件就是当前登记簿本身：请选择另一个备份")
    if not register_path.parent.is_dir():
        raise RegisterError(f"目录 {register_path.parent} 不存在")
    _check_same_register(register_path, backup_path)

    say(1, STEPS, "正在校验备份…")
    backup_entries = _verify(backup_path, username, passphrase, one_time_code,
                             f"备份 {backup_path.name} ")
    older = older_than_checkpoint(register_path, backup_entries)

    lock = InstanceLock(register_path)
    lock.acquire()  # no other Mibu has the register open (the GUI closed its own)
    try:
        say(2, STEPS, "正在把当前登记簿移到一旁…")
        stamp = (now or dt.datetime.now()).strftime("%Y%m%d-%H%M%S")
        moved: list[tuple[Path, Path]] = []
        aside_register = aside_name(register_path, stamp)
        for current, aside in zip(_companions(register_path), _companions(aside_register),
                                  strict=True):
            if current.exists():
                if aside.exists():
                    raise RegisterError(f"{aside.name} 已存在，请稍后再恢复")
                moved.append((current, aside))
        for current, aside in moved:
            os.rename(current, aside)
        _fsync_dir(register_path.parent)
        forget_engine(register_path)  # the engine kept from the replaced file's last open
        try:
            say(3, STEPS, "正在安装备份…")
            _install(backup_path, register_path)
            say(4, STEPS, "正在校验恢复后的登记簿…")
            _verify(register_path, username, passphrase, one_time_code, "恢复后的登记簿")
        except BaseException:
            for leftover in _companions(register_path):
                leftover.unlink(missing_ok=True)  # a copy of the backup, which stays
            for current, aside in moved:
                os.rename(aside, current)
            _fsync_dir(register_path.parent)
            forget_engine(register_path)
            raise
    finally:
        lock.release()

    say(5, STEPS, "正在记录恢复…")
    reg, actor = unlock(register_path, username, passphrase, one_time_code)
    try:
        with reg.write() as s:
            audit.record(s, actor.username, RESTORE_ACTION, "register",
                         reg.workstation.register_id,
                         after={"backup": str(backup_path),
                                "moved_aside": [a.name for _, a in moved],
                                **({"早于检查点": older} if older else {})})
        with reg.read() as s:
            entries = audit.count(s, audit.AuditFilter())
    finally:
        reg.close()
    log.info("register restored from a backup")
    return RestoreInfo(register_path, backup_path, tuple(a for _, a in moved), entries, older)


def _check_same_register(register_path: Path, backup_path: Path) -> None:
    """A backup of another register is refused while this register's key file says which
    register it is (a missing or unreadable key file: the backup is taken as it is)."""
    try:
        current = KeyFile.load(key_file_path(register_path)).register_id
    except RegisterError:
        return
    if KeyFile.load(key_file_path(backup_path)).register_id != current:
        raise RegisterError(f"备份 {backup_path.name} 属于另一个登记簿，不能用来恢复此登记簿")


def _install(backup_path: Path, register_path: Path) -> None:
    """Copy the backup (and a ``-wal`` it may have) and its key file in, rename them last."""
    token = secrets.token_hex(4)
    directory = register_path.parent
    pairs = [(key_file_path(backup_path), key_file_path(register_path)),
             (backup_path, register_path)]
    wal = Path(f"{backup_path}-wal")
    if wal.exists():
        pairs.append((wal, Path(f"{register_path}-wal")))
    temps: list[tuple[Path, Path]] = []
    try:
        for source, target in pairs:
            temp = directory / f".{target.name}.restore-{token}"
            temps.append((temp, target))
            _copy_synced(source, temp)
    except OSError as exc:
        for temp, _ in temps:
            temp.unlink(missing_ok=True)
        raise _disk_error(exc, directory) from exc
    # The key file first: a crash between the renames leaves a key file without a
    # register (unlocking says the register is missing); the old pair is set aside.
    for temp, target in temps:
        os.replace(temp, target)
    _fsync_dir(directory)


def _disk_error(exc: OSError, directory: Path) -> RegisterError:
    import errno

    from app.errors import DiskFull

    if exc.errno == errno.ENOSPC:
        return DiskFull(f"{directory} 所在磁盘已满：未能安装备份，原登记簿已放回原处")
    return RegisterError(f"未能安装备份（{exc.strerror}），原登记簿已放回原处")


__all__ = ["RestoreInfo", "aside_name", "restore"]
