"""``mibu media ...`` at the command line: each step, and a refusal with its Chinese message."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from app.cli import main
from app.services import media
from app.services.register import Actor, Register, unlock
from tests.factories import PASSPHRASE

pytestmark = pytest.mark.usefixtures("holders")  # 责任人 are registered people


def run(monkeypatch: pytest.MonkeyPatch, register_path: Path, *argv: str) -> int:
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSPHRASE + "\n"))
    return main(["media", *argv[:1], "--register", str(register_path), "--passphrase-stdin",
                 *argv[1:]])


def test_media_commands(register: Register, clerk: Actor, register_path: Path,
                        monkeypatch: pytest.MonkeyPatch,
                        capsys: pytest.CaptureFixture[str]) -> None:
    register.close()
    assert run(monkeypatch, register_path, "register", "--number", "JM-U-001", "--kind", "U盘",
               "--brand", "SanDisk", "--level", "机密", "--holder", "王五", "--vendor-id",
               "0781", "--product-id", "5581", "--serial", "SN1", "--capacity", "64GB") == 0
    assert "已登记" in capsys.readouterr().out
    steps = [
        ("carry-out", "JM-U-001", "--approval", "审-1", "--destination", "市局"),
        ("bring-back", "JM-U-001"),
        ("inventory", "JM-U-001"),
        ("return", "JM-U-001"),
        ("issue", "JM-U-001", "--holder", "李四"),
        ("repair", "JM-U-001", "--place", "指定维修点"),
        ("repaired", "JM-U-001"),
        ("raise-level", "JM-U-001", "--level", "绝密"),
        ("lost", "JM-U-001", "--circumstances", "遗失"),
        ("history", "JM-U-001"),
        ("list", "--json"),
        ("inventory-due",),
    ]
    for step in steps:
        assert run(monkeypatch, register_path, *step) == 0, step
    out = capsys.readouterr().out
    assert "须在" in out and "丢失" in out and '"status": "丢失"' in out
    assert run(monkeypatch, register_path, "issue", "JM-U-001", "--holder", "李四") == 2
    assert "当前状态为“丢失”，不能发放" in capsys.readouterr().err
    reg, _ = unlock(register_path, "clerk", PASSPHRASE)
    try:
        m = media.get(reg, "JM-U-001")
        assert (m.status.label, m.highest_level.label, m.holder) == ("丢失", "绝密", "李四")
    finally:
        reg.close()
