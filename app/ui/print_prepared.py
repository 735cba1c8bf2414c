"""Preview a prepared paper that is not one of the register's forms (the inspection
checklist, a trail extract): issued through the print service first, so its serial and the
print audit are the same as for every form; then printed or saved to a registered medium."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget

from app.services.print_forms.base import Prepared
from app.ui.controller import Controller
from app.ui.print_preview import PrintPreview
from app.ui.words import label_of


def preview_prepared(controller: Controller, prepared: Prepared,
                     parent: QWidget | None = None) -> PrintPreview:
    from app.ui.reports_controller import ReportsController

    reports = ReportsController(controller)
    issued = reports.issue(prepared)
    pdf = prepared.render(issued.meta)
    serial = issued.job.serial

    def on_print(printer_name: str, copies: int) -> str:
        return reports.output(serial, pdf, printer_name, copies)

    def on_save(directory: Path) -> str:
        return reports.save(serial, pdf, directory)

    dialog = PrintPreview(pdf, f"{label_of(prepared.kind)} · {serial}", reports.printers(),
                          on_print, parent, on_save=on_save)
    dialog.open()
    return dialog
