"""What each printed form is filled with: the register's own records, never sample data.

One function per form maps records onto the form's dataclass (``app.reports.data``) and
returns a :class:`Prepared` print: its kind, title, level (the highest level of what it
lists) and a ``render(meta)`` that draws the PDF. Nothing here issues or records a print;
``app.services.printing`` does that with the prepared level, title and ``ref``.

Forms for one record take ``record_id`` (None: the most recent such record) and refuse
with a Chinese :class:`~app.errors.NotFound` when the register has none:

============================  =====================================================
``circulation_slip``          a :class:`~app.models.lifecycle.Circulation` (one round)
``loan_slip``                 a :class:`~app.models.lifecycle.Loan`
``copy_approval``             a :class:`~app.models.lifecycle.CopyRecord`; or
                              ``approval_id=`` a copy/excerpt request not yet used
``carry_out_form``            a :class:`~app.models.lifecycle.CarryOut`
``destruction_list``          a :class:`~app.models.lifecycle.Destruction`
``return_list``               an :class:`~app.models.lifecycle.IssuerReturn`
``departure_clearance``       a :class:`~app.models.people.Person` (None: the latest to
                              leave)
``incident_report``           an :class:`~app.models.media.Incident`
``media_labels``              a :class:`~app.models.media.Medium` (or ``medium_ids=``;
                              None: every medium in use)
``dispatch_slip_form``        a :class:`~app.models.documents.Dispatch` (an envelope)
============================  =====================================================

Ledgers and the inspection record take a ``period`` (default: this year to today); ledgers
stream their rows while drawing, with ``progress`` and ``cancel``.

The GUI screens call :func:`for_record` after an action ("print the slip for what I just
did"), and :func:`recent` lists the records the printing screen offers.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from app.errors import ValidationError
from app.reports.catalog import FormKind
from app.reports.data import Period
from app.reports.page import CancelFlag, Progress
from app.services.print_forms.base import PERIOD_FORMS, Prepared, year_to_date
from app.services.print_forms.dispatch_form import dispatch_slip_form
from app.services.print_forms.incident_form import incident_report
from app.services.print_forms.inspection_form import inspection_record
from app.services.print_forms.ledger_forms import (
    incoming_ledger,
    media_labels,
    media_ledger,
    outgoing_ledger,
)
from app.services.print_forms.lists import departure_clearance, destruction_list, return_list
from app.services.print_forms.records import RecordChoice, recent, register_says
from app.services.print_forms.slips import (
    carry_out_form,
    circulation_slip,
    copy_approval,
    loan_slip,
)
from app.services.register import Register

#: Forms printed for one record, by kind (``record_id`` None: the most recent).
RECORD_FORMS: dict[FormKind, Callable[..., Prepared]] = {
    FormKind.CIRCULATION: circulation_slip,
    FormKind.LOAN: loan_slip,
    FormKind.COPY: copy_approval,
    FormKind.CARRY_OUT: carry_out_form,
    FormKind.DESTRUCTION: destruction_list,
    FormKind.RETURN: return_list,
    FormKind.DEPARTURE: departure_clearance,
    FormKind.MEDIA_LABELS: media_labels,
    FormKind.INCIDENT: incident_report,
    FormKind.DISPATCH: dispatch_slip_form,
}

#: Ledgers: streamed while drawing (progress, cancel).
LEDGERS = frozenset({FormKind.INCOMING_LEDGER, FormKind.OUTGOING_LEDGER,
                     FormKind.MEDIA_LEDGER})

#: Every form, in the order ``print-samples`` writes them; each called as ``form(register)``.
ALL: dict[FormKind, Callable[..., Prepared]] = {
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
    FormKind.DISPATCH: dispatch_slip_form,
}


def for_record(
    register: Register,
    kind: FormKind,
    record_id: int | None = None,
    *,
    period: Period | None = None,
    medium_ids: Sequence[int] | None = None,
    progress: Progress | None = None,
    cancel: CancelFlag | None = None,
) -> Prepared:
    """The form ``kind`` for one record (or a period), ready to issue and render.

    ``record_id`` is the id the lifecycle services return for what was just done:
    ``ReadingInfo.circulation_id``, ``LoanInfo.id``, ``CopyRecordInfo.id``,
    ``CarryOutInfo.id``, ``DestructionInfo.id``, ``ReturnInfo.id``,
    ``DepartureCheck.person_id``, ``IncidentView.id``, ``MediumView.id`` (labels),
    ``DispatchInfo.id`` (an envelope).
    None prints the most recent record of that kind. Ledgers and the inspection record take
    ``period`` instead (default: this year to today).
    """
    kind = FormKind(kind)
    if kind in PERIOD_FORMS:
        if record_id is not None:
            raise ValidationError(f"{kind.label}按期间打印，不对应单条记录", field="record")
        span = period or year_to_date()
        if kind is FormKind.INSPECTION:
            return inspection_record(register, span)
        options: dict[str, Any] = {"progress": progress, "cancel": cancel}
        return ALL[kind](register, span, **options)
    if kind is FormKind.MEDIA_LABELS:
        return media_labels(register, record_id, medium_ids=medium_ids)
    return RECORD_FORMS[kind](register, record_id)


__all__ = [
    "ALL", "LEDGERS", "PERIOD_FORMS", "RECORD_FORMS", "Prepared", "RecordChoice",
    "carry_out_form", "circulation_slip", "copy_approval", "departure_clearance",
    "destruction_list", "dispatch_slip_form", "for_record", "incident_report", "incoming_ledger",
    "inspection_record", "loan_slip", "media_labels", "media_ledger", "outgoing_ledger",
    "recent", "register_says", "return_list",
]
