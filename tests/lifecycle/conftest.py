"""A small office for lifecycle tests: people, an approver, and registered documents.

The office keeps a 绝密 document, so it works on a 绝密 register: a register refuses items
above its level (003 第十三条). There every approver confirmation takes a one-time code
(``factories.one_time_code``); :meth:`Office.approve` and :meth:`Office.code` supply it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
from sqlalchemy import func, select

from app.models import lifecycle as lm
from app.models.documents import Approval, ApprovalKind, Copy, ScopeEntry
from app.models.enums import Clearance, Level, Role
from app.models.foundation import AuditEntry
from app.services import documents, people
from app.services.documents import DocumentInfo
from app.services.lifecycle import approvals
from app.services.lifecycle.approvals import ApprovalInfo, Authority
from app.services.register import Actor, Register
from tests import doc_factories as f
from tests.factories import PASSPHRASE, add_account, one_time_code

TODAY = dt.date.today()
#: The office's documents arrived some weeks ago, so events can be entered late (补登) in tests.
RECEIVED = TODAY - dt.timedelta(days=45)


@dataclass
class Office:
    register: Register
    clerk: Actor
    approver: Actor
    people: dict[str, int]
    top_secret: DocumentInfo | None  # 绝密, scope 局领导、办公室, 份号 1 and 2 (绝密 register)
    conf: DocumentInfo  # 机密, copying allowed by the issuer, scope 办公室
    secret: DocumentInfo  # 秘密, copying not allowed, scope 全体

    @property
    def top(self) -> DocumentInfo:
        """The 绝密 document: only a 绝密 register keeps one (003 第十三条)."""
        if self.top_secret is None:
            raise AssertionError("a 机密 register keeps no 绝密 document: mark the test "
                                 "@pytest.mark.workstation(Level.TOP_SECRET)")
        return self.top_secret

    def code(self, username: str = "approver") -> str | None:
        """A one-time code for an approver's confirmation at the terminal (绝密 register)."""
        return one_time_code(self.register, username)

    def copies(self, doc: DocumentInfo) -> list[int]:
        return [c.id for c in documents.list_copies(self.register, doc.id)]

    def approve(
        self, kind: ApprovalKind, doc: DocumentInfo | None, *, paper: bool = False,
        **kw: Any,
    ) -> ApprovalInfo:
        a = approvals.request(self.register, self.clerk, kind,
                              document_id=doc.id if doc else None, **kw)
        if paper or kw.get("authority") is Authority.ORIGINATING:
            return approvals.record_paper_approval(
                self.register, self.clerk, a.id, approver_name="国家保密局",
                approved_on=TODAY, reference="国保批〔2026〕1号")
        return approvals.approve_at_terminal(self.register, self.clerk, a.id,
                                             username="approver", passphrase=PASSPHRASE,
                                             one_time_code=self.code())


def snapshot(register: Register) -> dict[str, Any]:
    """Everything a refused operation must leave unchanged."""
    with register.read() as s:
        out: dict[str, Any] = {
            "copies": sorted(s.execute(select(Copy.id, Copy.state, Copy.holder_id)).all()),
            "approvals": sorted(s.execute(select(Approval.id, Approval.status)).all()),
            "audit": s.scalar(select(func.count(AuditEntry.id))),
            "scope": s.scalar(select(func.count(ScopeEntry.id))),
        }
        for table in (lm.Circulation, lm.CirculationReading, lm.Loan, lm.LoanRenewal,
                      lm.CopyRecord, lm.CarryOut, lm.IssuerReturn, lm.Destruction,
                      lm.Departure, lm.Stocktake):
            out[table.__tablename__] = s.scalar(select(func.count()).select_from(table))
        return out


@pytest.fixture
def workstation_level() -> Level:
    """Lifecycle tests work on a 绝密 register: the office keeps a 绝密 document."""
    return Level.TOP_SECRET


@pytest.fixture
def unchanged() -> Callable[[Register], Any]:
    return snapshot


@pytest.fixture
def office(register: Register, clerk: Actor) -> Office:
    return build_office(register, clerk)


def build_office(register: Register, clerk: Actor) -> Office:
    """The office; its 绝密 document only on a 绝密 register (else ``office.top`` fails)."""
    approver = add_account(register, clerk, "approver", Role.APPROVER, "李局长")
    who = {
        "wang": ("王局长", "局领导", "局长", Clearance.CORE),
        "li": ("李副局长", "局领导", "副局长", Clearance.CORE),
        "zhao": ("赵主任", "办公室", "主任", Clearance.CORE),
        "qian": ("钱科员", "办公室", "科员", Clearance.IMPORTANT),
        "sun": ("孙干事", "办公室", "干事", Clearance.GENERAL),
        "zhou": ("周会计", "财务科", "会计", Clearance.CORE),
    }
    ids = {}
    for key, (name, dept, post, clearance) in who.items():
        ids[key] = people.add_person(register, clerk, name=name, department=dept, post=post,
                                     clearance=clearance).id
    top = None
    if register.workstation.level is Level.TOP_SECRET:
        top = f.receive(register, clerk, level=Level.TOP_SECRET, copies=2, copy_numbers=[1, 2],
                        scope="局领导、办公室", title="关于某重要事项的绝密通报",
                        doc_number="中办发〔2026〕5号", received_on=RECEIVED)
    conf = f.receive(register, clerk, level=Level.CONFIDENTIAL, copies=1, copy_numbers=[1],
                     scope="办公室", copy_allowed=True, title="机密工作部署",
                     received_on=RECEIVED)
    secret = f.receive(register, clerk, level=Level.SECRET, copies=2, copy_numbers=None,
                       scope="全体", title="秘密文件一则", received_on=RECEIVED)
    return Office(register, clerk, approver, ids, top, conf, secret)
