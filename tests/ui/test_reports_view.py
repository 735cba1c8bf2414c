"""The printing screen: a form for a chosen record or period, preview, background ledgers with
cancel, print audit, slip checks that say what the register holds now."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot

from app.devices import mounts
from app.devices.identity import Identity
from app.devices.policy import CLASS_MASS_STORAGE, DeviceFacts
from app.devices.sysfs import PluggedDevice
from app.models.enums import Level
from app.reports.catalog import FormKind
from app.services import audit, media, printing
from app.services.lifecycle import circulation
from app.ui.controller import Controller
from app.ui.print_preview import PrintPreview
from app.ui.print_record import preview_record
from app.ui.reports_view import ReportsView
from tests import doc_factories as f
from tests.screens import save_screenshot

FAKES = Path(__file__).resolve().parents[1] / "fakes"


@pytest.fixture
def office(unlocked: Controller) -> dict[str, int]:
    """A reader, two documents, one round of circulation, two media in use."""
    reg, clerk = unlocked.register, unlocked.actor
    reader = f.person(reg, clerk, "王明", "办公室").id
    doc = f.receive(reg, clerk, title="关于年度保密检查的通知", scope="办公室")
    f.receive(reg, clerk, level=Level.SECRET, copies=1, copy_numbers=None, scope="办公室")
    from app.services import documents

    copy_id = documents.list_copies(reg, doc.id)[0].id
    reading = circulation.hand_out(reg, clerk, copy_id, reader)
    for number, serial in (("JM-U-2026-001", "AA0001"), ("JM-U-2026-002", "AA0002")):
        media.register_medium(reg, clerk, media.NewMedium(
            number=number, kind="U盘", brand_model="闪迪 CZ430", level="机密", holder="王明",
            vendor_id="0781", product_id="5581", serial=serial))
    return {"circulation": reading.circulation_id, "copy": copy_id}


@pytest.fixture
def view(qtbot: QtBot, unlocked: Controller, office: dict[str, int], tmp_path: Path,
         monkeypatch: pytest.MonkeyPatch) -> ReportsView:
    monkeypatch.setenv("PATH", f"{FAKES}{os.pathsep}{os.environ['PATH']}")
    monkeypatch.setenv("FAKE_LP_LOG", str(tmp_path / "lp.log"))
    monkeypatch.setenv("CUPS_SERVER", str(tmp_path / "no-cupsd.sock"))  # no real scheduler
    v = ReportsView(unlocked)
    qtbot.addWidget(v)
    v.resize(1100, 720)
    return v


def _select(view: ReportsView, kind: FormKind) -> None:
    for row in range(view.forms.count()):
        if view.forms.item(row).text() == kind.label:
            view.forms.setCurrentRow(row)
            return
    raise AssertionError(kind)


def test_slip_for_the_chosen_record_preview_print_and_check(
        qtbot: QtBot, view: ReportsView, unlocked: Controller, office: dict[str, int],
        tmp_path: Path, cjk_font: str) -> None:
    _select(view, FormKind.CIRCULATION)
    assert view.choice.currentIndex() == 0 and view.records.count() == 1
    assert "王明" not in view.records.item(0).text()  # the list names the copy and its round
    assert "进行中" in view.records.item(0).text()
    save_screenshot(view, "reports-view")
    with qtbot.waitSignal(view.preview_ready) as shown:
        view.preview_selected()
    dialog: PrintPreview = shown.args[0]  # the view's child, deleted when closed below
    assert dialog.page_count >= 1
    assert printing.jobs(unlocked.register) == []  # a preview uses up no serial
    assert dialog.serial == "" and "预览" in dialog.windowTitle()
    dialog.copies.setValue(2)
    dialog.print_now()
    assert "已提交打印任务" in dialog.status.text()
    serial = printing.jobs(unlocked.register)[0].serial
    assert dialog.serial == serial and serial in dialog.windowTitle()
    dialog.copies.setValue(1)
    dialog.print_now()  # again from the same preview: the same serial, one more copy
    assert [j.serial for j in printing.jobs(unlocked.register)] == [serial]
    assert "mibu-2026" in (tmp_path / "lp.log").read_text()
    dialog.close()
    assert view.jobs.rowCount() == 1
    assert view.jobs.item(0, 4).text() == "3"
    with unlocked.register.read() as s:
        assert audit.count(s, audit.AuditFilter(action_prefix="print.issue")) == 1
        assert audit.count(s, audit.AuditFilter(action_prefix="print.output")) == 2
    job = printing.jobs(unlocked.register)[0]
    assert job.ref == f"circulation:{office['circulation']}"
    # The slip's code, typed back at the terminal: genuine, and the copy is still out.
    view.code.setText(job.code)
    view.check_code()
    assert "真实有效" in view.verdict.text() and "传阅中" in view.verdict.text()
    circulation.take_back(unlocked.register, unlocked.actor, office["copy"])
    view.check_code()
    assert "在库" in view.verdict.text()
    view.code.setText(job.code[:-1] + ("A" if job.code[-1] != "A" else "B"))
    view.check_code()
    assert "真实有效" not in view.verdict.text()


def test_a_form_without_records_says_so(view: ReportsView, unlocked: Controller) -> None:
    _select(view, FormKind.LOAN)
    assert view.records.count() == 0
    assert "还没有" in view.records_hint.text()
    view.preview_selected()
    assert "请先选择" in view.status.text()
    assert printing.jobs(unlocked.register) == []


def test_labels_for_the_chosen_media(qtbot: QtBot, view: ReportsView,
                                     unlocked: Controller) -> None:
    _select(view, FormKind.MEDIA_LABELS)
    assert view.records.count() == 2
    view.records.item(1).setSelected(True)
    with qtbot.waitSignal(view.preview_ready) as shown:
        view.preview_selected()
    dialog: PrintPreview = shown.args[0]
    qtbot.addWidget(dialog)
    assert printing.jobs(unlocked.register) == []
    dialog.print_now()
    assert printing.jobs(unlocked.register)[0].title == "介质标签：1 枚"


def test_ledger_for_a_period_renders_in_the_background(qtbot: QtBot, view: ReportsView,
                                                      unlocked: Controller) -> None:
    _select(view, FormKind.INCOMING_LEDGER)
    assert view.choice.currentIndex() == 1
    today = dt.date.today()
    view.period_from.setDate(QDate(today.year, 1, 1))
    view.period_to.setDate(QDate(today.year, today.month, today.day))
    save_screenshot(view, "reports-view-period")
    with qtbot.waitSignal(view.preview_ready, timeout=60_000) as shown:
        view.preview_selected()
        assert view.is_busy()
    dialog: PrintPreview = shown.args[0]
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not view.is_busy())
    assert view.preview_button.isEnabled()
    assert printing.jobs(unlocked.register) == []
    dialog.print_now()
    job = printing.jobs(unlocked.register)[0]
    assert "（2 条）" in job.title and job.ref and job.ref.startswith("incoming_ledger:")


def test_ledger_can_be_cancelled(qtbot: QtBot, view: ReportsView) -> None:
    _select(view, FormKind.INCOMING_LEDGER)
    view.preview_selected()
    view.cancel()
    qtbot.waitUntil(lambda: not view.is_busy(), timeout=60_000)
    assert "取消" in view.status.text() or "已生成" in view.status.text()


def test_print_what_was_just_done(qtbot: QtBot, view: ReportsView, unlocked: Controller,
                                  office: dict[str, int]) -> None:
    dialog = preview_record(unlocked, FormKind.CIRCULATION, office["circulation"], view)
    qtbot.addWidget(dialog)
    assert dialog.page_count == 1
    assert printing.jobs(unlocked.register) == []
    dialog.print_now()
    assert printing.jobs(unlocked.register)[0].ref == f"circulation:{office['circulation']}"
    with qtbot.waitSignal(view.preview_ready) as shown:
        view.print_record(FormKind.CIRCULATION, office["circulation"])
    qtbot.addWidget(shown.args[0])
    assert len(printing.jobs(unlocked.register)) == 1  # previewed only
    shown.args[0].print_now()
    assert len(printing.jobs(unlocked.register)) == 2


def _stick_with(serial: str) -> PluggedDevice:
    facts = DeviceFacts(sys_name="1-3", vendor_id=0x0781, product_id=0x5581, serial=serial,
                        descriptor_hash=None, device_class=0,
                        interfaces=((CLASS_MASS_STORAGE, 6, 0x50),))
    return PluggedDevice("1-3", "/sys/devices/pci0000:00/0000:00:14.0/usb1/1-3", facts,
                         Identity(0x0781, 0x5581, serial, None), "SanDisk", "Ultra", 1)


def test_save_the_preview_to_a_registered_medium(
        qtbot: QtBot, view: ReportsView, unlocked: Controller, office: dict[str, int],
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "STICK"
    folder.mkdir()
    on_stick: list[PluggedDevice | None] = [None]
    monkeypatch.setattr(mounts, "medium_of_device", lambda _dev: on_stick[0])
    with qtbot.waitSignal(view.preview_ready) as shown:
        view.print_record(FormKind.CIRCULATION, office["circulation"])
    dialog: PrintPreview = shown.args[0]  # the view's child, deleted when closed
    monkeypatch.setattr(dialog, "choose_directory", lambda: str(folder))
    dialog.save_button.click()  # the internal disk
    assert "不是已登记的移动存储介质" in dialog.status.text()
    on_stick[0] = _stick_with("ZZ9999")
    dialog.save_button.click()
    assert "未在移动存储介质台帐中登记" in dialog.status.text()
    assert list(folder.iterdir()) == []
    assert printing.jobs(unlocked.register) == []  # refused saves use up no serial
    on_stick[0] = _stick_with("AA0002")
    dialog.save_button.click()
    job = printing.jobs(unlocked.register)[0]
    name = f"{job.serial}-circulation.pdf"
    assert dialog.status.text() == f"已保存到介质 JM-U-2026-002 {folder / name}"
    assert [p.name for p in folder.iterdir()] == [name]
    assert (folder / name).read_bytes().startswith(b"%PDF")
    assert (job.copies, job.printer) == (1, "介质 JM-U-2026-002")
    assert view.jobs.item(0, 4).text() == "1"
    dialog.close()


def test_record_lists_are_newest_first_by_the_date_they_show(
        view: ReportsView, unlocked: Controller, office: dict[str, int]) -> None:
    """A round entered late (补登) takes its place by its date, as the hint says."""
    from app.services import documents

    reg, clerk = unlocked.register, unlocked.actor
    reader = f.person(reg, clerk, "李华", "办公室").id
    now = dt.datetime.now().astimezone()
    for days_ago in (1, 9, 4):  # typed in this order, dated otherwise
        doc = f.receive(reg, clerk, level=Level.SECRET, copies=1, copy_numbers=None,
                        scope="办公室", received_on=dt.date.today() - dt.timedelta(days=20))
        copy = documents.list_copies(reg, doc.id)[0].id
        circulation.hand_out(reg, clerk, copy, reader, at=now - dt.timedelta(days=days_ago),
                             late_reason="补登")
    _select(view, FormKind.CIRCULATION)
    view.refresh_choice()
    shown = [view.records.item(i).text()[:10] for i in range(view.records.count())]
    assert shown == sorted(shown, reverse=True) and len(shown) == 4
    assert "最新的在前" in view.records_hint.text()
