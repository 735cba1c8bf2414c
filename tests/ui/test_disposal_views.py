"""外出、清退与销毁 (carry-out, return to issuer, destruction, departure) over the demo
register: each screen's happy path and its refusals shown inline with nothing changed;
screenshots of the whole window at 1280x800, looked at. The demo register is 机密, so the
绝密 carry-out runs in the test office on a 绝密 register (003 第十三条)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from app.models.documents import ApprovalKind, CopyState
from app.models.enums import Level
from app.models.people import PersonStatus
from app.services import checks, documents, people
from app.services.lifecycle import approvals, today
from app.services.lifecycle import demo as lifecycle_demo
from app.ui.areas import build_main_window
from app.ui.circulation_desk import CirculationDesk
from app.ui.controller import Controller
from app.ui.disposal_area import DisposalArea
from app.ui.main_window import MainWindow
from app.ui.today_view import TodayView
from tests.factories import PASSPHRASE, one_time_code
from tests.lifecycle.conftest import build_office, snapshot
from tests.ui.conftest import save_screenshot

TODAY = dt.date.today()


def _approve(c: Controller, kind: ApprovalKind, doc: int | None, **kw: object) -> int:
    a = approvals.request(c.register, c.actor, kind, document_id=doc, **kw)  # type: ignore[arg-type]
    return approvals.approve_at_terminal(c.register, c.actor, a.id, username="approver",
                                         passphrase=PASSPHRASE,
                                         one_time_code=one_time_code(c.register, "approver")).id


def _person(c: Controller, name: str) -> int:
    return lifecycle_demo._person(c.register, name)


def _window(qtbot: QtBot, c: Controller, tab: int) -> tuple[MainWindow, DisposalArea]:
    window = build_main_window(c)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show_area("disposal")
    area = window.area("disposal")
    assert isinstance(area, DisposalArea)
    area.tabs.setCurrentIndex(tab)
    return window, area


def _code(c: Controller, copy_id: int) -> str:
    return documents.get_copy(c.register, copy_id).code


@pytest.mark.workstation(Level.TOP_SECRET)
def test_top_secret_carry_out_needs_the_second_person(
    qtbot: QtBot, unlocked: Controller
) -> None:
    c = unlocked
    office = build_office(c.register, c.actor)
    top = office.top
    copy_id = documents.list_copies(c.register, top.id)[0].id
    wang, li = office.people["wang"], office.people["li"]
    approval = _approve(c, ApprovalKind.CARRY_OUT, top.id, person_id=wang, copy_ids=[copy_id],
                        until=TODAY, reason="赴市委汇报")
    window, area = _window(qtbot, c, 0)
    view = area.carry_out
    view.scan.setText(_code(c, copy_id))
    qtbot.keyClick(view.scan, "\r")
    assert view.card is not None and view.card.copy_id == copy_id
    assert view.approval.currentData() == approval
    assert view.carrier.currentData() == wang  # taken over from the approval
    assert view.companion_hint.isVisibleTo(view)
    view.destination.setText("中共北京市委")
    view.purpose.setText("专题汇报")
    before = snapshot(c.register)
    view.carry_out_button.click()  # 绝密 with one person
    assert "须两人同行" in view.message.text()
    assert snapshot(c.register) == before
    save_screenshot(window, "disposal-carry-out-refused")

    view.companion.setCurrentIndex(view.companion.findData(li))
    view.carry_out_button.click()
    assert "已登记" in view.message.text(), view.message.text()
    assert documents.get_copy(c.register, copy_id).state is CopyState.CARRIED_OUT
    assert view.table.rowCount() == 1
    save_screenshot(window, "disposal-carry-out")

    # Bring it back from the list.
    row = next(r for r in range(view.table.rowCount())
               if view.table.item(r, 4).text().startswith("李副局长"))
    view.table.selectRow(row)
    view.bring_back_button.click()
    assert "已交回入库" in view.message.text()
    assert documents.get_copy(c.register, copy_id).state is CopyState.IN_STORE
    assert view.table.rowCount() == 0


def test_carry_out_refuses_a_copy_that_is_out(qtbot: QtBot, demo_controller: Controller
                                              ) -> None:
    c = demo_controller
    overdue = today.today_page(c.register).overdue[0]  # the demo's overdue loan
    _, area = _window(qtbot, c, 0)
    view = area.carry_out
    view.scan.setText(_code(c, overdue.copy_id))
    view.look_up()
    assert "不能携带外出" in view.message.text()
    assert not view.carry_out_button.isEnabled()


def test_return_to_issuer_batch_and_the_count(qtbot: QtBot, demo_controller: Controller
                                              ) -> None:
    c = demo_controller
    _, ids = lifecycle_demo._doc(c.register, "中办发〔2026〕31号")  # deadline in 30 days
    window, area = _window(qtbot, c, 1)
    view = area.returns
    assert view.due_table.rowCount() == 1
    assert view.reminder_table.rowCount() >= 1
    # The first copy is circulating: scanned into the list, the batch is refused.
    view.scan.setText(_code(c, ids[0]))
    view.add_scanned()
    view.received_by.setText("中办秘书局 刘明")
    before = snapshot(c.register)
    view.return_button.click()
    assert "不能清退" in view.message.text() and "传阅中" in view.message.text()
    assert snapshot(c.register) == before
    view.items.clear_items()
    view.due_table.selectRow(0)
    view.add_document()
    assert view.items.copy_ids() == [ids[1]]
    assert "1 份不在库" in view.message.text()
    assert view.organisation.currentText() == "中共中央办公厅"  # the issuer, from the sender
    save_screenshot(window, "disposal-return")
    view.return_button.click()
    assert "已登记第" in view.message.text(), view.message.text()
    assert documents.get_copy(c.register, ids[1]).state is CopyState.RETURNED
    assert view.items.copy_ids() == []

    # The quarterly clearance reminder, recorded done.
    row = next(i for i, m in enumerate(view.reminders) if m.kind == "quarterly_clearance")
    view.reminder_table.selectRow(row)
    assert view.kind.currentText() == "季度清查清退"
    view.found.setValue(view.found.value() + 1)
    view.record_stocktake()  # a discrepancy needs an explanation
    assert "请写明差异" in view.stocktake_message.text()
    view.discrepancies.setText("多出一份，经核对为收文时漏登，已补登")
    view.record_stocktake()
    assert "已登记季度清查清退" in view.stocktake_message.text()
    assert "quarterly_clearance" not in [m.kind for m in view.reminders]
    assert view.reminder_table.rowCount() == len(view.reminders)


def test_destruction_refuses_a_copy_on_loan_then_destroys(
    qtbot: QtBot, demo_controller: Controller
) -> None:
    c = demo_controller
    doc, ids = lifecycle_demo._doc(c.register, "京海办字〔2026〕18号")  # ids[0] on loan (孙丽)
    approval = _approve(c, ApprovalKind.DESTRUCTION, doc, copy_ids=ids,
                        reason="年度审查结束，清理")
    window, area = _window(qtbot, c, 2)
    view = area.destruction
    assert view.history.rowCount() == 1  # the demo's
    view.approval.setCurrentIndex(view.approval.findData(approval))
    assert view.items.copy_ids() == ids
    view.witness1.setCurrentIndex(view.witness1.findData(_person(c, "陈静")))
    view.witness2.setCurrentIndex(view.witness2.findData(_person(c, "赵磊")))
    before = snapshot(c.register)
    view.destroy_button.click()
    assert "只能销毁在库的载体" in view.message.text() and "借出" in view.message.text()
    assert snapshot(c.register) == before
    save_screenshot(window, "disposal-destruction-refused")

    view.items.selectRow(0)
    view.items.remove_selected()
    view.destroy_button.click()
    assert "已登记第" in view.message.text(), view.message.text()
    # Destroyed copies stay in the register, and in the list of destructions.
    assert documents.get_copy(c.register, ids[1]).state is CopyState.DESTROYED
    assert view.history.rowCount() == 2
    assert view.approval.findData(approval) == -1  # an approval is used once
    save_screenshot(window, "disposal-destruction")


def test_archive_refuses_a_copy_on_loan_then_archives(
    qtbot: QtBot, demo_controller: Controller
) -> None:
    c = demo_controller
    _doc, ids = lifecycle_demo._doc(c.register, "京海办字〔2026〕18号")  # ids[0] on loan (孙丽)
    window, area = _window(qtbot, c, 4)
    view = area.archive
    for copy_id in ids:
        view.scan.setText(_code(c, copy_id))
        view.add_scanned()
    assert view.items.copy_ids() == ids
    view.file_no.setText("2026-长期-0031")
    before = snapshot(c.register)
    view.archive_button.click()
    assert "只有在库或已解密的载体才能归档" in view.message.text()
    assert snapshot(c.register) == before
    view.items.selectRow(0)
    view.items.remove_selected()
    view.archive_button.click()
    assert "已归档 1 份" in view.message.text(), view.message.text()
    assert documents.get_copy(c.register, ids[1]).state is CopyState.ARCHIVED
    save_screenshot(window, "disposal-archive")


def test_departure_only_when_nothing_is_held(qtbot: QtBot, demo_controller: Controller) -> None:
    c = demo_controller
    window, area = _window(qtbot, c, 3)
    view = area.departure
    # 赵磊 is the second person of the demo's carry-out: bound to it too.
    view.select_person(_person(c, "赵磊"))
    assert view.held.rowCount() == 1 and view.held.item(0, 5).text() == "外出陪同人"
    # 孙丽 holds the overdue loan: sign-off is not offered, and refused if forced.
    sun = _person(c, "孙丽")
    view.select_person(sun)
    assert view.held.rowCount() == 1 and not view.sign_off_button.isEnabled()
    assert "尚有 1 份未交回" in view.verdict.text()
    before = snapshot(c.register)
    view.sign_off()
    assert "须全部交回后才能办理离岗" in view.message.text()
    assert snapshot(c.register) == before
    save_screenshot(window, "disposal-departure-held")

    zhou = _person(c, "周涛")  # 重要: 脱密期 at least two years
    view.select_person(zhou)
    assert view.held.rowCount() == 0 and view.sign_off_button.isEnabled()
    assert view.decontamination_end.date().toPython() == checks.add_years(TODAY, 2)
    view.decontamination_end.setDate(view.decontamination_end.date().addMonths(-6))
    view.handed_over_to.setText("何伟（办公室）")
    view.sign_off_button.click()
    assert "脱密期至少 2 年" in view.message.text()
    assert snapshot(c.register) == before
    save_screenshot(window, "disposal-departure-refused")
    view.decontamination_end.setDate(view.decontamination_end.date().addMonths(6))
    view.sign_off_button.click()
    assert "已办理" in view.message.text(), view.message.text()
    assert people.get_person(c.register, zhou).status is PersonStatus.DEPARTED
    names = [view.person_list.item(i).text() for i in range(view.person_list.count())]
    assert not any(n.startswith("刘洋") for n in names)


def test_start_page_item_opens_at_the_desk(qtbot: QtBot, demo_controller: Controller) -> None:
    window = build_main_window(demo_controller)
    qtbot.addWidget(window)
    start, desk = window.area("today"), window.area("circulation")
    assert isinstance(start, TodayView) and isinstance(desk, CirculationDesk)
    item = start.page.overdue[0] if start.page else None
    assert item is not None
    start.overdue.cellDoubleClicked.emit(0, 1)
    current: QWidget | None = window.pages.currentWidget()
    assert current is desk
    assert desk.card is not None and desk.card.copy_id == item.copy_id
    assert desk.bring_in_button.isEnabled()


def test_disposal_area_in_english(qtbot: QtBot, qapp: object, demo_controller: Controller
                                  ) -> None:
    from app.ui import i18n

    translators = i18n.install_translator(qapp, "en")  # type: ignore[arg-type]
    assert translators
    try:
        window, area = _window(qtbot, demo_controller, 1)
        assert area.tabs.tabText(1) == "Return"
        view = area.returns
        view.due_table.selectRow(0)
        view.add_document()
        save_screenshot(window, "disposal-return-en")
        area.tabs.setCurrentIndex(3)
        area.departure.select_person(_person(demo_controller, "赵磊"))
        assert area.departure.sign_off_button.text() == "&Sign off departure"
        save_screenshot(window, "disposal-departure-en")
    finally:
        i18n.remove_translators(qapp, translators)  # type: ignore[arg-type]
