"""Importing and exporting the media ledger: ``.xlsx`` (openpyxl) and ``.csv`` (UTF-8 or GB18030).

The header row is ``编号,介质类型,品牌型号,厂商ID,产品ID,序列号,密级,责任人,状态,设备摘要``;
vendor and product ids are 4 hex digits; 设备摘要 is the device's hash as USBGuard shows it
(recorded at check-in; empty if never checked in). Files with the older nine columns (no
设备摘要) are still read. Every row is checked before anything is written, and every
problem is reported with its line number; the import writes nothing unless all rows are
valid, and then writes them all in one transaction. An export re-imports identically.
Files are read and written by the shared ledger reader and writer (:mod:`app.services.tables`),
which write every cell as text (no formulas) and read malformed files as a clear refusal.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app.errors import MibuError, ValidationError
from app.models.enums import Role
from app.services import audit, media, tables
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


class ImportRefused(ValidationError):
    """Some rows are invalid: ``problems`` lists them as (line, message); nothing was written."""

    def __init__(self, problems: list[tuple[int, str]]) -> None:
        first = problems[:MAX_REPORTED]
        more = len(problems) - len(first)
        # a message may quote the file's content: its hidden characters are shown as �
        lines = [f"第 {line} 行：{tables.shown(msg, len(msg))}" for line, msg in first]
        if more > 0:
            lines.append(f"……另有 {more} 处错误")
        super().__init__("导入未执行（未写入任何记录）：\n" + "\n".join(lines), field="file")
        self.problems = problems


# -- reading files ------------------------------------------------------------------------------
def _read_rows(path: Path) -> list[tuple[int, list[str]]]:
    """(line number, cells as text) for every row of the file, header included.

    The shared ledger reader (:func:`tables.raw_rows`): the same checks of the file, the
    same unescaping of CSV cells as every other ledger.
    """
    rows: list[tuple[int, list[str]]] = []
    for line, cells in tables.raw_rows(Path(path), max_bytes=MAX_FILE_BYTES):
        if len(rows) > MAX_ROWS:
            raise ValidationError(f"行数过多（最多 {MAX_ROWS} 行）", field="file")
        rows.append((line, [tables.cell_text(c) for c in cells]))
    return rows


# -- import -------------------------------------------------------------------------------------
def parse(path: Path) -> list[media.MediumData]:
    """Read and check every row; raise ImportRefused listing every bad line."""
    rows = _read_rows(path)
    if not rows:
        raise ValidationError("文件为空", field="file")
    header_line, header = rows[0]
    header = [c.strip() for c in header]
    while header and not header[-1]:
        header.pop()
    if tuple(header) not in (HEADER, LEGACY_HEADER):
        raise ImportRefused([(header_line, "表头应为：" + ",".join(HEADER))])
    width = len(header)
    problems: list[tuple[int, str]] = []
    items: list[media.MediumData] = []
    seen_numbers: dict[str, int] = {}
    seen_ids: dict[tuple[str | None, str | None, str], int] = {}
    for line, cells in rows[1:]:
        if not any(c.strip() for c in cells):
            continue
        extra = cells[width:]
        if any(c.strip() for c in extra):
            problems.append((line, f"列数过多（应为 {width} 列）"))
            continue
        cells = (cells + [""] * len(HEADER))[: len(HEADER)]
        number, kind, brand, vid, pid, serial, level, holder, status, dhash = cells
        try:
            item = media.clean(media.NewMedium(
                number=number, kind=kind, brand_model=brand, level=level, holder=holder,
                vendor_id=vid, product_id=pid, serial=serial, status=status or "在用",
                descriptor_hash=dhash,
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
        items.append(item)
    if problems:
        raise ImportRefused(problems)
    if not items:
        raise ValidationError("文件中没有数据行", field="file")
    return items


def import_media(register: Register, actor: Actor, path: Path) -> ImportResult:
    """All rows or none: checked first, then written in one transaction."""
    require_role(actor, Role.CLERK)
    items = parse(path)
    line_of = {it.number: n for n, it in enumerate(items, start=2)}
    with register.write() as s:
        problems: list[tuple[int, str]] = []
        for it in items:
            try:
                media.check_unique(s, it)
                media.holder_of(s, it.holder, it.level)  # 责任人: a registered person
            except MibuError as exc:
                problems.append((line_of[it.number], exc.message))
        if problems:
            raise ImportRefused(problems)
        for it in items:
            media.add_medium(s, actor, it, source=f"import:{Path(path).name}")
        audit.record(s, actor.username, "media.import", "file", Path(path).name[:64],
                     after={"count": len(items)})
    return ImportResult(len(items), tuple(it.number for it in items))


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

