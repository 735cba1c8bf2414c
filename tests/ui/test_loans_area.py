"""The loans-and-copies area: lend, renew, return, copy, excerpt, the compilation marking,
and the way there from the circulation desk. Refusals show inline and change nothing."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.models.documents import ApprovalKind, CopyKind, CopyState
from app.models.enums import Level
from app.services import documents
from app.services.lifecycle import approvals, loans
from app.services.lifecycle.approvals import Authority
from app.services.lifecycle.states import Action
from app.ui.approvals_area import ApprovalsArea
from app.ui.areas import build_main_window
from app.ui.circulation_desk import CirculationDesk
from app.ui.controller import Controller
from app.ui.loans_area import LoansArea
from app.ui.widgets import pydate
from tests.lifecycle.conftest import TODAY, Office, build_office, snapshot

NOW = dt.datetime.now().astimezone()


@pytest.fixture
def office(unlocked: Controller) -> Office:
    return build_office(unlocked.register, unlocked.actor)


def _area(qtbot: QtBot, controller: Controller) -> LoansArea:
    area = LoansArea(controller)
    qtbot.addWidget(area)
    area.resize(1130, 740)
    return area


def _scan(area: LoansArea, office: Office, copy_id: int) -> None:
    area.scan.setText(documents.get_copy(office.register, copy_id).code)
    area.look_up()
    assert area.card is not None and area.card.copy_id == copy_id


def test_lend_renew_and_return_with_their_approvals(
    qtbot: QtBot, unlocked: Controller, office: Office
) -> None:
    copy = office.copies(office.conf)[0]
    qian = office.people["qian"]
    a = office.approve(ApprovalKind.LOAN, office.conf, person_id=qian, copy_ids=[copy])
    area = _area(qtbot, unlocked)
    _scan(area, office, copy)
    assert area.lend_button.isEnabled()
    assert area.lend_approval.currentData() == a.id
    assert area.borrower.currentData() == qian  # the approval names the borrower
    assert pydate(area.due_on.date()) == TODAY + dt.timedelta(days=3)
    loan = area.lend()
    assert loan is not None and loan.due_on == TODAY + dt.timedelta(days=3)
    assert "已借给 钱科员" in area.message.text()
    assert documents.get_copy(office.register, copy).state is CopyState.ON_LOAN
    assert area.out.rowCount() == 1 and area.overdue.rowCount() == 0
    assert not area.lend_button.isEnabled() and area.return_button.isEnabled()
    # Renewal needs its own approval: none yet, so the button is there but refused.
    assert area.renew_approval.currentData() is None
    before = snapshot(office.register)
    assert area.renew() is None and "须经领导批准" in area.message.text()
    assert snapshot(office.register) == before
    b = office.approve(ApprovalKind.LOAN, office.conf, person_id=qian, copy_ids=[copy])
    area.show_copy(copy)
    assert area.renew_approval.currentData() == b.id
    renewed = area.renew()
    assert renewed is not None and renewed.due_on > loan.due_on and renewed.renewals == 1
    back = area.return_loan()
    assert back is not None and "已归还入库" in area.message.text()
    assert documents.get_copy(office.register, copy).state is CopyState.IN_STORE
    assert area.out.rowCount() == 0


def test_lending_to_someone_with_an_overdue_item_is_refused_inline(
    qtbot: QtBot, unlocked: Controller, office: Office
) -> None:
    r, c = office.register, office.clerk
    s1, s2 = office.copies(office.secret)
    sun = office.people["sun"]
    a = office.approve(ApprovalKind.LOAN, office.secret, person_id=sun, copy_ids=[s1])
    loans.lend(r, c, s1, sun, a.id,
               at=NOW - dt.timedelta(days=5), late_reason="补登")  # due two days ago
    office.approve(ApprovalKind.LOAN, office.secret, person_id=sun, copy_ids=[s2])
    area = _area(qtbot, unlocked)
    assert area.overdue.rowCount() == 1 and "孙干事" in area.overdue.item(0, 0).text()
    assert "2 天" in area.overdue.item(0, 6).text()
    _scan(area, office, s2)
    assert area.borrower.currentData() == sun
    assert "有逾期未还" in area.borrower.currentText()
    assert "应还" in area.borrower_note.text()
    before = snapshot(r)
    assert area.lend() is None
    assert "逾期未还" in area.message.text() and "须先归还" in area.message.text()
    assert snapshot(r) == before
    assert documents.get_copy(r, s2).state is CopyState.IN_STORE


@pytest.mark.workstation(Level.TOP_SECRET)  # office.top: a 绝密 register
def test_top_secret_is_not_copied_without_the_originating_authority(
    qtbot: QtBot, unlocked: Controller, office: Office
) -> None:
    r = office.register
    top = office.copies(office.top)[0]
    office.approve(ApprovalKind.COPY, office.top, copy_ids=[top], count=2)  # a leader: not enough
    area = _area(qtbot, unlocked)
    _scan(area, office, top)
    panel = area.copies
    assert "须经原定密机关批准" in panel.rule.text()
    assert panel.approval.currentData() is None  # the leader's approval is not offered
    panel.count.setValue(2)
    panel.receiver.setCurrentIndex(panel.receiver.findText("赵主任（办公室）"))
    before = snapshot(r)
    assert panel.make() is None
    assert "未经原定密机关批准不得复制" in panel.result.text()
    assert snapshot(r) == before
    paper = office.approve(ApprovalKind.COPY, office.top, copy_ids=[top], count=2,
                           authority=Authority.ORIGINATING)
    area.show_copy(top)
    assert panel.approval.currentData() == paper.id
    panel.count.setValue(2)
    record = panel.make()
    assert record is not None and record.count == 2
    assert "复制件 1/2" in panel.result.text() and "复制件 2/2" in panel.result.text()
    assert area.register_table.rowCount() == 1
    assert approvals.get(r, paper.id).used_for


def test_an_excerpt_of_a_confidential_item_needs_a_leaders_approval(
    qtbot: QtBot, unlocked: Controller, office: Office
) -> None:
    conf = office.copies(office.conf)[0]
    area = _area(qtbot, unlocked)
    _scan(area, office, conf)
    panel = area.copies
    panel.set_kind(CopyKind.EXCERPT)
    assert "须经本单位主管领导批准" in panel.rule.text() and panel.ask_button.isEnabled()
    assert panel.make() is None
    assert "机密文件摘抄须经本单位领导批准" in panel.result.text()
    office.approve(ApprovalKind.EXCERPT, office.conf, copy_ids=[conf], count=1)
    _scan(area, office, conf)
    panel.set_kind(CopyKind.EXCERPT)
    record = panel.make()
    assert record is not None and record.kind is CopyKind.EXCERPT
    assert "摘抄件 1/1" in panel.result.text()


@pytest.mark.workstation(Level.TOP_SECRET)  # office.top: a 绝密 register
def test_the_compilation_marking(qtbot: QtBot, unlocked: Controller, office: Office) -> None:
    area = _area(qtbot, unlocked)
    panel = area.compilation
    panel.search.setText("")
    panel.look_up()
    assert panel.sources.count() == 3
    for i in range(panel.sources.count()):
        panel.sources.item(i).setCheckState(Qt.CheckState.Checked)
    assert "绝密" in panel.marking.text() and "3 份来源文件" in panel.marking.text()


def test_the_desk_leads_here_and_here_leads_to_a_new_request(
    qtbot: QtBot, unlocked: Controller, office: Office
) -> None:
    window = build_main_window(unlocked)
    qtbot.addWidget(window)
    desk = window.area("circulation")
    area = window.area("loans")
    approvals_area = window.area("approvals")
    assert isinstance(desk, CirculationDesk) and isinstance(area, LoansArea)
    assert isinstance(approvals_area, ApprovalsArea)
    keys = window.area_keys()
    assert keys.index("loans") == keys.index("circulation") + 1
    copy = office.copies(office.conf)[0]
    desk.show_copy(copy)
    assert desk.go_buttons[Action.LEND].isVisibleTo(desk)
    assert not desk.go_buttons[Action.RENEW].isVisibleTo(desk)  # not on loan
    desk.go_buttons[Action.COPY].click()
    assert window.nav.currentRow() == keys.index("loans")
    assert area.card is not None and area.card.copy_id == copy
    assert area.action_tabs.currentWidget() is area.copies
    area.ask_loan_button.click()
    assert window.nav.currentRow() == keys.index("approvals")
    form = approvals_area.form
    assert form.document_id == office.conf.id and form.checked_copies() == [copy]
    assert form.current_kind() is ApprovalKind.LOAN
