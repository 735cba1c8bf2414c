"""What the loans-and-copies area asks of the services (借阅与复制).

Ids and plain values in, frozen dataclasses out; refusals arrive as ``MibuError`` with the
rule's text. Every change emits ``controller.changed("loans")``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from app.models.documents import ApprovalKind, CopyKind
from app.services import documents, search
from app.services.lifecycle import circulation, common, copies, due, loans, today
from app.services.lifecycle.approvals import ApprovalInfo, Authority
from app.services.lifecycle.circulation import ReaderChoice
from app.services.lifecycle.copies import CopyRecordInfo, Marking
from app.services.lifecycle.loans import BorrowerChoice, LoanInfo
from app.services.lifecycle.today import CopyCard
from app.services.search import DocumentFilter, DocumentRow
from app.ui.controller import Controller

COPY_REGISTER_ROWS = 200


class LoansController:
    def __init__(self, controller: Controller) -> None:
        self.controller = controller

    # -- the copy ---------------------------------------------------------------------------
    def lookup(self, scanned: str) -> CopyCard:
        return today.lookup(self.controller.register, scanned)

    def card(self, copy_id: int) -> CopyCard:
        return today.card(self.controller.register, copy_id)

    @staticmethod
    def usable(card: CopyCard, kind: ApprovalKind) -> list[ApprovalInfo]:
        """Approved, unused approvals of this kind that name the copy (or its document)."""
        return [a for a in card.usable_approvals if a.kind is kind]

    # -- loans ------------------------------------------------------------------------------
    def borrowers(self, copy_id: int) -> list[BorrowerChoice]:
        return loans.borrowers(self.controller.register, copy_id)

    def default_due(self, card: CopyCard) -> dt.date:
        """The latest due date the rules allow for a loan starting today (绝密: today)."""
        policy = common.policy(self.controller.register)
        return due.loan_due(card.level, card.urgent, common.today(), None, policy)

    def open_loan(self, copy_id: int) -> LoanInfo | None:
        out = [n for n in loans.loans_of_copy(self.controller.register, copy_id) if n.is_out]
        return out[-1] if out else None

    def renewal_default(self, card: CopyCard, loan: LoanInfo) -> dt.date | None:
        """The latest day a renewal may move the loan to; None when it cannot be renewed."""
        if due.same_day_required(card.level, card.urgent):
            return None
        policy = common.policy(self.controller.register)
        return due.loan_due(card.level, card.urgent, max(common.today(), loan.due_on), None,
                            policy)

    def lend(self, copy_id: int, borrower_id: int, approval_id: int | None, due_on: dt.date,
             place: str) -> LoanInfo:
        info = loans.lend(self.controller.register, self.controller.actor, copy_id,
                          borrower_id, approval_id, due_on=due_on, place=place)
        self.controller.changed.emit("loans")
        return info

    def renew(self, loan_id: int, approval_id: int | None, new_due_on: dt.date) -> LoanInfo:
        info = loans.renew(self.controller.register, self.controller.actor, loan_id,
                           approval_id, new_due_on=new_due_on)
        self.controller.changed.emit("loans")
        return info

    def return_loan(self, copy_id: int) -> LoanInfo:
        info = loans.return_loan(self.controller.register, self.controller.actor, copy_id)
        self.controller.changed.emit("loans")
        return info

    def open_loans(self) -> list[LoanInfo]:
        return loans.open_loans(self.controller.register)

    # -- copies and excerpts ----------------------------------------------------------------
    def copy_rule(self, card: CopyCard, kind: CopyKind) -> tuple[bool, Authority] | str:
        """Whether copying needs an approval and whose, or why it is not allowed at all."""
        d = documents.get_document(self.controller.register, card.document_id)
        return copies.copy_refusal(card.level, d.copy_allowed, kind)

    def receivers(self, copy_id: int) -> list[ReaderChoice]:
        return circulation.eligible_readers(self.controller.register, copy_id)

    def make_copies(self, copy_id: int, kind: CopyKind, count: int, receiver_id: int,
                    approval_id: int | None) -> CopyRecordInfo:
        info = copies.make_copies(self.controller.register, self.controller.actor, copy_id,
                                  count=count, received_by_id=receiver_id,
                                  approval_id=approval_id, kind=kind)
        self.controller.changed.emit("loans")
        return info

    def copy_register(self) -> list[CopyRecordInfo]:
        """The latest lines of the 复印登记, newest first."""
        return list(reversed(copies.copy_register(self.controller.register)))[
            :COPY_REGISTER_ROWS]

    # -- 汇编 ---------------------------------------------------------------------------------
    def find_documents(self, text: str) -> list[DocumentRow]:
        return search.search_documents(self.controller.register, DocumentFilter(text=text),
                                       limit=50)

    def compilation_marking(self, document_ids: Sequence[int]) -> Marking:
        return copies.marking_of(self.controller.register, document_ids)
