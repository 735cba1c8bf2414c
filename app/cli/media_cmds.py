"""``mibu media ...``: the removable media ledger at the command line."""

from __future__ import annotations

import argparse
import datetime as dt
import json
from collections.abc import Callable

from app.cli.common import add_register_options, open_register
from app.errors import ValidationError
from app.models.documents import ApprovalKind
from app.models.enums import Level
from app.services import media
from app.services.media import MediumEventKind
from app.services.register import Actor, Register
from app.services.trail import local_time

#: What a medium's approval may be for, as the clerk types it.
APPROVAL_KINDS = {"携带外出": ApprovalKind.CARRY_OUT, "复制": ApprovalKind.COPY,
                  "销毁": ApprovalKind.DESTRUCTION}
DESTRUCTION_METHODS = {m.label: m for m in media.MEDIA_DESTRUCTION}


def add_commands(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("media", help="移动存储介质台帐")
    msub = p.add_subparsers(dest="media_command", metavar="操作", required=True)

    def action(name: str, help_text: str, func: Callable[[argparse.Namespace], int],
               number: bool = True) -> argparse.ArgumentParser:
        ap = msub.add_parser(name, help=help_text)
        add_register_options(ap)
        if number:
            ap.add_argument("number", help="介质编号")
        ap.set_defaults(func=func)
        return ap

    ap = action("list", "列出台帐", cmd_list, number=False)
    ap.add_argument("--json", action="store_true", help="每条一行 JSON")
    ap = action("register", "登记新介质或设备", cmd_register, number=False)
    ap.add_argument("--number", required=True, help="编号")
    ap.add_argument("--kind", required=True, help="U盘/移动硬盘/光盘/存储卡/设备")
    ap.add_argument("--brand", required=True, help="品牌型号")
    ap.add_argument("--level", required=True, help="密级")
    ap.add_argument("--holder", required=True, help="责任人")
    ap.add_argument("--vendor-id", help="厂商ID（4 位十六进制）")
    ap.add_argument("--product-id", help="产品ID（4 位十六进制）")
    ap.add_argument("--serial", help="序列号")
    ap.add_argument("--capacity", help="容量，如 64GB")
    ap.add_argument("--hash", dest="descriptor_hash",
                    help="设备摘要：usbguard list-devices 显示的 hash（44 个字符），"
                         "USBGuard 规则据此核对设备")
    ap.add_argument("--bought-on", help="购置日期 YYYY-MM-DD")
    ap = action("issue", "发放给责任人", cmd_issue)
    ap.add_argument("--holder", required=True, help="责任人")
    action("return", "归还", cmd_return)
    ap = action("request-approval", "申请携带外出、复制或销毁的审批（由领导批准）",
                cmd_request_approval)
    ap.add_argument("--for", dest="kind", required=True, choices=sorted(APPROVAL_KINDS),
                    help="申请事项")
    ap.add_argument("--until", help="交回日期 YYYY-MM-DD（携带外出必填）")
    ap.add_argument("--reason", default="", help="申请事由")
    ap = action("carry-out", "携带外出（须审批）", cmd_carry_out)
    ap.add_argument("--approval", required=True, type=int, help="审批编号（已批准、未使用）")
    ap.add_argument("--destination", required=True, help="外出地点及事由")
    ap.add_argument("--companion", help="同行人（绝密级须两人）")
    action("bring-back", "外出带回", cmd_bring_back)
    ap = action("inventory", "登记清查", cmd_inventory)
    ap.add_argument("--date", help="清查日期 YYYY-MM-DD（默认今天）")
    action("inventory-due", "列出到期未清查的介质", cmd_inventory_due, number=False)
    ap = action("repair", "送指定维修点维修", cmd_repair)
    ap.add_argument("--place", required=True, help="指定维修点")
    action("repaired", "维修返回", cmd_repaired)
    ap = action("lost", "登记丢失（开启 24 小时报告时限）", cmd_lost)
    ap.add_argument("--circumstances", required=True, help="丢失经过")
    ap = action("copy", "复制为新介质（须审批）", cmd_copy)
    ap.add_argument("--approval", required=True, type=int, help="审批编号（已批准、未使用）")
    ap.add_argument("--new-number", required=True, help="复制件编号")
    ap.add_argument("--kind", required=True, help="U盘/移动硬盘/光盘/存储卡")
    ap.add_argument("--brand", required=True, help="品牌型号")
    ap.add_argument("--holder", required=True, help="责任人")
    ap.add_argument("--vendor-id", help="厂商ID（4 位十六进制）")
    ap.add_argument("--product-id", help="产品ID（4 位十六进制）")
    ap.add_argument("--serial", help="序列号")
    ap = action("destroy", "销毁（须审批、两名监销人）", cmd_destroy)
    ap.add_argument("--approval", required=True, type=int, help="审批编号（已批准、未使用）")
    ap.add_argument("--witness", required=True, action="append",
                    help="监销人（两名，保密员以外；写两次 --witness）")
    ap.add_argument("--method", required=True, choices=sorted(DESTRUCTION_METHODS),
                    help="销毁方式")
    ap.add_argument("--means", required=True, help="销毁机构，或现场销毁的设备及地点")
    ap = action("raise-level", "提高密级（不得降低）", cmd_raise_level)
    ap.add_argument("--level", required=True, help="新密级")
    action("history", "介质履历", cmd_history)


def _run(args: argparse.Namespace, work: Callable[[Register, Actor], None]) -> int:
    reg, actor = open_register(args)
    try:
        work(reg, actor)
    finally:
        reg.close()
    return 0


def _line(m: media.MediumView) -> str:
    ids = f"{m.vendor_id}:{m.product_id}" if m.vendor_id else "-"
    return (f"{m.number}\t{m.kind.label}\t{m.brand_model}\t{ids}\t{m.serial or '-'}\t"
            f"{m.highest_level.label}\t{m.holder}\t{m.status.label}")


def cmd_list(args: argparse.Namespace) -> int:
    def work(reg: Register, _a: Actor) -> None:
        for m in media.list_media(reg):
            if args.json:
                print(json.dumps({
                    "number": m.number, "kind": m.kind.label, "brand_model": m.brand_model,
                    "vendor_id": m.vendor_id, "product_id": m.product_id, "serial": m.serial,
                    "level": m.highest_level.label, "holder": m.holder,
                    "status": m.status.label, "descriptor_hash": m.descriptor_hash},
                    ensure_ascii=False))
            else:
                print(_line(m))

    return _run(args, work)


def cmd_register(args: argparse.Namespace) -> int:
    def work(reg: Register, actor: Actor) -> None:
        m = media.register_medium(reg, actor, media.NewMedium(
            number=args.number, kind=args.kind, brand_model=args.brand, level=args.level,
            holder=args.holder, vendor_id=args.vendor_id, product_id=args.product_id,
            serial=args.serial, capacity=args.capacity, bought_on=args.bought_on,
            descriptor_hash=args.descriptor_hash))
        print(f"已登记：{_line(m)}")

    return _run(args, work)


def _done(m: media.MediumView) -> None:
    print(f"{m.number}：{m.status.label}（责任人 {m.holder}）")


def cmd_issue(args: argparse.Namespace) -> int:
    return _run(args, lambda r, a: _done(media.issue(r, a, args.number, args.holder)))


def cmd_return(args: argparse.Namespace) -> int:
    return _run(args, lambda r, a: _done(media.return_medium(r, a, args.number)))


def cmd_request_approval(args: argparse.Namespace) -> int:
    kind = APPROVAL_KINDS[args.kind]

    def work(reg: Register, actor: Actor) -> None:
        a = media.request_approval(reg, actor, args.number, kind, until=_date(args.until),
                                   reason=args.reason)
        print(f"审批编号 {a.id}：{a.summary}（待领导批准）")

    return _run(args, work)


def cmd_carry_out(args: argparse.Namespace) -> int:
    return _run(args, lambda r, a: _done(media.carry_out(
        r, a, args.number, approval_id=args.approval, destination=args.destination,
        companion=args.companion)))


def cmd_copy(args: argparse.Namespace) -> int:
    def work(reg: Register, actor: Actor) -> None:
        source = media.get(reg, args.number)
        m = media.copy_medium(reg, actor, args.number, media.NewMedium(
            number=args.new_number, kind=args.kind, brand_model=args.brand,
            level=source.highest_level, holder=args.holder, vendor_id=args.vendor_id,
            product_id=args.product_id, serial=args.serial), approval_id=args.approval)
        print(f"{m.number}：复制自 {args.number}，{m.highest_level.label}（责任人 {m.holder}）")

    return _run(args, work)


def cmd_bring_back(args: argparse.Namespace) -> int:
    return _run(args, lambda r, a: _done(media.bring_back(r, a, args.number)))


def _date(text: str | None) -> dt.date | None:
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise ValidationError(f"日期“{text[:20]}”格式应为 YYYY-MM-DD", field="date") from None


def cmd_inventory(args: argparse.Namespace) -> int:
    return _run(args, lambda r, a: _done(
        media.record_inventory(r, a, args.number, _date(args.date))))


def cmd_inventory_due(args: argparse.Namespace) -> int:
    def work(reg: Register, _a: Actor) -> None:
        for m in media.inventory_due(reg):
            print(f"{_line(m)}\t上次清查 {m.last_inventory_on or '从未'}")

    return _run(args, work)


def cmd_repair(args: argparse.Namespace) -> int:
    return _run(args, lambda r, a: _done(media.send_for_repair(r, a, args.number, args.place)))


def cmd_repaired(args: argparse.Namespace) -> int:
    return _run(args, lambda r, a: _done(media.back_from_repair(r, a, args.number)))


def cmd_lost(args: argparse.Namespace) -> int:
    def work(reg: Register, actor: Actor) -> None:
        inc = media.report_lost(reg, actor, args.number, args.circumstances)
        print(f"{args.number} 已登记丢失；须在 {inc.report_due_at} 之前上报（事件 {inc.id}）")

    return _run(args, work)


def cmd_destroy(args: argparse.Namespace) -> int:
    return _run(args, lambda r, a: _done(media.destroy(
        r, a, args.number, approval_id=args.approval, witnesses=args.witness,
        method=DESTRUCTION_METHODS[args.method], means=args.means)))


def cmd_raise_level(args: argparse.Namespace) -> int:
    level = Level.parse(args.level)

    def work(reg: Register, actor: Actor) -> None:
        m = media.raise_level(reg, actor, args.number, level)
        print(f"{m.number}：密级提高为{m.highest_level.label}")

    return _run(args, work)


def cmd_history(args: argparse.Namespace) -> int:
    def work(reg: Register, _a: Actor) -> None:
        for e in media.history(reg, args.number):
            note = e.note
            if e.kind is MediumEventKind.REGISTERED and note:  # where the entry came from
                note = ("登记表" if note == "form"
                        else f"从文件导入：{note.removeprefix('import:')}")
            extra = "；".join(x for x in (e.person, e.approval_ref, e.place, note) if x)
            print(f"{local_time(e.at)}\t{e.kind.label}\t{e.actor}\t{extra}")

    return _run(args, work)
