"""What the printing screen asks of the register: forms for a record or a period, prints,
slip checks (plain values; no session ever reaches a widget)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from app.devices import printer
from app.models.enums import Level
from app.reports.catalog import FormKind
from app.reports.data import Period, PrintMeta
from app.reports.page import CancelFlag, Progress
from app.services import print_forms, printing
from app.services.print_forms import RecordChoice
from app.ui.controller import Controller
from app.ui.print_follow import PrintFollower, follower_for

LEDGERS = print_forms.LEDGERS
PERIOD_FORMS = print_forms.PERIOD_FORMS


class ReportsController:
    def __init__(self, controller: Controller) -> None:
        self._c = controller

    @staticmethod
    def forms() -> list[FormKind]:
        return list(print_forms.ALL)

    def records(self, kind: FormKind) -> list[RecordChoice]:
        """The records ``kind`` can be printed for, newest first (none for period forms)."""
        return print_forms.recent(self._c.register, kind)

    def prepare(self, kind: FormKind, record_id: int | None = None, *,
                period: Period | None = None, medium_ids: Sequence[int] | None = None,
                progress: Progress | None = None,
                cancel: CancelFlag | None = None) -> print_forms.Prepared:
        return print_forms.for_record(self._c.register, kind, record_id, period=period,
                                      medium_ids=medium_ids, progress=progress, cancel=cancel)

    def preview_meta(self) -> PrintMeta:
        """A preview's chrome: no serial is issued until it is printed or saved."""
        return printing.preview_meta(self._c.register, self._c.actor)

    @staticmethod
    def check_printing(copies: int) -> None:
        printing.check_printing(copies)

    def check_saving(self, directory: Path, level: Level) -> None:
        printing.check_saving(self._c.register, directory, level)

    def issue(self, prepared: print_forms.Prepared) -> printing.IssuedPrint:
        issued = printing.issue(self._c.register, self._c.actor, prepared.kind,
                                level=prepared.level, title=prepared.title,
                                subject=prepared.subject, ref=prepared.ref)
        self._c.changed.emit("prints")
        return issued

    def output(self, serial: str, pdf: bytes, printer_name: str, copies: int) -> str:
        """Check the spooler, send to the printer, record the output (打印审计), and follow
        the job in the background; the follower records and announces how it ended."""
        submitted = printing.print_to_printer(self._c.register, self._c.actor, serial, pdf,
                                              printer_name=printer_name, copies=copies)
        self._c.changed.emit("prints")
        self.follower.follow(serial, submitted.cups_job)
        return submitted.cups_job

    @property
    def follower(self) -> PrintFollower:
        return follower_for(self._c)

    def save(self, serial: str, pdf: bytes, directory: Path) -> str:
        """Save to a registered medium and record it; says where: medium number, file."""
        saved = printing.save_to_medium(self._c.register, self._c.actor, serial, pdf,
                                        directory)
        self._c.changed.emit("prints")
        return f"{saved.medium} {saved.path}"

    def lookup(self, code: str) -> printing.SlipLookup:
        return printing.lookup(self._c.register, code)

    def jobs(self) -> list[printing.PrintJobInfo]:
        return printing.jobs(self._c.register)

    @staticmethod
    def printers() -> list[str]:
        return printer.list_printers()
