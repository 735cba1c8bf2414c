"""What the ``mibu`` command says is Chinese: argparse's own words, the demo's accounts, the
document and medium histories (names and local times, no raw values), missing folders."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

import pytest

from app.cli import build_parser, main
from tests.unit.test_cli import run

#: What must never reach the clerk from a command's output.
RAW = re.compile(r"\bNone\b|\[\]|\bform\b|\d{2}:\d{2}:\d{2}\.\d+|\+00:00|\busage\b|\berror\b")


def _help_texts() -> list[str]:
    parser = build_parser()
    texts = [parser.format_help()]
    pending = [parser]
    while pending:
        p = pending.pop()
        for action in p._actions:
            if isinstance(action, argparse._SubParsersAction):
                for sub in action.choices.values():
                    texts.append(sub.format_help())
                    pending.append(sub)
    return texts


def test_every_help_page_speaks_chinese() -> None:
    texts = _help_texts()
    assert len(texts) > 20  # every command and every media action
    for text in texts:
        assert text.startswith("用法：")
        assert "show this help" not in text and "positional arguments" not in text
        assert "options:" not in text and "--register REGISTER" not in text
        assert "显示本帮助并退出" in text


@pytest.mark.parametrize(("args", "words"), [
    (["nonsense"], "无效的选项 'nonsense'"),
    (["search", "--limit", "x"], "'x' 不是有效的整数"),
    (["show"], "缺少必需的参数：编号"),
    (["search", "--bogus"], "无法识别的参数：--bogus"),
])
def test_argparse_errors_in_chinese(args: list[str], words: str,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(args)
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("用法：")
    assert "错误：" in err and words in err
    assert "error:" not in err and "usage:" not in err


def test_help_columns_line_up_with_chinese_metavars() -> None:
    """A Chinese character is two columns wide: the help texts start in one column."""
    from app.cli.zh_argparse import _width

    text = build_parser().format_help()
    starts = {_width(line[:line.index("登记簿文件路径")])
              for line in text.splitlines() if "登记簿文件路径" in line}
    starts |= {_width(line[:line.index("界面语言")])
               for line in text.splitlines() if "界面语言" in line}
    assert len(starts) == 1


def test_demo_names_its_accounts(monkeypatch: pytest.MonkeyPatch, register_path: Path,
                                 capsys: pytest.CaptureFixture[str]) -> None:
    assert run(monkeypatch, ["demo", "--register", str(register_path),
                             "--passphrase-stdin"]) == 0
    out = capsys.readouterr().out
    for user, name, role in (("clerk", "张保密", "保密员"), ("approver", "李主任", "主管领导"),
                             ("auditor", "王审计", "审计员"), ("admin", "赵管理", "系统管理员")):
        assert re.search(rf"{user}\s+{name}\s+{role}", out), out
    assert "共用" in out


def test_show_and_media_history_in_words(monkeypatch: pytest.MonkeyPatch, register_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    reg = ["--register", str(register_path), "--passphrase-stdin"]
    assert run(monkeypatch, ["demo", *reg]) == 0
    capsys.readouterr()
    assert run(monkeypatch, ["show", "2026-发-0001", *reg]) == 0
    out = capsys.readouterr().out
    assert "发文日期" in out and "来文单位" not in out and "签发人" in out
    assert not RAW.search(out), RAW.search(out)
    assert run(monkeypatch, ["show", "2026-收-0008", *reg]) == 0
    out = capsys.readouterr().out
    assert "收文日期" in out and "来文单位：中共中央办公厅" in out
    assert not RAW.search(out), RAW.search(out)
    for number in ("JM-H-2023-001", "MM-U-2023-006", "JM-U-2024-002"):
        assert run(monkeypatch, ["media", "history", number, *reg]) == 0
        out = capsys.readouterr().out
        assert "张保密" in out and "登记表" in out
        assert not RAW.search(out), RAW.search(out)
        assert "\tclerk\t" not in out  # the name, not the user name


def test_missing_or_wrong_folders_said_in_chinese(monkeypatch: pytest.MonkeyPatch,
                                                  register_path: Path, tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    reg = ["--register", str(register_path), "--passphrase-stdin"]
    assert run(monkeypatch, ["demo", *reg]) == 0
    a_file = tmp_path / "a-file"
    a_file.write_text("x")
    cases = [
        (["export", "--kind", "documents", str(tmp_path / "no" / "x.csv")], "不存在"),
        (["print-samples", str(tmp_path / "no2")], "不存在：请先建立该文件夹"),
        (["print-samples", str(a_file)], "不是文件夹"),
        (["backup", "--to", str(tmp_path / "no3")], "不存在：请先建立该文件夹"),
        (["backup", "--to", str(a_file)], "不是文件夹"),
    ]
    for args, words in cases:
        capsys.readouterr()
        assert run(monkeypatch, [*args, *reg]) == 2, args
        err = capsys.readouterr().err
        assert err.startswith("错误：") and words in err, (args, err)
        assert "Traceback" not in err
    assert not (tmp_path / "no").exists() and not (tmp_path / "no3").exists()
