"""``mibu audit``: the audit trail from the command line (newest first)."""

from __future__ import annotations

import argparse
import json

from app.cli.common import add_register_options, open_register
from app.models.enums import Role
from app.services import audit
from app.services.register import require_role


def add_commands(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("audit", help="查看审计记录（最新的在前）")
    add_register_options(p)
    p.add_argument("--action", help="只看此类操作（前缀，如 register.upgrade）")
    p.add_argument("--limit", type=int, default=50, help="最多显示条数（默认 50）")
    p.add_argument("--json", action="store_true", help="每条一行 JSON")
    p.set_defaults(func=cmd_audit)


def cmd_audit(args: argparse.Namespace) -> int:
    reg, actor = open_register(args)
    try:
        require_role(actor, Role.AUDITOR, Role.CLERK, Role.ADMIN)  # as the audit screen
        with reg.read() as s:
            lines = audit.page(s, audit.AuditFilter(action_prefix=args.action),
                               limit=max(1, min(args.limit, 1000)))
    finally:
        reg.close()
    for line in lines:
        if args.json:
            print(json.dumps({
                "id": line.id, "at": line.at, "actor": line.actor, "action": line.action,
                "entity": line.entity, "entity_id": line.entity_id,
                "before": line.before, "after": line.after,
            }, ensure_ascii=False))
            continue
        change = ""
        if line.before is not None or line.after is not None:
            change = "\t" + json.dumps(line.before, ensure_ascii=False) + " → " + json.dumps(
                line.after, ensure_ascii=False)
        print(f"{line.at[:19]}\t{line.actor}\t{audit.action_label(line.action)}\t"
              f"{line.entity} {line.entity_id}{change}")
    return 0
