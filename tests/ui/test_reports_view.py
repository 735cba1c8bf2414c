"""The printing screen: preview, background ledgers with cancel, print audit, slip checks."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.reports.catalog import FormKind
from app.services import audit
from app.ui.controller import Controller
from app.ui.print_preview import PrintPreview
from app.ui.reports_view import ReportsView
from tests.screens import save_screenshot

FAKES = Path(__file__).resolve().parents[1] / "fakes"


@pytest.fixture
def view(qtbot: QtBot, unlocked: Controller, tmp_path: Path,
         monkeypatch: pytest.MonkeyPatch) -> ReportsView:
    monkeypatch.setenv("PATH", f"{FAKES}{os.pathsep}{os.environ['PATH']}")
    monkeypatch.setenv("FAKE_LP_LOG", str(tmp_path / "lp.log"))
    v = ReportsView(unlocked)
    qtbot.addWidget(v)
    v.resize(1000, 700)
    return v


def _select(view: ReportsView, kind: FormKind) -> None:
    for row in range(view.forms.count()):
        if view.forms.item(row).text() == kind.label:
            view.forms.setCurrentRow(row)
            return
    raise AssertionError(kind)


def test_slip_preview_print_and_check(qtbot: QtBot, view: ReportsView,
                                      unlocked: Controller, tmp_path: Path) -> None:
    _select(view, FormKind.CIRCULATION)
    with qtbot.waitSignal(view.preview_ready) as shown:
        view.preview_selected()
    dialog: PrintPreview = shown.args[0]
    qtbot.addWidget(dialog)
    assert dialog.page_count >= 1
    dialog.print_now()
    assert "已提交打印任务" in dialog.status.text()
    assert "mibu-2026" in (tmp_path / "lp.log").read_text()
    dialog.close()
    assert view.jobs.rowCount() == 1
    assert view.jobs.item(0, 4).text() == "1"
    with unlocked.register.read() as s:
        assert audit.count(s, audit.AuditFilter(action_prefix="print.output")) == 1
    # The slip's code, typed back at the terminal.
    from app.services import printing

    code = printing.jobs(unlocked.register)[0].code
    view.code.setText(code)
    view.check_code()
    assert "真实有效" in view.verdict.text()
    view.code.setText(code[:-1] + ("A" if code[-1] != "A" else "B"))
    view.check_code()
    assert "真实有效" not in view.verdict.text()
    save_screenshot(view, "reports-view")


def test_ledger_renders_in_the_background(qtbot: QtBot, view: ReportsView) -> None:
    _select(view, FormKind.INCOMING_LEDGER)
    with qtbot.waitSignal(view.preview_ready, timeout=60_000) as shown:
        view.preview_selected()
        assert view.is_busy()
    qtbot.addWidget(shown.args[0])
    qtbot.waitUntil(lambda: not view.is_busy())
    assert view.preview_button.isEnabled()


def test_ledger_can_be_cancelled(qtbot: QtBot, view: ReportsView) -> None:
    _select(view, FormKind.INCOMING_LEDGER)
    view.preview_selected()
    view.cancel()
    qtbot.waitUntil(lambda: not view.is_busy(), timeout=60_000)
    assert "取消" in view.status.text() or "已生成" in view.status.text()
