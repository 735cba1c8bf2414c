"""Preview a prepared paper that is not one of the register's forms (the inspection
checklist, a trail extract): like every form, the preview has no serial; printing or saving
it issues one through the print service (the same serial and print audit as for every
form)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from app.services.print_forms.base import Prepared
from app.ui.controller import Controller
from app.ui.print_preview import PrintPreview
from app.ui.print_record import open_preview


def preview_prepared(controller: Controller, prepared: Prepared,
                     parent: QWidget | None = None) -> PrintPreview:
    from app.ui.reports_controller import ReportsController

    reports = ReportsController(controller)
    dialog = open_preview(reports, prepared, prepared.render(reports.preview_meta()), parent)
    dialog.open()
    return dialog
