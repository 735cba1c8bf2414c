"""Refusals in an English UI (issue 14): the services word their rules in Chinese; the
screens show the known ones translated, with levels, states and actions translated too."""

from __future__ import annotations

import ast
import datetime as dt
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app import errors, paths
from app.models.documents import CopyState
from app.models.enums import Clearance, Level
from app.services import corrections, dispatch, documents, media, periods
from app.services.lifecycle import circulation, loans, states
from app.services.lifecycle.states import Action
from app.services.register import Actor, Register
from app.ui import i18n
from app.ui.circulation_desk import CirculationDesk
from app.ui.controller import Controller
from app.ui.rule_words import RULES, translate_message
from tests import doc_factories as f
from tests.unit.test_media import new as new_medium


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
            assert _english(translate_message(template.format_map(_Blank()))), template
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


# Every refusal the services and models raise, walked from the source (issue 14 point 6).

_ROOT = Path(__file__).resolve().parents[2]
_TS = paths.resources_dir() / "i18n" / "mibu_en.ts"
_ERRORS = {name for name, value in vars(errors).items()
           if isinstance(value, type) and issubclass(value, errors.MibuError)}
#: Pure developer errors: wrong arguments from code, never from a person at the window.
_DEVELOPER_ERRORS = {"未知的角色“1”", "未知的台帐种类", "不能按“1”排序"}
#: Words an English message keeps in Chinese because they are what the person types or
#: reads on the form: the values a ledger or a field takes, and the paper forms' examples.
_KEPT = ("非密", "内部", "秘密", "机密", "绝密", "核心", "重要", "一般", "U盘", "移动硬盘",
         "光盘", "存储卡", "设备", "在用", "停用", "外出", "维修", "丢失", "已销毁", "在岗", "离岗",
         "2026年1月31日", "2026-收-0001", "10年", "长期", "不导入", "份号")


def _sample(node: ast.expr, constants: dict[str, str]) -> str | None:
    """The message a raise of ``node`` gives, each formatted value written as ``1``."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.Name) and node.id in constants:
        return constants[node.id]
    if isinstance(node, ast.JoinedStr):
        out = []
        for value in node.values:
            if isinstance(value, ast.FormattedValue):  # a module constant as it is, else 1
                inner = value.value
                out.append(constants.get(inner.id, "1") if isinstance(inner, ast.Name) else "1")
            else:
                out.append(_sample(value, constants) or "")
        return "".join(out)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = _sample(node.left, constants), _sample(node.right, constants)
        return None if left is None or right is None else left + right
    return None  # built elsewhere (a reason computed by a helper): checked by its own sample


def _raised_messages() -> list[tuple[str, str]]:
    found = []
    for path in sorted([*(_ROOT / "app" / "services").rglob("*.py"),
                        *(_ROOT / "app" / "models").rglob("*.py")]):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        constants = {t.id: n.value.value for n in tree.body if isinstance(n, ast.Assign)
                     and isinstance(n.value, ast.Constant) and isinstance(n.value.value, str)
                     for t in n.targets if isinstance(t, ast.Name)}
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call)
                    and node.exc.args):
                continue
            func = node.exc.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)
            if name in _ERRORS:
                text = _sample(node.exc.args[0], constants)
                if text is not None:
                    found.append((f"{path.relative_to(_ROOT)}:{node.lineno}", text))
    return found


def _english(text: str) -> bool:
    for word in _KEPT:
        text = text.replace(word, "")
    return not _has_chinese(text)


def test_every_raised_refusal_has_english(qapp: QApplication) -> None:
    messages = _raised_messages()
    assert len(messages) > 350  # the walk finds the raise sites
    translators = i18n.install_translator(qapp, "en")
    try:
        missing = [(where, text) for where, text in messages
                   if text not in _DEVELOPER_ERRORS and not _english(translate_message(text))]
        assert missing == []
        finished = {m.findtext("source") for m in ET.parse(_TS).getroot().iter("message")  # noqa: S314
                    if m.find("translation") is not None
                    and m.find("translation").get("type") is None}  # type: ignore[union-attr]
        assert {str(t) for t in RULES} <= finished
    finally:
        i18n.remove_translators(qapp, translators)


def _refusal(call: Callable[..., object], *args: object, **kwargs: object) -> str:
    try:
        call(*args, **kwargs)
    except errors.MibuError as error:
        return error.message
    raise AssertionError(f"{call.__name__} was not refused")


@pytest.mark.usefixtures("holders")
def test_real_refusals_come_out_in_english(qapp: QApplication, register: Register,
                                           clerk: Actor) -> None:
    """Services called wrongly: every refusal reads as English but for the names it quotes."""
    future = dt.date.today() + dt.timedelta(days=5)
    said = [_refusal(f.receive, register, clerk, doc_date=future),
            _refusal(f.receive, register, clerk, period="99年"),
            _refusal(f.receive, register, clerk, internal_no="abc"),
            _refusal(f.receive, register, clerk, copies=0)]
    doc = f.receive(register, clerk)
    copy = documents.list_copies(register, doc.id)[0]
    low = f.person(register, clerk, name="李低", clearance=Clearance.GENERAL)
    said += [_refusal(circulation.hand_out, register, clerk, copy.id, low.id),
             _refusal(loans.lend, register, clerk, copy.id, low.id, None),
             _refusal(f.person, register, clerk, name="李低"),
             _refusal(corrections.correct_document, register, clerk, doc.id, "密级", "绝密",
                      reason="错"),
             _refusal(corrections.correct_document, register, clerk, doc.id, "收文日期",
                      future, reason="错"),
             _refusal(media.register_medium, register, clerk, new_medium(vendor_id="zz")),
             _refusal(media.register_medium, register, clerk,
                      new_medium(number="JM-U-009", holder="不存在的人")),
             _refusal(dispatch.dispatch, register, clerk, recipient="某未登记单位",
                      copy_ids=[copy.id]),
             _refusal(periods.confirm_declassified, register, clerk, doc.id)]
    media.register_medium(register, clerk, new_medium())
    said.append(_refusal(media.register_medium, register, clerk, new_medium()))
    assert all(_has_chinese(text) for text in said)  # the services speak Chinese
    translators = i18n.install_translator(qapp, "en")
    try:
        shown = [translate_message(text) for text in said]
    finally:
        i18n.remove_translators(qapp, translators)
    quoted = ("李低", "办公室", "不存在的人", "某未登记单位", "年")  # names the person typed
    for text, english in zip(said, shown, strict=True):
        for value in quoted:
            english = english.replace(value, "")
        assert _english(english), (text, english)
    assert shown[0].startswith("The document date ")
    assert "Vendor ID should be a 4-digit hexadecimal number" in shown[9]


def test_parts_next_to_each_other_split_at_the_known_word(qapp: QApplication) -> None:
    translators = i18n.install_translator(qapp, "en")
    try:
        assert translate_message("责任人王五已离岗，不能保管") == (
            "Holder 王五 has departed and cannot hold")
        assert translate_message(
            "同行人王五的涉密等级为“一般”，只能随同携带秘密及以下的介质（此介质为机密）") == (
            "Companion 王五 is cleared “General” and may go along with media up to Secret "
            "only (this medium is Confidential)")
        out = "介质 JM-U-001 当前状态为“外出”，不能送修（须为“在用”或“停用”）"
        assert translate_message(out) == (
            "Medium JM-U-001 is currently “Out”, so it cannot be sent for repair (it must be "
            "“In use” or “Stored”)")
        assert translate_message("此操作只能由保密员、系统管理员执行（当前为审计员）") == (
            "Only the Secrecy clerk or Administrator may do this (you are the Auditor)")
    finally:
        i18n.remove_translators(qapp, translators)
