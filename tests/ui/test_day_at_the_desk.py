"""A clerk's day at the desk, only through the window (issue 14, "Must show").

From an empty register through the setup wizard: an approver's account, people, a ledger
imported with a column map and a separate 份号 column, a document received, a copy circulated,
a copy lent on an approval decided at this terminal, an outgoing document registered and
dispatched, an ended period confirmed as declassified, a level change asked, approved and
applied, a title corrected with a reason. Then the audit trail and each item's history show
all of it in Chinese. Services and SQL are used only to assert, never to change anything.
Screenshots at 1366x768 go to /work/wt/shots/scenario/ (looked at by hand).
"""

from __future__ import annotations

import datetime as dt
import os
import re
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QFileDialog, QWizard
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.models.documents import ApprovalKind, ApprovalStatus, CopyState
from app.models.enums import Clearance, Level, Role
from app.models.foundation import AuditEntry
from app.services import documents, people
from app.services.lifecycle import approvals
from app.services.tables import ImportReport, write_table
from app.services.trail import TrailLine
from app.ui.application import Shell
from app.ui.approvals_area import ApprovalsArea
from app.ui.circulation_desk import CirculationDesk
from app.ui.controller import Controller
from app.ui.disposal_area import DisposalArea
from app.ui.document_detail import DocumentDetail
from app.ui.documents_area import DocumentsArea
from app.ui.inspector_area import InspectorArea
from app.ui.ledger_import_dialog import LedgerImportDialog
from app.ui.loans_area import LoansArea
from app.ui.main_window import MainWindow
from app.ui.outgoing_area import OutgoingArea
from app.ui.outgoing_forms import DispatchForm, OutgoingForm
from app.ui.people_area import PeopleArea
from app.ui.people_forms import PersonForm
from app.ui.settings_view import NewAccountDialog, SettingsView
from app.ui.today_view import TodayView
from tests.ui.driving import choose_data, choose_text, in_modal, rows, shot, type_text

SHOTS = Path(os.environ.get("MIBU_SHOTS", "/work/wt/shots/scenario"))
CLERK_PW = "Abcdefg123"
APPROVER_PW = "Leader-pass-2026"
HEADER = ["序号", "题名", "来文机关", "收文日期", "密级", "保密期限", "份数", "份号", "备注",
          "备注"]
OLD_TITLE = "关于二〇一四年保密检查的通知"
LEDGER_TITLE = "关于做好年度保密自查的通知"
RECEIVED_TYPO = "关于加强涉密载体管理的通只"
RECEIVED_TITLE = "关于加强涉密载体管理的通知"
OUTGOING_TITLE = "关于开展保密宣传月活动的通知"
EDU = "北京市海淀区教育委员会"


# -- steps ---------------------------------------------------------------------------------------
def _wizard(qtbot: QtBot, controller: Controller) -> tuple[Shell, MainWindow]:
    shell = Shell(controller)
    shell.start()
    wizard = shell.wizard
    assert wizard is not None
    qtbot.addWidget(wizard)
    ws = wizard.workstation_page
    type_text(ws.unit, "海淀区示例局")
    type_text(ws.workstation, "机要室-01")
    choose_data(ws.level, int(Level.CONFIDENTIAL))
    wizard.next()
    page = wizard.clerk_page
    type_text(page.display_name, "张保密")
    page.passphrase.setText(CLERK_PW)
    page.repeat.setText(CLERK_PW)
    wizard.next()
    assert wizard.currentPage() is wizard.enrol_page, page.error.text()
    shot(wizard, SHOTS, "01-wizard-done")
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert finish.isVisible()
    finish.click()
    qtbot.waitUntil(lambda: shell.window is not None)
    window = shell.window
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    qtbot.waitExposed(window)
    assert controller.is_unlocked and controller.actor.display_name == "张保密"
    return shell, window


def _approver_account(qtbot: QtBot, window: MainWindow) -> None:
    window.show_area("settings")
    view = window.area("settings")
    assert isinstance(view, SettingsView)

    def fill(dialog: NewAccountDialog) -> None:
        type_text(dialog.display_name, "李局长")
        type_text(dialog.username, "leader")
        choose_data(dialog.role, Role.APPROVER.value)
        dialog.passphrase.setText(APPROVER_PW)  # the leader types it at the terminal
        dialog.repeat.setText(APPROVER_PW)
        dialog.buttons.accepted.emit()  # OK

    opened = in_modal(view, NewAccountDialog, fill)
    view.add_button.click()  # exec(): returns once the dialog is accepted
    assert opened, "新增账户 did not open"
    assert "leader" in rows(view.table, 0)
    assert "李局长" in rows(view.table, 1)


def _add_person(qtbot: QtBot, area: PeopleArea, name: str, department: str, post: str,
                clearance: Clearance) -> None:
    view = area.people_view
    if not (isinstance(view.form, PersonForm) and view.form.isVisible()):
        view.add_button.click()
    form = view.form
    assert isinstance(form, PersonForm) and form.isVisible()
    for key, text in (("name", name), ("department", department), ("post", post)):
        type_text(form.fields[key], text)  # type: ignore[arg-type]
    form.clearance.setCurrentIndex(form.clearance.findData(clearance))
    qtbot.keyClick(form.fields["post"], Qt.Key.Key_Return)  # Enter saves
    assert not form.isVisible(), form.error_text("name")


def _people(qtbot: QtBot, window: MainWindow) -> None:
    window.show_area("today")
    today = window.area("today")
    assert isinstance(today, TodayView) and today.no_people.isVisibleTo(today)
    today.no_people.linkActivated.emit("people")  # 尚无人员: the link leads to adding one
    area = window.area("people")
    assert isinstance(area, PeopleArea)
    assert window.area_keys()[window.nav.currentRow()] == "people"
    _add_person(qtbot, area, "王明", "办公室", "科员", Clearance.IMPORTANT)
    _add_person(qtbot, area, "李娜", "机要室", "主任", Clearance.CORE)
    assert sorted(r[0] for r in area.people_view.shown_rows()) == ["李娜", "王明"]
    shot(window, SHOTS, "02-people")


def _import_ledger(qtbot: QtBot, window: MainWindow, tmp_path: Path, day: dt.date) -> None:
    ledger = tmp_path / "收文登记簿.xlsx"
    write_table(ledger, HEADER, [  # the office's own ledger: its headers, 份号 in a column
        ["1", LEDGER_TITLE, "海淀区委", day.isoformat(), "秘密", "10年", "2", "1、2", "急件",
         "已传阅"],
        ["2", OLD_TITLE, "海淀区委", "2014-03-05", "秘密", "10年", "1", "5", "", ""],
    ])
    window.show_area("documents")
    area = window.area("documents")
    assert isinstance(area, DocumentsArea)

    def pick(chooser: QFileDialog) -> None:  # the file chooser: the clerk picks the ledger
        chooser.selectFile(str(ledger))
        chooser.accept()

    area.import_button.click()
    dialog = area.findChild(LedgerImportDialog)
    assert isinstance(dialog, LedgerImportDialog) and dialog.isVisible()
    picked = in_modal(dialog, QFileDialog, pick)
    dialog.choose_button.click()
    assert picked, "the file chooser did not open"
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=30_000)
    # 题名 is not a name Mibu knows: 标题 is missing until the clerk maps it
    assert dialog.preview is None and "缺少“标题”列" in dialog.error.text()
    assert dialog.combo_for("来文机关").currentData() == "来文单位"
    assert dialog.combo_for("份号").currentData() == "份号"
    with qtbot.waitSignal(dialog.previewed, timeout=30_000):
        choose_data(dialog.combo_for("题名"), "标题")
    qtbot.waitUntil(lambda: not dialog.is_busy() and dialog.preview is not None,
                    timeout=30_000)
    assert dialog.preview is not None and dialog.preview.ok, dialog.preview
    assert dialog.import_all_button.isEnabled()
    shot(dialog, SHOTS, "03-import-mapped")
    with qtbot.waitSignal(dialog.outcome, timeout=60_000) as done:
        dialog.import_all_button.click()
    assert isinstance(done.args[0], ImportReport) and done.args[0].written == 2
    qtbot.waitUntil(lambda: not dialog.is_busy())
    dialog.close()
    titles = [area.register_view.model.row_at(r).title
              for r in range(area.register_view.model.rowCount())]
    assert sorted(titles) == sorted([LEDGER_TITLE, OLD_TITLE])


def _receive(qtbot: QtBot, window: MainWindow) -> None:
    window.show_area("documents")
    area = window.area("documents")
    assert isinstance(area, DocumentsArea)
    area.tabs.setCurrentWidget(area.receipt)
    form = area.receipt
    type_text(form.sender_edit, "中共北京市海淀区委")
    type_text(form.doc_number, "京海发〔2026〕30号")
    type_text(form.title, RECEIVED_TYPO)
    choose_text(form.level, "机密")
    type_text(form.period, "10年")
    form.copies.setValue(2)
    type_text(form.copy_numbers, "1-2")
    type_text(form.scope, "办公室、机要室")
    shot(window, SHOTS, "04-receipt-form")
    form.register_button.click()
    assert "已登记" in form.message.text(), form.message.text()
    area.tabs.setCurrentWidget(area.register_view)
    assert RECEIVED_TYPO in [area.register_view.model.row_at(r).title
                             for r in range(area.register_view.model.rowCount())]


def _open_detail(window: MainWindow, title: str) -> DocumentDetail:
    """The register's row with this title, double-clicked."""
    window.show_area("documents")
    area = window.area("documents")
    assert isinstance(area, DocumentsArea)
    area.tabs.setCurrentWidget(area.register_view)
    view = area.register_view
    view.refresh()
    row = next(r for r in range(view.model.rowCount()) if view.model.row_at(r).title == title)
    view.table.doubleClicked.emit(view.model.index(row, 3))
    detail = area.detail
    assert isinstance(detail, DocumentDetail) and detail.isVisible()
    return detail


def _codes(window: MainWindow, title: str) -> tuple[str, list[str]]:
    """The document's 收文编号 and its copies' codes, as its detail shows them."""
    detail = _open_detail(window, title)
    internal_no = detail.document.internal_no
    codes = rows(detail.copies, 1)
    detail.close()
    return internal_no, codes


def _circulate(qtbot: QtBot, window: MainWindow, code: str) -> None:
    window.show_area("circulation")
    desk = window.area("circulation")
    assert isinstance(desk, CirculationDesk)
    desk.scan.setText(code)  # the scanner types the code and presses Enter
    qtbot.keyClick(desk.scan, Qt.Key.Key_Return)
    assert desk.card is not None, desk.message.text()
    choose_text(desk.reader, "王明")
    desk.hand_out_button.click()
    assert desk.card.state.label == "传阅中", desk.message.text()
    shot(window, SHOTS, "05-circulation")
    desk.bring_in_button.click()
    assert desk.card.state.label == "在库", desk.message.text()


def _approve_here(qtbot: QtBot, area: ApprovalsArea) -> None:
    """The leader signs at this terminal with their own passphrase."""
    view = area.view
    area.tabs.setCurrentWidget(view)
    assert view.approve_button.isEnabled(), view.hint.text()
    view.approve_button.click()
    dialog = view.confirm_dialog
    assert dialog is not None and dialog.isVisible()
    type_text(dialog.username, "leader")
    dialog.passphrase.setText(APPROVER_PW)
    dialog.confirm()
    assert view.current is not None and view.current.status is ApprovalStatus.APPROVED, (
        dialog.error.text())
    assert "李局长" in view.message.text()


def _lend(qtbot: QtBot, window: MainWindow, code: str) -> None:
    window.show_area("loans")
    loans = window.area("loans")
    assert isinstance(loans, LoansArea)
    loans.scan.setText(code)
    qtbot.keyClick(loans.scan, Qt.Key.Key_Return)
    assert loans.card is not None, loans.message.text()
    assert loans.lend_approval.currentData() is None  # no approval yet
    loans.ask_loan_button.click()  # 申请审批…: to the approval form, the copy ticked
    assert window.area_keys()[window.nav.currentRow()] == "approvals"
    area = window.area("approvals")
    assert isinstance(area, ApprovalsArea)
    form = area.form
    assert form.current_kind() is ApprovalKind.LOAN and len(form.checked_copies()) == 1
    choose_text(form.person, "李娜")  # added in this session: offered without a relock
    type_text(form.reason, "起草年度保密工作总结")
    form.submit_button.click()
    assert "已提交" in form.message.text(), form.message.text()
    _approve_here(qtbot, area)
    shot(window, SHOTS, "06-loan-approved")
    window.show_area("loans")
    loans.scan.setText(code)
    qtbot.keyClick(loans.scan, Qt.Key.Key_Return)
    assert loans.lend_approval.currentData() is not None
    assert "李娜" in loans.borrower.currentText()  # the approval names the borrower
    loans.lend_button.click()
    assert "已借给 李娜" in loans.message.text(), loans.message.text()
    assert loans.out.rowCount() == 1
    shot(window, SHOTS, "07-lent")
    loans.return_button.click()
    assert "已归还入库" in loans.message.text(), loans.message.text()


def _outgoing(qtbot: QtBot, window: MainWindow) -> str:
    window.show_area("outgoing")
    area = window.area("outgoing")
    assert isinstance(area, OutgoingArea)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(area.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    form = area.form
    assert isinstance(form, OutgoingForm) and form.isVisible()
    type_text(form.doc_number, "海保发〔2026〕3号")
    type_text(form.title, OUTGOING_TITLE)
    choose_data(form.level, int(Level.SECRET))
    type_text(form.signed_by, "张建国")
    type_text(form.scope, "局领导")
    line = form.distribution.unit.lineEdit()
    assert line is not None
    type_text(line, EDU)
    form.distribution.copies.setValue(2)
    qtbot.keyClick(line, Qt.Key.Key_Return)  # Enter in the unit field adds the unit
    form.keep.setValue(1)
    qtbot.keyClick(form.title, Qt.Key.Key_Return)  # Enter registers
    assert not form.isVisible(), form.error_text("distribution")
    assert "已登记" in area.message.text()
    area.table.setFocus()
    qtbot.keyClick(area.table, Qt.Key.Key_Return)  # Enter on the row: 封发
    dispatch = area.form
    assert isinstance(dispatch, DispatchForm) and dispatch.isVisible()
    assert dispatch.recipient.currentData() == EDU and len(dispatch.checked()) == 2
    qtbot.keyClick(dispatch.recipient, Qt.Key.Key_Return)  # Enter sends
    assert not dispatch.isVisible()
    assert "信封标注：秘密" in area.message.text(), area.message.text()
    assert area.envelopes.rowCount() == 1
    shot(window, SHOTS, "08-outgoing-dispatched")
    return area.shown_rows()[0][0]


def _declassify(qtbot: QtBot, window: MainWindow) -> None:
    window.show_area("today")
    start = window.area("today")
    assert isinstance(start, TodayView)
    start.refresh_button.click()
    texts = rows(start.other, 1)
    row = next(r for r, t in enumerate(texts) if "待确认解密" in t)
    start.other.setFocus()
    start.other.setCurrentCell(row, 0)
    qtbot.keyClick(start.other, Qt.Key.Key_Return)  # Enter: to 确认解密, the document chosen
    disposal = window.area("disposal")
    assert isinstance(disposal, DisposalArea)
    view = disposal.declassify
    assert disposal.tabs.currentWidget() is view and view.table.rowCount() == 1
    shot(window, SHOTS, "09-declassify")
    view.confirm_button.click()
    assert "已确认解密" in view.message.text()
    assert view.table.rowCount() == 0


def _change_level(qtbot: QtBot, window: MainWindow) -> None:
    detail = _open_detail(window, LEDGER_TITLE)
    detail.change_button.click()  # 申请变更密级或期限…
    area = window.area("approvals")
    assert isinstance(area, ApprovalsArea)
    form = area.form
    assert area.tabs.currentWidget() is form
    assert form.current_kind() is ApprovalKind.LEVEL_CHANGE
    choose_data(form.new_level, int(Level.CONFIDENTIAL))
    type_text(form.new_period, "20年")
    type_text(form.reason, "上级通知升为机密")
    shot(window, SHOTS, "10-level-change-request")
    form.submit_button.click()
    assert "已提交" in form.message.text(), form.message.text()
    _approve_here(qtbot, area)
    view = area.view
    assert view.change_button.isVisible() and view.change_button.isEnabled()
    view.change_button.click()  # 按此审批变更密级和保密期限
    assert "已变更为" in view.message.text(), view.message.text()
    shot(window, SHOTS, "11-level-changed")


def _correct_title(qtbot: QtBot, window: MainWindow) -> None:
    detail = _open_detail(window, RECEIVED_TYPO)
    detail.correct_button.click()  # 更正…
    form = detail.correction
    assert form is not None and form.field.currentData() == "title"
    type_text(form.value, RECEIVED_TITLE)
    qtbot.keyClick(form.value, Qt.Key.Key_Return)  # no reason yet: refused at its field
    assert "更正理由不能为空" in form.error_text("reason")
    type_text(form.reason, "登记时标题错字")
    qtbot.keyClick(form.reason, Qt.Key.Key_Return)
    assert detail.title.text() == RECEIVED_TITLE
    detail.resize(1000, 700)
    shot(detail, SHOTS, "12-corrected-detail")
    detail.close()


# -- what the trail and the histories show ---------------------------------------------------
def _trail_lines(window: MainWindow) -> list[TrailLine]:
    """审计记录 with no filter: every entry, as the table shows it."""
    window.show_area("audit")
    area = window.area("audit")
    assert isinstance(area, InspectorArea)
    trail = area.trail
    area.tabs.setCurrentWidget(trail)
    trail.clear_filters()
    model = trail.model
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    return [model.line(r) for r in range(model.rowCount())]


def _history(qtbot: QtBot, window: MainWindow, code: str) -> tuple[str, list[TrailLine]]:
    """物品与人员经历: the code typed into its field and Enter pressed."""
    window.show_area("audit")
    area = window.area("audit")
    assert isinstance(area, InspectorArea)
    area.tabs.setCurrentWidget(area.history)
    view = area.history
    view.code.setText(code)
    qtbot.keyClick(view.code, Qt.Key.Key_Return)
    model = view.model
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    return view.summary.text(), [model.line(r) for r in range(model.rowCount())]


ASCII_KEY = re.compile(r"\b[a-z_]+\.[a-z_]+\b")


EVERY_KIND = {"建立登记簿", "新增账户", "登记涉密人员", "导入收文台帐", "导入收文", "收文登记",
              "传阅送出", "传阅收回", "提出审批申请", "批准（本机确认）", "使用审批", "借出",
              "借阅归还", "发文登记", "发文封发", "载体发出", "确认解密", "变更密级或期限",
              "更正文件登记"}


def _labels(story: list[TrailLine]) -> set[str]:
    for line in story:  # Chinese words only: no action codes, ids or None shown
        shown = " ".join((line.actor, line.category, line.label, line.subject, *line.changes))
        assert not ASCII_KEY.search(shown) and "None" not in shown, shown
    return {line.label for line in story}


def _one(story: list[TrailLine], label: str) -> TrailLine:
    found = [line for line in story if line.label == label]
    assert len(found) == 1, (label, [x.label for x in story])
    return found[0]


def test_a_day_at_the_desk(qtbot: QtBot, controller: Controller, tmp_path: Path) -> None:
    day = dt.date.today() - dt.timedelta(days=20)  # a recent receipt in the ledger
    shell, window = _wizard(qtbot, controller)
    _approver_account(qtbot, window)
    _people(qtbot, window)
    _import_ledger(qtbot, window, tmp_path, day)
    _receive(qtbot, window)
    received_no, received_codes = _codes(window, RECEIVED_TYPO)
    ledger_no, _ = _codes(window, LEDGER_TITLE)
    old_no, _ = _codes(window, OLD_TITLE)
    assert len(received_codes) == 2
    _circulate(qtbot, window, received_codes[0])
    _lend(qtbot, window, received_codes[1])
    outgoing_no = _outgoing(qtbot, window)
    _declassify(qtbot, window)
    _change_level(qtbot, window)
    _correct_title(qtbot, window)

    # -- the records, read back (assertions only) ----------------------------------------
    reg = controller.register
    received = documents.find_document(reg, received_no)
    assert received.title == RECEIVED_TITLE
    assert [c.state for c in documents.list_copies(reg, received.id)] == [CopyState.IN_STORE] * 2
    changed = documents.find_document(reg, ledger_no)
    assert changed.level is Level.CONFIDENTIAL and changed.period.label == "20年"
    assert [c.copy_no for c in documents.list_copies(reg, changed.id)] == [1, 2]
    assert documents.find_document(reg, old_no).declassified_on is not None
    assert {p.name for p in people.list_people(reg)} == {"王明", "李娜"}
    assert {a.status for a in approvals.history(reg)} == {ApprovalStatus.USED}
    with reg.read() as s:
        actions = set(s.scalars(select(AuditEntry.action)))

    # -- the audit trail shows all of it, in Chinese --------------------------------------
    lines = _trail_lines(window)
    labels = {line.label for line in lines}
    assert len({line.action for line in lines}) == len(actions)  # every kind of entry shown
    for line in lines:
        shown = " ".join((line.actor, line.category, line.label, line.subject, *line.changes))
        assert not ASCII_KEY.search(shown), shown
        assert "None" not in shown, shown
    assert EVERY_KIND <= labels, sorted(EVERY_KIND - labels)
    window.show_area("audit")
    shot(window, SHOTS, "13-audit-trail")

    # -- each item's history (物品与人员经历), with Chinese labels -------------------------
    summary, story = _history(qtbot, window, received_no)
    assert f"{received_no}《{RECEIVED_TITLE}》机密★10年" in summary
    assert _labels(story) >= {"收文登记", "传阅送出", "传阅收回", "提出审批申请",
                              "批准（本机确认）", "借出", "借阅归还", "更正文件登记"}
    corrected = _one(story, "更正文件登记")
    assert f"标题：{RECEIVED_TYPO} → {RECEIVED_TITLE}" in corrected.changes
    assert "更正理由：登记时标题错字" in corrected.changes
    summary, story = _history(qtbot, window, received_codes[0])  # circulated
    assert "第1份" in summary and RECEIVED_TITLE in summary
    assert "持有人：无 → 王明（办公室）" in _one(story, "传阅送出").changes
    assert "持有人：王明（办公室） → 无" in _one(story, "传阅收回").changes
    summary, story = _history(qtbot, window, received_codes[1])  # lent
    assert "第2份" in summary
    lent = _one(story, "借出")
    assert "借阅人：李娜（机要室）" in lent.changes and "批准人：李局长" in lent.changes
    assert "状态：借出 → 在库" in _one(story, "借阅归还").changes
    assert "方式：无 → 本机确认" in _one(story, "批准（本机确认）").changes
    summary, story = _history(qtbot, window, ledger_no)  # imported, then its level changed
    assert "机密★20年" in summary
    imported = _one(story, "导入收文")
    assert "份号：1、2" in imported.changes and "备注：急件；已传阅" in imported.changes
    changed_line = _one(story, "变更密级或期限")
    assert "密级：秘密 → 机密" in changed_line.changes
    assert "保密期限：10年 → 20年" in changed_line.changes
    assert "审批人：李局长" in changed_line.changes
    summary, story = _history(qtbot, window, old_no)  # declassified
    assert "已解密" in summary
    assert "依据：保密期限届满，自行解密" in _one(story, "确认解密").changes
    summary, story = _history(qtbot, window, outgoing_no)
    assert OUTGOING_TITLE in summary
    assert _labels(story) >= {"发文登记", "发文封发", "载体发出"}
    summary, story = _history(qtbot, window, "王明")  # a person: what they held
    assert "王明 经手的载体：共 1 次" in summary
    assert _labels(story) >= {"登记涉密人员", "传阅送出", "传阅收回"}
    area = window.area("audit")
    assert isinstance(area, InspectorArea) and area.history.holdings.rowCount() == 1
    shot(window, SHOTS, "14-item-history-person")
    summary, story = _history(qtbot, window, received_no)
    shot(window, SHOTS, "15-item-history-document")
    shell.lock()  # the end of the day: the register closes, the unlock dialog shows
    assert shell.window is None and not controller.is_unlocked
    assert shell.unlock_dialog is not None
    qtbot.addWidget(shell.unlock_dialog)


def test_the_request_form_offers_a_person_added_in_this_session(
        qtbot: QtBot, unlocked: Controller) -> None:
    """The window is built before anyone is registered; the person added in 人员与单位 is
    offered in 审批 → 新申请 at once (it used to need a lock and unlock)."""
    from app.ui.areas import build_main_window

    window = build_main_window(unlocked)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    form = window.area("approvals")
    assert isinstance(form, ApprovalsArea)
    assert form.form.person.count() == 1  # only （请选择）
    window.show_area("people")
    area = window.area("people")
    assert isinstance(area, PeopleArea)
    _add_person(qtbot, area, "周敏", "财务科", "会计", Clearance.GENERAL)
    assert [form.form.person.itemText(i) for i in range(form.form.person.count())] == [
        "（请选择）", "周敏（财务科） · 一般"]
