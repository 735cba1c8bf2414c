"""A full disk (issue 11, finding 7), on a small tmpfs mounted for the test.

Wrong passphrases are still counted (in memory) and the message says the disk is full; the
right passphrase opens, read-only if it must, and is never told the register is damaged;
backup and export to a full disk leave nothing behind and say so in Chinese.
"""

from __future__ import annotations

import errno
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.errors import AccountLocked, AuthError, DiskFull, RegisterReadOnly
from app.models import keyfile
from app.services import audit, ledgers, media_io
from app.services.backup import backup
from app.services.register import DISK_FULL_READ_ONLY, unlock
from tests.factories import PASSPHRASE, new_register

WRONG = "Wrong-passphrase1"


def _mount(where: Path, size: str) -> None:
    where.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs",
                           str(where)], capture_output=True, text=True, check=False)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs to fill (needs root): {done.stderr.strip()}")


def fill(where: Path) -> None:
    """Fill the filesystem to the last byte."""
    fd = os.open(where / "filler", os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        size = 1 << 16
        while size:
            try:
                os.write(fd, b"\0" * size)
            except OSError as exc:
                assert exc.errno == errno.ENOSPC
                size //= 2
    finally:
        os.close(fd)


@pytest.fixture
def full_disk(tmp_path: Path) -> Iterator[Path]:
    """A mounted 4 MB tmpfs (filled by the test when it is ready)."""
    where = tmp_path / "disk"
    _mount(where, "4m")
    try:
        yield where
    finally:
        keyfile._UNSAVED.clear()
        subprocess.run(["umount", "-l", str(where)], check=False)


def test_wrong_passphrases_on_a_full_disk_are_counted_and_say_so(full_disk: Path) -> None:
    path = full_disk / "register.mibu"
    new_register(path).register.close()
    keys_before = keyfile.key_file_path(path).read_bytes()
    fill(full_disk)
    for left in (2, 1):
        with pytest.raises(AuthError, match=f"再错 {left} 次.*磁盘已满") as refused:
            unlock(path, "clerk", WRONG)
        assert "损坏" not in refused.value.message
    with pytest.raises(AccountLocked, match=r"账户已锁定.*磁盘已满"):
        unlock(path, "clerk", WRONG)
    with pytest.raises(AccountLocked):  # the lock holds, in memory, for the right one too
        unlock(path, "clerk", PASSPHRASE)
    assert keyfile.key_file_path(path).read_bytes() == keys_before


def test_the_right_passphrase_on_a_full_disk_opens(full_disk: Path) -> None:
    path = full_disk / "register.mibu"
    new_register(path).register.close()
    fill(full_disk)
    reg, clerk = unlock(path, "clerk", PASSPHRASE)
    try:
        assert reg.damage in (None, DISK_FULL_READ_ONLY)
        with reg.read() as s:
            assert audit.count(s, audit.AuditFilter()) >= 2
        with pytest.raises((DiskFull, RegisterReadOnly), match="磁盘已满") as refused:
            with reg.write() as s:
                audit.record(s, clerk.username, "test.write", "test", 1,
                             after={"pad": "x" * 200_000})
        assert "损坏" not in str(refused.value)
    finally:
        reg.close()


def test_backup_and_exports_to_a_full_disk_leave_nothing(tmp_path: Path,
                                                         full_disk: Path) -> None:
    created = new_register(tmp_path / "register.mibu")
    reg, clerk = created.register, created.clerk
    try:
        with reg.write() as s:  # enough content that the copy does not fit
            for i in range(40):
                audit.record(s, clerk.username, "test.write", "test", i,
                             after={"pad": os.urandom(40_000).hex()})
        fill(full_disk)
        free = shutil.disk_usage(full_disk).free
        with pytest.raises(DiskFull, match=r"磁盘已满.*已删除未写完的备份文件"):
            backup(reg, clerk, full_disk)
        for name, export in (("people.csv", ledgers.export_people),
                             ("people.xlsx", ledgers.export_people),
                             ("documents.csv", ledgers.export_documents),
                             ("media.csv", media_io.export_media),
                             ("media.xlsx", media_io.export_media)):
            with pytest.raises(DiskFull, match=f"磁盘已满：{name} 未导出"):
                export(reg, clerk, full_disk / name)
        assert sorted(p.name for p in full_disk.iterdir()) == ["filler"]
        assert shutil.disk_usage(full_disk).free == free
    finally:
        reg.close()
