"""Random input to the register's services: a ValidationError or success, never a crash,
and nothing written when refused (a receipt above the workstation's level: a RuleViolation)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from app.errors import RuleViolation, ValidationError
from app.models.documents import Copy, Document, NumberCounter, ScopeEntry
from app.models.enums import Level
from app.models.foundation import AuditEntry
from app.models.people import Organisation, Person
from app.services import documents, people, search
from app.services.documents import EnvelopeCheck, ReceiptInput
from app.services.register import Actor, Register

TABLES = (Document, Copy, AuditEntry, NumberCounter, ScopeEntry, Person, Organisation)

texts = st.one_of(
    st.text(max_size=30),
    st.sampled_from(["", " ", "机密", "秘密", "绝密", "内部", "非密", "10年", "长期", "2030-01-01",
                     "2026年1月31日", "办公室", "局领导", "全体", "一般", "核心", "在岗", "离岗",
                     "3,4", "1-3", "\x00", "密" * 600]),
)
dates = st.one_of(st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2100, 1, 1)),
                  texts, st.none())
anything: st.SearchStrategy[Any] = st.one_of(texts, st.integers(-5, 2_000_000), st.none(),
                                             st.booleans(), dates,
                                             st.lists(st.integers(-3, 1_000_001), max_size=5))


def snapshot(register: Register) -> tuple[int, ...]:
    with register.read() as s:
        return tuple(int(s.scalar(select(func.count()).select_from(t)) or 0) for t in TABLES)


@settings(max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(title=anything, sender=anything, level=anything, received_on=dates, doc_number=anything,
       copies=anything, copy_numbers=anything, period=anything, scope=anything,
       doc_date=dates, carrier=anything, copy_allowed=anything, deadline=dates,
       intact=st.booleans(), notes=anything)
def test_random_receipts_give_only_validation_errors(
    register: Register, clerk: Actor, title: Any, sender: Any, level: Any, received_on: Any,
    doc_number: Any, copies: Any, copy_numbers: Any, period: Any, scope: Any, doc_date: Any,
    carrier: Any, copy_allowed: Any, deadline: Any, intact: bool, notes: Any,
) -> None:
    before = snapshot(register)
    receipt = ReceiptInput(
        title=title, sender=sender, level=level, received_on=received_on,
        doc_number=doc_number, copies=copies, copy_numbers=copy_numbers, period=period,
        scope=scope, doc_date=doc_date, carrier=carrier, copy_allowed=copy_allowed,
        return_deadline=deadline, envelope=EnvelopeCheck(intact=intact, notes=notes),
    )
    try:
        documents.receive(register, clerk, receipt)
    except ValidationError:
        assert snapshot(register) == before
    except RuleViolation as exc:  # only the workstation's level: 绝密 on this 机密 register
        assert exc.field == "level" and isinstance(level, str), exc.message
        assert Level.parse(level) is Level.TOP_SECRET
        assert snapshot(register) == before
    else:
        assert snapshot(register) != before


@settings(max_examples=100, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(name=anything, department=anything, post=anything, clearance=anything,
       remarks=anything)
def test_random_people_give_only_validation_errors(
    register: Register, clerk: Actor, name: Any, department: Any, post: Any, clearance: Any,
    remarks: Any,
) -> None:
    before = snapshot(register)
    try:
        people.add_person(register, clerk, name=name, department=department, post=post,
                          clearance=clearance, remarks=remarks)
    except ValidationError:
        assert snapshot(register) == before


@settings(max_examples=100, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(query=anything, sort=anything, offset=anything, limit=anything, days=anything)
def test_random_searches_give_only_validation_errors(
    register: Register, query: Any, sort: Any, offset: Any, limit: Any, days: Any,
) -> None:
    try:
        search.search_documents(
            register, search.DocumentFilter(text=query, expiring_within_days=days),
            sort=sort if isinstance(sort, str) else "received_on", offset=offset, limit=limit)
    except ValidationError:
        pass
