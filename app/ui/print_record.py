"""Print the slip for what was just done: any screen calls :func:`preview_record` after an
action (a hand-out, a loan, a destruction ...) with the id the service returned.

    info = lifecycle.lend(...)
    preview_record(controller, FormKind.LOAN, info.id, self)

The slip is shown in the in-memory preview, without a serial; printing or saving it from
there issues the serial (print audit) and prints the pages drawn with it. Refusals (no
such record, a level above this workstation's) are raised as
:class:`~app.errors.MibuError` for the screen to show, as its other errors.
Ledgers are printed from the printing screen, where they render in the background.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from app.errors import MibuError, ValidationError
from app.reports.catalog import FormKind
from app.ui.controller import Controller
from app.ui.print_preview import PrintPreview
from app.ui.rule_words import message_of
from app.ui.words import label_of

if TYPE_CHECKING:
    from app.services.print_forms import Prepared
    from app.ui.reports_controller import ReportsController


def preview_record(controller: Controller, kind: FormKind, record_id: int | None,
                   parent: QWidget | None = None) -> PrintPreview:
    # reportlab and the forms load on the first print, not when a screen is built (start-up)
    from app.ui.reports_controller import LEDGERS, ReportsController

    kind = FormKind(kind)
    if kind in LEDGERS:
        raise ValidationError(f"{label_of(kind)}请在“打印报表”中按期间打印", field="kind")
    reports = ReportsController(controller)
    prepared = reports.prepare(kind, record_id)
    dialog = open_preview(reports, prepared, prepared.render(reports.preview_meta()), parent)
    dialog.open()
    return dialog


def open_preview(reports: ReportsController, prepared: Prepared, preview: bytes,
                 parent: QWidget | None = None,
                 on_issued: Callable[[str], None] | None = None) -> PrintPreview:
    """The preview dialog of ``preview`` (drawn without a serial: a preview uses none up).

    The first print or save, once its own checks pass (copies and the spooler; the folder on
    a registered medium), issues the serial and draws the pages again with it and the slip
    code; that is what is printed or saved. Further prints add copies to the same serial."""
    final: list[tuple[str, bytes]] = []

    def issued() -> tuple[str, bytes]:
        if not final:
            job = reports.issue(prepared)
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                final.append((job.job.serial, prepared.render(job.meta)))
            finally:
                QApplication.restoreOverrideCursor()
            serial = final[0][0]
            dialog.serial = serial
            dialog.setWindowTitle(f"{label_of(prepared.kind)} · {serial}")
            if on_issued is not None:
                on_issued(serial)
        return final[0]

    def on_print(printer_name: str, copies: int) -> str:
        reports.check_printing(copies)
        serial, pdf = issued()
        return reports.output(serial, pdf, printer_name, copies)

    def on_save(directory: Path) -> str:
        reports.check_saving(directory, prepared.level)
        serial, pdf = issued()
        return reports.save(serial, pdf, directory)

    dialog = PrintPreview(preview, QCoreApplication.translate(
        "PrintPreview", "{form} · 预览（打印或保存时编号）").format(form=label_of(prepared.kind)),
        reports.printers(), on_print, parent, on_save=on_save)
    reports.follower.finished.connect(dialog.show_result)
    return dialog


class PrintSlipButton(QPushButton):
    """“打印借阅单…” and the like: hidden until the screen has done something with a slip,
    then prints that record's slip. A refusal goes to ``failed`` for the screen to show."""

    failed = Signal(str)

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self.record: tuple[FormKind, int] | None = None
        self.preview: PrintPreview | None = None
        self.clicked.connect(self.print_slip)
        self.hide()

    def set_record(self, kind: FormKind, record_id: int) -> None:
        self.record = (kind, record_id)
        self.setText(self.tr("打印{form}…").format(form=label_of(kind)))
        self.show()

    def clear_record(self) -> None:
        self.record = None
        self.hide()

    def print_slip(self) -> None:
        if self.record is None:
            return
        try:
            self.preview = preview_record(self._controller, *self.record, parent=self.window())
        except MibuError as err:
            self.failed.emit(message_of(err))
