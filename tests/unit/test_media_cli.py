"""``mibu media ...`` at the command line: each step, and a refusal with its Chinese message."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest

from app.cli import main
from app.services import media
from app.services.lifecycle import approvals
from app.services.register import Actor, Register, unlock
from tests.factories import PASSPHRASE

pytestmark = pytest.mark.usefixtures("holders")  # 责任人 are registered people


def run(monkeypatch: pytest.MonkeyPatch, register_path: Path, *argv: str) -> int:
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSPHRASE + "\n"))
    return main(["media", *argv[:1], "--register", str(register_path), "--passphrase-stdin",
                 *argv[1:]])


def _approve(monkeypatch: pytest.MonkeyPatch, register_path: Path,
             capsys: pytest.CaptureFixture[str], kind: str, *more: str) -> int:
    """Ask at the command line; a leader's paper approval is recorded (in the window)."""
    assert run(monkeypatch, register_path, "request-approval", "JM-U-001", "--for", kind,
               *more) == 0
    said = capsys.readouterr().out
    assert "待领导批准" in said
    number = int(said.split("审批编号 ")[1].split("：")[0])
    reg, clerk = unlock(register_path, "clerk", PASSPHRASE)
    try:
        approvals.record_paper_approval(reg, clerk, number, approver_name="李局长",
                                        approved_on=dt.date.today(), reference="批-1")
    finally:
        reg.close()
    return number


def test_media_commands(register: Register, clerk: Actor, register_path: Path,
                        monkeypatch: pytest.MonkeyPatch,
                        capsys: pytest.CaptureFixture[str]) -> None:
    register.close()
    assert run(monkeypatch, register_path, "register", "--number", "JM-U-001", "--kind", "U盘",
               "--brand", "SanDisk", "--level", "机密", "--holder", "王五", "--vendor-id",
               "0781", "--product-id", "5581", "--serial", "SN1", "--capacity", "64GB") == 0
    assert "已登记" in capsys.readouterr().out
    tomorrow = (dt.date.today() + dt.timedelta(days=1)).isoformat()
    out_ok = _approve(monkeypatch, register_path, capsys, "携带外出", "--until", tomorrow)
    copy_ok = _approve(monkeypatch, register_path, capsys, "复制")
    assert run(monkeypatch, register_path, "copy", "JM-U-001", "--approval", str(copy_ok),
               "--new-number", "JM-U-002", "--kind", "U盘", "--brand", "SanDisk",
               "--holder", "王五", "--vendor-id", "0781", "--product-id", "5581",
               "--serial", "SN2") == 0
    assert "JM-U-002：复制自 JM-U-001，机密" in capsys.readouterr().out
    steps = [
        ("carry-out", "JM-U-001", "--approval", str(out_ok), "--destination", "市局"),
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


def test_register_with_device_hash(register: Register, register_path: Path,
                                   monkeypatch: pytest.MonkeyPatch,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    register.close()
    ug = "0AijCmvaZKMrPQrydOAF6hhOqt3V9BUYNll2tmiGpj0="
    base = ("register", "--number", "JM-U-001", "--kind", "U盘", "--brand", "SanDisk",
            "--level", "机密", "--holder", "王五", "--vendor-id", "0781", "--product-id",
            "5581", "--serial", "SN1")
    assert run(monkeypatch, register_path, *base, "--hash", "not-a-hash") == 2
    assert "设备摘要“not-a-hash”格式错误" in capsys.readouterr().err
    assert run(monkeypatch, register_path, *base, "--hash", ug) == 0
    assert run(monkeypatch, register_path, "list", "--json") == 0
    assert f'"descriptor_hash": "{ug}"' in capsys.readouterr().out
