"""The readable trail: the audit entries in the words of the people who read them.

A presentation layer over :mod:`app.services.audit` (after Django admin's
``LogEntry.get_change_message``): the stored entries and their HMAC chain are untouched.
Every action has a Chinese name (``audit.ACTION_LABELS``) and a category (:data:`CATEGORY`);
every object is named as people call it (收文编号 and 份号, the medium's number, a person's
name and department, the print serial); before and after become one line per field,
``字段：旧值 → 新值``, with ids resolved to names.

:func:`readable` renders a page of entries with one query per kind of object named in it;
:class:`TrailFilter` finds entries by category, person, item, period and text, in SQL.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, false, func, or_, select
from sqlalchemy.orm import Session

from app.models.documents import (
    Approval,
    ApprovalKind,
    Copy,
    Dispatch,
    DispatchItem,
    Document,
)
from app.models.enums import Level, Role
from app.models.foundation import Account, AuditEntry
from app.models.lifecycle import (
    CarryOut,
    CirculationReading,
    CopyRecord,
    Destruction,
    DestructionItem,
    IssuerReturn,
    IssuerReturnItem,
    Loan,
    Stocktake,
)
from app.models.media import Incident, Medium
from app.models.people import Organisation, Person
from app.services import audit
from app.services.audit import AuditLine
from app.services.register import Actor, Register, require_role

# -- the categories --------------------------------------------------------------------------
CATEGORIES = ("收发", "传阅", "借阅", "复制", "外出", "清退", "销毁", "介质", "USB", "打印",
              "账户", "登记簿")

#: The category of every action. An approval's category is that of its kind (借阅, 复制 ...):
#: see :data:`APPROVAL_CATEGORY`.
CATEGORY: dict[str, str] = {
    # 登记簿: the register itself, its settings, people and senders
    "register.create": "登记簿", "register.backup": "登记簿", "register.restore": "登记簿",
    "settings.idle_lock": "账户", "settings.label_stock": "打印",
    "settings.lifecycle_limits": "登记簿",
    "document.change": "登记簿", "document.declassify": "登记簿", "copy.declassify": "登记簿",
    "copy.archive": "登记簿", "document.scope_widen": "传阅",
    "copy.lose": "登记簿", "copy.recover": "登记簿",
    "person.add": "登记簿", "person.update": "登记簿", "person.depart": "清退",
    "document.correct": "登记簿", "person.correct": "登记簿",
    "organisation.add": "登记簿", "inspection.export": "登记簿",
    "ledger.import_people": "登记簿", "ledger.export_people": "登记簿",
    # 收发
    "document.receive": "收发", "document.import": "收发", "document.add_copies": "收发",
    "document.register_outgoing": "收发", "dispatch.send": "收发", "copy.dispatch": "收发",
    "ledger.import_documents": "收发", "ledger.export_documents": "收发",
    # 传阅
    "copy.hand_out": "传阅", "copy.take_back": "传阅", "circulation.finish": "传阅",
    # 借阅
    "copy.lend": "借阅", "copy.return_loan": "借阅", "copy.renew": "借阅",
    # 复制
    "copy.copy": "复制", "copy.excerpt": "复制", "copy.create": "复制",
    "copy_record.cleared": "复制",
    # 外出
    "copy.carry_out": "外出", "copy.bring_back": "外出",
    # 清退
    "copy.return_to_issuer": "清退", "issuer_return.create": "清退", "stocktake.record": "清退",
    # 销毁
    "copy.destroy": "销毁", "destruction.create": "销毁",
    # 介质
    "media.register": "介质", "media.issue": "介质", "media.return": "介质",
    "media.carry_out": "介质", "media.bring_back": "介质", "media.inventory": "介质",
    "media.repair": "介质", "media.repaired": "介质", "media.destroy": "介质",
    "media.lost": "介质", "media.raise_level": "介质", "media.import": "介质",
    "media.copy": "介质", "media.request_approval": "介质",
    "media.export": "介质", "incident.open": "介质", "incident.reported": "介质",
    # USB (device.tampered, usbguard.* and usb.input_lock.* come with the USBGuard work)
    "device.allow": "USB", "device.refuse": "USB", "device.tampered": "USB",
    "usbguard.rules": "USB", "usbguard.rules_failed": "USB",
    "usb.input_lock.on": "USB", "usb.input_lock.off": "USB", "usb.input_lock.confirm": "USB",
    # 打印
    "print.issue": "打印", "print.output": "打印", "print.result": "打印",
    # 账户
    "account.create": "账户", "account.passphrase": "账户", "account.unlock": "账户",
    "account.active": "账户", "session.unlock": "账户", "session.lock": "账户",
    "session.failed": "账户", "trail.signer": "账户", "trail.checkpoint": "登记簿",
    "trail.key_problem": "登记簿", "register.upgrade": "登记簿",
    "organisation.rename": "登记簿", "organisation.merge": "登记簿",
}

#: The approval actions: their category is the approval's kind.
APPROVAL_ACTIONS = ("approval.request", "approval.approve", "approval.paper", "approval.refuse",
                    "approval.withdraw", "approval.use")
APPROVAL_CATEGORY: dict[ApprovalKind, str] = {
    ApprovalKind.LEVEL_CHANGE: "登记簿", ApprovalKind.PERIOD_CHANGE: "登记簿",
    ApprovalKind.LOAN: "借阅", ApprovalKind.COPY: "复制", ApprovalKind.EXCERPT: "复制",
    ApprovalKind.CARRY_OUT: "外出", ApprovalKind.SCOPE: "传阅",
    ApprovalKind.DESTRUCTION: "销毁",
}


def category_of(action: str, after: dict[str, Any] | None = None, entity: str = "approval"
                ) -> str:
    """An approval's entries are in the category of its kind; the note on the document that
    an approval was asked for is the document's own (登记簿)."""
    if action in APPROVAL_ACTIONS and entity == "approval":
        kind = (after or {}).get("种类")
        for k, cat in APPROVAL_CATEGORY.items():
            if k.label == kind:
                return cat
        return "登记簿"
    return CATEGORY.get(action, "登记簿")


# -- field names and values ------------------------------------------------------------------
#: Fields stored under English keys, in Chinese.
FIELD_NAMES: dict[str, str] = {
    # media
    "number": "编号", "kind": "种类", "brand_model": "品牌型号", "vendor_id": "厂商号",
    "product_id": "产品号", "serial": "序列号", "capacity": "容量", "level": "密级",
    "highest_level": "曾存储最高密级", "holder": "责任人", "status": "状态",
    "bought_on": "购置日期", "last_inventory_on": "上次清查", "person": "人员",
    "approval_ref": "审批单号", "place": "地点", "note": "备注",
    # accounts and the register
    "username": "用户名", "display_name": "姓名", "role": "角色", "active": "启用",
    "one_time_code": "一次性口令", "unit_name": "单位", "workstation_name": "计算机名称",
    "register_id": "登记簿标识", "created_at": "建立时间", "idle_lock_seconds": "锁屏时间（秒）",
    "seconds": "锁屏时间（秒）", "backup": "备份位置", "pages": "页数", "count": "数量",
    # a loss
    "medium": "介质", "report_due_at": "应报告时间", "description": "经过",
    "reported_at": "报告时间", "reported_to": "报告对象",
    # printing
    "title": "内容", "subject": "对象", "slip_id": "短码", "ref": "登记记录",
    "copies": "份数", "printer": "打印机或介质", "added": "本次份数",
    # USB decisions
    "verdict": "结论", "message": "原因", "reason": "原因代码", "error": "故障",
    # an approval's details
    "authority": "审批权限", "until": "截止日期", "used_for": "用于",
    "medium_number": "介质",
    # the USBGuard rules and the input-device lock (from the USBGuard work)
    "on": "输入设备锁定", "devices": "允许的输入设备", "sha256": "规则散列值",
    "rules": "规则条数", "removed": "删除条数", "appended": "新增条数",
    "confirmed": "确认的输入设备", "incident": "事件编号", "moved_aside": "移到一旁的原文件",
    # the program's version (the register's creation and upgrades)
    "app_version": "程序版本", "version": "程序版本", "schema": "表结构版本",
}

#: Technical fields nobody reads (kept in the stored entry, checked by the chain).
HIDDEN = frozenset({
    "sys_name", "descriptor_hash", "interfaces", "decided_at", "written", "authorized",
    "reason", "register_id", "slip_id", "medium_id",
})

ENUM_WORDS: dict[str, dict[str, str]] = {
    "verdict": {"allow": "放行", "refuse": "禁止"},
    "authority": {"leader": "本单位主管领导", "originating": "原定密机关"},
    "审批权限": {"leader": "本单位主管领导", "originating": "原定密机关"},
    "kind": {"loss": "丢失"},
}

#: Fields whose value is the id of something, by the kind of thing.
ID_FIELDS: dict[str, str] = {
    "人员": "person", "文件": "document", "持有人": "person", "审批": "approval",
    "审批单": "approval", "载体": "copy", "传阅": "circulation", "借阅": "loan",
    "携带外出": "carry_out", "销毁": "destruction", "清退": "issuer_return",
    "复印登记": "copy_record",
}
#: Chinese keys shown under another name.
FIELD_RENAMES = {"销毁": "销毁登记", "清退": "清退登记"}
#: An approval's details said again in words (新密级, 新保密期限) or as 用于.
DETAIL_HIDDEN = frozenset({"used_for", "level", "period_kind", "period_years", "period_until"})
#: An approval's details, as fields of their own.
DETAIL_KEYS = {"copies": "载体", "count": "份数", "until": "截止日期", "authority": "审批权限"}
#: A copy's entry names the reading, loan or carry-out record it opened: its fields already
#: say everything the record does.
RECORD_FIELDS = frozenset({"传阅", "借阅", "携带外出"})
_COPY_REF = re.compile(r"载体(\d+)")
_ISO_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")

NONE_WORD = "无"


# -- names of things ---------------------------------------------------------------------------
@dataclass
class Names:
    """What people call the things a page of entries names, fetched one query per kind.

    Records (a loan, an approval ...) are named by the copies, people and documents they
    concern: they are read first, then every copy, person, document and medium at once.
    """

    s: Session
    _known: dict[tuple[str, str], str] = field(default_factory=dict)
    _levels: dict[tuple[str, str], int] = field(default_factory=dict)
    _accounts: dict[str, str] = field(default_factory=dict)

    def load(self, wanted: dict[str, set[str]]) -> None:
        wanted = {k: set(v) for k, v in wanted.items()}

        def ids(kind: str) -> list[int]:
            return sorted({int(i) for i in wanted.get(kind, ()) if i.isdigit()
                           and (kind, i) not in self._known})

        def need(kind: str, values: Iterable[object]) -> None:
            wanted.setdefault(kind, set()).update(str(v) for v in values if v is not None)

        s = self.s
        readings = s.execute(select(CirculationReading.circulation_id, CirculationReading.copy_id)
                             .where(CirculationReading.circulation_id.in_(ids("circulation")))
                             ).all() if ids("circulation") else []
        loans = s.execute(select(Loan.id, Loan.copy_id, Loan.borrower_id)
                          .where(Loan.id.in_(ids("loan")))).all() if ids("loan") else []
        carries = s.execute(select(CarryOut.id, CarryOut.copy_id, CarryOut.destination)
                            .where(CarryOut.id.in_(ids("carry_out")))
                            ).all() if ids("carry_out") else []
        records = s.execute(select(CopyRecord.id, CopyRecord.kind, CopyRecord.source_copy_id,
                                   CopyRecord.copied_on, CopyRecord.count, CopyRecord.level)
                            .where(CopyRecord.id.in_(ids("copy_record")))
                            ).all() if ids("copy_record") else []
        approvals = s.execute(select(Approval.id, Approval.kind, Approval.reference,
                                     Approval.person_id, Approval.document_id,
                                     Approval.approver_name, Approval.details)
                              .where(Approval.id.in_(ids("approval")))
                              ).all() if ids("approval") else []
        incidents = s.execute(select(Incident.id, Incident.medium_id, Incident.copy_id,
                                     Incident.kind)
                              .where(Incident.id.in_(ids("incident")))
                              ).all() if ids("incident") else []
        need("copy", [r.copy_id for r in readings] + [r.copy_id for r in loans]
             + [r.copy_id for r in carries] + [r.source_copy_id for r in records]
             + [r.copy_id for r in incidents if r.copy_id])
        need("person", [r.borrower_id for r in loans] + [a.person_id for a in approvals])
        need("document", [a.document_id for a in approvals])
        need("medium", [r.medium_id for r in incidents])
        self._load_things(ids)
        for r in readings:
            self._put("circulation", r.circulation_id, f"{self.name('copy', r.copy_id)} 的传阅")
        for ln in loans:
            self._put("loan", ln.id,
                      f"{self.name('person', ln.borrower_id)}借阅{self.name('copy', ln.copy_id)}")
        for co in carries:
            self._put("carry_out", co.id,
                      f"{self.name('copy', co.copy_id)} 携带外出至{co.destination}")
        for rec in records:
            word = "摘抄" if rec.kind == "excerpt" else "复制"
            self._put("copy_record", rec.id, f"{rec.copied_on.isoformat()} {word}"
                      f"{self.name('copy', rec.source_copy_id)} {rec.count} 份", rec.level)
        for a in approvals:
            parts = [ApprovalKind(a.kind).label + "审批"]
            if a.reference:
                parts.append(a.reference)
            if a.person_id:
                parts.append(self.name("person", a.person_id).split("（")[0])
            if a.document_id:
                parts.append(self.name("document", a.document_id))
            medium = _approval_medium(a.details)
            if medium:
                parts.append(f"介质 {medium}")
            if a.approver_name:
                parts.append(f"{a.approver_name}批准")
            self._put("approval", a.id, parts[0] + (
                "（" + "，".join(parts[1:]) + "）" if parts[1:] else ""),
                self._levels.get(("document", str(a.document_id))))
        for inc in incidents:
            if inc.medium_id:
                what = f"{self.name('medium', inc.medium_id)} 丢失事件"
            elif inc.copy_id:
                what = f"{self.name('copy', inc.copy_id)} 丢失事件"
            elif inc.kind == "usb_manual":
                what = "USB 设备被擅自放行事件"
            else:
                what = "泄密事件"
            self._put("incident", inc.id, what)

    def _load_things(self, ids: Callable[[str], list[int]]) -> None:
        from app.services.lifecycle.common import reproduction_mark

        s = self.s
        if wanted := ids("copy"):
            for c in s.execute(select(Copy.id, Copy.kind, Copy.copy_no, Copy.code, Copy.remarks,
                                      Copy.reproduction_no, Document.internal_no, Document.level)
                               .join(Document, Copy.document_id == Document.id)
                               .where(Copy.id.in_(wanted))):
                if c.kind != "original":
                    label = f"{c.internal_no} {reproduction_mark(c)}"  # type: ignore[arg-type]
                elif c.copy_no:
                    label = f"{c.internal_no} 第{c.copy_no}份"
                else:
                    label = f"{c.internal_no}（{c.code}）"
                self._put("copy", c.id, label, c.level)
        if wanted := ids("document"):
            for d in s.execute(select(Document.id, Document.internal_no, Document.level)
                               .where(Document.id.in_(wanted))):
                self._put("document", d.id, d.internal_no, d.level)
        if wanted := ids("person"):
            for p in s.execute(select(Person.id, Person.name, Person.department)
                               .where(Person.id.in_(wanted))):
                self._put("person", p.id, f"{p.name}（{p.department}）" if p.department
                          else p.name)
        if wanted := ids("medium"):
            for m in s.execute(select(Medium.id, Medium.number, Medium.highest_level)
                               .where(Medium.id.in_(wanted))):
                self._put("medium", m.id, f"介质 {m.number}", m.highest_level)
        if wanted := ids("account"):
            for a in s.execute(select(Account.id, Account.display_name, Account.username)
                               .where(Account.id.in_(wanted))):
                self._put("account", a.id, f"账户 {a.display_name}（{a.username}）")
        if wanted := ids("organisation"):
            for o in s.execute(select(Organisation.id, Organisation.name)
                               .where(Organisation.id.in_(wanted))):
                self._put("organisation", o.id, o.name)
        if wanted := ids("destruction"):
            for r in s.execute(select(Destruction.id, Destruction.destroyed_on,
                                      Destruction.place).where(Destruction.id.in_(wanted))):
                self._put("destruction", r.id, f"{r.destroyed_on.isoformat()} 于{r.place}")
        if wanted := ids("issuer_return"):
            for ret in s.execute(select(IssuerReturn.id, IssuerReturn.returned_on,
                                        IssuerReturn.received_by)
                                 .where(IssuerReturn.id.in_(wanted))):
                self._put("issuer_return", ret.id,
                          f"{ret.returned_on.isoformat()} 交{ret.received_by}")
        if wanted := ids("dispatch"):
            for env in s.execute(select(Dispatch.id, Dispatch.dispatch_no,
                                        Dispatch.envelope_level)
                                 .where(Dispatch.id.in_(wanted))):
                self._put("dispatch", env.id, f"封号 {env.dispatch_no}", env.envelope_level)
        if wanted := ids("stocktake"):
            for st in s.execute(select(Stocktake.id, Stocktake.done_on)
                                .where(Stocktake.id.in_(wanted))):
                self._put("stocktake", st.id, f"{st.done_on.isoformat()} 清点")

    def _put(self, kind: str, key: object, name: str, level: int | None = None) -> None:
        self._known[(kind, str(key))] = name
        if level is not None:
            self._levels[(kind, str(key))] = level

    def accounts(self, usernames: Iterable[str]) -> None:
        new = [u for u in usernames if u not in self._accounts]
        if new:
            for a in self.s.scalars(select(Account).where(Account.username.in_(new))):
                self._accounts[a.username] = a.display_name

    # lookups -----------------------------------------------------------------------------
    def name(self, kind: str, key: object) -> str:
        found = self._known.get((kind, str(key)))
        if found is not None:
            return found
        if kind == "organisation":  # a unit typed two ways, merged into the other
            return "（已并入另一单位的单位）"
        return f"（已不存在的{KIND_WORDS.get(kind, '记录')}）"

    def level(self, kind: str, key: object) -> int | None:
        return self._levels.get((kind, str(key)))

    def actor(self, username: str) -> str:
        if username == "guard":
            return "USB 防护"
        name = self._accounts.get(username)
        return f"{name}（{username}）" if name else username


KIND_WORDS = {
    "copy": "载体", "document": "文件", "person": "人员", "medium": "介质", "approval": "审批",
    "account": "账户", "organisation": "单位", "circulation": "传阅", "loan": "借阅",
    "carry_out": "携带外出", "destruction": "销毁登记", "issuer_return": "清退登记",
    "copy_record": "复印登记", "dispatch": "封发", "stocktake": "清点", "incident": "事件",
}


# -- one entry, readable -----------------------------------------------------------------------
@dataclass(frozen=True)
class TrailLine:
    """One audit entry as a person reads it."""

    id: int
    at: str  # local time, 2026-03-11 09:30
    actor: str  # 张保密（clerk）
    action: str  # the stored action code (for links; never shown)
    label: str  # 借出
    category: str  # 借阅
    subject: str  # 2026-收-0004 第2份
    changes: tuple[str, ...]  # 状态：在库 → 借出
    level: int | None  # the highest level the entry mentions (for marking a printout)
    entity: str
    entity_id: str

    @property
    def text(self) -> str:
        """Everything the screen shows, for search and export."""
        return " ".join((self.at, self.actor, self.category, self.label, self.subject,
                         *self.changes))


def local_time(iso: str | None) -> str:
    """``2026-03-11 09:30`` in the workstation's time zone."""
    if not iso:
        return NONE_WORD
    try:
        moment = dt.datetime.fromisoformat(iso)
    except ValueError:
        return iso
    if moment.tzinfo is not None:
        moment = moment.astimezone(_local_zone())
    return f"{moment:%Y-%m-%d %H:%M}"


@functools.cache
def _local_zone() -> dt.tzinfo | None:
    return dt.datetime.now().astimezone().tzinfo


def _approval_medium(details: str | None) -> str | None:
    """The medium an approval of a removable medium names (its details keep the number)."""
    try:
        number = json.loads(details or "{}").get("medium_number")
    except (ValueError, AttributeError):
        return None
    return number if isinstance(number, str) else None


def _subject_key(line: AuditLine) -> tuple[str, str] | None:
    kind = {"copy": "copy", "document": "document", "person": "person", "medium": "medium",
            "approval": "approval", "account": "account", "organisation": "organisation",
            "dispatch": "dispatch", "destruction": "destruction",
            "issuer_return": "issuer_return", "stocktake": "stocktake",
            "copy_record": "copy_record", "incident": "incident"}.get(line.entity)
    return (kind, line.entity_id) if kind else None


def _refs(line: AuditLine) -> Iterator[tuple[str, str]]:
    key = _subject_key(line)
    if key:
        yield key
    for values in (line.before, line.after):
        for k, v in (values or {}).items():
            kind = ID_FIELDS.get(k)
            if kind == "person" and not isinstance(v, int):
                continue
            if kind:
                for i in v if isinstance(v, list) else [v]:
                    if isinstance(i, int):
                        yield kind, str(i)
            if isinstance(v, dict):
                for i in v.get("copies", []) if isinstance(v.get("copies"), list) else []:
                    yield "copy", str(i)
            if isinstance(v, str) and k == "ref" and (found := _print_ref_key(v)):
                yield found
            if isinstance(v, str) and ":" in v:
                yield from _used_for_refs(v)
            if isinstance(v, str) and "载体" in v:
                for m in _COPY_REF.finditer(v):
                    yield "copy", m.group(1)


def _used_for_refs(text: str) -> Iterator[tuple[str, str]]:
    head, _, tail = text.partition(":")
    if head == "续借" and tail.isdigit():
        yield "loan", tail
    elif head == "知悉范围" and tail.isdigit():
        yield "person", tail
    elif head == "销毁":
        for i in tail.split(","):
            if i.isdigit():
                yield "copy", i


#: A print's ``ref`` (``loan:12``): the form's kind and the record it was filled from.
PRINT_REF_KINDS = {
    "circulation": "circulation", "loan": "loan", "copy": "copy_record",
    "carry_out": "carry_out", "destruction": "destruction", "return": "issuer_return",
    "departure": "person", "incident": "incident",
}


def _print_ref_key(text: str) -> tuple[str, str] | None:
    form, _, key = text.partition(":")
    if key.startswith("approval-") and key[9:].isdigit():
        return "approval", key[9:]
    kind = PRINT_REF_KINDS.get(form)
    return (kind, key) if kind and key.isdigit() else None


def _print_ref(text: str, names: Names) -> str:
    found = _print_ref_key(text)
    if found is not None:
        return names.name(*found)
    _, _, key = text.partition(":")
    start, sep, end = key.partition("~")
    if sep:
        return f"{start} 至 {end}"
    return key or NONE_WORD


def _used_for(text: str, names: Names) -> str:
    head, sep, tail = text.partition(":")
    if not sep:
        return text
    if head == "续借" and tail.isdigit():
        return f"续借（{names.name('loan', tail)}）"
    if head == "知悉范围" and tail.isdigit():
        return f"扩大知悉范围（{names.name('person', tail)}）"
    if head == "销毁":
        return "销毁 " + "、".join(names.name("copy", i) for i in tail.split(",") if i)
    return f"{head} " + _COPY_REF.sub(lambda m: names.name("copy", m.group(1)), tail)


def _value(key: str, value: Any, names: Names) -> str:
    """One stored value in words (ids resolved, enums translated, no JSON)."""
    if value is None or value == "" or value == []:
        return NONE_WORD
    if isinstance(value, bool):
        return "是" if value else "否"
    kind = ID_FIELDS.get(key)
    if kind is not None and (isinstance(value, int) or (
            isinstance(value, list) and all(isinstance(i, int) for i in value))):
        ids = value if isinstance(value, list) else [value]
        return "、".join(names.name(kind, i) for i in ids)
    if key in ENUM_WORDS and isinstance(value, str):
        return ENUM_WORDS[key].get(value, value)
    if isinstance(value, list):
        return "、".join(_value(key + "[]", v, names) for v in value)
    if isinstance(value, dict):
        return "；".join(f"{_field(k)} {_value(k, v, names)}" for k, v in value.items()
                        if k not in HIDDEN)
    if isinstance(value, str):
        if key in ("用于", "used_for"):
            return _used_for(value, names)
        if key == "ref":
            return _print_ref(value, names)
        if len(value) >= 16 and value[10:11] == "T" and _ISO_TIME.match(value):
            return local_time(value)
        if "载体" in value:
            return _COPY_REF.sub(lambda m: names.name("copy", m.group(1)), value)
        return value
    return str(value)


def _field(key: str) -> str:
    return FIELD_NAMES.get(key) or FIELD_RENAMES.get(key, key)


def _flat(values: dict[str, Any] | None) -> dict[str, Any]:
    """An approval's ``内容`` details are fields of their own."""
    out: dict[str, Any] = {}
    for k, v in (values or {}).items():
        if k in HIDDEN:
            continue
        if k == "内容" and isinstance(v, dict):
            for kk, vv in v.items():
                if kk not in HIDDEN and kk not in DETAIL_HIDDEN:
                    out[DETAIL_KEYS.get(kk) or kk] = vv
            continue
        out[k] = v
    return out


def changes(line: AuditLine, names: Names) -> tuple[str, ...]:
    """``字段：旧值 → 新值``, one line per field that changed (all fields of a new record)."""
    before, after = _flat(line.before), _flat(line.after)
    if line.entity == "copy":
        before = {k: v for k, v in before.items() if k not in RECORD_FIELDS}
        after = {k: v for k, v in after.items() if k not in RECORD_FIELDS}
    out: list[str] = []
    if line.before is None:
        for k, v in after.items():
            if v in (None, "", [], {}):
                continue
            out.append(f"{_field(k)}：{_value(k, v, names)}")
        return tuple(out)
    for k in list(after) + [k for k in before if k not in after]:
        old, new = before.get(k), after.get(k)
        if k in before and k in after and old == new:
            continue
        if k not in before:
            if new in (None, "", [], {}):
                continue
            out.append(f"{_field(k)}：{_value(k, new, names)}")
        elif k not in after:  # what it was (a declassified document's 密级 ...)
            out.append(f"原{_field(k)}：{_value(k, old, names)}")
        else:
            out.append(f"{_field(k)}：{_value(k, old, names)} → {_value(k, new, names)}")
    return tuple(out)


def subject(line: AuditLine, names: Names) -> str:
    key = _subject_key(line)
    if key is not None:
        if key[0] in ("destruction", "issuer_return"):
            return f"{KIND_WORDS[key[0]]} {names.name(*key)}"
        return names.name(*key)
    after = line.after or {}
    if line.entity == "print_job":
        return f"打印编号 {line.entity_id}"
    if line.entity == "device":
        vid, _, rest = line.entity_id.partition(":")
        pid, _, serial = rest.partition(":")
        medium = after.get("medium")
        device = f"USB 设备 {vid}:{pid}" + (f" 序列号 {serial}" if serial not in ("", "-")
                                            else "")
        return f"介质 {medium}（{device}）" if medium else device
    if line.entity == "register":
        return "登记簿"
    if line.entity == "usbguard":
        return "USBGuard 规则"
    if line.entity == "usb_input_lock":
        return "输入设备锁定"
    if line.entity == "setting":
        return {"idle_lock_seconds": "锁屏时间", "lifecycle": "传阅/借阅期限"}.get(
            line.entity_id, "设置")
    if line.entity == "ledger":
        return {"documents": "收文台帐", "people": "人员台帐"}.get(line.entity_id, "台帐")
    if line.entity == "file":
        return f"文件 {line.entity_id}"
    return KIND_WORDS.get(line.entity, "记录")


_LEVEL_OF = {level.label: int(level) for level in Level}


def _level(line: AuditLine, refs: list[tuple[str, str]], names: Names) -> int | None:
    levels = [lv for kind, key in refs if (lv := names.level(kind, key)) is not None]
    for values in (line.before, line.after):
        for k in ("密级", "level", "信封密级", "highest_level"):
            v = (values or {}).get(k)
            if isinstance(v, str) and v in _LEVEL_OF:
                levels.append(_LEVEL_OF[v])
    return max(levels) if levels else None


def readable(s: Session, lines: Sequence[AuditLine]) -> list[TrailLine]:
    """A page of entries in words, with one query per kind of object they name."""
    names = Names(s)
    wanted: dict[str, set[str]] = defaultdict(set)
    refs = [list(_refs(line)) for line in lines]
    for found in refs:
        for kind, key in found:
            wanted[kind].add(key)
    names.load(wanted)
    names.accounts({line.actor for line in lines})
    return [
        TrailLine(
            id=line.id, at=local_time(line.at), actor=names.actor(line.actor),
            action=line.action, label=audit.action_label(line.action),
            category=category_of(line.action, line.after, line.entity),
            subject=subject(line, names),
            changes=changes(line, names), level=_level(line, found, names),
            entity=line.entity, entity_id=line.entity_id,
        )
        for line, found in zip(lines, refs, strict=True)
    ]


# -- finding entries ---------------------------------------------------------------------------
@dataclass(frozen=True)
class TrailFilter:
    """What the inspector looks for. Every part narrows; empty parts do not."""

    category: str | None = None
    person: str | None = None  # a name: as the one who acted or the one concerned
    item: str | None = None  # 收文编号, a copy's code or barcode, a medium's number, a serial
    since: str | None = None  # ISO, inclusive (UTC, as stored)
    until: str | None = None  # ISO, exclusive
    text: str | None = None  # anything the readable line shows


def _json_has(needle: str) -> ColumnElement[bool]:
    return or_(AuditEntry.after.contains(needle, autoescape=True),
               AuditEntry.before.contains(needle, autoescape=True))


def _category_condition(s: Session, category: str) -> ColumnElement[bool]:
    """The actions of the category; for approvals, those of its kinds (by the approvals'
    ids, so that every part of the condition is answered from an index)."""
    actions = [a for a, c in CATEGORY.items() if c == category]
    conds: list[ColumnElement[bool]] = [AuditEntry.action.in_(actions)] if actions else []
    kinds = [k for k, c in APPROVAL_CATEGORY.items() if c == category]
    if kinds:
        ids = [str(i) for i in s.scalars(select(Approval.id).where(
            Approval.kind.in_([k.value for k in kinds])))]
        if ids:
            conds.append(and_(AuditEntry.entity == "approval", AuditEntry.entity_id.in_(ids)))
    if category == "登记簿":  # the document's note that an approval was asked for
        conds.append(and_(AuditEntry.action.in_(APPROVAL_ACTIONS),
                          AuditEntry.entity != "approval"))
    return or_(*conds) if conds else false()


def _about(pairs: Iterable[tuple[str, str]]) -> list[ColumnElement[bool]]:
    by_entity: dict[str, set[str]] = defaultdict(set)
    for entity, key in pairs:
        by_entity[entity].add(key)
    return [and_(AuditEntry.entity == e, AuditEntry.entity_id.in_(sorted(ids)))
            for e, ids in by_entity.items()]


def _person_condition(s: Session, text: str) -> ColumnElement[bool]:
    text = text.strip()
    accounts = list(s.scalars(select(Account.username).where(
        or_(Account.display_name.contains(text, autoescape=True), Account.username == text))))
    people = list(s.execute(select(Person.id, Person.name).where(
        Person.name.contains(text, autoescape=True)).limit(50)))
    conds: list[ColumnElement[bool]] = []
    if accounts:
        conds.append(AuditEntry.actor.in_(accounts))
    if people:
        conds += _about(("person", str(p.id)) for p in people)
        for p in people:
            for key in ("人员", "持有人"):
                conds += [_json_has(f'"{key}":{p.id},'), _json_has(f'"{key}":{p.id}}}')]
            conds.append(_json_has(p.name))
    return or_(*conds) if conds else false()


def item_entries(s: Session, code: str) -> ColumnElement[bool] | None:
    """The entries about one item: a copy (its code, barcode or label), a document (收文编号),
    a medium (its number) or a print (its serial); None if nothing has this code."""

    code = code.strip()
    if not code:
        return None
    copies: list[tuple[Copy, Document]] = []
    in_brackets = re.fullmatch(r".+?（(.+)）", code)  # 2026-收-0004（R2026-0004-N01）
    if in_brackets:
        code = in_brackets.group(1)
    number, _, rest = code.partition("/")
    label_no = re.fullmatch(r"(.+?)\s*第(\d+)份", code)
    if label_no:
        number, rest = label_no.group(1), label_no.group(2)
    doc = s.scalar(select(Document).where(Document.internal_no == number))
    if doc is not None:
        q = select(Copy).where(Copy.document_id == doc.id)
        if rest:
            q = q.where(Copy.copy_no == int(rest)) if rest.isdigit() else q.where(
                Copy.code == rest)
        copies = [(c, doc) for c in s.scalars(q)]
        if rest and not copies:
            return None
    else:
        c = s.scalar(select(Copy).where(Copy.code == code))
        if c is not None:
            doc = s.get(Document, c.document_id)
            copies = [(c, doc)] if doc is not None else []
    if doc is not None:
        pairs: set[tuple[str, str]] = {("document", str(doc.id))}
        ids = {c.id for c, _ in copies}
        pairs |= {("copy", str(i)) for i in ids}
        whole = not rest
        for a in s.execute(select(Approval.id, Approval.details)
                           .where(Approval.document_id == doc.id)):
            approved = {int(i) for i in json.loads(a.details or "{}").get("copies", [])}
            if whole or approved & ids or not approved:
                pairs.add(("approval", str(a.id)))
        # the records that name the copy: destruction, return, dispatch, copies made from it
        for entity, column, owner in (
                ("destruction", DestructionItem.copy_id, DestructionItem.destruction_id),
                ("issuer_return", IssuerReturnItem.copy_id, IssuerReturnItem.return_id),
                ("dispatch", DispatchItem.copy_id, DispatchItem.dispatch_id),
                ("copy_record", CopyRecord.source_copy_id, CopyRecord.id),
                ("copy", Copy.original_id, Copy.id)):
            pairs |= {(entity, str(i)) for i in s.scalars(select(owner).where(column.in_(ids)))}
        return or_(*_about(pairs))
    m = s.scalar(select(Medium).where(Medium.number == code))
    if m is not None:
        conds = _about([("medium", str(m.id))])
        conds.append(AuditEntry.after.contains(f'"medium":"{m.number}"', autoescape=True))
        if m.serial and m.vendor_id and m.product_id:
            conds.append(AuditEntry.entity_id == f"{m.vendor_id}:{m.product_id}:{m.serial}"[:64])
        return or_(*conds)
    if s.scalar(select(func.count()).where(AuditEntry.entity == "print_job",
                                           AuditEntry.entity_id == code)):
        return and_(AuditEntry.entity == "print_job", AuditEntry.entity_id == code)
    return None


def _text_condition(s: Session, text: str) -> ColumnElement[bool]:
    """Anything the readable line shows: the action's name or category, a field's value,
    who acted, the person or item concerned."""
    text = text.strip()
    conds: list[ColumnElement[bool]] = [_json_has(text)]
    actions = [a for a, label in audit.ACTION_LABELS.items() if text in label]
    actions += [a for a, c in CATEGORY.items() if text in c]
    if actions:
        conds.append(AuditEntry.action.in_(sorted(set(actions))))
    if any(text in c for c in CATEGORIES):
        conds += [_category_condition(s, c) for c in CATEGORIES if text in c]
    for english, chinese in FIELD_NAMES.items():  # a value stored under an English key
        if text in chinese:
            conds.append(_json_has(f'"{english}":'))
    conds.append(_person_condition(s, text))
    item = item_entries(s, text)
    if item is not None:
        conds.append(item)
    return or_(*conds)


def where(s: Session, f: TrailFilter) -> ColumnElement[bool] | None:
    """The SQL condition for ``f`` (None: every entry); ``false()`` when an item is unknown."""
    conds: list[ColumnElement[bool]] = []
    if f.category:
        conds.append(_category_condition(s, f.category))
    if f.person:
        conds.append(_person_condition(s, f.person))
    if f.item:
        item = item_entries(s, f.item)
        conds.append(item if item is not None else false())
    if f.since:
        conds.append(AuditEntry.at >= f.since)
    if f.until:
        conds.append(AuditEntry.at < f.until)
    if f.text:
        conds.append(_text_condition(s, f.text))
    return and_(*conds) if conds else None


def _select(s: Session, stmt: Select[Any], f: TrailFilter) -> Select[Any]:
    cond = where(s, f)
    return stmt if cond is None else stmt.where(cond)


def count(s: Session, f: TrailFilter) -> int:
    cond = where(s, f)
    if cond is None:  # the chain numbers entries 1, 2, 3 ... without a gap
        return int(s.scalar(select(func.coalesce(func.max(AuditEntry.id), 0))) or 0)
    return int(s.execute(select(func.count(AuditEntry.id)).where(cond)).scalar_one())


def page(s: Session, f: TrailFilter, *, offset: int = 0, limit: int = 200,
         oldest_first: bool = False) -> list[TrailLine]:
    """Newest first (or oldest first for a history), one page at a time."""
    order = AuditEntry.id if oldest_first else AuditEntry.id.desc()
    stmt = _select(s, select(AuditEntry), f).order_by(order).offset(offset).limit(limit)
    return readable(s, [AuditLine.of(e) for e in s.execute(stmt).scalars()])


def entries(s: Session, f: TrailFilter) -> list[AuditLine]:
    """Every matching entry, oldest first (for an extract)."""
    stmt = _select(s, select(AuditEntry), f).order_by(AuditEntry.id)
    return [AuditLine.of(e) for e in s.execute(stmt).scalars()]


# -- for the screens ---------------------------------------------------------------------------
READERS = (Role.AUDITOR, Role.CLERK, Role.ADMIN)


def count_in(register: Register, actor: Actor, f: TrailFilter) -> int:
    require_role(actor, *READERS)
    with register.read() as s:
        return count(s, f)


def page_in(register: Register, actor: Actor, f: TrailFilter, offset: int, limit: int, *,
            oldest_first: bool = False) -> list[TrailLine]:
    require_role(actor, *READERS)
    with register.read() as s:
        return page(s, f, offset=offset, limit=limit, oldest_first=oldest_first)


def known_item(register: Register, code: str) -> bool:
    with register.read() as s:
        return item_entries(s, code) is not None


def person_names(register: Register) -> list[str]:
    """Everyone the person filter can name: the people of the register and the accounts."""
    with register.read() as s:
        names = list(s.scalars(select(Person.name).order_by(Person.name)))
        names += list(s.scalars(select(Account.display_name).order_by(Account.display_name)))
    return sorted(set(names))
