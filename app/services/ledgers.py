"""Importing and exporting the office's existing ledgers (台帐) of documents and people.

Every row is checked first; each bad row is reported with its line number and reason.
Nothing is written unless every row is valid, or the clerk asks to import only the valid
rows. An export writes the same format back, so it re-imports to the same register content.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import MibuError, ValidationError
from app.models.documents import Copy, CopyKind, Document, DocumentKind, ScopeEntry, ScopeKind
from app.models.enums import Clearance, Level, Role
from app.models.people import Organisation, Person, PersonStatus
from app.services import audit, documents, ledger_columns, people
from app.services.documents import CheckedReceipt, ReceiptInput, ScopeLine, ScopeResolver
from app.services.ledger_columns import ColumnMap, Watch
from app.services.register import Actor, Register, require_role
from app.services.tables import ImportReport, Row, RowError, cell_date, cell_text
from app.services.tables import write_table as _write_table

DOCUMENT_HEADER = ("收文编号", "文号", "标题", "来文单位", "收文日期", "密级", "保密期限", "份数",
                   "知悉范围", "清退期限", "备注")
PEOPLE_HEADER = ("姓名", "部门", "职务", "涉密等级", "状态")

T = TypeVar("T")
_COPIES = re.compile(r"^(\d{1,4})\s*(?:份)?\s*(?:[（(]\s*(?:份号\s*[:：]?)?\s*(.*?)\s*[)）])?$")


class _Refused(Exception):
    """Raised inside the write transaction to roll it back when rows were refused."""


def _row_error(row: Row, exc: MibuError) -> RowError:
    return RowError(row.line, exc.message, exc.field)


def _extra(row: Row) -> None:
    if "__extra__" in row.values:
        raise ValidationError("此行在表头之外还有内容", field="header")


# -- documents --------------------------------------------------------------------------------
def parse_copies(value: object) -> tuple[int, str | None]:
    """``份数`` as ``2`` or ``2（份号：3、4）``: the count and the copy numbers, if any."""
    s = cell_text(value).strip()
    m = _COPIES.match(s)
    if not m:
        raise ValidationError(f"份数“{s[:20]}”格式不正确：应为 2 或 2（份号：3、4）",
                              field="copies")
    return int(m.group(1)), (m.group(2) or None)


def copies_of(values: dict[str, object]) -> tuple[int, str | None]:
    """份数 and 份号 of a row: from the 份数 cell, and from a 份号 column of its own
    (``2-3``, ``5、7``, ``1,3``; the 份数 may then be left empty and is counted)."""
    column = values.get(ledger_columns.COPY_NUMBERS)
    if column is None or not cell_text(column).strip():
        return parse_copies(values.get("份数"))
    if isinstance(column, dt.date):  # Excel turned 2-3 into the 3rd of February
        raise ValidationError(
            f"份号栏“{cell_text(column)}”被表格软件当成了日期：请把份号列设为文本后重新填写"
            "（如 2-3）", field="copy_numbers")
    text = cell_text(column).strip()
    numbers = documents.parse_copy_numbers(text)  # refuses 3-1, abc, repeats
    if numbers is None:
        return parse_copies(values.get("份数"))
    if not cell_text(values.get("份数")).strip():
        return len(numbers), text
    count, in_cell = parse_copies(values.get("份数"))
    if in_cell is not None and documents.parse_copy_numbers(in_cell) != numbers:
        raise ValidationError(f"份数栏中的份号“{in_cell[:20]}”与份号栏“{text[:20]}”不一致",
                              field="copy_numbers")
    if len(numbers) != count:
        raise ValidationError(f"份号栏“{text[:20]}”共 {len(numbers)} 个份号，与份数 {count} 不符",
                              field="copy_numbers")
    return count, text


def format_copies(numbers: list[int | None]) -> str:
    """The 份数 cell: the count, and the 份号 when every copy has one."""
    if not numbers:
        return "0"
    if any(n is None for n in numbers):
        return str(len(numbers))
    return f"{len(numbers)}（份号：{compact_ranges(sorted(n for n in numbers if n))}）"


def compact_ranges(numbers: list[int]) -> str:
    parts: list[str] = []
    i = 0
    while i < len(numbers):
        j = i
        while j + 1 < len(numbers) and numbers[j + 1] == numbers[j] + 1:
            j += 1
        parts.append(str(numbers[i]) if i == j else f"{numbers[i]}-{numbers[j]}")
        i = j + 1
    return "、".join(parts)


def document_row(row: Row, ceiling: Level | None = None) -> CheckedReceipt:
    """One ledger row as a checked receipt (no database); ``ceiling``: the workstation's level."""
    _extra(row)
    v = row.values
    count, numbers = copies_of(v)
    period = cell_text(cell_date(v["保密期限"])).strip()
    if period.isdigit():
        period += "年"
    level_text = cell_text(v["密级"])
    level = Level.parse(level_text)
    documents.check_workstation_level(level, ceiling)
    if level >= Level.CONFIDENTIAL and numbers is None:
        raise ValidationError(
            f"{level.label}载体必须登记份号：请在份数栏写成 {count}（份号：1-{count}）",
            field="copy_numbers")
    return documents.check_receipt(ReceiptInput(
        internal_no=cell_text(v["收文编号"]),
        doc_number=cell_text(v["文号"]),
        title=cell_text(v["标题"]),
        sender=cell_text(v["来文单位"]),
        received_on=cell_date(v["收文日期"]),  # type: ignore[arg-type]
        level=level,
        period=period,
        copies=count,
        copy_numbers=numbers,
        scope=cell_text(v["知悉范围"]),
        return_deadline=cell_date(v["清退期限"]),  # type: ignore[arg-type]
        remarks=cell_text(v["备注"]),
    ))


def import_documents(register: Register, actor: Actor, path: Path, *,
                     only_valid: bool = False, column_map: ColumnMap | None = None,
                     watch: Watch | None = None) -> ImportReport:
    """``mibu import --kind documents``: the 收文 ledger (its headers through ``column_map``)."""
    ceiling = register.workstation.level  # rows above it are refused (003 第十三条)
    return _import(register, actor, Path(path), "documents", DOCUMENT_HEADER, only_valid,
                   lambda row: document_row(row, ceiling), _write_documents,
                   column_map=column_map, watch=watch)


def _write_documents(s: Session, actor: Actor, rows: list[tuple[Row, CheckedReceipt]],
                     report: ImportReport) -> None:
    results = documents.insert_received_many(s, actor, [checked for _, checked in rows],
                                             action="document.import")
    for (row, _), result in zip(rows, results, strict=True):
        if isinstance(result, ValidationError):
            report.errors.append(_row_error(row, result))
        else:
            report.written += 1


def export_documents(register: Register, actor: Actor, path: Path, *,
                     encoding: str = "utf-8") -> int:
    """``mibu export --kind documents``: every received document, in the import format."""
    require_role(actor, Role.CLERK, Role.AUDITOR)
    with register.read() as s:
        out = list(_document_rows(s))
    _write_table(Path(path), DOCUMENT_HEADER, out, encoding=encoding)
    _audit_export(register, actor, "documents", Path(path), len(out))
    return len(out)


def _document_rows(s: Session) -> Iterator[list[object]]:
    resolver = ScopeResolver(s)
    numbers: dict[int, list[int | None]] = {}
    for doc_id, copy_no in s.execute(
        select(Copy.document_id, Copy.copy_no).where(Copy.kind == CopyKind.ORIGINAL.value)
        .order_by(Copy.document_id, Copy.id)
    ):
        numbers.setdefault(doc_id, []).append(copy_no)
    scopes: dict[int, list[ScopeLine]] = {}
    for e in s.scalars(select(ScopeEntry).order_by(ScopeEntry.id)):
        scopes.setdefault(e.document_id, []).append(
            ScopeLine(ScopeKind(e.kind), e.value, e.person_id))
    stmt = (select(Document, Organisation.name)
            .outerjoin(Organisation, Organisation.id == Document.sender_id)
            .where(Document.kind == DocumentKind.RECEIVED.value).order_by(Document.id))
    for d, sender in s.execute(stmt):
        period = documents._period_of(d)
        yield [
            d.internal_no, d.doc_number, d.title, sender or "", d.received_on.isoformat(),
            Level(d.level).label, period.label, format_copies(numbers.get(d.id, [])),
            resolver.render(scopes.get(d.id, [])),
            d.return_deadline.isoformat() if d.return_deadline else "", d.remarks,
        ]


# -- people -----------------------------------------------------------------------------------
def person_row(row: Row) -> people.PersonFields:
    _extra(row)
    v = row.values
    return people.PersonFields.check(
        name=cell_text(v["姓名"]), department=cell_text(v["部门"]), post=cell_text(v["职务"]),
        clearance=cell_text(v["涉密等级"]),
        status=cell_text(v["状态"]) or PersonStatus.ON_POST.label,
    )


def import_people(register: Register, actor: Actor, path: Path, *,
                  only_valid: bool = False, column_map: ColumnMap | None = None,
                  watch: Watch | None = None) -> ImportReport:
    """``mibu import --kind people``: the 涉密人员 ledger (its headers through ``column_map``)."""
    return _import(register, actor, Path(path), "people", PEOPLE_HEADER, only_valid,
                   person_row, _write_people, column_map=column_map, watch=watch)


def _write_people(s: Session, actor: Actor, rows: list[tuple[Row, people.PersonFields]],
                  report: ImportReport) -> None:
    results = people.insert_people_many(s, actor, [fields for _, fields in rows])
    for (row, _), result in zip(rows, results, strict=True):
        if isinstance(result, ValidationError):
            report.errors.append(_row_error(row, result))
        else:
            report.written += 1


def export_people(register: Register, actor: Actor, path: Path, *,
                  encoding: str = "utf-8") -> int:
    require_role(actor, Role.CLERK, Role.ADMIN, Role.AUDITOR)
    with register.read() as s:
        out: list[list[object]] = [
            [p.name, p.department, p.post, Clearance(p.clearance).label,
             PersonStatus(p.status).label]
            for p in s.scalars(select(Person).order_by(Person.id))
        ]
    _write_table(Path(path), PEOPLE_HEADER, out, encoding=encoding)
    _audit_export(register, actor, "people", Path(path), len(out))
    return len(out)


# -- shared -----------------------------------------------------------------------------------
@contextlib.contextmanager
def _no_cycle_collection() -> Iterator[None]:
    """Python's cycle collector paused for a bulk import: the rows, checked values and
    statements it builds live until the end, and each full collection walked all of them
    again (some 10 % of a 10,000-row import). Nothing of it forms cycles to wait for."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


@_no_cycle_collection()
def _import(
    register: Register, actor: Actor, path: Path, kind: str, header: tuple[str, ...],
    only_valid: bool, parse: Callable[[Row], T],
    write: Callable[[Session, Actor, list[tuple[Row, T]], ImportReport], None],
    *, column_map: ColumnMap | None = None, watch: Watch | None = None,
) -> ImportReport:
    require_role(actor, Role.CLERK)
    # the file's own headers through the column map; rows keyed by ``header``'s names
    rows = ledger_columns.read_mapped(path, kind, column_map).rows
    if watch is not None:
        parse, write = watch.parsing(parse, len(rows)), watch.writing(write)
    report = ImportReport(kind=kind, rows=len(rows))
    checked: list[tuple[Row, T]] = []
    for row in rows:
        try:
            checked.append((row, parse(row)))
        except MibuError as exc:
            report.errors.append(_row_error(row, exc))
    if report.errors and not only_valid:
        return report  # nothing written: every pure error is reported
    try:
        with register.write() as s:
            write(s, actor, checked, report)
            if report.errors and not only_valid:
                raise _Refused
            if report.written:
                audit.record(s, actor.username, f"ledger.import_{kind}", "ledger", kind,
                             after={"文件": path.name, "行数": report.rows,
                                    "导入": report.written, "错误": len(report.errors)}
                             | ({"跳过": len(report.errors)} if only_valid else {}))
    except _Refused:
        report.written = 0
    report.errors.sort(key=lambda e: e.line)
    return report


def _audit_export(register: Register, actor: Actor, kind: str, path: Path, n: int) -> None:
    with register.write() as s:
        audit.record(s, actor.username, f"ledger.export_{kind}", "ledger", kind,
                     after={"文件": path.name, "行数": n})
