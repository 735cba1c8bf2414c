"""Ledger files (台帐): reading and writing ``.xlsx`` and ``.csv`` with a fixed header row.

Offices keep their ledgers in Excel. A ledger file has one header row, exactly as the kind
defines it, then one record per row. CSV files may be UTF-8 (with or without BOM) or GB18030
(what Chinese Excel writes); the encoding is detected. Every problem is a
:class:`ValidationError` naming the file, or a :class:`RowError` naming the line; a file
that is not what it claims to be (a broken zip, broken XML, binary data, a folder) is a
:class:`ValidationError` too, never another exception.

Exports are opened in WPS or Excel, which evaluate a cell that starts with ``=``, ``+``,
``-`` or ``@`` (``=HYPERLINK(...)``, ``+cmd|' /C calc'!A0``). So every cell is written as
text: in ``.xlsx`` as a typed string cell (with Excel's "quote prefix" style, so editing it
keeps it text); in ``.csv`` by the conventional escaping, a ``'`` before a value that starts
with one of ``= + - @``, a tab, a line break, or ``'`` itself (:func:`escape_cell`). Reading
a CSV removes one leading ``'`` (:func:`unescape_cell`), so export → import → export gives
the same bytes for every value the register can store.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import warnings
import zipfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.errors import ValidationError
from app.services.checks import hidden_character

MAX_FILE_BYTES = 100 * 1024 * 1024
MAX_UNZIPPED_BYTES = 1024 * 1024 * 1024  # an .xlsx is a zip: refuse a "zip bomb" unopened
MAX_CELLS = 20_000_000
MAX_ROWS = 200_000
SUFFIXES = (".xlsx", ".csv")
ENCODINGS = ("utf-8", "gb18030")
#: A cell starting with one of these is evaluated (or mangled) by a spreadsheet; ``'`` is
#: here so that a value that really starts with ``'`` survives the round trip.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n", "'")
#: The time stamp of every member of a written .xlsx (zip), so the same rows give the same bytes.
_STABLE_TIME = (1980, 1, 1, 0, 0, 0)


def escape_cell(value: str) -> str:
    """A CSV cell a spreadsheet shows as text: ``'`` before a value that would be evaluated."""
    return "'" + value if value.startswith(FORMULA_START) else value


def unescape_cell(value: str) -> str:
    """The value :func:`escape_cell` escaped (one leading ``'`` removed)."""
    return value[1:] if value.startswith("'") else value


def shown(value: object, limit: int = 40, *, multiline: bool = False) -> str:
    """A file's content fit to quote in a message: hidden characters (which could reorder
    or hide the words around them on the screen) shown as U+FFFD ``�``."""
    text = cell_text(value)[:limit]
    return "".join("\ufffd" if hidden_character(c, multiline=multiline) else c for c in text)


@dataclass(frozen=True)
class RowError:
    line: int  # the line (row) number in the file, header = 1
    message: str  # may quote the row's content: hidden characters are shown as �
    field: str | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "message", shown(self.message, len(self.message)))

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


def raw_rows(path: Path, *, max_bytes: int = MAX_FILE_BYTES) -> Iterator[tuple[int, list[object]]]:
    """(line number, cells) of every row of a ``.xlsx`` or ``.csv`` file, header included.

    CSV cells are unescaped (:func:`unescape_cell`). Anything wrong with the file itself
    raises a :class:`ValidationError` with ``field="file"``, while reading or on the way.
    """
    path = Path(path)
    suffix = _check_path(path)
    try:
        st = path.stat()
    except OSError as exc:
        raise ValidationError(f"无法读取文件 {path.name}：文件不存在或无权读取",
                              field="file") from exc
    if not path.is_file():
        raise ValidationError(f"{path.name} 不是文件（是文件夹或设备）", field="file")
    if st.st_size > max_bytes:
        raise ValidationError(f"文件 {path.name} 过大（超过 {max_bytes // (1024 * 1024)} MB）",
                              field="file")
    if st.st_size == 0:
        raise ValidationError(f"文件 {path.name} 是空的", field="file")
    return _xlsx_rows(path) if suffix == ".xlsx" else _csv_rows(path)


def read_table(path: Path, header: Sequence[str]) -> list[Row]:
    """Read a ledger file; the first non-empty row must be exactly ``header``."""
    path = Path(path)
    rows: list[Row] = []
    seen_header = False
    cells_read = 0
    for line, cells in raw_rows(path):
        cells_read += len(cells)
        if cells_read > MAX_CELLS:
            raise ValidationError(f"文件 {path.name} 的单元格过多", field="file")
        if all(_blank(c) for c in cells):
            continue
        if not seen_header:
            got = [cell_text(c).strip() for c in cells]
            while got and not got[-1]:
                got.pop()
            if got != list(header):
                raise ValidationError(
                    f"{path.name} 第 {line} 行的表头不正确：应为“{','.join(header)}”，"
                    f"实际为“{shown(','.join(got), 200)}”", field="header")
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

    _skip_sheet_size()

    broken = f"{path.name} 不是有效的 .xlsx 文件（文件损坏或不完整）"
    try:
        with zipfile.ZipFile(path) as z:
            if sum(i.file_size for i in z.infolist()) > MAX_UNZIPPED_BYTES:
                raise ValidationError(f"{path.name} 解压后过大，不是普通的台帐文件",
                                      field="file")
        with warnings.catch_warnings():  # openpyxl warns of what it skips in odd files
            warnings.simplefilter("ignore")
            wb = load_workbook(path, read_only=True, data_only=True)
    except ValidationError:
        raise
    # A file from elsewhere can make zipfile, zlib, the XML parser or openpyxl raise almost
    # anything (BadZipFile, zlib.error, ParseError, KeyError, TypeError, ...): all of it
    # means "not a valid .xlsx", and nothing has been written yet.
    except Exception as exc:
        raise ValidationError(broken, field="file") from exc
    try:
        ws = wb.worksheets[0] if wb.worksheets else None
        if ws is None:
            raise ValidationError(f"{path.name} 没有工作表", field="file")
        line = 0
        try:
            ws.reset_dimensions()  # trust the cells, not the sheet's claimed size
            for line, row in enumerate(ws.iter_rows(values_only=True), start=1):
                yield line, list(row)
        except Exception as exc:  # the same, for a damaged worksheet or shared strings
            if not line:  # not one row could be read: the sheet itself is broken
                raise ValidationError(broken, field="file") from exc
            raise ValidationError(f"{path.name} 内容损坏，无法读完（第 {line + 1} 行附近）",
                                  field="file") from exc
    finally:
        wb.close()


def _skip_sheet_size() -> None:
    """Two shortcuts in openpyxl's read-only sheets, installed once.

    A read-only sheet looks for its claimed size when the workbook is loaded; without a
    ``<dimension>`` element (Mibu's own exports have none) that parses the whole sheet once
    more before the rows are read. :func:`_xlsx_rows` never uses the claimed size
    (``reset_dimensions``): it is not read. And an inline string cell (what Mibu and many
    tools write) is read as its plain text directly instead of through openpyxl's rich-text
    object model (``Text.from_tree(...).content``, the same text): together, half of
    reading a 100,000-row ledger.
    """
    from openpyxl.reader import excel
    from openpyxl.worksheet import _read_only
    from openpyxl.worksheet._read_only import ReadOnlyWorksheet
    from openpyxl.worksheet._reader import INLINE_STRING, WorkSheetParser

    if excel.ReadOnlyWorksheet is not ReadOnlyWorksheet:
        return
    ns = INLINE_STRING[:-len("is")]
    text_tag, run_tag = f"{ns}t", f"{ns}r"

    class _Sheet(ReadOnlyWorksheet):
        def _get_size(self) -> None:
            pass

    class _Parser(WorkSheetParser):
        def parse_cell(self, element: Any) -> dict[str, Any]:
            child = element.find(INLINE_STRING)
            if (element.get("t") != "inlineStr" or child is None or self.rich_text
                    or not self.data_only):
                return dict(super().parse_cell(element))
            parts = [t.text for t in (child.find(text_tag),
                                      *(r.find(text_tag) for r in child.iterfind(run_tag)))
                     if t is not None and t.text is not None]
            element.set("t", "str")  # no inline string left: openpyxl does the rest
            cell = dict(super().parse_cell(element))
            cell["value"], cell["data_type"] = "".join(parts), "s"
            return cell

    _read_only.WorkSheetParser = _Parser
    excel.ReadOnlyWorksheet = _Sheet


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
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ValidationError(f"无法读取文件 {path.name}", field="file") from exc
    textdata = decode(data, path.name)
    if "\x00" in textdata:
        raise ValidationError(f"{path.name} 含有空字符，不是文本 CSV 文件", field="file")
    reader = csv.reader(io.StringIO(textdata, newline=""))
    try:
        start = 1
        for cells in reader:
            yield start, [unescape_cell(c) for c in cells]
            start = reader.line_num + 1
    except csv.Error as exc:
        too_big = "field larger than field limit" in str(exc)
        raise ValidationError(
            f"{path.name} 第 {reader.line_num} 行"
            + ("有一个单元格过大（超过 131072 个字符）" if too_big else " CSV 格式错误"),
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
                *, encoding: str = "utf-8", sheet: str = "台帐") -> None:
    """Write a ledger file (.xlsx, or .csv in UTF-8 with BOM or GB18030), every cell as text.

    The same rows give the same bytes (no time stamps inside the file).
    """
    path = Path(path)
    suffix = _check_path(path)
    if suffix == ".csv":
        if encoding.lower().replace("-", "") not in ("utf8", "gb18030"):
            raise ValidationError("CSV 编码须为 UTF-8 或 GB18030", field="encoding")
        buf = io.StringIO(newline="")
        w = csv.writer(buf, lineterminator="\r\n")
        w.writerow(header)
        for r in rows:
            w.writerow([escape_cell("" if v is None else cell_text(v)) for v in r])
        data = buf.getvalue()
        raw = (("\ufeff" + data).encode("utf-8") if encoding.lower().startswith("utf")
               else data.encode("gb18030"))  # GB18030 encodes every Unicode character
        _write_private(path, raw)
        return
    _write_private(path, _xlsx_bytes(header, rows, sheet))


def _xlsx_bytes(header: Sequence[str], rows: Sequence[Sequence[object]], sheet: str) -> bytes:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.packaging.core import DocumentProperties
    from openpyxl.xml.functions import tostring

    wb = Workbook(write_only=True)
    ws = wb.create_sheet(sheet)
    ws.append(list(header))

    def text_cell(value: object) -> WriteOnlyCell:
        s = "" if value is None else cell_text(value)
        cell = WriteOnlyCell(ws, value=s)
        cell.data_type = "s"  # a string, never a formula, whatever it starts with
        cell.number_format = "@"  # edited in Excel/WPS, it stays text (ids like 0781)
        if s.startswith(FORMULA_START):
            cell.quotePrefix = True
        return cell

    for r in rows:
        ws.append([text_cell(v) for v in r])
    out = io.BytesIO()
    wb.save(out)
    # openpyxl stamps the file with the time it was saved; rewrite the zip without it, so
    # that the same ledger always gives the same bytes.
    stable = io.BytesIO()
    fixed = dt.datetime(2000, 1, 1)
    with zipfile.ZipFile(out) as src, zipfile.ZipFile(stable, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = tostring(DocumentProperties(creator="密簿", created=fixed,
                                                   modified=fixed).to_tree())
            dst.writestr(zipfile.ZipInfo(info.filename, _STABLE_TIME), data,
                         compress_type=zipfile.ZIP_DEFLATED)
    return stable.getvalue()


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
