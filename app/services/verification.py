"""``mibu verify``: is the register file sound, and is the audit trail unbroken?

Verifying never writes: the CLI and the GUI open the file read-only (``unlock(...,
read_only=True)``, SQLite ``mode=ro``), so verifying a backup leaves its bytes as they were.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import text

from app.errors import AuditChainBroken
from app.models.db import damage_message
from app.services import audit
from app.services.register import Register


@dataclass
class VerifyReport:
    lines: list[str] = field(default_factory=list)
    problem: str | None = None
    broken_entry: int | None = None


def verify(register: Register, *, deep: bool = False) -> VerifyReport:
    """SQLCipher checks every page's HMAC (on a connection of its own: a page that fails
    leaves its error on the connection); SQLite checks the b-trees with ``quick_check``, or
    with ``deep`` the full ``integrity_check`` (also every index against its table). A page
    too broken for a check to read raises ``RegisterDamaged`` (the CLI reports it as a
    failed verification)."""
    report = VerifyReport()
    cipher = register.db.check_pages()
    if cipher:
        report.problem = damage_message(register.path, cipher)
        return report
    report.lines.append("加密页面校验：通过")
    with register.read() as s:
        pragma = "integrity_check" if deep else "quick_check"
        integrity = [str(r[0]) for r in s.execute(text(f"PRAGMA {pragma}"))]
        if integrity != ["ok"]:
            report.problem = "SQLite 完整性检查失败：" + "；".join(integrity[:3])
            return report
        report.lines.append("数据库结构检查：通过" + ("（完整检查）" if deep else "（快速检查）"))
        fk = list(s.execute(text("PRAGMA foreign_key_check")))
        if fk:
            report.problem = f"外键检查失败：表 {fk[0][0]} 第 {fk[0][1]} 行引用了不存在的记录"
            return report
        report.lines.append("外键检查：通过")
        try:
            n = audit.verify_chain(s, register.derive_key(audit.AUDIT_KEY_INFO))
        except AuditChainBroken as exc:
            report.problem = exc.message
            report.broken_entry = exc.entry_id
            return report
        report.lines.append(f"审计链校验：通过（共 {n} 条）")
    return report
