"""Hidden characters are refused in every text field, in forms and at import.

Finding 9 of issue 11: titles accepted bidi overrides (U+202E) and zero-width characters,
so a printed title could read differently from the stored one. One rule
(``checks.refuse_hidden``) is used by every service that takes text.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable
from pathlib import Path

import pytest
from openpyxl import Workbook

from app.cli import main
from app.errors import ValidationError
from app.models.documents import ApprovalKind
from app.models.enums import Level, Role
from app.reports.data import check_text
from app.services import (
    accounts,
    checks,
    dispatch,
    ledgers,
    media,
    media_io,
    passwords,
    people,
    periods,
)
from app.services.lifecycle import approvals
from app.services.register import Actor, Register, unlock
from tests import doc_factories as f
from tests.factories import PASSPHRASE
from tests.hostile import HIDDEN, table_counts

RLO = "\u202e"
RLO_WORDS = "不能包含不可见的格式字符（U+202E 从右向左覆盖）"

pytestmark = pytest.mark.usefixtures("holders")  # 责任人 are registered people


@pytest.mark.parametrize("char", HIDDEN)
def test_every_hidden_character_is_refused(char: str) -> None:
    with pytest.raises(ValidationError) as err:
        checks.text(f"关于{char}通知", "title", "标题", max_len=100, multiline=True)
    assert err.value.field == "title"
    assert err.value.message.startswith("标题")
    assert f"U+{ord(char):04X}" in err.value.message


@pytest.mark.parametrize("value", [
    "关于印发《2026年保密工作要点》的通知", "京海发〔2026〕12号", "全角：（）“”【】、。",
    "中文\u3000全角空格", "𠀀𪚥 扩展汉字", "emoji 🙂", "A&B <c> 'd' \"e\"", "\ue000 私用区",
    "=SUM(1)", "-短横",
])
def test_ordinary_text_is_kept(value: str) -> None:
    assert checks.text(value, "title", "标题", max_len=100) == value


def test_line_breaks_only_where_a_field_has_lines() -> None:
    assert checks.text("第一行\n\t第二行", "remarks", "备注", max_len=100,
                       multiline=True) == "第一行\n\t第二行"
    with pytest.raises(ValidationError, match="标题不能包含控制字符（U\\+000A）"):
        checks.text("第一行\n第二行", "title", "标题", max_len=100)
    with pytest.raises(ValidationError, match="备注不能包含不可见的格式字符（U\\+2028 行分隔符）"):
        checks.text("第一行\u2028第二行", "remarks", "备注", max_len=100, multiline=True)


def _receipt(register: Register, clerk: Actor) -> None:
    f.receive(register, clerk, title=f"关于{RLO}txt.exe的通知")


def _person(register: Register, clerk: Actor) -> None:
    people.add_person(register, clerk, name=f"张{RLO}三", department="办公室",
                      clearance="一般")


def _organisation(register: Register, clerk: Actor) -> None:
    people.add_organisation(register, clerk, f"海淀{RLO}区委")


def _medium(register: Register, clerk: Actor) -> None:
    media.register_medium(register, clerk, media.NewMedium(
        number="GP-001", kind="光盘", brand_model="Verbatim", level="秘密", holder=f"王{RLO}五"))


def _lost(register: Register, clerk: Actor) -> None:
    media.register_medium(register, clerk, media.NewMedium(
        number="GP-002", kind="光盘", brand_model="Verbatim", level="秘密", holder="王五"))
    before = table_counts(register)
    try:
        media.report_lost(register, clerk, "GP-002", f"在{RLO}会议室遗失")
    finally:
        assert table_counts(register) == before


def _account(register: Register, clerk: Actor) -> None:
    accounts.create_account(register, clerk, username="li", display_name=f"李{RLO}局长",
                            role=Role.APPROVER, passphrase=PASSPHRASE)


def _outgoing(register: Register, clerk: Actor) -> None:
    dispatch.register_outgoing(register, clerk, dispatch.OutgoingInput(
        doc_number="京测发〔2026〕1号", title=f"关于{RLO}的通知", level=Level.SECRET,
        issued_on=dt.date.today(), distribution=[("海淀区委", 1)], signed_by="王局长",
        period="10年"))


def _period_change(register: Register, clerk: Actor) -> None:
    doc = f.receive(register, clerk, level=Level.SECRET, copies=1, copy_numbers=None)
    before = table_counts(register)
    try:
        periods.request_change(register, clerk, doc.id, new_period="20年",
                               reason=f"依据{RLO}通知")
    finally:
        assert table_counts(register) == before


def _approval(register: Register, clerk: Actor) -> None:
    doc = f.receive(register, clerk, level=Level.SECRET, copies=1, copy_numbers=None)
    before = table_counts(register)
    try:
        approvals.request(register, clerk, ApprovalKind.COPY, document_id=doc.id, count=1,
                          reason=f"工作{RLO}需要")
    finally:
        assert table_counts(register) == before


@pytest.mark.parametrize(("action", "field", "label"), [
    (_receipt, "title", "标题"),
    (_person, "name", "姓名"),
    (_organisation, "name", "单位名称"),
    (_medium, "holder", "责任人"),
    (_lost, "circumstances", "丢失经过"),
    (_account, "display_name", "姓名"),
    (_outgoing, "title", "标题"),
    (_period_change, "reason", "变更理由"),
    (_approval, "reason", "申请事由"),
])
def test_forms_refuse_a_bidi_override(register: Register, clerk: Actor,
                                      action: Callable[[Register, Actor], None], field: str,
                                      label: str) -> None:
    before = table_counts(register)
    with pytest.raises(ValidationError) as err:
        action(register, clerk)
    assert err.value.message.startswith(label + RLO_WORDS), err.value.message
    assert err.value.field == field
    if action not in (_lost, _period_change, _approval):  # those checked their own step
        assert table_counts(register) == before


def test_printed_records_and_passphrases_refuse_hidden_characters() -> None:
    with pytest.raises(ValidationError, match="标题不能包含不可见的格式字符（U\\+200B 零宽空格）"):
        check_text("关于\u200b通知", "title", "标题", max_len=100)
    with pytest.raises(ValidationError, match="口令不能包含不可见的格式字符"):
        passwords.check_passphrase("abc\u200bdefgh12", Level.SECRET)


def test_document_import_refuses_the_row(register: Register, clerk: Actor,
                                         tmp_path: Path) -> None:
    path = tmp_path / "docs.csv"
    good = "2026-收-0001,京测发〔2026〕1号,正常标题,海淀区委,2026-01-08,秘密,10年,1,,,"
    bad = f"2026-收-0002,京测发〔2026〕2号,关于{RLO}通知,海淀区委,2026-01-08,秘密,10年,1,,,"
    path.write_text(",".join(ledgers.DOCUMENT_HEADER) + f"\r\n{good}\r\n{bad}\r\n",
                    encoding="utf-8")
    before = table_counts(register)
    report = ledgers.import_documents(register, clerk, path)
    assert [str(e) for e in report.errors] == [f"第 3 行：标题{RLO_WORDS}："
                                               "这类字符不显示或会改变文字的显示顺序，"
                                               "打印出来与登记的内容不一致"]
    assert report.written == 0 and table_counts(register) == before


def test_people_xlsx_import_refuses_a_zero_width_space(register: Register, clerk: Actor,
                                                       tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(list(ledgers.PEOPLE_HEADER))
    ws.append(["王明", "办公室", "科员", "一般", "在岗"])
    ws.append(["张\u200b三", "办公室", "科员", "一般", "在岗"])
    path = tmp_path / "people.xlsx"
    wb.save(path)
    before = table_counts(register)
    report = ledgers.import_people(register, clerk, path)
    assert len(report.errors) == 1
    assert str(report.errors[0]).startswith(
        "第 3 行：姓名不能包含不可见的格式字符（U+200B 零宽空格）")
    assert table_counts(register) == before


def test_media_import_refuses_the_row(register: Register, clerk: Actor, tmp_path: Path) -> None:
    path = tmp_path / "media.csv"
    row = "GP-001,光盘,Verb\u2066atim,,,,秘密,王五,在用"
    path.write_text(",".join(media_io.HEADER) + f"\r\n{row}\r\n", encoding="utf-8")
    before = table_counts(register)
    with pytest.raises(media_io.ImportRefused) as err:
        media_io.import_media(register, clerk, path)
    assert "第 2 行：品牌型号不能包含不可见的格式字符（U+2066 从左向右隔离）" in err.value.message
    assert table_counts(register) == before


def test_cli_import_names_line_and_reason(register: Register, clerk: Actor, tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "people.csv"
    path.write_text(",".join(ledgers.PEOPLE_HEADER) + f"\r\n张{RLO}三,办公室,,一般,在岗\r\n",
                    encoding="utf-8")
    before = table_counts(register)
    register.close()
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSPHRASE + "\n"))
    code = main(["import", "--register", str(register.path), "--passphrase-stdin",
                 "--kind", "people", str(path)])
    out = capsys.readouterr()
    assert code == 1
    assert f"第 2 行：姓名{RLO_WORDS}" in out.err
    assert "未导入任何记录" in out.out
    again, _ = unlock(register.path, "clerk", PASSPHRASE)
    try:
        after = table_counts(again)
    finally:
        again.close()
    # the unlock for the import is itself audited (a session entry), nothing else changed
    assert {k: v for k, v in after.items() if k != "audit_entry"} == \
        {k: v for k, v in before.items() if k != "audit_entry"}


def test_messages_quoting_a_file_show_hidden_characters_harmlessly(
    register: Register, clerk: Actor, tmp_path: Path,
) -> None:
    """A refusal that quotes a cell (an unknown level) shows its hidden characters as �,
    so the message on screen cannot be reordered by the file it is about."""
    path = tmp_path / "docs.csv"
    row = f"2026-收-0001,京测发〔2026〕1号,通知,海淀区委,2026-01-08,秘{RLO}密,10年,1,,,"
    path.write_text(",".join(ledgers.DOCUMENT_HEADER) + f"\r\n{row}\r\n", encoding="utf-8")
    report = ledgers.import_documents(register, clerk, path)
    (error,) = report.errors
    assert "秘\ufffd密" in str(error) and RLO not in str(error)
    media_file = tmp_path / "media.csv"
    media_row = f"GP-001,光盘,Verbatim,,,,秘{RLO}密,王五,在用"
    media_file.write_text(",".join(media_io.HEADER) + f"\r\n{media_row}\r\n", encoding="utf-8")
    with pytest.raises(media_io.ImportRefused) as err:
        media_io.import_media(register, clerk, media_file)
    assert "秘\ufffd密" in err.value.message and RLO not in err.value.message


def test_one_rule_for_hidden_characters() -> None:
    """No service or report keeps its own copy of the character rule (checks.py has it)."""
    root = Path(__file__).resolve().parents[2] / "app"
    copies = [str(p.relative_to(root)) for p in root.rglob("*.py")
              if "不能包含控制字符" in p.read_text(encoding="utf-8")
              or "不可见的格式字符" in p.read_text(encoding="utf-8")]
    # the English UI's template of the refusal (ui/rule_templates.py) words it, not checks it
    assert sorted(copies) == ["services/checks.py", "ui/rule_templates.py"]
