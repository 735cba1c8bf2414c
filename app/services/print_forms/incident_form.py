"""泄露国家秘密事件报告表 for a recorded incident (a lost medium opens one, media.report_lost).

The register knows what was lost, its level, its 责任人, when and by whom the loss was
recorded, the circumstances the clerk wrote down, the medium's last movements, and whether
and to whom it was reported. The rest of the form (the responsible person's particulars,
remedies, the leader's signature) stays blank, to be filled in by hand.
"""

from __future__ import annotations

from sqlalchemy import select

from app.models.documents import Copy
from app.models.enums import Clearance, Level
from app.models.media import Incident, Medium, MediumEvent, MediumEventKind, MediumKind
from app.models.people import Person
from app.reports import incident
from app.reports.catalog import FormKind
from app.reports.data import IncidentReport
from app.services.lifecycle import common
from app.services.print_forms.base import (
    Prepared,
    account_names,
    display,
    local,
    local_day,
    pick,
    ref,
)
from app.services.register import Register

RECENT_EVENTS = 4
_EVENT_WORDS = {k.value: k.label for k in MediumEventKind}


def _medium_text(m: Medium) -> str:
    parts = [f"{MediumKind(m.kind).label} {m.number}", m.brand_model]
    if m.serial:
        parts.append(f"序列号 {m.serial}")
    if m.capacity:
        parts.append(f"容量 {m.capacity}")
    return "，".join(p for p in parts if p)


def _responsible(people: list[Person], holder: str) -> str:
    if len(people) == 1:
        p = people[0]
        post = f"{p.post}，" if p.post else ""
        return (f"{p.name}，{p.department}{post}{Clearance(p.clearance).label}涉密人员"
                "（介质责任人）。")
    return f"{holder}（介质责任人）。" if holder else ""


def incident_report(register: Register, record_id: int | None = None) -> Prepared:
    kind = FormKind.INCIDENT
    with register.read() as s:
        inc = pick(s, Incident, record_id, kind)
        names = account_names(s)
        m = s.get(Medium, inc.medium_id) if inc.medium_id else None
        opened = local(inc.opened_at)
        when = f"{opened:%Y-%m-%d %H:%M}" if opened else ""
        if m is not None:
            level = Level(m.highest_level)
            content = f"移动存储介质丢失：{_medium_text(m)}（密级按其曾存储的最高密级）。"
            holders = list(s.scalars(select(Person).where(Person.name == m.holder)))
            responsible = _responsible(holders, m.holder)
            events = s.scalars(select(MediumEvent).where(
                MediumEvent.medium_id == m.id, MediumEvent.kind != MediumEventKind.LOST.value)
                .order_by(MediumEvent.id.desc()).limit(RECENT_EVENTS)).all()
            history = "；".join(
                f"{local_day(e.at)} {_EVENT_WORDS.get(e.kind, e.kind)}"
                + "".join(f"（{x}）" for x in (e.person, e.place) if x)
                for e in reversed(events))
        elif inc.copy_id is not None:
            c, d = common.load_copy(s, inc.copy_id)
            level = Level(d.level)
            content = (f"涉密载体丢失：{d.doc_number or d.internal_no}《{d.title}》"
                       f"（{common.copy_label(c, d)}，{level.label}）。")
            responsible, history = "", ""
        else:
            # not about a medium: marked as high as this workstation may hold, to be safe
            level, content = register.workstation.level, inc.description
            responsible, history = "", ""
        occurrence = inc.description + (f"\n台帐记录（最近）：{history}" if history else "")
        due = local(inc.report_due_at)
        reported = local(inc.reported_at)
        if reported is not None:
            note = f"已于 {reported:%Y-%m-%d %H:%M} 报告{inc.reported_to or ''}。"
        else:
            note = (f"须于 {due:%Y-%m-%d %H:%M} 前（24 小时内）报告当地保密行政管理部门。"
                    if due else "")
        rep = IncidentReport(
            unit=register.workstation.unit_name, content=content, level=level,
            responsible=responsible,
            discovery=f"{when} 由{display(names, inc.opened_by)}在登记簿中登记丢失。",
            occurrence=occurrence, note=note, filled_by=display(names, inc.opened_by),
            reporting_unit=register.workstation.unit_name,
            report_date=reported.date() if reported else None,
        )
        subject = m.number if m is not None else (
            s.scalar(select(Copy.code).where(Copy.id == inc.copy_id)) or "" if inc.copy_id
            else "")
    return Prepared(kind, f"泄露国家秘密事件报告表：{subject or inc.id}（{when[:10]}）", subject,
                    level, lambda meta: incident.render_incident_report(rep, meta),
                    ref(kind, inc.id))
