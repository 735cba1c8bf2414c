"""Damage is found, reported in Chinese, and never written over (issue 11, finding 3); verify
opens read-only (finding 5)."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.cli import main
from app.errors import RegisterDamaged, RegisterReadOnly
from app.models.documents import Document
from app.models.keyfile import key_file_path
from app.services import audit, verification
from app.services.backup import backup
from app.services.register import Register, unlock
from tests.factories import PASSPHRASE, new_register

PAGE = 4096
DATA = Path(__file__).resolve().parent.parent / "data"


def run(monkeypatch: pytest.MonkeyPatch, args: list[str]) -> int:
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSPHRASE + "\n"))
    return main(args)


def root_page(register: Register, table: str) -> int:
    with register.read() as s:
        return int(s.connection().exec_driver_sql(
            "SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).scalar_one())


def made(path: Path, table: str) -> int:
    """A closed register at ``path`` and the page number of ``table``'s root."""
    reg = new_register(path).register
    page = root_page(reg, table)
    reg.close()
    return page


def flip(path: Path, page: int, offset: int = 700) -> None:
    data = bytearray(path.read_bytes())
    data[(page - 1) * PAGE + offset] ^= 0x5A
    path.write_bytes(bytes(data))


def zero(path: Path, page: int) -> None:
    data = bytearray(path.read_bytes())
    data[(page - 1) * PAGE: page * PAGE] = bytes(PAGE)
    path.write_bytes(bytes(data))


def page_bytes(path: Path, page: int) -> bytes:
    return path.read_bytes()[(page - 1) * PAGE: page * PAGE]


def test_a_flipped_byte_in_a_page_unlocking_reads(
        monkeypatch: pytest.MonkeyPatch, register_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    page = made(register_path, "setting")
    flip(register_path, page)
    with pytest.raises(RegisterDamaged, match=f"第 {page} 页已损坏.*从备份恢复"):
        unlock(register_path, "clerk", PASSPHRASE)
    reg_arg = ["--register", str(register_path), "--passphrase-stdin"]
    assert run(monkeypatch, ["verify", *reg_arg]) == 1
    err = capsys.readouterr().err
    assert f"第 {page} 页已损坏" in err and "mibu verify --deep" in err
    assert "Traceback" not in err and "ERROR CORE" not in err
    for args in (["search", *reg_arg, "海淀"], ["export", *reg_arg, "--kind", "people",
                                                 str(register_path.parent / "p.csv")],
                 ["backup", *reg_arg, "--to", str(register_path.parent)]):
        assert run(monkeypatch, args) == 2
        err = capsys.readouterr().err
        assert err.startswith("错误：") and f"第 {page} 页已损坏" in err
    assert not (register_path.parent / "p.csv").exists()


def test_a_zeroed_page_elsewhere_opens_read_only_and_refuses_every_write(
        monkeypatch: pytest.MonkeyPatch, register_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    page = made(register_path, "medium")
    zero(register_path, page)
    reg_arg = ["--register", str(register_path), "--passphrase-stdin"]
    assert run(monkeypatch, ["import", *reg_arg, "--kind", "people",
                             str(DATA / "people_ledger.xlsx")]) == 2
    err = capsys.readouterr().err
    assert f"第 {page} 页已损坏" in err and "只读" in err and "Traceback" not in err
    assert page_bytes(register_path, page) == bytes(PAGE)  # never written over
    # Reading goes on: the clerk can still search what can be read.
    assert run(monkeypatch, ["search", *reg_arg, "海淀"]) == 0
    # An export is audited, so it is refused too, before any file is written.
    export = register_path.parent / "people.csv"
    assert run(monkeypatch, ["export", *reg_arg, "--kind", "people", str(export)]) == 2
    assert "只读" in capsys.readouterr().err and not export.exists()
    reg, clerk = unlock(register_path, "clerk", PASSPHRASE)
    try:
        with pytest.raises(RegisterReadOnly, match=f"只读.*第 {page} 页已损坏"):
            with reg.write() as s:
                audit.record(s, clerk.username, "test.write", "test", 1)
        assert reg.read_only and reg.damage is not None
        with reg.read() as s:
            assert audit.count(s, audit.AuditFilter(action_prefix="test.")) == 0
            assert s.scalar(select(func.count(Document.id))) == 0
    finally:
        reg.close()
    assert run(monkeypatch, ["verify", *reg_arg, "--deep"]) == 1
    assert f"第 {page} 页已损坏" in capsys.readouterr().err


def test_backup_refuses_a_damaged_source_and_leaves_nothing(register_path: Path,
                                                           tmp_path: Path) -> None:
    page = made(register_path, "medium")
    zero(register_path, page)
    medium = tmp_path / "medium"
    medium.mkdir()
    reg, clerk = unlock(register_path, "clerk", PASSPHRASE)
    try:
        with pytest.raises(RegisterDamaged, match=f"不能备份.*第 {page} 页已损坏"):
            backup(reg, clerk, medium)
    finally:
        reg.close()
    assert list(medium.iterdir()) == []


def test_an_error_met_while_reading_turns_the_register_read_only(register_path: Path
                                                                 ) -> None:
    """Damage found lazily (a page the opening did not read) is reported, not a traceback,
    and the register refuses writes from then on."""
    page = made(register_path, "document")
    reg, clerk = unlock(register_path, "clerk", PASSPHRASE)
    try:
        zero(register_path, page)  # damaged under the open register (e.g. a failing disk)
        reg.db.engine.dispose()  # no page cached in a connection
        with pytest.raises(RegisterDamaged, match=f"第 {page} 页已损坏"):
            with reg.read() as s:
                s.connection().exec_driver_sql("SELECT * FROM document").all()
        assert reg.read_only
        with pytest.raises(RegisterReadOnly):
            with reg.write() as s:
                audit.record(s, clerk.username, "test.write", "test", 1)
        with reg.read() as s:  # sound pages are still read, on fresh connections
            assert audit.count(s, audit.AuditFilter()) >= 3
    finally:
        reg.close()


def test_verify_deep_passes_on_a_sound_register(monkeypatch: pytest.MonkeyPatch,
                                                register_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    made(register_path, "medium")
    assert run(monkeypatch, ["verify", "--register", str(register_path), "--passphrase-stdin",
                             "--deep"]) == 0
    assert "完整检查" in capsys.readouterr().out


def crashed_copy(source: Path, target: Path) -> None:
    """``target`` as a crash leaves it: the register, its key file and a ``-wal`` holding
    committed entries that were never checkpointed (``source`` is open while copied)."""
    reg, clerk = unlock(source, "clerk", PASSPHRASE)
    try:
        reg.ensure_sound()
        with reg.db.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_autocheckpoint = 0")
            for i in range(5):
                with reg.write() as s:
                    audit.record(s, clerk.username, "test.after_backup", "test", i)
            assert Path(f"{source}-wal").stat().st_size > 0
            for a, b in ((source, target), (key_file_path(source), key_file_path(target)),
                         (Path(f"{source}-wal"), Path(f"{target}-wal"))):
                shutil.copy(a, b)
    finally:
        reg.close()


def test_verify_writes_nothing_not_even_with_a_stale_wal(monkeypatch: pytest.MonkeyPatch,
                                                         tmp_path: Path) -> None:
    source, copy = tmp_path / "a.mibu", tmp_path / "copy" / "b.mibu"
    copy.parent.mkdir()
    made(source, "medium")
    crashed_copy(source, copy)
    files = [copy, Path(f"{copy}-wal"), key_file_path(copy)]
    before = [f.read_bytes() for f in files]
    reg_arg = ["--register", str(copy), "--passphrase-stdin"]
    assert run(monkeypatch, ["verify", *reg_arg]) == 0
    assert run(monkeypatch, ["verify", *reg_arg, "--deep"]) == 0
    assert [f.read_bytes() for f in files] == before
    # Without a -wal (a closed register or a backup) no -wal or -shm is even created.
    made(tmp_path / "c.mibu", "medium")
    clean = tmp_path / "c.mibu"
    before_clean = clean.read_bytes()
    names = sorted(p.name for p in tmp_path.iterdir())
    reg, _ = unlock(clean, "clerk", PASSPHRASE, read_only=True)
    try:
        report = verification.verify(reg, deep=True)
        with pytest.raises(RegisterReadOnly):
            with reg.write():
                pass
    finally:
        reg.close()
    assert report.problem is None
    assert clean.read_bytes() == before_clean
    assert sorted(p.name for p in tmp_path.iterdir()) == names
