"""What the subcommands share: the register path, the passphrase, unlocking."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app import paths
from app.errors import ValidationError
from app.services.register import Actor, Register, unlock


def add_register_options(p: argparse.ArgumentParser, *, user: bool = True) -> None:
    p.add_argument("--register", default=argparse.SUPPRESS, help="登记簿文件路径")
    p.add_argument("--passphrase-stdin", action="store_true", help="从标准输入读取口令（第一行）")
    if user:
        p.add_argument("--user", default="clerk", help="以哪个账户打开（默认 clerk）")
        p.add_argument("--otp", help="一次性口令（绝密级计算机）")


def register_path(args: argparse.Namespace) -> Path:
    given = getattr(args, "register", None)
    return Path(given).expanduser() if given else paths.default_register_path()


def read_passphrase(args: argparse.Namespace, prompt: str = "口令：") -> str:
    if getattr(args, "passphrase_stdin", False):
        line = sys.stdin.readline()
        return line.rstrip("\r\n")
    if not sys.stdin.isatty():
        raise ValidationError("没有终端可输入口令：请使用 --passphrase-stdin", field="passphrase")
    import getpass

    return getpass.getpass(prompt)


def open_register(args: argparse.Namespace, *, read_only: bool = False
                  ) -> tuple[Register, Actor]:
    """Unlock as ``--user``. A register found damaged (or on a full disk) opens read-only:
    the clerk is told so on stderr, reads go on and every write is refused."""
    path = register_path(args)
    reg, actor = unlock(path, args.user, read_passphrase(args), getattr(args, "otp", None),
                        read_only=read_only)
    if reg.damage is not None:
        print(f"注意：{reg.damage}", file=sys.stderr)
    return reg, actor
