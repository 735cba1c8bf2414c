"""What ``mibu import`` and ``mibu export`` can read and write, by ``--kind``.

Each area registers its ledger kind here: ``KINDS[kind] = (import_fn, export_fn)`` with
``import_fn(register, actor, path, only_valid) -> ImportReport`` and
``export_fn(register, actor, path, encoding) -> rows written``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from app.errors import ValidationError
from app.services import ledgers
from app.services.register import Actor, Register
from app.services.tables import ImportReport, RowError

ImportFn = Callable[[Register, Actor, Path, bool], ImportReport]
ExportFn = Callable[[Register, Actor, Path, str], int]


def _import_documents(register: Register, actor: Actor, path: Path,
                      only_valid: bool) -> ImportReport:
    return ledgers.import_documents(register, actor, path, only_valid=only_valid)


def _export_documents(register: Register, actor: Actor, path: Path, encoding: str) -> int:
    return ledgers.export_documents(register, actor, path, encoding=encoding)


def _import_people(register: Register, actor: Actor, path: Path,
                   only_valid: bool) -> ImportReport:
    return ledgers.import_people(register, actor, path, only_valid=only_valid)


def _export_people(register: Register, actor: Actor, path: Path, encoding: str) -> int:
    return ledgers.export_people(register, actor, path, encoding=encoding)


def _import_media(register: Register, actor: Actor, path: Path,
                  only_valid: bool) -> ImportReport:
    from app.services import media_io

    if only_valid:
        raise ValidationError("移动存储介质台帐只能整份导入：请先改正文件中的错误行",
                              field="only_valid")
    try:
        result = media_io.import_media(register, actor, path)
    except media_io.ImportRefused as refused:
        return ImportReport(kind="media", rows=len(refused.problems), written=0,
                            errors=[RowError(line, msg) for line, msg in refused.problems])
    return ImportReport(kind="media", rows=result.count, written=result.count)


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
