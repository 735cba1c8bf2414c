"""Screenshots of the media area at 1280x800 over the demo register (build/screenshots/), to
be looked at: the ledger with the detail pane, a step's form, the banner of an unreported
loss, and the ledger in English."""

from __future__ import annotations

import datetime as dt

from pytestqt.qtbot import QtBot

from app.models.documents import ApprovalKind
from app.services import media
from app.services.lifecycle import approvals
from app.ui import i18n
from app.ui.areas import build_main_window
from app.ui.controller import Controller
from app.ui.main_window import MainWindow
from app.ui.media_area import MediaArea
from app.ui.media_controller import MediumAction
from tests.screens import save_screenshot


def _media(qtbot: QtBot, c: Controller) -> tuple[MainWindow, MediaArea]:
    window = build_main_window(c)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    window.show_area("media")
    area = window.area("media")
    assert isinstance(area, MediaArea)
    return window, area


def test_ledger_with_the_detail_pane(qtbot: QtBot, demo_controller: Controller,
                                     cjk_font: str) -> None:
    c = demo_controller
    media.issue(c.register, c.actor, "JM-U-2024-002", "刘红")
    asked = media.request_approval(c.register, c.actor, "JM-U-2024-002", ApprovalKind.CARRY_OUT,
                                   until=dt.date.today() + dt.timedelta(days=1))
    approvals.record_paper_approval(c.register, c.actor, asked.id, approver_name="李红梅",
                                    approved_on=dt.date.today(), reference="审批-2024-031")
    media.carry_out(c.register, c.actor, "JM-U-2024-002", approval_id=asked.id,
                    destination="市保密局 年度培训", companion=None)
    media.bring_back(c.register, c.actor, "JM-U-2024-002")
    window, area = _media(qtbot, c)
    assert area.show_medium("JM-U-2024-002")
    assert area.detail.events.rowCount() >= 4
    save_screenshot(window, "media_ledger_detail")
    area.detail.buttons[MediumAction.CARRY_OUT].click()
    assert area.detail.dialog is not None
    save_screenshot(area.detail.dialog, "media_carry_out_form")
    area.detail.dialog.reject()


def test_banner_of_an_unreported_loss(qtbot: QtBot, demo_controller: Controller,
                                      cjk_font: str) -> None:
    c = demo_controller
    media.report_lost(c.register, c.actor, "MM-U-2022-004",
                      "5月6日在第三会议室开会后遗失，已查找未果")
    window, area = _media(qtbot, c)
    assert area.banner.isVisibleTo(area)
    area.show_medium("MM-U-2022-004")
    assert area.detail.deadline.isVisibleTo(area.detail)
    save_screenshot(window, "media_loss_banner")
    incident = media.open_incidents(c.register)[-1]  # the demo has a loss of its own
    late = dt.datetime.fromisoformat(incident.report_due_at) + dt.timedelta(hours=5)
    area.banner._now = lambda: late  # the same banner a day later: red
    area.refresh_banner()
    qtbot.waitUntil(lambda: area.banner.rows[-1][1].isVisible())
    assert "已超过上报时限 5 小时" in area.banner.rows[-1][1].text()
    save_screenshot(area.banner, "media_loss_banner_late")


def test_ledger_in_english(qtbot: QtBot, qapp: object, demo_controller: Controller,
                           cjk_font: str) -> None:
    translators = i18n.install_translator(qapp, "en")  # type: ignore[arg-type]
    try:
        window, area = _media(qtbot, demo_controller)
        area.show_medium("JM-H-2023-001")
        assert area.detail.tabs.tabText(0).startswith("History")
        save_screenshot(window, "media_ledger_detail_en")
    finally:
        i18n.remove_translators(qapp, translators)  # type: ignore[arg-type]
