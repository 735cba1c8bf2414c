"""argparse's own words in Chinese (``usage:``, ``options``, its error messages).

argparse looks its messages up through the module-level ``_`` and ``ngettext`` at the moment
it formats them (``from gettext import gettext as _, ngettext``), and CPython ships no Chinese
catalog for them. ``install()`` replaces those two names in the argparse module with lookups
in ``CATALOG``; a message not in the catalog stays as argparse wrote it. Only the ``mibu``
command calls it (the GUI never parses arguments after start).
"""

from __future__ import annotations

import argparse
import re
import unicodedata

# argparse's message ids (Python 3.11–3.13) → Chinese. The %-placeholders are kept.
CATALOG: dict[str, str] = {
    "usage: ": "用法：",
    "positional arguments": "位置参数",
    "options": "选项",
    "optional arguments": "选项",
    "show this help message and exit": "显示本帮助并退出",
    "show program's version number and exit": "显示版本号并退出",
    "subcommands": "子命令",
    "%(prog)s: error: %(message)s\n": "%(prog)s：错误：%(message)s\n",
    "argument %(argument_name)s: %(message)s": "参数 %(argument_name)s：%(message)s",
    "invalid choice: %(value)r (choose from %(choices)s)":
        "无效的选项 %(value)r（可选：%(choices)s）",
    "invalid %(type)s value: %(value)r": "%(value)r 不是有效的%(type)s",
    "the following arguments are required: %s": "缺少必需的参数：%s",
    "unrecognized arguments: %s": "无法识别的参数：%s",
    "expected one argument": "需要一个值",
    "expected at most one argument": "最多只能有一个值",
    "expected at least one argument": "至少需要一个值",
    "not allowed with argument %s": "不能与参数 %s 同时使用",
    "one of the arguments %s is required": "参数 %s 中必须有一个",
    "ambiguous option: %(option)s could match %(matches)s":
        "选项 %(option)s 有歧义，可能是：%(matches)s",
    "ignored explicit argument %r": "多余的值 %r 被忽略",
    "unknown parser %(parser_name)r (choices: %(choices)s)":
        "未知的子命令 %(parser_name)r（可选：%(choices)s）",
    "can't open '%(filename)s': %(error)s": "无法打开“%(filename)s”：%(error)s",
    "unexpected option string: %s": "意外的选项：%s",
    "cannot have multiple subparser arguments": "只能有一组子命令",
}

# ngettext pairs: (singular, plural) → Chinese (Chinese has one form).
PLURALS: dict[tuple[str, str], str] = {
    ("expected %s argument", "expected %s arguments"): "需要 %s 个值",
    ("conflicting option string: %s", "conflicting option strings: %s"): "选项冲突：%s",
}

# The names of the types the ``mibu`` command converts with, as "invalid %(type)s value" shows.
TYPE_NAMES = {"int": "整数", "float": "数字", "Path": "路径", "date": "日期（年-月-日）"}


def gettext(message: str) -> str:
    return CATALOG.get(message, message)


def ngettext(singular: str, plural: str, n: int) -> str:
    return PLURALS.get((singular, plural), singular if n == 1 else plural)


# What a value is called in ``用法：`` lines, by the argument's dest (instead of argparse's
# upper-cased English dest); options with fixed choices show their choices.
METAVARS = {
    "register": "路径", "user": "用户名", "otp": "一次性口令", "text": "检索词", "level": "密级",
    "limit": "条数", "number": "编号", "file": "文件", "action": "操作", "unit": "单位",
    "workstation": "名称", "clerk": "姓名", "username": "用户名", "code": "码", "to": "目录",
    "backup": "备份文件", "directory": "目录", "holder": "责任人", "kind": "种类",
    "brand": "品牌型号", "vendor_id": "厂商ID", "product_id": "产品ID", "serial": "序列号",
    "capacity": "容量", "descriptor_hash": "描述符摘要", "bought_on": "日期", "until": "日期",
    "reason": "事由", "approval": "审批编号", "destination": "地点及事由", "companion": "同行人",
    "date": "日期", "place": "维修点", "circumstances": "经过", "new_number": "编号",
    "witness": "监销人", "means": "销毁机构", "encoding": "编码", "map": "映射文件",
}


class ChineseArgumentParser(argparse.ArgumentParser):
    """Subcommand parsers inherit the class of their parent, so one root class is enough."""

    def add_argument(self, *args: object, **kwargs: object) -> argparse.Action:
        action = super().add_argument(*args, **kwargs)  # type: ignore[arg-type]
        if action.metavar is None and action.choices is None and action.nargs != 0:
            action.metavar = METAVARS.get(action.dest, "值")
        return action

    def format_help(self) -> str:
        return "\n".join(_realign(line) for line in super().format_help().split("\n"))

    def _get_value(self, action: argparse.Action, arg_string: str) -> object:
        try:
            return super()._get_value(action, arg_string)
        except argparse.ArgumentError as exc:
            name = getattr(action.type, "__name__", repr(action.type))
            generic = gettext("invalid %(type)s value: %(value)r") % {
                "type": name, "value": arg_string}
            if name in TYPE_NAMES and exc.message == generic:
                raise argparse.ArgumentError(
                    action, f"{arg_string!r} 不是有效的{TYPE_NAMES[name]}") from None
            raise


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _realign(line: str) -> str:
    """argparse pads an option's invocation to the help column counting characters; a
    Chinese character is two columns wide, so take the extra columns out of the padding."""
    m = re.match(r"^(\s+\S.*?)(\s{2,})(\S.*)$", line)
    if m is None:
        return line
    head, pad, rest = m.groups()
    extra = _width(head) - len(head)
    if extra <= 0:
        return line
    return head + " " * max(2, len(pad) - extra) + rest

def install() -> None:
    argparse._ = gettext  # type: ignore[attr-defined]
    argparse.ngettext = ngettext  # type: ignore[attr-defined]
