"""The approvals area: the list, the detail, deciding at the terminal or on paper, refusing,
withdrawing, the history filter, and the new-request form. Refusals show inline."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from app.models.documents import ApprovalKind, ApprovalStatus
from app.models.enums import Level
from app.services import documents
from app.services.lifecycle import approvals
from app.services.lifecycle.approvals import Authority, Method
from app.ui.approvals_area import ApprovalsArea
from app.ui.controller import Controller
from tests.factories import PASSPHRASE
from tests.lifecycle.conftest import Office, build_office, snapshot


@pytest.fixture
def office(unlocked: Controller) -> Office:
    return build_office(unlocked.register, unlocked.actor)


def _area(qtbot: QtBot, controller: Controller) -> ApprovalsArea:
    area = ApprovalsArea(controller)
    qtbot.addWidget(area)
    area.resize(1130, 740)
    return area


def _choose(combo: object, text: str) -> None:
    index = combo.findText(text)  # type: ignore[attr-defined]
    assert index >= 0, text
    combo.setCurrentIndex(index)  # type: ignore[attr-defined]


def test_a_loan_request_from_the_form_approved_at_this_terminal(
    qtbot: QtBot, unlocked: Controller, office: Office
) -> None:
    area = _area(qtbot, unlocked)
    form = area.form
    copy = office.copies(office.conf)[0]
    code = documents.get_copy(office.register, copy).code
    form.search.setText(code)  # scanned: the document is chosen and the copy ticked
    form.look_up()
    assert form.document_id == office.conf.id and form.checked_copies() == [copy]
    _choose(form.person, "钱科员（办公室） · 重要")
    form.reason.setText("起草汇报材料")
    info = form.submit()
    assert info is not None and info.kind is ApprovalKind.LOAN and "已提交" in form.message.text()
    view = area.view
    assert view.current is not None and view.current.id == info.id
    assert view.table.rowCount() == 1 and "钱科员" in view.table.item(0, 1).text()
    assert "第1份" in view.fields["copies"].text()
    assert view.approve_button.isEnabled()
    view.approve_here()
    dialog = view.confirm_dialog
    assert dialog is not None
    dialog.username.setText("approver")
    dialog.passphrase.setText(PASSPHRASE)
    dialog.confirm()
    got = approvals.get(unlocked.register, info.id)
    assert got.status is ApprovalStatus.APPROVED and got.method is Method.TERMINAL
    assert got.approver_name == "李局长"
    assert "李局长" in view.message.text() and view.current.status is ApprovalStatus.APPROVED
    assert view.table.rowCount() == 0  # no longer waiting
    assert not view.approve_button.isEnabled()


def test_the_clerk_cannot_approve_their_own_request(
    qtbot: QtBot, unlocked: Controller, office: Office
) -> None:
    a = approvals.request(office.register, office.clerk, ApprovalKind.LOAN,
                          document_id=office.conf.id, person_id=office.people["qian"],
                          copy_ids=office.copies(office.conf))
    area = _area(qtbot, unlocked)
    view = area.view
    assert view.current is not None and view.current.id == a.id
    before = snapshot(office.register)
    view.approve_here()
    dialog = view.confirm_dialog
    assert dialog is not None
    dialog.username.setText("clerk")
    dialog.passphrase.setText(PASSPHRASE)
    dialog.confirm()
    assert "不能批准自己提出的申请" in dialog.error.text()
    assert dialog.isVisible() and dialog.passphrase.text() == ""
    assert snapshot(office.register) == before
    assert approvals.get(office.register, a.id).status is ApprovalStatus.PENDING
    dialog.reject()
    # On paper, naming the clerk is refused the same way, inline.
    view.approver_name.setText("张保密")
    view.reference.setText("海保批〔2026〕3号")
    view.record_paper()
    assert "不能批准自己提出的申请" in view.message.text()
    assert snapshot(office.register) == before


@pytest.mark.workstation(Level.TOP_SECRET)  # office.top: a 绝密 register
def test_paper_approval_refusal_withdrawal_and_the_history_filter(
    qtbot: QtBot, unlocked: Controller, office: Office
) -> None:
    r, c = office.register, office.clerk
    top = office.copies(office.top)[0]
    paper = approvals.request(r, c, ApprovalKind.COPY, document_id=office.top.id,
                              copy_ids=[top], count=2, authority=Authority.ORIGINATING,
                              reason="上级检查需要")
    refused = approvals.request(r, c, ApprovalKind.SCOPE, document_id=office.conf.id,
                                person_id=office.people["zhou"], reason="参与起草")
    gone = approvals.request(r, c, ApprovalKind.DESTRUCTION, document_id=office.secret.id,
                             copy_ids=office.copies(office.secret))
    area = _area(qtbot, unlocked)
    view = area.view
    assert view.table.rowCount() == 3
    # 绝密 copying: the originating authority approves on paper only.
    view.select(paper.id)
    assert not view.approve_button.isEnabled() and "书面批件" in view.hint.text()
    assert view.fields["authority"].text() == "原定密机关"
    view.approver_name.setText("国家保密局")
    view.approved_on.setDate(view.approved_on.maximumDate())
    view.reference.setText("国保批〔2026〕7号")
    view.record_paper()
    assert approvals.get(r, paper.id).reference == "国保批〔2026〕7号"
    assert "国保批〔2026〕7号" in view.fields["decided"].text()
    view.select(refused.id)
    view.approver_name.setText("李局长")
    view.refuse()
    assert approvals.get(r, refused.id).status is ApprovalStatus.REFUSED
    view.select(gone.id)
    view.withdraw()
    assert approvals.get(r, gone.id).status is ApprovalStatus.WITHDRAWN
    assert view.table.rowCount() == 0
    counts = {}
    for i in range(view.filter.count()):
        view.filter.setCurrentIndex(i)
        counts[view.filter.itemText(i)] = view.table.rowCount()
    assert counts == {"待审批": 0, "全部": 3, "已批准（未使用）": 1, "已使用": 0,
                      "未批准": 1, "已撤回": 1}


@pytest.mark.workstation(Level.TOP_SECRET)  # office.top: a 绝密 register
def test_the_form_asks_what_each_kind_needs_and_shows_refusals(
    qtbot: QtBot, unlocked: Controller, office: Office
) -> None:
    area = _area(qtbot, unlocked)
    form = area.form
    form.preselect(office.top.id, office.copies(office.top)[0], ApprovalKind.COPY)
    assert form.authority.currentData() == Authority.ORIGINATING.value
    assert form.count.isVisibleTo(form) and not form.person.isVisibleTo(form)
    _choose(form.kind, "携带外出")
    assert form.has_until.isChecked() and form.person.isVisibleTo(form)
    assert form.authority.currentData() == Authority.LEADER.value
    before = snapshot(office.register)
    assert form.submit() is None  # no person chosen
    assert "须写明人员" in form.message.text()
    assert snapshot(office.register) == before
    _choose(form.kind, "扩大知悉范围")
    assert not form.copies.isVisibleTo(form)
    form.person.setCurrentIndex(form.person.findData(office.people["sun"]))
    form.until.setDate(form.until.minimumDate())
    info = form.submit()
    assert info is not None and info.kind is ApprovalKind.SCOPE and info.until is None
    form.search.setText("不存在的文件名")
    form.look_up()
    assert "没有找到" in form.message.text()


def test_an_approved_scope_widening_is_applied_from_the_detail(
    qtbot: QtBot, unlocked: Controller, office: Office
) -> None:
    a = office.approve(ApprovalKind.SCOPE, office.conf, person_id=office.people["zhou"])
    area = _area(qtbot, unlocked)
    view = area.view
    _choose(view.filter, "已批准（未使用）")
    view.select(a.id)
    assert view.widen_button.isEnabled()
    view.widen_scope()
    assert "周会计" in view.message.text()
    assert approvals.get(office.register, a.id).status is ApprovalStatus.USED


def test_an_approver_logged_in_approves_with_their_own_passphrase_or_refuses(
    qtbot: QtBot, unlocked: Controller, office: Office
) -> None:
    a = approvals.request(office.register, office.clerk, ApprovalKind.LOAN,
                          document_id=office.conf.id, person_id=office.people["qian"],
                          copy_ids=office.copies(office.conf))
    conf_copies = office.copies(office.conf)
    unlocked.lock()
    unlocked.unlock("approver", PASSPHRASE)
    area = _area(qtbot, unlocked)
    view = area.view
    assert view.current is not None and view.current.id == a.id
    assert view.approve_button.isEnabled() and not view.paper_button.isEnabled()
    assert not view.withdraw_button.isEnabled() and "再次输入本人口令" in view.hint.text()
    b = approvals.request(unlocked.register, office.clerk, ApprovalKind.LOAN,
                          document_id=office.conf.id, person_id=office.people["qian"],
                          copy_ids=conf_copies)
    got_b = approvals.approve_at_terminal(unlocked.register, unlocked.actor, b.id,
                                          username="approver", passphrase=PASSPHRASE)
    assert got_b.status is ApprovalStatus.APPROVED and got_b.approver_name == "李局长"
    view.refuse()  # no name typed: the approver's own
    got = approvals.get(unlocked.register, a.id)
    assert got.status is ApprovalStatus.REFUSED and got.approver_name == "李局长"
