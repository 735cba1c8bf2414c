"""Random sequences of operations keep the invariants of the register of carriers.

- a copy has exactly one state and at most one holder (a holder only when it is out);
- no holder outside the 知悉范围 or above their clearance;
- every state change has its audit entry (the copy's latest entry names its state);
- a refused operation changes nothing.
"""

from __future__ import annotations

import datetime as dt
import json
import tempfile
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule
from sqlalchemy import select

from app.errors import MibuError
from app.models.documents import HOLDING_STATES, ApprovalKind, Copy, CopyState, Document
from app.models.enums import Level
from app.models.foundation import AuditEntry
from app.models.lifecycle import DestructionMethod
from app.models.people import Person
from app.services.lifecycle import (
    approvals,
    carry_out,
    circulation,
    common,
    destruction,
    loans,
    returns,
)
from tests import factories
from tests.lifecycle.conftest import TODAY, Office, build_office, snapshot

PEOPLE = ["wang", "li", "zhao", "qian", "sun", "zhou"]


class Lifecycle(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self._tmp = tempfile.TemporaryDirectory()
        created = factories.new_register(Path(self._tmp.name) / "r.mibu",
                                         level=Level.TOP_SECRET)  # the office keeps 绝密
        self.office: Office = build_office(created.register, created.clerk)
        self.r = created.register
        self.c = created.clerk
        self.copy_ids = (self.office.copies(self.office.top) + self.office.copies(self.office.conf)
                         + self.office.copies(self.office.secret))
        self.changes = 0

    def teardown(self) -> None:
        self.r.close()
        self._tmp.cleanup()

    def _approval(self, kind: ApprovalKind, copy_id: int, person: int | None = None,
                  until: dt.date | None = None) -> int | None:
        with self.r.read() as s:
            doc = s.get(Copy, copy_id).document_id  # type: ignore[union-attr]
        try:
            a = approvals.request(self.r, self.c, kind, document_id=doc, person_id=person,
                                  copy_ids=[copy_id], until=until)
            return approvals.record_paper_approval(self.r, self.c, a.id, approver_name="李局长",
                                                   approved_on=TODAY, reference="批").id
        except MibuError:
            return None

    def _try(self, op: Any, *args: Any, **kw: Any) -> None:
        before = snapshot(self.r)
        try:
            op(*args, **kw)
        except MibuError as err:
            assert err.message, "every refusal says why"
            assert snapshot(self.r) == before, f"refused but changed: {err.message}"
        else:
            self.changes += 1

    copies = st.integers(0, 4)
    people = st.sampled_from(PEOPLE)

    @rule(i=copies, who=people)
    def hand_out(self, i: int, who: str) -> None:
        self._try(circulation.hand_out, self.r, self.c, self.copy_ids[i], self.office.people[who])

    @rule(i=copies)
    def take_back(self, i: int) -> None:
        self._try(circulation.take_back, self.r, self.c, self.copy_ids[i])

    @rule(i=copies, who=people, approved=st.booleans())
    def lend(self, i: int, who: str, approved: bool) -> None:
        pid = self.office.people[who]
        a = self._approval(ApprovalKind.LOAN, self.copy_ids[i], pid) if approved else None
        self._try(loans.lend, self.r, self.c, self.copy_ids[i], pid, a)

    @rule(i=copies)
    def return_loan(self, i: int) -> None:
        self._try(loans.return_loan, self.r, self.c, self.copy_ids[i])

    @rule(i=copies, who=people, companion=st.none() | people)
    def carry(self, i: int, who: str, companion: str | None) -> None:
        pid = self.office.people[who]
        a = self._approval(ApprovalKind.CARRY_OUT, self.copy_ids[i], pid, TODAY)
        self._try(carry_out.carry_out, self.r, self.c, self.copy_ids[i], a, carrier_id=pid,
                  companion_id=self.office.people[companion] if companion else None,
                  destination="市委", due_on=TODAY)

    @rule(i=copies)
    def bring_back(self, i: int) -> None:
        self._try(carry_out.bring_back, self.r, self.c, self.copy_ids[i])

    @rule(i=copies, w=st.sampled_from([("zhao", "wang"), ("zhao", "qian"), ("li", "li")]))
    def destroy(self, i: int, w: tuple[str, str]) -> None:
        a = self._approval(ApprovalKind.DESTRUCTION, self.copy_ids[i])
        self._try(destruction.destroy, self.r, self.c, a, [self.copy_ids[i]],
                  witness_ids=[self.office.people[x] for x in w],
                  method=DestructionMethod.SHRED, place="机要室")

    @rule(i=copies)
    def return_to_issuer(self, i: int) -> None:
        self._try(returns.return_to_issuer, self.r, self.c, [self.copy_ids[i]],
                  received_by="刘某")

    @invariant()
    def one_state_one_holder_inside_scope_and_clearance(self) -> None:
        with self.r.read() as s:
            for c in s.scalars(select(Copy)):
                state = CopyState(c.state)
                assert (c.holder_id is not None) == (state in HOLDING_STATES)
                if c.holder_id is not None:
                    d = s.get(Document, c.document_id)
                    p = s.get(Person, c.holder_id)
                    assert d is not None and p is not None
                    assert common.receiver_refusal(s, d, p) is None

    @invariant()
    def every_state_change_has_its_audit_entry(self) -> None:
        with self.r.read() as s:
            for c in s.scalars(select(Copy)):
                last = s.scalar(
                    select(AuditEntry.after).where(
                        AuditEntry.entity == "copy", AuditEntry.entity_id == str(c.id),
                        AuditEntry.action.like("copy.%"),
                        AuditEntry.action.not_in(["copy.renew"]))
                    .order_by(AuditEntry.id.desc()).limit(1))
                if last is None:
                    assert c.state == CopyState.IN_STORE.value
                else:
                    assert json.loads(last)["状态"] == CopyState(c.state).label


TestLifecycle = Lifecycle.TestCase
TestLifecycle.settings = settings(
    max_examples=15, stateful_step_count=25, deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
