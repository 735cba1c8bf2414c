"""``mibu init``, ``mibu verify``, ``mibu demo``: creating and checking a register."""

from __future__ import annotations

import argparse
import secrets
import string
import sys

from app.cli.common import add_register_options, open_register, read_passphrase, register_path
from app.errors import RegisterDamaged
from app.models.enums import Level
from app.services import verification
from app.services.register import create_register


def add_commands(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("init", help="新建登记簿（非交互）")
    add_register_options(p, user=False)
    p.add_argument("--unit", required=True, help="单位名称")
    p.add_argument("--workstation", required=True, help="工作站名称")
    p.add_argument("--level", required=True, help="工作站密级：秘密/机密/绝密")
    p.add_argument("--clerk", required=True, help="保密员姓名")
    p.add_argument("--username", default="clerk", help="保密员用户名（默认 clerk）")
    p.set_defaults(func=cmd_init)

    p = sub.add_parser("verify", help="检查登记簿完整性与审计链（只读，不写入任何内容）")
    add_register_options(p)
    p.add_argument("--deep", action="store_true",
                   help="完整检查：每一页的 HMAC 与 SQLite integrity_check（较慢）")
    p.add_argument("--code", help="纸面检查点码（保密检查记录表上的），核对它仍在登记簿中且相符")
    p.set_defaults(func=cmd_verify)

    p = sub.add_parser("check-memory",
                       help="检查本机能否让内存中的明文不落盘（交换区、核心转储；安装时运行）")
    p.set_defaults(func=cmd_check_memory)

    p = sub.add_parser("checkpoint", help="审计员签署审计记录检查点（--user auditor）")
    add_register_options(p)
    p.set_defaults(func=cmd_checkpoint)

    p = sub.add_parser("backup", help="把登记簿和密钥文件备份到一个目录")
    add_register_options(p)
    p.add_argument("--to", required=True, help="备份目录（应为已登记的涉密介质）")
    p.set_defaults(func=cmd_backup)

    p = sub.add_parser("restore", help="从备份恢复登记簿（先校验备份；原文件改名保留，不删除）")
    add_register_options(p)
    p.add_argument("backup", help="备份的登记簿文件（其密钥文件须在同一目录）")
    p.set_defaults(func=cmd_restore)

    p = sub.add_parser("demo", help="新建一个填有示例数据的登记簿")
    add_register_options(p, user=False)
    p.set_defaults(func=cmd_demo)


def cmd_init(args: argparse.Namespace) -> int:
    from app.models.creation import clean_interrupted

    level = Level.parse(args.level)
    passphrase = read_passphrase(args)
    cleaned = clean_interrupted(register_path(args))
    if cleaned:
        print(f"注意：{cleaned}", file=sys.stderr)
    created = create_register(
        register_path(args),
        unit_name=args.unit,
        workstation_name=args.workstation,
        level=level,
        clerk_username=args.username,
        clerk_display_name=args.clerk,
        passphrase=passphrase,
    )
    reg = created.register
    print(f"已新建登记簿：{reg.path}")
    print(f"密钥文件：{reg.keyfile.path}")
    if created.totp_secret:
        from app.services.accounts import totp_uri

        print("一次性口令密钥（仅显示这一次，请录入动态口令器）：")
        print(totp_uri(created.totp_secret, args.username))
    reg.close()
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    try:
        reg, _actor = open_register(args, read_only=True)
    except RegisterDamaged as exc:  # too damaged to open: that is the verification's result
        print(f"校验失败：{exc.message}", file=sys.stderr)
        return 1
    try:
        report = verification.verify(reg, getattr(args, "code", None), deep=args.deep)
    except RegisterDamaged as exc:
        report = verification.VerifyReport(problem=exc.message)
    finally:
        reg.close()
    for line in report.lines:
        print(line)
    if report.findings or report.problem is not None:
        for line in report.findings:
            print(f"发现问题：{line}")
        print(f"校验失败：{report.problem}", file=sys.stderr)
        return 1
    print("校验通过")
    return 0


def cmd_checkpoint(args: argparse.Namespace) -> int:
    """Unlocking as an auditor or administrator signs the checkpoint; this shows it."""
    from app.errors import PermissionDenied
    from app.services import anchor

    reg, actor = open_register(args)
    try:
        if actor.role not in anchor.SIGNER_ROLES:
            raise PermissionDenied(
                f"只有审计员或系统管理员可以签署检查点（当前为{actor.role.label}）")
        if reg.signer is None or reg.signer.problem:
            problem = reg.signer.problem if reg.signer else "没有签名密钥"
            print(f"未能签署检查点：{problem}", file=sys.stderr)
            return 1
        with reg.read() as s:
            cp = anchor.latest(s)
    finally:
        reg.close()
    assert cp is not None  # noqa: S101 - the unlock just signed one
    print(f"已签署第 {cp.seq} 号检查点：审计记录共 {cp.entry_count} 条")
    print(f"检查点码：{cp.code}")
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    from pathlib import Path

    from app.services.backup import backup

    reg, actor = open_register(args)
    try:
        info = backup(reg, actor, Path(args.to))
    finally:
        reg.close()
    print(f"已备份：{info.path}")
    print(f"密钥文件：{info.key_file}")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from pathlib import Path

    from app.services.restore import restore

    def progress(step: int, total: int, text: str) -> None:
        print(f"[{step}/{total}] {text}", flush=True)

    info = restore(register_path(args), Path(args.backup), args.user, read_passphrase(args),
                   getattr(args, "otp", None), progress=progress)
    print(f"已从备份 {info.backup} 恢复登记簿 {info.register}（审计记录 {info.entries} 条）")
    for aside in info.moved_aside:
        print(f"原文件已改名保留：{aside}")
    if info.older_than_checkpoint:
        print(f"注意：{info.older_than_checkpoint}")
    return 0


def _generated_passphrase() -> str:
    alphabet = string.ascii_letters + string.digits
    body = "".join(secrets.choice(alphabet) for _ in range(14))
    return f"Mb-{body}7"


def cmd_demo(args: argparse.Namespace) -> int:
    from app.services import demo

    generated = not args.passphrase_stdin
    passphrase = _generated_passphrase() if generated else read_passphrase(args)
    reg = demo.create_demo(register_path(args), passphrase)
    reg.close()
    print(f"已新建示例登记簿：{reg.path}")
    print("账户（用户名　姓名　角色）：")
    for username, name, role in demo.demo_accounts():
        print(f"  {username}\t{name}\t{role.label}")
    if generated:
        print(f"四个账户共用口令：{passphrase}")
    else:
        print("四个账户共用刚才输入的口令")
    return 0


def cmd_check_memory(args: argparse.Namespace) -> int:
    """What the package's installer prints: the platform's protection, or why SQLCipher's
    memory locking is used instead (slower) and what the administrator can do about it."""
    from app.models import memory

    decided = memory.protection()
    print(decided.summary)
    if decided.memory_security:
        print("建议：关闭交换区（swapoff -a，并从 /etc/fstab 中删去），或改用加密交换区"
              "（/etc/crypttab 中以随机密钥加密）或 zram；之后密簿会更快。")
        return 1
    return 0
