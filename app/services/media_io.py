"""Importing and exporting the media ledger: ``.xlsx`` (openpyxl) and ``.csv`` (UTF-8 or GB18030).

The header row is ``编号,介质类型,品牌型号,厂商ID,产品ID,序列号,密级,责任人,状态,设备摘要``;
vendor and product ids are 4 hex digits; 设备摘要 is the device's hash as USBGuard shows it
(recorded at check-in; empty if never checked in). Files with the older nine columns (no
设备摘要) are still read. Every row is checked before anything is written, and every
problem is reported with its line number; the import writes nothing unless all rows are
valid, and then writes them all in one transaction (or, asked to, only the valid rows, the
audit entry saying how many were skipped). An office's own headers (设备编号, 保管人, 序号 ...)
are read through a column map (:mod:`app.services.ledger_columns`). An export re-imports
identically.
Files are read and written by the shared ledger reader and writer (:mod:`app.services.tables`),
which write every cell as text (no formulas) and read malformed files as a clear refusal.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from app.errors import MibuError, ValidationError
from app.models.enums import Role
from app.services import audit, ledger_columns, media, tables
from app.services.register import Actor, Register, require_role

HEADER = ("编号", "介质类型", "品牌型号", "厂商ID", "产品ID", "序列号", "密级", "责任人", "状态",
          "设备摘要")
LEGACY_HEADER = HEADER[:9]  # before the device hash was carried
MAX_ROWS = 10_000
MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_REPORTED = 50


@dataclass(frozen=True)
class ImportResult:
    count: int
    numbers: tuple[str, ...]
    skipped: tuple[tuple[int, str], ...] = ()  # (line, why) of rows not imported (only valid)


class ImportRefused(ValidationError):
    """Some rows are invalid: ``problems`` lists them as (line, message); nothing was written."""

    def __init__(self, problems: list[tuple[int, str]], rows: int = 0) -> None:
        first = problems[:MAX_REPORTED]
        more = len(problems) - len(first)
        # a message may quote the file's content: its hidden characters are shown as �
        lines = [f"第 {line} 行：{tables.shown(msg, len(msg))}" for line, msg in first]
        if more > 0:
            lines.append(f"……另有 {more} 处错误")
        super().__init__("导入未执行（未写入任何记录）：\n" + "\n".join(lines), field="file")
        self.problems = problems
        self.rows = rows  # data rows in the file, when known


# -- reading files ------------------------------------------------------------------------------
def _read(path: Path, column_map: ledger_columns.ColumnMap | None
          ) -> ledger_columns.MappedTable:
    """The file's rows by field, its headers through ``column_map`` (the shared ledger
    reader: the same checks of the file, the same unescaping of CSV cells as every ledger)."""
    try:
        return ledger_columns.read_mapped(Path(path), "media", column_map,
                                          max_bytes=MAX_FILE_BYTES, max_rows=MAX_ROWS)
    except ValidationError as exc:
        if exc.field != "header":
            if "行数超过" in exc.message:
                raise ValidationError(f"行数过多（最多 {MAX_ROWS} 行）", field="file") from exc
            raise
        try:
            line = ledger_columns.read_header(Path(path), max_bytes=MAX_FILE_BYTES)[0]
        except ValidationError:
            raise ImportRefused([(1, "表头应为：" + ",".join(HEADER))]) from exc
        detail = exc.message.split("：", 1)[-1]
        raise ImportRefused([(line, "表头应为：" + ",".join(HEADER) + f"（{detail}）")]) from exc


# -- import -------------------------------------------------------------------------------------
def check_rows(path: Path, column_map: ledger_columns.ColumnMap | None = None,
               watch: ledger_columns.Watch | None = None
               ) -> tuple[list[tuple[int, media.MediumData]], list[tuple[int, str]], int]:
    """Every row checked (no database): the valid ones with their lines, the problems as
    (line, message), and how many rows the file has."""
    table = _read(path, column_map)
    problems: list[tuple[int, str]] = []
    items: list[tuple[int, media.MediumData]] = []
    seen_numbers: dict[str, int] = {}
    seen_ids: dict[tuple[str | None, str | None, str], int] = {}
    total = len(table.rows)
    for done, row in enumerate(table.rows, start=1):
        if watch is not None and (done % watch.every == 0 or done == total):
            watch.check()
            if watch.progress is not None:
                watch.progress(done, total)
        line = row.line
        if "__extra__" in row.values:
            problems.append((line, f"列数过多（应为 {len(table.headers)} 列）"))
            continue
        v = {f: tables.cell_text(row.values.get(f)) for f in HEADER}
        try:
            item = media.clean(media.NewMedium(
                number=v["编号"], kind=v["介质类型"], brand_model=v["品牌型号"],
                level=v["密级"], holder=v["责任人"], vendor_id=v["厂商ID"],
                product_id=v["产品ID"], serial=v["序列号"], status=v["状态"] or "在用",
                descriptor_hash=v["设备摘要"],
            ))
        except MibuError as exc:
            problems.append((line, exc.message))
            continue
        if item.number in seen_numbers:
            problems.append((line, f"编号“{item.number}”与第 {seen_numbers[item.number]} 行重复"))
            continue
        seen_numbers[item.number] = line
        if item.serial is not None:
            key = (item.vendor_id, item.product_id, item.serial)
            if key in seen_ids:
                problems.append((line, f"序列号 {item.serial[:40]} 与第 {seen_ids[key]} 行重复"))
                continue
            seen_ids[key] = line
        items.append((line, item))
    return items, problems, total


def parse(path: Path, column_map: ledger_columns.ColumnMap | None = None
          ) -> list[media.MediumData]:
    """Read and check every row; raise ImportRefused listing every bad line."""
    items, problems, total = check_rows(path, column_map)
    if problems:
        raise ImportRefused(problems)
    if not total:
        raise ValidationError("文件中没有数据行", field="file")
    return [item for _, item in items]


def check_in_register(s: Session, items: list[tuple[int, media.MediumData]]
                      ) -> list[tuple[int, str]]:
    """What the register refuses: a number or serial already in the ledger, a 责任人 who is
    not a registered person (or not cleared for the medium's level)."""
    problems: list[tuple[int, str]] = []
    for line, it in items:
        try:
            media.check_unique(s, it)
            media.holder_of(s, it.holder, it.level)  # 责任人: a registered person
        except MibuError as exc:
            problems.append((line, exc.message))
    return problems


def import_media(register: Register, actor: Actor, path: Path, *,
                 column_map: ledger_columns.ColumnMap | None = None, only_valid: bool = False,
                 watch: ledger_columns.Watch | None = None) -> ImportResult:
    """All rows or none: checked first, then written in one transaction. ``only_valid``:
    the valid rows are written, the others skipped (``skipped``, and in the audit entry)."""
    require_role(actor, Role.CLERK)
    items, problems, total = check_rows(path, column_map, watch)
    if problems and not only_valid:
        raise ImportRefused(problems, total)
    if not total:
        raise ValidationError("文件中没有数据行", field="file")
    with register.write() as s:
        refused = check_in_register(s, items)
        if refused and not only_valid:
            raise ImportRefused(refused, total)
        problems = sorted(problems + refused)
        bad = {line for line, _ in refused}
        items = [(line, it) for line, it in items if line not in bad]
        if watch is not None:
            watch.check()
            if watch.writing_now is not None:
                watch.writing_now()
        for _, it in items:
            media.add_medium(s, actor, it, source=f"import:{Path(path).name}")
        if watch is not None:
            watch.check()  # cancelled while writing: rolled back
        if items:
            after: dict[str, object] = {"count": len(items)}
            if only_valid:
                after["跳过"] = len(problems)
            audit.record(s, actor.username, "media.import", "file", Path(path).name[:64],
                         after=after)
    return ImportResult(len(items), tuple(it.number for _, it in items), tuple(problems))


# -- export -------------------------------------------------------------------------------------
def _row(m: media.MediumView) -> list[str]:
    return [m.number, m.kind.label, m.brand_model, m.vendor_id or "", m.product_id or "",
            m.serial or "", m.highest_level.label, m.holder, m.status.label,
            m.descriptor_hash or ""]


def export_media(register: Register, actor: Actor, path: Path, *,
                 encoding: str = "utf-8") -> int:
    """Write the whole ledger to ``path`` (.xlsx or .csv); return the number of rows."""
    require_role(actor, Role.CLERK, Role.AUDITOR)
    path = Path(path)
    rows = [_row(m) for m in media.list_media(register)]
    tables.write_table(path, HEADER, rows, encoding=encoding, sheet="移动存储介质台帐")
    with register.write() as s:
        audit.record(s, actor.username, "media.export", "file", path.name[:64],
                     after={"count": len(rows)})
    return len(rows)

