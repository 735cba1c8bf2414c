"""离岗: everything a person holds on one screen; signed off only when they hold nothing.

domain.md "People": on leaving a post a person hands back every item they hold (离岗清退),
paper copies and the removable media they are 责任人 of alike, before departure is signed
off; a decontamination period (脱密期) follows: core 3 years,
important 2, general 1 (002; the stricter of 002 and 003).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from app.errors import RuleViolation, ValidationError
from app.models.documents import Copy, CopyState, Document
from app.models.enums import Clearance, Level
from app.models.lifecycle import CarryOut, Departure
from app.models.media import Medium, MediumEvent, MediumKind, MediumStatus
from app.models.people import PersonStatus
from app.services import audit, people
from app.services.lifecycle import common
from app.services.register import Actor, Register

NAME_MAX = 64
REMARKS_MAX = 500


def minimum_decontamination_end(clearance: Clearance, departure: dt.date) -> dt.date:
    """The earliest 脱密期 end the register accepts (the rule lives in :mod:`people`)."""
    return people.decontamination_end(clearance, departure)


@dataclass(frozen=True)
class HeldItem:
    copy_id: int
    label: str
    title: str
    level: Level
    state: CopyState | MediumStatus
    since: str
    as_companion: bool = False  # accompanying a 绝密 carry-out
    medium: bool = False  # a removable medium the person is 责任人 of (copy_id is 0)


@dataclass(frozen=True)
class DepartureCheck:
    """What the person still holds; sign-off is possible only when this is empty."""

    person_id: int
    person: str
    clearance: Clearance
    status: PersonStatus
    held: tuple[HeldItem, ...]
    minimum_decontamination_end: dt.date | None

    @property
    def can_sign_off(self) -> bool:
        return not self.held and self.status is PersonStatus.ON_POST


def _held(s: Session, person_id: int) -> list[HeldItem]:
    out = []
    rows = s.execute(select(Copy, Document).join(Document, Document.id == Copy.document_id)
                     .where(Copy.holder_id == person_id).order_by(Copy.state_since)).all()
    for c, d in rows:
        out.append(HeldItem(c.id, common.copy_label(c, d), d.title, Level(d.level),
                            CopyState(c.state), c.state_since))
    rows = s.execute(select(Copy, Document).join(CarryOut, CarryOut.copy_id == Copy.id)
                     .join(Document, Document.id == Copy.document_id)
                     .where(CarryOut.companion_id == person_id, CarryOut.back_at.is_(None),
                            or_(Copy.holder_id.is_(None), Copy.holder_id != person_id))).all()
    for c, d in rows:
        out.append(HeldItem(c.id, common.copy_label(c, d), d.title, Level(d.level),
                            CopyState(c.state), c.state_since, as_companion=True))
    out.extend(_held_media(s, person_id))
    return out


#: A medium is with its 责任人 in these states (handed back to the clerk it is 停用).
MEDIA_HELD = (MediumStatus.IN_USE, MediumStatus.OUT, MediumStatus.REPAIR)


def _held_media(s: Session, person_id: int) -> list[HeldItem]:
    rows = s.scalars(select(Medium).where(
        Medium.holder_id == person_id, Medium.kind != MediumKind.EQUIPMENT.value,
        Medium.status.in_([m.value for m in MEDIA_HELD])).order_by(Medium.number))
    out = []
    for m in rows:
        since = s.scalar(select(MediumEvent.at).where(MediumEvent.medium_id == m.id)
                         .order_by(MediumEvent.id.desc()).limit(1)) or m.created_at
        out.append(HeldItem(0, f"介质 {m.number}", f"{MediumKind(m.kind).label} {m.brand_model}",
                            Level(m.highest_level), MediumStatus(m.status), since, medium=True))
    return out


def check(register: Register, person_id: int, departure_date: dt.date | None = None
          ) -> DepartureCheck:
    """Everything the person holds, on one screen."""
    with register.read() as s:
        p = common.load_person(s, person_id)
        clearance = Clearance(p.clearance)
        return DepartureCheck(
            p.id, common.person_label(p), clearance, PersonStatus(p.status),
            tuple(_held(s, p.id)),
            minimum_decontamination_end(clearance, departure_date or common.today()),
        )


def sign_off(
    register: Register,
    actor: Actor,
    person_id: int,
    *,
    departure_date: dt.date,
    decontamination_end: dt.date | None = None,
    handed_over_to: str = "",
    remarks: str = "",
) -> DepartureCheck:
    """Sign off the departure: refused while the person holds anything."""
    common.require_clerk(actor)
    if not isinstance(departure_date, dt.date):
        raise ValidationError("离岗日期格式不正确", field="departure_date")
    handed_over_to = common.text(handed_over_to, "handed_over_to", "移交对象", max_len=NAME_MAX,
                                 required=False)
    remarks = common.text(remarks, "remarks", "备注", max_len=REMARKS_MAX, required=False)
    with register.write() as s:
        p = common.load_person(s, person_id)
        if p.status != PersonStatus.ON_POST.value:
            raise RuleViolation(f"{common.person_label(p)}已离岗", field="person")
        held = _held(s, p.id)
        if held:
            listed = "；".join(f"{h.label}（{h.state.label}）" for h in held[:5])
            more = f" 等 {len(held)} 份" if len(held) > 5 else ""
            raise RuleViolation(
                f"{common.person_label(p)}尚未清退所持载体：{listed}{more}。"
                "须全部交回后才能办理离岗（离岗清退）",
                field="person",
            )
        clearance = Clearance(p.clearance)
        minimum = minimum_decontamination_end(clearance, departure_date)
        end = decontamination_end or minimum
        if end < minimum:
            raise RuleViolation(
                f"{clearance.label}涉密人员的脱密期至少 "
                f"{people.DECONTAMINATION_YEARS[clearance]} 年，"
                f"脱密期满不能早于 {minimum.isoformat()}",
                field="decontamination_end",
            )
        before = {"状态": PersonStatus(p.status).label}
        s.add(Departure(person_id=p.id, departure_date=departure_date, decontamination_end=end,
                        handed_over_to=handed_over_to, remarks=remarks,
                        signed_off_at=audit.now_iso(), signed_off_by=actor.username))
        p.status = PersonStatus.DEPARTED.value
        p.departure_date = departure_date
        p.decontamination_end = end
        audit.record(s, actor.username, "person.depart", "person", p.id, before=before, after={
            "状态": PersonStatus.DEPARTED.label, "离岗日期": departure_date.isoformat(),
            "脱密期满": end.isoformat(), "移交对象": handed_over_to,
        })
        return DepartureCheck(p.id, common.person_label(p), clearance, PersonStatus.DEPARTED,
                              (), minimum)


__all__ = ["DepartureCheck", "HeldItem", "check", "sign_off"]
