"""Preview in memory, print through lp's standard input: no plaintext file anywhere."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from pytestqt.qtbot import QtBot
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from app.devices import printer
from app.ui.print_preview import PrintPreview
from tests.screens import save_screenshot

FAKES = Path(__file__).resolve().parents[1] / "fakes"


@pytest.fixture
def fake_cups(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    log = tmp_path / "lp.log"
    monkeypatch.setenv("PATH", f"{FAKES}{os.pathsep}{os.environ['PATH']}")
    monkeypatch.setenv("FAKE_LP_LOG", str(log))
    monkeypatch.setenv("CUPS_SERVER", str(tmp_path / "no-cupsd.sock"))  # no real scheduler
    return log


def _pdf(pages: int = 2) -> bytes:
    import io

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    for n in range(pages):
        c.drawString(72, 720, f"page {n + 1}")
        c.showPage()
    c.save()
    return buf.getvalue()


def test_printers_are_listed(fake_cups: Path) -> None:
    assert printer.list_printers() == ["Office_Laser", "Registry_Printer"]


def test_print_goes_through_stdin_and_leaves_no_file(qtbot: QtBot, fake_cups: Path) -> None:
    pdf = _pdf()
    temp_before = set(os.listdir(tempfile.gettempdir()))
    printed: list[tuple[str, int]] = []

    def on_print(name: str, copies: int) -> str:
        printed.append((name, copies))
        return printer.send(pdf, printer=name, copies=copies, job_title="2026-P-000001")

    dialog = PrintPreview(pdf, "传阅单", printer.list_printers(), on_print)
    qtbot.addWidget(dialog)
    assert dialog.page_count == 2
    dialog.copies.setValue(2)
    dialog.print_now()
    assert printed == [("Office_Laser", 2)]
    assert "Office_Laser-42" in dialog.status.text()
    assert f"-d Office_Laser -n 2 -t 2026-P-000001 - bytes={len(pdf)}" in fake_cups.read_text()
    save_screenshot(dialog, "print-preview")
    page = dialog.document.render(0, QSize(400, 566))  # what the view shows, in memory
    assert not page.isNull()
    inked = {page.pixel(x, y) for x in range(40, 120) for y in range(70, 90)}
    assert len(inked) > 1  # "page 1" is drawn
    dialog.close()
    assert set(os.listdir(tempfile.gettempdir())) - temp_before == set()


def test_refusals(fake_cups: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(printer.PrintError, match="打印机名称不合法"):
        printer.send(b"%PDF", printer="a; rm -rf /", copies=1, job_title="x")
    with pytest.raises(printer.PrintError, match="份数"):
        printer.send(b"%PDF", printer="Office_Laser", copies=0, job_title="x")
    monkeypatch.setenv("FAKE_LP_FAIL", "1")
    with pytest.raises(printer.PrintError, match="打印失败"):
        printer.send(b"%PDF", printer="Nope", copies=1, job_title="x")


def test_no_cups(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    assert printer.list_printers() == []
    with pytest.raises(printer.PrintError, match="未安装打印系统"):
        printer.send(b"%PDF", printer="Office_Laser", copies=1, job_title="x")


def test_save_to_a_medium_through_the_callback(qtbot: QtBot, tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    from app.errors import RuleViolation

    saved: list[Path] = []
    refuse = True

    def on_save(directory: Path) -> str:
        if refuse:
            raise RuleViolation("只能保存到本机已登记的同密级涉密介质：不是已登记的移动存储介质")
        saved.append(directory)
        return f"JM-U-2026-001 {directory / 'x.pdf'}"

    dialog = PrintPreview(_pdf(), "借阅单", [], lambda _p, _c: "", on_save=on_save)
    qtbot.addWidget(dialog)
    assert dialog.save_button.isVisibleTo(dialog) and dialog.save_button.isEnabled()
    assert not dialog.print_button.isEnabled()  # no printer: saving still works
    chosen = [""]
    monkeypatch.setattr(dialog, "choose_directory", lambda: chosen[0])
    dialog.save_button.click()  # cancelled: nothing happens
    assert dialog.status.text() == "未找到打印机"
    chosen[0] = str(tmp_path)
    dialog.save_button.click()
    assert "不是已登记的移动存储介质" in dialog.status.text()
    assert saved == []
    refuse = False
    dialog.save_button.click()
    assert saved == [tmp_path]
    assert dialog.status.text() == f"已保存到介质 JM-U-2026-001 {tmp_path / 'x.pdf'}"
    dialog.close()


def test_no_save_button_without_a_callback(qtbot: QtBot) -> None:
    dialog = PrintPreview(_pdf(1), "传阅单", ["Office_Laser"], lambda _p, _c: "")
    qtbot.addWidget(dialog)
    assert not dialog.save_button.isVisibleTo(dialog)
    dialog.close()
