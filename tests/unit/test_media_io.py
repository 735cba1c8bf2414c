"""Import and export of the media ledger: all or nothing, line numbers, round trips."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

from app.cli import main
from app.errors import ValidationError
from app.services import audit, media, media_io
from app.services.register import Actor, Register
from tests.factories import PASSPHRASE

HEADER = "编号,介质类型,品牌型号,厂商ID,产品ID,序列号,密级,责任人,状态"
GOOD = [
    "JM-U-001,U盘,SanDisk Ultra,0781,5581,4C5300012301,机密,王五,在用",
    "JM-H-002,移动硬盘,WD Passport,1058,25a2,WX11A12345,机密,李四,停用",
    "GP-003,光盘,Verbatim CD-R,,,,秘密,王五,在用",
    "SB-004,设备,Epson LQ-630K,04b8,0005,X3JV012345,机密,张三,维修",
]

pytestmark = pytest.mark.usefixtures("holders")  # 责任人 are registered people


def write_csv(path: Path, lines: list[str], encoding: str = "utf-8") -> Path:
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode(encoding))
    return path


def snapshot(register: Register) -> tuple[object, int]:
    with register.read() as s:
        return media.list_media(register), audit.count(s)


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030"])
def test_csv_import(register: Register, clerk: Actor, tmp_path: Path, encoding: str) -> None:
    path = write_csv(tmp_path / "m.csv", [HEADER, *GOOD], encoding)
    result = media_io.import_media(register, clerk, path)
    assert result.count == 4
    rows = {m.number: m for m in media.list_media(register)}
    assert rows["JM-H-002"].product_id == "25a2" and rows["JM-H-002"].status.label == "停用"
    assert rows["GP-003"].vendor_id is None and rows["SB-004"].kind.label == "设备"


@pytest.mark.parametrize(("lines", "expected"), [
    ([HEADER, GOOD[0], "JM-U-005,U盘,X,78,5581,SN5,机密,王五,在用"],
     ["第 3 行：厂商ID应为 4 位十六进制数"]),
    ([HEADER, GOOD[0], GOOD[0].replace("4C5300012301", "OTHER")],
     ["第 3 行：编号“JM-U-001”与第 2 行重复"]),
    ([HEADER, GOOD[0], GOOD[0].replace("JM-U-001", "JM-U-009")],
     ["第 3 行：序列号 4C5300012301 与第 2 行重复"]),
    ([HEADER, "A1,U盘,X,0781,5581,S1,机要,王五,在用", "A2,软盘,X,,,,机密,王五,在用"],
     ["第 2 行：未知的密级", "第 3 行：未知的介质类型"]),
    (["编号,类型", GOOD[0]], ["第 1 行：表头应为"]),
    ([HEADER, GOOD[0] + ",多余"], ["第 2 行：列数过多"]),
    ([HEADER, "A1,U盘,X,0781,5581,S1,机密,,在用"], ["第 2 行：责任人不能为空"]),
])
def test_bad_rows_are_reported_and_nothing_is_written(
        register: Register, clerk: Actor, tmp_path: Path, lines: list[str],
        expected: list[str]) -> None:
    before = snapshot(register)
    path = write_csv(tmp_path / "bad.csv", lines)
    with pytest.raises(ValidationError) as err:
        media_io.import_media(register, clerk, path)
    assert "未写入任何记录" in err.value.message
    for text in expected:
        assert text in err.value.message, err.value.message
    assert snapshot(register) == before


def test_rows_clashing_with_the_ledger_write_nothing(register: Register, clerk: Actor,
                                                     tmp_path: Path) -> None:
    media_io.import_media(register, clerk, write_csv(tmp_path / "a.csv", [HEADER, GOOD[0]]))
    before = snapshot(register)
    with pytest.raises(ValidationError) as err:
        media_io.import_media(register, clerk, write_csv(tmp_path / "b.csv",
                                                         [HEADER, GOOD[1], GOOD[0]]))
    assert "第 3 行：编号“JM-U-001”已在台帐中" in err.value.message
    assert snapshot(register) == before


@pytest.mark.parametrize(("name", "content", "text"), [
    ("empty.csv", b"", "是空的"),
    ("header-only.csv", HEADER.encode(), "没有数据行"),
    ("nul.csv", b"\x00\x01\x02", "空字符"),
    ("fake.xlsx", b"not a zip", "不是有效的 .xlsx 文件"),
    ("m.txt", b"x", "请使用 .xlsx 或 .csv"),
])
def test_malformed_files(register: Register, clerk: Actor, tmp_path: Path, name: str,
                         content: bytes, text: str) -> None:
    (tmp_path / name).write_bytes(content)
    with pytest.raises(ValidationError) as err:
        media_io.import_media(register, clerk, tmp_path / name)
    assert text in err.value.message
    assert media.list_media(register) == []


@pytest.mark.parametrize(("suffix", "encoding"), [(".xlsx", "utf-8"), (".csv", "utf-8"),
                                                  (".csv", "gb18030")])
def test_export_reimports_identically(register: Register, clerk: Actor, tmp_path: Path,
                                      suffix: str, encoding: str) -> None:
    media_io.import_media(register, clerk, write_csv(tmp_path / "in.csv", [HEADER, *GOOD]))
    media.report_lost(register, clerk, "GP-003", "遗失")
    out = tmp_path / f"out{suffix}"
    assert media_io.export_media(register, clerk, out, encoding=encoding) == 4
    first = media_io.parse(out)
    assert [m.number for m in first] == ["GP-003", "JM-H-002", "JM-U-001", "SB-004"]
    again = tmp_path / f"again{suffix}"
    from tests.factories import media_holders, new_register

    other = new_register(tmp_path / "other.mibu")
    try:
        media_holders(other.register, other.clerk)  # the people register comes first
        media_io.import_media(other.register, other.clerk, out)
        media_io.export_media(other.register, other.clerk, again, encoding=encoding)
    finally:
        other.register.close()
    assert media_io.parse(again) == first
    if suffix == ".csv":
        assert again.read_bytes() == out.read_bytes()


def test_xlsx_import_keeps_leading_zeros(register: Register, clerk: Actor,
                                         tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(HEADER.split(","))
    ws.append(["JM-U-001", "U盘", "SanDisk", "0781", "5581", "4C53", "机密", "王五", "在用"])
    ws.append(["JM-U-002", "U盘", "Kingston", "0951", 1666, 12345678, "机密", "王五", "在用"])
    wb.save(tmp_path / "m.xlsx")
    media_io.import_media(register, clerk, tmp_path / "m.xlsx")
    m = media.get(register, "JM-U-002")
    assert (m.vendor_id, m.product_id, m.serial) == ("0951", "1666", "12345678")


def test_cli_import_export(register: Register, clerk: Actor, register_path: Path,
                           tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                           capsys: pytest.CaptureFixture[str]) -> None:
    import io

    register.close()
    path = write_csv(tmp_path / "in.csv", [HEADER, *GOOD])
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSPHRASE + "\n"))
    assert main(["import", "--kind", "media", "--register", str(register_path),
                 "--passphrase-stdin", str(path)]) == 0
    assert "移动存储介质台帐：共 4 行，已全部导入" in capsys.readouterr().out
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSPHRASE + "\n"))
    out = tmp_path / "out.xlsx"
    assert main(["export", "--kind", "media", "--register", str(register_path),
                 "--passphrase-stdin", str(out)]) == 0
    assert len(media_io.parse(out)) == 4
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSPHRASE + "\n"))
    bad = write_csv(tmp_path / "bad.csv", [HEADER, "x,U盘,,,,,机密,王五,在用"])
    assert main(["import", "--kind", "media", "--register", str(register_path),
                 "--passphrase-stdin", str(bad)]) == 1
    assert "第 2 行" in capsys.readouterr().err


def test_a_holder_who_matches_nobody_is_listed_and_nothing_is_written(
    register: Register, clerk: Actor, tmp_path: Path
) -> None:
    """Ledgers from before the people register: each 责任人 must match a registered person."""
    path = write_csv(tmp_path / "old.csv", [HEADER, GOOD[0],
                                            "JM-U-009,U盘,X,0781,5581,SN9,机密,赵不存在,在用"])
    before = snapshot(register)
    with pytest.raises(media_io.ImportRefused) as err:
        media_io.import_media(register, clerk, path)
    assert err.value.problems == [(3, "责任人“赵不存在”不是已登记的人员：请先在人员名册中登记")]
    assert snapshot(register) == before


UG_HASH = "+AijCmvaZKMrPQrydOAF6hhOqt3V9BUYNll2tmiGpj0="  # USBGuard's hash may start with +


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_device_hash_survives_export_and_import(register: Register, clerk: Actor,
                                                tmp_path: Path, suffix: str) -> None:
    media.register_medium(register, clerk, media.NewMedium(
        number="JM-U-001", kind="U盘", brand_model="SanDisk", level="机密", holder="王五",
        vendor_id="0781", product_id="5581", serial="SN1", descriptor_hash=UG_HASH))
    out = tmp_path / f"out{suffix}"
    media_io.export_media(register, clerk, out)
    (item,) = media_io.parse(out)
    assert item.descriptor_hash == UG_HASH
    from tests.factories import media_holders, new_register

    other = new_register(tmp_path / "other.mibu")
    try:
        media_holders(other.register, other.clerk)
        media_io.import_media(other.register, other.clerk, out)
        assert media.get(other.register, "JM-U-001").descriptor_hash == UG_HASH
    finally:
        other.register.close()


def test_bad_device_hash_is_refused_with_its_line(tmp_path: Path) -> None:
    header = HEADER + ",设备摘要"
    path = write_csv(tmp_path / "h.csv", [header, "A1,U盘,X,0781,5581,S1,机密,王五,在用,xyz"])
    with pytest.raises(media_io.ImportRefused) as err:
        media_io.parse(path)
    assert "第 2 行：设备摘要“xyz”格式错误" in err.value.message
