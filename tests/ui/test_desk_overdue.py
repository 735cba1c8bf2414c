"""The circulation desk marks a reader with an overdue item as the loans area marks a
borrower (issue 14)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from app.models.documents import CopyState
from app.services.lifecycle import loans, today
from app.ui.circulation_desk import CirculationDesk
from app.ui.controller import Controller
from tests.screens import save_screenshot


def test_the_desk_marks_a_reader_with_an_overdue_item(qtbot: QtBot,
                                                      demo_controller: Controller) -> None:
    reg = demo_controller.register
    late = today.today_page(reg).overdue[0]  # 孙丽 holds a loan past its due date
    desk = CirculationDesk(demo_controller)
    qtbot.addWidget(desk)
    desk.resize(1000, 640)
    desk.show()
    marked = None
    for copy in _copies_in_store(demo_controller):
        desk.show_copy(copy)
        labels = [desk.reader.itemText(i) for i in range(desk.reader.count())]
        marked = next((i for i, t in enumerate(labels) if t.startswith(late.holder)), None)
        if marked is not None:
            break
    assert marked is not None, "no copy in store that the late reader may receive"
    assert "有逾期未还" in desk.reader.itemText(marked)
    # The same person in the loans area's list is marked with the same words.
    choices = loans.borrowers(reg, desk.card.copy_id)  # type: ignore[union-attr]
    assert any(desk.reader.itemText(marked).startswith(c.label) and c.overdue
               for c in choices)
    unmarked = [i for i in range(desk.reader.count()) if i != marked]
    assert all("有逾期未还" not in desk.reader.itemText(i) for i in unmarked)
    desk.reader.setCurrentIndex(marked)
    assert desk.reader_note.isVisibleTo(desk)
    assert "有逾期未还" in desk.reader_note.text() and late.copy_label in desk.reader_note.text()
    save_screenshot(desk, "circulation_desk_overdue_reader")
    if unmarked:
        desk.reader.setCurrentIndex(unmarked[0])
        assert not desk.reader_note.isVisibleTo(desk)


def _copies_in_store(c: Controller) -> list[int]:
    from sqlalchemy import select

    from app.models.documents import Copy

    with c.register.read() as s:
        return list(s.scalars(select(Copy.id).where(Copy.state == CopyState.IN_STORE.value)
                              .order_by(Copy.id)))
