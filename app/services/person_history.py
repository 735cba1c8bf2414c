"""What a person held: their readings (传阅), loans (借阅) and carry-outs (携带外出, also as
the second person of a 绝密 carry-out), newest first. What they hold now is
:func:`app.services.lifecycle.departure.check`."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import or_, select

from app.models.documents import Copy, Document
from app.models.enums import Level
from app.models.lifecycle import CarryOut, CirculationReading, Loan
from app.services.lifecycle import common
from app.services.register import Register

#: The newest records shown per kind (older ones are in the printed registers).
LATEST = 200


@dataclass(frozen=True)
class HistoryLine:
    kind: str  # reading 传阅 / loan 借阅 / carry_out 携带外出 / companion 陪同外出
    copy_label: str
    title: str
    level: Level
    out_at: str  # ISO time, UTC
    due_on: dt.date
    back_at: str | None  # None: still out


def history(register: Register, person_id: int, latest: int = LATEST) -> list[HistoryLine]:
    with register.read() as s:
        common.load_person(s, person_id)
        out: list[HistoryLine] = []

        def line(kind: str, c: Copy, d: Document, out_at: str, due_on: dt.date,
                 back_at: str | None) -> HistoryLine:
            return HistoryLine(kind, common.copy_label(c, d), d.title, Level(d.level), out_at,
                               due_on, back_at)

        for r, c, d in s.execute(
                select(CirculationReading, Copy, Document)
                .join(Copy, Copy.id == CirculationReading.copy_id)
                .join(Document, Document.id == Copy.document_id)
                .where(CirculationReading.reader_id == person_id)
                .order_by(CirculationReading.out_at.desc()).limit(latest)).all():
            out.append(line("reading", c, d, r.out_at, r.due_on, r.back_at))
        for loan, c, d in s.execute(
                select(Loan, Copy, Document).join(Copy, Copy.id == Loan.copy_id)
                .join(Document, Document.id == Copy.document_id)
                .where(Loan.borrower_id == person_id)
                .order_by(Loan.out_at.desc()).limit(latest)).all():
            out.append(line("loan", c, d, loan.out_at, loan.due_on, loan.back_at))
        for co, c, d in s.execute(
                select(CarryOut, Copy, Document).join(Copy, Copy.id == CarryOut.copy_id)
                .join(Document, Document.id == Copy.document_id)
                .where(or_(CarryOut.carrier_id == person_id,
                           CarryOut.companion_id == person_id))
                .order_by(CarryOut.out_at.desc()).limit(latest)).all():
            kind = "carry_out" if co.carrier_id == person_id else "companion"
            out.append(line(kind, c, d, co.out_at, co.due_on, co.back_at))
    out.sort(key=lambda h: h.out_at, reverse=True)
    return out
