"""The scan field takes what its hint says (``2026-收-0001/3``) for every copy, also for copies
without 份号, and the copy's label as the screens show it (issue 14)."""

from __future__ import annotations

import pytest

from app.errors import NotFound
from app.models.enums import Level
from app.services import documents
from app.services.lifecycle import today
from app.services.register import Actor, Register
from tests.doc_factories import receive


def test_copies_without_a_copy_number_are_found_as_the_hint_says(
        register: Register, clerk: Actor) -> None:
    doc = receive(register, clerk, level=Level.SECRET, copies=2, copy_numbers=[])
    codes = [c.code for c in documents.list_copies(register, doc.id)]
    assert all("-N" in code for code in codes)
    for n, code in enumerate(codes, start=1):
        assert today.lookup(register, f"{doc.internal_no}/{n}").code == code
        assert today.lookup(register, f"{doc.internal_no} 第{n}份").code == code
        assert today.lookup(register, f"{doc.internal_no}（{code}）").code == code
        assert documents.find_copy(register, f"{doc.internal_no}/{n}").code == code
    with pytest.raises(NotFound, match="找不到条码"):
        today.lookup(register, f"{doc.internal_no}/3")


def test_numbered_copies_still_answer_to_their_number(register: Register, clerk: Actor
                                                      ) -> None:
    doc = receive(register, clerk, copies=2, copy_numbers=[3, 4])
    card = today.lookup(register, f"{doc.internal_no}/4")
    assert card.label.endswith("第4份")
    with pytest.raises(NotFound):
        today.lookup(register, f"{doc.internal_no}/1")
