"""The register table (lazy pages) and the receipt form, offscreen, with screenshots."""

from __future__ import annotations

import datetime as dt
from functools import partial
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.models.enums import Level
from app.services import documents, ledgers, search
from app.services.documents import DocumentInfo, ReceiptInput
from app.services.register import Actor, Register
from app.services.search import DocumentFilter
from app.ui.documents_view import PAGE, DocumentsView
from app.ui.receipt_form import ReceiptForm
from tests import factories
from tests.screens import save_screenshot

DATA = Path(__file__).resolve().parent.parent / "data"


def _view(register: Register) -> DocumentsView:
    def page(f: DocumentFilter, sort: str, desc: bool, offset: int,
             limit: int) -> list[search.DocumentRow]:
        return search.search_documents(register, f, sort=sort, descending=desc, offset=offset,
                                       limit=limit)

    return DocumentsView(partial(search.count_documents, register), page)


def _samples(register: Register, clerk: Actor) -> None:
    ledgers.import_people(register, clerk, DATA / "people_ledger.xlsx")
    ledgers.import_documents(register, clerk, DATA / "documents_ledger_2026.xlsx")
    ledgers.import_documents(register, clerk, DATA / "documents_ledger_2016-2025_gb18030.csv")


def test_register_view_searches_and_sorts(qtbot: QtBot, tmp_path: Path) -> None:
    # the sample ledgers hold 绝密 rows: a 绝密 register (003 第十三条)
    created = factories.new_register(tmp_path / "r.mibu", level=Level.TOP_SECRET)
    reg, clerk = created.register, created.clerk
    try:
        _samples(reg, clerk)
        view = _view(reg)
        qtbot.addWidget(view)
        view.resize(1280, 640)
        assert view.total == 27  # one page: no count to wait for
        assert "共 27 份文件" in view.count.text()
        view.search.setText("海淀")
        qtbot.keyClick(view.search, Qt.Key.Key_Return)
        assert view.total == 12
        save_screenshot(view, "register_search_haidian")
        view.search.setText("发〔2016〕")
        view.refresh()
        assert view.total == 3
        assert view.model.data(view.model.index(0, 1)) in ("机密★20年", "秘密★10年", "机密★10年")
        view.search.clear()
        view.refresh()
        view.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        assert view.model.data(view.model.index(0, 0)) == "2016-收-0003"
        with qtbot.waitSignal(view.opened) as opened:
            view.table.doubleClicked.emit(view.model.index(0, 3))
        assert opened.args == [documents.find_document(reg, "2016-收-0003").id]
        save_screenshot(view, "register")
    finally:
        reg.close()


def test_register_view_fetches_pages_lazily(qtbot: QtBot, register: Register,
                                            clerk: Actor) -> None:
    from sqlalchemy import insert

    from app.models.documents import Document

    rows = [{"kind": "收", "internal_no": f"2020-收-{i:05d}", "doc_number": f"测〔2020〕{i}号",
             "title": f"文件{i}", "sender_id": None, "received_on": dt.date(2020, 1, 1),
             "level": 2, "period_kind": "years", "period_years": 10, "carrier": "纸质",
             "copy_allowed": False, "urgent": False, "copies_count": 0, "remarks": "",
             "signed_by": "", "discrepancies": "", "created_at": "x", "created_by": "t"}
            for i in range(1, 451)]
    with register.write() as s:
        s.execute(insert(Document), rows)
    view = _view(register)
    qtbot.addWidget(view)
    assert view.model.rowCount() == PAGE and view.count.text() == "正在统计总数…"
    qtbot.waitUntil(lambda: view.total == 450)  # counted in a thread of its own
    assert view.count.text() == "共 450 份文件"
    assert view.model.canFetchMore(view.model.index(-1, -1))
    view.model.fetchMore(view.model.index(-1, -1))
    view.model.fetchMore(view.model.index(-1, -1))
    assert view.model.rowCount() == 450
    assert not view.model.canFetchMore(view.model.index(-1, -1))
    view.search.setText("文件")  # all 450: counted in the background again
    view.refresh()
    assert view.total is None
    view.search.setText("文件4")  # 文件4, 40..49, 400..450: one page, shown at once
    view.refresh()
    assert view.total == 62
    qtbot.waitUntil(lambda: view._thread is None)  # the superseded count ended, unshown
    assert view.total == 62 and view.count.text() == "共 62 份文件"
    view.shutdown()


def test_receipt_form_registers_and_shows_refusals(qtbot: QtBot, register: Register,
                                                   clerk: Actor) -> None:
    got: list[DocumentInfo] = []

    def submit(r: ReceiptInput) -> DocumentInfo:
        return documents.receive(register, clerk, r)

    form = ReceiptForm(submit, senders=["中共北京市海淀区委", "中共中央办公厅"])
    qtbot.addWidget(form)
    form.resize(900, 720)
    form.received.connect(lambda doc: got.append(doc))
    # Chinese arrives through the input method; ASCII (a scanner, digits) is typed.
    form.sender_edit.setText("中共北京市海淀区委")
    form.doc_number.setText("京海发〔2026〕30号")
    form.title.setText("关于做好岁末年初保密工作的通知")
    form.level.setCurrentIndex(form.level.findText("机密"))
    form.carrier.setCurrentIndex(form.carrier.findText("密码电报"))
    form.copies.setValue(2)
    form.count_ok.setChecked(False)
    form.register()  # 机密 without 份号: refused, cursor on the field
    assert "必须登记份号" in form.message.text() and not got
    qtbot.keyClicks(form.copy_numbers, "7-8")
    form.register()  # envelope discrepancy without a note: refused
    assert "异常情况说明" in form.message.text() and not got
    form.notes.setText("信封标注3份，实收2份")
    save_screenshot(form, "receipt_form_filled")
    form.show()
    qtbot.waitExposed(form)
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow)
    qtbot.keyClick(form.notes, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert len(got) == 1 and got[0].copies_count == 2 and got[0].carrier.label == "密码电报"
    assert "已登记" in form.message.text() and "份数不符" in form.message.text()
    assert form.title.text() == ""
    save_screenshot(form, "receipt_form_done")
