"""``mibu print-samples`` writes one PDF of every form; ``mibu slip-check`` verifies a code."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from app.cli import main
from app.reports.catalog import FormKind
from tests import factories
from tests.reports.helpers import all_text


def test_print_samples_writes_every_form(register_path: Path, tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    factories.new_register(register_path).register.close()
    out = tmp_path / "pdf"
    out.mkdir()
    monkeypatch.setattr("sys.stdin", io.StringIO(factories.PASSPHRASE + "\n"))
    rc = main(["print-samples", "--register", str(register_path), "--passphrase-stdin",
               str(out)])
    assert rc == 0
    files = sorted(out.glob("*.pdf"))
    assert len(files) == len(FormKind)
    for path, kind in zip(files, FormKind, strict=True):
        assert kind.value in path.name
        text = all_text(path.read_bytes())
        assert "海淀区测试局" in text  # the register's unit name
        assert "2026-印-" in text or "-印-" in text
        assert (path.stat().st_mode & 0o777) == 0o600
    printed = capsys.readouterr().out
    first = printed.splitlines()[0].split("\t")
    code = first[3]

    monkeypatch.setattr("sys.stdin", io.StringIO(factories.PASSPHRASE + "\n"))
    assert main(["slip-check", "--register", str(register_path), "--passphrase-stdin",
                 code]) == 0
    assert "真实有效" in capsys.readouterr().out
    altered = code[:-1] + ("0" if code[-1] != "0" else "1")
    monkeypatch.setattr("sys.stdin", io.StringIO(factories.PASSPHRASE + "\n"))
    assert main(["slip-check", "--register", str(register_path), "--passphrase-stdin",
                 altered]) == 1


def test_print_samples_needs_an_existing_directory(register_path: Path, tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    rc = main(["print-samples", "--register", str(register_path), "--passphrase-stdin",
               str(tmp_path / "missing")])
    assert rc == 2
    assert "不存在" in capsys.readouterr().err
