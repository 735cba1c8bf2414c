"""归档: copies in store go to the archive under a file number, all or none."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from app.errors import RuleViolation, ValidationError
from app.models.documents import ApprovalKind, CopyState
from app.services import documents
from app.services.lifecycle import archive, loans
from app.services.register import Register
from tests.lifecycle.conftest import Office

Snap = Callable[[Register], Any]


def test_copies_in_store_are_archived_with_their_file_number(office: Office) -> None:
    r, c = office.register, office.clerk
    ids = office.copies(office.secret)
    done = archive.archive(r, c, ids, file_no="2026-永久-0012", remarks="年终归档")
    assert {x.state for x in done} == {CopyState.ARCHIVED}
    history = documents.item_history(r, copy_id=ids[0])
    assert history[-1].action == "copy.archive"
    assert history[-1].after and history[-1].after["档号"] == "2026-永久-0012"
    with pytest.raises(RuleViolation, match="已归档"):  # nothing else happens to it
        archive.archive(r, c, ids[:1], file_no="2026-永久-0013")


def test_a_copy_on_loan_is_not_archived_and_nothing_changes(office: Office,
                                                            unchanged: Snap) -> None:
    r, c = office.register, office.clerk
    first, second = office.copies(office.secret)
    a = office.approve(ApprovalKind.LOAN, office.secret, person_id=office.people["qian"],
                       copy_ids=[first])
    loans.lend(r, c, first, office.people["qian"], a.id)
    before = unchanged(r)
    with pytest.raises(RuleViolation, match="只有在库或已解密的载体才能归档"):
        archive.archive(r, c, [second, first], file_no="2026-长期-0001")
    with pytest.raises(ValidationError, match="档号不能为空"):
        archive.archive(r, c, [second], file_no=" ")
    assert unchanged(r) == before
