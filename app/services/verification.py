"""``mibu verify``: is the register file sound, and is the audit trail unbroken?"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import text

from app.errors import AuditChainBroken
from app.services import audit
from app.services.register import Register


@dataclass
class VerifyReport:
    lines: list[str] = field(default_factory=list)
    problem: str | None = None
    broken_entry: int | None = None


def verify(register: Register) -> VerifyReport:
    report = VerifyReport()
    with register.read() as s:
        # SQLCipher checks the HMAC of every page; SQLite checks the b-trees.
        cipher = [r[0] for r in s.execute(text("PRAGMA cipher_integrity_check"))]
        if cipher:
            report.problem = "登记簿页面校验失败：" + "；".join(str(c) for c in cipher[:3])
            return report
        report.lines.append("加密页面校验：通过")
        integrity = [r[0] for r in s.execute(text("PRAGMA integrity_check"))]
        if integrity != ["ok"]:
            report.problem = "SQLite 完整性检查失败：" + "；".join(integrity[:3])
            return report
        report.lines.append("数据库结构检查：通过")
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
