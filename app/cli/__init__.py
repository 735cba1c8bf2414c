"""The ``mibu`` command. No arguments starts the GUI; subcommands work headless.

Each group of subcommands lives in its own module with an ``add_commands(subparsers)``
function; add a module to ``COMMAND_MODULES`` to make its commands available.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from app.cli import zh_argparse
from app.errors import MibuError

COMMAND_MODULES = [
    "app.cli.register_cmds",
    "app.cli.print_cmds",
    "app.cli.media_cmds",
    "app.cli.io_cmds",
    "app.cli.guard_cmds",
    "app.cli.docs_cmds",
    "app.cli.audit_cmds",
]


def build_parser() -> argparse.ArgumentParser:
    zh_argparse.install()
    parser = zh_argparse.ChineseArgumentParser(
        prog="mibu", description="密簿 Mibu：保密员的涉密载体与移动存储介质登记簿"
    )
    parser.add_argument(
        "--register", help="登记簿文件路径（默认在用户数据目录；MIBU_REGISTER 覆盖）"
    )
    parser.add_argument("--lang", choices=["zh_CN", "en"], help="界面语言（默认中文）")
    parser.add_argument(
        "--version", action="store_true",
        help="显示版本以及 SQLCipher、Qt（PySide6）、Python 的版本",
    )
    sub = parser.add_subparsers(dest="command", metavar="命令", title="命令")
    for name in COMMAND_MODULES:
        importlib.import_module(name).add_commands(sub)
    return parser


def version_text() -> str:
    """``mibu --version``: Mibu's version and its runtime's, without loading the GUI."""
    import platform

    import sqlcipher3
    from PySide6 import __version__ as pyside_version
    from PySide6.QtCore import qVersion  # QtCore only: no window system is touched

    from app import __version__
    from app.models import memory

    conn = sqlcipher3.connect(":memory:")
    try:
        row = conn.execute("PRAGMA cipher_version").fetchone()
        sqlite = conn.execute("SELECT sqlite_version()").fetchone()[0]
    finally:
        conn.close()
    cipher = row[0] if row else "?"
    frozen = "（独立运行包）" if getattr(sys, "frozen", False) else ""
    return "\n".join([
        f"密簿 Mibu {__version__}{frozen}",
        f"SQLCipher {cipher}（SQLite {sqlite}）",
        f"Qt {qVersion()}（PySide6 {pyside_version}）",
        f"Python {platform.python_version()}",
        memory.protection().summary,
    ])


def main(argv: Sequence[str] | None = None) -> int:
    from app.models import memory

    memory.protection()  # no core dump, not dumpable: before a passphrase is read
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv == ["--version"]:  # answered before the command modules are imported
        print(version_text())
        return 0
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.version:
        print(version_text())
        return 0
    if args.command is None:
        from app.ui.application import run_gui

        return run_gui(args)
    try:
        return int(args.func(args) or 0)
    except MibuError as exc:
        print(f"错误：{exc.message}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except Exception as exc:
        message = _file_error_message(exc)
        if message is None:
            raise
        print(f"错误：{message}", file=sys.stderr)
        return 2


def _file_error_message(exc: BaseException) -> str | None:
    """An error of SQLite/SQLCipher or of the disk that no unit of work translated (a raw
    connection: backup, migration) in words, or None for a bug (shown as a traceback)."""
    import errno

    if isinstance(exc, OSError):
        if exc.errno == errno.ENOSPC:
            return "磁盘已满：操作未完成。请清理磁盘空间后再试"
        return f"读写文件出错（{exc.strerror or exc}）：操作未完成"
    from app.models.db import WHAT_TO_DO, is_file_error

    if is_file_error(exc):
        return f"登记簿文件出错（{str(getattr(exc, 'orig', exc))[:80]}）：操作未完成。{WHAT_TO_DO}"
    return None


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
