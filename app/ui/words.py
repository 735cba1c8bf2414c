"""The words of the register's enumerations (levels, states, actions, kinds, roles ...) as
the screens show them: their labels are Chinese (services and paper use them); an English UI
translates them here, each in the context of its enumeration (借出 is a state and an action).

Generated from the enumerations; ``tests/ui/test_words.py`` checks that every label is listed.
"""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.ui import i18n

if TYPE_CHECKING:
    from app.services.lifecycle.approvals import ApprovalInfo


def label_of(value: object) -> str:
    """``value.label`` in the UI's language (an enumeration's; other labels as they are)."""
    text = str(getattr(value, "label", value))
    if isinstance(value, enum.Enum):
        return QCoreApplication.translate(type(value).__name__, text)
    return text


def due_kind(kind: str) -> str:
    """传阅 / 借阅 / 携带外出 as a list of things due names them."""
    return QCoreApplication.translate("DueKind", kind)


def _short(title: str, n: int = 24) -> str:
    return title if len(title) <= n else title[:n] + "…"


def approval_summary(approval: ApprovalInfo) -> str:
    """What an approval is for, as ``ApprovalInfo.summary`` words it, in the UI's language."""
    if i18n.current_language() == "zh_CN":
        return approval.summary
    if approval.medium_number:
        what = QCoreApplication.translate("Words", "介质 {number}").format(
            number=approval.medium_number)
    else:
        what = f"“{_short(approval.document_title)}”"
    parts = [what]
    if approval.person_name:
        parts.append(approval.person_name)
    if approval.count:
        parts.append(QCoreApplication.translate("Words", "{n} 份").format(n=approval.count))
    if approval.until:
        parts.append(QCoreApplication.translate("Words", "至 {day}").format(
            day=approval.until.isoformat()))
    return f"{label_of(approval.kind)}: " + ", ".join(parts)


#: (context, label) of every enumeration label, for lupdate and the test.
WORDS: tuple[tuple[str, object], ...] = (
    ("DocumentKind", QT_TRANSLATE_NOOP("DocumentKind", "收文")),
    ("DocumentKind", QT_TRANSLATE_NOOP("DocumentKind", "发文")),
    ("CarrierType", QT_TRANSLATE_NOOP("CarrierType", "纸质")),
    ("CarrierType", QT_TRANSLATE_NOOP("CarrierType", "光盘")),
    ("CarrierType", QT_TRANSLATE_NOOP("CarrierType", "移动存储介质")),
    ("CarrierType", QT_TRANSLATE_NOOP("CarrierType", "电子文件")),
    ("CarrierType", QT_TRANSLATE_NOOP("CarrierType", "密码电报")),
    ("CarrierType", QT_TRANSLATE_NOOP("CarrierType", "其他")),
    ("CopyState", QT_TRANSLATE_NOOP("CopyState", "在库")),
    ("CopyState", QT_TRANSLATE_NOOP("CopyState", "传阅中")),
    ("CopyState", QT_TRANSLATE_NOOP("CopyState", "借出")),
    ("CopyState", QT_TRANSLATE_NOOP("CopyState", "携带外出")),
    ("CopyState", QT_TRANSLATE_NOOP("CopyState", "已清退")),
    ("CopyState", QT_TRANSLATE_NOOP("CopyState", "已销毁")),
    ("CopyState", QT_TRANSLATE_NOOP("CopyState", "已归档")),
    ("CopyState", QT_TRANSLATE_NOOP("CopyState", "已解密")),
    ("CopyState", QT_TRANSLATE_NOOP("CopyState", "已发出")),
    ("CopyState", QT_TRANSLATE_NOOP("CopyState", "丢失")),
    ("ScopeKind", QT_TRANSLATE_NOOP("ScopeKind", "全体")),
    ("ScopeKind", QT_TRANSLATE_NOOP("ScopeKind", "人员")),
    ("ScopeKind", QT_TRANSLATE_NOOP("ScopeKind", "部门")),
    ("ScopeKind", QT_TRANSLATE_NOOP("ScopeKind", "职务")),
    ("ApprovalKind", QT_TRANSLATE_NOOP("ApprovalKind", "密级变更")),
    ("ApprovalKind", QT_TRANSLATE_NOOP("ApprovalKind", "保密期限变更")),
    ("ApprovalKind", QT_TRANSLATE_NOOP("ApprovalKind", "借阅")),
    ("ApprovalKind", QT_TRANSLATE_NOOP("ApprovalKind", "复制")),
    ("ApprovalKind", QT_TRANSLATE_NOOP("ApprovalKind", "摘抄")),
    ("ApprovalKind", QT_TRANSLATE_NOOP("ApprovalKind", "携带外出")),
    ("ApprovalKind", QT_TRANSLATE_NOOP("ApprovalKind", "扩大知悉范围")),
    ("ApprovalKind", QT_TRANSLATE_NOOP("ApprovalKind", "销毁")),
    ("ApprovalStatus", QT_TRANSLATE_NOOP("ApprovalStatus", "待审批")),
    ("ApprovalStatus", QT_TRANSLATE_NOOP("ApprovalStatus", "已批准")),
    ("ApprovalStatus", QT_TRANSLATE_NOOP("ApprovalStatus", "未批准")),
    ("ApprovalStatus", QT_TRANSLATE_NOOP("ApprovalStatus", "已使用")),
    ("ApprovalStatus", QT_TRANSLATE_NOOP("ApprovalStatus", "已撤回")),
    ("DestructionMethod", QT_TRANSLATE_NOOP("DestructionMethod", "粉碎")),
    ("DestructionMethod", QT_TRANSLATE_NOOP("DestructionMethod", "焚烧")),
    ("DestructionMethod", QT_TRANSLATE_NOOP("DestructionMethod", "化浆")),
    ("DestructionMethod", QT_TRANSLATE_NOOP("DestructionMethod", "消磁")),
    ("DestructionMethod", QT_TRANSLATE_NOOP("DestructionMethod", "物理破坏")),
    ("DestructionMethod", QT_TRANSLATE_NOOP("DestructionMethod", "送指定销毁机构")),
    ("StocktakeKind", QT_TRANSLATE_NOOP("StocktakeKind", "月度清点")),
    ("StocktakeKind", QT_TRANSLATE_NOOP("StocktakeKind", "季度清查清退")),
    ("StocktakeKind", QT_TRANSLATE_NOOP("StocktakeKind", "半年清理")),
    ("MediumKind", QT_TRANSLATE_NOOP("MediumKind", "U盘")),
    ("MediumKind", QT_TRANSLATE_NOOP("MediumKind", "移动硬盘")),
    ("MediumKind", QT_TRANSLATE_NOOP("MediumKind", "光盘")),
    ("MediumKind", QT_TRANSLATE_NOOP("MediumKind", "存储卡")),
    ("MediumKind", QT_TRANSLATE_NOOP("MediumKind", "设备")),
    ("MediumStatus", QT_TRANSLATE_NOOP("MediumStatus", "在用")),
    ("MediumStatus", QT_TRANSLATE_NOOP("MediumStatus", "停用")),
    ("MediumStatus", QT_TRANSLATE_NOOP("MediumStatus", "外出")),
    ("MediumStatus", QT_TRANSLATE_NOOP("MediumStatus", "维修")),
    ("MediumStatus", QT_TRANSLATE_NOOP("MediumStatus", "丢失")),
    ("MediumStatus", QT_TRANSLATE_NOOP("MediumStatus", "已销毁")),
    ("MediumEventKind", QT_TRANSLATE_NOOP("MediumEventKind", "登记")),
    ("MediumEventKind", QT_TRANSLATE_NOOP("MediumEventKind", "发放")),
    ("MediumEventKind", QT_TRANSLATE_NOOP("MediumEventKind", "归还")),
    ("MediumEventKind", QT_TRANSLATE_NOOP("MediumEventKind", "携带外出")),
    ("MediumEventKind", QT_TRANSLATE_NOOP("MediumEventKind", "带回")),
    ("MediumEventKind", QT_TRANSLATE_NOOP("MediumEventKind", "清查")),
    ("MediumEventKind", QT_TRANSLATE_NOOP("MediumEventKind", "送修")),
    ("MediumEventKind", QT_TRANSLATE_NOOP("MediumEventKind", "修复返回")),
    ("MediumEventKind", QT_TRANSLATE_NOOP("MediumEventKind", "丢失")),
    ("MediumEventKind", QT_TRANSLATE_NOOP("MediumEventKind", "销毁")),
    ("MediumEventKind", QT_TRANSLATE_NOOP("MediumEventKind", "密级提高")),
    ("MediumEventKind", QT_TRANSLATE_NOOP("MediumEventKind", "复制")),
    ("PersonStatus", QT_TRANSLATE_NOOP("PersonStatus", "在岗")),
    ("PersonStatus", QT_TRANSLATE_NOOP("PersonStatus", "离岗")),
    ("Level", QT_TRANSLATE_NOOP("Level", "非密")),
    ("Level", QT_TRANSLATE_NOOP("Level", "内部")),
    ("Level", QT_TRANSLATE_NOOP("Level", "秘密")),
    ("Level", QT_TRANSLATE_NOOP("Level", "机密")),
    ("Level", QT_TRANSLATE_NOOP("Level", "绝密")),
    ("Clearance", QT_TRANSLATE_NOOP("Clearance", "一般")),
    ("Clearance", QT_TRANSLATE_NOOP("Clearance", "重要")),
    ("Clearance", QT_TRANSLATE_NOOP("Clearance", "核心")),
    ("Role", QT_TRANSLATE_NOOP("Role", "保密员")),
    ("Role", QT_TRANSLATE_NOOP("Role", "主管领导")),
    ("Role", QT_TRANSLATE_NOOP("Role", "审计员")),
    ("Role", QT_TRANSLATE_NOOP("Role", "系统管理员")),
    ("Action", QT_TRANSLATE_NOOP("Action", "传阅")),
    ("Action", QT_TRANSLATE_NOOP("Action", "收回")),
    ("Action", QT_TRANSLATE_NOOP("Action", "借出")),
    ("Action", QT_TRANSLATE_NOOP("Action", "归还")),
    ("Action", QT_TRANSLATE_NOOP("Action", "续借")),
    ("Action", QT_TRANSLATE_NOOP("Action", "携带外出")),
    ("Action", QT_TRANSLATE_NOOP("Action", "外出交回")),
    ("Action", QT_TRANSLATE_NOOP("Action", "复制")),
    ("Action", QT_TRANSLATE_NOOP("Action", "摘抄")),
    ("Action", QT_TRANSLATE_NOOP("Action", "清退")),
    ("Action", QT_TRANSLATE_NOOP("Action", "销毁")),
    ("Action", QT_TRANSLATE_NOOP("Action", "归档")),
    ("Action", QT_TRANSLATE_NOOP("Action", "解密")),
    ("Action", QT_TRANSLATE_NOOP("Action", "发出")),
    ("Action", QT_TRANSLATE_NOOP("Action", "登记丢失")),
    ("Action", QT_TRANSLATE_NOOP("Action", "找回")),
    ("Authority", QT_TRANSLATE_NOOP("Authority", "本单位主管领导")),
    ("Authority", QT_TRANSLATE_NOOP("Authority", "原定密机关")),
    ("Method", QT_TRANSLATE_NOOP("Method", "本机确认")),
    ("Method", QT_TRANSLATE_NOOP("Method", "书面批件")),
    ("FormKind", QT_TRANSLATE_NOOP("FormKind", "传阅单")),
    ("FormKind", QT_TRANSLATE_NOOP("FormKind", "借阅单")),
    ("FormKind", QT_TRANSLATE_NOOP("FormKind", "复制审批单")),
    ("FormKind", QT_TRANSLATE_NOOP("FormKind", "携带外出审批单")),
    ("FormKind", QT_TRANSLATE_NOOP("FormKind", "销毁清单")),
    ("FormKind", QT_TRANSLATE_NOOP("FormKind", "清退清单")),
    ("FormKind", QT_TRANSLATE_NOOP("FormKind", "离岗清退单")),
    ("FormKind", QT_TRANSLATE_NOOP("FormKind", "收文登记簿")),
    ("FormKind", QT_TRANSLATE_NOOP("FormKind", "发文登记簿")),
    ("FormKind", QT_TRANSLATE_NOOP("FormKind", "移动存储介质台帐")),
    ("FormKind", QT_TRANSLATE_NOOP("FormKind", "移动存储介质标签")),
    ("FormKind", QT_TRANSLATE_NOOP("FormKind", "保密检查记录表")),
    ("FormKind", QT_TRANSLATE_NOOP("FormKind", "泄露国家秘密事件报告表")),
    ("FormKind", QT_TRANSLATE_NOOP("FormKind", "保密检查清单")),
    ("FormKind", QT_TRANSLATE_NOOP("FormKind", "审计记录摘录")),
    ("FormKind", QT_TRANSLATE_NOOP("FormKind", "发文封发单")),
    ("Backend", QT_TRANSLATE_NOOP("Backend", "USBGuard（系统服务，开机即生效，Mibu 关闭时仍然有效）")),  # noqa: E501
    ("Backend", QT_TRANSLATE_NOOP("Backend", "Mibu 自带防护（仅在 Mibu 运行时有效；关闭 Mibu 后只有集线器和键盘鼠标可用，但已放行的设备保持可用）")),  # noqa: E501
    ("DueKind", QT_TRANSLATE_NOOP("DueKind", "传阅")),
    ("DueKind", QT_TRANSLATE_NOOP("DueKind", "借阅")),
    ("DueKind", QT_TRANSLATE_NOOP("DueKind", "携带外出")),
)
