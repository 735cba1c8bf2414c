"""The kinds of printed paper Mibu produces (the ``kind`` of a print job)."""

from __future__ import annotations

import enum


class FormKind(enum.StrEnum):
    CIRCULATION = "circulation"
    LOAN = "loan"
    COPY = "copy"
    CARRY_OUT = "carry_out"
    DESTRUCTION = "destruction"
    RETURN = "return"
    DEPARTURE = "departure"
    INCOMING_LEDGER = "incoming_ledger"
    OUTGOING_LEDGER = "outgoing_ledger"
    MEDIA_LEDGER = "media_ledger"
    MEDIA_LABELS = "media_labels"
    INSPECTION = "inspection"
    INCIDENT = "incident"
    DISPATCH = "dispatch"  # 发文封发单: one envelope sent out
    CHECKLIST = "checklist"  # the inspection desk's checklist (检查)
    TRAIL_EXTRACT = "trail_extract"  # an extract of the readable audit trail

    @property
    def label(self) -> str:
        return _LABELS[self]

    @classmethod
    def parse(cls, text: str) -> FormKind:
        from app.errors import ValidationError

        value = (text or "").strip()
        for k in cls:
            if value in (k.value, k.label):
                return k
        raise ValidationError(f"未知的单据种类“{value[:20]}”", field="kind")


_LABELS = {
    FormKind.CIRCULATION: "传阅单",
    FormKind.LOAN: "借阅单",
    FormKind.COPY: "复制审批单",
    FormKind.CARRY_OUT: "携带外出审批单",
    FormKind.DESTRUCTION: "销毁清单",
    FormKind.RETURN: "清退清单",
    FormKind.DEPARTURE: "离岗清退单",
    FormKind.INCOMING_LEDGER: "收文登记簿",
    FormKind.OUTGOING_LEDGER: "发文登记簿",
    FormKind.MEDIA_LEDGER: "移动存储介质台帐",
    FormKind.MEDIA_LABELS: "移动存储介质标签",
    FormKind.INSPECTION: "保密检查记录表",
    FormKind.INCIDENT: "泄露国家秘密事件报告表",
    FormKind.DISPATCH: "发文封发单",
    FormKind.CHECKLIST: "保密检查清单",
    FormKind.TRAIL_EXTRACT: "审计记录摘录",
}
