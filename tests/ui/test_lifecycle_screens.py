"""Screenshots of the approvals and the loans-and-copies areas in the whole window at
1280x800, over the demo register with a few more decisions: for looking at."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.models.documents import ApprovalKind, Copy, Document
from app.models.people import Person
from app.services import demo
from app.services.lifecycle import approvals
from app.services.lifecycle.states import Action
from app.ui import i18n
from app.ui.approvals_area import ApprovalsArea
from app.ui.areas import build_main_window
from app.ui.circulation_desk import CirculationDesk
from app.ui.controller import Controller
from app.ui.loans_area import LoansArea
from app.ui.main_window import MainWindow
from tests.factories import PASSPHRASE
from tests.ui.conftest import save_screenshot as _save


def save_screenshot(window: MainWindow, name: str) -> Path:
    QApplication.processEvents()  # pending layouts and shows, as a running app would
    return _save(window, name)


@pytest.fixture
def demo_controller(register_path: Path) -> Iterator[Controller]:
    demo.create_demo(register_path, PASSPHRASE).close()
    c = Controller(register_path)
    c.claim()
    c.unlock("clerk", PASSPHRASE)
    _more_decisions(c)
    yield c
    c.release()


def _ids(c: Controller, doc_number: str) -> tuple[int, list[int]]:
    from sqlalchemy import select

    with c.register.read() as s:
        d = s.scalar(select(Document).where(Document.doc_number == doc_number))
        assert d is not None
        return d.id, list(s.scalars(select(Copy.id).where(Copy.document_id == d.id)
                                    .order_by(Copy.id)))


def _person(c: Controller, name: str) -> int:
    from sqlalchemy import select

    with c.register.read() as s:
        pid = s.scalar(select(Person.id).where(Person.name == name))
        assert pid is not None
        return int(pid)


def _more_decisions(c: Controller) -> None:
    """A scope widening waiting, a carry-out approved on paper, a loan refused."""
    reg, clerk = c.register, c.actor
    doc, ids = _ids(c, "中办发〔2026〕31号")
    approvals.request(reg, clerk, ApprovalKind.SCOPE, document_id=doc,
                      person_id=_person(c, "周涛"), reason="参与规划保密审查")
    doc, ids = _ids(c, "京海发〔2026〕1号")
    a = approvals.request(reg, clerk, ApprovalKind.LOAN, document_id=doc,
                          person_id=_person(c, "刘洋"), copy_ids=[ids[-1]], reason="学习")
    approvals.refuse(reg, clerk, a.id, approver_name="李主任")


def _window(qtbot: QtBot, c: Controller) -> MainWindow:
    window = build_main_window(c)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_screens_of_the_approvals_area(qtbot: QtBot, demo_controller: Controller) -> None:
    window = _window(qtbot, demo_controller)
    window.show_area("approvals")
    area = window.area("approvals")
    assert isinstance(area, ApprovalsArea)
    assert area.view.table.rowCount() == 3
    area.view.table.selectRow(0)
    save_screenshot(window, "approvals_waiting")
    area.view.filter.setCurrentIndex(1)  # 全部
    area.view.table.selectRow(0)
    save_screenshot(window, "approvals_history")
    area.tabs.setCurrentWidget(area.form)
    doc, ids = _ids(demo_controller, "京海发〔2016〕12号")
    area.new_request(ApprovalKind.COPY, doc, ids[0])
    area.form.count.setValue(2)
    area.form.reason.setText("责任制落实检查需要")
    save_screenshot(window, "approvals_new_request")


def test_screens_of_the_loans_area(qtbot: QtBot, demo_controller: Controller) -> None:
    window = _window(qtbot, demo_controller)
    window.show_area("loans")
    area = window.area("loans")
    assert isinstance(area, LoansArea)
    _doc, ids = _ids(demo_controller, "国保函〔2026〕45号")
    pending = approvals.waiting(demo_controller.register)[0]
    approvals.approve_at_terminal(demo_controller.register, demo_controller.actor, pending.id,
                                  username="approver", passphrase=PASSPHRASE)
    area.preselect(ids[0], Action.LEND)
    assert area.lend_approval.currentData() == pending.id
    save_screenshot(window, "loans_lend")
    area.lists.setCurrentIndex(1)
    overdue = area.overdue.item(0, 0)
    assert overdue is not None
    area.preselect(int(overdue.data(0x0100)), Action.RENEW)
    save_screenshot(window, "loans_renew")
    _doc, ids = _ids(demo_controller, "海教发〔2026〕11号")
    area.preselect(ids[0], Action.EXCERPT)
    area.copies.make()
    area.lists.setCurrentIndex(2)
    save_screenshot(window, "loans_excerpt")


def test_the_desk_offers_the_way_to_the_loans_area(
    qtbot: QtBot, demo_controller: Controller
) -> None:
    window = _window(qtbot, demo_controller)
    window.show_area("circulation")
    desk = window.area("circulation")
    assert isinstance(desk, CirculationDesk)
    _doc, ids = _ids(demo_controller, "京海发〔2016〕12号")
    desk.show_copy(ids[0])
    assert all(b.isVisibleTo(desk) for a, b in desk.go_buttons.items() if a is not Action.RENEW)
    save_screenshot(window, "circulation_desk_go")
    desk.go_buttons[Action.LEND].click()
    assert window.nav.currentItem().text() == "借阅与复制"


def test_english_screens(qtbot: QtBot, qapp: object, demo_controller: Controller) -> None:
    translators = i18n.install_translator(qapp, "en")  # type: ignore[arg-type]
    try:
        window = _window(qtbot, demo_controller)
        window.show_area("approvals")
        save_screenshot(window, "approvals_waiting_en")
        window.show_area("loans")
        area = window.area("loans")
        assert isinstance(area, LoansArea)
        _doc, ids = _ids(demo_controller, "京海发〔2016〕12号")
        area.preselect(ids[0], Action.COPY)
        save_screenshot(window, "loans_copy_en")
    finally:
        i18n.remove_translators(qapp, translators)  # type: ignore[arg-type]
