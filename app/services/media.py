"""The removable media ledger (移动存储介质台帐): registering media and equipment, and
every step of their life (domain.md "Removable media").

- A medium carries the highest level it ever held and is never downgraded.
- Carrying out needs an approval reference and a register entry; 绝密 goes with two people.
- Inventory (清查) every six months; a loss opens an incident to report within 24 hours.
- Repair only at a designated place; destruction approved, witnessed and recorded.
- Equipment (USB printer, USB key, barcode scanner) is registered the same way as 设备.

The 责任人 is stored as a plain name until the people register exists.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from app.devices.policy import LedgerEntry, usable_serial
from app.errors import NotFound, RuleViolation, ValidationError
from app.models.enums import Clearance, Level, Role
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
from app.services.register import Actor, Register, require_role

NUMBER_RE = re.compile(r"^[A-Za-z0-9\u4e00-\u9fff][A-Za-z0-9\u4e00-\u9fff\-_/.#]{0,31}$")
HEX4_RE = re.compile(r"^[0-9A-Fa-f]{4}$")
CAPACITY_RE = re.compile(r"^\d{1,6}(\.\d{1,2})?\s?(MB|GB|TB)$", re.IGNORECASE)
MAX_SERIAL = 126
LOSS_REPORT_HOURS = 24  # domain.md: loss reported within 24 hours
INVENTORY_MONTHS = 6  # domain.md: inventory every six months
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
    """Insert a cleaned, unique medium inside the caller's transaction (with its audit line)."""
    now = audit.now_iso()
    m = Medium(
        number=data.number, kind=data.kind.value, brand_model=data.brand_model,
        vendor_id=data.vendor_id, product_id=data.product_id, serial=data.serial,
        descriptor_hash=data.descriptor_hash, capacity=data.capacity, level=int(data.level),
        highest_level=int(data.level), holder=data.holder, status=data.status.value,
        bought_on=data.bought_on, last_inventory_on=None, created_at=now,
    )
    s.add(m)
    s.flush()
    s.add(MediumEvent(medium_id=m.id, kind=MediumEventKind.REGISTERED.value, at=now,
                      actor=actor.username, person=data.holder, note=source))
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


def _step(
    register: Register, actor: Actor, number: str, *, action: str, event: MediumEventKind,
    allowed: Iterable[MediumStatus], doing: str, new_status: MediumStatus | None,
    person: str | None = None, approval_ref: str | None = None, place: str | None = None,
    note: str | None = None, holder: str | None = None, inventory_on: str | None = None,
) -> MediumView:
    require_role(actor, Role.CLERK)
    with register.write() as s:
        m = _by_number(s, number)
        _require_status(m, allowed, doing)
        before = _view_for_audit(m)
        if new_status is not None:
            m.status = new_status.value
        if holder is not None:
            m.holder = holder
        if inventory_on is not None:
            m.last_inventory_on = inventory_on
        s.add(MediumEvent(medium_id=m.id, kind=event.value, at=audit.now_iso(),
                          actor=actor.username, person=person, approval_ref=approval_ref,
                          place=place, note=note))
        s.flush()
        after = _view_for_audit(m)
        extra = {k: v for k, v in (("person", person), ("approval_ref", approval_ref),
                                   ("place", place), ("note", note)) if v}
        audit.record(s, actor.username, action, "medium", m.id, before=before,
                     after={**after, **extra})
        return MediumView.of(m)


def issue(register: Register, actor: Actor, number: str, holder: str) -> MediumView:
    """发放: a stored medium goes to its user (责任人)."""
    name = _required(holder, "holder", "责任人", 64)
    return _step(register, actor, number, action="media.issue", event=MediumEventKind.ISSUED,
                 allowed=STEP_FROM["media.issue"], doing="发放", new_status=MediumStatus.IN_USE,
                 person=name, holder=name)


def return_medium(register: Register, actor: Actor, number: str) -> MediumView:
    """归还: the user hands the medium back to the clerk, who keeps it (停用)."""
    return _step(register, actor, number, action="media.return",
                 event=MediumEventKind.RETURNED, allowed=STEP_FROM["media.return"], doing="归还",
                 new_status=MediumStatus.STORED)


def carry_out(register: Register, actor: Actor, number: str, *, approval_ref: str,
              destination: str, companion: str | None = None) -> MediumView:
    """携带外出: needs an approval and a register entry; 绝密 only with two people."""
    ref = _required(approval_ref, "approval_ref", "审批单号", 64)
    dest = _required(destination, "destination", "外出地点及事由", 128)
    mate = _text(companion, "companion", "同行人", 64, required=False)
    current = get(register, number)
    if current.highest_level >= Level.TOP_SECRET:
        if mate is None:
            raise RuleViolation("绝密级介质携带外出须两人同行：请填写同行人", field="companion")
        _check_companion(register, current, mate)
    return _step(register, actor, number, action="media.carry_out",
                 event=MediumEventKind.CARRIED_OUT, allowed=STEP_FROM["media.carry_out"],
                 doing="携带外出", new_status=MediumStatus.OUT, approval_ref=ref, place=dest,
                 person=mate)


def _check_companion(register: Register, m: MediumView, name: str) -> None:
    """The second person with a 绝密 medium: not its 责任人, a cleared person on post."""
    if name == m.holder:
        raise RuleViolation(f"同行人须为责任人{m.holder}以外的另一人", field="companion")
    with register.read() as s:
        found = list(s.scalars(select(Person).where(Person.name == name)))
    on_post = [p for p in found if p.status == PersonStatus.ON_POST.value]
    if not on_post:
        raise RuleViolation(f"同行人{name}不是已登记的在岗涉密人员", field="companion")
    if not any(Clearance(p.clearance).highest_level >= m.highest_level for p in on_post):
        raise RuleViolation(f"同行人{name}的涉密等级不够：{m.highest_level.label}级介质须由"
                            "核心涉密人员同行", field="companion")


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


def destroy(register: Register, actor: Actor, number: str, *, approval_ref: str,
            witness: str, method: str) -> MediumView:
    """销毁: approved, witnessed by a second person (监销), by an approved method."""
    ref = _required(approval_ref, "approval_ref", "审批单号", 64)
    who = _required(witness, "witness", "监销人", 64)
    how = _required(method, "method", "销毁方式", 64)
    if who in (actor.display_name, actor.username):
        raise RuleViolation("监销人须为保密员以外的另一人", field="witness")
    return _step(register, actor, number, action="media.destroy",
                 event=MediumEventKind.DESTROYED,
                 allowed=STEP_FROM["media.destroy"], doing="销毁",
                 new_status=MediumStatus.DESTROYED, approval_ref=ref, person=who, note=how)


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
def _incident_view(i: Incident, number: str | None) -> IncidentView:
    return IncidentView(i.id, i.kind, number, i.opened_at, i.report_due_at, i.reported_at,
                        i.reported_to, i.description)


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
        number = s.scalar(select(Medium.number).where(Medium.id == inc.medium_id))
        return _incident_view(inc, number)


def open_incidents(register: Register) -> list[IncidentView]:
    """Losses not yet reported, oldest first."""
    with register.read() as s:
        return open_incidents_s(s)


def open_incidents_s(s: Session) -> list[IncidentView]:
    rows = s.execute(
        select(Incident, Medium.number).outerjoin(Medium, Medium.id == Incident.medium_id)
        .where(Incident.reported_at.is_(None)).order_by(Incident.id)
    ).all()
    return [_incident_view(i, n) for i, n in rows]


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
