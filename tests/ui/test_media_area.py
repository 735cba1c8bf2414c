"""The media area: the detail pane of a medium, every step of its life through the widgets,
the filter row, the banner of unreported losses. Refusals stay inline and change nothing."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from app.models.documents import ApprovalKind
from app.models.enums import Level
from app.models.foundation import AuditEntry
from app.models.lifecycle import DestructionMethod
from app.models.media import Incident, Medium, MediumEvent, MediumStatus
from app.services import media
from app.services.lifecycle import approvals
from app.services.media import IncidentView, MediumView
from app.services.register import Register
from app.ui.controller import Controller
from app.ui.media_area import MediaArea
from app.ui.media_controller import MediumAction
from app.ui.medium_actions import ActionDialog
from tests.factories import demo_media, media_holders


def snapshot(register: Register) -> dict[str, Any]:
    """Everything a refused step must leave unchanged."""
    with register.read() as s:
        return {
            "media": sorted(s.execute(select(
                Medium.number, Medium.status, Medium.holder, Medium.level, Medium.highest_level,
                Medium.last_inventory_on)).all()),
            "events": s.scalar(select(func.count(MediumEvent.id))),
            "incidents": sorted(s.execute(select(Incident.id, Incident.reported_at)).all()),
            "audit": s.scalar(select(func.count(AuditEntry.id))),
        }


@pytest.fixture
def office(unlocked: Controller) -> Controller:
    """The demo ledger: 001 in use (inventoried), 002 stored, H-001 out, the rest in use."""
    demo_media(unlocked.register, unlocked.actor)
    return unlocked


def _area(qtbot: QtBot, c: Controller, now: dt.datetime | None = None) -> MediaArea:
    area = MediaArea(c, now=(lambda: now) if now is not None else None)
    qtbot.addWidget(area)
    area.resize(1280, 760)
    return area


def _select(area: MediaArea, number: str) -> None:
    assert area.ledger.select_number(number)
    assert area.detail.current_number == number


def _open(area: MediaArea, action: MediumAction) -> ActionDialog:
    button = area.detail.buttons[action]
    assert button.isVisibleTo(area.detail), f"{action} not offered"
    button.click()
    dialog = area.detail.dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def _status(c: Controller, number: str) -> MediumStatus:
    return media.get(c.register, number).status


def _offered(area: MediaArea) -> set[MediumAction]:
    return {a for a, b in area.detail.buttons.items() if b.isVisibleTo(area.detail)}


def test_selecting_a_medium_shows_its_detail_and_history(qtbot: QtBot, office: Controller
                                                         ) -> None:
    area = _area(qtbot, office)
    assert area.detail.placeholder.isVisibleTo(area)
    _select(area, "JM-U-2024-001")
    d = area.detail
    assert d.values["serial"].text() == "4C530001230101117031"
    assert d.values["ids"].text() == "0781 : 5581"
    assert d.values["highest_level"].text() == "机密"
    assert d.values["holder"].text() == "王晓东"
    assert d.values["status"].text() == "在用"
    assert d.values["last_inventory_on"].text() == dt.date.today().isoformat()
    # history newest first: the inventory, then the registration
    assert [d.events.item(r, 1).text() for r in range(d.events.rowCount())] == ["清查", "登记"]
    actions = [d.audit.item(r, 1).text() for r in range(d.audit.rowCount())]
    assert actions == ["介质清查", "登记介质"]
    assert "上次清查" in d.audit.item(0, 3).text()
    assert d.tabs.tabText(0) == "履历（2）"
    assert _offered(area) == {MediumAction.RETURN, MediumAction.CARRY_OUT,
                              MediumAction.INVENTORY, MediumAction.REPAIR, MediumAction.LOST,
                              MediumAction.DESTROY, MediumAction.RAISE_LEVEL,
                              MediumAction.REQUEST_APPROVAL, MediumAction.COPY}
    _select(area, "JM-U-2024-002")  # stored
    assert _offered(area) == {MediumAction.ISSUE, MediumAction.INVENTORY, MediumAction.REPAIR,
                              MediumAction.LOST, MediumAction.DESTROY, MediumAction.RAISE_LEVEL,
                              MediumAction.REQUEST_APPROVAL, MediumAction.COPY}
    _select(area, "JM-H-2023-001")  # out
    assert _offered(area) == {MediumAction.BRING_BACK, MediumAction.INVENTORY,
                              MediumAction.LOST, MediumAction.RAISE_LEVEL}


def test_issue_and_return(qtbot: QtBot, office: Controller) -> None:
    area = _area(qtbot, office)
    _select(area, "JM-U-2024-002")
    dialog = _open(area, MediumAction.ISSUE)
    assert dialog.values()["holder"] == "刘红"  # the holder on record, to confirm or change
    dialog.set_value("holder", "赵磊")
    with qtbot.waitSignal(office.changed) as sig:
        dialog.ok_button.click()
    assert sig.args == ["media"]
    assert not dialog.isVisible()
    m = media.get(office.register, "JM-U-2024-002")
    assert (m.status, m.holder) == (MediumStatus.IN_USE, "赵磊")
    assert "已登记发放" in area.detail.message.text()
    assert area.detail.values["holder"].text() == "赵磊"
    row = area.ledger.model.find("JM-U-2024-002")
    assert area.ledger.model.data(area.ledger.model.index(row, 8)) == "在用"
    assert area.ledger.current_number() == "JM-U-2024-002"  # still selected after the refresh
    assert area.detail.events.item(0, 1).text() == "发放"
    dialog = _open(area, MediumAction.RETURN)
    assert dialog.fields == {}  # nothing to fill: Enter confirms
    dialog.ok_button.click()
    assert _status(office, "JM-U-2024-002") is MediumStatus.STORED
    assert MediumAction.ISSUE in _offered(area)


def test_carry_out_and_bring_back(qtbot: QtBot, office: Controller) -> None:
    area = _area(qtbot, office)
    _select(area, "JM-U-2024-001")
    dialog = _open(area, MediumAction.CARRY_OUT)
    before = snapshot(office.register)
    dialog.ok_button.click()  # nothing filled in: the service's refusal, inline
    assert dialog.isVisible() and dialog.error.text() == "外出地点及事由不能为空"
    dialog.set_value("destination", "市保密局 培训")
    combo = dialog.fields["approval"]
    assert combo.currentText() == "没有可用的审批：请先申请审批，经领导批准后再登记"  # type: ignore[attr-defined]
    dialog.ok_button.click()
    assert dialog.error.text() == "携带外出须经领导批准：请先登记审批"
    assert snapshot(office.register) == before
    dialog.reject()
    # the clerk asks from the pane; a leader approves (here: the paper approval recorded)
    ask = _open(area, MediumAction.REQUEST_APPROVAL)
    ask.set_value("kind", ApprovalKind.CARRY_OUT)
    ask.set_value("reason", "市保密局培训")
    ask.ok_button.click()
    assert not ask.isVisible()
    (asked,) = approvals.waiting(office.register)
    assert asked.summary.startswith("携带外出：介质 JM-U-2024-001，王晓东")
    approvals.record_paper_approval(office.register, office.actor, asked.id,
                                    approver_name="李局长", approved_on=dt.date.today(),
                                    reference="审批-2024-031")
    dialog = _open(area, MediumAction.CARRY_OUT)
    assert dialog.fields["approval"].currentData() == asked.id  # type: ignore[attr-defined]
    dialog.set_value("destination", "市保密局 培训")
    dialog.ok_button.click()
    assert not dialog.isVisible()
    assert _status(office, "JM-U-2024-001") is MediumStatus.OUT
    assert "审批-2024-031" in area.detail.events.item(0, 3).text()
    dialog = _open(area, MediumAction.BRING_BACK)
    dialog.ok_button.click()
    assert _status(office, "JM-U-2024-001") is MediumStatus.IN_USE


def test_inventory_with_a_date_and_a_note(qtbot: QtBot, office: Controller) -> None:
    area = _area(qtbot, office)
    _select(area, "JM-G-2024-003")
    dialog = _open(area, MediumAction.INVENTORY)
    day = dt.date.today() - dt.timedelta(days=2)
    dialog.set_value("on", day)
    dialog.set_value("note", "柜内核对无误")
    dialog.ok_button.click()
    m = media.get(office.register, "JM-G-2024-003")
    assert m.last_inventory_on == day.isoformat()
    assert area.detail.events.item(0, 3).text() == "柜内核对无误"


def test_repair_and_back(qtbot: QtBot, office: Controller) -> None:
    area = _area(qtbot, office)
    _select(area, "JM-S-2024-001")
    dialog = _open(area, MediumAction.REPAIR)
    dialog.ok_button.click()
    assert dialog.error.text() == "指定维修点不能为空"
    dialog.set_value("place", "市保密局指定维修点")
    dialog.ok_button.click()
    assert _status(office, "JM-S-2024-001") is MediumStatus.REPAIR
    assert _offered(area) == {MediumAction.REPAIRED, MediumAction.INVENTORY, MediumAction.LOST}
    _open(area, MediumAction.REPAIRED).ok_button.click()
    assert _status(office, "JM-S-2024-001") is MediumStatus.STORED


def test_destroy_needs_another_witness(qtbot: QtBot, office: Controller) -> None:
    area = _area(qtbot, office)
    _select(area, "JM-G-2024-003")
    _approved(office, "JM-G-2024-003", ApprovalKind.DESTRUCTION)
    dialog = _open(area, MediumAction.DESTROY)
    dialog.set_value("method", DestructionMethod.SHRED)
    dialog.set_value("means", "保密室 碎盘机")
    dialog.set_value("witness1", office.actor.display_name)
    dialog.set_value("witness2", "赵磊")
    before = snapshot(office.register)
    dialog.ok_button.click()
    assert dialog.error.text() == "监销人须为保密员以外的另一人"
    assert snapshot(office.register) == before
    dialog.set_value("witness1", "陈静")
    dialog.ok_button.click()
    assert _status(office, "JM-G-2024-003") is MediumStatus.DESTROYED
    assert _offered(area) == set()
    assert area.detail.no_actions.isVisibleTo(area.detail)


def test_raise_level_offers_only_higher_levels(qtbot: QtBot, office: Controller) -> None:
    area = _area(qtbot, office)
    _select(area, "MM-U-2022-004")  # 秘密
    dialog = _open(area, MediumAction.RAISE_LEVEL)
    combo = dialog.fields["level"]
    offered = [combo.itemData(i) for i in range(combo.count())]  # type: ignore[attr-defined]
    assert offered == [Level.CONFIDENTIAL, Level.TOP_SECRET]
    dialog.set_value("level", Level.CONFIDENTIAL)
    dialog.ok_button.click()
    m = media.get(office.register, "MM-U-2022-004")
    assert m.highest_level is Level.CONFIDENTIAL
    assert area.detail.values["highest_level"].text() == "机密"


def test_lost_shows_the_deadline_then_reported(qtbot: QtBot, office: Controller) -> None:
    area = _area(qtbot, office)
    assert not area.banner.isVisibleTo(area)
    _select(area, "MM-U-2022-004")
    dialog = _open(area, MediumAction.LOST)
    dialog.set_value("circumstances", "5月6日在第三会议室开会后遗失，已查找未果")
    dialog.ok_button.click()
    assert _status(office, "MM-U-2022-004") is MediumStatus.LOST
    (incident,) = media.open_incidents(office.register)
    d = area.detail
    assert "24 小时内" in d.message.text()
    assert d.deadline.isVisibleTo(d) and "丢失未上报" in d.deadline.text.text()
    assert "剩余不到 24 小时" in d.deadline.text.text()
    assert area.banner.isVisibleTo(area) and len(area.banner.rows) == 1
    assert "MM-U-2022-004" in area.banner.rows[0][1].text()
    assert _offered(area) == set()
    # the report, from the banner's button
    area.banner.rows[0][3].click()
    dialog = area.detail.dialog
    assert dialog is not None
    dialog.ok_button.click()
    assert dialog.error.text() == "报告对象不能为空"
    dialog.set_value("reported_to", "区保密局 李科长（电话）")
    dialog.ok_button.click()
    assert media.open_incidents(office.register) == []
    assert not area.banner.isVisibleTo(area)
    assert not d.deadline.isVisibleTo(d)
    assert "已登记上报" in d.message.text()
    assert incident.id


def test_banner_is_red_once_the_deadline_has_passed(qtbot: QtBot, office: Controller) -> None:
    media.report_lost(office.register, office.actor, "MM-U-2022-004", "遗失")
    (incident,) = media.open_incidents(office.register)
    late = dt.datetime.fromisoformat(incident.report_due_at) + dt.timedelta(hours=3, minutes=5)
    area = _area(qtbot, office, now=late)
    (_i, text, _look, _report) = area.banner.rows[0]
    assert "已超过上报时限 3 小时" in text.text()
    assert "#b00020" in text.styleSheet()
    early = dt.datetime.fromisoformat(incident.opened_at) + dt.timedelta(hours=1)
    area2 = _area(qtbot, office, now=early)
    assert "剩余不到 23 小时" in area2.banner.rows[0][1].text()
    assert "#b00020" not in area2.banner.rows[0][1].styleSheet()
    area.banner.rows[0][2].click()  # 查看: the lost medium in the pane
    assert area.detail.current_number == "MM-U-2022-004"


def test_refusals_of_a_stale_pane_stay_inline(qtbot: QtBot, office: Controller) -> None:
    """The pane offered a step, then something else changed the medium: the service refuses,
    the dialog says why, and nothing changes."""
    c, reg, actor = office, office.register, office.actor
    area = _area(qtbot, office)

    # issuing a destroyed medium
    _select(area, "JM-U-2024-002")
    dialog = _open(area, MediumAction.ISSUE)
    media.destroy(reg, actor, "JM-U-2024-002",
                  approval_id=_approved(c, "JM-U-2024-002", ApprovalKind.DESTRUCTION),
                  witnesses=["陈静", "赵磊"], method=DestructionMethod.SHRED, means="碎盘机")
    before = snapshot(reg)
    dialog.ok_button.click()
    assert dialog.isVisible()
    assert dialog.error.text() == ("介质 JM-U-2024-002 当前状态为“已销毁”，不能发放"
                                   "（须为“停用”）")
    assert snapshot(reg) == before
    dialog.reject()
    assert area.detail.values["status"].text() == "已销毁"  # the pane caught up
    assert _offered(area) == set()

    # lowering a level
    _select(area, "MM-U-2022-004")
    dialog = _open(area, MediumAction.RAISE_LEVEL)
    media.raise_level(reg, actor, "MM-U-2022-004", Level.TOP_SECRET)
    dialog.set_value("level", Level.CONFIDENTIAL)
    before = snapshot(reg)
    dialog.ok_button.click()
    assert "不得降为机密" in dialog.error.text()
    assert snapshot(reg) == before
    dialog.reject()

    # bringing back a medium that is not out
    _select(area, "JM-H-2023-001")
    dialog = _open(area, MediumAction.BRING_BACK)
    media.bring_back(reg, actor, "JM-H-2023-001")
    before = snapshot(reg)
    dialog.ok_button.click()
    assert "不能登记带回" in dialog.error.text()
    assert snapshot(reg) == before
    dialog.reject()
    assert c.is_unlocked


def test_filter_row(qtbot: QtBot, office: Controller) -> None:
    area = _area(qtbot, office)
    v = area.ledger

    def numbers() -> list[str]:
        return [v.model.row(r).number for r in range(v.model.rowCount())]

    assert len(numbers()) == 6 and v.count.text() == "共 6 件"
    v.status_filter.setCurrentIndex(v.status_filter.findData(MediumStatus.OUT))
    assert numbers() == ["JM-H-2023-001"]
    assert v.count.text() == "筛选出 1 件（共 6 件）"
    v.status_filter.setCurrentIndex(0)
    v.level_filter.setCurrentIndex(v.level_filter.findData(Level.SECRET))
    assert numbers() == ["MM-U-2022-004"]
    v.level_filter.setCurrentIndex(0)
    v.text_filter.setText("张保密")  # the holder
    assert numbers() == ["JM-G-2024-003", "JM-H-2023-001", "JM-S-2024-001"]
    v.text_filter.setText("e0d55")  # part of a serial, any case
    assert numbers() == ["JM-U-2024-002"]
    v.text_filter.clear()
    v.due_filter.setChecked(True)
    assert numbers() == []  # all registered today
    with office.register.write() as s:  # registered, and last inventoried, long ago
        for m in s.scalars(select(Medium)):
            m.created_at = "2023-01-02T00:00:00+00:00"
    v.refresh()
    assert "JM-U-2024-001" not in numbers() and "JM-U-2024-002" in numbers()
    row = v.model.find("JM-U-2024-002")
    assert v.model.data(v.model.index(row, 9), 3) == "已到半年清查期"  # tooltip role
    _select(area, "JM-U-2024-002")
    assert "已到半年清查期" in area.detail.values["last_inventory_on"].text()


def _in_status(c: Controller, number: str, status: MediumStatus) -> None:
    reg, actor = c.register, c.actor
    media.register_medium(reg, actor, media.NewMedium(
        number=number, kind="光盘", brand_model="CD-R", level=Level.SECRET, holder="陈静"))
    if status is MediumStatus.STORED:
        media.return_medium(reg, actor, number)
    elif status is MediumStatus.OUT:
        media.carry_out(reg, actor, number, destination="B",
                        approval_id=_approved(c, number, ApprovalKind.CARRY_OUT))
    elif status is MediumStatus.REPAIR:
        media.send_for_repair(reg, actor, number, "维修点")
    elif status is MediumStatus.LOST:
        media.report_lost(reg, actor, number, "遗失")
    elif status is MediumStatus.DESTROYED:
        _destroy(c, number)


def _approved(c: Controller, number: str, kind: ApprovalKind) -> int:
    """A leader's paper approval for the medium (asked and recorded by the clerk)."""
    until = dt.date.today() + dt.timedelta(days=1) if kind is ApprovalKind.CARRY_OUT else None
    asked = media.request_approval(c.register, c.actor, number, kind, until=until)
    return approvals.record_paper_approval(
        c.register, c.actor, asked.id, approver_name="李局长", approved_on=dt.date.today(),
        reference=f"审批-{asked.id}").id


def _destroy(c: Controller, number: str) -> MediumView:
    return media.destroy(c.register, c.actor, number, witnesses=["陈静", "赵磊"],
                         method=DestructionMethod.SHRED, means="碎盘机",
                         approval_id=_approved(c, number, ApprovalKind.DESTRUCTION))


def _do(c: Controller, action: MediumAction, number: str
        ) -> MediumView | IncidentView | approvals.ApprovalInfo:
    reg, actor = c.register, c.actor
    return {
        MediumAction.ISSUE: lambda: media.issue(reg, actor, number, "赵磊"),
        MediumAction.RETURN: lambda: media.return_medium(reg, actor, number),
        MediumAction.CARRY_OUT: lambda: media.carry_out(
            reg, actor, number, destination="B",
            approval_id=_approved(c, number, ApprovalKind.CARRY_OUT)),
        MediumAction.BRING_BACK: lambda: media.bring_back(reg, actor, number),
        MediumAction.INVENTORY: lambda: media.record_inventory(reg, actor, number),
        MediumAction.REPAIR: lambda: media.send_for_repair(reg, actor, number, "维修点"),
        MediumAction.REPAIRED: lambda: media.back_from_repair(reg, actor, number),
        MediumAction.LOST: lambda: media.report_lost(reg, actor, number, "遗失"),
        MediumAction.DESTROY: lambda: _destroy(c, number),
        MediumAction.REQUEST_APPROVAL: lambda: media.request_approval(
            reg, actor, number, ApprovalKind.DESTRUCTION),
        MediumAction.COPY: lambda: media.copy_medium(reg, actor, number, media.NewMedium(
            number=f"C{len(number)}-{number}"[:32], kind="光盘", brand_model="CD-R",
            level=Level.SECRET, holder="陈静"),
            approval_id=_approved(c, number, ApprovalKind.COPY)),
        MediumAction.RAISE_LEVEL: lambda: media.raise_level(reg, actor, number,
                                                            Level.CONFIDENTIAL),
    }[action]()


def test_offered_steps_are_exactly_those_the_service_allows(unlocked: Controller) -> None:
    from app.errors import RuleViolation
    from app.ui.media_controller import actions_for

    media_holders(unlocked.register, unlocked.actor)
    for status in MediumStatus:
        for action in MediumAction:
            number = f"T-{status.value}-{action.value}"[:32]
            _in_status(unlocked, number, status)
            offered = action in actions_for(media.get(unlocked.register, number))
            try:
                _do(unlocked, action, number)
                allowed = True
            except RuleViolation:
                allowed = False
            assert offered == allowed, (status, action)


def test_keyboard_from_the_ledger_to_a_step(qtbot: QtBot, office: Controller) -> None:
    area = _area(qtbot, office)
    area.show()
    area.activateWindow()
    qtbot.waitUntil(area.isActiveWindow)
    qtbot.keyClick(area.ledger.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert area.ledger.text_filter.hasFocus()
    area.ledger.table.setFocus()
    _select(area, "JM-U-2024-002")
    qtbot.keyClick(area.ledger.table, Qt.Key.Key_Return)
    issue = area.detail.buttons[MediumAction.ISSUE]
    assert issue.hasFocus()
    qtbot.keyClick(issue, Qt.Key.Key_Space)
    dialog = area.detail.dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.fields["holder"].hasFocus)  # the first field, once the dialog shows
    qtbot.keyClick(dialog.fields["holder"], Qt.Key.Key_Return)  # the holder on record
    assert not dialog.isVisible()
    assert _status(office, "JM-U-2024-002") is MediumStatus.IN_USE
