"""What the ledger import dialog (导入台帐) asks of the services.

A plain class over the application's :class:`Controller`: paths, column maps and the
services' frozen results in and out. ``preview`` and ``run`` are called from the dialog's
worker thread; each opens its own unit of work (the services do), nothing is shared.
"""

from __future__ import annotations

from pathlib import Path

from app.errors import MibuError
from app.services import ledger_columns, ledger_import, tables
from app.services.ledger_columns import ColumnMap, Watch
from app.services.ledger_import import Preview
from app.services.tables import ImportReport
from app.ui.controller import Controller

KINDS = ledger_import.KINDS


class LedgerImportController:
    def __init__(self, controller: Controller, maps_folder: Path | None = None) -> None:
        self.controller = controller
        self._folder = maps_folder  # None: the app-data folder

    @staticmethod
    def shown(text: str) -> str:
        """A header from the file fit to show (hidden characters as �)."""
        return tables.shown(text, 60)

    @staticmethod
    def fields(kind: str) -> tuple[str, ...]:
        return ledger_columns.FIELDS[kind]

    @staticmethod
    def label(kind: str) -> str:
        return ledger_import.label(kind)

    def suggest(self, kind: str, path: Path) -> ColumnMap:
        """The map for this file: the one remembered for the kind, else Mibu's own names."""
        return ledger_columns.suggest(kind, ledger_import.headers(path),
                                      self.remembered(kind))[0]

    def remembered(self, kind: str) -> ColumnMap | None:
        return ledger_columns.remembered(kind, self._folder)

    def remember(self, column_map: ColumnMap) -> None:
        """Keep the map for the next file of this kind (a failure to keep it is no error)."""
        remembered = self.remembered(column_map.kind)
        merged = column_map
        if remembered is not None:  # columns of earlier files stay known
            for header, field in remembered.columns:
                try:
                    column_map.field_of(header)
                except KeyError:
                    merged = merged.with_column(header, field)
        try:
            ledger_columns.save_map(ledger_columns.remembered_path(column_map.kind,
                                                                   self._folder), merged)
        except (OSError, MibuError):  # remembering is a convenience only
            return

    @staticmethod
    def load_map(path: Path, kind: str) -> ColumnMap:
        return ledger_columns.load_map(path, kind)

    @staticmethod
    def save_map(path: Path, column_map: ColumnMap) -> None:
        ledger_columns.save_map(path, column_map)

    def preview(self, kind: str, path: Path, column_map: ColumnMap | None,
                watch: Watch) -> Preview:
        c = self.controller
        return ledger_import.preview(c.register, c.actor, kind, path, column_map, watch=watch)

    def run(self, kind: str, path: Path, column_map: ColumnMap, only_valid: bool,
            watch: Watch) -> ImportReport:
        c = self.controller
        return ledger_import.run(c.register, c.actor, kind, path, column_map,
                                 only_valid=only_valid, watch=watch)

    def imported(self, kind: str) -> None:
        """Tell every area (called in the GUI thread, once the import is written)."""
        self.controller.changed.emit(kind)
