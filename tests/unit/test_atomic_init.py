"""``init`` is atomic (issue 11, finding 6): a crash leaves nothing or a complete pair, and
the leftovers of an interrupted one are cleaned with a message."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from app.cli import main
from app.models import creation
from app.models.keyfile import key_file_path
from tests.factories import PASSPHRASE, new_register


def _init(monkeypatch: pytest.MonkeyPatch, path: Path) -> int:
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSPHRASE + "\n"))
    return main(["init", "--register", str(path), "--unit", "海淀区测试局", "--workstation",
                 "机要室", "--level", "机密", "--clerk", "张保密", "--passphrase-stdin"])


@pytest.mark.parametrize("renamed", [0, 1])
def test_an_interrupted_init_is_cleaned_and_init_runs_again(
        monkeypatch: pytest.MonkeyPatch, register_path: Path,
        capsys: pytest.CaptureFixture[str], renamed: int) -> None:
    """The crash came after the temporary pair was complete, before (0) or between (1) the
    two renames: the next init removes what is left, says so, and creates the register."""
    made = new_register(register_path.with_name("model.mibu")).register
    made.close()
    temporary = creation.begin(register_path)
    for source, target in ((made.path, temporary),
                           (key_file_path(made.path), key_file_path(temporary))):
        source.rename(target)
    if renamed:
        key_file_path(temporary).rename(key_file_path(register_path))
    assert _init(monkeypatch, register_path) == 0
    assert "上次新建登记簿时被中断" in capsys.readouterr().err
    names = sorted(p.name for p in register_path.parent.iterdir() if "model" not in p.name)
    assert names == ["register.mibu", "register.mibu.keys", "register.mibu.lock"]


def test_a_complete_pair_is_kept_when_only_the_marker_is_left(register_path: Path) -> None:
    new_register(register_path).register.close()
    creation.marker_path(register_path).write_text("abc123", encoding="ascii")
    assert creation.clean_interrupted(register_path) is None
    assert register_path.exists() and key_file_path(register_path).exists()
    assert not creation.marker_path(register_path).exists()


def test_a_failed_init_leaves_nothing(register_path: Path, monkeypatch: pytest.MonkeyPatch
                                     ) -> None:
    def refuse(*_: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(creation, "finish", refuse)
    with pytest.raises(OSError):
        new_register(register_path)
    assert sorted(p.name for p in register_path.parent.iterdir()) in (
        [], ["register.mibu.lock"])


def test_a_key_file_write_killed_before_its_rename_is_cleaned(register_path: Path) -> None:
    """A kill inside ``KeyFile.save`` (after mkstemp, before the rename) leaves a temporary
    key file named after the temporary register's key file, and one in a transaction a
    rollback journal; cleaning removes them too."""
    temporary = creation.begin(register_path)
    half_written = key_file_path(temporary).with_name(
        f".{key_file_path(temporary).name}.tmp-x1y2z3")
    half_written.write_text('{"format": ', encoding="utf-8")
    Path(f"{temporary}-journal").write_bytes(b"\0" * 512)  # SQLite's, mid-transaction
    assert creation.clean_interrupted(register_path) == creation.INTERRUPTED
    assert list(register_path.parent.iterdir()) == []
