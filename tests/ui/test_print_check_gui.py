"""The printing screens with the CUPS client test doubles (tests/fakes): Mibu refuses to print
when the scheduler would keep job files, shows the outcome of a job when it arrives, and the
Settings screen shows the printing system's state. (The real scheduler: tests/cups.)"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.devices import printer
from app.models.enums import Level
from app.reports import circulation
from app.reports.catalog import FormKind
from app.services import audit, printing
from app.ui.controller import Controller
from app.ui.print_preview import PrintPreview
from app.ui.reports_controller import ReportsController
from app.ui.settings_view import SettingsView
from tests.reports import samples
from tests.screens import save_screenshot

FAKES = Path(__file__).resolve().parents[1] / "fakes"


@pytest.fixture
def fake_cups(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    log = tmp_path / "lp.log"
    monkeypatch.setenv("PATH", f"{FAKES}{os.pathsep}{os.environ['PATH']}")
    monkeypatch.setenv("FAKE_LP_LOG", str(log))
    monkeypatch.setenv("CUPS_SERVER", str(tmp_path / "no-cupsd.sock"))
    return log


def _preview(qtbot: QtBot, unlocked: Controller) -> tuple[PrintPreview, ReportsController, str]:
    reports = ReportsController(unlocked)
    issued = printing.issue(unlocked.register, unlocked.actor, FormKind.CIRCULATION,
                            level=Level.SECRET, title="传阅单：测发〔2026〕1号")
    pdf = circulation.render_circulation_slip(samples.circulation_slip(Level.SECRET),
                                              issued.meta)
    serial = issued.job.serial
    dialog = PrintPreview(pdf, "传阅单", reports.printers(),
                          lambda name, copies: reports.output(serial, pdf, name, copies),
                          on_save=lambda d: reports.save(serial, pdf, d), serial=serial)
    qtbot.addWidget(dialog)
    reports.follower.finished.connect(dialog.show_result)
    return dialog, reports, serial


def test_print_refused_when_cups_keeps_job_files(qtbot: QtBot, unlocked: Controller,
                                                 fake_cups: Path, cjk_font: str,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FAKE_CUPS_KEEP_FILES", "1")
    dialog, _reports, serial = _preview(qtbot, unlocked)
    assert dialog.page_count >= 1  # the preview is unaffected
    dialog.print_now()
    text = dialog.status.text()
    assert text.startswith("CUPS 设置 PreserveJobFiles 未设置（默认 86400 秒）")
    assert "/var/spool/cups" in text and "mibu-cups-config apply" in text
    assert not fake_cups.exists()  # lp never ran
    assert dialog.save_button.isEnabled()  # saving to a medium is another path, unaffected
    job = printing.job(unlocked.register, serial)
    assert (job.copies, job.printer) == (0, None)
    with unlocked.register.read() as s:
        assert audit.count(s, audit.AuditFilter(action_prefix="print.output")) == 0
    dialog.resize(1024, 768)
    save_screenshot(dialog, "print-refused-cups-keeps-files")
    dialog.close()


def test_the_outcome_is_shown_and_audited_when_it_arrives(qtbot: QtBot, unlocked: Controller,
                                                          fake_cups: Path) -> None:
    dialog, reports, serial = _preview(qtbot, unlocked)
    reports.follower.follow_job = lambda job: printer.JobOutcome(job, "打印失败", "缺纸")
    with qtbot.waitSignal(reports.follower.finished, timeout=600_000):
        dialog.print_now()
        assert dialog.status.text() == "已提交打印任务 Office_Laser-42，等待打印结果…"
    assert dialog.status.text() == "打印结果：打印失败：缺纸"
    assert printing.result(unlocked.register, serial) == "打印失败：缺纸"
    with unlocked.register.read() as s:
        lines = list(audit.history(s, "print_job", serial))
    assert [ln.action for ln in lines] == ["print.issue", "print.output", "print.result"]
    assert lines[1].after is not None and lines[1].after["打印任务"] == "Office_Laser-42"
    assert lines[2].after == {"结果": "打印失败", "打印任务": "Office_Laser-42",
                              "打印机": "Office_Laser", "说明": "缺纸"}
    assert audit.action_label("print.result") == "打印结果"
    dialog.close()


def test_without_a_scheduler_the_outcome_is_unknown(qtbot: QtBot, unlocked: Controller,
                                                    fake_cups: Path) -> None:
    dialog, reports, serial = _preview(qtbot, unlocked)
    with qtbot.waitSignal(reports.follower.finished, timeout=600_000):
        dialog.print_now()
    assert dialog.status.text().startswith("打印结果：结果未知：无法连接打印系统")
    assert (printing.result(unlocked.register, serial) or "").startswith("结果未知")
    dialog.close()


@pytest.mark.parametrize("keep", [False, True])
def test_settings_show_the_printing_system(qtbot: QtBot, unlocked: Controller,
                                           fake_cups: Path, monkeypatch: pytest.MonkeyPatch,
                                           cjk_font: str,
                                           keep: bool) -> None:
    if keep:
        monkeypatch.setenv("FAKE_CUPS_KEEP_FILES", "1")
    view = SettingsView(unlocked)
    qtbot.addWidget(view)
    assert "尚未检查" in view.cups_state.text()
    view.check_cups()
    text = view.cups_state.text()
    if keep:
        assert "PreserveJobFiles 86400（默认）：打印后文件会留在假脱机目录" in text
        assert "结论：拒绝打印" in text
    else:
        assert "PreserveJobFiles No：打印后立即删除文件" in text
        assert "结论：可以打印" in text
    for size in ((1366, 768), (1024, 768)):
        view.resize(*size)
        save_screenshot(view, f"settings-cups-{'keeps' if keep else 'ok'}-{size[0]}")
