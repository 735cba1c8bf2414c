"""销毁清单 and 清退清单: itemised lists of carriers leaving the register
(003 销毁: approval, itemised list, two witnesses, approved method; 003 清退 2)."""

from __future__ import annotations

from app.models.enums import Level
from app.reports.common import items_table, kv, note
from app.reports.data import DestructionList, ItemRef, PrintMeta, ReturnList
from app.reports.page import BLANK_DATE, Document, Mark, fmt_dt

DESTRUCTION_TITLE = "涉密载体销毁清单"
RETURN_TITLE = "涉密载体清退清单"


def destruction_marks(form: DestructionList) -> list[Mark]:
    return [Mark.of(i) for i in form.items]


def return_marks(form: ReturnList) -> list[Mark]:
    return [Mark.of(i) for i in form.items]


def _total(items: tuple[ItemRef, ...]) -> str:
    return f"合计：{len(items)} 件，{sum(i.copies for i in items)} 份"


def render_destruction_list(form: DestructionList, meta: PrintMeta) -> bytes:
    doc = Document(meta, DESTRUCTION_TITLE, subtitle=meta.unit_name,
                   base_marks=destruction_marks(form))
    doc.row(kv(("销毁方式", form.method), ("销毁日期", fmt_dt(form.date, BLANK_DATE))))
    doc.row(kv(("销毁地点", form.place), ("批准领导", form.approver)))
    doc.space(4)
    items_table(doc, form.items, "销毁载体明细：")
    doc.text(_total(form.items), align="right")
    if form.remarks:
        doc.row(kv(("备　　注", form.remarks)))
    doc.space(4)
    doc.signatures([("批准领导（签字）", ""), ("销毁人（签字）", form.operator)])
    w1, w2 = form.witnesses
    doc.signatures([("监销人一（签字）", w1), ("监销人二（签字）", w2)])
    text = ("注：销毁须经批准、逐件清点登记，二人以上全程监销，使用经批准的销毁方式；"
            "严禁将涉密载体作为废品出售。")
    if any(i.level == Level.TOP_SECRET for i in form.items):
        text += "绝密级载体须在本单位就地销毁。"
    note(doc, text)
    return doc.render()


def render_return_list(form: ReturnList, meta: PrintMeta) -> bytes:
    doc = Document(meta, RETURN_TITLE, subtitle=meta.unit_name, base_marks=return_marks(form))
    doc.row(kv(("清退单位", form.return_to), ("清退期限", fmt_dt(form.deadline, BLANK_DATE))))
    doc.row(kv(("清退日期", fmt_dt(form.date, BLANK_DATE)), ("清退件数", _total(form.items)[3:])))
    doc.space(4)
    items_table(doc, form.items, "清退载体明细：")
    if form.remarks:
        doc.row(kv(("备　　注", form.remarks)))
    doc.space(4)
    doc.signatures([("移交人（签字）", form.handed_by), ("接收人（签字）", form.received_by)])
    doc.signatures([("移交日期", ""), ("接收单位（盖章）", "")])
    note(doc, "注：按发文机关规定的期限清退；无规定期限的，保密员每月清点、每季度核对清退，"
              "本年度文件最迟于次年第一季度末清退完毕。")
    return doc.render()
