"""``mibu guard``: the USB guard without the GUI.

``--once`` decides for the devices present, applies the verdicts and exits; otherwise the
guard keeps watching udev events until interrupted. ``--json`` prints one JSON object per
decision per line.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import sys
from types import FrameType

from app.cli.common import add_register_options, open_register
from app.devices.guard import GuardEvent, Notify
from app.devices.policy import REASON_LABELS
from app.devices.sysfs import SYS_USB_DEVICES
from app.devices.usbguard import UsbGuardCli, UsbGuardEnforcer, UsbGuardError
from app.services import device_guard, input_lock, usbguard_rules
from app.services.register import Actor, Register


def add_commands(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("guard", help="USB 防护：按台帐放行或禁止 USB 设备（无界面）")
    add_register_options(p)
    p.add_argument("--once", action="store_true", help="只判定当前已接入的设备，然后退出")
    p.add_argument("--json", action="store_true", help="每个判定输出一行 JSON")
    p.add_argument("--status", action="store_true",
                   help="显示当前由哪种方式执行 USB 防护（USBGuard 或 Mibu 自带防护），然后退出")
    p.add_argument("--usbguard-rules", action="store_true",
                   help="输出由台帐编译出的 USBGuard 规则（即安装到 USBGuard 的原文），然后退出")
    p.add_argument("--apply-usbguard-rules", action="store_true",
                   help="把由台帐编译出的规则安装到 USBGuard 并核对，然后退出")
    p.add_argument("--lock-input", choices=("on", "off"),
                   help="锁定输入设备（防 BadUSB）：on 时当前接入的键盘鼠标按设备摘要和端口放行，"
                        "新接入的须确认；off 解除")
    p.add_argument("--confirm-input", metavar="PORT",
                   help="输入设备已锁定时，确认端口 PORT（如 1-2）上新接入的键盘或鼠标")
    p.set_defaults(func=cmd_guard)


def _printer(as_json: bool) -> Notify:
    def show(event: GuardEvent) -> None:
        if as_json:
            print(json.dumps(event.as_json(), ensure_ascii=False), flush=True)
            return
        verdict = "放行" if event.decision.allowed else "禁止"
        ident = f"{event.vendor_id or 0:04x}:{event.product_id or 0:04x}"
        print(f"{event.sys_name}\t{ident}\t{verdict}\t{REASON_LABELS[event.reason]}\t"
              f"{event.decision.message}", flush=True)

    return show


def _status(cli: UsbGuardCli) -> int:
    active = usbguard_rules.backend(cli)
    print(f"USB 防护方式：{active.label}")
    if active is usbguard_rules.Backend.USBGUARD:
        print("USBGuard 守护进程运行中：从开机起按规则放行或禁止 USB 设备，Mibu 关闭时仍然有效。")
        print("查看规则：mibu guard --usbguard-rules；查看设备：usbguard list-devices")
    elif cli.installed():
        print("已安装 usbguard，但无法连接其守护进程（未运行，或当前用户不在 mibu-usb 组）："
              "USB 防护仅在 Mibu 运行时有效。")
    else:
        print("未安装 USBGuard：USB 防护仅在 Mibu 运行时有效。")
    return 0


def _input_lock(args: argparse.Namespace, reg: Register, actor: Actor, cli: UsbGuardCli
                ) -> int:
    enforcer = (UsbGuardEnforcer(cli)
                if usbguard_rules.backend(cli) is usbguard_rules.Backend.USBGUARD else None)
    unfollow = usbguard_rules.follow_ledger(cli) if enforcer is not None else None
    try:
        if args.lock_input == "on":
            lock = input_lock.switch_on(reg, actor)
            print(f"输入设备已锁定：当前 {len(lock.devices)} 个键盘或鼠标保持可用，新接入的须确认")
        elif args.lock_input == "off":
            input_lock.switch_off(reg, actor)
            print("输入设备锁定已解除")
        else:
            path = f"{SYS_USB_DEVICES}/{args.confirm_input}"
            input_lock.confirm(reg, actor, path)
            guard = device_guard.build_guard(reg, enforcer=enforcer, notify=_printer(False))
            guard.decide(os.path.realpath(path))
    finally:
        if unfollow is not None:
            unfollow()
    return 0


def cmd_guard(args: argparse.Namespace) -> int:
    cli = UsbGuardCli()
    if args.status:
        return _status(cli)
    reg, _actor = open_register(args)
    try:
        if args.lock_input or args.confirm_input:
            return _input_lock(args, reg, _actor, cli)
        if args.usbguard_rules:
            sys.stdout.write(usbguard_rules.compiled_rules(reg))
            return 0
        if args.apply_usbguard_rules:
            try:
                applied = usbguard_rules.apply(reg, cli, reason="command")
            except UsbGuardError as exc:
                print(f"无法安装 USBGuard 规则：{exc}", file=sys.stderr)
                return 1
            print(f"USBGuard 规则已核对一致：共 {len(applied.result.rules)} 条"
                  f"（删除 {applied.result.removed} 条，新增 {applied.result.appended} 条）")
            return 0
        active = usbguard_rules.backend(cli)
        enforcer = UsbGuardEnforcer(cli) if active is usbguard_rules.Backend.USBGUARD else None
        guard = device_guard.build_guard(reg, notify=_printer(args.json), enforcer=enforcer)
        if enforcer is not None:
            try:
                usbguard_rules.apply(reg, cli, reason="start")
            except UsbGuardError as exc:
                print(f"无法安装 USBGuard 规则：{exc}", file=sys.stderr)
            unfollow = usbguard_rules.follow_ledger(cli)
        else:
            unfollow = None
        if args.once:
            guard.scan()
            return 0
        from app.devices.watcher import UsbWatcher

        watcher = UsbWatcher()
        watcher.start()  # listen before scanning, so no device slips between the two
        guard.scan()

        def stop(_sig: int, _frame: FrameType | None) -> None:
            watcher.stop()

        signal.signal(signal.SIGTERM, stop)
        signal.signal(signal.SIGINT, stop)
        print("USB 防护运行中（Ctrl+C 退出）", file=sys.stderr, flush=True)
        watcher.run(guard.handle, tick=guard.verify_all,
                    interval=device_guard.VERIFY_INTERVAL_S)
        watcher.close()
        if unfollow is not None:
            unfollow()
        return 0
    finally:
        reg.close()
