"""Malformed files at ``mibu import``: a Chinese refusal, a non-zero exit, nothing written.

Finding 9 of issue 11: broken xlsx XML, corrupt zip members and a folder named ``x.csv``
ended in tracebacks. Every file here goes through the command line (``main`` lets anything
but a refusal escape, so a traceback fails the test) for each kind of ledger, and random
bytes and random damage to a good file go through the services (hypothesis).
"""

from __future__ import annotations

import io
import struct
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook
from sqlalchemy import func, select

from app.cli import main
from app.errors import RuleViolation, ValidationError
from app.models.foundation import AuditEntry
from app.services import ledgers, media_io
from app.services.register import Actor, Register, unlock
from app.services.tables import ImportReport
from tests.factories import PASSPHRASE
from tests.hostile import table_counts

HEADERS = {"documents": ledgers.DOCUMENT_HEADER, "people": ledgers.PEOPLE_HEADER,
           "media": media_io.HEADER}
ROWS = {
    "documents": ["2026-收-0001", "京测发〔2026〕1号", "通知", "海淀区委", "2026-01-08", "秘密",
                  "10年", "1", "", "", ""],
    "people": ["王明", "办公室", "科员", "一般", "在岗"],
    "media": ["GP-001", "光盘", "Verbatim", "", "", "", "秘密", "王五", "在用"],
}

pytestmark = pytest.mark.usefixtures("holders")  # 责任人 are registered people


def good_xlsx(kind: str) -> bytes:
    """A valid ledger of one row (openpyxl writes inline strings)."""
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(list(HEADERS[kind]))
    ws.append(ROWS[kind])
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


SHEET_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"


def shared_strings_xlsx(kind: str, *, strings: bytes | None = None,
                        index_shift: int = 0) -> bytes:
    """The same ledger as Excel writes it: every text in ``xl/sharedStrings.xml``."""
    from xml.sax.saxutils import escape

    texts = list(HEADERS[kind]) + ROWS[kind]
    row_xml = []
    i = 0
    for r, row in enumerate((HEADERS[kind], ROWS[kind]), start=1):
        cells = []
        for c, _ in enumerate(row):
            cells.append(f'<c r="{chr(65 + c)}{r}" t="s"><v>{i + index_shift}</v></c>')
            i += 1
        row_xml.append(f'<row r="{r}">{"".join(cells)}</row>')
    sheet = (f'<worksheet xmlns="{SHEET_NS}"><sheetData>{"".join(row_xml)}</sheetData>'
             "</worksheet>").encode()
    sst = (f'<sst xmlns="{SHEET_NS}" count="{len(texts)}" uniqueCount="{len(texts)}">'
           + "".join(f"<si><t>{escape(t)}</t></si>" for t in texts) + "</sst>").encode()
    data = replace_member(good_xlsx(kind), "xl/worksheets/sheet1.xml", sheet)
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        types = z.read("[Content_Types].xml").replace(
            b"</Types>", b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
            b'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>')
    data = replace_member(data, "[Content_Types].xml", types)
    out = io.BytesIO(data)
    with zipfile.ZipFile(out, "a") as z:
        z.writestr("xl/sharedStrings.xml", sst if strings is None else strings)
    return out.getvalue()


def replace_member(data: bytes, name: str, content: bytes | None) -> bytes:
    """The zip with one member replaced (or removed, if ``content`` is None)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            if info.filename == name:
                if content is not None:
                    dst.writestr(info, content)
            else:
                dst.writestr(info, src.read(info.filename))
    return out.getvalue()


def corrupt_member(data: bytes, name: str) -> bytes:
    """Flip bytes inside the compressed data of one member (its CRC no longer matches)."""
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        info = z.getinfo(name)
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    raw = bytearray(data)
    for i in range(start + 5, start + min(info.compress_size, 40)):
        raw[i] ^= 0x5A
    return bytes(raw)


def zip_bomb_claim(data: bytes) -> bytes:
    """A central directory that claims 3.5 GB of content for the sheet."""
    raw = bytearray(data)
    i = raw.find(b"PK\x01\x02")
    while i != -1:
        name_len = struct.unpack_from("<H", raw, i + 28)[0]
        if raw[i + 46:i + 46 + name_len] == b"xl/worksheets/sheet1.xml":
            struct.pack_into("<I", raw, i + 24, 0xD0000000)
        i = raw.find(b"PK\x01\x02", i + 4)
    return bytes(raw)


def header_line(kind: str) -> str:
    return ",".join(HEADERS[kind])


# name -> (file name, make(kind, path), words of the refusal)
Maker = Callable[[str, Path], None]


def _bytes(make: Callable[[str], bytes]) -> Maker:
    return lambda kind, path: path.write_bytes(make(kind)) and None


MALFORMED: dict[str, tuple[str, Maker, str]] = {
    "empty-csv": ("x.csv", _bytes(lambda k: b""), "是空的"),
    "empty-xlsx": ("x.xlsx", _bytes(lambda k: b""), "是空的"),
    "folder-csv": ("x.csv", lambda k, p: p.mkdir(), "不是文件"),
    "folder-xlsx": ("x.xlsx", lambda k, p: p.mkdir(), "不是文件"),
    "missing": ("missing.csv", lambda k, p: None, "无法读取文件"),
    "wrong-suffix": ("x.ods", _bytes(lambda k: good_xlsx(k)), "不支持的文件类型"),
    "garbage-csv": ("x.csv", _bytes(lambda k: bytes(range(256)) * 4), "编码无法识别"),
    "nul-csv": ("x.csv", _bytes(lambda k: header_line(k).encode() + b"\x00\r\n"), "空字符"),
    "not-gb18030": ("x.csv", _bytes(lambda k: b"\xff\xfe\xff" * 50), "编码无法识别"),
    "utf16-csv": ("x.csv", _bytes(lambda k: header_line(k).encode("utf-16")), "编码无法识别"),
    "huge-cell": ("x.csv", _bytes(lambda k: (header_line(k) + "\r\n" + "密" * 200_000)
                                  .encode()), "单元格过大"),
    "no-header": ("x.csv", _bytes(lambda k: ",".join(ROWS[k]).encode()), "表头"),
    "blank-lines": ("x.csv", _bytes(lambda k: b"\r\n,,,\r\n \r\n"), "表头"),
    "garbage-xlsx": ("x.xlsx", _bytes(lambda k: bytes(range(256)) * 4), "不是有效的 .xlsx"),
    "truncated-xlsx": ("x.xlsx", _bytes(lambda k: good_xlsx(k)[:2000]), "不是有效的 .xlsx"),
    "zip-no-workbook": ("x.xlsx", _bytes(lambda k: replace_member(
        good_xlsx(k), "xl/workbook.xml", None)), "不是有效的 .xlsx"),
    "no-content-types": ("x.xlsx", _bytes(lambda k: replace_member(
        good_xlsx(k), "[Content_Types].xml", None)), "不是有效的 .xlsx"),
    "broken-workbook-xml": ("x.xlsx", _bytes(lambda k: replace_member(
        good_xlsx(k), "xl/workbook.xml", b"<workbook><sheets><sheet")), "不是有效的 .xlsx"),
    "broken-sheet-xml": ("x.xlsx", _bytes(lambda k: replace_member(
        good_xlsx(k), "xl/worksheets/sheet1.xml",
        b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        b'<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><row')), "损坏"),
    "garbage-sheet": ("x.xlsx", _bytes(lambda k: replace_member(
        good_xlsx(k), "xl/worksheets/sheet1.xml", bytes(range(256)))), "损坏"),
    "broken-shared-strings": ("x.xlsx", _bytes(lambda k: shared_strings_xlsx(
        k, strings=b"<sst><si><t>x</t>")), "损坏"),
    "wrong-shared-string-index": ("x.xlsx", _bytes(lambda k: shared_strings_xlsx(
        k, index_shift=99_999)), "损坏"),
    "corrupt-sheet-member": ("x.xlsx", _bytes(lambda k: corrupt_member(
        good_xlsx(k), "xl/worksheets/sheet1.xml")), "不是有效的 .xlsx"),
    "zip-bomb-claim": ("x.xlsx", _bytes(lambda k: zip_bomb_claim(good_xlsx(k))), "解压后过大"),
}


def imports_recorded(register: Register) -> int:
    with register.read() as s:
        return int(s.scalar(select(func.count()).select_from(AuditEntry)
                            .where(AuditEntry.action.like("%import%"))) or 0)


@pytest.mark.parametrize("kind", sorted(HEADERS))
def test_malformed_files_are_refused_in_chinese(
    register: Register, clerk: Actor, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str], kind: str,
) -> None:
    before = table_counts(register)
    before.pop("audit_entry")  # each unlock for an import is audited, and only that
    register.close()
    for case, (name, make, words) in sorted(MALFORMED.items()):
        folder = tmp_path / case
        folder.mkdir()
        path = folder / name
        make(kind, path)
        monkeypatch.setattr("sys.stdin", io.StringIO(PASSPHRASE + "\n"))
        code = main(["import", "--register", str(register.path), "--passphrase-stdin",
                     "--kind", kind, str(path)])
        err = capsys.readouterr().err
        assert code != 0, case
        assert words in err, (case, err)
        assert "Traceback" not in err, case
    again, _ = unlock(register.path, "clerk", PASSPHRASE)
    try:
        after = table_counts(again)
        assert imports_recorded(again) == 0
    finally:
        again.close()
    after.pop("audit_entry")
    assert after == before


@pytest.mark.parametrize("make", [good_xlsx, shared_strings_xlsx])
def test_a_good_file_of_each_kind_still_imports(register: Register, clerk: Actor,
                                                tmp_path: Path,
                                                make: Callable[[str], bytes]) -> None:
    """The damaged files above are made from these, which import."""
    for kind in ("people", "documents"):
        path = tmp_path / f"{kind}.xlsx"
        path.write_bytes(make(kind))
        fn = ledgers.import_people if kind == "people" else ledgers.import_documents
        assert fn(register, clerk, path).ok
    path = tmp_path / "media.xlsx"
    path.write_bytes(make("media"))
    assert media_io.import_media(register, clerk, path).count == 1


# -- property tests: random bytes and random damage, every kind ------------------------------
def run_import(register: Register, clerk: Actor, kind: str, path: Path) -> ImportReport | None:
    if kind == "media":
        media_io.import_media(register, clerk, path)
        return None
    fn = ledgers.import_people if kind == "people" else ledgers.import_documents
    return fn(register, clerk, path)


def check_import(register: Register, clerk: Actor, kind: str, path: Path) -> None:
    """Only a refusal or an import; a refusal writes nothing."""
    before = table_counts(register)
    try:
        report = run_import(register, clerk, kind, path)
    except (ValidationError, RuleViolation) as exc:
        assert exc.message and table_counts(register) == before
        return
    if report is not None and not report.ok:
        assert table_counts(register) == before


PROPERTY = settings(max_examples=40, deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture,
                                           HealthCheck.too_slow])


@PROPERTY
@given(kind=st.sampled_from(sorted(HEADERS)), suffix=st.sampled_from([".csv", ".xlsx"]),
       data=st.binary(min_size=1, max_size=2000))
def test_random_bytes(register: Register, clerk: Actor, tmp_path: Path, kind: str,
                      suffix: str, data: bytes) -> None:
    path = tmp_path / f"random{suffix}"
    path.write_bytes(data)
    check_import(register, clerk, kind, path)


_GOOD = {kind: good_xlsx(kind) for kind in HEADERS}


@PROPERTY
@given(kind=st.sampled_from(sorted(HEADERS)),
       damage=st.lists(st.tuples(st.floats(0, 1, exclude_max=True), st.integers(1, 255)),
                       min_size=1, max_size=8))
def test_damaged_xlsx(register: Register, clerk: Actor, tmp_path: Path, kind: str,
                      damage: list[tuple[float, int]]) -> None:
    raw = bytearray(_GOOD[kind])
    for where, xor in damage:
        raw[int(where * len(raw))] ^= xor
    path = tmp_path / "damaged.xlsx"
    path.write_bytes(bytes(raw))
    check_import(register, clerk, kind, path)


cells = st.one_of(st.text(max_size=40), st.sampled_from(
    ["", "=1+1", "'", "''", "-", "@", "秘密", "机密", "绝密", "10年", "2026-01-08", "1",
     "2（份号：1-2）", "光盘", "U盘", "在用", "一般", "在岗", "\u202e", "\u200b", "\x00",
     "密" * 300]))


@PROPERTY
@given(kind=st.sampled_from(sorted(HEADERS)),
       rows=st.lists(st.lists(cells, min_size=0, max_size=12), min_size=0, max_size=6),
       encoding=st.sampled_from(["utf-8", "utf-8-sig", "gb18030"]))
def test_random_csv_rows(register: Register, clerk: Actor, tmp_path: Path, kind: str,
                         rows: list[list[str]], encoding: str) -> None:
    import csv

    buf = io.StringIO(newline="")
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(HEADERS[kind])
    w.writerows(rows)
    path = tmp_path / "random.csv"
    try:
        path.write_bytes(buf.getvalue().encode(encoding))
    except UnicodeEncodeError:
        return  # a lone surrogate: not a file anyone can write
    check_import(register, clerk, kind, path)
