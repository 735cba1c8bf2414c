"""The start page and the circulation desk, over the demo register; screenshots looked at."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from app.services import documents
from app.services.lifecycle import today
from app.ui.circulation_desk import CirculationDesk
from app.ui.controller import Controller
from app.ui.today_view import TodayView
from tests.ui.conftest import save_screenshot


def test_start_page(qtbot: QtBot, demo_controller: Controller) -> None:
    view = TodayView(demo_controller)
    qtbot.addWidget(view)
    view.resize(1280, 760)
    assert view.overdue.rowCount() == 1
    assert view.overdue.item(0, 0).text() == "借阅"
    assert view.due_today.rowCount() >= 1
    assert view.approvals.rowCount() == 2
    assert "今日工作" in view.heading.text()
    save_screenshot(view, "today")


def test_circulation_desk_scan_hand_out_and_take_back(
    qtbot: QtBot, demo_controller: Controller
) -> None:
    desk = CirculationDesk(demo_controller)
    qtbot.addWidget(desk)
    desk.resize(900, 640)
    reg = demo_controller.register
    doc = next(d for d in (documents.get_document(reg, i) for i in range(1, 12))
               if d.doc_number == "京海发〔2026〕1号")
    free = next(c for c in documents.list_copies(reg, doc.id) if c.holder_id is None)
    desk.scan.setText(free.code)
    qtbot.keyClick(desk.scan, "\r")  # the scanner presses Enter
    assert desk.card is not None and desk.card.copy_id == free.id
    assert desk.hand_out_button.isEnabled() and desk.reader.count() > 0
    assert not desk.bring_in_button.isEnabled()
    desk.reader.setCurrentIndex(0)
    desk.hand_out_button.click()
    assert desk.card.state.label == "传阅中" and "已交" in desk.message.text()
    assert desk.bring_in_button.isEnabled() and not desk.hand_out_button.isEnabled()
    save_screenshot(desk, "circulation_desk")
    desk.bring_in_button.click()
    assert desk.card.state.label == "在库"
    assert today.card(reg, free.id).holder_id is None


def test_circulation_desk_shows_refusals_and_unknown_codes(
    qtbot: QtBot, demo_controller: Controller
) -> None:
    desk = CirculationDesk(demo_controller)
    qtbot.addWidget(desk)
    desk.scan.setText("R1999-9999-01")
    desk.look_up()
    assert "找不到" in desk.message.text() and desk.card is None
    # The overdue loan: shown overdue, only taking it back is offered.
    page = today.today_page(demo_controller.register)
    overdue = page.overdue[0]
    desk.show_copy(overdue.copy_id)
    assert "已逾期" in desk.box.due.text()
    assert desk.bring_in_button.isEnabled() and not desk.hand_out_button.isEnabled()
    desk.resize(900, 640)
    save_screenshot(desk, "circulation_desk_overdue")


def test_circulation_desk_records_a_lost_copy_and_its_recovery(
    qtbot: QtBot, demo_controller: Controller
) -> None:
    from app.services import media

    desk = CirculationDesk(demo_controller)
    qtbot.addWidget(desk)
    desk.resize(900, 640)
    reg = demo_controller.register
    doc = next(d for d in (documents.get_document(reg, i) for i in range(1, 12))
               if d.doc_number == "京海发〔2026〕1号")
    free = next(c for c in documents.list_copies(reg, doc.id) if c.holder_id is None)
    desk.scan.setText(free.code)
    qtbot.keyClick(desk.scan, "\r")
    assert desk.lost_button.isVisibleTo(desk) and not desk.recover_button.isVisibleTo(desk)
    dialog = desk.report_lost()
    assert dialog is not None
    dialog.ok_button.click()  # nothing filled in: the service's refusal, inline
    assert dialog.isVisible() and dialog.error.text() == "丢失地点不能为空"
    dialog.set_value("where", "第三会议室")
    dialog.set_value("circumstances", "会后清点时发现缺少一份")
    save_screenshot(dialog, "copy_lost_form")
    dialog.ok_button.click()
    assert desk.card is not None and desk.card.state.label == "丢失"
    assert "24 小时内报告" in desk.message.text()
    assert [i.copy_code for i in media.open_incidents(reg)][-1] == free.code
    assert desk.recover_button.isVisibleTo(desk) and not desk.lost_button.isVisibleTo(desk)
    again = desk.recover()
    assert again is not None
    again.set_value("circumstances", "在会议室柜中找到")
    again.ok_button.click()
    assert desk.card.state.label == "在库"
