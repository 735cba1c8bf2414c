"""Arbitrary text into every service that takes text: a refusal or success, never a crash.

For each entry point: only ``ValidationError``/``RuleViolation`` (``NotFound`` for a
look-up of something that is not there), nothing written on refusal, and a value holding a
hidden character (issue 11, finding 9) is always refused.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from app.errors import NotFound, RuleViolation, ValidationError
from app.models.documents import ApprovalKind
from app.models.enums import Clearance, Level, Role
from app.services import (
    accounts,
    checks,
    dispatch,
    media,
    people,
    periods,
    printing,
    search,
)
from app.services.documents import DocumentInfo
from app.services.lifecycle import approvals, circulation, today
from app.services.register import Actor, Register
from tests import doc_factories as f
from tests.factories import PASSPHRASE, media_holders
from tests.hostile import FORMULAS, HIDDEN, table_counts

PLAIN = ["办公室", "关于做好保密工作的通知", "王明", "京海发〔2026〕12号", "海淀区委", "秘密",
         "光盘", "GP-001", "10年", "A-1", " ", ""]
hostile_text = st.one_of(
    st.sampled_from(PLAIN + FORMULAS),
    st.text(max_size=40),
    st.builds(lambda a, h, b: a + h + b, st.sampled_from(PLAIN), st.sampled_from(HIDDEN),
              st.sampled_from(PLAIN)),
    st.builds(lambda a, n: a * n, st.sampled_from(["密", "x", "\u202e", "\n"]),
              st.integers(0, 3000)),
)


def mostly(default: str) -> st.SearchStrategy[str]:
    """The valid ``default`` two times in three, else hostile text (so some calls succeed)."""
    return st.one_of(st.just(default), st.just(default), hostile_text)


PROPERTY = settings(max_examples=30, deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture,
                                           HealthCheck.too_slow])


def hidden(value: object, *, multiline: bool = False) -> bool:
    return isinstance(value, str) and checks.hidden_character(
        value.strip(), multiline=multiline) is not None


def attempt(register: Register, action: Callable[[], object], must_refuse: bool,
            lookup: bool = False) -> object | None:
    """Run ``action``: a refusal changes nothing; a hidden character is always refused."""
    before = table_counts(register)
    allowed: tuple[type[Exception], ...] = (ValidationError, RuleViolation)
    if lookup:
        allowed += (NotFound,)
    try:
        result = action()
    except allowed as exc:
        assert exc.message, type(exc)
        assert table_counts(register) == before, exc.message
        event("refused")
        return None
    assert not must_refuse, "a hidden character was accepted"
    event("accepted")
    return result


@PROPERTY
@given(title=mostly("关于做好保密工作的通知"), sender=mostly("海淀区委"),
       doc_number=hostile_text, remarks=mostly(""), scope=mostly("全体"), location=mostly(""))
def test_receipt(register: Register, clerk: Actor, title: str, sender: str, doc_number: str,
                 remarks: str, scope: str, location: str) -> None:
    refuse = (any(hidden(v) for v in (title, sender, doc_number, scope, location))
              or hidden(remarks, multiline=True))
    attempt(register, lambda: f.receive(
        register, clerk, title=title, sender=sender, doc_number=doc_number, remarks=remarks,
        scope=scope, location=location, level=Level.SECRET, copy_numbers=None), refuse)


@PROPERTY
@given(name=hostile_text, department=mostly("办公室"), post=mostly(""), remarks=mostly(""),
       organisation=hostile_text)
def test_people_and_organisations(register: Register, clerk: Actor, name: str,
                                  department: str, post: str, remarks: str,
                                  organisation: str) -> None:
    attempt(register, lambda: people.add_person(
        register, clerk, name=name, department=department, post=post, clearance="一般",
        remarks=remarks), any(hidden(v) for v in (name, department, post))
        or hidden(remarks, multiline=True))
    attempt(register, lambda: people.add_organisation(register, clerk, organisation),
            hidden(organisation))


_numbers = itertools.count(1)


@PROPERTY
@given(number=mostly("JM-U-1"), brand=mostly("SanDisk"), holder=mostly("王五"),
       serial=hostile_text, step=hostile_text, other=hostile_text)
def test_media(register: Register, clerk: Actor, number: str, brand: str, holder: str,
               serial: str, step: str, other: str) -> None:
    media_holders(register, clerk)  # 责任人 are registered people
    attempt(register, lambda: media.register_medium(register, clerk, media.NewMedium(
        number=number, kind="U盘", brand_model=brand, level="秘密", holder=holder,
        vendor_id="0781", product_id="5581", serial=serial)),
        any(hidden(v) for v in (number, brand, holder, serial)))
    known = f"GP-{next(_numbers):04d}"
    media.register_medium(register, clerk, media.NewMedium(
        number=known, kind="光盘", brand_model="Verbatim", level="秘密", holder="王五"))
    attempt(register, lambda: media.issue(register, clerk, known, step), hidden(step))
    attempt(register, lambda: media.carry_out(register, clerk, known, approval_id=None,
                                              destination=other, companion=step),
            hidden(other))
    attempt(register, lambda: media.send_for_repair(register, clerk, known, step),
            hidden(step))
    attempt(register, lambda: media.report_lost(register, clerk, known, other), hidden(other))


@pytest.fixture
def secret_doc(register: Register, clerk: Actor) -> DocumentInfo:
    return f.receive(register, clerk, level=Level.SECRET, copies=1, copy_numbers=None,
                     scope="全体", period="10年")


@PROPERTY
@given(reason=hostile_text, name=mostly("王局长"), reference=mostly("京批〔2026〕1号"),
       period=mostly("5年"))
def test_approvals_and_period_changes(register: Register, clerk: Actor,
                                      secret_doc: DocumentInfo, reason: str, name: str,
                                      reference: str, period: str) -> None:
    (copy,) = f.documents.list_copies(register, secret_doc.id)
    a = attempt(register, lambda: approvals.request(
        register, clerk, ApprovalKind.COPY, document_id=secret_doc.id, copy_ids=[copy.id],
        count=1, reason=reason), hidden(reason))
    if a is not None:
        assert isinstance(a, approvals.ApprovalInfo)
        attempt(register, lambda: approvals.record_paper_approval(
            register, clerk, a.id, approver_name=name, approved_on=dt.date.today(),
            reference=reference), hidden(name) or hidden(reference))
    attempt(register, lambda: periods.request_change(
        register, clerk, secret_doc.id, new_period=period, reason=reason),
        hidden(reason, multiline=True) or hidden(period))


@PROPERTY
@given(signed_by=hostile_text)
def test_circulation_signature(register: Register, clerk: Actor, secret_doc: DocumentInfo,
                               signed_by: str) -> None:
    reader = people.find_people_by_name(register, "孙干事")
    reader_id = reader[0].id if reader else people.add_person(
        register, clerk, name="孙干事", department="办公室", clearance=Clearance.IMPORTANT).id
    (copy,) = f.documents.list_copies(register, secret_doc.id)
    reading = attempt(register, lambda: circulation.hand_out(
        register, clerk, copy.id, reader_id, signed_by=signed_by), hidden(signed_by))
    if reading is not None:
        circulation.take_back(register, clerk, copy.id)


@PROPERTY
@given(title=mostly("关于某事的通知"), doc_number=hostile_text, signed_by=mostly("王局长"),
       org=mostly("海淀区委"), remarks=mostly(""))
def test_outgoing(register: Register, clerk: Actor, title: str, doc_number: str,
                  signed_by: str, org: str, remarks: str) -> None:
    attempt(register, lambda: dispatch.register_outgoing(register, clerk, dispatch.OutgoingInput(
        doc_number=doc_number, title=title, level=Level.SECRET, issued_on=dt.date.today(),
        distribution=[(org, 1)], signed_by=signed_by, period="10年", remarks=remarks)),
        any(hidden(v) for v in (title, doc_number, signed_by, org))
        or hidden(remarks, multiline=True))


_users = itertools.count(1)


@PROPERTY
@given(display_name=hostile_text)
def test_account_names(register: Register, clerk: Actor, display_name: str) -> None:
    attempt(register, lambda: accounts.create_account(
        register, clerk, username=f"user{next(_users)}", display_name=display_name,
        role=Role.APPROVER, passphrase=PASSPHRASE), hidden(display_name))


@PROPERTY
@given(text=hostile_text)
def test_look_ups(register: Register, text: str) -> None:
    lookups: list[Callable[[], Any]] = [
        lambda: search.search_documents(register, search.DocumentFilter(text=text)),
        lambda: today.lookup(register, text),
        lambda: printing.lookup(register, text),
    ]
    for look in lookups:
        attempt(register, look, False, lookup=True)
    with pytest.raises(ValidationError):
        if hidden(text):
            search.search_documents(register, search.DocumentFilter(text=text))
        else:
            raise ValidationError("(nothing hidden)")


def test_printable_text_has_no_refused_character() -> None:
    """``hidden_character`` passes printable text without looking at each character: no
    character Python calls printable is in a refused category."""
    import sys
    import unicodedata

    refused = {"Cc", "Cf", "Cs", "Zl", "Zp"}
    assert not [hex(o) for o in range(sys.maxunicode + 1)
                if chr(o).isprintable() and unicodedata.category(chr(o)) in refused]
