"""Import and export of the office's ledgers (台帐): .xlsx and .csv (UTF-8 or GB18030)."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.cli import main
from app.errors import ValidationError
from app.models.documents import Copy, Document
from app.models.enums import Level
from app.models.foundation import AuditEntry
from app.models.people import Person
from app.services import documents, ledgers, periods, search
from app.services.register import Actor, Register
from app.services.search import DocumentFilter
from app.services.tables import read_table, write_table
from tests import factories

DATA = Path(__file__).resolve().parent.parent / "data"
PEOPLE_XLSX = DATA / "people_ledger.xlsx"
PEOPLE_CSV = DATA / "people_ledger.csv"
DOCS_XLSX = DATA / "documents_ledger_2026.xlsx"
DOCS_CSV = DATA / "documents_ledger_2016-2025_gb18030.csv"


def counts(register: Register) -> tuple[int, ...]:
    with register.read() as s:
        return tuple(int(s.scalar(select(func.count()).select_from(t)) or 0)
                     for t in (Document, Copy, Person, AuditEntry))


def import_samples(register: Register, clerk: Actor) -> None:
    for path, fn in ((PEOPLE_XLSX, ledgers.import_people), (DOCS_XLSX, ledgers.import_documents),
                     (DOCS_CSV, ledgers.import_documents)):
        report = fn(register, clerk, path)
        assert report.ok, [str(e) for e in report.errors]


# The sample office keeps 绝密 items: its ledgers go to a 绝密 register (003 第十三条).
@pytest.mark.workstation(Level.TOP_SECRET)
def test_sample_ledgers_import_and_can_be_searched(register: Register, clerk: Actor) -> None:
    import_samples(register, clerk)
    assert counts(register)[:3] == (27, 49, 12)
    haidian = search.search_documents(register, DocumentFilter(text="海淀"), limit=100)
    assert len(haidian) == 12
    assert all("海淀" in r.title + r.sender for r in haidian)
    y2016 = {r.doc_number for r in search.search_documents(register,
                                                           DocumentFilter(text="发〔2016〕"))}
    assert y2016 == {"中办发〔2016〕5号", "京海发〔2016〕12号", "京发〔2016〕21号"}
    doc = documents.find_document(register, "2016-收-0003")
    assert [c.copy_no for c in documents.list_copies(register, doc.id)] == [15, 16]
    assert doc.scope_text == "局领导、办公室" and doc.return_deadline is not None
    history = documents.item_history(register, document_id=doc.id)
    assert [h.action for h in history] == ["document.import"]
    # periods ended by now are listed for confirmation
    expired = {d.internal_no for d in periods.expired_documents(register)}
    assert {"2016-收-0011", "2016-收-0027", "2017-收-0004"} <= expired
    top = documents.find_document(register, "2025-收-0030")
    boss = next(p for p in search_people(register) if p.name == "张建国")
    assert documents.may_receive(register, top.id, boss.id) is None


def search_people(register: Register) -> list:  # type: ignore[type-arg]
    from app.services import people

    return people.list_people(register)


def test_people_csv_reads_like_the_xlsx() -> None:
    a = read_table(PEOPLE_XLSX, ledgers.PEOPLE_HEADER)
    b = read_table(PEOPLE_CSV, ledgers.PEOPLE_HEADER)
    assert [r.values for r in a] == [r.values for r in b]


@pytest.mark.workstation(Level.TOP_SECRET)
@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_export_reimports_to_the_same_content(register: Register, clerk: Actor, tmp_path: Path,
                                              suffix: str) -> None:
    import_samples(register, clerk)
    people_out = tmp_path / f"people{suffix}"
    docs_out = tmp_path / f"docs{suffix}"
    assert ledgers.export_people(register, clerk, people_out) == 12
    assert ledgers.export_documents(register, clerk, docs_out,
                                    encoding="gb18030" if suffix == ".csv" else "utf-8") == 27
    other = factories.new_register(tmp_path / "other.mibu", level=Level.TOP_SECRET)
    try:
        assert ledgers.import_people(other.register, other.clerk, people_out).ok
        report = ledgers.import_documents(other.register, other.clerk, docs_out)
        assert report.ok, [str(e) for e in report.errors]
        again = tmp_path / f"again{suffix}"
        ledgers.export_documents(other.register, other.clerk, again,
                                 encoding="gb18030" if suffix == ".csv" else "utf-8")
        first = [r.values for r in read_table(docs_out, ledgers.DOCUMENT_HEADER)]
        second = [r.values for r in read_table(again, ledgers.DOCUMENT_HEADER)]
        assert first == second and len(first) == 27
        assert counts(other.register)[:3] == counts(register)[:3]
    finally:
        other.register.close()


BAD_ROWS = [
    ["", "京海发〔2026〕1号", "通知", "海淀区委", "2026-01-08", "秘密", "10年", "1", "", "", ""],
    ["", "京海发〔2026〕2号", "", "海淀区委", "2026-01-08", "秘密", "10年", "1", "", "", ""],
    ["", "京海发〔2026〕3号", "标题", "海淀区委", "2099-01-08", "秘密", "10年", "1", "", "", ""],
    ["", "京海发〔2026〕4号", "标题", "海淀区委", "2026-01-08", "特级", "10年", "1", "", "", ""],
    ["", "京海发〔2026〕5号", "标题", "海淀区委", "2026-01-08", "机密", "10年", "2", "", "", ""],
    ["", "京海发〔2026〕6号", "标题", "海淀区委", "2026-01-08", "秘密", "11年", "1", "", "", ""],
    ["", "京海发〔2026〕7号", "标\x07题", "海淀区委", "2026-01-08", "秘密", "", "1", "", "", ""],
    ["", "京海发〔2026〕8号", "标题", "海淀区委", "2026/13/01", "秘密", "", "1", "", "", ""],
    ["", "中办发〔2016〕5号", "重复", "中办", "2026-01-08", "机密", "", "1（份号：9）", "", "", ""],
    ["", "中办发〔2016〕5号", "重复", "中办", "2026-01-08", "机密", "", "1（份号：9）", "", "", ""],
    ["", "京海发〔2026〕9号", "标题", "海淀区委", "2026-01-08", "机密", "", "1（份号：0）", "", "",
     ""],
]


def test_bad_rows_are_each_reported_and_nothing_is_written(register: Register, clerk: Actor,
                                                           tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"  # openpyxl itself refuses control characters in cells
    write_table(path, ledgers.DOCUMENT_HEADER, BAD_ROWS)  # type: ignore[arg-type]
    before = counts(register)
    report = ledgers.import_documents(register, clerk, path)
    lines = {e.line: e.message for e in report.errors}
    assert set(lines) == {3, 4, 5, 6, 7, 8, 9, 12}, lines
    assert "标题不能为空" in lines[3]
    assert "晚于今天" in lines[4]
    assert "未知的密级" in lines[5]
    assert "份号" in lines[6]
    assert "最长 10 年" in lines[7]
    assert "控制字符" in lines[8]
    assert "收文日期" in lines[9]
    assert "超出范围" in lines[12]
    assert report.written == 0 and counts(register) == before
    # the duplicate pair is only found against the register: only-valid reports it too
    report = ledgers.import_documents(register, clerk, path, only_valid=True)
    assert report.written == 2
    assert [e.line for e in report.errors] == [3, 4, 5, 6, 7, 8, 9, 11, 12]
    assert "份号已登记" in str(report.errors[7])


def test_a_duplicate_within_the_file_stops_the_whole_import(register: Register, clerk: Actor,
                                                            tmp_path: Path) -> None:
    path = tmp_path / "dup.csv"
    write_table(path, ledgers.DOCUMENT_HEADER, [BAD_ROWS[0], BAD_ROWS[8], BAD_ROWS[9]])  # type: ignore[arg-type]
    before = counts(register)
    report = ledgers.import_documents(register, clerk, path)
    assert [e.line for e in report.errors] == [4] and report.written == 0
    assert counts(register) == before


@pytest.mark.parametrize(("content", "words"), [
    (b"PK\x03\x04 not really a zip", "不是有效的 .xlsx"),
    (b"", "空的"),
])
def test_malformed_xlsx_is_refused(register: Register, clerk: Actor, tmp_path: Path,
                                   content: bytes, words: str) -> None:
    path = tmp_path / "bad.xlsx"
    path.write_bytes(content)
    with pytest.raises(ValidationError, match=words) as err:
        ledgers.import_documents(register, clerk, path)
    assert err.value.field == "file"


def test_truncated_xlsx_is_refused(register: Register, clerk: Actor, tmp_path: Path) -> None:
    path = tmp_path / "cut.xlsx"
    data = DOCS_XLSX.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    before = counts(register)
    with pytest.raises(ValidationError) as err:
        ledgers.import_documents(register, clerk, path)
    assert err.value.field == "file"
    assert counts(register) == before


def test_wrong_header_and_wrong_type_are_refused(register: Register, clerk: Actor,
                                                 tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="表头不正确") as err:
        ledgers.import_documents(register, clerk, PEOPLE_XLSX)
    assert err.value.field == "header"
    other = tmp_path / "ledger.ods"
    shutil.copy(DOCS_XLSX, other)
    with pytest.raises(ValidationError, match="不支持的文件类型"):
        ledgers.import_documents(register, clerk, other)
    binary = tmp_path / "x.csv"
    binary.write_bytes(b"\xff\xfe\x00\x81\x30\x81\x30\xff")
    with pytest.raises(ValidationError):
        ledgers.import_documents(register, clerk, binary)


def test_dates_in_chinese_and_excel_date_cells(register: Register, clerk: Actor,
                                               tmp_path: Path) -> None:
    import datetime as dt

    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(list(ledgers.DOCUMENT_HEADER))
    ws.append(["", "海发〔2026〕1号", "标题一", "海淀区委", dt.datetime(2026, 1, 31), "秘密",
               dt.datetime(2030, 1, 1), 2, "", "", ""])
    ws.append(["", "海发〔2026〕2号", "标题二", "海淀区委", "2026年1月31日", "秘密", "长期", "1",
               "", "2026年3月1日", ""])
    path = tmp_path / "dates.xlsx"
    wb.save(path)
    report = ledgers.import_documents(register, clerk, path)
    assert report.ok, [str(e) for e in report.errors]
    d1 = documents.find_document(register, "2026-收-0001")
    assert d1.received_on == dt.date(2026, 1, 31) and d1.period.label == "2030-01-01"
    assert d1.copies_count == 2
    d2 = documents.find_document(register, "2026-收-0002")
    assert d2.period.label == "长期" and d2.return_deadline == dt.date(2026, 3, 1)


def test_cli_import_search_show(monkeypatch: pytest.MonkeyPatch, register_path: Path,
                                capsys: pytest.CaptureFixture[str]) -> None:
    factories.new_register(register_path).register.close()

    def run(*args: str) -> int:
        monkeypatch.setattr("sys.stdin", io.StringIO(factories.PASSPHRASE + "\n"))
        return main([*args, "--register", str(register_path), "--passphrase-stdin"])

    assert run("import", "--kind", "people", str(PEOPLE_CSV)) == 0
    capsys.readouterr()
    # a 机密 register: the ledger's one 绝密 row (line 14) is refused, so nothing is imported
    assert run("import", "--kind", "documents", str(DOCS_CSV)) == 1
    assert ("第 14 行：本机为机密级计算机，不能登记绝密载体（低密级计算机不得处理高密级信息"
            in capsys.readouterr().err)
    assert run("import", "--kind", "documents", "--only-valid", str(DOCS_CSV)) == 1
    out, err = capsys.readouterr()
    assert "第 14 行" in err and "已导入有效的 12 行，1 行有错误未导入" in out
    assert run("search", "发〔2016〕") == 0
    out = capsys.readouterr().out
    assert "中办发〔2016〕5号" in out and "共 3 条" in out
    assert run("show", "2016-收-0003") == 0
    out = capsys.readouterr().out
    assert "第15份" in out and "导入收文" in out
    bad = register_path.parent / "bad.csv"
    write_table(bad, ledgers.DOCUMENT_HEADER, [BAD_ROWS[1]])  # type: ignore[arg-type]
    assert run("import", "--kind", "documents", str(bad)) == 1
    assert "第 2 行：标题不能为空" in capsys.readouterr().err
    out_file = register_path.parent / "out.xlsx"
    assert run("export", "--kind", "documents", str(out_file)) == 0
    assert "已导出收文台帐 12 行" in capsys.readouterr().out


def test_a_large_ledger_is_indexed_audited_and_verifiable(register: Register, clerk: Actor,
                                                          tmp_path: Path) -> None:
    """Enough rows for the bulk path: each document has its audit entry, the chain verifies,
    and the full-text index finds every document (filled at the end of the import)."""
    from app.services import verification

    n = documents.BULK_RECEIPTS + 10
    rows = [[f"2025-收-{i + 1:04d}", f"京海发〔2025〕{i + 1}号", f"关于第{i + 1}批检查情况的通报",
             f"海淀区第{i % 3 + 1}单位", "2025-03-01", "机密", "", f"1（份号：{i + 1}）", "办公室",
             "", ""] for i in range(n)]
    path = tmp_path / "big.csv"
    write_table(path, ledgers.DOCUMENT_HEADER, rows)  # type: ignore[arg-type]
    report = ledgers.import_documents(register, clerk, path)
    assert report.ok and report.written == n, report.summary()
    assert verification.verify(register).problem is None
    with register.read() as s:
        imported = s.scalar(select(func.count()).select_from(AuditEntry).where(
            AuditEntry.action == "document.import"))
        added = s.scalar(select(func.count()).select_from(AuditEntry).where(
            AuditEntry.action == "organisation.add"))
    assert (imported, added) == (n, 3)
    assert search.count_documents(register, DocumentFilter(text="检查情况的通报")) == n
    assert search.count_documents(register, DocumentFilter(text="海淀区第2单位")) == (n + 1) // 3
    assert [r.internal_no for r in search.search_documents(
        register, DocumentFilter(text="第7批检查"))] == ["2025-收-0007"]


def test_people_refused_by_name_against_the_register_and_the_file(
        register: Register, clerk: Actor, tmp_path: Path) -> None:
    """The bulk people import refuses, by line, a name already in the department and one
    given twice in the file; only-valid writes the rest, each with its chained entry."""
    from app.services import people, verification

    people.add_person(register, clerk, name="王五", department="办公室", clearance="重要")
    rows = [["赵一", "办公室", "科员", "一般", "在岗"],
            ["王五", "办公室", "", "重要", "在岗"],  # line 3: registered before
            ["王五", "保密科", "", "重要", "在岗"],  # another department: fine
            ["钱二", "人事科", "科长", "核心", "离岗"],
            ["赵一", "办公室", "", "一般", "在岗"]]  # line 6: twice in the file
    path = tmp_path / "people.csv"
    write_table(path, ledgers.PEOPLE_HEADER, rows)  # type: ignore[arg-type]
    before = counts(register)
    report = ledgers.import_people(register, clerk, path)
    assert [e.line for e in report.errors] == [3, 6] and report.written == 0
    assert all("同一部门不能重名" in e.message for e in report.errors)
    assert counts(register) == before
    report = ledgers.import_people(register, clerk, path, only_valid=True)
    assert report.written == 3 and [e.line for e in report.errors] == [3, 6]
    assert verification.verify(register).problem is None
    found = {(p.name, p.department, p.status.label) for p in people.list_people(register)}
    assert {("赵一", "办公室", "在岗"), ("王五", "保密科", "在岗"),
            ("钱二", "人事科", "离岗")} <= found
    with register.read() as s:
        added = s.scalar(select(func.count()).select_from(AuditEntry).where(
            AuditEntry.action == "person.add"))
    assert added == 4  # 王五 by hand, three by the import


def test_bulk_rows_keep_values_written_into_the_statement(register: Register) -> None:
    """A value shared by every row goes into the statement as a literal: quotes, NULL,
    numbers and empty text come back as they went in."""
    from app.models.db import insert_rows
    from app.services import audit

    now = audit.now_iso()
    rows = [{"name": f"O'Brien{i}", "department": "it's 办公室", "post": "", "clearance": 3,
             "status": "on_post", "departure_date": None, "remarks": "'; DROP TABLE person; --",
             "created_at": now} for i in range(3)]
    with register.write() as s:
        insert_rows(s, Person, rows)
    with register.read() as s:
        got = s.execute(select(Person.name, Person.department, Person.post, Person.clearance,
                               Person.departure_date, Person.remarks)
                        .where(Person.name.like("O'Brien%")).order_by(Person.id)).all()
    assert [tuple(r) for r in got] == [
        (f"O'Brien{i}", "it's 办公室", "", 3, None, "'; DROP TABLE person; --")
        for i in range(3)]


def test_inline_rich_strings_read_as_their_plain_text(tmp_path: Path) -> None:
    """An inline string cell with runs reads as the runs' text (phonetic hints left out),
    as openpyxl's own rich-text model gives it."""
    import zipfile

    good = tmp_path / "good.xlsx"
    write_table(good, ledgers.PEOPLE_HEADER, [["张三", "办公室", "科员", "重要", "在岗"]])
    with zipfile.ZipFile(good) as z:
        members = {n: z.read(n) for n in z.namelist()}
    sheet = next(n for n in members if n.startswith("xl/worksheets/"))
    xml = members[sheet].decode()
    assert "<t>张三</t>" in xml, xml[:300]
    members[sheet] = xml.replace(
        "<t>张三</t>", '<r><t>张</t></r><r><rPr><b/></rPr><t xml:space="preserve">三 </t></r>'
        '<rPh sb="0" eb="1"><t>zhang</t></rPh>').encode()
    rich = tmp_path / "rich.xlsx"
    with zipfile.ZipFile(rich, "w") as z:
        for n, data in members.items():
            z.writestr(n, data)
    rows = read_table(rich, ledgers.PEOPLE_HEADER)
    assert rows[0].values["姓名"] == "张三 " and rows[0].values["部门"] == "办公室"
