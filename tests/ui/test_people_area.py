"""人员与单位 through the widgets only: add a person, a duplicate refused at its field with
nothing written, a clearance that would drop below what the person holds refused, departure
reached with the person chosen, two units typed two ways merged; the start page and the desk
of an empty register lead here. Screenshots at 1366x768 and 1024x768 (build/screenshots/)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from app.models.documents import Document
from app.models.enums import Clearance, Level
from app.models.foundation import AuditEntry
from app.models.people import Organisation, Person
from app.services import documents, people
from app.services.lifecycle import circulation
from app.services.register import Register
from app.ui import i18n
from app.ui.areas import build_main_window
from app.ui.circulation_desk import CirculationDesk
from app.ui.controller import Controller
from app.ui.disposal_area import DisposalArea
from app.ui.main_window import MainWindow
from app.ui.people_area import PeopleArea
from app.ui.people_forms import FieldForm, MergeForm, PersonForm
from app.ui.today_view import TodayView
from tests import doc_factories as f
from tests.screens import save_screenshot

SHORT, LONG = "海淀区保密局", "北京市海淀区国家保密局"


def snapshot(register: Register) -> dict[str, Any]:
    """Everything a refused change must leave as it was."""
    with register.read() as s:
        return {
            "people": sorted(s.execute(select(Person.id, Person.name, Person.department,
                                              Person.post, Person.clearance,
                                              Person.remarks)).all()),
            "orgs": sorted(s.execute(select(Organisation.id, Organisation.name)).all()),
            "senders": sorted(s.execute(select(Document.id, Document.sender_id)).all()),
            "audit": s.scalar(select(func.count(AuditEntry.id))),
        }


def _last_action(register: Register) -> str:
    with register.read() as s:
        entry = s.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
        assert entry is not None
        return entry.action


def _window(qtbot: QtBot, c: Controller, size: tuple[int, int] = (1366, 768)
            ) -> tuple[MainWindow, PeopleArea]:
    window = build_main_window(c)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    window.show_area("people")
    area = window.area("people")
    assert isinstance(area, PeopleArea)
    return window, area


def _type(form: FieldForm, key: str, text: str) -> None:
    """What an input method commits into the field (QTest types ASCII only)."""
    widget = form.fields[key]
    assert isinstance(widget, QLineEdit)
    widget.setFocus()
    widget.setText(text)


def _person_form(area: PeopleArea) -> PersonForm:
    form = area.people_view.form
    assert isinstance(form, PersonForm) and form.isVisible()
    return form


def test_the_start_page_of_an_empty_register_leads_to_adding_a_person(
        qtbot: QtBot, unlocked: Controller) -> None:
    window, area = _window(qtbot, unlocked)
    view = area.people_view
    assert view.empty.isVisibleTo(view) and view.shown_rows() == []
    window.show_area("today")
    today = window.area("today")
    assert isinstance(today, TodayView)
    assert today.no_people.isVisibleTo(today)
    window.resize(1024, 768)
    save_screenshot(window, "people_today_hint_1024x768")
    today.no_people.linkActivated.emit("people")  # the link under the tiles
    assert window.area_keys()[window.nav.currentRow()] == "people"
    form = _person_form(area)  # no people yet: the form is open at once
    _type(form, "name", "张伟")
    _type(form, "department", "办公室")
    _type(form, "post", "科员")
    form.clearance.setCurrentIndex(form.clearance.findData(Clearance.IMPORTANT))
    qtbot.keyClick(form.fields["post"], Qt.Key.Key_Return)  # Enter saves
    assert not form.isVisible()
    assert view.shown_rows() == [["张伟", "办公室", "科员", "重要", "在岗", "", ""]]
    assert view.current_id() is not None and not view.empty.isVisibleTo(view)
    assert "张伟" in view.heading.text()
    assert _last_action(unlocked.register) == "person.add"
    window.show_area("today")
    assert not today.no_people.isVisibleTo(today)


def test_a_duplicate_is_refused_at_its_field_and_nothing_is_written(
        qtbot: QtBot, unlocked: Controller) -> None:
    people.add_person(unlocked.register, unlocked.actor, name="王明", department="办公室",
                      clearance=Clearance.GENERAL)
    _win, area = _window(qtbot, unlocked)
    before = snapshot(unlocked.register)
    area.people_view.add_button.click()
    form = _person_form(area)
    form.ok_button.click()  # nothing typed: the first missing field is named
    assert "姓名" in form.error_text("name")
    _type(form, "name", "王明")
    _type(form, "department", "办公室")
    form.ok_button.click()
    assert "涉密等级" in form.error_text("clearance")  # not chosen yet
    assert form.focusWidget() is form.fields["clearance"]
    form.clearance.setCurrentIndex(form.clearance.findData(Clearance.CORE))
    form.ok_button.click()
    assert form.isVisible()
    assert "同一部门不能重名" in form.error_text("name")
    assert form.error_text("clearance") == ""
    assert form.errors["name"].styleSheet().startswith("color: #b00020")
    assert snapshot(unlocked.register) == before
    form.reject()
    assert [r[0] for r in area.people_view.shown_rows()] == ["王明"]


def test_a_clearance_below_what_the_person_holds_is_refused(
        qtbot: QtBot, unlocked: Controller) -> None:
    c = unlocked
    person = f.person(c.register, c.actor, name="李娜", department="办公室",
                      clearance=Clearance.IMPORTANT)
    doc = f.receive(c.register, c.actor, level=Level.CONFIDENTIAL, scope="办公室")
    copy = documents.list_copies(c.register, doc.id)[0]
    circulation.hand_out(c.register, c.actor, copy.id, person.id)
    window, area = _window(qtbot, c)
    view = area.people_view
    assert view.select(person.id)
    assert view.holding.rowCount() == 1 and view.history.rowCount() == 1
    assert "尚有 1 份未交回" in view.holding_verdict.text()
    save_screenshot(window, "people_area_1366x768")
    before = snapshot(c.register)
    qtbot.keyClick(view.table, Qt.Key.Key_Return)  # Enter on the row edits
    form = _person_form(area)
    assert form.name.isReadOnly() and form.focusWidget() is form.department
    form.set_clearance(Clearance.GENERAL)
    form.ok_button.click()
    assert form.isVisible()
    assert "不能降低其涉密等级" in form.error_text("clearance")
    assert form.focusWidget() is form.fields["clearance"]
    assert snapshot(c.register) == before
    save_screenshot(form, "people_edit_refused")
    # the same form saves what is allowed
    form.set_clearance(Clearance.CORE)
    _type(form, "post", "副主任")
    form.ok_button.click()
    assert not form.isVisible()
    assert people.get_person(c.register, person.id).clearance is Clearance.CORE
    assert _last_action(c.register) == "person.update"
    assert view.shown_rows()[0][2:4] == ["副主任", "核心"]
    # the change is in the person's own history, newest first
    assert view.changes.rowCount() == 2
    changed = view.changes.item(0, 3)
    assert changed is not None and "职务 科员 → 副主任" in changed.text()
    assert "涉密等级 重要 → 核心" in changed.text()
    assert view.changes.item(1, 1).text() == "登记涉密人员"  # type: ignore[union-attr]
    assert view.changes.item(0, 2).text() == "张保密"  # type: ignore[union-attr]


def test_departure_opens_with_the_person_chosen(qtbot: QtBot, unlocked: Controller) -> None:
    c = unlocked
    f.person(c.register, c.actor, name="赵强", department="财务科")
    chosen = f.person(c.register, c.actor, name="孙丽", department="办公室")
    window, area = _window(qtbot, c)
    assert area.people_view.select(chosen.id)
    area.people_view.departure_button.click()
    assert window.area_keys()[window.nav.currentRow()] == "disposal"
    disposal = window.area("disposal")
    assert isinstance(disposal, DisposalArea)
    assert disposal.tabs.currentWidget() is disposal.departure
    check = disposal.departure.check
    assert check is not None and check.person_id == chosen.id


def test_the_desk_of_a_register_without_people_says_so(qtbot: QtBot,
                                                      unlocked: Controller) -> None:
    c = unlocked
    doc = f.receive(c.register, c.actor)
    copy = documents.list_copies(c.register, doc.id)[0]
    window, _area = _window(qtbot, c)
    window.show_area("circulation")
    desk = window.area("circulation")
    assert isinstance(desk, CirculationDesk)
    desk.show_copy(copy.id)
    assert not desk.reader.isEnabled()
    assert desk.no_people.isVisibleTo(desk) and not desk.no_readers.isVisibleTo(desk)
    window.resize(1024, 768)
    save_screenshot(window, "people_desk_hint_1024x768")
    desk.no_people.linkActivated.emit("people")
    assert window.area_keys()[window.nav.currentRow()] == "people"
    # someone, but not cleared for this 机密 copy: the desk says why nobody is offered
    f.person(c.register, c.actor, name="周敏", department="办公室", clearance=Clearance.GENERAL)
    desk.show_copy(copy.id)
    assert desk.no_readers.isVisibleTo(desk) and not desk.no_people.isVisibleTo(desk)


def test_two_units_typed_two_ways_are_merged(qtbot: QtBot, unlocked: Controller) -> None:
    c = unlocked
    f.receive(c.register, c.actor, sender=SHORT)
    f.receive(c.register, c.actor, sender=LONG)
    f.receive(c.register, c.actor, sender=LONG)
    window, area = _window(qtbot, c)
    area.tabs.setCurrentWidget(area.units_view)
    units = area.units_view
    assert units.shown_names() == sorted([SHORT, LONG])
    assert units.select_name(SHORT)
    before = snapshot(c.register)
    units.merge_button.click()
    form = units.form
    assert isinstance(form, MergeForm) and form.isVisible()
    form.ok_button.click()  # nothing chosen
    assert "请选择要保留的单位" in form.error_text("kept")
    assert snapshot(c.register) == before
    save_screenshot(window, "people_units_1366x768")
    save_screenshot(form, "people_merge_form")
    form.kept.setFocus()
    form.kept.setEditText(LONG)  # typed: the unit is found by its name
    form.ok_button.click()
    assert not form.isVisible()
    assert units.shown_names() == [LONG]
    assert units.rows[0].documents == 3
    assert _last_action(c.register) == "organisation.merge"
    with c.register.read() as s:
        assert s.scalar(select(func.count(Organisation.id))) == 1


def test_adding_and_renaming_a_unit(qtbot: QtBot, unlocked: Controller) -> None:
    _win, area = _window(qtbot, unlocked)
    units = area.units_view
    assert units.empty.isVisibleTo(units)
    units.add_button.click()
    form = units.form
    assert form is not None
    _type(form, "name", SHORT)
    form.ok_button.click()
    assert units.shown_names() == [SHORT]
    before = snapshot(unlocked.register)
    units.add_button.click()
    form = units.form
    _type(form, "name", SHORT)
    form.ok_button.click()
    assert "已登记" in form.error_text("name") and form.isVisible()
    assert snapshot(unlocked.register) == before
    form.reject()
    units.rename_button.click()
    form = units.form
    _type(form, "name", LONG)
    form.ok_button.click()
    assert units.shown_names() == [LONG]
    assert _last_action(unlocked.register) == "organisation.rename"


def test_search_by_name_department_or_post(qtbot: QtBot, unlocked: Controller) -> None:
    c = unlocked
    f.person(c.register, c.actor, name="钱进", department="保密科", post="科长")
    f.person(c.register, c.actor, name="吴敏", department="信息中心", post="主任")
    f.person(c.register, c.actor, name="郑和", department="办公室", post="科长")
    _win, area = _window(qtbot, c)
    view = area.people_view
    for text, names in (("吴", ["吴敏"]), ("保密科", ["钱进"]), ("科长", ["郑和", "钱进"]),
                        ("无此人", [])):
        view.search.setText(text)
        assert sorted(r[0] for r in view.shown_rows()) == sorted(names), text
    assert view.count.text() == "找到 0 人（共 3 人）"
    view.search.clear()
    qtbot.keyClick(view.search, Qt.Key.Key_Return)  # Enter: to the list, first row chosen
    assert view.current_id() is not None and view.detail is not None


@pytest.mark.parametrize("size", [(1366, 768), (1024, 768)])
def test_screens_fit(qtbot: QtBot, demo_controller: Controller, cjk_font: str,
                     size: tuple[int, int]) -> None:
    c = demo_controller
    window, area = _window(qtbot, c, size)
    view = area.people_view
    view.table.selectRow(0)
    assert view.detail is not None
    name = f"{size[0]}x{size[1]}"
    save_screenshot(window, f"people_demo_{name}")
    for tab, shot in ((1, "history"), (2, "changes")):
        view.tabs.setCurrentIndex(tab)
        save_screenshot(view.tabs, f"people_{shot}_{name}")
    view.tabs.setCurrentIndex(0)
    form = view.open_edit()
    assert form is not None
    save_screenshot(form, f"people_edit_form_{name}")
    form.reject()
    area.tabs.setCurrentWidget(area.units_view)
    save_screenshot(window, f"people_units_demo_{name}")
    # the key columns stay visible: name, department, clearance and status
    header = view.table.horizontalHeader()
    for column in (0, 1, 3, 4):
        assert header.sectionViewportPosition(column) + header.sectionSize(column) <= (
            view.table.viewport().width())


def test_the_area_in_english(qtbot: QtBot, qapp: object, demo_controller: Controller,
                             cjk_font: str) -> None:
    translators = i18n.install_translator(qapp, "en")  # type: ignore[arg-type]
    try:
        window, area = _window(qtbot, demo_controller, (1024, 768))
        assert area.tabs.tabText(0) == "Cleared staff"
        area.people_view.table.selectRow(0)
        save_screenshot(window, "people_demo_en_1024x768")
        form = area.people_view.open_add()
        assert form.windowTitle() == "New cleared person"
        save_screenshot(form, "people_add_form_en")
        form.reject()
        area.tabs.setCurrentWidget(area.units_view)
        save_screenshot(window, "people_units_en_1024x768")
    finally:
        i18n.remove_translators(qapp, translators)  # type: ignore[arg-type]
