"""Chinese by default; English from resources/i18n/mibu_en.ts, compiled by the Makefile."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app import paths
from app.ui import i18n
from app.ui.areas import build_main_window
from app.ui.controller import Controller

TS = paths.resources_dir() / "i18n" / "mibu_en.ts"


def test_every_ui_string_has_an_english_translation(tmp_path: Path) -> None:
    """lupdate over app/ui finds nothing that mibu_en.ts does not translate."""
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    copy = tmp_path / "mibu_en.ts"
    shutil.copy(TS, copy)
    sources = sorted(str(p) for p in (paths.resources_dir().parent / "app" / "ui").rglob("*.py"))
    subprocess.run([str(lupdate), "-silent", "-no-obsolete", *sources, "-ts", str(copy)],
                   check=True)
    root = ET.parse(copy).getroot()  # noqa: S314 (our own file)
    unfinished = [m.findtext("source") for m in root.iter("message")
                  if m.find("translation") is not None
                  and m.find("translation").get("type") == "unfinished"]  # type: ignore[union-attr]
    assert unfinished == [], "translate these in resources/i18n/mibu_en.ts"


def test_english_ui(qtbot: QtBot, qapp: object, unlocked: Controller) -> None:
    qm = TS.with_suffix(".qm")
    if not qm.exists():
        pytest.fail("resources/i18n/mibu_en.qm is missing: `make test` builds it")
    translators = i18n.install_translator(qapp, "en")  # type: ignore[arg-type]
    assert translators
    try:
        window = build_main_window(unlocked)
        qtbot.addWidget(window)
        assert window.windowTitle().startswith("Mibu — ")
        assert window.nav.item(0).text() == "Today"  # the start page comes first
    finally:
        i18n.remove_translators(qapp, translators)  # type: ignore[arg-type]


def test_chinese_is_the_default(qtbot: QtBot, unlocked: Controller) -> None:
    assert i18n.chosen_language(None) == "zh_CN"
    window = build_main_window(unlocked)
    qtbot.addWidget(window)
    assert window.nav.item(0).text() == "今日工作"  # the start page comes first


def test_qt_standard_buttons_speak_chinese(qtbot: QtBot, qapp: object) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    translators = i18n.install_translator(qapp, "zh_CN")  # type: ignore[arg-type]
    try:
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        qtbot.addWidget(box)
        assert box.button(QDialogButtonBox.StandardButton.Close).text() == "关闭"
    finally:
        i18n.remove_translators(qapp, translators)  # type: ignore[arg-type]
