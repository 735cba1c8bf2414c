"""The removable media ledger (移动存储介质台帐): registering media and equipment, and
every step of their life (domain.md "Removable media").

- A medium carries the highest level it ever held and is never downgraded.
- Its 责任人 is a registered person on post, cleared for its level (as for paper).
- Carrying out, copying and destruction use an approval record (as for paper), bound to the
  medium and used once; 绝密 goes out with two people.
- Inventory (清查) every six months; a loss opens an incident to report within 24 hours.
- Repair only at a designated place; destruction by an allowed method before two registered,
  cleared witnesses other than the clerk, and recorded.
- Equipment (USB printer, USB key, barcode scanner) is registered the same way as 设备.

People are named as the clerk types them, "姓名" or, where two share a name, "姓名（部门）".
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from app.devices.policy import LedgerEntry, usable_serial
from app.errors import NotFound, RuleViolation, ValidationError
from app.models.documents import Approval, ApprovalKind, ApprovalStatus, Copy
from app.models.enums import Clearance, Level, Role
from app.models.lifecycle import DestructionMethod
from app.models.media import (
    Incident,
    Medium,
    MediumEvent,
    MediumEventKind,
    MediumKind,
    MediumStatus,
)
from app.models.people import Person, PersonStatus
from app.services import audit, checks
from app.services.lifecycle import approvals
from app.services.register import Actor, Register, require_role

NUMBER_RE = re.compile(r"^[A-Za-z0-9\u4e00-\u9fff][A-Za-z0-9\u4e00-\u9fff\-_/.#]{0,31}$")
HEX4_RE = re.compile(r"^[0-9A-Fa-f]{4}$")
CAPACITY_RE = re.compile(r"^\d{1,6}(\.\d{1,2})?\s?(MB|GB|TB)$", re.IGNORECASE)
MAX_SERIAL = 126
LOSS_REPORT_HOURS = 24  # domain.md: loss reported within 24 hours
INVENTORY_MONTHS = 6  # domain.md: inventory every six months
#: How a medium may be destroyed (002 涉密移动存储介质; 003 (二)): sent to the destruction
#: authority, or on site by physical destruction or degaussing, by named means.
MEDIA_DESTRUCTION = (DestructionMethod.CENTRE, DestructionMethod.SHRED,
                     DestructionMethod.PHYSICAL, DestructionMethod.DEGAUSS)
PERSON_LABEL_RE = re.compile(r"^(?P<name>[^（(]+)[（(](?P<dept>[^）)]+)[）)]$")
#: Kinds the guard identifies by vendor/product id and serial: these must be given.
IDENTIFIED_KINDS = (MediumKind.USB_STICK, MediumKind.HARD_DISK)


# -- plain values returned to callers ---------------------------------------------------------
@dataclass(frozen=True)
class MediumView:
    id: int
    number: str
    kind: MediumKind
    brand_model: str
    vendor_id: str | None
    product_id: str | None
    serial: str | None
    capacity: str | None
    level: Level
    highest_level: Level
    holder: str
    status: MediumStatus
    bought_on: str | None
    last_inventory_on: str | None
    descriptor_hash: str | None
    created_at: str

    @property
    def kind_label(self) -> str:
        return self.kind.label

    @property
    def status_label(self) -> str:
        return self.status.label

    @classmethod
    def of(cls, m: Medium) -> MediumView:
        return cls(
            id=m.id, number=m.number, kind=MediumKind(m.kind), brand_model=m.brand_model,
            vendor_id=m.vendor_id, product_id=m.product_id, serial=m.serial,
            capacity=m.capacity, level=Level(m.level), highest_level=Level(m.highest_level),
            holder=m.holder, status=MediumStatus(m.status), bought_on=m.bought_on,
            last_inventory_on=m.last_inventory_on, descriptor_hash=m.descriptor_hash,
            created_at=m.created_at,
        )


@dataclass(frozen=True)
class MediumEventView:
    kind: MediumEventKind
    at: str
    actor: str
    person: str | None
    approval_ref: str | None
    place: str | None
    note: str | None


@dataclass(frozen=True)
class IncidentView:
    id: int
    kind: str
    medium_number: str | None
    opened_at: str
    report_due_at: str
    reported_at: str | None
    reported_to: str | None
    description: str
    copy_code: str | None = None  # a lost paper copy (lifecycle/loss.py) instead of a medium

    @property
    def subject(self) -> str:
        """What was lost, as the clerk calls it."""
        if self.copy_code:
            return f"载体 {self.copy_code}"
        return f"介质 {self.medium_number}" if self.medium_number else "泄密事件"

    def overdue(self, now: dt.datetime) -> bool:
        return self.reported_at is None and now >= dt.datetime.fromisoformat(self.report_due_at)


@dataclass(frozen=True)
class NewMedium:
    """What the clerk enters (or a device check-in prefills) to register a medium."""

    number: str
    kind: MediumKind | str
    brand_model: str
    level: Level | str
    holder: str
    vendor_id: str | None = None
    product_id: str | None = None
    serial: str | None = None
    capacity: str | None = None
    status: MediumStatus | str = MediumStatus.IN_USE
    bought_on: str | None = None
    descriptor_hash: str | None = None


@dataclass(frozen=True)
class MediumData:
    """A checked :class:`NewMedium` (see :func:`clean`)."""

    number: str
    kind: MediumKind
    brand_model: str
    level: Level
    holder: str
    vendor_id: str | None
    product_id: str | None
    serial: str | None
    capacity: str | None
    status: MediumStatus
    bought_on: str | None
    descriptor_hash: str | None


# -- validation -------------------------------------------------------------------------------
def _text(value: str | None, field: str, label: str, max_len: int, *,
          required: bool = True) -> str | None:
    return checks.text(value, field, label, max_len=max_len, required=required) or None


def _required(value: str | None, field: str, label: str, max_len: int) -> str:
    return _text(value, field, label, max_len) or ""  # _text raised if it was empty


def _hex4(value: str | None, field: str, label: str) -> str | None:
    value = (value or "").strip()
    if not value:
        return None
    if value.lower().startswith("0x"):
        value = value[2:]
    if not HEX4_RE.match(value):
        raise ValidationError(f"{label}应为 4 位十六进制数（如 0781），而不是“{value[:12]}”",
                              field=field)
    return value.lower()


def _iso_date(value: str | None, field: str, label: str, today: dt.date) -> str | None:
    value = (value or "").strip()
    if not value:
        return None
    try:
        day = dt.date.fromisoformat(value)
    except ValueError:
        raise ValidationError(f"{label}“{value[:20]}”不是有效日期（格式 2024-03-01）",
                              field=field) from None
    if day > today:
        raise ValidationError(f"{label}不能晚于今天", field=field)
    if day.year < 1980:
        raise ValidationError(f"{label}过早", field=field)
    return day.isoformat()


def clean_hash(value: str | None) -> str | None:
    """The device hash as recorded: USBGuard's (base64, as ``usbguard list-devices`` shows
    it) or an older version's hex SHA-256 of the descriptors."""
    text = (value or "").strip()
    if not text:
        return None
    if re.fullmatch(r"[0-9A-Fa-f]{64}", text):
        return text.lower()
    if re.fullmatch(r"[A-Za-z0-9+/]{43}=", text):
        return text
    raise ValidationError(
        f"设备摘要“{text[:48]}”格式错误：应为 usbguard list-devices 显示的 hash（44 个字符）",
        field="descriptor_hash")


def clean(data: NewMedium, today: dt.date | None = None) -> MediumData:
    """Check every field; return the cleaned values or raise ValidationError naming the field."""
    today = today or dt.date.today()
    number = _required(data.number, "number", "编号", 32)
    if not NUMBER_RE.match(number):
        raise ValidationError(
            f"编号“{number}”只能包含字母、数字、汉字和 - _ / . #", field="number")
    kind = data.kind if isinstance(data.kind, MediumKind) else MediumKind.parse(data.kind)
    if not isinstance(data.level, Level) and not (data.level or "").strip():
        raise ValidationError("请选择密级", field="level")
    level = data.level if isinstance(data.level, Level) else Level.parse(data.level)
    status = (data.status if isinstance(data.status, MediumStatus)
              else MediumStatus.parse(data.status))
    brand = _required(data.brand_model, "brand_model", "品牌型号", 64)
    holder = _required(data.holder, "holder", "责任人", 64)
    vid = _hex4(data.vendor_id, "vendor_id", "厂商ID")
    pid = _hex4(data.product_id, "product_id", "产品ID")
    if (vid is None) != (pid is None):
        raise ValidationError("厂商ID与产品ID须同时填写", field="vendor_id" if vid is None
                              else "product_id")
    serial = _text(data.serial, "serial", "序列号", MAX_SERIAL, required=False)
    if serial is not None and usable_serial(serial) != serial:
        raise ValidationError("序列号含有不可用的字符", field="serial")
    if kind in IDENTIFIED_KINDS:
        if vid is None:
            raise ValidationError(f"{kind.label}须填写厂商ID和产品ID（插入设备时可自动读取）",
                                  field="vendor_id")
        if serial is None:
            raise ValidationError(f"{kind.label}须填写序列号（没有序列号的存储设备不能使用）",
                                  field="serial")
    if kind is MediumKind.EQUIPMENT and vid is None:
        raise ValidationError("设备须填写厂商ID和产品ID", field="vendor_id")
    capacity = _text(data.capacity, "capacity", "容量", 16, required=False)
    if capacity is not None and not CAPACITY_RE.match(capacity):
        raise ValidationError(f"容量“{capacity}”格式应如 64GB、500MB、2TB", field="capacity")
    bought = _iso_date(data.bought_on, "bought_on", "购置日期", today)
    dhash = clean_hash(data.descriptor_hash)
    return MediumData(number=number, kind=kind, brand_model=brand, level=level, holder=holder,
                     vendor_id=vid, product_id=pid, serial=serial, capacity=capacity,
                     status=status, bought_on=bought, descriptor_hash=dhash)


# -- people ---------------------------------------------------------------------------------------
def find_person(s: Session, text: str | None, field: str, label: str) -> Person:
    """The registered person the clerk typed: "姓名", or "姓名（部门）" where two share a name."""
    value = _required(text, field, label, 64 + 2 + 64)
    m = PERSON_LABEL_RE.match(value)
    stmt = select(Person).where(Person.name == (m["name"].strip() if m else value))
    if m:
        stmt = stmt.where(Person.department == m["dept"].strip())
    found = list(s.scalars(stmt.limit(2)))
    if not found:
        raise ValidationError(f"{label}“{value[:40]}”不是已登记的人员：请先在人员名册中登记",
                              field=field)
    if len(found) > 1:
        raise ValidationError(f"名为{value[:40]}的人员不止一位：请写成“姓名（部门）”",
                              field=field)
    return found[0]


def check_person(p: Person, level: Level, field: str, label: str, doing: str) -> None:
    """On post and cleared for the medium's level, as for paper (domain.md "People")."""
    if p.status != PersonStatus.ON_POST.value:
        raise RuleViolation(f"{label}{p.name}已离岗，不能{doing}", field=field)
    clearance = Clearance(p.clearance)
    if level > clearance.highest_level:
        raise RuleViolation(
            f"{label}{p.name}的涉密等级为“{clearance.label}”，只能{doing}"
            f"{clearance.highest_level.label}及以下的介质（此介质为{level.label}）", field=field)


def holder_of(s: Session, text: str | None, level: Level) -> Person:
    """The 责任人 of a medium of ``level``: registered, on post, cleared."""
    p = find_person(s, text, "holder", "责任人")
    check_person(p, level, "holder", "责任人", "保管")
    return p


# -- registering ------------------------------------------------------------------------------
def _by_number(s: Session, number: str) -> Medium:
    m = s.scalar(select(Medium).where(Medium.number == (number or "").strip()))
    if m is None:
        raise NotFound(f"台帐中没有编号为“{(number or '').strip()[:32]}”的介质", field="number")
    return m


def check_unique(s: Session, data: MediumData) -> None:
    if s.scalar(select(Medium.id).where(Medium.number == data.number)) is not None:
        raise ValidationError(f"编号“{data.number}”已在台帐中", field="number")
    if data.serial is not None:
        same = s.scalar(select(Medium.number).where(
            Medium.serial == data.serial, Medium.vendor_id == data.vendor_id,
            Medium.product_id == data.product_id))
        if same is not None:
            raise ValidationError(
                f"序列号 {data.serial[:40]} 的设备已登记为 {same}", field="serial")


def _view_for_audit(m: Medium) -> dict[str, object]:
    return {
        "number": m.number, "kind": MediumKind(m.kind).label, "brand_model": m.brand_model,
        "vendor_id": m.vendor_id, "product_id": m.product_id, "serial": m.serial,
        "capacity": m.capacity, "level": Level(m.level).label,
        "highest_level": Level(m.highest_level).label, "holder": m.holder,
        "status": MediumStatus(m.status).label, "bought_on": m.bought_on,
        "last_inventory_on": m.last_inventory_on,
    }


def add_medium(s: Session, actor: Actor, data: MediumData, *, source: str = "form") -> Medium:
    """Insert a cleaned, unique medium inside the caller's transaction (with its audit line).

    Its 责任人 must be a registered person on post, cleared for its level.
    """
    holder = holder_of(s, data.holder, data.level)
    now = audit.now_iso()
    m = Medium(
        number=data.number, kind=data.kind.value, brand_model=data.brand_model,
        vendor_id=data.vendor_id, product_id=data.product_id, serial=data.serial,
        descriptor_hash=data.descriptor_hash, capacity=data.capacity, level=int(data.level),
        highest_level=int(data.level), holder=holder.name, holder_id=holder.id,
        status=data.status.value, bought_on=data.bought_on, last_inventory_on=None,
        created_at=now,
    )
    s.add(m)
    s.flush()
    s.add(MediumEvent(medium_id=m.id, kind=MediumEventKind.REGISTERED.value, at=now,
                      actor=actor.username, person=holder.name, note=source))
    audit.record(s, actor.username, "media.register", "medium", m.id, after=_view_for_audit(m))
    return m


def register_medium(register: Register, actor: Actor, data: NewMedium) -> MediumView:
    """登记: a new medium or piece of equipment in the ledger."""
    require_role(actor, Role.CLERK)
    cleaned = clean(data)
    with register.write() as s:
        check_unique(s, cleaned)
        m = add_medium(s, actor, cleaned)
        return MediumView.of(m)


def get(register: Register, number: str) -> MediumView:
    with register.read() as s:
        return MediumView.of(_by_number(s, number))


def list_media(register: Register, *, include_gone: bool = True) -> list[MediumView]:
    with register.read() as s:
        stmt = select(Medium).order_by(Medium.number)
        if not include_gone:
            stmt = stmt.where(Medium.status.not_in(
                [MediumStatus.DESTROYED.value, MediumStatus.LOST.value]))
        return [MediumView.of(m) for m in s.scalars(stmt)]


def history(register: Register, number: str) -> list[MediumEventView]:
    with register.read() as s:
        m = _by_number(s, number)
        rows = s.scalars(select(MediumEvent).where(MediumEvent.medium_id == m.id)
                         .order_by(MediumEvent.id))
        return [MediumEventView(MediumEventKind(e.kind), e.at, e.actor, e.person,
                                e.approval_ref, e.place, e.note) for e in rows]


# -- steps of a medium's life -----------------------------------------------------------------
_HERE = (MediumStatus.IN_USE, MediumStatus.STORED, MediumStatus.OUT, MediumStatus.REPAIR)
#: From which statuses each step of a medium's life is accepted (keyed by its audit action);
#: the media area offers a step only from these.
STEP_FROM: dict[str, tuple[MediumStatus, ...]] = {
    "media.issue": (MediumStatus.STORED,),
    "media.return": (MediumStatus.IN_USE,),
    "media.carry_out": (MediumStatus.IN_USE,),
    "media.bring_back": (MediumStatus.OUT,),
    "media.inventory": _HERE,
    "media.repair": (MediumStatus.IN_USE, MediumStatus.STORED),
    "media.repaired": (MediumStatus.REPAIR,),
    "media.lost": _HERE,
    "media.destroy": (MediumStatus.IN_USE, MediumStatus.STORED),
    "media.copy": (MediumStatus.IN_USE, MediumStatus.STORED),
    "media.request_approval": (MediumStatus.IN_USE, MediumStatus.STORED),
    "media.raise_level": (MediumStatus.IN_USE, MediumStatus.STORED, MediumStatus.OUT),
}


def _require_status(m: Medium, allowed: Iterable[MediumStatus], doing: str) -> None:
    allowed = tuple(allowed)
    status = MediumStatus(m.status)
    if status not in allowed:
        need = "或".join(f"“{a.label}”" for a in allowed)
        raise RuleViolation(
            f"介质 {m.number} 当前状态为“{status.label}”，不能{doing}（须为{need}）",
            field="status",
        )


#: Checks a step makes inside its transaction, before anything changes: they return the
#: people the step names (for its event and audit entry) and the approval it used.
Check = Callable[[Session, Medium], tuple[str | None, Approval | None]]


def _step(
    register: Register, actor: Actor, number: str, *, action: str, event: MediumEventKind,
    allowed: Iterable[MediumStatus], doing: str, new_status: MediumStatus | None,
    person: str | None = None, place: str | None = None,
    note: str | None = None, holder: str | None = None, inventory_on: str | None = None,
    check: Check | None = None,
) -> MediumView:
    require_role(actor, Role.CLERK)
    with register.write() as s:
        m = _by_number(s, number)
        _require_status(m, allowed, doing)
        before = _view_for_audit(m)
        approval: Approval | None = None
        if check is not None:
            person, approval = check(s, m)
        if holder is not None:
            p = holder_of(s, holder, Level(m.highest_level))
            m.holder, m.holder_id, person = p.name, p.id, p.name
        if new_status is not None:
            m.status = new_status.value
        if inventory_on is not None:
            m.last_inventory_on = inventory_on
        ref = (approval.reference or f"审批 {approval.id}") if approval is not None else None
        s.add(MediumEvent(medium_id=m.id, kind=event.value, at=audit.now_iso(),
                          actor=actor.username, person=person, approval_ref=ref,
                          approval_id=approval.id if approval is not None else None,
                          place=place, note=note))
        s.flush()
        after = _view_for_audit(m)
        extra: dict[str, object] = {k: v for k, v in (
            ("person", person), ("approval_ref", ref), ("place", place), ("note", note)) if v}
        if approval is not None:
            extra["审批"] = approval.id
            extra["批准人"] = approval.approver_name or ""
        audit.record(s, actor.username, action, "medium", m.id, before=before,
                     after={**after, **extra})
        return MediumView.of(m)


def issue(register: Register, actor: Actor, number: str, holder: str) -> MediumView:
    """发放: a stored medium goes to its user (责任人): registered, on post, cleared."""
    return _step(register, actor, number, action="media.issue", event=MediumEventKind.ISSUED,
                 allowed=STEP_FROM["media.issue"], doing="发放", new_status=MediumStatus.IN_USE,
                 holder=holder)


def return_medium(register: Register, actor: Actor, number: str) -> MediumView:
    """归还: the user hands the medium back to the clerk, who keeps it (停用)."""
    return _step(register, actor, number, action="media.return",
                 event=MediumEventKind.RETURNED, allowed=STEP_FROM["media.return"], doing="归还",
                 new_status=MediumStatus.STORED)


def carry_out(register: Register, actor: Actor, number: str, *, approval_id: int | None,
              destination: str, companion: str | None = None) -> MediumView:
    """携带外出: with an approval record for this medium and its 责任人; 绝密 with two people."""
    dest = _required(destination, "destination", "外出地点及事由", 128)
    mate = _text(companion, "companion", "同行人", 64 + 2 + 64, required=False)

    def check(s: Session, m: Medium) -> tuple[str | None, Approval | None]:
        level = Level(m.highest_level)
        holder = _current_holder(s, m, "携带外出")
        named: str | None = None
        if level >= Level.TOP_SECRET:
            if mate is None:
                raise RuleViolation("绝密级介质携带外出须两人同行：请填写同行人",
                                    field="companion")
            other = find_person(s, mate, "companion", "同行人")
            if other.id == holder.id:
                raise RuleViolation(f"同行人须为责任人{holder.name}以外的另一人",
                                    field="companion")
            check_person(other, level, "companion", "同行人", "随同携带")
            named = other.name
        a = approvals.use_s(s, actor, approval_id, ApprovalKind.CARRY_OUT, document_id=None,
                            medium_id=m.id, person_id=holder.id,
                            used_for=f"介质携带外出:{m.number}")
        return named, a

    return _step(register, actor, number, action="media.carry_out",
                 event=MediumEventKind.CARRIED_OUT, allowed=STEP_FROM["media.carry_out"],
                 doing="携带外出", new_status=MediumStatus.OUT, place=dest, check=check)


def _current_holder(s: Session, m: Medium, doing: str) -> Person:
    """The medium's 责任人 as a registered person, on post and cleared (for a step now)."""
    p = s.get(Person, m.holder_id) if m.holder_id is not None else None
    if p is None:
        raise RuleViolation(
            f"介质 {m.number} 的责任人“{m.holder}”不是已登记的人员：请先收回介质，"
            "再发放给已登记的人员", field="holder")
    check_person(p, Level(m.highest_level), "holder", "责任人", doing)
    return p


def bring_back(register: Register, actor: Actor, number: str) -> MediumView:
    return _step(register, actor, number, action="media.bring_back",
                 event=MediumEventKind.BROUGHT_BACK, allowed=STEP_FROM["media.bring_back"],
                 doing="登记带回", new_status=MediumStatus.IN_USE)


def record_inventory(register: Register, actor: Actor, number: str,
                     on: dt.date | None = None, note: str | None = None) -> MediumView:
    """清查: the six-monthly check that the medium is where the ledger says."""
    day = on or dt.date.today()
    if day > dt.date.today():
        raise ValidationError("清查日期不能晚于今天", field="on")
    text = _text(note, "note", "备注", 200, required=False)
    return _step(register, actor, number, action="media.inventory",
                 event=MediumEventKind.INVENTORIED,
                 allowed=STEP_FROM["media.inventory"], doing="清查", new_status=None, note=text,
                 inventory_on=day.isoformat())


def _add_months(day: dt.date, months: int) -> dt.date:
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    for d in (day.day, 30, 29, 28):
        try:
            return dt.date(year, month, d)
        except ValueError:
            continue
    raise AssertionError("unreachable")


def inventory_due(register: Register, today: dt.date | None = None) -> list[MediumView]:
    """Media whose last inventory (or registration) is six months old or older."""
    today = today or dt.date.today()
    due = []
    for m in list_media(register, include_gone=False):
        last = dt.date.fromisoformat(m.last_inventory_on or m.created_at[:10])
        if _add_months(last, INVENTORY_MONTHS) <= today:
            due.append(m)
    return due


def send_for_repair(register: Register, actor: Actor, number: str, place: str) -> MediumView:
    """送修: only to a designated place (指定维修点), which is recorded."""
    where = _required(place, "place", "指定维修点", 128)
    return _step(register, actor, number, action="media.repair",
                 event=MediumEventKind.SENT_FOR_REPAIR,
                 allowed=STEP_FROM["media.repair"], doing="送修",
                 new_status=MediumStatus.REPAIR, place=where)


def back_from_repair(register: Register, actor: Actor, number: str) -> MediumView:
    return _step(register, actor, number, action="media.repaired",
                 event=MediumEventKind.REPAIRED, allowed=STEP_FROM["media.repaired"],
                 doing="登记修复返回", new_status=MediumStatus.STORED)


def destroy(register: Register, actor: Actor, number: str, *, approval_id: int | None,
            witnesses: Sequence[str], method: DestructionMethod | str, means: str) -> MediumView:
    """销毁: with an approval record for this medium, by an allowed method and named means,
    before two registered, on-post, cleared witnesses (监销人) other than the clerk."""
    try:
        how = method if isinstance(method, DestructionMethod) else DestructionMethod(method)
    except ValueError:
        how = None
    if how not in MEDIA_DESTRUCTION:
        allowed = "、".join(m.label for m in MEDIA_DESTRUCTION)
        raise ValidationError(f"介质的销毁方式只能是：{allowed}", field="method")
    by = _required(means, "means",
                   "销毁机构" if how is DestructionMethod.CENTRE else "销毁设备及地点", 128)
    names = [w for w in witnesses if (w or "").strip()]
    if len(names) != 2:
        raise RuleViolation("介质销毁须有两名监销人在场（保密员以外）", field="witnesses")

    def check(s: Session, m: Medium) -> tuple[str | None, Approval | None]:
        level = Level(m.highest_level)
        people = [find_person(s, w, "witnesses", "监销人") for w in names]
        if people[0].id == people[1].id:
            raise RuleViolation("两名监销人须为不同的人", field="witnesses")
        for p in people:
            if p.name in (actor.display_name, actor.username):
                raise RuleViolation("监销人须为保密员以外的另一人", field="witnesses")
            check_person(p, level, "witnesses", "监销人", "监销")
        a = approvals.use_s(s, actor, approval_id, ApprovalKind.DESTRUCTION, document_id=None,
                            medium_id=m.id, used_for=f"介质销毁:{m.number}")
        return "、".join(p.name for p in people), a

    return _step(register, actor, number, action="media.destroy",
                 event=MediumEventKind.DESTROYED,
                 allowed=STEP_FROM["media.destroy"], doing="销毁",
                 new_status=MediumStatus.DESTROYED, place=by, note=how.label, check=check)


# -- approvals for a medium ------------------------------------------------------------------
#: The steps of a medium that need an approval record, by their audit action.
APPROVAL_OF = {"media.carry_out": ApprovalKind.CARRY_OUT, "media.copy": ApprovalKind.COPY,
               "media.destroy": ApprovalKind.DESTRUCTION}


def request_approval(register: Register, actor: Actor, number: str, kind: ApprovalKind, *,
                     until: dt.date | None = None, reason: str = "") -> approvals.ApprovalInfo:
    """Ask a leader to approve carrying out, copying or destroying this medium.

    A carry-out names the medium's 责任人 (who carries it) and the day it comes back.
    """
    require_role(actor, Role.CLERK)
    with register.write() as s:
        m = _by_number(s, number)
        _require_status(m, STEP_FROM["media.request_approval"], "申请审批")
        person = _current_holder(s, m, "携带外出") if kind is ApprovalKind.CARRY_OUT else None
        a = approvals.request_s(s, actor, kind, document_id=None, medium_id=m.id,
                                person_id=person.id if person else None, until=until,
                                reason=reason)
        return approvals.info_s(s, a)


def usable_approvals(register: Register, number: str, kind: ApprovalKind
                     ) -> list[approvals.ApprovalInfo]:
    """Approved, unused approvals of ``kind`` for this medium (the clerk picks one)."""
    with register.read() as s:
        m = _by_number(s, number)
        rows = s.scalars(select(Approval).where(
            Approval.kind == kind.value, Approval.status == ApprovalStatus.APPROVED.value,
            Approval.document_id.is_(None)).order_by(Approval.id))
        infos = (approvals.info_s(s, a) for a in rows)
        return [a for a in infos if a.medium_number == m.number]


# -- copying ----------------------------------------------------------------------------------
def copy_medium(register: Register, actor: Actor, source: str, copy: NewMedium, *,
                approval_id: int | None) -> MediumView:
    """复制: with an approval record for the source; the copy is a new medium of the ledger,
    with its own number, at the source's level (never lower), linked to its source."""
    require_role(actor, Role.CLERK)
    with register.write() as s:
        src = _by_number(s, source)
        _require_status(src, STEP_FROM["media.copy"], "复制")
        level = Level(src.highest_level)
        asked = copy.level if isinstance(copy.level, Level) else (
            Level.parse(copy.level) if (copy.level or "").strip() else level)
        if asked < level:
            raise RuleViolation(
                f"复制件的密级不能低于原介质 {src.number} 的{level.label}", field="level")
        cleaned = clean(NewMedium(
            number=copy.number, kind=copy.kind, brand_model=copy.brand_model, level=asked,
            holder=copy.holder, vendor_id=copy.vendor_id, product_id=copy.product_id,
            serial=copy.serial, capacity=copy.capacity, status=copy.status,
            bought_on=copy.bought_on, descriptor_hash=copy.descriptor_hash))
        check_unique(s, cleaned)
        a = approvals.use_s(s, actor, approval_id, ApprovalKind.COPY, document_id=None,
                            medium_id=src.id, used_for=f"介质复制:{src.number}")
        new = add_medium(s, actor, cleaned, source=f"复制自 {src.number}")
        new.copied_from_id = src.id
        ref = a.reference or f"审批 {a.id}"
        s.add(MediumEvent(medium_id=src.id, kind=MediumEventKind.COPIED.value,
                          at=audit.now_iso(), actor=actor.username, approval_ref=ref,
                          approval_id=a.id, note=f"复制为 {new.number}"))
        s.flush()
        audit.record(s, actor.username, "media.copy", "medium", src.id, after={
            "复制件": new.number, "密级": Level(new.highest_level).label, "审批": a.id,
            "批准人": a.approver_name or ""})
        return MediumView.of(new)


def raise_level(register: Register, actor: Actor, number: str, level: Level) -> MediumView:
    """A medium that stored higher-level information takes that level; never the reverse."""
    require_role(actor, Role.CLERK)
    with register.write() as s:
        m = _by_number(s, number)
        _require_status(m, STEP_FROM["media.raise_level"], "变更密级")
        if level < Level(m.highest_level):
            raise RuleViolation(
                f"介质 {m.number} 曾存储{Level(m.highest_level).label}信息，不得降为"
                f"{level.label}（删除或格式化后也不降密）", field="level")
        if level == Level(m.highest_level):
            raise ValidationError(f"介质 {m.number} 已是{level.label}", field="level")
        before = _view_for_audit(m)
        m.level = int(level)
        m.highest_level = int(level)
        s.add(MediumEvent(medium_id=m.id, kind=MediumEventKind.LEVEL_RAISED.value,
                          at=audit.now_iso(), actor=actor.username, note=level.label))
        s.flush()
        audit.record(s, actor.username, "media.raise_level", "medium", m.id, before=before,
                     after=_view_for_audit(m))
        return MediumView.of(m)


# -- loss --------------------------------------------------------------------------------------
def _incident_view(i: Incident, number: str | None, code: str | None = None) -> IncidentView:
    return IncidentView(i.id, i.kind, number, i.opened_at, i.report_due_at, i.reported_at,
                        i.reported_to, i.description, code)


def incident_view_s(s: Session, i: Incident) -> IncidentView:
    number = s.scalar(select(Medium.number).where(Medium.id == i.medium_id)) \
        if i.medium_id is not None else None
    code = s.scalar(select(Copy.code).where(Copy.id == i.copy_id)) \
        if i.copy_id is not None else None
    return _incident_view(i, number, code)


def report_lost(register: Register, actor: Actor, number: str, circumstances: str
                ) -> IncidentView:
    """丢失: the medium is marked lost and an incident opens, to be reported within 24 hours."""
    require_role(actor, Role.CLERK)
    text = _required(circumstances, "circumstances", "丢失经过", 2000)
    with register.write() as s:
        m = _by_number(s, number)
        _require_status(m, STEP_FROM["media.lost"], "登记丢失")
        before = _view_for_audit(m)
        m.status = MediumStatus.LOST.value
        now = dt.datetime.now(dt.UTC)
        opened = now.isoformat(timespec="microseconds")
        due = (now + dt.timedelta(hours=LOSS_REPORT_HOURS)).isoformat(timespec="microseconds")
        s.add(MediumEvent(medium_id=m.id, kind=MediumEventKind.LOST.value, at=opened,
                          actor=actor.username, note=text))
        inc = Incident(kind="loss", medium_id=m.id, opened_at=opened, report_due_at=due,
                       description=text, opened_by=actor.username)
        s.add(inc)
        s.flush()
        audit.record(s, actor.username, "media.lost", "medium", m.id, before=before,
                     after=_view_for_audit(m))
        audit.record(s, actor.username, "incident.open", "incident", inc.id,
                     after={"kind": "loss", "medium": m.number, "report_due_at": due,
                            "description": text})
        return _incident_view(inc, m.number)


def mark_reported(register: Register, actor: Actor, incident_id: int, reported_to: str
                  ) -> IncidentView:
    """The loss was reported (to whom is recorded)."""
    require_role(actor, Role.CLERK)
    to = _required(reported_to, "reported_to", "报告对象", 64)
    with register.write() as s:
        inc = s.get(Incident, incident_id)
        if inc is None:
            raise NotFound("没有这个事件", field="incident_id")
        if inc.reported_at is not None:
            raise RuleViolation("此事件已登记上报", field="incident_id")
        inc.reported_at = audit.now_iso()
        inc.reported_to = to
        s.flush()
        audit.record(s, actor.username, "incident.reported", "incident", inc.id,
                     after={"reported_at": inc.reported_at, "reported_to": to})
        return incident_view_s(s, inc)


def open_incidents(register: Register) -> list[IncidentView]:
    """Losses not yet reported, oldest first."""
    with register.read() as s:
        return open_incidents_s(s)


def open_incidents_s(s: Session) -> list[IncidentView]:
    rows = s.execute(
        select(Incident, Medium.number, Copy.code)
        .outerjoin(Medium, Medium.id == Incident.medium_id)
        .outerjoin(Copy, Copy.id == Incident.copy_id)
        .where(Incident.reported_at.is_(None)).order_by(Incident.id)
    ).all()
    return [_incident_view(i, n, code) for i, n, code in rows]


def inventory_due_count_s(s: Session, today: dt.date) -> int:
    """How many media in the ledger are due for their six-monthly inventory."""
    gone = (MediumStatus.LOST.value, MediumStatus.DESTROYED.value)
    rows = s.execute(select(Medium.last_inventory_on, Medium.created_at)
                     .where(Medium.status.not_in(gone))).all()
    return sum(1 for last, created in rows
               if _add_months(dt.date.fromisoformat(last or created[:10]), INVENTORY_MONTHS)
               <= today)


# -- what the USB guard needs -------------------------------------------------------------------
def _entry(m: Medium) -> LedgerEntry:
    status = MediumStatus(m.status)
    return LedgerEntry(
        number=m.number,
        vendor_id=int(m.vendor_id, 16) if m.vendor_id else None,
        product_id=int(m.product_id, 16) if m.product_id else None,
        serial=m.serial,
        level=Level(m.highest_level),
        in_use=status is MediumStatus.IN_USE,
        status_label=status.label,
        is_equipment=MediumKind(m.kind) is MediumKind.EQUIPMENT,
        descriptor_hash=m.descriptor_hash,
    )


def guard_entries(register: Register, vendor_id: int | None, product_id: int | None,
                  serial: str | None) -> list[LedgerEntry]:
    """Ledger entries that could match a plugged device: same serial or same vendor/product."""
    conds = []
    if serial:
        conds.append(Medium.serial == serial)
    if vendor_id is not None and product_id is not None:
        conds.append((Medium.vendor_id == f"{vendor_id:04x}")
                     & (Medium.product_id == f"{product_id:04x}"))
    if not conds:
        return []
    with register.read() as s:
        return [_entry(m) for m in s.scalars(select(Medium).where(or_(*conds)))]


def prefill_from_device(vendor_id: int | None, product_id: int | None, serial: str | None,
                        manufacturer: str | None, product: str | None,
                        descriptor_hash: str | None, is_storage: bool) -> NewMedium:
    """A registration form filled from a refused device (check-in at the terminal)."""
    brand = " ".join(p for p in ((manufacturer or "").strip(), (product or "").strip()) if p)
    return NewMedium(
        number="", kind=MediumKind.USB_STICK if is_storage else MediumKind.EQUIPMENT,
        brand_model=brand[:64], level="", holder="",
        vendor_id=f"{vendor_id:04x}" if vendor_id is not None else None,
        product_id=f"{product_id:04x}" if product_id is not None else None,
        serial=usable_serial(serial), descriptor_hash=descriptor_hash,
    )



def all_guard_entries(register: Register) -> list[LedgerEntry]:
    """Every medium and piece of equipment of the ledger, as the USBGuard rule compiler
    needs them (it keeps the 在用 ones of the workstation's level)."""
    with register.read() as s:
        return [_entry(m) for m in s.scalars(select(Medium).order_by(Medium.number))]
