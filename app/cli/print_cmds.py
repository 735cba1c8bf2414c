"""``mibu print-samples``: one PDF of every form, filled from the register's most recent
records; ``mibu slip-check``: is a slip genuine, and what does the register say about it now?
``mibu print-check``: would CUPS keep printed documents on disk (exit 1: Mibu refuses to print)?"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from app.cli.common import add_register_options, open_register
from app.devices import printer
from app.errors import NotFound, ValidationError
from app.services import print_forms, printing

SAMPLE_PRINTER = "PDF 文件"


def add_commands(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("print-samples",
                       help="按登记簿中最近的记录，把每种单据各输出一份 PDF 到目录")
    add_register_options(p)
    p.add_argument("directory", metavar="DIR", help="输出目录（须已存在）")
    p.set_defaults(func=cmd_print_samples)

    p = sub.add_parser("slip-check", help="核验单据码或二维码内容")
    add_register_options(p)
    p.add_argument("code", help="单据码（如 ABCD-EFGH-JKMN-PQRS）或扫描得到的二维码文字")
    p.set_defaults(func=cmd_slip_check)

    p = sub.add_parser("print-check",
                       help="检查打印系统（CUPS）是否会在打印后保留文件；会保留时 Mibu 拒绝打印")
    p.set_defaults(func=cmd_print_check)


def cmd_print_samples(args: argparse.Namespace) -> int:
    """Every form, each printed (issued, audited) from the register's own records; a form
    the register has no record for is skipped with the reason, and the exit status is 1."""
    out = Path(args.directory).expanduser()
    if not out.is_dir():
        what = "不是文件夹" if out.exists() else "不存在：请先建立该文件夹（或选择已有的文件夹）"
        raise ValidationError(f"输出目录 {out} {what}", field="directory")
    reg, actor = open_register(args)
    skipped = 0
    try:
        for index, (kind, prepare) in enumerate(print_forms.ALL.items(), 1):
            try:
                form = prepare(reg)
            except NotFound as exc:
                print(f"跳过\t{kind.label}\t{exc.message}", file=sys.stderr)
                skipped += 1
                continue
            path = out / f"{index:02d}_{kind.value}.pdf"
            job, pdf = printing.print_document(
                reg, actor, kind, level=form.level, title=form.title, subject=form.subject,
                render=form.render, copies=1, printer=f"{SAMPLE_PRINTER}：{path.name}",
                ref=form.ref,
            )
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "wb") as fh:
                fh.write(pdf)
            print(f"{job.serial}\t{kind.label}\t{job.level.label}\t{job.code}\t{path}")
    finally:
        reg.close()
    print("以上单据按其所列内容的最高密级管理，用毕销毁。")
    return 1 if skipped else 0


def cmd_slip_check(args: argparse.Namespace) -> int:
    reg, _actor = open_register(args)
    try:
        result = printing.lookup(reg, args.code)
    finally:
        reg.close()
    print(result.message)
    return 0 if result.genuine else 1


def cmd_print_check(_args: argparse.Namespace) -> int:
    check = printer.check_spooler()
    print("打印系统（CUPS）设置：")
    for line in check.lines():
        print(f"  {line}")
    return 0 if check.ok else 1
