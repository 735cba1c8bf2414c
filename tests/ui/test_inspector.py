"""The inspector's view through its widgets: who had a copy on a given day, on whose approval,
and where it is now; the trail follows new work; screenshots of what the auditor sees."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.models.documents import Copy, Document
from app.services import demo
from app.services.lifecycle import circulation
from app.ui.audit_view import AuditView
from app.ui.controller import Controller
from app.ui.inspector_area import InspectorArea
from tests.factories import PASSPHRASE
from tests.screens import save_screenshot


@pytest.fixture
def auditor(register_path: Path) -> Iterator[Controller]:
    """The demo register, opened by its auditor (王审计)."""
    demo.create_demo(register_path, PASSPHRASE).close()
    c = Controller(register_path)
    c.claim()
    c.unlock("auditor", PASSPHRASE)
    yield c
    c.release()


def _lent_copy_code(c: Controller) -> str:
    """The demo's overdue loan: 孙丽 borrowed a copy of 京海办字〔2026〕18号 six days ago."""
    with c.register.read() as s:
        copy = s.scalar(select(Copy).join(Document).where(
            Document.doc_number == "京海办字〔2026〕18号").order_by(Copy.id))
        assert copy is not None
        return copy.code


def _rows(view: AuditView) -> list[list[str]]:
    m = view.model
    return [[m.data(m.index(r, c)) for c in range(m.columnCount())] for r in range(m.rowCount())]


def test_who_had_the_copy_on_a_day_on_whose_approval_and_where_it_is_now(
        qtbot: QtBot, auditor: Controller) -> None:
    code = _lent_copy_code(auditor)
    area = InspectorArea(auditor)
    qtbot.addWidget(area)
    area.resize(1366, 768)
    area.show()
    # the trail, narrowed to the copy by scanning its code
    trail = area.trail
    qtbot.keyClicks(trail.item, code)
    qtbot.keyClick(trail.item, Qt.Key.Key_Return)
    rows = _rows(trail)
    lent = [r for r in rows if r[2] == "借出"]
    assert len(lent) == 1
    assert "借阅人：孙丽（人事科）" in lent[0][4]
    assert "批准人：李主任" in lent[0][4]
    # open the copy's history from the trail
    row = next(i for i, r in enumerate(rows) if r[2] == "借出")
    trail.table.doubleClicked.emit(trail.model.index(row, 3))
    assert area.tabs.currentWidget() is area.history
    history = area.history
    assert history.now.text() == "现在：借出，在 孙丽（人事科） 处（人事科）"
    assert "秘密" in history.summary.text()
    # who had it five days ago, on whose approval
    day = dt.date.today() - dt.timedelta(days=5)
    history.day.setDate(QDate(day.year, day.month, day.day))
    answer = history.day_answer.text()
    assert answer.startswith(day.isoformat())
    assert "孙丽（人事科）" in answer and "借阅" in answer and "李主任批准" in answer
    # and ten days ago nobody had it
    day = dt.date.today() - dt.timedelta(days=10)
    history.day.setDate(QDate(day.year, day.month, day.day))
    assert "在库，无人持有" in history.day_answer.text()
    table = history.holdings
    assert table.rowCount() == 1
    assert table.item(0, 2).text() == "孙丽（人事科）"
    assert table.item(0, 5).text().startswith("借阅审批（孙丽，")
    assert table.item(0, 4).text() == "尚未交回"


def test_a_scanned_code_that_is_nothing_says_so(qtbot: QtBot, auditor: Controller) -> None:
    area = InspectorArea(auditor)
    qtbot.addWidget(area)
    area.trail.show_item("2099-收-9999/1")
    assert area.trail.model.total == 0
    assert "没有编号为“2099-收-9999/1”" in area.trail.count.text()
    area.history.show_code("无此人")
    assert "没有名为“无此人”的人员" in area.history.summary.text()


def test_the_trail_follows_new_work(qtbot: QtBot, demo_controller: Controller) -> None:
    c = demo_controller
    view = AuditView(c)
    qtbot.addWidget(view)
    view.show()
    before = view.model.total
    with c.register.read() as s:
        copy = s.scalar(select(Copy).join(Document).where(
            Document.doc_number == "京海发〔2026〕1号").order_by(Copy.id))
        assert copy is not None
    circulation.take_back(c.register, c.actor, copy.id)
    c.changed.emit("circulation")  # as the desk's controller does
    assert view.model.total == before + 1
    assert view.model.data(view.model.index(0, 2)) == "传阅收回"
    # hidden, it waits until shown
    view.hide()
    c.changed.emit("circulation")
    circulation.hand_out(c.register, c.actor, copy.id, 1)
    c.changed.emit("circulation")
    assert view.model.total == before + 1
    view.show()
    assert view.model.total == before + 2


def test_a_deleted_view_no_longer_listens(qtbot: QtBot, demo_controller: Controller) -> None:
    c = demo_controller
    receivers = c.receivers("2changed(QString)")
    view = AuditView(c)
    assert c.receivers("2changed(QString)") == receivers + 1
    view.deleteLater()
    QApplication.sendPostedEvents(None, 0)  # DeferredDelete
    qtbot.waitUntil(lambda: c.receivers("2changed(QString)") == receivers)
    c.changed.emit("audit")  # nothing left to call


@pytest.mark.parametrize("size", [(1366, 768), (1024, 768)])
def test_screenshots(qtbot: QtBot, auditor: Controller, size: tuple[int, int]) -> None:
    area = InspectorArea(auditor)
    qtbot.addWidget(area)
    area.resize(*size)
    area.show()
    w = size[0]
    save_screenshot(area, f"inspector_trail_{w}")
    area.trail.category.setCurrentIndex(area.trail.category.findData("借阅"))
    save_screenshot(area, f"inspector_trail_loans_{w}")
    area.open_history(_lent_copy_code(auditor))
    day = dt.date.today() - dt.timedelta(days=5)
    area.history.day.setDate(QDate(day.year, day.month, day.day))
    save_screenshot(area, f"inspector_copy_history_{w}")
    area.open_history("JM-U-2024-001")
    assert not area.history.holdings_box.isVisible()
    save_screenshot(area, f"inspector_medium_history_{w}")
    area.open_history("孙丽")
    assert area.history.holdings.rowCount() == 1
    assert area.history.model.total >= 3
    save_screenshot(area, f"inspector_person_history_{w}")


def test_the_auditors_inspection_desk(qtbot: QtBot, auditor: Controller, tmp_path: Path,
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    import os

    from app.reports.catalog import FormKind
    from app.services import printing

    fakes = Path(__file__).resolve().parents[1] / "fakes"
    monkeypatch.setenv("PATH", f"{fakes}{os.pathsep}{os.environ['PATH']}")
    monkeypatch.setenv("FAKE_LP_LOG", str(tmp_path / "lp.log"))
    monkeypatch.setenv("CUPS_SERVER", str(tmp_path / "no-cupsd.sock"))

    area = InspectorArea(auditor)
    qtbot.addWidget(area)
    area.resize(1366, 768)
    area.show()
    desk = area.desk
    assert desk is not None and area.tabs.indexOf(desk) == 2
    area.tabs.setCurrentWidget(desk)
    items = [desk.table.item(r, 0).text() for r in range(desk.table.rowCount())]
    assert items[:11] == ["5", "6", "7", "8", "9", "10", "11", "16", "17", "18", "19"]
    # 逾期未还: the demo's overdue loan, and the copy behind the figure opens its history
    assert "逾期未还 1 件" in desk.table.item(0, 2).text()
    assert desk.table.item(0, 3).text() == "需注意"
    desk.table.setCurrentCell(0, 2)
    assert desk.records.count() == 1 and "孙丽" in desk.records.item(0).text()
    desk.records.itemDoubleClicked.emit(desk.records.item(0))
    assert area.tabs.currentWidget() is area.history
    assert area.history.now.text().startswith("现在：借出，在 孙丽（人事科） 处")
    # a line's entries open in the trail
    area.tabs.setCurrentWidget(desk)
    desk.table.setCurrentCell(items.index("10"), 2)
    desk.show_trail.click()
    assert area.tabs.currentWidget() is area.trail
    assert area.trail.category.currentData() == "外出"
    assert area.trail.use_period.isChecked()
    assert area.trail.model.total >= 1
    # printed through the print service (so in the print audit), exported as CSV
    area.tabs.setCurrentWidget(desk)
    desk.print_checklist()
    assert printing.jobs(auditor.register) == []  # a preview uses up no serial
    desk.preview.print_now()
    desk.preview.close()
    desk.export(tmp_path / "检查清单.csv")
    assert "已导出" in desk.message.text()
    assert (tmp_path / "检查清单.csv").read_text(encoding="utf-8-sig").startswith("单位,")
    # and an extract of the trail, from the trail's own filters
    area.trail.clear_filters()
    area.trail.show_item(_lent_copy_code(auditor))
    area.trail.print_extract()
    area.trail.preview.print_now()
    area.trail.preview.close()
    kinds = [j.kind for j in printing.jobs(auditor.register)]
    assert FormKind.CHECKLIST in kinds and FormKind.TRAIL_EXTRACT in kinds


def test_the_clerk_has_no_inspection_desk(qtbot: QtBot, demo_controller: Controller) -> None:
    area = InspectorArea(demo_controller)
    qtbot.addWidget(area)
    assert area.desk is None and area.tabs.count() == 2


@pytest.mark.parametrize("size", [(1366, 768), (1024, 768)])
def test_desk_screenshots(qtbot: QtBot, auditor: Controller, size: tuple[int, int]) -> None:
    area = InspectorArea(auditor)
    qtbot.addWidget(area)
    area.resize(*size)
    area.show()
    assert area.desk is not None
    area.tabs.setCurrentWidget(area.desk)
    area.desk.table.setCurrentCell(0, 2)
    save_screenshot(area, f"inspector_desk_{size[0]}")
