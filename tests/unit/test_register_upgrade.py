"""Installing a newer Mibu over an older one: the first unlock upgrades the register and says
so in the audit trail; an older Mibu refuses a register whose schema it does not know."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select, text

from app import __version__
from app.cli import main
from app.errors import RegisterTooNew
from app.models import migrate
from app.models.enums import Role
from app.models.foundation import AuditEntry, Setting
from app.models.keyfile import key_file_path
from app.services import register as register_mod
from app.services import verification
from app.services.register import APP_VERSION_KEY, unlock
from tests.factories import PASSPHRASE, add_account, new_register


def _upgrades(path: Path) -> list[tuple[dict[str, str], dict[str, str]]]:
    reg, _ = unlock(path, "clerk", PASSPHRASE)
    try:
        with reg.read() as s:
            rows = s.scalars(select(AuditEntry).where(AuditEntry.action == "register.upgrade")
                             .order_by(AuditEntry.id)).all()
            found = [(json.loads(r.before or "{}"), json.loads(r.after or "{}")) for r in rows]
        assert verification.verify(reg).problem is None
    finally:
        reg.close()
    return found


def _set_raw(path: Path, sql: str, **params: str) -> None:
    """Change the register behind the services' back (what another build would have left)."""
    reg, _ = unlock(path, "clerk", PASSPHRASE)
    try:
        with reg.db.engine.begin() as conn:
            conn.execute(text(sql), params)
    finally:
        reg.close()


def _stored_version(path: Path) -> str:
    reg, _ = unlock(path, "clerk", PASSPHRASE)
    try:
        with reg.read() as s:
            row = s.get(Setting, APP_VERSION_KEY)
            assert row is not None
            return str(json.loads(row.value))
    finally:
        reg.close()


def test_a_new_register_records_the_version_that_made_it(register_path: Path) -> None:
    new_register(register_path).register.close()
    assert _stored_version(register_path) == __version__
    assert _upgrades(register_path) == []


def test_a_newer_build_records_the_upgrade_once(
        register_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(register_mod, "APP_VERSION", "0.0.9")
    new_register(register_path).register.close()
    monkeypatch.setattr(register_mod, "APP_VERSION", "0.0.10")  # 10 > 9, not "10" < "9"
    head = migrate.head_revision()
    assert _upgrades(register_path) == [
        ({"version": "0.0.9", "schema": head}, {"version": "0.0.10", "schema": head})
    ]
    assert _upgrades(register_path) == [  # the second unlock adds nothing
        ({"version": "0.0.9", "schema": head}, {"version": "0.0.10", "schema": head})
    ]
    assert _stored_version(register_path) == "0.0.10"


def test_the_first_unlock_migrates_an_older_schema(
        register_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    created = new_register(register_path)
    reg = created.register
    migrate.downgrade(reg.db.engine, "0004")  # as a build of the 0004 schema left it
    with reg.db.engine.begin() as conn:
        conn.execute(text("UPDATE setting SET value = :v WHERE key = :k"),
                     {"v": json.dumps("0.0.4"), "k": APP_VERSION_KEY})
    reg.close()
    reg, _ = unlock(register_path, "clerk", PASSPHRASE)
    assert migrate.current_revision(reg.db.engine) == migrate.head_revision()
    reg.close()
    assert _upgrades(register_path) == [
        ({"version": "0.0.4", "schema": "0004"},
         {"version": __version__, "schema": migrate.head_revision()})
    ]


def test_a_register_from_before_versions_were_recorded(register_path: Path) -> None:
    new_register(register_path).register.close()
    _set_raw(register_path, "DELETE FROM setting WHERE key = :k", k=APP_VERSION_KEY)
    ((before, after),) = _upgrades(register_path)
    assert before["version"] == "未记录"
    assert after["version"] == __version__


def test_an_older_build_refuses_a_register_of_a_newer_schema_untouched(
        register_path: Path) -> None:
    new_register(register_path).register.close()
    _set_raw(register_path, "UPDATE setting SET value = :v WHERE key = :k",
             v=json.dumps("9.0.0"), k=APP_VERSION_KEY)
    _set_raw(register_path, "UPDATE alembic_version SET version_num = '0099'")
    files = [register_path, key_file_path(register_path)]
    before = [f.read_bytes() for f in files]
    with pytest.raises(RegisterTooNew) as caught:
        unlock(register_path, "clerk", PASSPHRASE)
    assert caught.value.message == (
        f"此登记簿由密簿 9.0.0 写入，其表结构（0099）比本程序（密簿 {__version__}）新，不能打开。"
        "登记簿未作任何改动；请安装不低于写入它的版本的密簿。"
    )
    assert [f.read_bytes() for f in files] == before


def test_an_older_build_opens_a_newer_register_of_the_same_schema(register_path: Path) -> None:
    new_register(register_path).register.close()
    _set_raw(register_path, "UPDATE setting SET value = :v WHERE key = :k",
             v=json.dumps("9.0.0"), k=APP_VERSION_KEY)
    assert _upgrades(register_path) == []
    assert _stored_version(register_path) == "9.0.0"  # never written back down


def test_the_cli_refuses_a_newer_register_in_chinese(
        register_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    new_register(register_path).register.close()
    _set_raw(register_path, "UPDATE alembic_version SET version_num = '0099'")
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSPHRASE + "\n"))
    code = main(["verify", "--register", str(register_path), "--passphrase-stdin"])
    assert code == 2
    err = capsys.readouterr().err
    assert err.startswith("错误：此登记簿由") and "Traceback" not in err


def test_version_names_the_runtime_without_loading_the_gui() -> None:
    script = ("import sys; from app.cli import main; main(['--version']); "
              "print(sorted(m for m in ('PySide6.QtWidgets', 'PySide6.QtGui', 'app.ui') "
              "if m in sys.modules))")
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          check=True, cwd=root, env={"PYTHONPATH": str(root), "PATH": "/usr/bin"})
    lines = done.stdout.splitlines()
    assert lines[0] == f"密簿 Mibu {__version__}"
    assert lines[1].startswith("SQLCipher 4.")
    assert lines[2].startswith("Qt 6.") and "PySide6 6." in lines[2]
    assert lines[3].startswith("Python 3.")
    assert lines[4].startswith("内存保护：")  # app/models/memory.py
    assert lines[5] == "[]"


def test_mibu_audit_shows_the_upgrade(
        register_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(register_mod, "APP_VERSION", "0.0.9")
    new_register(register_path).register.close()
    monkeypatch.setattr(register_mod, "APP_VERSION", "0.1.0")
    _upgrades(register_path)
    capsys.readouterr()
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSPHRASE + "\n"))
    assert main(["audit", "--register", str(register_path), "--passphrase-stdin",
                 "--action", "register.upgrade", "--json"]) == 0
    (line,) = capsys.readouterr().out.splitlines()
    entry = json.loads(line)
    assert entry["action"] == "register.upgrade"
    assert entry["before"]["version"] == "0.0.9" and entry["after"]["version"] == "0.1.0"
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSPHRASE + "\n"))
    assert main(["audit", "--register", str(register_path), "--passphrase-stdin"]) == 0
    assert "升级登记簿" in capsys.readouterr().out


def test_mibu_audit_is_refused_to_an_approver(
        register_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    created = new_register(register_path)
    add_account(created.register, created.clerk, "leader", Role.APPROVER, "李领导")
    created.register.close()
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSPHRASE + "\n"))
    assert main(["audit", "--register", str(register_path), "--passphrase-stdin",
                 "--user", "leader"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith("错误：此操作只能由审计员、保密员")
