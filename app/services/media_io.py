"""Importing and exporting the media ledger: ``.xlsx`` (openpyxl) and ``.csv`` (UTF-8 or GB18030).

The header row is ``编号,介质类型,品牌型号,厂商ID,产品ID,序列号,密级,责任人,状态``; vendor
and product ids are 4 hex digits. Every row is checked before anything is written, and every
problem is reported with its line number; the import writes nothing unless all rows are
valid, and then writes them all in one transaction. An export re-imports identically.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path

from app.errors import MibuError, ValidationError
from app.models.enums import Role
from app.services import audit, media
from app.services.register import Actor, Register, require_role

HEADER = ("编号", "介质类型", "品牌型号", "厂商ID", "产品ID", "序列号", "密级", "责任人", "状态")
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
        shown = problems[:MAX_REPORTED]
        more = len(problems) - len(shown)
        lines = [f"第 {line} 行：{msg}" for line, msg in shown]
        if more > 0:
            lines.append(f"……另有 {more} 处错误")
        super().__init__("导入未执行（未写入任何记录）：\n" + "\n".join(lines), field="file")
        self.problems = problems


# -- reading files ------------------------------------------------------------------------------
def _read_rows(path: Path) -> list[tuple[int, list[str]]]:
    """(line number, cells) for every row of the file, header included."""
    path = Path(path)
    if not path.is_file():
        raise ValidationError(f"文件 {path.name} 不存在", field="file")
    if path.stat().st_size > MAX_FILE_BYTES:
        raise ValidationError("文件过大（最多 20 MB）", field="file")
    suffix = path.suffix.lower()
    if suffix == ".csv":
        return _read_csv(path.read_bytes())
    if suffix == ".xlsx":
        return _read_xlsx(path)
    raise ValidationError("只支持 .xlsx 和 .csv 文件", field="file")


def _read_csv(raw: bytes) -> list[tuple[int, list[str]]]:
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    for encoding in ("utf-8", "gb18030"):
        try:
            text = raw.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:  # pragma: no cover - gb18030 decodes almost anything
        raise ValidationError("无法识别文件编码（应为 UTF-8 或 GB18030）", field="file")
    if "\x00" in text:
        raise ValidationError("文件含有空字符，不是文本表格", field="file")
    try:
        reader = csv.reader(io.StringIO(text, newline=""))
        rows = []
        for row in reader:
            rows.append((reader.line_num, row))
            if len(rows) > MAX_ROWS + 1:
                raise ValidationError(f"行数过多（最多 {MAX_ROWS} 行）", field="file")
    except csv.Error as exc:
        raise ValidationError(f"CSV 格式错误：{exc}", field="file") from None
    return rows


def _read_xlsx(path: Path) -> list[tuple[int, list[str]]]:
    import zipfile

    from openpyxl import load_workbook

    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        raise ValidationError(f"无法读取 Excel 文件：{type(exc).__name__}", field="file") from None
    try:
        ws = wb.worksheets[0]
        rows = []
        for n, row in enumerate(ws.iter_rows(values_only=True), start=1):
            if n > MAX_ROWS + 1:
                raise ValidationError(f"行数过多（最多 {MAX_ROWS} 行）", field="file")
            rows.append((n, ["" if v is None else _cell_text(v) for v in row]))
        return rows
    finally:
        wb.close()


def _cell_text(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


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
    if tuple(header) != HEADER:
        raise ImportRefused([(header_line, "表头应为：" + ",".join(HEADER))])
    problems: list[tuple[int, str]] = []
    items: list[media.MediumData] = []
    seen_numbers: dict[str, int] = {}
    seen_ids: dict[tuple[str | None, str | None, str], int] = {}
    for line, cells in rows[1:]:
        if not any(c.strip() for c in cells):
            continue
        extra = cells[len(HEADER):]
        if any(c.strip() for c in extra):
            problems.append((line, f"列数过多（应为 {len(HEADER)} 列）"))
            continue
        cells = (cells + [""] * len(HEADER))[: len(HEADER)]
        number, kind, brand, vid, pid, serial, level, holder, status = cells
        try:
            item = media.clean(media.NewMedium(
                number=number, kind=kind, brand_model=brand, level=level, holder=holder,
                vendor_id=vid, product_id=pid, serial=serial, status=status or "在用",
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
            m.serial or "", m.highest_level.label, m.holder, m.status.label]


def export_media(register: Register, actor: Actor, path: Path, *,
                 encoding: str = "utf-8") -> int:
    """Write the whole ledger to ``path`` (.xlsx or .csv); return the number of rows."""
    require_role(actor, Role.CLERK, Role.AUDITOR)
    path = Path(path)
    rows = [_row(m) for m in media.list_media(register)]
    suffix = path.suffix.lower()
    if suffix == ".csv":
        if encoding.lower().replace("-", "") not in ("utf8", "gb18030"):
            raise ValidationError("CSV 编码只能是 UTF-8 或 GB18030", field="encoding")
        buf = io.StringIO(newline="")
        writer = csv.writer(buf, lineterminator="\r\n")
        writer.writerow(HEADER)
        writer.writerows(rows)
        data = buf.getvalue().encode("gb18030" if "gb" in encoding.lower() else "utf-8")
        path.write_bytes(data)
    elif suffix == ".xlsx":
        from openpyxl import Workbook
        from openpyxl.cell.cell import Cell

        wb = Workbook()
        ws = wb.create_sheet("移动存储介质台帐", 0)
        for other in wb.worksheets[1:]:
            wb.remove(other)
        ws.title = "移动存储介质台帐"
        ws.append(list(HEADER))
        for r in rows:
            ws.append(r)
        for col in ws.iter_cols(min_row=2):
            for cell in col:
                if isinstance(cell, Cell):
                    cell.number_format = "@"  # keep ids like 0781 as text
        wb.save(path)
    else:
        raise ValidationError("只支持 .xlsx 和 .csv 文件", field="file")
    with register.write() as s:
        audit.record(s, actor.username, "media.export", "file", path.name[:64],
                     after={"count": len(rows)})
    return len(rows)

