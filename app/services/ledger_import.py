"""Importing a ledger (导入台帐) of any kind through a column map, with a preview first.

The window and ``mibu import`` both come here. :func:`preview` reads the file through the
map and shows its first rows as Mibu will take them, with EVERY bad row, its line and its
reason, before anything is written: the rows' own checks, and what the register refuses (a
份号 or 编号 already registered), found by rehearsing the write in a transaction that is
rolled back. :func:`run` imports all rows (nothing if any is bad, as always) or only the
valid ones (the audit entry says how many were skipped).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app.errors import ValidationError
from app.models.enums import Role
from app.services import ledgers, media_io
from app.services.ledger_columns import (
    FIELDS,
    KIND_LABELS,
    ColumnMap,
    DryRun,
    Watch,
    known_field,
    plan,
    read_header,
    read_mapped,
)
from app.services.register import Actor, Register, require_role
from app.services.tables import ImportReport, RowError, cell_text, shown

KINDS = tuple(FIELDS)
PREVIEW_ROWS = 50  # rows shown as they will be imported


@dataclass(frozen=True)
class PreviewRow:
    line: int
    cells: tuple[str, ...]  # by :attr:`Preview.fields`
    error: str | None  # why the row would not be imported


@dataclass(frozen=True)
class Preview:
    kind: str
    file_name: str
    headers: tuple[str, ...]  # the file's columns
    column_map: ColumnMap  # every column of the file: its field, or None (not imported)
    left_out: tuple[str, ...]  # columns not imported (序号 and the like, which Mibu
    #                            ignores by itself, are not listed)
    fields: tuple[str, ...]  # Mibu's fields that receive a column, in the ledger's order
    rows: tuple[PreviewRow, ...]  # the first rows
    total: int  # data rows in the file
    errors: tuple[RowError, ...]  # every bad row, by line
    valid: int  # rows "import only the valid rows" would write

    @property
    def ok(self) -> bool:
        return not self.errors and self.total > 0


def headers(path: Path) -> tuple[str, ...]:
    """The file's header row (its first non-blank row)."""
    return read_header(Path(path))[1]


def preview(register: Register, actor: Actor, kind: str, path: Path,
            column_map: ColumnMap | None = None, *, watch: Watch | None = None,
            shown_rows: int = PREVIEW_ROWS) -> Preview:
    """The file as Mibu will import it, every bad row with its reason; nothing written.

    A ``column_map`` that leaves a column out, or a file column nobody knows, is not imported
    (the preview lists such columns in ``left_out``); a header the map cannot place (a field
    twice, a required field missing) raises a :class:`ValidationError` naming the header line.
    """
    require_role(actor, Role.CLERK)
    path = Path(path)
    if kind not in KINDS:
        raise ValidationError("未知的台帐种类", field="kind")
    line, file_headers = read_header(path)
    used, _ = plan(kind, file_headers, column_map, path.name, line, lenient=True)
    table = read_mapped(path, kind, used, first=shown_rows)
    fields = tuple(f for f in FIELDS[kind] if any(f == c for _, c in used.columns))
    watch = watch or Watch()
    rehearsal = Watch(progress=watch.progress, cancelled=watch.cancelled, rehearse=True,
                      every=watch.every)
    if kind == "media":
        items, problems, total = media_io.check_rows(path, used, rehearsal)
        with register.read() as s:
            refused = media_io.check_in_register(s, items)
        errors = [RowError(ln, msg) for ln, msg in sorted(problems + refused)]
        valid = len(items) - len(refused)
    else:
        importer = ledgers.import_documents if kind == "documents" else ledgers.import_people
        try:
            report = importer(register, actor, path, only_valid=True, column_map=used,
                              watch=rehearsal)
        except DryRun as rehearsed:
            report = rehearsed.report
        errors = sorted(report.errors, key=lambda e: e.line)
        total, valid = report.rows, report.written
    bad = {e.line: e.message for e in errors}
    rows = tuple(PreviewRow(r.line, tuple(_text(r.values.get(f)) for f in fields),
                            bad.get(r.line)) for r in table.rows)
    return Preview(kind, path.name, file_headers, used,
                   tuple(shown(h, 60) for h in _left_out(kind, used)), fields, rows, total,
                   tuple(errors), valid)


def _left_out(kind: str, used: ColumnMap) -> tuple[str, ...]:
    out = []
    for header, field in used.columns:
        if field is None:
            try:
                if known_field(kind, header) is None:
                    continue  # 序号: never imported
            except KeyError:
                pass
            out.append(header)
    return tuple(out)


def _text(value: object) -> str:
    """A cell fit to show: hidden characters as �, long text cut."""
    return shown(cell_text(value).strip(), 200)


def run(register: Register, actor: Actor, kind: str, path: Path,
        column_map: ColumnMap | None = None, *, only_valid: bool = False,
        watch: Watch | None = None) -> ImportReport:
    """Import a ledger of ``kind``: every row, or nothing if any row is bad; ``only_valid``:
    the valid rows, the others reported and skipped."""
    path = Path(path)
    if kind == "documents":
        return ledgers.import_documents(register, actor, path, only_valid=only_valid,
                                        column_map=column_map, watch=watch)
    if kind == "people":
        return ledgers.import_people(register, actor, path, only_valid=only_valid,
                                     column_map=column_map, watch=watch)
    if kind != "media":
        raise ValidationError("未知的台帐种类", field="kind")
    try:
        result = media_io.import_media(register, actor, path, column_map=column_map,
                                       only_valid=only_valid, watch=watch)
    except media_io.ImportRefused as refused:
        return ImportReport(kind="media", rows=refused.rows or len(refused.problems),
                            written=0,
                            errors=[RowError(line, msg) for line, msg in refused.problems])
    return ImportReport(kind="media", rows=result.count + len(result.skipped),
                        written=result.count,
                        errors=[RowError(line, msg) for line, msg in result.skipped])


def label(kind: str) -> str:
    """What a kind of ledger is called."""
    return KIND_LABELS[kind]
