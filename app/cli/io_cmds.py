"""``mibu import`` and ``mibu export``: ledgers (台帐) in .xlsx or .csv, by kind."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from app.cli.common import add_register_options, open_register
from app.cli.io_kinds import KINDS, LABELS
from app.errors import ValidationError
from app.services import ledger_columns


def add_commands(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("import", help="导入台帐（.xlsx 或 .csv）")
    add_register_options(p)
    p.add_argument("--kind", required=True, choices=sorted(KINDS), help="台帐种类")
    p.add_argument("--only-valid", action="store_true",
                   help="只导入有效的行（默认：有任何错误则不导入）")
    p.add_argument("--map", metavar="对照表",
                   help="列对照表（JSON 文件）：文件的列名对应密簿的项目，"
                        "如 {\"columns\": {\"来文机关\": \"来文单位\", \"序号\": null}}")
    p.add_argument("file", help="台帐文件")
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("export", help="导出台帐（.xlsx 或 .csv），格式与导入相同")
    add_register_options(p)
    p.add_argument("--kind", required=True, choices=sorted(KINDS), help="台帐种类")
    p.add_argument("--encoding", default="utf-8", choices=["utf-8", "gb18030"],
                   help="CSV 编码（默认 UTF-8）")
    p.add_argument("file", help="导出到此文件")
    p.set_defaults(func=cmd_export)


def cmd_import(args: argparse.Namespace) -> int:
    importer, _ = KINDS[args.kind]
    column_map = (ledger_columns.load_map(Path(args.map).expanduser(), args.kind)
                  if args.map else None)  # a malformed map is refused before the register opens
    reg, actor = open_register(args)
    try:
        report = importer(reg, actor, Path(args.file), args.only_valid, column_map)
    finally:
        reg.close()
    for error in report.errors:
        print(str(error), file=sys.stderr)
    print(f"{LABELS.get(args.kind, args.kind)}：{report.summary()}")
    return 0 if report.ok else 1


def cmd_export(args: argparse.Namespace) -> int:
    _, exporter = KINDS[args.kind]
    target = Path(args.file).expanduser()
    if target.exists() or target.is_symlink():
        raise ValidationError(f"{args.file} 已存在：不会覆盖", field="file")
    folder = target.parent
    if not folder.is_dir():
        raise ValidationError(
            f"导出的文件夹 {folder} 不存在：请先建立该文件夹（或选择已有的文件夹）", field="file")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise ValidationError(f"无权在文件夹 {folder} 中写入文件", field="file")
    reg, actor = open_register(args)
    try:
        reg.ensure_sound()  # an export is audited: refused before any file if it cannot be
        n = exporter(reg, actor, target, args.encoding)
    finally:
        reg.close()
    print(f"已导出{LABELS.get(args.kind, args.kind)} {n} 行到 {args.file}")
    print("注意：导出文件含涉密信息，须按其中最高密级的载体管理")
    return 0
