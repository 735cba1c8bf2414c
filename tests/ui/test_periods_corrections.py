"""Periods and corrections through the widgets (issue 14, points 3 and 4).

- the start page's ended 保密期限 leads to 确认解密 (Enter), refusals inline;
- a 密级变更 asked in the approval form, approved at this terminal, applied, in the history;
- 更正… on a document's detail and on the person form, with a reason; protected fields refused
  towards their approval; the old values in the history.

Screenshots of each new screen at 1366×768 and 1024×768 go to ``SHOTS`` (looked at by hand).
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from app.models.documents import ApprovalKind, ApprovalStatus, CopyState
from app.models.enums import Level
from app.services import documents, people
from app.services.lifecycle import approvals, circulation
from app.ui.approvals_area import ApprovalsArea
from app.ui.areas import build_main_window
from app.ui.controller import Controller
from app.ui.disposal_area import DisposalArea
from app.ui.documents_area import DocumentsArea
from app.ui.main_window import MainWindow
from app.ui.people_area import PeopleArea
from app.ui.today_view import TodayView
from tests import doc_factories as f
from tests.factories import PASSPHRASE

SHOTS = Path(os.environ.get("MIBU_SHOTS", "/tmp/mibu-shots/periods"))
SIZES = ((1366, 768), (1024, 768))


def shoot(widget: QWidget, name: str, sizes: tuple[tuple[int, int], ...] = SIZES) -> None:
    """The widget at each size (a dialog at its own size when ``sizes`` is empty)."""
    SHOTS.mkdir(parents=True, exist_ok=True)
    QApplication.processEvents()  # the layout after the last change, as the clerk sees it
    if not sizes:
        assert widget.grab().save(str(SHOTS / f"{name}.png"))
        return
    for w, h in sizes:
        widget.resize(w, h)
        QApplication.processEvents()
        assert widget.grab().save(str(SHOTS / f"{name}-{w}x{h}.png"))


def _window(qtbot: QtBot, c: Controller) -> MainWindow:
    window = build_main_window(c)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    return window


def _old(c: Controller, **kw: object) -> documents.DocumentInfo:
    """A document whose 10-year period ended in 2024."""
    return f.receive(c.register, c.actor, doc_date=dt.date(2014, 3, 1),
                     received_on=dt.date(2014, 3, 5), period="10年", **kw)


def _choose(combo: object, data: object) -> None:
    index = combo.findData(data)  # type: ignore[attr-defined]
    assert index >= 0, data
    combo.setCurrentIndex(index)  # type: ignore[attr-defined]


# -- 确认解密 from the start page ------------------------------------------------------------------
def test_an_ended_period_leads_from_the_start_page_to_its_confirmation(
    qtbot: QtBot, unlocked: Controller
) -> None:
    c = unlocked
    old = _old(c, title="关于二〇一四年保密检查的通知")
    out = _old(c, title="仍在传阅的旧文件")
    reader = f.person(c.register, c.actor, name="王明")
    out_copy = documents.list_copies(c.register, out.id)[0]
    circulation.hand_out(c.register, c.actor, out_copy.id, reader.id)
    window = _window(qtbot, c)
    start = window.area("today")
    assert isinstance(start, TodayView)
    rows = [start.other.item(r, 1).text() for r in range(start.other.rowCount())]
    assert any(old.internal_no in r and "待确认解密" in r for r in rows)
    shoot(window, "start-page-expired")
    # Enter on the row leads to the 解密 tab with the document chosen
    row = next(r for r in range(start.other.rowCount())
               if old.internal_no in start.other.item(r, 1).text())
    start.other.setFocus()
    start.other.setCurrentCell(row, 0)
    qtbot.keyClick(start.other, Qt.Key.Key_Return)
    disposal = window.area("disposal")
    assert isinstance(disposal, DisposalArea)
    view = disposal.declassify
    assert window.pages.currentWidget() is disposal
    assert disposal.tabs.currentWidget() is view
    assert view.table.rowCount() == 2 and "待确认解密：2 件" in view.count.text()
    shoot(window, "declassify")
    # the one still out is refused with the rule, and nothing changes
    assert view.select(out.id)
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert "须收回后再确认解密" in view.message.text()
    assert documents.get_document(c.register, out.id).declassified_on is None
    shoot(window, "declassify-refused", ((1024, 768),))
    # the other one is confirmed from the keyboard
    assert view.select(old.id)
    assert view.confirm_button.shortcut() == QKeySequence("Alt+J")  # keyboard: Alt+J
    view.confirm_button.click()
    done = documents.get_document(c.register, old.id)
    assert done.declassified_on == dt.date.today()
    assert "已确认解密" in view.message.text() and view.table.rowCount() == 1
    assert {x.state for x in documents.list_copies(c.register, old.id)} == {
        CopyState.DECLASSIFIED}
    # the start page no longer lists it
    start.refresh()
    rows = [start.other.item(r, 1).text() for r in range(start.other.rowCount())]
    assert not any(old.internal_no in r for r in rows)


# -- 密级变更 through the approval flow ----------------------------------------------------------
def test_a_level_change_is_asked_approved_applied_and_in_the_history(
    qtbot: QtBot, unlocked: Controller
) -> None:
    c = unlocked
    from tests.lifecycle.conftest import build_office

    office = build_office(c.register, c.actor)
    doc = office.secret  # 秘密, 全体
    window = _window(qtbot, c)
    # from the document's detail to the approval form, the document chosen
    docs = window.area("documents")
    assert isinstance(docs, DocumentsArea)
    window.show_area("documents")
    detail = docs.open_document(doc.id)
    assert detail.change_button.isVisible()
    detail.change_button.click()
    area = window.area("approvals")
    assert isinstance(area, ApprovalsArea)
    form = area.form
    assert area.tabs.currentWidget() is form and form.document_id == doc.id
    assert form.current_kind() is ApprovalKind.LEVEL_CHANGE
    assert not form.form.isRowVisible(form.authority)
    # refusals inline: no reason; nothing new
    _choose(form.new_level, int(Level.CONFIDENTIAL))
    form.new_period.setText("20年")
    assert form.submit() is None and "变更理由不能为空" in form.message.text()
    form.reason.setText("内容涉及重要事项，上级通知升为机密")
    shoot(window, "approval-form-level-change")
    info = form.submit()
    assert info is not None and info.kind is ApprovalKind.LEVEL_CHANGE
    view = area.view
    area.tabs.setCurrentWidget(view)
    assert view.current is not None and view.current.id == info.id
    reason = view.fields["reason"].text()
    assert "新密级：机密" in reason and "period_kind" not in reason and "level" not in reason
    assert not view.change_button.isVisible()  # not before it is approved
    view.approve_here()
    dialog = view.confirm_dialog
    assert dialog is not None
    dialog.username.setText("approver")
    dialog.passphrase.setText(PASSPHRASE)
    dialog.confirm()
    assert view.current is not None and view.current.status is ApprovalStatus.APPROVED
    assert view.change_button.isVisible() and view.change_button.isEnabled()
    shoot(window, "approval-apply-change")
    view.change_button.click()
    changed = documents.get_document(c.register, doc.id)
    assert changed.level is Level.CONFIDENTIAL and changed.period.label == "20年"
    assert "已变更为" in view.message.text()
    assert approvals.get(c.register, info.id).status is ApprovalStatus.USED
    assert not view.change_button.isVisible()
    # the document's history shows the change with its approver
    window.show_area("documents")
    detail = docs.open_document(doc.id)
    lines = [detail.history.item(r, 2).text() + " " + detail.history.item(r, 4).text()
             for r in range(detail.history.rowCount())]
    assert any("变更密级或期限" in x and "秘密 → 机密" in x and "李局长" in x for x in lines)
    detail.close()


def test_a_period_change_with_a_bad_period_is_refused_inline(
    qtbot: QtBot, unlocked: Controller
) -> None:
    c = unlocked
    doc = f.receive(c.register, c.actor, period="10年")
    area = ApprovalsArea(c)
    qtbot.addWidget(area)
    form = area.form
    form.preselect(doc.id, kind=ApprovalKind.PERIOD_CHANGE)
    assert not form.form.isRowVisible(form.new_level)
    assert form.form.isRowVisible(form.new_period)
    form.reason.setText("延长")
    form.new_period.setText("99年")
    assert form.submit() is None and form.message.text()
    form.new_period.setText("10年")
    assert form.submit() is None and "相同" in form.message.text()
    assert approvals.waiting(c.register) == []


# -- 更正 on a document's detail -------------------------------------------------------------------
def test_a_title_is_corrected_from_the_detail_with_a_reason(
    qtbot: QtBot, unlocked: Controller
) -> None:
    c = unlocked
    doc = f.receive(c.register, c.actor, title="关于做好保密工作的通只")
    docs = DocumentsArea(c)
    qtbot.addWidget(docs)
    detail = docs.open_document(doc.id)
    assert detail.correct_button.isVisible()
    assert detail.correct_button.shortcut() == QKeySequence("Alt+G")
    detail.correct_button.click()
    form = detail.correction
    assert form is not None and form.field.currentData() == "title"
    assert form.current.text() == doc.title and form.value.text() == doc.title
    # a protected field is refused, pointing to the approval
    form.choose("level")
    qtbot.keyClick(form.value, Qt.Key.Key_Return)
    assert "密级变更" in form.error_text("field") and "审批" in form.error_text("field")
    shoot(form, "correction-refused-level", ())
    form.choose("title")
    form.value.setText("关于做好保密工作的通知")
    qtbot.keyClick(form.value, Qt.Key.Key_Return)  # no reason yet
    assert "更正理由不能为空" in form.error_text("reason")
    assert documents.get_document(c.register, doc.id).title == doc.title
    form.reason.setText("登记时标题错字")
    shoot(form, "correction-document", ())
    qtbot.keyClick(form.reason, Qt.Key.Key_Return)
    assert documents.get_document(c.register, doc.id).title == "关于做好保密工作的通知"
    assert detail.title.text() == "关于做好保密工作的通知"
    assert detail.tabs.currentWidget() is detail.history
    last = detail.history.rowCount() - 1
    assert detail.history.item(last, 2).text() == "更正文件登记"
    content = detail.history.item(last, 4).text()
    assert "标题：关于做好保密工作的通只 → 关于做好保密工作的通知" in content
    assert "更正理由：登记时标题错字" in content
    detail.resize(1000, 700)
    shoot(detail, "document-detail-corrected", ())
    detail.close()


def test_a_date_typed_wrong_is_refused_inline(qtbot: QtBot, unlocked: Controller) -> None:
    c = unlocked
    doc = f.receive(c.register, c.actor)
    docs = DocumentsArea(c)
    qtbot.addWidget(docs)
    detail = docs.open_document(doc.id)
    form = detail.open_correction()
    assert form is not None
    form.choose("received_on")
    form.value.setText("2026-02-30")
    form.reason.setText("日期错")
    assert form.try_submit() is None
    assert "不是有效日期" in form.error_text("value")
    assert documents.get_document(c.register, doc.id) == doc
    form.close()
    detail.close()


# -- 更正 on the person form -------------------------------------------------------------------
def test_a_department_is_corrected_from_the_person_form(
    qtbot: QtBot, unlocked: Controller
) -> None:
    c = unlocked
    p = people.add_person(c.register, c.actor, name="王明", department="办工室", post="科员",
                          clearance="重要")
    area = PeopleArea(c)
    qtbot.addWidget(area)
    area.resize(1366, 768)
    view = area.people_view
    assert view.select(p.id)
    edit = view.open_edit()
    assert edit is not None
    assert edit.correct_button.shortcut() == QKeySequence("Alt+G")
    edit.correct_button.click()
    form = view.correction
    assert form is not None and form.field.currentData() == "department"
    form.choose("clearance")
    form.reason.setText("错")
    assert form.try_submit() is None and "修改" in form.error_text("field")
    form.choose("department")
    form.value.setText("办公室")
    form.reason.setText("部门登记错字")
    shoot(form, "correction-person", ())
    qtbot.keyClick(form.reason, Qt.Key.Key_Return)
    assert people.get_person(c.register, p.id).department == "办公室"
    assert "已保存" in view.message.text()
    changes = [view.changes.item(r, 3).text() for r in range(view.changes.rowCount())]
    assert any("部门 办工室 → 办公室" in x and "更正理由 部门登记错字" in x for x in changes)
    view.tabs.setCurrentIndex(2)
    shoot(area, "person-corrected")


# -- the item's history --------------------------------------------------------------------------
def test_the_item_history_shows_changes_declassification_and_corrections(
    qtbot: QtBot, unlocked: Controller
) -> None:
    from app.services import corrections, periods
    from app.ui.item_history import ItemHistoryView
    from tests.lifecycle.conftest import build_office

    c = unlocked
    office = build_office(c.register, c.actor)
    doc = office.secret
    asked = periods.request_change(c.register, c.actor, doc.id, new_level="机密",
                                   reason="上级通知升密")
    approvals.approve_at_terminal(c.register, c.actor, asked.id, username="approver",
                                  passphrase=PASSPHRASE)
    periods.apply_change(c.register, c.actor, asked.id)
    corrections.correct_document(c.register, c.actor, doc.id, "title", "秘密文件一则（更正）",
                                 reason="标题漏字")
    old = _old(c, title="二〇一四年的旧通知")
    periods.confirm_declassified(c.register, c.actor, old.id)
    corrections.correct_person(c.register, c.actor, office.people["sun"], "department",
                               "综合科", reason="部门登记错误")
    view = ItemHistoryView(c)
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.show_code(doc.internal_no)
    assert "《秘密文件一则（更正）》机密" in view.summary.text()
    lines = [view.model.line(r) for r in range(view.model.rowCount())]
    changed = next(x for x in lines if x.label == "变更密级或期限")
    assert "密级：秘密 → 机密" in changed.changes
    corrected = next(x for x in lines if x.label == "更正文件登记")
    assert "标题：秘密文件一则 → 秘密文件一则（更正）" in corrected.changes
    assert "更正理由：标题漏字" in corrected.changes
    shoot(view, "item-history-document")
    view.show_code(old.internal_no)
    assert "已解密" in view.summary.text()
    assert "确认解密" in [view.model.line(r).label for r in range(view.model.rowCount())]
    view.show_code("孙干事")
    lines = [view.model.line(r) for r in range(view.model.rowCount())]
    person = next(x for x in lines if x.label == "更正人员信息")
    assert "部门：办公室 → 综合科" in person.changes
