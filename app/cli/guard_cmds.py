"""``mibu guard``: the USB guard without the GUI.

``--once`` decides for the devices present, applies the verdicts and exits; otherwise the
guard keeps watching udev events until interrupted. ``--json`` prints one JSON object per
decision per line.
"""

from __future__ import annotations

import argparse
import json
import signal
import sys
from types import FrameType

from app.cli.common import add_register_options, open_register
from app.devices.guard import GuardEvent, Notify
from app.devices.policy import REASON_LABELS
from app.services import device_guard


def add_commands(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("guard", help="USB 防护：按台帐放行或禁止 USB 设备（无界面）")
    add_register_options(p)
    p.add_argument("--once", action="store_true", help="只判定当前已接入的设备，然后退出")
    p.add_argument("--json", action="store_true", help="每个判定输出一行 JSON")
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


def cmd_guard(args: argparse.Namespace) -> int:
    reg, _actor = open_register(args)
    try:
        guard = device_guard.build_guard(reg, notify=_printer(args.json))
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
        watcher.run(guard.handle)
        watcher.close()
        return 0
    finally:
        reg.close()
