"""发文 through the widgets only: register an outgoing document with its approved distribution,
put copies in an envelope for one recipient, print the envelope's 发文封发单 and the
发文登记簿; the rules' refusals shown at their fields with nothing written. Screenshots at
1366x768 and 1024x768 (build/screenshots/)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from app.models.documents import Copy, Dispatch, Document
from app.models.enums import Level
from app.models.foundation import AuditEntry
from app.reports.catalog import FormKind
from app.services import printing
from app.services.register import Register
from app.ui.areas import build_main_window
from app.ui.controller import Controller
from app.ui.main_window import MainWindow
from app.ui.outgoing_area import OutgoingArea
from app.ui.outgoing_forms import DispatchForm, OutgoingForm
from app.ui.print_preview import PrintPreview
from app.ui.reports_view import ReportsView
from tests.screens import save_screenshot

EDU, HEALTH = "北京市海淀区教育委员会", "北京市海淀区卫生健康委员会"


def snapshot(register: Register) -> dict[str, Any]:
    """Everything a refused change must leave as it was."""
    with register.read() as s:
        return {
            "documents": s.scalar(select(func.count(Document.id))),
            "copies": sorted(s.execute(select(Copy.id, Copy.state)).all()),
            "dispatches": s.scalar(select(func.count(Dispatch.id))),
            "audit": s.scalar(select(func.count(AuditEntry.id))),
        }


def _actions(register: Register, n: int) -> list[str]:
    with register.read() as s:
        return list(reversed(s.scalars(select(AuditEntry.action)
                                       .order_by(AuditEntry.id.desc()).limit(n)).all()))


def _window(qtbot: QtBot, c: Controller, size: tuple[int, int] = (1366, 768)
            ) -> tuple[MainWindow, OutgoingArea]:
    window = build_main_window(c)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.show_area("outgoing")
    area = window.area("outgoing")
    assert isinstance(area, OutgoingArea)
    return window, area


def _type(widget: Any, text: str) -> None:
    """What an input method commits into the field (QTest types ASCII only)."""
    assert isinstance(widget, QLineEdit)
    widget.setFocus()
    widget.setText(text)


def _shot(widget: Any, name: str) -> None:
    """A screenshot once pending layout requests are handled (a refusal shown or hidden)."""
    QApplication.processEvents()
    save_screenshot(widget, name)


def _register_form(qtbot: QtBot, area: OutgoingArea) -> OutgoingForm:
    window = area.window()
    window.activateWindow()  # a form closed just before: shortcuts need the active window
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(area.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    form = area.form
    assert isinstance(form, OutgoingForm) and form.isVisible()
    return form


def _fill(qtbot: QtBot, form: OutgoingForm, doc_number: str = "海保发〔2026〕3号",
          units: tuple[tuple[str, int], ...] = ((EDU, 2), (HEALTH, 1))) -> None:
    _type(form.doc_number, doc_number)
    _type(form.title, "关于开展2026年度保密自查自评工作的通知")
    form.level.setCurrentIndex(form.level.findData(int(Level.CONFIDENTIAL)))
    _type(form.signed_by, "张建国")
    _type(form.scope, "局领导、保密科")
    editor = form.distribution
    for name, n in units:
        line = editor.unit.lineEdit()
        assert line is not None
        _type(line, name)
        editor.copies.setValue(n)
        qtbot.keyClick(line, Qt.Key.Key_Return)  # Enter in the unit field adds the unit
    assert form.isVisible()  # ... and did not submit the form
    form.keep.setValue(1)
    form.urgent.setChecked(True)


def _open_dispatch(qtbot: QtBot, area: OutgoingArea) -> DispatchForm:
    area.table.setFocus()
    qtbot.keyClick(area.table, Qt.Key.Key_Return)  # Enter on the row: 封发
    form = area.form
    assert isinstance(form, DispatchForm) and form.isVisible()
    return form


def test_register_dispatch_and_print_through_the_widgets(
        qtbot: QtBot, unlocked: Controller) -> None:
    c = unlocked
    window, area = _window(qtbot, c)
    assert area.empty.isVisibleTo(area) and area.shown_rows() == []
    save_screenshot(window, "outgoing_empty_1366x768")
    window.resize(1024, 768)
    save_screenshot(window, "outgoing_empty_1024x768")
    window.resize(1366, 768)

    # 发文登记
    form = _register_form(qtbot, area)
    _fill(qtbot, form)
    assert form.distribution.lines() == [(EDU, 2), (HEALTH, 1)]
    assert form.level.findData(int(Level.TOP_SECRET)) == -1  # above this 机密 workstation
    _shot(form, "outgoing_register_form")
    qtbot.keyClick(form.title, Qt.Key.Key_Return)  # Enter registers
    assert not form.isVisible()
    year = dt.date.today().year
    [row] = area.shown_rows()
    assert row[:4] == [f"{year}-发-0001", "海保发〔2026〕3号",
                       "关于开展2026年度保密自查自评工作的通知（急件）", "机密★20年"]
    assert row[5:] == ["张建国", "4", "0/3", "4"]
    assert "已登记" in area.message.text()
    assert [area.distribution.item(r, 0).text() for r in range(2)] == [EDU, HEALTH]
    assert _actions(c.register, 3)[-1] == "document.register_outgoing"
    assert "organisation.add" in _actions(c.register, 3)  # new units, audited

    # 封发: the recipient still waiting comes first, its approved count ticked
    dispatch_form = _open_dispatch(qtbot, area)
    assert dispatch_form.recipient.currentData() == EDU
    assert len(dispatch_form.checked()) == 2
    _shot(dispatch_form, "outgoing_dispatch_form")
    qtbot.keyClick(dispatch_form.recipient, Qt.Key.Key_Return)  # Enter sends
    assert not dispatch_form.isVisible()
    no = f"{year}-封-0001"
    assert f"信封标注：机密 {no} 特急" in area.message.text()
    assert area.shown_rows()[0][7:] == ["2/3", "2"]
    assert area.envelopes.rowCount() == 1
    assert [area.envelopes.item(0, i).text() for i in range(6)] == [
        no, EDU, dt.date.today().isoformat(), f"机密 {no} 特急", "1-2", "2"]
    assert _actions(c.register, 3) == ["dispatch.send", "copy.dispatch", "copy.dispatch"]
    history = [area.history.item(r, 1).text() for r in range(area.history.rowCount())]
    assert "发文封发" in history and "发文登记" in history and "载体发出" in history
    window.resize(1366, 768)
    save_screenshot(window, "outgoing_dispatched_1366x768")
    window.resize(1024, 768)
    save_screenshot(window, "outgoing_dispatched_1024x768")

    # the envelope's slip, at once
    assert area.print_button.isVisibleTo(area)
    assert area.print_button.text() == "打印发文封发单…"
    window.activateWindow()  # the 封发 dialog has closed
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(area.table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    preview = area.print_button.preview
    assert isinstance(preview, PrintPreview)
    assert preview.page_count >= 1
    assert printing.jobs(c.register) == []  # a preview uses up no serial (printing does)
    assert preview.serial == "" and "预览" in preview.windowTitle()
    preview.close()

    # the second recipient: one copy left for it
    dispatch_form = _open_dispatch(qtbot, area)
    assert dispatch_form.recipient.currentData() == HEALTH
    assert len(dispatch_form.checked()) == 1
    dispatch_form.ok_button.click()
    assert area.shown_rows()[0][7:] == ["3/3", "1"]  # the copy kept (留存) stays in store
    assert not area.dispatch_button.isEnabled()

    # the 发文登记簿 in the printing screen, from the same records
    area.ledger_button.click()
    assert window.area_keys()[window.nav.currentRow()] == "reports"
    reports = window.area("reports")
    assert isinstance(reports, ReportsView)
    assert reports.selected_kind() is FormKind.OUTGOING_LEDGER
    with qtbot.waitSignal(reports.preview_ready, timeout=60_000) as ready:
        reports.preview_button.click()
    ledger = ready.args[0]
    assert isinstance(ledger, PrintPreview)
    assert ledger.page_count >= 1 and printing.jobs(c.register) == []
    ledger.close()
    qtbot.waitUntil(lambda: not reports.is_busy())


def test_registration_refusals_are_shown_at_their_fields(
        qtbot: QtBot, unlocked: Controller) -> None:
    c = unlocked
    window, area = _window(qtbot, c, (1024, 768))
    before = snapshot(c.register)
    form = _register_form(qtbot, area)
    _fill(qtbot, form, units=())
    form.ok_button.click()
    assert form.isVisible()
    assert form.error_text("distribution") == "发文须有经批准的分送范围"
    assert snapshot(c.register) == before

    _fill(qtbot, form, units=((EDU, 1), (EDU, 2)))
    form.ok_button.click()
    assert form.error_text("distribution") == f"分送单位“{EDU}”重复"
    form.distribution.table.selectRow(1)
    qtbot.keyClick(form.distribution.table, Qt.Key.Key_Delete)  # Delete removes the line
    assert form.distribution.lines() == [(EDU, 1)]

    form.issued_on.setDate(form.issued_on.date().addDays(3))
    form.ok_button.click()
    assert "发文日期" in form.error_text("issued_on")
    assert form.focusWidget() is form.issued_on
    form.issued_on.setDate(form.issued_on.date().addDays(-3))

    form.signed_by.clear()
    form.ok_button.click()
    assert form.error_text("signed_by") == "签发人不能为空"
    _shot(form, "outgoing_register_refused")
    assert snapshot(c.register) == before
    _type(form.signed_by, "张建国")
    form.ok_button.click()
    assert not form.isVisible()

    # the same 文号 twice
    again = _register_form(qtbot, area)
    _fill(qtbot, again, units=((EDU, 1),))
    before = snapshot(c.register)
    again.ok_button.click()
    assert again.error_text("doc_number") == "文号 海保发〔2026〕3号 已用于本单位的另一份发文"
    assert snapshot(c.register) == before
    again.reject()
    window.close()


def test_dispatch_refusals_are_shown_at_their_fields(
        qtbot: QtBot, unlocked: Controller) -> None:
    c = unlocked
    _win, area = _window(qtbot, c)
    form = _register_form(qtbot, area)
    _fill(qtbot, form)
    form.ok_button.click()
    before = snapshot(c.register)

    dispatch_form = _open_dispatch(qtbot, area)
    dispatch_form.set_checked([])
    dispatch_form.ok_button.click()
    assert dispatch_form.error_text("copy_ids") == "信封里至少要有一份载体"
    ids = dispatch_form.listed()
    dispatch_form.set_checked(ids[:3])  # approved 2 for this recipient
    dispatch_form.ok_button.click()
    assert dispatch_form.error_text("copy_ids") == (
        f"《关于开展2026年度保密自查自评工作的通知》批准分送“{EDU}” 2 份，不能多发")
    assert dispatch_form.focusWidget() is dispatch_form.copies
    dispatch_form.dispatched_on.setDate(dispatch_form.dispatched_on.date().addDays(1))
    dispatch_form.set_checked(ids[:1])
    dispatch_form.ok_button.click()
    assert "发出日期" in dispatch_form.error_text("dispatched_on")
    _shot(dispatch_form, "outgoing_dispatch_refused")
    assert snapshot(c.register) == before
    dispatch_form.reject()


@pytest.mark.parametrize("size", [(1366, 768), (1024, 768)])
def test_the_demo_register_lists_its_outgoing_document(
        qtbot: QtBot, demo_controller: Controller, size: tuple[int, int]) -> None:
    window, area = _window(qtbot, demo_controller, size)
    [row] = area.shown_rows()
    assert row[1] == "海保发〔2026〕3号" and row[7] == "1/2"
    area.select(area.rows[0].id)
    area.tabs.setCurrentWidget(area.envelopes)
    area.envelopes.selectRow(0)
    assert area.print_button.record is not None
    assert area.print_button.record[0] is FormKind.DISPATCH
    save_screenshot(window, f"outgoing_demo_{size[0]}x{size[1]}")
    area.tabs.setCurrentWidget(area.history)
    labels = [area.history.item(r, 1).text() for r in range(area.history.rowCount())]
    assert labels[-1] == "发文登记" and "发文封发" in labels  # newest first
    save_screenshot(window, f"outgoing_history_{size[0]}x{size[1]}")


def test_one_envelope_carries_two_documents_marked_with_the_highest_level(
        qtbot: QtBot, unlocked: Controller) -> None:
    c = unlocked
    window, area = _window(qtbot, c)
    form = _register_form(qtbot, area)
    _fill(qtbot, form, units=((EDU, 1),))  # 机密, urgent
    form.ok_button.click()
    secret = _register_form(qtbot, area)
    _type(secret.doc_number, "海保发〔2026〕4号")
    _type(secret.title, "保密检查情况通报")
    secret.level.setCurrentIndex(secret.level.findData(int(Level.SECRET)))
    _type(secret.signed_by, "张建国")
    line = secret.distribution.unit.lineEdit()
    assert line is not None
    _type(line, EDU)
    secret.ok_button.click()  # a unit left in the field counts as added
    assert not secret.isVisible()
    year = dt.date.today().year
    assert area.current_id() == area.rows[0].id and area.rows[0].internal_no == f"{year}-发-0002"

    form2 = _open_dispatch(qtbot, area)
    listed = form2.listed()
    # its own copy first and ticked, then the 机密 document's two copies (one kept, 留存)
    assert len(listed) == 3 and form2.checked() == listed[:1]
    other = form2.copies.item(1).text()
    assert other.startswith(f"另件 {year}-发-0001 第 1 份") and other.endswith("机密")
    form2.set_checked(listed[:2])
    _shot(form2, "outgoing_dispatch_two_documents")
    form2.ok_button.click()
    assert not form2.isVisible()
    assert f"信封标注：机密 {year}-封-0001 特急" in area.message.text()  # the higher level
    assert [r[7] for r in area.shown_rows()] == ["1/1", "1/1"]
    area.select(area.rows[1].id)  # the 机密 one lists the same envelope
    assert area.envelopes.item(0, 0).text() == f"{year}-封-0001"
    window.close()


def test_the_area_in_english_at_1024(qtbot: QtBot, qapp: object,
                                     demo_controller: Controller) -> None:
    from app import paths
    from app.ui import i18n

    if not (paths.resources_dir() / "i18n" / "mibu_en.qm").exists():
        pytest.skip("resources/i18n/mibu_en.qm is built by `make test`")
    translators = i18n.install_translator(qapp, "en")  # type: ignore[arg-type]
    try:
        window, area = _window(qtbot, demo_controller, (1024, 768))
        assert area.register_button.text() == "Register outgoing (&N)…"
        area.select(area.rows[0].id)
        save_screenshot(window, "outgoing_english_1024x768")
        form = area.open_register()
        save_screenshot(form, "outgoing_register_form_english")
        form.reject()
    finally:
        i18n.remove_translators(qapp, translators)  # type: ignore[arg-type]
