"""What the approvals area asks of the services (审批).

Like :class:`LifecycleController`: ids and plain values in, the services' frozen dataclasses
out, a ``MibuError`` with the rule's Chinese text when something is refused. Every change
emits ``controller.changed("approvals")`` so the start page and the loans area refresh.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from app.models.documents import ApprovalKind, ApprovalStatus, CopyKind
from app.models.enums import Level, Role
from app.models.people import PersonStatus
from app.services import documents, people, periods, search
from app.services.documents import CopyInfo, DocumentInfo
from app.services.lifecycle import approvals, today
from app.services.lifecycle.approvals import ApprovalInfo, Authority
from app.services.lifecycle.today import CopyCard
from app.services.people import PersonInfo
from app.services.search import DocumentFilter, DocumentRow
from app.ui.controller import Controller

PICK_LIMIT = 50


def copy_name(c: CopyInfo) -> str:
    """``2026-收-0001 第3份``; a copy without a number is told apart by its code."""
    if c.copy_no is None and c.kind is CopyKind.ORIGINAL:
        return f"{c.internal_no}（{c.code}）"
    return f"{c.internal_no} {c.label}"


class ApprovalsController:
    def __init__(self, controller: Controller) -> None:
        self.controller = controller

    @property
    def role(self) -> Role:
        return self.controller.actor.role

    # -- lists --------------------------------------------------------------------------------
    def listed(self, status: ApprovalStatus | None, *, everything: bool = False
               ) -> list[ApprovalInfo]:
        """Waiting requests oldest first; otherwise the history (of one status) newest first."""
        reg = self.controller.register
        if status is ApprovalStatus.PENDING:
            return approvals.waiting(reg, limit=500)
        return approvals.history(reg, None if everything else status)

    def get(self, approval_id: int) -> ApprovalInfo:
        return approvals.get(self.controller.register, approval_id)

    def copy_labels(self, copy_ids: Sequence[int]) -> list[str]:
        reg = self.controller.register
        return [copy_name(documents.get_copy(reg, cid)) for cid in copy_ids]

    def account_names(self) -> dict[str, str]:
        """Usernames as people are called (申请人 is stored as the account's username)."""
        return self.controller.account_names()

    # -- decisions ----------------------------------------------------------------------------
    def approve_at_terminal(self, approval_id: int, username: str, passphrase: str,
                            one_time_code: str | None) -> ApprovalInfo:
        info = approvals.approve_at_terminal(
            self.controller.register, self.controller.actor, approval_id,
            username=username, passphrase=passphrase, one_time_code=one_time_code)
        self.controller.changed.emit("approvals")
        return info

    def record_paper(self, approval_id: int, approver_name: str, approved_on: dt.date,
                     reference: str) -> ApprovalInfo:
        info = approvals.record_paper_approval(
            self.controller.register, self.controller.actor, approval_id,
            approver_name=approver_name, approved_on=approved_on, reference=reference)
        self.controller.changed.emit("approvals")
        return info

    def refuse(self, approval_id: int, approver_name: str) -> ApprovalInfo:
        info = approvals.refuse(self.controller.register, self.controller.actor, approval_id,
                                approver_name=approver_name)
        self.controller.changed.emit("approvals")
        return info

    def withdraw(self, approval_id: int) -> ApprovalInfo:
        info = approvals.withdraw(self.controller.register, self.controller.actor, approval_id)
        self.controller.changed.emit("approvals")
        return info

    def widen_scope(self, approval_id: int) -> ApprovalInfo:
        info = approvals.widen_scope(self.controller.register, self.controller.actor,
                                     approval_id)
        self.controller.changed.emit("approvals")
        return info

    def apply_change(self, approval_id: int) -> DocumentInfo:
        """An approved 密级变更/保密期限变更 carried out (the approval is then used)."""
        info = periods.apply_change(self.controller.register, self.controller.actor,
                                    approval_id)
        self.controller.changed.emit("approvals")
        self.controller.changed.emit("documents")
        return info

    # -- a new request ------------------------------------------------------------------------
    def request_change(self, document_id: int, *, new_level: Level | None, new_period: str,
                       reason: str) -> ApprovalInfo:
        """密级变更 or 保密期限变更 (the service tells which from what changes)."""
        info = periods.request_change(
            self.controller.register, self.controller.actor, document_id, new_level=new_level,
            new_period=new_period, reason=reason)
        self.controller.changed.emit("approvals")
        return info

    def request(self, kind: ApprovalKind, *, document_id: int | None, person_id: int | None,
                copy_ids: Sequence[int], count: int | None, until: dt.date | None,
                authority: Authority, reason: str) -> ApprovalInfo:
        info = approvals.request(
            self.controller.register, self.controller.actor, kind, document_id=document_id,
            person_id=person_id, copy_ids=copy_ids, count=count, until=until,
            authority=authority, reason=reason)
        self.controller.changed.emit("approvals")
        return info

    def lookup(self, scanned: str) -> CopyCard:
        return today.lookup(self.controller.register, scanned)

    def find_documents(self, text: str) -> list[DocumentRow]:
        return search.search_documents(self.controller.register, DocumentFilter(text=text),
                                       limit=PICK_LIMIT)

    def document(self, document_id: int) -> DocumentInfo:
        return documents.get_document(self.controller.register, document_id)

    def copies_of(self, document_id: int) -> list[CopyInfo]:
        return documents.list_copies(self.controller.register, document_id)

    def people_on_post(self) -> list[PersonInfo]:
        return people.list_people(self.controller.register, status=PersonStatus.ON_POST)
