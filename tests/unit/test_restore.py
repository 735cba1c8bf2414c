"""``mibu restore`` (issue 11, finding 4): verify the backup, set the current files aside,
install, verify, audit; a round trip after a crash that left a stale ``-wal``."""

from __future__ import annotations

import datetime as dt
import io
import re
from pathlib import Path

import pytest

from app.cli import main
from app.errors import RegisterDamaged, RegisterError
from app.models.keyfile import key_file_path
from app.services import audit
from app.services.backup import backup
from app.services.register import unlock
from app.services.restore import restore
from tests.factories import PASSPHRASE, new_register
from tests.unit.test_damage import crashed_copy, zero


def _count(path: Path, prefix: str) -> int:
    reg, _ = unlock(path, "clerk", PASSPHRASE, read_only=True)
    try:
        with reg.read() as s:
            return audit.count(s, audit.AuditFilter(action_prefix=prefix))
    finally:
        reg.close()


def _backed_up(tmp_path: Path) -> tuple[Path, Path]:
    """A register with one entry before its backup; the backup's path."""
    path = tmp_path / "office" / "register.mibu"
    path.parent.mkdir()
    created = new_register(path)
    reg, clerk = created.register, created.clerk
    with reg.write() as s:
        audit.record(s, clerk.username, "test.before_backup", "test", 1)
    medium = tmp_path / "medium"
    medium.mkdir()
    info = backup(reg, clerk, medium)
    reg.close()
    return path, info.path


def test_restore_round_trip_after_a_crash_with_a_stale_wal(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    office, backup_path = _backed_up(tmp_path)
    # The crash: the register's folder holds the register, its key file and a -wal with
    # entries written after the backup.
    crashed = tmp_path / "crashed" / "register.mibu"
    crashed.parent.mkdir()
    crashed_copy(office, crashed)
    old = {p.name: p.read_bytes() for p in crashed.parent.iterdir()
           if not p.name.endswith(".lock")}
    assert "register.mibu-wal" in old
    backup_bytes = backup_path.read_bytes()

    monkeypatch.setattr("sys.stdin", io.StringIO(PASSPHRASE + "\n"))
    assert main(["restore", "--register", str(crashed), "--passphrase-stdin",
                 str(backup_path)]) == 0
    out = capsys.readouterr().out
    assert "已从备份" in out and "原文件已改名保留" in out

    # Nothing deleted: every old file is beside the register under a dated name, and
    # together they are still a register that opens, with the entries after the backup.
    aside = [p for p in crashed.parent.iterdir() if "before-restore" in p.name]
    assert sorted(re.sub(r"\d{8}-\d{6}", "DATE", p.name) for p in aside) == [
        "register-before-restore-DATE.mibu", "register-before-restore-DATE.mibu-wal",
        "register-before-restore-DATE.mibu.keys"]
    aside_register = next(p for p in aside if p.suffix == ".mibu")
    by_role = {n.replace("register.mibu", ""): b for n, b in old.items()}
    assert aside_register.read_bytes() == by_role[""]
    assert Path(f"{aside_register}-wal").read_bytes() == by_role["-wal"]
    assert _count(aside_register, "test.after_backup") == 5

    # The register is the backup now: verify passes, the restore is in its trail.
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSPHRASE + "\n"))
    assert main(["verify", "--register", str(crashed), "--passphrase-stdin"]) == 0
    assert _count(crashed, "test.after_backup") == 0
    assert _count(crashed, "test.before_backup") == 1
    assert _count(crashed, "register.restore") == 1
    assert backup_path.read_bytes() == backup_bytes  # the backup itself is untouched


def test_a_damaged_backup_is_refused_and_nothing_changes(tmp_path: Path) -> None:
    office, backup_path = _backed_up(tmp_path)
    reg, _ = unlock(backup_path, "clerk", PASSPHRASE, read_only=True)
    with reg.read() as s:
        page = int(s.connection().exec_driver_sql(
            "SELECT rootpage FROM sqlite_master WHERE name = 'medium'").scalar_one())
    reg.close()
    zero(backup_path, page)
    before = {p.name: p.read_bytes() for p in office.parent.iterdir()}
    with pytest.raises(RegisterDamaged, match=f"备份 .*第 {page} 页已损坏"):
        restore(office, backup_path, "clerk", PASSPHRASE)
    assert {p.name: p.read_bytes() for p in office.parent.iterdir()} == before


def test_restore_refusals(tmp_path: Path) -> None:
    office, backup_path = _backed_up(tmp_path)
    with pytest.raises(RegisterError, match="找不到备份文件"):
        restore(office, tmp_path / "none.mibu", "clerk", PASSPHRASE)
    other = tmp_path / "other.mibu"
    new_register(other).register.close()
    with pytest.raises(RegisterError, match="属于另一个登记簿"):
        restore(office, other, "clerk", PASSPHRASE)
    key_file_path(backup_path).unlink()
    with pytest.raises(RegisterError, match="找不到备份的密钥文件"):
        restore(office, backup_path, "clerk", PASSPHRASE)


def test_restore_when_the_register_is_gone(tmp_path: Path) -> None:
    """The register was lost entirely (a new disk): restore puts the backup in place."""
    office, backup_path = _backed_up(tmp_path)
    for p in list(office.parent.iterdir()):
        p.unlink()
    info = restore(office, backup_path, "clerk", PASSPHRASE,
                   now=dt.datetime(2026, 12, 2, 9, 30))
    assert info.moved_aside == ()
    assert _count(office, "register.restore") == 1


def test_restoring_a_backup_older_than_the_last_checkpoint_says_so(tmp_path: Path) -> None:
    """The auditor signed a checkpoint after the backup: the restore goes ahead (the files
    it replaces are kept) and says what the checkpoint covered that the backup lacks."""
    from app.models.enums import Role
    from tests.factories import add_account

    path = tmp_path / "office" / "register.mibu"
    path.parent.mkdir()
    created = new_register(path)
    reg, clerk = created.register, created.clerk
    add_account(reg, clerk, "auditor", Role.AUDITOR, "王审计")
    medium = tmp_path / "medium"
    medium.mkdir()
    backup_path = backup(reg, clerk, medium).path
    reg.close()
    signed, _ = unlock(path, "auditor", PASSPHRASE)  # signs a checkpoint over more entries
    signed.close()
    info = restore(path, backup_path, "clerk", PASSPHRASE)
    assert info.older_than_checkpoint is not None
    assert "此备份早于最新的签名检查点（第 1 号" in info.older_than_checkpoint
    assert _count(path, "register.restore") == 1
    # a backup taken after the checkpoint is not older
    reg, clerk = unlock(path, "clerk", PASSPHRASE)
    later = tmp_path / "later"
    later.mkdir()
    newer = backup(reg, clerk, later).path
    reg.close()
    again = restore(path, newer, "clerk", PASSPHRASE, now=dt.datetime(2030, 1, 1, 9, 0))
    assert again.older_than_checkpoint is None
