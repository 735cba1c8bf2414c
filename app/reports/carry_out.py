"""携带外出审批单: carrying carriers out (003 携带: approval, register; 绝密 two people)."""

from __future__ import annotations

from reportlab.lib.units import mm

from app.models.enums import Level
from app.reports.common import clerk_signs, items_table, kv, note, wide
from app.reports.data import CarryOutForm, PrintMeta
from app.reports.page import BLANK_TIME, Document, Mark, fmt_dt

TITLE = "涉密载体携带外出审批单"


def marks(form: CarryOutForm) -> list[Mark]:
    return [Mark.of(i) for i in form.items]


def render_carry_out(form: CarryOutForm, meta: PrintMeta) -> bytes:
    doc = Document(meta, TITLE, subtitle=meta.unit_name, base_marks=marks(form))
    top_secret = any(i.level == Level.TOP_SECRET for i in form.items)
    companion = form.companion or ("（绝密级须二人同行）" if top_secret else "")
    doc.row(kv(("携 带 人", form.carrier), ("部　　门", form.department)))
    doc.row(kv(("同 行 人", companion), ("前往地点", form.destination)))
    doc.row(kv(("外出时间", fmt_dt(form.leave_at, BLANK_TIME)),
               ("预计返回", fmt_dt(form.return_due, BLANK_TIME))))
    doc.row(kv(("外出事由", form.purpose), min_height=12 * mm, top=True))
    doc.row(kv(("保护措施", form.safeguards)))
    doc.space(4)
    items_table(doc, form.items, "携带载体：")
    doc.space(4)
    approval = f"批准领导：{form.approver}" if form.approver else ""
    doc.row(wide("审批意见", approval, min_height=18 * mm))
    doc.row(kv(("实际返回", fmt_dt(form.returned_at, BLANK_TIME)), ("载体核验", "□完好　□缺失")))
    doc.space(3)
    doc.signatures([("审批领导（签字）", ""), ("携带人（签字）", "")])
    clerk_signs(doc, ("同行人（签字）", ""))
    note(doc, "注：携带外出须专人携带、不离身，不得进入无关场所；返回后即交保密员核验登记。"
              "绝密级载体须二人以上携带。")
    return doc.render()
