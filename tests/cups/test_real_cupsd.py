"""Printing through a real CUPS scheduler (tests/cups/cupsd.py): the slip arrives, the spool
keeps nothing, CUPS knows the job only by the print's serial, the print audit says 已打印;
with ``PreserveJobFiles Yes`` Mibu refuses and nothing reaches the spool."""

from __future__ import annotations

import subprocess
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.cli import main
from app.devices import printer
from app.errors import RuleViolation
from app.models.enums import Level
from app.reports import circulation
from app.reports.catalog import FormKind
from app.services import audit, printing
from app.services.register import Actor, Register
from app.ui.controller import Controller
from app.ui.print_preview import PrintPreview
from app.ui.reports_controller import ReportsController
from tests.cups.cupsd import FILE_QUEUE, PDF_QUEUE, PrivateCupsd, can_run
from tests.reports import samples
from tests.screens import save_screenshot

pytestmark = pytest.mark.skipif(bool(can_run()), reason=can_run() or "")

TITLE = "传阅单：关于进一步加强涉密载体管理的通知"


def _slip(register: Register, clerk: Actor) -> tuple[printing.IssuedPrint, bytes]:
    issued = printing.issue(register, clerk, FormKind.CIRCULATION, level=Level.SECRET,
                            title=TITLE, subject="王建国")
    pdf = circulation.render_circulation_slip(samples.circulation_slip(Level.SECRET),
                                              issued.meta)
    return issued, pdf


def _pages(pdf: Path) -> list[str]:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    count = int(next(ln.split()[-1] for ln in info.stdout.splitlines()
                     if ln.startswith("Pages:")))
    return [subprocess.run(["pdftotext", "-f", str(n), "-l", str(n), str(pdf), "-"],
                           capture_output=True, text=True, check=True).stdout
            for n in range(1, count + 1)]


def _wait_for(condition: Callable[[], bool]) -> None:
    """Poll until ``condition()`` holds (CUPS works at its own pace; no time limit on it)."""
    while not condition():
        time.sleep(0.5)


def test_a_slip_prints_and_cups_keeps_nothing(cupsd: PrivateCupsd, register: Register,
                                              clerk: Actor,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    check = printer.check_spooler()
    assert check.ok, check.lines()
    assert check.job_files == "No" and check.job_history == "30" and not check.shared
    assert main(["print-check"]) == 0
    assert "PreserveJobFiles No：打印后立即删除文件" in capsys.readouterr().out

    issued, pdf = _slip(register, clerk)
    serial = issued.job.serial
    submitted = printing.print_to_printer(register, clerk, serial, pdf,
                                          printer_name=FILE_QUEUE, copies=1)
    assert submitted.cups_job.startswith(f"{FILE_QUEUE}-")
    outcome = printing.follow_and_record(register, clerk, submitted)
    assert outcome.printed, outcome
    assert printing.result(register, serial) == "已打印"
    with register.read() as s:
        lines = list(audit.history(s, "print_job", serial))
    assert [ln.action for ln in lines] == ["print.issue", "print.output", "print.result"]
    assert lines[1].after is not None
    assert lines[1].after["打印任务"] == submitted.cups_job
    assert lines[1].after["打印前检查"].startswith("PreserveJobFiles No；")
    assert lines[2].after == {"结果": "已打印", "打印任务": submitted.cups_job,
                              "打印机": FILE_QUEUE}

    # The slip arrived, marked on every page.
    out = cupsd.out / f"{FILE_QUEUE}.pdf"
    pages = _pages(out)
    assert len(pages) >= 1
    for text in pages:
        assert "秘密★" in text and f"打印编号：{serial}" in text

    # The document left the spool when the job ended. The scheduler still knows the job for
    # PreserveJobHistory's 30 seconds, by its serial; its record (c00001, if written yet)
    # names the job by its serial and holds nothing of the document.
    left = cupsd.spool_files()
    assert not [f for f in left if not f.startswith("c")], left
    title = printing.job_title(serial)
    number = printer.job_number(submitted.cups_job)
    assert (printer.job_attributes(number) or {}).get("job-name") == [title]
    for name in left:
        record = (cupsd.spool / name).read_bytes()
        assert title.encode() in record
        assert "传阅单".encode() not in record and "秘密".encode() not in record
    page_log = (cupsd.log / "page_log").read_text()
    assert f" {title}" in page_log and "传阅" not in page_log
    for log in cupsd.log.iterdir():
        assert TITLE.encode() not in log.read_bytes()
    # ... and once the history has expired, the scheduler has forgotten the job and nothing
    # at all is left in the spool folder.
    _wait_for(lambda: printer.job_attributes(number) is None)
    assert cupsd.spool_files() == []
    assert cupsd.lp("lpstat", "-W", "completed", "-o").stdout == ""


def test_cups_pdf_queue(cupsd: PrivateCupsd, register: Register, clerk: Actor) -> None:
    """cups-pdf, confined to the temp folder: the PDF arrives through CUPS' PostScript path.

    pdftops keeps the fonts but not their Unicode map, so only the ASCII part of the marking
    (the serial's year and number) can be read back by pdftotext; the CJK marking is checked on
    the file: queue, which receives the document unchanged.
    """
    if not cupsd.confined_pdf:
        pytest.skip("no mount namespace here: cups-pdf cannot be confined to the temp folder")
    issued, pdf = _slip(register, clerk)
    serial = issued.job.serial
    submitted = printing.print_to_printer(register, clerk, serial, pdf,
                                          printer_name=PDF_QUEUE, copies=1)
    outcome = printing.follow_and_record(register, clerk, submitted)
    assert outcome.printed, outcome
    made = [p for p in cupsd.out.iterdir() if p.suffix == ".pdf" and p.name != f"{FILE_QUEUE}.pdf"]
    assert len(made) == 1 and made[0].name.startswith(printing.job_title(serial))
    year, _mark, number = serial.split("-")
    pages = _pages(made[0])
    assert len(pages) == len(_pages_of(pdf, cupsd.root))
    for text in pages:
        assert year in text and number in text
    assert not [f for f in cupsd.spool_files() if not f.startswith("c")]
    assert list((cupsd.root / "pdfspool").iterdir()) == []


def _pages_of(pdf: bytes, where: Path) -> list[str]:
    path = where / "original.pdf"
    path.write_bytes(pdf)
    try:
        return _pages(path)
    finally:
        path.unlink()


def test_a_cancelled_job_is_audited_as_cancelled(cupsd: PrivateCupsd, register: Register,
                                                clerk: Actor) -> None:
    cupsd.lp("cupsdisable", FILE_QUEUE)  # the job waits in the queue ...
    issued, pdf = _slip(register, clerk)
    submitted = printing.print_to_printer(register, clerk, issued.job.serial, pdf,
                                          printer_name=FILE_QUEUE, copies=1)
    found: list[printer.JobOutcome] = []
    following = threading.Thread(
        target=lambda: found.append(printer.follow(submitted.cups_job)))
    following.start()
    _wait_for(lambda: (printer.job_attributes(printer.job_number(submitted.cups_job))
                       or {}).get("job-state") == [3])
    assert following.is_alive()  # still waiting: a pending job has not ended
    cupsd.lp("cancel", submitted.cups_job)  # ... until someone cancels it
    following.join()
    assert found[0].state == "已取消" and not found[0].printed
    printing.record_result(register, clerk, issued.job.serial, found[0])
    assert (printing.result(register, issued.job.serial) or "").startswith("已取消")
    assert not [f for f in cupsd.spool_files() if not f.startswith("c")]
    assert (cupsd.out / f"{FILE_QUEUE}.pdf").stat().st_size == 0


def test_refused_when_cups_keeps_job_files(cupsd: PrivateCupsd, register: Register,
                                           clerk: Actor,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    cupsd.set_directive("PreserveJobFiles", "Yes")
    cupsd.restart()
    issued, pdf = _slip(register, clerk)
    before = cupsd.spool_files()
    with pytest.raises(RuleViolation) as refused:
        printing.print_to_printer(register, clerk, issued.job.serial, pdf,
                                  printer_name=FILE_QUEUE, copies=1)
    message = refused.value.message
    assert "CUPS 设置 PreserveJobFiles 为 Yes" in message and "/var/spool/cups" in message
    assert "mibu-cups-config apply" in message
    assert cupsd.spool_files() == before == []
    assert (cupsd.out / f"{FILE_QUEUE}.pdf").stat().st_size == 0
    assert cupsd.lp("lpstat", "-W", "all", "-o").stdout == ""
    job = printing.job(register, issued.job.serial)
    assert (job.copies, job.printer) == (0, None)
    with register.read() as s:
        assert [ln.action for ln in audit.history(s, "print_job", issued.job.serial)] == [
            "print.issue"]
    check = printer.check_spooler()
    assert not check.ok and check.lines()[-1].startswith("结论：拒绝打印")
    assert main(["print-check"]) == 1
    assert "PreserveJobFiles Yes：打印后文件会留在假脱机目录" in capsys.readouterr().out

    # Why: the same slip handed to lp directly stays in the spool, whole, after printing.
    job = cupsd.lp("lp", "-d", FILE_QUEUE, "-t", "x", str(_write(cupsd.root / "x.pdf", pdf)))
    number = printer.job_number(job.stdout.split()[3])
    assert printer.follow(f"{FILE_QUEUE}-{number}").printed
    kept = cupsd.spool / f"d{number:05d}-001"
    assert kept.read_bytes() == pdf


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def test_the_preview_shows_the_outcome_when_it_arrives(qtbot: QtBot, cupsd: PrivateCupsd,
                                                       unlocked: Controller,
                                                       cjk_font: str) -> None:
    reports = ReportsController(unlocked)
    issued, pdf = _slip(unlocked.register, unlocked.actor)
    serial = issued.job.serial

    def on_print(name: str, copies: int) -> str:
        return reports.output(serial, pdf, name, copies)

    assert sorted(reports.printers()) == sorted(cupsd.queues)
    dialog = PrintPreview(pdf, "传阅单", reports.printers(), on_print, serial=serial)
    qtbot.addWidget(dialog)
    reports.follower.finished.connect(dialog.show_result)
    dialog.printer.setCurrentText(FILE_QUEUE)
    with qtbot.waitSignal(reports.follower.finished, timeout=600_000):
        dialog.print_now()  # returns at once; the job is followed in another thread
        assert "等待打印结果" in dialog.status.text()
    assert dialog.status.text() == "打印结果：已打印"
    dialog.resize(1024, 768)
    save_screenshot(dialog, "print-result-printed")
    assert printing.result(unlocked.register, serial) == "已打印"
    dialog.close()
