"""Each start-page tile counts what the list it opens shows (issue 14): 待清退 and the 清退 tab,
待审批 and the approvals list, 保密期限将满 only periods not yet ended."""

from __future__ import annotations

import datetime as dt

from pytestqt.qtbot import QtBot

from app.models.enums import Level
from app.services.lifecycle import common
from app.ui.approvals_area import ApprovalsArea
from app.ui.areas import build_main_window
from app.ui.controller import Controller
from app.ui.disposal_area import DisposalArea
from app.ui.today_view import TodayView
from tests.doc_factories import receive


def _rows_of_kind(view: TodayView, kind: str) -> int:
    texts = [item.text() for r in range(view.other.rowCount())
             if (item := view.other.item(r, 0)) is not None]
    return texts.count(kind)


def test_each_tile_counts_the_rows_of_the_list_it_opens(qtbot: QtBot,
                                                        demo_controller: Controller) -> None:
    c = demo_controller
    day = common.today()
    # A deadline 30 days ahead: the 清退 tab lists it, so the tile counts it.
    receive(c.register, c.actor, level=Level.SECRET, copy_numbers=[], title="下月清退的文件",
            return_deadline=day + dt.timedelta(days=30))
    # A period that ended in January and one that ends in ten days.
    receive(c.register, c.actor, level=Level.SECRET, copy_numbers=[], title="期限已满的文件",
            received_on=day.replace(year=day.year - 10) - dt.timedelta(days=30),
            period="10年")
    receive(c.register, c.actor, level=Level.SECRET, copy_numbers=[], title="期限将满的文件",
            received_on=day.replace(year=day.year - 10) + dt.timedelta(days=10),
            period="10年")
    window = build_main_window(c)
    qtbot.addWidget(window)
    window.show()
    start = window.area("today")
    disposal = window.area("disposal")
    approvals = window.area("approvals")
    assert isinstance(start, TodayView) and isinstance(disposal, DisposalArea)
    assert isinstance(approvals, ApprovalsArea)
    start.refresh()

    assert start.tile_return.count >= 1
    start.tile_return.activated.emit()
    assert window.pages.currentWidget() is disposal
    assert disposal.tabs.currentWidget() is disposal.returns
    assert start.tile_return.count == disposal.returns.due_table.rowCount()
    assert start.tile_return.count == _rows_of_kind(start, "清退")

    assert start.tile_approval.count >= 1
    start.tile_approval.activated.emit()
    assert window.pages.currentWidget() is approvals
    assert start.tile_approval.count == approvals.view.table.rowCount()
    assert start.tile_approval.count == start.approvals.rowCount()

    assert start.tile_overdue.count == start.overdue.rowCount()
    assert start.tile_due.count == start.due_today.rowCount()
    ended = [p.title for p in start.page.periods_ended]  # type: ignore[union-attr]
    expiring = [p.title for p in start.page.periods_expiring]  # type: ignore[union-attr]
    assert "期限已满的文件" in ended and "期限已满的文件" not in expiring
    assert "期限将满的文件" in expiring
    assert all(p.period_end > day for p in start.page.periods_expiring)  # type: ignore[union-attr]
    assert start.tile_period.count == _rows_of_kind(start, "保密期限将满") == len(expiring)
    assert start.tile_ended.count == _rows_of_kind(start, "保密期限已满") == len(ended)
    assert start.tile_reminder.count == _rows_of_kind(start, "提醒")


def test_people_are_shown_by_name_not_by_user_name(qtbot: QtBot,
                                                   demo_controller: Controller) -> None:
    start = TodayView(demo_controller)
    qtbot.addWidget(start)
    names = demo_controller.account_names()
    assert names["clerk"] == "张保密"
    applicants = {start.approvals.item(r, 2).text()  # type: ignore[union-attr]
                  for r in range(start.approvals.rowCount())}
    assert applicants and applicants <= set(names.values())
    assert not applicants & set(names)  # no user names
