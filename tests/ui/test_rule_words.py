"""Refusals in an English UI (issue 14): the services word their rules in Chinese; the
screens show the known ones translated, with levels, states and actions translated too."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.models.documents import CopyState
from app.models.enums import Clearance, Level
from app.services.lifecycle import states
from app.services.lifecycle.states import Action
from app.ui import i18n
from app.ui.circulation_desk import CirculationDesk
from app.ui.controller import Controller
from app.ui.rule_words import RULES, translate_message


def _has_chinese(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)


def test_refusals_in_english(qtbot: QtBot, qapp: QApplication) -> None:
    refusal = states.refusal(CopyState.DESTROYED, Action.HAND_OUT)
    assert refusal is not None
    assert translate_message(refusal) == refusal  # Chinese UI: as the service says it
    translators = i18n.install_translator(qapp, "en")
    try:
        english = translate_message(refusal)
        assert english.startswith("An item that is Destroyed cannot be given the action")
        assert not _has_chinese(english)
        for state in CopyState:
            for action in Action:
                text = states.refusal(state, action)
                if text is not None:
                    assert not _has_chinese(translate_message(text)), text
        clearance = translate_message(
            f"王明（办公室）的涉密等级为“{Clearance.GENERAL.label}”，只能接收"
            f"{Clearance.GENERAL.highest_level.label}及以下的载体，此件为{Level.TOP_SECRET.label}")
        assert clearance == ("王明（办公室） is cleared “General” and may receive items up to "
                             "Secret; this item is Top secret")
        assert translate_message("一条没有模板的消息") == "一条没有模板的消息"
        for template in map(str, RULES):  # every template is translated
            assert not _has_chinese(translate_message(template.format_map(_Blank())))
    finally:
        i18n.remove_translators(qapp, translators)


class _Blank(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return "X"


def test_the_desk_says_an_unknown_code_in_english(qtbot: QtBot, qapp: QApplication,
                                                  demo_controller: Controller) -> None:
    translators = i18n.install_translator(qapp, "en")
    try:
        desk = CirculationDesk(demo_controller)
        qtbot.addWidget(desk)
        desk.scan.setText("R1999-9999-01")
        desk.look_up()
        assert desk.message.text() == "No item has the code “R1999-9999-01”"
    finally:
        i18n.remove_translators(qapp, translators)
