"""``mibu import --kind KIND FILE`` and ``mibu export --kind KIND FILE`` (.xlsx or .csv)."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli.common import add_register_options, open_register
from app.cli.io_kinds import KINDS, LABELS
from app.errors import ValidationError


def add_commands(sub: argparse._SubParsersAction) -> None:
    kinds = sorted(KINDS)
    p = sub.add_parser("import", help="从 .xlsx 或 .csv 导入台帐（全部正确才写入）")
    add_register_options(p)
    p.add_argument("--kind", required=True, choices=kinds, help="导入哪种台帐")
    p.add_argument("file", help=".xlsx 或 .csv（UTF-8 或 GB18030）文件")
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("export", help="导出台帐为 .xlsx 或 .csv")
    add_register_options(p)
    p.add_argument("--kind", required=True, choices=kinds, help="导出哪种台帐")
    p.add_argument("--encoding", default="utf-8", choices=["utf-8", "gb18030"],
                   help="CSV 的编码（默认 UTF-8）")
    p.add_argument("file", help="目标文件（.xlsx 或 .csv）")
    p.set_defaults(func=cmd_export)


def _kind(name: str) -> str:
    if name not in KINDS:
        raise ValidationError(f"未知的台帐种类：{name}", field="kind")
    return name


def cmd_import(args: argparse.Namespace) -> int:
    kind = _kind(args.kind)
    reg, actor = open_register(args)
    try:
        count = KINDS[kind][0](reg, actor, Path(args.file))
    finally:
        reg.close()
    print(f"已导入{LABELS.get(kind, kind)} {count} 条")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    kind = _kind(args.kind)
    target = Path(args.file)
    if target.exists():
        raise ValidationError(f"{target} 已存在：不会覆盖", field="file")
    reg, actor = open_register(args)
    try:
        count = KINDS[kind][1](reg, actor, target, args.encoding)
    finally:
        reg.close()
    print(f"已导出{LABELS.get(kind, kind)} {count} 条到 {target}")
    return 0
