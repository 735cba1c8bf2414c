"""Units typed two ways are merged in one transaction; renaming; refusals change nothing."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from sqlalchemy import func, select

from app.errors import RuleViolation, ValidationError
from app.models.documents import Dispatch, Distribution, Document
from app.models.enums import Level
from app.models.foundation import AuditEntry
from app.models.people import Organisation
from app.services import dispatch, documents, organisations, people, search
from app.services.register import Actor, Register
from tests import doc_factories as f

SHORT, LONG = "海淀区教委", "北京市海淀区教育委员会"


def _snapshot(register: Register) -> dict[str, Any]:
    with register.read() as s:
        return {
            "orgs": sorted(s.execute(select(Organisation.id, Organisation.name)).all()),
            "senders": sorted(s.execute(select(Document.id, Document.sender_id)).all()),
            "dispatches": sorted(s.execute(select(Dispatch.id, Dispatch.recipient_id)).all()),
            "distribution": sorted(s.execute(select(
                Distribution.document_id, Distribution.organisation_id,
                Distribution.copies)).all()),
            "audit": s.scalar(select(func.count(AuditEntry.id))),
        }


def _org(register: Register, name: str) -> int:
    return next(o.id for o in people.list_organisations(register) if o.name == name)


@pytest.fixture
def two_ways(register: Register, clerk: Actor) -> tuple[int, int]:
    """One unit typed two ways: as a sender, a recipient, and both in one distribution."""
    f.receive(register, clerk, sender=SHORT)
    f.receive(register, clerk, sender=LONG)
    out = dispatch.register_outgoing(register, clerk, dispatch.OutgoingInput(
        doc_number="海保发〔2026〕3号", title="关于开展保密自查的通知", level=Level.SECRET,
        issued_on=dt.date.today(), signed_by="李主任", distribution=[(SHORT, 2), (LONG, 1)]))
    copy = documents.list_copies(register, out.id)[0]
    dispatch.dispatch(register, clerk, recipient=SHORT, copy_ids=[copy.id])
    return _org(register, SHORT), _org(register, LONG)


def test_merging_moves_every_reference_and_removes_the_merged_unit(
        register: Register, clerk: Actor, two_ways: tuple[int, int]) -> None:
    short, long = two_ways
    done = organisations.merge(register, clerk, short, long)
    assert (done.name, done.documents, done.dispatches, done.distributions) == (LONG, 2, 1, 1)
    assert [o.name for o in people.list_organisations(register)] == [LONG]
    snap = _snapshot(register)
    assert {sender for _id, sender in snap["senders"] if sender is not None} == {long}
    assert [(org, n) for _doc, org, n in snap["distribution"]] == [(long, 3)]
    # the search index follows the sender's new name
    assert search.count_documents(register, search.DocumentFilter(text="海淀区教育委员会")) == 2
    with register.read() as s:
        entry = s.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
    assert entry is not None and entry.action == "organisation.merge"
    assert SHORT in (entry.before or "") and LONG in (entry.after or "")


def test_merging_a_unit_into_itself_is_refused_and_changes_nothing(
        register: Register, clerk: Actor, two_ways: tuple[int, int]) -> None:
    short, _long = two_ways
    before = _snapshot(register)
    with pytest.raises(RuleViolation, match="不能把单位合并到它自己"):
        organisations.merge(register, clerk, short, short)
    assert _snapshot(register) == before


def test_a_merge_that_fails_half_way_writes_nothing(
        register: Register, clerk: Actor, two_ways: tuple[int, int],
        monkeypatch: pytest.MonkeyPatch) -> None:
    short, long = two_ways
    before = _snapshot(register)

    def broken(*_args: object, **_kw: object) -> None:
        raise RuntimeError("disk full")

    # every reference has been moved when the audit entry is written: that fails
    monkeypatch.setattr(organisations.audit, "record", broken)
    with pytest.raises(RuntimeError):
        organisations.merge(register, clerk, short, long)
    monkeypatch.undo()
    assert _snapshot(register) == before


def test_renaming_a_unit_is_audited_and_refuses_a_name_taken(
        register: Register, clerk: Actor, two_ways: tuple[int, int]) -> None:
    short, _long = two_ways
    before = _snapshot(register)
    with pytest.raises(ValidationError, match="请用“合并”"):
        organisations.rename(register, clerk, short, LONG)
    assert _snapshot(register) == before
    done = organisations.rename(register, clerk, short, "北京市海淀区教委")
    assert done.name == "北京市海淀区教委" and done.documents == 1
    assert search.count_documents(register, search.DocumentFilter(text="北京市海淀区教委")) == 1
