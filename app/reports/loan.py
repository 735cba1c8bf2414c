"""借阅单: the loan slip (003 借阅: leader's approval, registered and signed, returned on time)."""

from __future__ import annotations

from reportlab.lib.units import mm

from app.models.enums import Level
from app.reports.common import clerk_signs, items_table, kv, note, wide
from app.reports.data import LoanSlip, PrintMeta
from app.reports.page import BLANK_TIME, Document, Mark, fmt_dt

TITLE = "涉密载体借阅单"


def marks(slip: LoanSlip) -> list[Mark]:
    return [Mark.of(i) for i in slip.items]


def render_loan_slip(slip: LoanSlip, meta: PrintMeta) -> bytes:
    doc = Document(meta, TITLE, subtitle=meta.unit_name, base_marks=marks(slip))
    doc.row(kv(("借 阅 人", slip.borrower), ("部　　门", slip.department)))
    doc.row(kv(("借阅事由", slip.purpose), min_height=12 * mm, top=True))
    doc.row(kv(("阅读地点", slip.place), ("借出时间", fmt_dt(slip.lent_at, BLANK_TIME))))
    doc.row(kv(("应还时间", fmt_dt(slip.due_at, BLANK_TIME)),
               ("实还时间", fmt_dt(slip.returned_at, BLANK_TIME))))
    if slip.note:
        doc.row(kv(("备　　注", slip.note)))
    doc.space(4)
    items_table(doc, slip.items, "借阅载体：")
    codes = "、".join(i.code for i in slip.items if i.code)
    if codes:  # a copy without a 份号 is identified on its slip by its code
        doc.row(kv(("载体编码", codes)))
    doc.space(4)
    approval = f"批准领导：{slip.approver}" if slip.approver else ""
    doc.row(wide("审批意见", approval, min_height=20 * mm))
    doc.space(3)
    doc.signatures([("审批领导（签字）", ""), ("日期", "")])
    clerk_signs(doc, ("借阅人（签字）", ""), slip.clerk)
    clerk_signs(doc, ("归还时间", ""))
    text = "注：借阅的涉密载体须在指定场所阅读，妥善保管，按时归还；不得复制、摘抄、转借或带离。"
    if any(i.level == Level.TOP_SECRET for i in slip.items):
        text += "绝密级载体当日借阅当日归还。"
    note(doc, text)
    return doc.render()
