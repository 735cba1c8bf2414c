"""An office's own ledger headers mapped to Mibu's fields (列对照), the separate 份号 column,
the preview (every bad row before anything is written) and importing only the valid rows."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.cli import main
from app.errors import ValidationError
from app.models.documents import Copy, Document
from app.models.foundation import AuditEntry
from app.models.people import Person
from app.services import audit, documents, ledger_columns, ledger_import, ledgers, media
from app.services.ledger_columns import ColumnMap, Watch
from app.services.register import Actor, Register
from app.services.tables import write_table
from tests import factories

OFFICE_HEADER = ["序号", "收文号", "发文字号", "文件标题", "来文机关", "收文日期", "密 级",
                 "保密期限", "份数", "份号", "备注1", "备注2"]


def office_row(n: int, numbers: str, copies: str = "2", level: str = "机密",
               remarks: tuple[str, str] = ("", "")) -> list[object]:
    return [str(n), f"2026-收-{n:04d}", f"京海发〔2026〕{n}号", f"第{n}号通知", "海淀区委",
            "2026-01-08", level, "", copies, numbers, *remarks]


def counts(register: Register) -> tuple[int, ...]:
    with register.read() as s:
        return tuple(int(s.scalar(select(func.count()).select_from(t)) or 0)
                     for t in (Document, Copy, Person, AuditEntry))


def numbers_of(register: Register, internal_no: str) -> list[int | None]:
    doc = documents.find_document(register, internal_no)
    return [c.copy_no for c in documents.list_copies(register, doc.id)]


# -- aliases -----------------------------------------------------------------------------------
def test_office_headers_map_by_themselves() -> None:
    used, unknown = ledger_columns.suggest("documents", [*OFFICE_HEADER, "经办人"])
    assert unknown == ("经办人",)
    fields = dict(used.columns)
    assert fields["序号"] is None and fields["经办人"] is None
    assert fields["来文机关"] == "来文单位" and fields["收文号"] == "收文编号"
    assert fields["密 级"] == "密级" and fields["份号"] == "份号"
    assert fields["备注1"] == fields["备注2"] == "备注"
    for other in ("发文单位", "来文单位", "来 文 单 位", "来文机关："):
        assert ledger_columns.known_field("documents", other) == "来文单位"
    assert ledger_columns.known_field("people", "所在部门") == "部门"
    assert ledger_columns.known_field("media", "保管人") == "责任人"
    with pytest.raises(KeyError):
        ledger_columns.known_field("documents", "经办人")
    # the export's own header is the documents' fields, less the 份号 column
    assert tuple(f for f in ledger_columns.FIELDS["documents"] if f != "份号") == (
        ledgers.DOCUMENT_HEADER)
    assert ledger_columns.FIELDS["people"] == ledgers.PEOPLE_HEADER


def test_an_office_ledger_imports_with_a_separate_copy_number_column(
        register: Register, clerk: Actor, tmp_path: Path) -> None:
    path = tmp_path / "office.xlsx"
    write_table(path, OFFICE_HEADER, [
        office_row(1, "2-3", remarks=("急件", "已阅")),
        office_row(2, "5、7"),
        office_row(3, "1,3"),
        office_row(4, "4", copies="", level="秘密"),  # 份数 counted from the 份号
        office_row(5, "", copies="2（份号：8-9）"),  # the old way still works
    ])
    report = ledgers.import_documents(register, clerk, path)
    assert report.ok and report.written == 5, [str(e) for e in report.errors]
    assert numbers_of(register, "2026-收-0001") == [2, 3]
    assert numbers_of(register, "2026-收-0002") == [5, 7]
    assert numbers_of(register, "2026-收-0003") == [1, 3]
    assert numbers_of(register, "2026-收-0004") == [4]
    assert numbers_of(register, "2026-收-0005") == [8, 9]
    first = documents.find_document(register, "2026-收-0001")
    assert first.sender == "海淀区委" and first.remarks == "急件；已阅"


@pytest.mark.parametrize(("numbers", "copies", "reason"), [
    ("3-1", "2", "份号范围“3-1”不正确"),
    ("abc", "2", "份号"),
    ("2-4", "2", "份号栏“2-4”共 3 个份号，与份数 2 不符"),
    ("1、1", "2", "份号 1 重复"),
    ("2-3", "2（份号：5-6）", "不一致"),
])
def test_bad_copy_number_columns_are_refused_and_nothing_is_written(
        register: Register, clerk: Actor, tmp_path: Path, numbers: str, copies: str,
        reason: str) -> None:
    path = tmp_path / "bad.csv"
    write_table(path, OFFICE_HEADER, [office_row(1, "1-2"), office_row(2, numbers, copies)])
    before = counts(register)
    report = ledgers.import_documents(register, clerk, path)
    assert report.written == 0 and [e.line for e in report.errors] == [3]
    assert reason in report.errors[0].message, report.errors[0].message
    assert counts(register) == before


def test_an_excel_date_in_the_copy_number_column_is_explained(
        register: Register, clerk: Actor, tmp_path: Path) -> None:
    import datetime as dt

    path = tmp_path / "date.xlsx"
    write_table(path, OFFICE_HEADER, [office_row(1, "1-2")])
    from openpyxl import load_workbook

    wb = load_workbook(path)
    wb.active.cell(row=2, column=10).value = dt.datetime(2026, 2, 3)  # what Excel makes of 2-3
    wb.save(path)
    report = ledgers.import_documents(register, clerk, path)
    assert [e.line for e in report.errors] == [2]
    assert "被表格软件当成了日期" in report.errors[0].message


def test_headers_that_cannot_be_placed_are_refused_in_chinese(
        register: Register, clerk: Actor, tmp_path: Path) -> None:
    before = counts(register)
    cases = [
        (["标题", "来文机关", "发文单位", "收文日期", "密级", "份数"], "“来文单位”对应了 2 列"),
        (["标题", "来文单位", "收文日期", "份数"], "缺少“密级”列"),
        (["标题", "来文单位", "收文日期", "密级"], "缺少“份数或份号”列"),
        (["标题", "来文单位", "收文日期", "密级", "份数", "经办人"], "不知道列“经办人”"),
    ]
    for header, reason in cases:
        path = tmp_path / "h.csv"
        write_table(path, header, [["x"] * len(header)])
        with pytest.raises(ValidationError, match=reason) as err:
            ledgers.import_documents(register, clerk, path)
        assert err.value.field == "header" and "第 1 行的表头不正确" in err.value.message
    assert counts(register) == before


# -- the map as a file -------------------------------------------------------------------------
def test_a_map_saved_and_loaded_places_unknown_columns(register: Register, clerk: Actor,
                                                       tmp_path: Path) -> None:
    header = ["经办人", "题名", "来文机关", "收到", "密级", "份数", "份号"]
    path = tmp_path / "odd.csv"
    write_table(path, header, [["王五", "通知", "海淀区委", "2026-01-08", "机密", "2", "1-2"]])
    with pytest.raises(ValidationError, match="不知道列"):
        ledgers.import_documents(register, clerk, path)
    used, unknown = ledger_columns.suggest("documents", header)
    assert unknown == ("经办人", "题名", "收到")
    used = used.with_column("题名", "标题").with_column("收到", "收文日期")
    map_file = tmp_path / "maps" / "documents.json"
    ledger_columns.save_map(map_file, used)
    assert map_file.stat().st_mode & 0o777 == 0o600
    loaded = ledger_columns.load_map(map_file, "documents")
    assert dict(loaded.columns) == dict(used.columns) and loaded.field_of("经办人") is None
    report = ledgers.import_documents(register, clerk, path, column_map=loaded)
    assert report.ok, [str(e) for e in report.errors]
    assert documents.find_document(register, "2026-收-0001").title == "通知"
    # remembered per kind in the app-data folder
    ledger_columns.save_map(ledger_columns.remembered_path("documents", tmp_path), loaded)
    assert ledger_columns.remembered("documents", tmp_path) == loaded
    assert ledger_columns.remembered("people", tmp_path) is None


@pytest.mark.parametrize(("text", "reason"), [
    ("{not json", "列对照表 m.json 格式不正确：第 1 行附近不是有效的 JSON"),
    ("[]", "应含有“columns”"),
    ('{"columns": ["标题"]}', "应含有“columns”"),
    ('{"columns": {"题名": "题目"}}', "列“题名”对应的“题目”不是收文台帐的项目"),
    ('{"columns": {"题名": 3}}', "不是收文台帐的项目"),
    ('{"kind": "people", "columns": {}}', "是涉密人员台帐的，不能用于收文台帐"),
    ('{"columns": {" ": "标题"}}', "有一个列名是空的"),
])
def test_a_malformed_map_is_refused_in_chinese(tmp_path: Path, text: str, reason: str) -> None:
    path = tmp_path / "m.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ValidationError, match=reason) as err:
        ledger_columns.load_map(path, "documents")
    assert err.value.field == "map"
    with pytest.raises(ValidationError, match="无法读取列对照表"):
        ledger_columns.load_map(tmp_path / "none.json", "documents")


# -- preview and only the valid rows --------------------------------------------------------------
def test_the_preview_shows_every_bad_row_and_writes_nothing(register: Register, clerk: Actor,
                                                            tmp_path: Path) -> None:
    first = tmp_path / "first.csv"
    write_table(first, OFFICE_HEADER, [office_row(1, "1-2")])
    assert ledgers.import_documents(register, clerk, first).ok
    path = tmp_path / "office.csv"
    write_table(path, OFFICE_HEADER, [
        office_row(2, "1-2"),
        office_row(3, "3-1"),  # reversed
        office_row(4, "4-5"),
        ["9", "2026-收-0001", "京海发〔2026〕1号", "重复", "海淀区委", "2026-01-08", "机密", "",
         "2", "1-2", "", ""],  # 份号 already registered
        office_row(5, "6-7", level="特级"),
    ])
    before = counts(register)
    steps: list[tuple[int, int]] = []
    preview = ledger_import.preview(register, clerk, "documents", path,
                                    watch=Watch(progress=lambda d, t: steps.append((d, t)),
                                                every=1))
    assert counts(register) == before  # nothing written: not even an audit entry
    assert preview.total == 5 and preview.valid == 2 and not preview.ok
    assert [e.line for e in preview.errors] == [3, 5, 6]
    assert "份号范围“3-1”不正确" in preview.errors[0].message
    assert "已登记" in preview.errors[1].message
    assert "未知的密级" in preview.errors[2].message
    assert preview.fields[:3] == ("收文编号", "文号", "标题") and "份号" in preview.fields
    row = preview.rows[0]
    assert row.line == 2 and row.error is None
    assert dict(zip(preview.fields, row.cells, strict=True))["来文单位"] == "海淀区委"
    assert preview.rows[1].error and steps[-1] == (5, 5)
    # only the valid rows: two written, three skipped, said in the audit entry
    report = ledger_import.run(register, clerk, "documents", path, preview.column_map,
                               only_valid=True)
    assert report.written == 2 and [e.line for e in report.errors] == [3, 5, 6]
    with register.read() as s:
        line = audit.page(s, audit.AuditFilter(action_prefix="ledger.import_documents"), offset=0,
                          limit=1)[0]
    assert line.after is not None and line.after["导入"] == 2 and line.after["跳过"] == 3


def test_a_cancelled_import_writes_nothing(register: Register, clerk: Actor,
                                           tmp_path: Path) -> None:
    """Cancelled while checking, or once every row is written (still inside the
    transaction): nothing stays written."""
    path = tmp_path / "office.csv"
    write_table(path, OFFICE_HEADER, [office_row(n, f"{2 * n}-{2 * n + 1}")
                                      for n in range(1, 4)])
    before = counts(register)

    def after_calls(n: int) -> Watch:
        asked: list[int] = []

        def cancelled() -> bool:
            asked.append(1)
            return len(asked) >= n

        return Watch(cancelled=cancelled, every=1)

    # 3 rows checked (3 asks), then one ask before writing and one after it
    for watch in (after_calls(1), after_calls(5)):
        with pytest.raises(ledger_columns.Cancelled):
            ledger_import.run(register, clerk, "documents", path, watch=watch)
        assert counts(register) == before
    assert ledger_import.run(register, clerk, "documents", path, watch=after_calls(6)).ok


def test_people_and_media_ledgers_with_their_own_headers(register: Register, clerk: Actor,
                                                         tmp_path: Path) -> None:
    people_file = tmp_path / "people.csv"
    write_table(people_file, ["序号", "姓名", "所在部门", "岗位", "涉密类别"], [
        ["1", "王五", "办公室", "科员", "重要"], ["2", "李四", "机要室", "主任", "核心"],
        ["3", "", "机要室", "", "一般"]])
    report = ledger_import.run(register, clerk, "people", people_file, only_valid=True)
    assert report.written == 2 and [e.line for e in report.errors] == [4]
    media_file = tmp_path / "media.csv"
    write_table(media_file, ["序号", "设备编号", "类型", "品牌", "密级", "保管人"], [
        ["1", "JM-U-001", "光盘", "Verbatim", "机密", "王五"],
        ["2", "JM-U-002", "光盘", "Verbatim", "机密", "赵六"],  # not a registered person
        ["3", "JM-U-003", "软盘", "X", "机密", "王五"]])
    before = counts(register)
    preview = ledger_import.preview(register, clerk, "media", media_file)
    assert [e.line for e in preview.errors] == [3, 4] and preview.valid == 1, preview.errors
    assert counts(register) == before
    refused = ledger_import.run(register, clerk, "media", media_file)
    assert refused.written == 0 and refused.rows == 3 and refused.errors[0].line == 4
    report = ledger_import.run(register, clerk, "media", media_file, only_valid=True)
    assert report.written == 1 and [e.line for e in report.errors] == [3, 4]
    assert media.get(register, "JM-U-001").holder == "王五"
    with register.read() as s:
        line = audit.page(s, audit.AuditFilter(action_prefix="media.import"), offset=0, limit=1)[0]
    assert line.after is not None and line.after["跳过"] == 2


# -- the command line --------------------------------------------------------------------------
def test_cli_import_with_a_map(monkeypatch: pytest.MonkeyPatch, register_path: Path,
                               tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    factories.new_register(register_path).register.close()

    def run(*args: str) -> int:
        monkeypatch.setattr("sys.stdin", io.StringIO(factories.PASSPHRASE + "\n"))
        return main([*args, "--register", str(register_path), "--passphrase-stdin"])

    header = ["经办人", "题名", "来文机关", "收到", "密级", "份数", "份号"]
    ledger = tmp_path / "odd.xlsx"
    write_table(ledger, header, [["王五", "通知", "海淀区委", "2026-01-08", "机密", "", "2-3"]])
    assert run("import", "--kind", "documents", str(ledger)) != 0
    assert "不知道列“经办人”“题名”“收到”" in capsys.readouterr().err
    bad_map = tmp_path / "bad.json"
    bad_map.write_text('{"columns": {"题名": "题目"}}', encoding="utf-8")
    assert run("import", "--kind", "documents", "--map", str(bad_map), str(ledger)) != 0
    assert "不是收文台帐的项目" in capsys.readouterr().err
    assert run("show", "2026-收-0001") != 0  # nothing was written
    capsys.readouterr()
    good_map = tmp_path / "map.json"
    good_map.write_text(json.dumps({"kind": "documents", "columns": {
        "经办人": None, "题名": "标题", "收到": "收文日期"}}, ensure_ascii=False),
        encoding="utf-8")
    assert run("import", "--kind", "documents", "--map", str(good_map), str(ledger)) == 0
    assert "已全部导入" in capsys.readouterr().out
    assert run("show", "2026-收-0001") == 0
    out = capsys.readouterr().out
    assert "通知" in out and "第3份" in out


def test_column_map_object_is_immutable_and_checked() -> None:
    m = ColumnMap("documents", (("题名", "标题"),))
    with pytest.raises(ValidationError, match="不是收文台帐的项目"):
        m.with_column("收到", "题目")
    assert json.loads(m.to_json()) == {"kind": "documents", "columns": {"题名": "标题"}}


def test_hidden_characters_in_headers_are_shown_as_replacement(
        register: Register, clerk: Actor, tmp_path: Path) -> None:
    """A header or cell that would reorder the text around it is shown with �, and a
    column the aliases do not know is named that way in the refusal too."""
    path = tmp_path / "h.csv"
    header = ["标题", "来文单位", "收文日期", "密级", "份数", "经办\u202e人"]
    write_table(path, header, [["通\u202e知", "海淀区委", "2026-01-08", "秘密", "1", "王五"]])
    with pytest.raises(ValidationError) as err:
        ledgers.import_documents(register, clerk, path)
    assert "经办\ufffd人" in err.value.message and "\u202e" not in err.value.message
    preview = ledger_import.preview(register, clerk, "documents", path)
    assert preview.left_out == ("经办\ufffd人",)
    assert preview.rows[0].cells[0] == "通\ufffd知" and preview.errors  # refused: 控制字符
