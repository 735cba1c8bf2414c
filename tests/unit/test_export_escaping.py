"""Exports are safe to open in WPS/Excel: no cell is a formula, and the round trip is exact.

Finding 1 of issue 11: a title like ``=HYPERLINK(...)`` or ``+cmd|' /C notepad'!A0`` was
written raw to CSV and became a live formula in XLSX, and re-importing that XLSX refused the
rows ("标题不能为空").
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook
from sqlalchemy import select

from app.models.documents import Document
from app.models.enums import Level
from app.services import ledgers, media, media_io, people
from app.services.register import Actor, Register, unlock
from app.services.tables import FORMULA_START, escape_cell, read_table, unescape_cell
from tests import doc_factories as f
from tests import factories
from tests.hostile import FORMULAS, table_counts

DANGEROUS = ("=", "+", "-", "@", "\t", "\r")


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_escaping_is_exact_and_never_leaves_a_formula(value: str) -> None:
    escaped = escape_cell(value)
    assert unescape_cell(escaped) == value
    assert not escaped.startswith(DANGEROUS)


def fill(register: Register, clerk: Actor) -> None:
    """Documents, people and media whose text starts like a formula (all storable)."""
    for i, title in enumerate(FORMULAS, start=1):
        f.receive(register, clerk, title=title, doc_number=f"京测发〔2026〕{i}号",
                  remarks=FORMULAS[-i], sender="@某单位" if i == 1 else "海淀区委",
                  level=Level.SECRET, copies=1, copy_numbers=[i])
    for i, name in enumerate(["=张三", "+李四", "-王五", "@赵六", "'钱七"]):
        people.add_person(register, clerk, name=name, department=FORMULAS[i][:32],
                          clearance="一般")
    for name in ("=SUM(1)", "王五"):  # the media's 责任人 (registered people)
        people.add_person(register, clerk, name=name, department="保密科", clearance="一般")
    for i, brand in enumerate(FORMULAS[:4]):
        media.register_medium(register, clerk, media.NewMedium(
            number=f"GP-{i:03d}", kind="光盘", brand_model=brand[:64], level="秘密",
            holder="=SUM(1)" if i == 0 else "王五"))


def export_all(register: Register, clerk: Actor, folder: Path, suffix: str) -> list[Path]:
    folder.mkdir()
    out = [folder / f"documents{suffix}", folder / f"people{suffix}", folder / f"media{suffix}"]
    ledgers.export_documents(register, clerk, out[0])
    ledgers.export_people(register, clerk, out[1])
    media_io.export_media(register, clerk, out[2])
    return out


def import_all(register: Register, clerk: Actor, files: list[Path]) -> None:
    assert ledgers.import_people(register, clerk, files[1]).ok
    report = ledgers.import_documents(register, clerk, files[0])
    assert report.ok, [str(e) for e in report.errors]
    media_io.import_media(register, clerk, files[2])


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_export_import_export_is_byte_identical(register: Register, clerk: Actor,
                                                tmp_path: Path, suffix: str) -> None:
    fill(register, clerk)
    first = export_all(register, clerk, tmp_path / "first", suffix)
    other = factories.new_register(tmp_path / "other.mibu")
    try:
        import_all(other.register, other.clerk, first)
        second = export_all(other.register, other.clerk, tmp_path / "second", suffix)
        with other.register.read() as s:
            titles = set(s.scalars(select(Document.title)))
    finally:
        other.register.close()
    assert titles == set(FORMULAS)  # stored as typed, the escaping undone
    for a, b in zip(first, second, strict=True):
        assert a.read_bytes() == b.read_bytes(), a.name


def test_csv_cells_are_escaped(register: Register, clerk: Actor, tmp_path: Path) -> None:
    fill(register, clerk)
    docs, people_file, media_file = export_all(register, clerk, tmp_path / "out", ".csv")
    for path in (docs, people_file, media_file):
        rows = list(csv.reader(io.StringIO(path.read_text("utf-8-sig"), newline="")))
        cells = [c for row in rows for c in row]
        assert not [c for c in cells if c.startswith(DANGEROUS)], path.name
    text = docs.read_text("utf-8-sig")
    assert "'=HYPERLINK(" in text and "'+cmd|" in text and "'''两个引号" in text
    assert "'-短横开头的标题" in text and "'@某单位" in text
    assert "'=张三" in people_file.read_text("utf-8-sig")
    assert "'=SUM(1)" in media_file.read_text("utf-8-sig")
    # and reading the file back gives the stored values
    values = read_table(docs, ledgers.DOCUMENT_HEADER)
    assert {v.values["标题"] for v in values} == set(FORMULAS)


def test_xlsx_cells_are_typed_text_never_formulas(register: Register, clerk: Actor,
                                                  tmp_path: Path) -> None:
    fill(register, clerk)
    for path in export_all(register, clerk, tmp_path / "out", ".xlsx"):
        with zipfile.ZipFile(path) as z:
            sheet = z.read("xl/worksheets/sheet1.xml").decode()
        assert "<f>" not in sheet and "<f " not in sheet, path.name  # no formula anywhere
        assert not re.search(r'<c [^>]*t="(?!inlineStr)', sheet)  # every cell a string
        wb = load_workbook(path)  # a full (not read-only) load, formulas not evaluated
        ws = wb.worksheets[0]
        for row in ws.iter_rows(min_row=2):
            for cell in row:
                if cell.value is None:  # an empty text cell
                    continue
                assert cell.data_type == "s", (path.name, cell.coordinate, cell.value)
                if isinstance(cell.value, str) and cell.value.startswith(FORMULA_START):
                    assert cell.quotePrefix, (path.name, cell.coordinate)
    wb = load_workbook(tmp_path / "out" / "documents.xlsx")
    titles = [c.value for c in wb.worksheets[0]["C"][1:]]
    assert titles == FORMULAS  # the text itself, unescaped: it is a typed cell


def test_formula_xlsx_reimports(register: Register, clerk: Actor, tmp_path: Path) -> None:
    """The refusal of finding 1 ("标题不能为空" on re-import) is gone."""
    fill(register, clerk)
    docs = export_all(register, clerk, tmp_path / "out", ".xlsx")[0]
    other = factories.new_register(tmp_path / "other.mibu")
    try:
        report = ledgers.import_documents(other.register, other.clerk, docs)
    finally:
        other.register.close()
    assert report.ok and report.written == len(FORMULAS), [str(e) for e in report.errors]


def test_same_register_gives_the_same_xlsx_bytes(register: Register, clerk: Actor,
                                                 tmp_path: Path) -> None:
    fill(register, clerk)
    a = export_all(register, clerk, tmp_path / "a", ".xlsx")
    b = export_all(register, clerk, tmp_path / "b", ".xlsx")
    assert [p.read_bytes() for p in a] == [p.read_bytes() for p in b]


def test_hand_made_csv_with_a_quote_prefix(register: Register, clerk: Actor,
                                           tmp_path: Path) -> None:
    """A ``'`` typed before a value (as in Excel) is not part of the value."""
    path = tmp_path / "people.csv"
    path.write_text("姓名,部门,职务,涉密等级,状态\r\n'=张三,'0101科,,一般,在岗\r\n",
                    encoding="utf-8")
    assert ledgers.import_people(register, clerk, path).ok
    (p,) = people.list_people(register)
    assert (p.name, p.department) == ("=张三", "0101科")


def test_export_into_a_missing_folder_is_refused(register: Register, clerk: Actor,
                                                 tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    """``mibu export`` into a folder that does not exist: a Chinese refusal, no traceback."""
    import io as _io

    from app.cli import main

    fill(register, clerk)
    before = table_counts(register)
    register.close()
    target = tmp_path / "no-such-folder" / "documents.csv"
    for kind in ("documents", "people", "media"):
        monkeypatch.setattr("sys.stdin", _io.StringIO(factories.PASSPHRASE + "\n"))
        code = main(["export", "--register", str(register.path), "--passphrase-stdin",
                     "--kind", kind, str(target)])
        err = capsys.readouterr().err
        assert code == 2
        assert f"导出的文件夹 {target.parent} 不存在：请先建立该文件夹" in err
    assert not target.parent.exists()
    again, _ = unlock(register.path, "clerk", factories.PASSPHRASE)
    try:
        after = table_counts(again)
    finally:
        again.close()
    before["audit_entry"] += 1  # the unlock that counts; the refusals came before unlocking
    assert after == before
