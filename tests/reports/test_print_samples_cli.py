"""``mibu print-samples`` prints every form from the register's own records (the demo
register has one of everything); ``mibu slip-check`` verifies a code and says what the
register holds now. Each demo form is also rendered to PNG in build/artefacts/ to look at."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from app.cli import main
from app.reports.catalog import FormKind
from app.services import demo, print_forms
from tests import factories
from tests.reports.helpers import all_text, to_png

ARTEFACTS = Path(__file__).resolve().parents[2] / "build" / "artefacts"

#: What each demo form must show, from the demo's records (app/services/demo.py and
#: app/services/lifecycle/demo.py).
DEMO_FIELDS = {
    FormKind.CIRCULATION: ["中办发〔2026〕31号", "张建国", "李红梅"],
    FormKind.LOAN: ["孙丽", "年度审查", "京海办字〔2026〕18号"],
    FormKind.COPY: ["赵磊", "复制件 1/2 至 2/2", "京海发〔2026〕1号", "发文机关允许复制"],
    FormKind.CARRY_OUT: ["陈静", "赵磊", "北京市海淀区国家保密局"],
    FormKind.DESTRUCTION: ["中办发〔2016〕5号", "陈静", "赵磊", "粉碎"],
    FormKind.RETURN: ["中共中央办公厅", "中办机要局 王文"],
    FormKind.DEPARTURE: ["刘洋", "京海发〔2016〕12号", "MM-U-2025-009", "何伟"],
    FormKind.INCOMING_LEDGER: ["中办发〔2026〕31号", "国保函〔2026〕45号"],
    FormKind.OUTGOING_LEDGER: ["海保发〔2026〕3号", "北京市海淀区教育委员会"],
    FormKind.MEDIA_LEDGER: ["JM-U-2024-001", "MM-U-2023-006", "丢失"],
    FormKind.MEDIA_LABELS: ["JM-U-2024-001", "王晓东"],
    FormKind.INSPECTION: ["刘洋", "机要室-01"],
    FormKind.INCIDENT: ["MM-U-2023-006", "吴敏"],
    FormKind.DISPATCH: ["海保发〔2026〕3号", "北京市海淀区教育委员会", "-封-0001"],
}


def _run(args: list[str], monkeypatch: pytest.MonkeyPatch) -> int:
    monkeypatch.setattr("sys.stdin", io.StringIO(factories.PASSPHRASE + "\n"))
    return main(args)


def test_print_samples_writes_every_form_from_the_demo(
        register_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    demo.create_demo(register_path, factories.PASSPHRASE).close()
    out = tmp_path / "pdf"
    out.mkdir()
    assert _run(["print-samples", "--register", str(register_path), "--passphrase-stdin",
                 str(out)], monkeypatch) == 0
    files = sorted(out.glob("*.pdf"))
    assert len(files) == len(print_forms.ALL) == 14  # the audit area prints two more
    ARTEFACTS.mkdir(parents=True, exist_ok=True)
    for path, kind in zip(files, print_forms.ALL, strict=True):
        assert kind.value in path.name
        pdf = path.read_bytes()
        text = all_text(pdf)
        assert "海淀区示例局" in text  # the register's unit name
        assert "-印-" in text
        assert "示例" not in text.replace("海淀区示例局", "")  # no sample data
        flat = "".join(text.split())
        for value in DEMO_FIELDS[kind]:
            assert "".join(value.split()) in flat, (kind, value)
        assert (path.stat().st_mode & 0o777) == 0o600
        assert to_png(pdf, path.stem, tmp_path, ARTEFACTS)
    printed = capsys.readouterr().out
    loan_line = printed.splitlines()[1].split("\t")
    assert loan_line[1] == "借阅单"

    assert _run(["slip-check", "--register", str(register_path), "--passphrase-stdin",
                 loan_line[3]], monkeypatch) == 0
    verdict = capsys.readouterr().out
    assert "真实有效" in verdict and "登记簿现状" in verdict and "尚未归还" in verdict
    code = loan_line[3]
    altered = code[:-1] + ("0" if code[-1] != "0" else "1")
    assert _run(["slip-check", "--register", str(register_path), "--passphrase-stdin",
                 altered], monkeypatch) == 1


def test_print_samples_skips_what_the_register_does_not_hold(
        register_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    factories.new_register(register_path).register.close()
    assert _run(["print-samples", "--register", str(register_path), "--passphrase-stdin",
                 str(tmp_path)], monkeypatch) == 1
    captured = capsys.readouterr()
    assert "登记簿中还没有传阅记录，无法打印传阅单" in captured.err
    # the period forms print (empty) all the same
    assert {p.name for p in tmp_path.glob("*.pdf")} == {
        "08_incoming_ledger.pdf", "09_outgoing_ledger.pdf", "10_media_ledger.pdf",
        "12_inspection.pdf"}


def test_print_samples_needs_an_existing_directory(register_path: Path, tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    rc = main(["print-samples", "--register", str(register_path), "--passphrase-stdin",
               str(tmp_path / "missing")])
    assert rc == 2
    assert "不存在" in capsys.readouterr().err
