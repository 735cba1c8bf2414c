"""Which data each form is filled with: one function per form, returning a :class:`Prepared`.

FOR NOW every form is filled with the SAMPLE CONTENT of :mod:`app.reports.samples`, plus the
register's unit name and level (samples never exceed the workstation's level). When the
document register and the item lifecycle land, each function below is switched to map the
register's records onto the form's dataclass; nothing else has to change.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from app.models.enums import Level
from app.reports import (
    carry_out,
    circulation,
    copying,
    departure,
    disposal,
    incident,
    inspection,
    labels,
    ledgers,
    loan,
    samples,
)
from app.reports.catalog import FormKind
from app.reports.data import PrintMeta
from app.reports.page import CancelFlag, Mark, Progress, highest
from app.services.register import Register

SAMPLE_LEDGER_ROWS = 40
SAMPLE_MEDIA = 12
SAMPLE_LABELS = 30


@dataclass(frozen=True)
class Prepared:
    """A form ready to issue: what it is, its level, and how to draw it."""

    kind: FormKind
    title: str
    subject: str
    level: Level
    render: Callable[[PrintMeta], bytes]


def _level(marks: list[Mark]) -> Level:
    top = highest(marks)
    return top.level if top is not None else Level.UNCLASSIFIED


def circulation_slip(register: Register) -> Prepared:
    slip = samples.circulation_slip(register.workstation.level)
    return Prepared(FormKind.CIRCULATION, f"传阅单：{slip.item.doc_number}",
                    "、".join(r.name for r in slip.readers), _level(circulation.marks(slip)),
                    lambda meta: circulation.render_circulation_slip(slip, meta))


def loan_slip(register: Register) -> Prepared:
    slip = samples.loan_slip(register.workstation.level)
    return Prepared(FormKind.LOAN, f"借阅单：{len(slip.items)} 件", slip.borrower,
                    _level(loan.marks(slip)), lambda meta: loan.render_loan_slip(slip, meta))


def copy_approval(register: Register) -> Prepared:
    form = samples.copy_approval(register.workstation.level)
    return Prepared(FormKind.COPY, f"复制审批单：{form.item.doc_number}", form.applicant,
                    _level(copying.marks(form)),
                    lambda meta: copying.render_copy_approval(form, meta))


def carry_out_form(register: Register) -> Prepared:
    form = samples.carry_out_form(register.workstation.level)
    return Prepared(FormKind.CARRY_OUT, f"携带外出审批单：{len(form.items)} 件", form.carrier,
                    _level(carry_out.marks(form)),
                    lambda meta: carry_out.render_carry_out(form, meta))


def destruction_list(register: Register) -> Prepared:
    form = samples.destruction_list(register.workstation.level)
    return Prepared(FormKind.DESTRUCTION, f"销毁清单：{len(form.items)} 件", form.method,
                    _level(disposal.destruction_marks(form)),
                    lambda meta: disposal.render_destruction_list(form, meta))


def return_list(register: Register) -> Prepared:
    form = samples.return_list(register.workstation.level)
    return Prepared(FormKind.RETURN, f"清退清单：{len(form.items)} 件", form.return_to,
                    _level(disposal.return_marks(form)),
                    lambda meta: disposal.render_return_list(form, meta))


def departure_clearance(register: Register) -> Prepared:
    form = samples.departure_clearance(register.workstation.level)
    return Prepared(FormKind.DEPARTURE, f"离岗清退单：{len(form.held)} 件", form.person,
                    _level(departure.marks(form)),
                    lambda meta: departure.render_departure_clearance(form, meta))


def incoming_ledger(register: Register, progress: Progress | None = None,
                    cancel: CancelFlag | None = None) -> Prepared:
    ceiling = register.workstation.level
    entries = list(samples.incoming_entries(SAMPLE_LEDGER_ROWS, ceiling))
    period = samples.period()
    return Prepared(FormKind.INCOMING_LEDGER, f"收文登记簿：{period.text}", "",
                    _level([Mark.of(e.item) for e in entries]),
                    lambda meta: ledgers.render_incoming_ledger(
                        entries, period, meta, total=len(entries), progress=progress,
                        cancel=cancel))


def outgoing_ledger(register: Register, progress: Progress | None = None,
                    cancel: CancelFlag | None = None) -> Prepared:
    ceiling = register.workstation.level
    entries = list(samples.outgoing_entries(SAMPLE_LEDGER_ROWS, ceiling))
    period = samples.period()
    return Prepared(FormKind.OUTGOING_LEDGER, f"发文登记簿：{period.text}", "",
                    _level([Mark.of(e.item) for e in entries]),
                    lambda meta: ledgers.render_outgoing_ledger(
                        entries, period, meta, total=len(entries), progress=progress,
                        cancel=cancel))


def media_ledger(register: Register, progress: Progress | None = None,
                 cancel: CancelFlag | None = None) -> Prepared:
    media = samples.media(SAMPLE_MEDIA, register.workstation.level)
    period = samples.period()
    return Prepared(FormKind.MEDIA_LEDGER, f"移动存储介质台帐：{period.text}", "",
                    _level([Mark.of(m) for m in media]),
                    lambda meta: ledgers.render_media_ledger(
                        media, period, meta, total=len(media), progress=progress,
                        cancel=cancel))


def media_labels(register: Register) -> Prepared:
    items = samples.labels(SAMPLE_LABELS, register.workstation.level)
    return Prepared(FormKind.MEDIA_LABELS, f"介质标签：{len(items)} 枚", "",
                    _level(labels.marks(items)),
                    lambda meta: labels.render_label_sheet(items, meta))


def inspection_record(register: Register) -> Prepared:
    rec = samples.inspection_record(register.workstation.level)
    return Prepared(FormKind.INSPECTION, f"保密检查记录表：{rec.period.text}", rec.department,
                    _level(inspection.marks(rec)),
                    lambda meta: inspection.render_inspection_record(rec, meta))


def incident_report(register: Register) -> Prepared:
    rep = samples.incident_report(register.workstation.level)
    return Prepared(FormKind.INCIDENT, "泄露国家秘密事件报告表", rep.unit,
                    _level(incident.marks(rep)),
                    lambda meta: incident.render_incident_report(rep, meta))


#: Every form, in the order ``print-samples`` writes them.
ALL: dict[FormKind, Callable[[Register], Prepared]] = {
    FormKind.CIRCULATION: circulation_slip,
    FormKind.LOAN: loan_slip,
    FormKind.COPY: copy_approval,
    FormKind.CARRY_OUT: carry_out_form,
    FormKind.DESTRUCTION: destruction_list,
    FormKind.RETURN: return_list,
    FormKind.DEPARTURE: departure_clearance,
    FormKind.INCOMING_LEDGER: incoming_ledger,
    FormKind.OUTGOING_LEDGER: outgoing_ledger,
    FormKind.MEDIA_LEDGER: media_ledger,
    FormKind.MEDIA_LABELS: media_labels,
    FormKind.INSPECTION: inspection_record,
    FormKind.INCIDENT: incident_report,
}
