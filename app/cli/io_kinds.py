"""What ``mibu import`` and ``mibu export`` can read and write, by ``--kind``.

Each area registers its ledger kind here: ``KINDS[kind] = (import_fn, export_fn)`` with
``import_fn(register, actor, path, only_valid, column_map) -> ImportReport`` (the file's
headers through the column map, :mod:`app.services.ledger_columns`) and
``export_fn(register, actor, path, encoding) -> rows written``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from app.services import ledger_import, ledgers
from app.services.ledger_columns import ColumnMap
from app.services.register import Actor, Register
from app.services.tables import ImportReport

ImportFn = Callable[[Register, Actor, Path, bool, ColumnMap | None], ImportReport]
ExportFn = Callable[[Register, Actor, Path, str], int]


def _import_documents(register: Register, actor: Actor, path: Path, only_valid: bool,
                      column_map: ColumnMap | None) -> ImportReport:
    return ledger_import.run(register, actor, "documents", path, column_map,
                             only_valid=only_valid)


def _export_documents(register: Register, actor: Actor, path: Path, encoding: str) -> int:
    return ledgers.export_documents(register, actor, path, encoding=encoding)


def _import_people(register: Register, actor: Actor, path: Path, only_valid: bool,
                   column_map: ColumnMap | None) -> ImportReport:
    return ledger_import.run(register, actor, "people", path, column_map,
                             only_valid=only_valid)


def _export_people(register: Register, actor: Actor, path: Path, encoding: str) -> int:
    return ledgers.export_people(register, actor, path, encoding=encoding)


def _import_media(register: Register, actor: Actor, path: Path, only_valid: bool,
                  column_map: ColumnMap | None) -> ImportReport:
    return ledger_import.run(register, actor, "media", path, column_map,
                             only_valid=only_valid)


def _export_media(register: Register, actor: Actor, path: Path, encoding: str) -> int:
    from app.services import media_io

    return media_io.export_media(register, actor, path, encoding=encoding)


KINDS: dict[str, tuple[ImportFn, ExportFn]] = {
    "documents": (_import_documents, _export_documents),  # 收文台帐
    "people": (_import_people, _export_people),  # 涉密人员台帐
    "media": (_import_media, _export_media),  # 移动存储介质台帐
}

#: What each kind is called in messages.
LABELS: dict[str, str] = {"documents": "收文台帐", "people": "涉密人员台帐",
                          "media": "移动存储介质台帐"}
