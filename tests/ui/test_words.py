"""The English UI names levels, states, actions and kinds in English (issue 14): every
enumeration label the screens show is listed in app/ui/words.py and translated; the
language is chosen in Settings and used from the next start."""

from __future__ import annotations

import enum
import importlib
import inspect

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.models.documents import CopyState
from app.models.enums import Level, Role
from app.services.lifecycle.states import Action
from app.ui import i18n
from app.ui.controller import Controller
from app.ui.settings_view import SettingsView
from app.ui.widgets import LevelBadge
from app.ui.words import WORDS, due_kind, label_of

MODULES = ("app.models.documents", "app.models.lifecycle", "app.models.media",
           "app.models.people", "app.models.enums", "app.services.lifecycle.states",
           "app.services.lifecycle.approvals", "app.reports.catalog",
           "app.services.usbguard_rules")


def _labelled_enums() -> list[type[enum.Enum]]:
    found = []
    for name in MODULES:
        module = importlib.import_module(name)
        for obj in vars(module).values():
            if (inspect.isclass(obj) and issubclass(obj, enum.Enum)
                    and obj.__module__ == name
                    and isinstance(getattr(obj, "label", None), property)):
                found.append(obj)
    return found


def test_every_enumeration_label_is_listed_for_translation() -> None:
    listed = {(context, str(text)) for context, text in WORDS}
    missing = [(e.__name__, v.label) for e in _labelled_enums() for v in e  # type: ignore[attr-defined]
               if (e.__name__, v.label) not in listed]  # type: ignore[attr-defined]
    assert missing == [], "add these to app/ui/words.py (and translate them)"


def test_labels_in_english_and_in_chinese(qtbot: QtBot, qapp: QApplication) -> None:
    assert label_of(Level.SECRET) == "秘密"  # Chinese by default
    translators = i18n.install_translator(qapp, "en")
    try:
        assert label_of(Level.SECRET) == "Secret"
        assert label_of(Level.TOP_SECRET) == "Top secret"
        assert label_of(CopyState.ON_LOAN) == "On loan"
        assert label_of(Action.LEND) == "Lend"  # the same 借出, as an action
        assert label_of(Role.CLERK) == "Secrecy clerk"
        assert due_kind("借阅") == "Loan"
        badge = LevelBadge(Level.CONFIDENTIAL)
        qtbot.addWidget(badge)
        assert badge.text() == "Confidential"
        for e in _labelled_enums():
            for v in e:
                text = label_of(v)
                assert text and not any("\u4e00" <= ch <= "\u9fff" for ch in text), (e, v)
    finally:
        i18n.remove_translators(qapp, translators)


def test_the_language_is_chosen_in_settings(qtbot: QtBot, unlocked: Controller,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("MIBU_LANG", raising=False)
    assert i18n.chosen_language(None) == "zh_CN"
    view = SettingsView(unlocked)
    qtbot.addWidget(view)
    assert view.language.currentData() == "zh_CN"
    view.language.setCurrentIndex(view.language.findData("en"))
    view.save_language()
    assert "下次启动" in view.message.text()
    assert i18n.saved_language() == "en"
    assert i18n.chosen_language(None) == "en"  # what the next start installs
    assert i18n.chosen_language("zh_CN") == "zh_CN"  # --lang still wins
    again = SettingsView(unlocked)
    qtbot.addWidget(again)
    assert again.language.currentData() == "en"
    again.language.setCurrentIndex(again.language.findData("zh_CN"))
    again.save_language()
    assert again.message.text() == "界面语言已保存"  # the UI speaks it already
    assert i18n.chosen_language(None) == "zh_CN"


def test_approvals_are_summed_up_in_english(qtbot: QtBot, qapp: QApplication,
                                            demo_controller: Controller) -> None:
    from app.services.lifecycle import approvals
    from app.ui.today_view import TodayView
    from app.ui.words import approval_summary

    waiting = approvals.history(demo_controller.register)[0]
    assert approval_summary(waiting) == waiting.summary  # Chinese: the service's words
    translators = i18n.install_translator(qapp, "en")
    try:
        english = approval_summary(waiting)
        assert english.startswith(label_of(waiting.kind) + ": ")
        view = TodayView(demo_controller)
        qtbot.addWidget(view)
        shown = view.approvals.item(0, 1)
        assert shown is not None and ": “" in shown.text()
    finally:
        i18n.remove_translators(qapp, translators)
