"""导入台帐 through the widgets: an office's ledger with its own headers and a separate 份号
column, mapped in the dialog, previewed with every bad row before anything is written, then
imported off the GUI thread; only the valid rows; the map remembered for the next file; the
empty register's start page leads here. Screenshots at 1366x768 and 1024x768."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from app.models.documents import Copy, Document
from app.models.foundation import AuditEntry
from app.models.people import Person
from app.services import documents, ledger_columns
from app.services.ledger_import import Preview
from app.services.register import Register
from app.services.tables import ImportReport, write_table
from app.ui.areas import build_main_window
from app.ui.controller import Controller
from app.ui.documents_area import DocumentsArea
from app.ui.ledger_import_dialog import LedgerImportDialog
from app.ui.main_window import MainWindow
from app.ui.people_area import PeopleArea
from app.ui.today_view import TodayView

SHOTS = Path("/work/wt/shots/ledger")

HEADER = ["序号", "经办人", "题名", "来文机关", "收文日期", "密级", "份数", "份号", "备注",
          "备注"]


def rows(n: int, first: int = 1) -> list[list[object]]:
    return [[str(i), "王五", f"关于第{i}批检查的通知", "海淀区委", "2026-01-08", "机密", "2",
             f"{2 * i - 1}-{2 * i}" if i % 2 else f"{2 * i - 1}、{2 * i}", "急件", "已登记"]
            for i in range(first, first + n)]


def counts(register: Register) -> tuple[int, ...]:
    with register.read() as s:
        return tuple(int(s.scalar(select(func.count()).select_from(t)) or 0)
                     for t in (Document, Copy, Person, AuditEntry))


def _window(qtbot: QtBot, c: Controller, size: tuple[int, int] = (1366, 768)) -> MainWindow:
    window = build_main_window(c)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    return window


def _previewed(qtbot: QtBot, dialog: LedgerImportDialog) -> Preview:
    qtbot.waitUntil(lambda: not dialog.is_busy() and dialog.preview is not None, timeout=30_000)
    assert dialog.preview is not None
    return dialog.preview


def _shot(widget: object, name: str) -> None:
    from PySide6.QtWidgets import QWidget

    assert isinstance(widget, QWidget)
    SHOTS.mkdir(parents=True, exist_ok=True)
    assert widget.grab().save(str(SHOTS / f"{name}.png"))


def test_a_mapped_ledger_with_a_copy_number_column_imports_through_the_dialog(
        qtbot: QtBot, unlocked: Controller, tmp_path: Path) -> None:
    register = unlocked.register
    ledger = tmp_path / "收文登记簿.xlsx"
    bad = rows(6)
    bad[2][7] = "3-1"  # line 4: a reversed range
    bad[4][6] = "3"  # line 6: three copies, two 份号
    write_table(ledger, HEADER, bad)
    window = _window(qtbot, unlocked)
    window.show_area("documents")
    area = window.area("documents")
    assert isinstance(area, DocumentsArea)
    before = counts(register)
    dialog = area.open_import()
    dialog.open_file(ledger)
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=30_000)
    # 题名 is not a name Mibu knows: 标题 is missing until the clerk maps it
    assert dialog.preview is None and "缺少“标题”列" in dialog.error.text()
    assert not dialog.import_all_button.isEnabled()
    assert dialog.combo_for("来文机关").currentData() == "来文单位"
    assert dialog.combo_for("序号").currentData() is None
    assert dialog.combo_for("份号").currentData() == "份号"
    assert dialog.combo_for("题名").currentData() is None
    dialog.resize(984, 660)
    _shot(dialog, "import_dialog_unmapped_1024x768")
    with qtbot.waitSignal(dialog.previewed, timeout=30_000):
        combo = dialog.combo_for("题名")
        combo.setCurrentIndex(combo.findData("标题"))
    preview = _previewed(qtbot, dialog)
    assert preview.left_out == ("经办人",) and "标题" in preview.fields
    assert [e.line for e in preview.errors] == [4, 6]
    assert "份号范围“3-1”不正确" in preview.errors[0].message
    assert "与份数 3 不符" in preview.errors[1].message
    assert dialog.errors_table.rowCount() == 2
    assert dialog.errors_table.item(0, 0).text() == "4"
    assert dialog.preview_table.rowCount() == 6
    assert not dialog.import_all_button.isEnabled() and dialog.import_valid_button.isEnabled()
    assert counts(register) == before  # the preview wrote nothing
    for size in ((1366, 700), (1024, 700)):
        dialog.resize(min(size[0] - 40, 1200), size[1] - 40)
        QApplication.processEvents()
        _shot(dialog, f"import_dialog_errors_{size[0]}x768")
    # only the valid rows, off the GUI thread
    with qtbot.waitSignal(dialog.outcome, timeout=60_000) as done:
        dialog.import_valid_button.click()
        assert dialog.is_busy() and dialog.progress.isVisible()
    report = done.args[0]
    assert isinstance(report, ImportReport)
    assert report.written == 4 and [e.line for e in report.errors] == [4, 6]
    qtbot.waitUntil(lambda: not dialog.is_busy())
    assert not dialog.import_valid_button.isEnabled()  # not twice
    doc = documents.find_document(register, "2026-收-0002")
    assert doc.title == "关于第2批检查的通知" and doc.sender == "海淀区委"
    assert doc.remarks == "急件；已登记"
    assert [c.copy_no for c in documents.list_copies(register, doc.id)] == [3, 4]
    _shot(dialog, "import_dialog_done_1024x768")
    dialog.close()
    # the map is remembered: the next file with the same headers needs no choice
    assert ledger_columns.remembered("documents") is not None
    more = tmp_path / "more.csv"
    write_table(more, HEADER, rows(2, first=7))
    again = area.open_import()
    again.open_file(more)
    preview = _previewed(qtbot, again)
    assert again.combo_for("题名").currentData() == "标题" and preview.ok
    with qtbot.waitSignal(again.outcome, timeout=60_000) as done:
        again.import_all_button.click()
    assert isinstance(done.args[0], ImportReport) and done.args[0].written == 2
    again.close()


def test_an_empty_register_leads_to_importing_people(qtbot: QtBot, unlocked: Controller,
                                                     tmp_path: Path) -> None:
    people = tmp_path / "人员.csv"
    write_table(people, ["序号", "姓名", "所在部门", "岗位", "涉密类别"],
                [["1", "王五", "办公室", "科员", "重要"], ["2", "李四", "机要室", "主任", "核心"]])
    window = _window(qtbot, unlocked, (1024, 768))
    window.show_area("today")
    today = window.area("today")
    assert isinstance(today, TodayView) and today.import_hint.isVisibleTo(today)
    _shot(window, "today_import_hint_1024x768")
    today.import_hint.linkActivated.emit("people")
    area = window.area("people")
    assert isinstance(area, PeopleArea)
    assert window.area_keys()[window.nav.currentRow()] == "people"
    dialog = area.findChild(LedgerImportDialog)
    assert isinstance(dialog, LedgerImportDialog) and dialog.kind == "people"
    dialog.open_file(people)
    assert _previewed(qtbot, dialog).ok
    dialog.resize(984, 660)
    _shot(dialog, "import_dialog_people_1024x768")
    with qtbot.waitSignal(dialog.outcome, timeout=60_000):
        dialog.import_all_button.click()
    qtbot.waitUntil(lambda: not dialog.is_busy())
    assert sorted(r[0] for r in area.people_view.shown_rows()) == ["李四", "王五"]
    dialog.close()
    window.show_area("today")
    today.refresh()
    assert not today.import_hint.isVisibleTo(today)


@pytest.mark.parametrize("kind", ["media"])
def test_a_bad_file_is_said_in_the_dialog_and_closing_cancels(
        qtbot: QtBot, unlocked: Controller, tmp_path: Path, kind: str) -> None:
    window = _window(qtbot, unlocked, (1024, 768))
    window.show_area(kind)
    area = window.area(kind)
    dialog = area.open_import()  # type: ignore[attr-defined]
    broken = tmp_path / "x.xlsx"
    broken.write_bytes(b"not a zip")
    dialog.open_file(broken)
    assert dialog.error.isVisible() and "不是有效的 .xlsx 文件" in dialog.error.text()
    assert not dialog.import_all_button.isEnabled()
    dialog.close()


@pytest.mark.parametrize("size", [(1366, 768), (1024, 768)])
def test_every_area_offers_the_import(qtbot: QtBot, demo_controller: Controller,
                                      cjk_font: str, tmp_path: Path,
                                      size: tuple[int, int]) -> None:
    window = _window(qtbot, demo_controller, size)
    name = f"{size[0]}x{size[1]}"
    media_file = tmp_path / "介质台帐.csv"
    write_table(media_file, ["序号", "设备编号", "类型", "品牌", "密级", "保管人", "备注"], [
        ["1", "JM-G-901", "光盘", "Verbatim CD-R", "机密", "无此人", ""],
        ["2", "JM-G-902", "光盘", "Verbatim CD-R", "机密", "", ""]])
    for kind in ("documents", "people", "media"):
        window.show_area(kind)
        area = window.area(kind)
        button = area.findChild(QPushButton, None)  # at least one button
        assert button is not None
        labels = [b.text() for b in area.findChildren(QPushButton)]
        assert any("导入" in t and "台帐" in t for t in labels), labels
        _shot(window, f"{kind}_area_{name}")
    area = window.area("media")
    dialog = area.open_import()  # type: ignore[attr-defined]
    assert dialog.height() <= size[1] - 40 and dialog.width() <= size[0] - 40
    dialog.open_file(media_file)
    preview = _previewed(qtbot, dialog)
    assert [e.line for e in preview.errors] == [2, 3] and preview.valid == 0
    assert preview.left_out == ("备注",)
    assert not dialog.import_valid_button.isEnabled()  # nothing valid to import
    _shot(dialog, f"import_dialog_media_{name}")
    dialog.close()


def test_locking_cancels_a_running_import(qtbot: QtBot, unlocked: Controller,
                                          tmp_path: Path) -> None:
    """The window's shutdown (lock or quit) cancels the import: nothing is written."""
    ledger = tmp_path / "big.csv"
    write_table(ledger, HEADER, rows(400))
    window = _window(qtbot, unlocked)
    area = window.area("documents")
    assert isinstance(area, DocumentsArea)
    dialog = area.open_import()
    dialog.open_file(ledger)
    combo = dialog.combo_for("题名")
    combo.setCurrentIndex(combo.findData("标题"))
    preview = _previewed(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.import_all_button.isEnabled(), timeout=30_000)
    assert preview.ok, preview.errors[:3]
    before = counts(unlocked.register)
    dialog.import_all_button.click()
    assert dialog.is_busy()
    window.shutdown()
    assert not dialog.is_busy() or not dialog._thread or not dialog._thread.isRunning()
    QApplication.processEvents()
    assert counts(unlocked.register) == before  # cancelled inside the transaction


def test_the_dialog_in_english(qtbot: QtBot, qapp: object, unlocked: Controller,
                               cjk_font: str, tmp_path: Path) -> None:
    from app.ui import i18n

    ledger = tmp_path / "ledger.csv"
    bad = rows(3)
    bad[1][7] = "3-1"
    write_table(ledger, HEADER, bad)
    translators = i18n.install_translator(qapp, "en")  # type: ignore[arg-type]
    try:
        window = _window(qtbot, unlocked, (1024, 768))
        area = window.area("documents")
        assert isinstance(area, DocumentsArea)
        assert area.import_button.text() == "&Import ledger…"
        dialog = area.open_import()
        assert dialog.windowTitle() == "Import ledger — incoming documents ledger"
        dialog.open_file(ledger)
        qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=30_000)
        combo = dialog.combo_for("题名")
        assert combo.itemText(0) == "(not imported)"
        with qtbot.waitSignal(dialog.previewed, timeout=30_000):
            combo.setCurrentIndex(combo.findData("标题"))
        qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=30_000)
        assert dialog.import_valid_button.text() == "Import only &valid rows"
        dialog.resize(984, 660)
        _shot(dialog, "import_dialog_en_1024x768")
        dialog.close()
    finally:
        i18n.remove_translators(qapp, translators)  # type: ignore[arg-type]
