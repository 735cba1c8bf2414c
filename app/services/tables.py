"""Ledger files (台帐): reading and writing ``.xlsx`` and ``.csv`` with a fixed header row.

Offices keep their ledgers in Excel. A ledger file has one header row, exactly as the kind
defines it, then one record per row. CSV files may be UTF-8 (with or without BOM) or GB18030
(what Chinese Excel writes); the encoding is detected. Every problem is a
:class:`ValidationError` naming the file, or a :class:`RowError` naming the line.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import zipfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from app.errors import ValidationError

MAX_FILE_BYTES = 100 * 1024 * 1024
MAX_ROWS = 200_000
SUFFIXES = (".xlsx", ".csv")
ENCODINGS = ("utf-8", "gb18030")


@dataclass(frozen=True)
class RowError:
    line: int  # the line (row) number in the file, header = 1
    message: str
    field: str | None = None

    def __str__(self) -> str:
        return f"第 {self.line} 行：{self.message}"


@dataclass
class ImportReport:
    """The outcome of an import: how many rows, how many written, each bad row."""

    kind: str
    rows: int = 0
    written: int = 0
    errors: list[RowError] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors

    def summary(self) -> str:
        if self.ok:
            return f"共 {self.rows} 行，已全部导入"
        if self.written:
            return (f"共 {self.rows} 行，已导入有效的 {self.written} 行，"
                    f"{len(self.errors)} 行有错误未导入")
        return f"共 {self.rows} 行，{len(self.errors)} 行有错误：未导入任何记录"


@dataclass(frozen=True)
class Row:
    line: int
    values: dict[str, object]  # header -> str, int, float, datetime or None


def _check_path(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise ValidationError(f"不支持的文件类型“{path.suffix}”：请使用 .xlsx 或 .csv",
                              field="file")
    return suffix


def read_table(path: Path, header: Sequence[str]) -> list[Row]:
    """Read a ledger file; the first non-empty row must be exactly ``header``."""
    path = Path(path)
    suffix = _check_path(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ValidationError(f"无法读取文件 {path.name}", field="file") from exc
    if size > MAX_FILE_BYTES:
        raise ValidationError(f"文件 {path.name} 过大（超过 100 MB）", field="file")
    if size == 0:
        raise ValidationError(f"文件 {path.name} 是空的", field="file")
    raw_rows = _xlsx_rows(path) if suffix == ".xlsx" else _csv_rows(path)
    rows: list[Row] = []
    seen_header = False
    for line, cells in raw_rows:
        if all(_blank(c) for c in cells):
            continue
        if not seen_header:
            got = [str(c).strip() if c is not None else "" for c in cells]
            while got and not got[-1]:
                got.pop()
            if got != list(header):
                raise ValidationError(
                    f"{path.name} 第 {line} 行的表头不正确：应为“{','.join(header)}”，"
                    f"实际为“{','.join(got)[:200]}”", field="header")
            seen_header = True
            continue
        extra = [c for c in cells[len(header):] if not _blank(c)]
        values = {h: (cells[i] if i < len(cells) else None) for i, h in enumerate(header)}
        if extra:
            values["__extra__"] = extra
        rows.append(Row(line, values))
        if len(rows) > MAX_ROWS:
            raise ValidationError(f"文件行数超过 {MAX_ROWS} 行", field="file")
    if not seen_header:
        raise ValidationError(f"{path.name} 没有表头行", field="header")
    return rows


def _blank(c: object) -> bool:
    return c is None or (isinstance(c, str) and not c.strip())


def _xlsx_rows(path: Path) -> Iterator[tuple[int, list[object]]]:
    from openpyxl import load_workbook

    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, TypeError, EOFError,
            IndexError, AttributeError) as exc:
        raise ValidationError(f"{path.name} 不是有效的 .xlsx 文件（文件损坏或不完整）",
                              field="file") from exc
    except Exception as exc:  # openpyxl raises its own InvalidFileException and others
        raise ValidationError(f"{path.name} 不是有效的 .xlsx 文件：{type(exc).__name__}",
                              field="file") from exc
    try:
        ws = wb.worksheets[0] if wb.worksheets else None
        if ws is None:
            raise ValidationError(f"{path.name} 没有工作表", field="file")
        try:
            for i, row in enumerate(ws.iter_rows(values_only=True), start=1):
                yield i, list(row)
        except (zipfile.BadZipFile, KeyError, ValueError, OSError, EOFError) as exc:
            raise ValidationError(f"{path.name} 内容损坏，无法读完", field="file") from exc
    finally:
        wb.close()


def decode(data: bytes, name: str) -> str:
    """UTF-8 (BOM or not) if it decodes, else GB18030."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    for enc in ENCODINGS:
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            continue
    raise ValidationError(f"{name} 的编码无法识别：请另存为 UTF-8 或 GB18030 的 CSV",
                          field="file")


def _csv_rows(path: Path) -> Iterator[tuple[int, list[object]]]:
    textdata = decode(path.read_bytes(), path.name)
    if "\x00" in textdata:
        raise ValidationError(f"{path.name} 含有空字符，不是文本 CSV 文件", field="file")
    reader = csv.reader(io.StringIO(textdata, newline=""))
    try:
        start = 1
        for cells in reader:
            yield start, list(cells)
            start = reader.line_num + 1
    except csv.Error as exc:
        raise ValidationError(f"{path.name} 第 {reader.line_num} 行 CSV 格式错误",
                              field="file") from exc


def cell_text(value: object) -> str:
    """A cell as text: numbers without ``.0``, dates as ISO."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def cell_date(value: object) -> object:
    """Excel date cells arrive as datetimes; keep them as dates, anything else as it is."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return cell_text(value)
    return value


def write_table(path: Path, header: Sequence[str], rows: Sequence[Sequence[object]],
                *, encoding: str = "utf-8") -> None:
    """Write a ledger file (.xlsx, or .csv in UTF-8 with BOM or GB18030)."""
    path = Path(path)
    suffix = _check_path(path)
    if suffix == ".csv":
        if encoding.lower().replace("-", "") not in ("utf8", "gb18030"):
            raise ValidationError("CSV 编码须为 UTF-8 或 GB18030", field="encoding")
        buf = io.StringIO(newline="")
        w = csv.writer(buf, lineterminator="\r\n")
        w.writerow(header)
        for r in rows:
            w.writerow(["" if v is None else cell_text(v) for v in r])
        data = buf.getvalue()
        raw = (("\ufeff" + data).encode("utf-8") if encoding.lower().startswith("utf")
               else data.encode("gb18030"))
        _write_private(path, raw)
        return
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    ws = wb.create_sheet("台帐")
    ws.append(list(header))
    for r in rows:
        ws.append(["" if v is None else cell_text(v) for v in r])
    out = io.BytesIO()
    wb.save(out)
    _write_private(path, out.getvalue())


def write_private(path: Path, data: bytes) -> None:
    """Exports contain classified titles: owner-only permissions, written whole.

    Written under a temporary name and renamed, so a full disk or a pulled medium leaves
    no partial or empty file: the temporary file is removed and the clerk told in Chinese.
    """
    import errno
    import os

    from app.errors import DiskFull, MibuError

    tmp = path.with_name(path.name + ".part")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, path)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
    except OSError as exc:
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            raise DiskFull(f"{path.parent} 所在磁盘已满：{path.name} 未导出，"
                           "未留下不完整的文件") from exc
        raise MibuError(f"无法写入 {path.name}（{exc.strerror or exc}）：未导出",
                        field="file") from exc


_write_private = write_private
