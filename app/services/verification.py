"""``mibu verify``: is the register file sound, and is the audit trail unbroken?

Verifying never writes: the CLI and the GUI open the file read-only (``unlock(...,
read_only=True)``, SQLite ``mode=ro``), so verifying a backup leaves its bytes as they were.

Besides the file's pages and the HMAC chain, the trail is checked against what the clerk
cannot forge (app/services/anchor.py): every signed checkpoint must still match the trail (a
rewritten or truncated trail up to the latest checkpoint is found); the schema, triggers
included, must be exactly the one the migrations build; and the trail is replayed against the
tables (app/services/replay.py). These checks only read: they work on a register opened
read-only and write nothing.
"""

from __future__ import annotations

import contextlib
import functools
from collections.abc import Iterator
from dataclasses import dataclass, field

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from app.errors import AuditChainBroken
from app.models.db import CACHE_KIB, damage_message
from app.models.foundation import Account, AuditEntry, TrailCheckpoint, TrailSigner
from app.services import anchor, audit, replay
from app.services.register import Register

KIND_LABELS = {"table": "表", "index": "索引", "trigger": "触发器", "view": "视图"}


@dataclass
class VerifyReport:
    lines: list[str] = field(default_factory=list)
    problem: str | None = None  # the first finding
    broken_entry: int | None = None
    findings: list[str] = field(default_factory=list)

    def find(self, line: str) -> None:
        self.findings.append(line)
        if self.problem is None:
            self.problem = line


def verify(register: Register, paper_code: str | None = None, *,
           deep: bool = False) -> VerifyReport:
    """Check everything. SQLCipher checks every page's HMAC (on a connection of its own: a
    page that fails leaves its error on the connection); SQLite checks the b-trees with
    ``quick_check``, or with ``deep`` the full ``integrity_check`` (also every index against
    its table). A page too broken for a check to read raises ``RegisterDamaged`` (the CLI
    reports it as a failed verification). ``paper_code`` is a checkpoint code from a printed
    record, which must be one of the register's valid checkpoints."""
    report = VerifyReport()
    cipher = register.db.check_pages()
    if cipher:
        report.problem = damage_message(register.path, cipher)
        return report
    report.lines.append("加密页面校验：通过")
    with register.read() as s, _page_cache(s):
        pragma = "integrity_check" if deep else "quick_check"
        integrity = [str(r[0]) for r in s.execute(text(f"PRAGMA {pragma}"))]
        if integrity != ["ok"]:
            report.find("SQLite 完整性检查失败：" + "；".join(integrity[:3]))
            return report
        report.lines.append("数据库结构检查：通过" + ("（完整检查）" if deep else "（快速检查）"))
        fk = list(s.execute(text("PRAGMA foreign_key_check")))
        if fk:
            report.find(f"外键检查失败：表 {fk[0][0]} 第 {fk[0][1]} 行引用了不存在的记录")
            return report
        report.lines.append("外键检查：通过")
        fold = replay.Fold()  # the replay's reading of the trail, in the chain's pass
        whole = False
        try:
            n = audit.verify_chain(s, register.derive_key(audit.AUDIT_KEY_INFO), fold.add)
        except AuditChainBroken as exc:  # folded only up to the break: the replay reads
            report.find(exc.message)  # the whole trail itself
            report.broken_entry = exc.entry_id
        else:
            whole = True
            report.lines.append(f"审计链校验：通过（共 {n} 条）")
        current = _check_schema(s, report)
        _check_checkpoints(s, register, report, paper_code)
        if not current:  # an older schema (a backup from before an upgrade): replay reads
            report.lines.append("审计记录回放：登记簿为较早版本，升级后再回放")  # today's
            return report
        before = len(report.findings)
        compared, found = replay.replay(s, fold if whole else None)
        for line in found:
            report.find(f"审计记录与表不符：{line}")
        if len(report.findings) == before:
            report.lines.append(f"审计记录回放：通过（核对 {compared} 行）")
    return report


#: The page cache while verifying, in KiB: the checks read the whole file, and a larger cache
#: spares reading and decrypting pages again (``quick_check`` of the 100,000-document register
#: with memory security on: about 3.3 s of CPU with SQLCipher's default, 2.7 s with this).
#: Without memory security every connection has this size already (db.CACHE_KIB).
VERIFY_CACHE_KIB = CACHE_KIB


@contextlib.contextmanager
def _page_cache(s: Session) -> Iterator[None]:
    """A larger page cache on the session's connection while verifying; the pooled
    connection gets its own size back afterwards (the memory is freed then)."""
    before = int(s.execute(text("PRAGMA cache_size")).scalar_one())
    s.execute(text(f"PRAGMA cache_size = -{VERIFY_CACHE_KIB}"))
    try:
        yield
    finally:  # never hides what went wrong while verifying
        with contextlib.suppress(Exception):
            s.execute(text(f"PRAGMA cache_size = {before}"))


# -- the schema -------------------------------------------------------------------------------
def _schema_of(s: Session) -> dict[tuple[str, str], str | None]:
    rows = s.execute(text("SELECT type, name, sql FROM sqlite_master "
                          "WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"))
    return {(r[0], r[1]): r[2] for r in rows}


@functools.cache
def expected_schema(revision: str = "head"
                    ) -> tuple[str | None, dict[tuple[str, str], str | None]]:
    """The revision and the schema the migrations build up to it on an empty in-memory
    database (by default the head: this build's schema)."""
    import sqlcipher3
    from sqlalchemy import create_engine
    from sqlalchemy.pool import StaticPool

    from app.models import migrate

    engine = create_engine("sqlite://", module=sqlcipher3.dbapi2,
                           creator=lambda: sqlcipher3.connect(":memory:",
                                                              check_same_thread=False),
                           poolclass=StaticPool)
    try:
        migrate.upgrade(engine, revision)
        with Session(engine) as s:
            built = migrate.head_revision() if revision == "head" else revision
            return built, _schema_of(s)
    finally:
        engine.dispose()


def _normal(sql: str | None) -> tuple[str, ...]:
    """A definition as a set of its lines: a table rebuilt by a migration (SQLite's batch
    mode) lists the same constraints in an order of its own."""
    if sql is None:
        return ()
    return tuple(sorted(line.strip().rstrip(",").strip() for line in sql.splitlines()))


def _check_schema(s: Session, report: VerifyReport) -> bool:
    """The schema, triggers included, is exactly what the migrations build for the register's
    revision. A register of an earlier revision (a backup from before an upgrade) is checked
    against that revision's schema; it is upgraded when it is next opened for writing. True
    when the register has this build's schema."""
    from app.models import migrate

    version = s.execute(text("SELECT version_num FROM alembic_version")).scalar()
    head = migrate.head_revision()
    if version != head and version not in migrate.known_revisions():
        report.find(f"表结构版本为 {version}，不是本程序所知的版本（当前版本 {head}）")
        return False
    is_head = version == head
    head, expected = expected_schema("head" if is_head else str(version))
    which = f"当前版本（{head}）" if is_head else f"版本 {head}"
    actual = _schema_of(s)
    before = len(report.findings)
    if version != migrate.head_revision():
        report.lines.append(f"表结构版本：{version}（较早版本，以读写方式打开时将升级到 "
                            f"{migrate.head_revision()}）")
    for kind, name in sorted(expected.keys() - actual.keys()):
        report.find(f"表结构与{which}不符：缺少{KIND_LABELS.get(kind, kind)} {name}")
    for kind, name in sorted(actual.keys() - expected.keys()):
        report.find(f"表结构与{which}不符：多出{KIND_LABELS.get(kind, kind)} {name}")
    for key in sorted(expected.keys() & actual.keys()):
        if _normal(expected[key]) != _normal(actual[key]):
            kind, name = key
            report.find(f"表结构与{which}不符：{KIND_LABELS.get(kind, kind)} "
                        f"{name} 的定义被改动")
    if len(report.findings) == before:
        report.lines.append(f"表结构与只追加触发器：与{which}一致")
    return is_head


# -- the checkpoints --------------------------------------------------------------------------
def _check_checkpoints(s: Session, register: Register, report: VerifyReport,
                       paper_code: str | None = None) -> None:
    register_id = register.workstation.register_id
    keyfile = register.keyfile
    signers = {r.username: r.public_key for r in s.scalars(select(TrailSigner))}
    before = len(report.findings)
    proven = register.signer
    if proven is not None and proven.problem:
        report.find(proven.problem)
    keys = dict(signers)
    if proven is not None and proven.public_key and not proven.problem:
        if signers.get(proven.username) != proven.public_key:
            report.find(f"登记簿中账户 {proven.username} 的签名公钥与其口令保护的密钥槽不符"
                        "（被替换）")
        keys[proven.username] = proven.public_key
    for username, public in signers.items():
        in_file = keyfile.signing_public_key(username)
        if in_file is not None and in_file != public:
            report.find(f"账户 {username} 的签名公钥在登记簿与密钥文件中不一致（被替换）")

    rows = [anchor.Checkpoint.of(r) for r in
            s.scalars(select(TrailCheckpoint).order_by(TrailCheckpoint.id))]
    valid: dict[int, anchor.Checkpoint] = {}
    expected_seq = 1
    for cp in rows:
        if cp.seq != expected_seq:
            report.find(f"检查点第 {expected_seq}–{cp.seq - 1} 号缺失（被删除）")
        expected_seq = cp.seq + 1
        signer_key = keys.get(cp.signer)
        if signer_key is None:
            report.find(f"检查点第 {cp.seq} 号的签署人 {cp.signer} 没有登记的签名公钥")
        elif not anchor.signature_valid(register_id, cp, signer_key):
            report.find(f"检查点第 {cp.seq} 号的签名无效（被伪造或改动）")
        else:
            valid[cp.seq] = cp
    in_table = {cp.seq: cp for cp in rows}
    for cp in anchor.keyfile_copies(keyfile):
        copy_key = keys.get(cp.signer)
        if copy_key is None or not anchor.signature_valid(register_id, cp, copy_key):
            continue  # a copy that does not verify proves nothing either way
        if cp.seq not in in_table:
            report.find(f"检查点第 {cp.seq} 号仍在密钥文件中，但已从登记簿中删除")
            valid[cp.seq] = cp
        elif in_table[cp.seq] != cp:
            report.find(f"检查点第 {cp.seq} 号在登记簿与密钥文件中不一致")

    if paper_code:
        _check_paper_code(paper_code, valid, report)
    if not valid:
        if signers or rows:
            report.find("已有签名账户，但登记簿中没有任何有效的检查点（检查点被删除或伪造）")
        else:
            _no_signer_yet(s, report)
        return

    n = audit.entry_count(s)
    wanted = sorted({cp.entry_count for cp in valid.values()})
    heads: dict[int, str] = {r.id: r.hash for r in s.execute(
        select(AuditEntry.id, AuditEntry.hash).where(AuditEntry.id.in_(wanted)))}
    for cp in sorted(valid.values(), key=lambda c: c.seq):
        when = f"{cp.at[:16].replace('T', ' ')}，{cp.signer} 签署"
        if n < cp.entry_count:
            report.find(f"审计记录被截断：第 {cp.seq} 号检查点（{when}）时共 {cp.entry_count} 条，"
                        f"现仅 {n} 条")
        elif heads.get(cp.entry_count) != cp.head_hash:
            report.find(f"审计记录在第 {cp.seq} 号检查点（{when}）之前被改写：第 {cp.entry_count} "
                        "条的链值与检查点签名的不符")
    if len(report.findings) == before:
        last = valid[max(valid)]
        report.lines.append(
            f"检查点校验：通过（最新为第 {last.seq} 号，{last.at[:16].replace('T', ' ')}，"
            f"{last.signer} 签署，覆盖前 {last.entry_count} 条，检查点码 {last.code}；"
            f"其后 {max(0, n - last.entry_count)} 条尚无签名）")
        if proven is None or proven.public_key is None:
            report.lines.append("（签名公钥取自登记簿和密钥文件，未经签名账户的口令核对；"
                                "以 --user auditor 运行校验可核对）")


def _check_paper_code(code: str, valid: dict[int, anchor.Checkpoint],
                      report: VerifyReport) -> None:
    wanted = "".join(c for c in code.upper() if c.isalnum())
    for cp in valid.values():
        if cp.code.replace("-", "") == wanted:
            report.lines.append(f"纸面检查点码 {cp.code}：即第 {cp.seq} 号检查点（覆盖前 "
                                f"{cp.entry_count} 条），见下方核对结果")
            return
    report.find(f"纸面检查点码 {code.strip()} 不在本登记簿的有效检查点中（检查点被删除或伪造，"
                "或登记簿、密钥文件被旧文件替换）")


def _no_signer_yet(s: Session, report: VerifyReport) -> None:
    from app.models.enums import Role

    waiting = list(s.scalars(select(Account.username).where(
        Account.role.in_([r.value for r in anchor.SIGNER_ROLES]), Account.active.is_(True))))
    if waiting:
        report.lines.append(
            "检查点：尚无签名检查点（" + "、".join(waiting) + " 尚未登录过；审计员或系统管理员"
            "登录一次即签署第一个检查点）")
    else:
        report.lines.append(
            f"检查点：本登记簿还没有{Role.AUDITOR.label}或{Role.ADMIN.label}账户，审计记录只受"
            "HMAC 链保护，持有任一账户口令者可改写；请新增审计员账户（设置 → 账户）并以其登录")
