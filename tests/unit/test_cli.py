"""The ``mibu`` command: init, verify (and its failure on a tampered trail), demo."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from sqlalchemy import text

from app.cli import main
from app.services.register import unlock
from tests.factories import PASSPHRASE


def run(monkeypatch: pytest.MonkeyPatch, args: list[str], stdin: str = PASSPHRASE + "\n"
        ) -> int:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    return main(args)


def init(monkeypatch: pytest.MonkeyPatch, path: Path, level: str = "机密") -> int:
    return run(monkeypatch, ["init", "--register", str(path), "--unit", "海淀区测试局",
                             "--workstation", "机要室", "--level", level, "--clerk", "张保密",
                             "--passphrase-stdin"])


def test_init_then_verify(monkeypatch: pytest.MonkeyPatch, register_path: Path,
                          capsys: pytest.CaptureFixture[str]) -> None:
    assert init(monkeypatch, register_path) == 0
    assert run(monkeypatch, ["verify", "--register", str(register_path),
                             "--passphrase-stdin"]) == 0
    assert "校验通过" in capsys.readouterr().out


def test_verify_names_the_edited_entry(monkeypatch: pytest.MonkeyPatch, register_path: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    assert init(monkeypatch, register_path) == 0
    reg, _ = unlock(register_path, "clerk", PASSPHRASE)
    with reg.write() as s:  # someone with the key edits row 2
        s.execute(text("DROP TRIGGER audit_entry_no_update"))
        s.execute(text("UPDATE audit_entry SET actor = 'mallory' WHERE id = 2"))
    reg.close()
    assert run(monkeypatch, ["verify", "--register", str(register_path),
                             "--passphrase-stdin"]) == 1
    assert "第 2 条" in capsys.readouterr().err


def test_init_refuses_bad_input(monkeypatch: pytest.MonkeyPatch, register_path: Path,
                                capsys: pytest.CaptureFixture[str]) -> None:
    assert init(monkeypatch, register_path, level="顶级") == 2
    assert "未知的密级" in capsys.readouterr().err
    assert not register_path.exists()
    assert run(monkeypatch, ["init", "--register", str(register_path), "--unit", "单位",
                             "--workstation", "机要室", "--level", "秘密", "--clerk", "张",
                             "--passphrase-stdin"], stdin="short\n") == 2
    assert "至少 8 位" in capsys.readouterr().err
    assert not register_path.exists()


def test_wrong_passphrase_exit_code(monkeypatch: pytest.MonkeyPatch, register_path: Path,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    assert init(monkeypatch, register_path) == 0
    assert run(monkeypatch, ["verify", "--register", str(register_path),
                             "--passphrase-stdin"], stdin="Wrong-pass-123\n") == 2
    assert "口令错误" in capsys.readouterr().err


def test_demo(monkeypatch: pytest.MonkeyPatch, register_path: Path) -> None:
    assert run(monkeypatch, ["demo", "--register", str(register_path),
                             "--passphrase-stdin"]) == 0
    for user in ("clerk", "approver", "auditor", "admin"):
        reg, actor = unlock(register_path, user, PASSPHRASE)
        assert actor.username == user
        reg.close()


def test_register_from_environment(monkeypatch: pytest.MonkeyPatch, register_path: Path
                                   ) -> None:
    monkeypatch.setenv("MIBU_REGISTER", str(register_path))
    assert run(monkeypatch, ["init", "--unit", "单位", "--workstation", "机要室", "--level",
                             "秘密", "--clerk", "张保密", "--passphrase-stdin"]) == 0
    assert register_path.exists()


def test_backup_command(monkeypatch: pytest.MonkeyPatch, register_path: Path,
                        tmp_path: Path) -> None:
    assert init(monkeypatch, register_path) == 0
    dest = tmp_path / "medium"
    dest.mkdir()
    assert run(monkeypatch, ["backup", "--register", str(register_path), "--to", str(dest),
                             "--passphrase-stdin"]) == 0
    backups = list(dest.glob("*.mibu"))
    assert len(backups) == 1
    assert run(monkeypatch, ["verify", "--register", str(backups[0]),
                             "--passphrase-stdin"]) == 0
