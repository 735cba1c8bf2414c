"""The audit trail: every change, in the same transaction as the change.

Each entry records who, when, what, and the state before and after. Entries are chained:
``hash = HMAC-SHA256(audit_key, canonical(entry fields + prev_hash))`` with a key derived
from the register's data key, and the database refuses UPDATE and DELETE on the table.
:func:`verify_chain` finds the first entry that was edited, removed or reordered.
"""

from __future__ import annotations

import datetime as dt
import hmac
import json
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from app.errors import AuditChainBroken
from app.models.db import insert_rows
from app.models.foundation import AuditEntry

GENESIS = "0" * 64
AUDIT_KEY_INFO = b"mibu audit chain v1"
SESSION_KEY = "mibu.audit_key"


#: What each action is called in the auditor's language. Each area adds its own with
#: :func:`describe_actions`; an unknown action shows its code.
ACTION_LABELS: dict[str, str] = {
    "register.create": "建立登记簿",
    "register.upgrade": "升级登记簿",
    "account.create": "新增账户",
    "account.passphrase": "修改口令",
    "account.unlock": "解除账户锁定",
    "account.active": "停用/启用账户",
    "session.unlock": "解锁登录",
    "session.lock": "锁定",
    "settings.idle_lock": "修改锁屏时间",
    "settings.label_stock": "修改标签纸规格",
    "register.backup": "备份登记簿",
    "register.restore": "从备份恢复登记簿",
    # the document register
    "document.receive": "收文登记",
    "document.import": "导入收文",
    "document.add_copies": "补登份号",
    "document.register_outgoing": "发文登记",
    "document.change": "变更密级或期限",
    "document.declassify": "确认解密",
    "document.correct": "更正文件登记",
    "dispatch.send": "发文封发",
    "copy.dispatch": "载体发出",
    "person.add": "登记涉密人员",
    "person.update": "修改人员信息",
    "person.correct": "更正人员信息",
    "organisation.add": "登记单位",
    "organisation.rename": "单位更名",
    "organisation.merge": "合并单位",
    "ledger.import_documents": "导入收文台帐",
    "ledger.import_people": "导入人员台帐",
    "ledger.export_documents": "导出收文台帐",
    "ledger.export_people": "导出人员台帐",
    # removable media and the USB guard
    "media.register": "登记介质",
    "media.issue": "介质发放",
    "media.return": "介质归还",
    "media.carry_out": "介质携带外出",
    "media.bring_back": "介质外出带回",
    "media.inventory": "介质清查",
    "media.repair": "介质送修",
    "media.repaired": "介质修复",
    "media.destroy": "介质销毁",
    "media.lost": "介质丢失",
    "media.raise_level": "提高介质密级",
    "media.copy": "介质复制",
    "media.request_approval": "申请介质审批",
    "media.import": "导入介质台帐",
    "media.export": "导出介质台帐",
    "incident.open": "泄密事件立案",
    "incident.reported": "泄密事件已上报",
    "device.allow": "USB 设备放行",
    "device.refuse": "USB 设备禁止",
    "device.tampered": "USB 设备被擅自放行",
    "usbguard.rules": "更新 USBGuard 规则",
    "usbguard.rules_failed": "USBGuard 规则更新失败",
    "usb.input_lock.on": "锁定输入设备",
    "usb.input_lock.off": "解除输入设备锁定",
    "usb.input_lock.confirm": "确认输入设备",
    # the inspector's view
    "inspection.export": "导出检查清单",
    # printing
    "print.issue": "打印",
    "print.output": "打印输出",
}


def describe_actions(labels: Mapping[str, str]) -> None:
    ACTION_LABELS.update(labels)


def action_label(action: str) -> str:
    return ACTION_LABELS.get(action, action)


def now_iso() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="microseconds")


def _canonical(value: Any) -> str | None:
    if value is None:
        return None
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=str)


#: ``json.dumps(fields, ensure_ascii=False, separators=(",", ":"))`` without building an
#: encoder per call (verifying the 100,000-entry trail hashes every entry).
_encode = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def _digest(key: bytes, fields: list[Any]) -> str:
    return hmac.digest(key, _encode(fields).encode("utf-8"), "sha256").hex()


#: The fields the hash covers, in order.
CHAINED = ("id", "at", "actor", "action", "entity", "entity_id", "before", "after", "prev_hash")
_ENTITY, _ENTITY_ID, _AFTER = (CHAINED.index(name) for name in ("entity", "entity_id", "after"))


def _fields(e: AuditEntry) -> list[Any]:
    return [getattr(e, name) for name in CHAINED]


def _last(session: Session) -> tuple[int, str]:
    """The id and hash of the newest entry (0 and the genesis hash for an empty trail)."""
    last = session.execute(
        select(AuditEntry.id, AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)
    ).first()
    return (last.id, last.hash) if last else (0, GENESIS)


#: session.info key: the entity types audited in this transaction (``Register.write`` tells
#: its commit listeners, e.g. the USBGuard rules follow every change of ``medium``).
AUDITED_ENTITIES = "mibu.audited_entities"


def entry_count(session: Session) -> int:
    """How many entries the trail has (they are numbered 1..n)."""
    return _last(session)[0]


def record(
    session: Session,
    actor: str,
    action: str,
    entity: str,
    entity_id: object,
    *,
    before: Mapping[str, Any] | None = None,
    after: Mapping[str, Any] | None = None,
) -> AuditEntry:
    """Append one entry inside the caller's transaction (opened by ``Register.write``)."""
    key: bytes = session.info[SESSION_KEY]
    last_id, last_hash = _last(session)
    entry = AuditEntry(
        id=last_id + 1,
        at=now_iso(),
        actor=actor,
        action=action,
        entity=entity,
        entity_id=str(entity_id),
        before=_canonical(before),
        after=_canonical(after),
        prev_hash=last_hash,
    )
    entry.hash = _digest(key, _fields(entry))
    session.add(entry)
    session.flush()
    session.info.setdefault(AUDITED_ENTITIES, set()).add(entity)
    return entry


@dataclass(frozen=True)
class Change:
    """One entry for :func:`record_many`: what :func:`record` takes besides the actor."""

    action: str
    entity: str
    entity_id: object
    before: Mapping[str, Any] | None = None
    after: Mapping[str, Any] | None = None


def record_many(session: Session, actor: str, changes: Sequence[Change]) -> None:
    """Append entries in order inside the caller's transaction, in one INSERT.

    For a bulk write (a ledger import): the chain is exactly the one :func:`record` would
    build entry by entry, each with its own time.
    """
    if not changes:
        return
    key: bytes = session.info[SESSION_KEY]
    session.info.setdefault(AUDITED_ENTITIES, set()).update(c.entity for c in changes)
    session.flush()  # entries added through record() come first
    last_id, prev = _last(session)
    rows: list[dict[str, Any]] = []
    for n, c in enumerate(changes, start=last_id + 1):
        row: dict[str, Any] = {
            "id": n, "at": now_iso(), "actor": actor, "action": c.action, "entity": c.entity,
            "entity_id": str(c.entity_id), "before": _canonical(c.before),
            "after": _canonical(c.after), "prev_hash": prev,
        }
        row["hash"] = prev = _digest(key, [row[name] for name in CHAINED])
        rows.append(row)
    insert_rows(session, AuditEntry, rows)


def verify_chain(session: Session, key: bytes,
                 visit: Callable[[str, str, str | None], None] | None = None) -> int:
    """Check every entry in order; return how many were checked or raise at the first bad one.

    ``visit(entity, entity_id, after)`` is called with each entry once it is checked (the
    replay folds the trail in the same pass: app/services/verification.py)."""
    expected_id = 1
    prev = GENESIS
    # Plain rows through the driver's cursor: building an ORM object per entry cost more
    # than the HMAC itself (the 100,000-entry trail of ``verify_s_100k``).
    cursor = session.connection().connection.dbapi_connection.cursor()  # type: ignore[union-attr]
    try:
        cursor.execute(
            f"SELECT {', '.join(CHAINED)}, hash FROM audit_entry ORDER BY id"  # noqa: S608
        )
        while rows := cursor.fetchmany(2000):
            for row in rows:
                entry_id, prev_hash, stored = row[0], row[-2], row[-1]
                if entry_id != expected_id:
                    raise AuditChainBroken(
                        f"审计记录断链：缺少第 {expected_id} 条（下一条为第 {entry_id} 条）",
                        entry_id=expected_id,
                    )
                if prev_hash != prev:
                    raise AuditChainBroken(
                        f"审计记录第 {entry_id} 条与前一条不衔接（被删除、插入或调换顺序）",
                        entry_id=entry_id,
                    )
                if not hmac.compare_digest(_digest(key, list(row[:-1])), stored or ""):
                    raise AuditChainBroken(f"审计记录第 {entry_id} 条的内容被改动过",
                                           entry_id=entry_id)
                prev = stored
                expected_id += 1
                if visit is not None:
                    visit(row[_ENTITY], row[_ENTITY_ID], row[_AFTER])
    finally:
        cursor.close()
    return expected_id - 1


@dataclass(frozen=True)
class AuditLine:
    """One entry as the auditor reads it."""

    id: int
    at: str
    actor: str
    action: str
    entity: str
    entity_id: str
    before: dict[str, Any] | None
    after: dict[str, Any] | None

    @classmethod
    def of(cls, e: AuditEntry) -> AuditLine:
        return cls(
            id=e.id,
            at=e.at,
            actor=e.actor,
            action=e.action,
            entity=e.entity,
            entity_id=e.entity_id,
            before=json.loads(e.before) if e.before else None,
            after=json.loads(e.after) if e.after else None,
        )


@dataclass(frozen=True)
class AuditFilter:
    actor: str | None = None
    action_prefix: str | None = None
    entity: str | None = None
    entity_id: str | None = None
    since: str | None = None  # ISO date or datetime, inclusive
    until: str | None = None  # ISO date or datetime, exclusive
    text: str | None = None  # substring of before/after


def _filtered(stmt: Select[Any], f: AuditFilter) -> Select[Any]:
    if f.actor:
        stmt = stmt.where(AuditEntry.actor == f.actor)
    if f.action_prefix:
        stmt = stmt.where(AuditEntry.action.startswith(f.action_prefix, autoescape=True))
    if f.entity:
        stmt = stmt.where(AuditEntry.entity == f.entity)
    if f.entity_id:
        stmt = stmt.where(AuditEntry.entity_id == f.entity_id)
    if f.since:
        stmt = stmt.where(AuditEntry.at >= f.since)
    if f.until:
        stmt = stmt.where(AuditEntry.at < f.until)
    if f.text:
        needle = f.text
        stmt = stmt.where(
            AuditEntry.after.contains(needle, autoescape=True)
            | AuditEntry.before.contains(needle, autoescape=True)
        )
    return stmt


def count(session: Session, f: AuditFilter | None = None) -> int:
    stmt = _filtered(select(func.count(AuditEntry.id)), f or AuditFilter())
    return int(session.execute(stmt).scalar_one())


def page(
    session: Session, f: AuditFilter | None = None, *, offset: int = 0, limit: int = 200
) -> list[AuditLine]:
    """Newest first, one page at a time (the audit screen fetches lazily)."""
    stmt = _filtered(select(AuditEntry), f or AuditFilter())
    stmt = stmt.order_by(AuditEntry.id.desc()).offset(offset).limit(limit)
    return [AuditLine.of(e) for e in session.execute(stmt).scalars()]


def history(session: Session, entity: str, entity_id: object) -> Iterator[AuditLine]:
    """Every entry about one thing, oldest first (an item's history)."""
    stmt = (
        select(AuditEntry)
        .where(AuditEntry.entity == entity, AuditEntry.entity_id == str(entity_id))
        .order_by(AuditEntry.id)
    )
    for e in session.execute(stmt).scalars():
        yield AuditLine.of(e)
