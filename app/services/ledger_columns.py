"""The columns of an office's own ledger (台帐) mapped to Mibu's fields (列对照).

Offices keep their ledgers with their own headers: 来文机关 or 发文单位 for 来文单位, a 序号
column, the 份号 in a column of its own, 备注 in two columns. A :class:`ColumnMap` says, for
each header of the file, which of Mibu's fields it holds (or that it is not imported). Headers
Mibu knows (its own, and the usual other names in :data:`ALIASES`) map by themselves; a map
saved as a small JSON file (remembered per kind in the window, ``mibu import --map FILE`` on
the command line) says the rest.

Reading a file through a map gives the same :class:`~app.services.tables.Row` values, keyed by
Mibu's field names, as reading a file with Mibu's own header: the row checks and the writing
code do not know a map was used. Only 备注 may take several columns (joined with "；").
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar, cast

from app.errors import ValidationError
from app.services.tables import (
    MAX_CELLS,
    MAX_FILE_BYTES,
    MAX_ROWS,
    ImportReport,
    Row,
    cell_text,
    raw_rows,
    shown,
)

#: 份号 in a column of its own (documents): ``2-3``, ``5、7``, ``1,3``.
COPY_NUMBERS = "份号"
REMARKS = "备注"
#: What the clerk chooses for a column that is not imported.
IGNORED_LABEL = "（不导入）"
#: Several columns may be joined into these fields.
JOINED = frozenset({REMARKS})
JOIN_WITH = "；"
MAX_MAP_BYTES = 256 * 1024

KIND_LABELS = {"documents": "收文台帐", "people": "涉密人员台帐", "media": "移动存储介质台帐"}

#: Mibu's fields for each kind, in the order the ledger lists them (the export's header,
#: plus 份号 for documents).
FIELDS: dict[str, tuple[str, ...]] = {
    "documents": ("收文编号", "文号", "标题", "来文单位", "收文日期", "密级", "保密期限", "份数",
                  COPY_NUMBERS, "知悉范围", "清退期限", REMARKS),
    "people": ("姓名", "部门", "职务", "涉密等级", "状态"),
    "media": ("编号", "介质类型", "品牌型号", "厂商ID", "产品ID", "序列号", "密级", "责任人",
              "状态", "设备摘要"),
}
#: Fields a file must have a column for (a missing one would refuse every row).
REQUIRED: dict[str, frozenset[str]] = {
    "documents": frozenset({"标题", "来文单位", "收文日期", "密级"}),
    "people": frozenset({"姓名", "部门"}),
    "media": frozenset({"编号", "介质类型", "密级", "责任人"}),
}
#: Either of these is enough (份数 may be counted from the 份号).
ONE_OF: dict[str, tuple[frozenset[str], ...]] = {
    "documents": (frozenset({"份数", COPY_NUMBERS}),),
}

_IGNORE = None
#: Other names offices give the columns (after :func:`normalise`): header → field, or None
#: for a column that is never imported (序号).
ALIASES: dict[str, dict[str, str | None]] = {
    "documents": {
        "序号": _IGNORE, "顺序号": _IGNORE, "编号": "收文编号", "收文号": "收文编号",
        "收文序号": "收文编号", "登记号": "收文编号", "发文字号": "文号", "文件字号": "文号",
        "发文文号": "文号", "来文字号": "文号", "来文文号": "文号", "文件编号": "文号",
        "字号": "文号", "文件标题": "标题", "文件名称": "标题", "题目": "标题", "标题名称": "标题",
        "来文机关": "来文单位", "发文单位": "来文单位", "发文机关": "来文单位",
        "来文机关单位": "来文单位", "来文部门": "来文单位", "发文部门": "来文单位",
        "收文时间": "收文日期", "收到日期": "收文日期", "签收日期": "收文日期", "日期": "收文日期",
        "登记日期": "收文日期", "秘密等级": "密级", "文件密级": "密级", "保密期": "保密期限",
        "密级期限": "保密期限", "数量": "份数", "份数份": "份数", "文件份数": "份数",
        "文件份号": COPY_NUMBERS, "份号份": COPY_NUMBERS, "传阅范围": "知悉范围",
        "阅知范围": "知悉范围", "清退日期": "清退期限", "清退时间": "清退期限",
        "退还期限": "清退期限", "附注": REMARKS, "说明": REMARKS,
    },
    "people": {
        "序号": _IGNORE, "顺序号": _IGNORE, "人员姓名": "姓名", "涉密人员": "姓名",
        "所在部门": "部门", "单位部门": "部门", "处室": "部门", "科室": "部门", "岗位": "职务",
        "职务职级": "职务", "职级": "职务", "涉密等级": "涉密等级", "涉密类别": "涉密等级",
        "涉密程度": "涉密等级", "人员类别": "涉密等级", "在岗状态": "状态", "人员状态": "状态",
    },
    "media": {
        "序号": _IGNORE, "顺序号": _IGNORE, "介质编号": "编号", "设备编号": "编号",
        "统一编号": "编号", "类型": "介质类型", "介质种类": "介质类型", "种类": "介质类型",
        "型号": "品牌型号", "品牌": "品牌型号", "vid": "厂商ID", "pid": "产品ID",
        "厂商号": "厂商ID", "产品号": "产品ID", "序列号sn": "序列号", "sn": "序列号",
        "介质密级": "密级", "保管人": "责任人", "使用人": "责任人", "责任人员": "责任人",
        "使用状态": "状态",
    },
}
_SPACE = re.compile(r"[\s\u3000:：*＊]+")
_NUMBERED = re.compile(r"^(.+?)[（(]?[0-9一二三四五六七八九十]+[)）]?$")


def normalise(header: str) -> str:
    """A header as the aliases know it: no spaces (full-width ones included), no colon or
    star, Latin letters in lower case; ``份数（份）`` → ``份数份``."""
    text = _SPACE.sub("", header).replace("（", "").replace("）", "")
    return text.replace("(", "").replace(")", "").lower()


def _kind(kind: str) -> str:
    if kind not in FIELDS:
        raise ValidationError("未知的台帐种类", field="kind")
    return kind


def known_field(kind: str, header: str) -> str | None:
    """Mibu's field for a header it knows, None for one it ignores (序号); KeyError if the
    header is unknown. ``备注1``/``备注（二）`` are 备注; ``份号`` is 份号."""
    fields = FIELDS[_kind(kind)]
    key = normalise(header)
    for f in fields:
        if key == normalise(f):
            return f
    aliases = ALIASES[kind]
    if key in aliases:
        return aliases[key]
    m = _NUMBERED.match(key)  # 备注1, 备注二, 备注(2)
    if m and m.group(1) in (normalise(f) for f in JOINED & set(fields)):
        return next(f for f in fields if normalise(f) == m.group(1))
    raise KeyError(header)


@dataclass(frozen=True)
class ColumnMap:
    """Which field each header of a file holds (None: not imported)."""

    kind: str
    columns: tuple[tuple[str, str | None], ...]  # (header as in the file, field or None)

    def field_of(self, header: str) -> str | None:
        """The field of a header (matched as :func:`normalise` does); KeyError if absent."""
        key = normalise(header)
        for h, f in self.columns:
            if normalise(h) == key:
                return f
        raise KeyError(header)

    def with_column(self, header: str, field: str | None) -> ColumnMap:
        """This map with one header's field changed (or added)."""
        if field is not None and field not in FIELDS[self.kind]:
            raise ValidationError(f"“{shown(field)}”不是{KIND_LABELS[self.kind]}的项目",
                                  field="map")
        key = normalise(header)
        cols = [(h, f) for h, f in self.columns if normalise(h) != key]
        return ColumnMap(self.kind, (*cols, (header, field)))

    def to_json(self) -> str:
        return json.dumps({"kind": self.kind, "columns": dict(self.columns)},
                          ensure_ascii=False, indent=2) + "\n"


def suggest(kind: str, headers: Sequence[str], remembered: ColumnMap | None = None
            ) -> tuple[ColumnMap, tuple[str, ...]]:
    """A map for a file's headers: the remembered map's choice, else the field Mibu knows,
    else not imported. Also the headers nobody knew (shown to the clerk to choose)."""
    cols: list[tuple[str, str | None]] = []
    unknown: list[str] = []
    for h in headers:
        if not h.strip():
            continue
        field: str | None
        try:
            field = remembered.field_of(h) if remembered is not None else known_field(kind, h)
        except KeyError:
            try:
                field = known_field(kind, h)
            except KeyError:
                field = None
                unknown.append(h)
        cols.append((h, field))
    return ColumnMap(kind, tuple(cols)), tuple(unknown)


# -- the map as a file ------------------------------------------------------------------------
def parse_map(text: str, kind: str, name: str = "对照表") -> ColumnMap:
    """A map from its JSON text: ``{"kind": "documents", "columns": {"来文机关": "来文单位",
    "序号": null}}`` (``kind`` may be left out; a field of null, "" or 不导入 is not imported)."""
    label = KIND_LABELS[_kind(kind)]
    bad = f"列对照表 {name} 格式不正确"
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValidationError(f"{bad}：第 {exc.lineno} 行附近不是有效的 JSON", field="map") from exc
    except RecursionError as exc:
        raise ValidationError(f"{bad}：嵌套过深", field="map") from exc
    if not isinstance(data, dict) or not isinstance(data.get("columns"), dict):
        raise ValidationError(f"{bad}：应含有“columns”，列名对应密簿项目", field="map")
    own = data.get("kind", kind)
    if own != kind:
        other = KIND_LABELS.get(own) if isinstance(own, str) else None
        raise ValidationError(
            f"列对照表 {name} 是{other or '其他台帐'}的，不能用于{label}", field="map")
    cols: list[tuple[str, str | None]] = []
    for header, field in data["columns"].items():
        if not header.strip():
            raise ValidationError(f"{bad}：有一个列名是空的", field="map")
        if field is None or (isinstance(field, str) and field.strip() in ("", "不导入",
                                                                          IGNORED_LABEL)):
            cols.append((header, None))
            continue
        if not isinstance(field, str) or field.strip() not in FIELDS[kind]:
            raise ValidationError(
                f"{bad}：列“{shown(header)}”对应的“{shown(field)}”不是{label}的项目"
                f"（可用：{'、'.join(FIELDS[kind])}，或“不导入”）", field="map")
        cols.append((header, field.strip()))
    if len(cols) > 500:
        raise ValidationError(f"{bad}：列过多", field="map")
    return ColumnMap(kind, tuple(cols))


def load_map(path: Path, kind: str) -> ColumnMap:
    """``mibu import --map FILE``, or the map remembered for a kind."""
    path = Path(path)
    try:
        if path.stat().st_size > MAX_MAP_BYTES:
            raise ValidationError(f"列对照表 {path.name} 过大，不是对照表文件", field="map")
        data = path.read_bytes()
    except OSError as exc:
        raise ValidationError(f"无法读取列对照表 {path.name}：文件不存在或无权读取",
                              field="map") from exc
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = data.decode("gb18030")
        except UnicodeDecodeError as exc:
            raise ValidationError(f"列对照表 {path.name} 的编码无法识别：请存为 UTF-8",
                                  field="map") from exc
    return parse_map(text, kind, path.name)


def save_map(path: Path, column_map: ColumnMap) -> None:
    """Write a map (owner-only, whole or not at all)."""
    from app.services.tables import write_private

    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    write_private(path, column_map.to_json().encode("utf-8"))


def remembered_path(kind: str, folder: Path | None = None) -> Path:
    """Where the window remembers the last map used for a kind (the app-data folder)."""
    if folder is None:
        from app.paths import data_dir

        folder = data_dir()
    return Path(folder) / "import-maps" / f"{_kind(kind)}.json"


def remembered(kind: str, folder: Path | None = None) -> ColumnMap | None:
    """The map remembered for a kind, or None (none yet, or one that no longer reads)."""
    path = remembered_path(kind, folder)
    if not path.exists():
        return None
    try:
        return load_map(path, kind)
    except ValidationError:
        return None


# -- reading a file through a map --------------------------------------------------------------
@dataclass(frozen=True)
class MappedTable:
    """A ledger file read through a map: its header line, headers and rows by field."""

    name: str
    header_line: int
    headers: tuple[str, ...]
    column_map: ColumnMap
    unknown: tuple[str, ...]  # headers neither the map nor Mibu knew (not imported)
    rows: list[Row]


def read_header(path: Path, *, max_bytes: int = MAX_FILE_BYTES) -> tuple[int, tuple[str, ...]]:
    """The first non-blank row of a ledger file: (its line, its headers)."""
    path = Path(path)
    for line, cells in raw_rows(path, max_bytes=max_bytes):
        got = [cell_text(c).strip() for c in cells]
        while got and not got[-1]:
            got.pop()
        if got:
            return line, tuple(got)
    raise ValidationError(f"{path.name} 没有表头行", field="header")


def plan(kind: str, headers: Sequence[str], column_map: ColumnMap | None, name: str,
         line: int, *, lenient: bool = False) -> tuple[ColumnMap, tuple[str, ...]]:
    """Check a map against a file's headers: every column known (unless ``lenient``: an
    unknown column is then not imported), every field at most once (备注 excepted), every
    field the kind needs present. Refusals name the header line."""
    label = KIND_LABELS[_kind(kind)]
    used, unknown = suggest(kind, headers, column_map)
    where = f"{name} 第 {line} 行的表头不正确"
    if unknown and not lenient:
        raise ValidationError(
            f"{where}：不知道列“{'”“'.join(shown(h, 20) for h in unknown[:5])}”是{label}的哪一项"
            f"（应为“{','.join(f for f in FIELDS[kind] if f != COPY_NUMBERS)}”，"
            "或用列对照表指明各列）", field="header")
    by_field: dict[str, list[str]] = {}
    for h, f in used.columns:
        if f is not None:
            by_field.setdefault(f, []).append(h)
    for f, hs in by_field.items():
        if len(hs) > 1 and f not in JOINED:
            raise ValidationError(
                f"{where}：“{f}”对应了 {len(hs)} 列（{'、'.join(shown(h, 20) for h in hs)}）："
                f"只有{'、'.join(sorted(JOINED))}可以对应多列", field="header")
    missing = [f for f in FIELDS[kind] if f in REQUIRED[kind] and f not in by_field]
    for group in ONE_OF.get(kind, ()):
        if not group & by_field.keys():
            missing.append("或".join(f for f in FIELDS[kind] if f in group))
    if missing:
        raise ValidationError(f"{where}：缺少“{'”“'.join(missing)}”列", field="header")
    return used, unknown


T = TypeVar("T")
W = TypeVar("W", bound=Callable[..., None])


def read_mapped(path: Path, kind: str, column_map: ColumnMap | None = None, *,
                lenient: bool = False, max_bytes: int = MAX_FILE_BYTES,
                max_rows: int = MAX_ROWS, first: int | None = None) -> MappedTable:
    """Read a ledger file through a map (None: the headers Mibu knows). Each row's values
    are keyed by Mibu's field names; a row with content beyond the header has ``__extra__``;
    the 备注 columns are joined. Blank rows are skipped. ``first``: only that many rows."""
    path = Path(path)
    seen: MappedTable | None = None
    rows: list[Row] = []
    cells_read = 0
    index: list[tuple[str, list[int]]] = []
    unnamed: list[int] = []
    absent: dict[str, None] = {}
    width = 0
    source = raw_rows(path, max_bytes=max_bytes)
    for line, cells in source:
        cells_read += len(cells)
        if cells_read > MAX_CELLS:
            raise ValidationError(f"文件 {path.name} 的单元格过多", field="file")
        if all(_blank(c) for c in cells):
            continue
        if seen is None:
            headers = [cell_text(c).strip() for c in cells]
            while headers and not headers[-1]:
                headers.pop()
            used, unknown = plan(kind, headers, column_map, path.name, line, lenient=lenient)
            positions: dict[str, list[int]] = {}
            for i, h in enumerate(headers):
                if h:
                    f = used.field_of(h)
                    if f is not None:
                        positions.setdefault(f, []).append(i)
            index = [(f, positions[f]) for f in FIELDS[kind] if f in positions]
            absent = dict.fromkeys(f for f in FIELDS[kind] if f not in positions)
            unnamed = [i for i, h in enumerate(headers) if not h]  # content there is refused
            width = len(headers)
            seen = MappedTable(path.name, line, tuple(headers), used, unknown, rows)
            continue
        n = len(cells)
        values: dict[str, object] = dict(absent)  # a field without a column: empty
        for f, at in index:
            if len(at) == 1:
                i = at[0]
                values[f] = cells[i] if i < n else None
            else:
                parts = [cell_text(cells[i]).strip() for i in at if i < n]
                values[f] = JOIN_WITH.join(p for p in parts if p)
        if n > width or unnamed:
            extra = [c for c in cells[width:] if not _blank(c)]
            extra += [cells[i] for i in unnamed if i < n and not _blank(cells[i])]
            if extra:
                values["__extra__"] = extra
        rows.append(Row(line, values))
        if first is not None and len(rows) >= first:
            close = getattr(source, "close", None)
            if close is not None:
                close()  # the workbook is closed now, not when collected
            break
        if len(rows) > max_rows:
            raise ValidationError(f"文件行数超过 {max_rows} 行", field="file")
    if seen is None:
        raise ValidationError(f"{path.name} 没有表头行", field="header")
    return seen


def _blank(c: object) -> bool:
    return c is None or (isinstance(c, str) and not c.strip())


# -- progress and cancelling -------------------------------------------------------------------
class Cancelled(Exception):  # not a MibuError: never taken for a row's error
    """The clerk cancelled: nothing was written."""

    message = "已取消：未导入任何记录"


class DryRun(Exception):  # the end of a rehearsal, not an error
    """Raised after a rehearsed write (:attr:`Watch.rehearse`): the transaction is rolled
    back; ``report`` says what the import would have written and refused."""

    def __init__(self, report: ImportReport) -> None:
        super().__init__("dry run")
        self.report = report


@dataclass(frozen=True)
class Watch:
    """How a long import tells its progress and learns it was cancelled (from a worker
    thread: both are called in that thread). ``rehearse``: write in the transaction, find
    what the register refuses (a 份号 already registered), then roll it all back."""

    progress: Callable[[int, int], None] | None = None  # (rows checked, rows in the file)
    cancelled: Callable[[], bool] | None = None
    writing_now: Callable[[], None] | None = None  # the checks are done; writing starts
    rehearse: bool = False
    every: int = 200

    def check(self) -> None:
        if self.cancelled is not None and self.cancelled():
            raise Cancelled

    def parsing(self, parse: Callable[[Row], T], total: int) -> Callable[[Row], T]:
        """``parse`` that reports every ``every`` rows and stops when cancelled."""
        done = 0

        def watched(row: Row) -> T:
            nonlocal done
            done += 1
            if done % self.every == 0 or done == total:
                self.check()
                if self.progress is not None:
                    self.progress(done, total)
            return parse(row)

        return watched

    def writing(self, write: W) -> W:
        """``write`` that stops (rolling the transaction back) when cancelled before or
        during it, or after it when only rehearsing."""

        def watched(*args: object) -> None:
            self.check()
            if self.writing_now is not None:
                self.writing_now()
            write(*args)
            self.check()  # cancelled while writing: still inside the transaction
            if self.rehearse:
                report = args[-1]  # always raised: a rehearsal never commits
                raise DryRun(report if isinstance(report, ImportReport) else ImportReport(""))

        return cast(W, watched)
