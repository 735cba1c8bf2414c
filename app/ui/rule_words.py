"""The services' refusals as an English UI shows them. The services word their rules in
Chinese (the audit trail, the command line and paper use those words); each template here
is such a message with its variable parts named, ``{state}的文件不能{action}：…``, and is
translated in resources/i18n/mibu_en.ts ("Rules"). A message that matches a template is
shown with the translated template, the named parts filled in (levels, states and actions
translated too); any other message is shown as the service worded it."""

from __future__ import annotations

import re
from functools import cache

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.errors import MibuError
from app.ui import i18n
from app.ui.rule_templates import PARTS, STEPS, TEMPLATES

#: The refusals a clerk meets at the desk, in loans and at unlock.
RULES: tuple[object, ...] = (
    QT_TRANSLATE_NOOP("Rules", "{state}的文件不能{action}：已销毁的载体永久保留在登记簿中，不能再作任何处理"),  # noqa: E501
    QT_TRANSLATE_NOOP("Rules", "{state}的文件不能{action}：该份已清退给发文机关，不在本单位"),
    QT_TRANSLATE_NOOP("Rules", "{state}的文件不能{action}：该份已发出，不在本单位"),
    QT_TRANSLATE_NOOP("Rules", "{state}的文件不能{action}：须先{back}入库，一份文件同一时间只能由一人持有（不得横传）"),  # noqa: E501
    QT_TRANSLATE_NOOP("Rules", "{state}的文件不能{action}：只能销毁在库的载体，须先{back}"),
    QT_TRANSLATE_NOOP("Rules", "{state}的文件不能{action}：须先{back}入库"),
    QT_TRANSLATE_NOOP("Rules", "{state}的文件不能{action}：该份在库，没有可{action2}的对象"),
    QT_TRANSLATE_NOOP("Rules", "{state}的文件不能{action}：该份已归档，须按档案管理规定调阅"),
    QT_TRANSLATE_NOOP("Rules", "{state}的文件不能{action}：该份已解密，不再按涉密载体管理"),
    QT_TRANSLATE_NOOP("Rules", "{state}的文件不能{action}：该份已登记丢失，找回后须先登记找回"),
    QT_TRANSLATE_NOOP("Rules", "{person}已离岗，不能接收涉密载体"),
    QT_TRANSLATE_NOOP("Rules", "{person}的涉密等级为“{clearance}”，只能接收{level}及以下的载体，此件为{level2}"),  # noqa: E501
    QT_TRANSLATE_NOOP("Rules", "{person}不在《{title}》的知悉范围内；扩大知悉范围须经领导批准（不得自行扩大阅读范围）"),  # noqa: E501
    QT_TRANSLATE_NOOP("Rules", "{person}有逾期未还的文件：{items}。须先归还，才能再借"),
    QT_TRANSLATE_NOOP("Rules", "{copy}已在{person}手中传阅"),
    QT_TRANSLATE_NOOP("Rules", "{copy}正由{person}阅读：须先收回，再交给{reader}（不得横传）"),
    QT_TRANSLATE_NOOP("Rules", "找不到条码为“{code}”的载体"),
    QT_TRANSLATE_NOOP("Rules", "此借阅已归还，不能续借"),
    QT_TRANSLATE_NOOP("Rules", "归还时间不能早于借出时间"),
    QT_TRANSLATE_NOOP("Rules", "退回时间不能早于送阅时间"),
    QT_TRANSLATE_NOOP("Rules", "须先收回正在阅读的载体，才能结束本轮传阅"),
    QT_TRANSLATE_NOOP("Rules", "{copy}没有进行中的传阅"),
    *TEMPLATES,  # every other refusal the services raise
)

#: Named parts that are the words of an enumeration, translated in its context.
_PART_CONTEXT = {"state": "CopyState", "action": "Action", "action2": "Action",
                 "back": "Action", "level": "Level", "level2": "Level",
                 "clearance": "Clearance", "kind": "ApprovalKind", "kind2": "ApprovalKind",
                 "approval_status": "ApprovalStatus", "medium_status": "MediumStatus",
                 "medium_kind": "MediumKind", "form": "FormKind", "role": "Role",
                 "label": "RuleParts", "what": "RuleParts", "doing": "RuleParts",
                 "step": "MediumStep"}
#: The words a part of these contexts takes, tried first: ``{label}{person}`` splits
#: ``责任人王五`` after 责任人, not after its first character.
_KNOWN = {"RuleParts": sorted(map(str, PARTS), key=len, reverse=True),
          "MediumStep": sorted(map(str, STEPS), key=len, reverse=True)}


def _part(name: str) -> str:
    words = _KNOWN.get(_PART_CONTEXT.get(name, ""))
    if words is None:
        return f"(?P<{name}>.+?)"
    return f"(?P<{name}>{'|'.join(map(re.escape, words))}|.+?)"


@cache
def _patterns() -> tuple[tuple[str, re.Pattern[str], str], ...]:
    """(longest fixed part, regex, template) of every template with named parts, the most
    specific first (most fixed text), so that ``{label}必须是整数`` does not swallow
    ``{label}“{value}”必须是整数``. Compiled once."""
    out = []
    for template in map(str, RULES):
        parts = re.split(r"\{(\w+)\}", template)
        if len(parts) == 1:
            continue  # no named parts: found by the exact look-up
        fixed = parts[0::2]
        regex = "".join(re.escape(p) if i % 2 == 0 else _part(p) for i, p in enumerate(parts))
        out.append((sum(map(len, fixed)), max(fixed, key=len),
                    re.compile(regex + r"\Z", re.S), template))
    out.sort(key=lambda item: -item[0])
    return tuple((key, pattern, template) for _, key, pattern, template in out)


def translate_message(text: str) -> str:
    """``text`` in the UI's language: a known refusal translated, others as they are."""
    if i18n.current_language() == "zh_CN" or not text:
        return text
    exact = QCoreApplication.translate("Rules", text)
    if exact != text:
        return exact
    for key, pattern, template in _patterns():
        if key not in text:  # cheap test before the regex
            continue
        found = pattern.match(text)
        if found is None:
            continue
        english = QCoreApplication.translate("Rules", template)
        if english == template:
            return text
        return english.format(**{name: _part_words(name, value)
                                 for name, value in found.groupdict().items()})
    return text


#: Named parts that are a list of enumeration words: (context, separator, English joiner).
_LISTS = {"need": ("MediumStatus", "或", " or "), "roles": ("Role", "、", " or ")}


def _part_words(name: str, value: str) -> str:
    """A named part in the UI's language: the word of an enumeration translated, each word
    of a list (``“在用”或“停用”``, ``保密员、系统管理员``) too."""
    if name in _LISTS:
        context, separator, joiner = _LISTS[name]
        return joiner.join(
            word.replace(bare, QCoreApplication.translate(context, bare))
            for word in value.split(separator) for bare in (word.strip("“”"),))
    if name not in _PART_CONTEXT:
        return value
    return QCoreApplication.translate(_PART_CONTEXT[name], value)


def message_of(error: MibuError) -> str:
    """What a refusal says, in the UI's language."""
    return translate_message(error.message)
