"""Print the slip for what was just done: any screen calls :func:`preview_record` after an
action (a hand-out, a loan, a destruction ...) with the id the service returned.

    info = lifecycle.lend(...)
    preview_record(controller, FormKind.LOAN, info.id, self)

The print is issued (serial number, print audit) and shown in the in-memory preview; the
clerk prints it from there. Refusals (no such record, a level above this workstation's)
are raised as :class:`~app.errors.MibuError` for the screen to show, as its other errors.
Ledgers are printed from the printing screen, where they render in the background.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QPushButton, QWidget

from app.errors import MibuError, ValidationError
from app.reports.catalog import FormKind
from app.ui.controller import Controller
from app.ui.print_preview import PrintPreview


def preview_record(controller: Controller, kind: FormKind, record_id: int | None,
                   parent: QWidget | None = None) -> PrintPreview:
    # reportlab and the forms load on the first print, not when a screen is built (start-up)
    from app.ui.reports_controller import LEDGERS, ReportsController

    kind = FormKind(kind)
    if kind in LEDGERS:
        raise ValidationError(f"{kind.label}请在“打印报表”中按期间打印", field="kind")
    reports = ReportsController(controller)
    prepared = reports.prepare(kind, record_id)
    issued = reports.issue(prepared)
    pdf = prepared.render(issued.meta)
    serial = issued.job.serial

    def on_print(printer_name: str, copies: int) -> str:
        return reports.output(serial, pdf, printer_name, copies)

    def on_save(directory: Path) -> str:
        return reports.save(serial, pdf, directory)

    dialog = PrintPreview(pdf, f"{kind.label} · {serial}", reports.printers(), on_print, parent,
                          on_save=on_save, serial=serial)
    reports.follower.finished.connect(dialog.show_result)
    dialog.open()
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
        self.setText(self.tr("打印{form}…").format(form=kind.label))
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
            self.failed.emit(err.message)
