"""复制审批单: the copy approval form with the copy register's fields
(003 复印机 第二十八/二十九条:
复印日期、文件标题、文号、密级、复印份数、批准领导、签收人、清退日期)."""

from __future__ import annotations

from reportlab.lib.units import mm

from app.models.enums import Level
from app.reports.common import clerk_signs, kv, note, wide
from app.reports.data import CopyApproval, PrintMeta
from app.reports.page import BLANK_DATE, Document, Mark, fmt_dt

TITLE = "涉密载体复制（复印）审批单"
EXCERPT_TITLE = "涉密载体摘抄审批单"


def marks(form: CopyApproval) -> list[Mark]:
    return [Mark.of(form.item)]


def render_copy_approval(form: CopyApproval, meta: PrintMeta) -> bytes:
    item = form.item
    word = "摘抄" if form.excerpt else "复印"
    doc = Document(meta, EXCERPT_TITLE if form.excerpt else TITLE, subtitle=meta.unit_name,
                   base_marks=marks(form))
    doc.row(kv(("文件标题", item.title)))
    doc.row(kv(("文　　号", item.doc_number), ("密　　级", item.marking)))
    doc.row(kv(("原件份号", item.copy_number), (f"{word}份数", f"{form.copies} 份")))
    doc.row(kv(("申 请 人", form.applicant), ("部　　门", form.department)))
    doc.row(kv((f"{word}日期", fmt_dt(form.copy_date, BLANK_DATE)),
               ("新编份号", form.new_copy_numbers)))
    doc.row(kv((f"{word}事由", form.purpose), min_height=14 * mm, top=True))
    issuer_hint = form.issuer_consent
    if not issuer_hint and item.level == Level.TOP_SECRET and not form.excerpt:
        issuer_hint = "绝密级载体须经原定密机关、单位批准方可复制"
    doc.row(wide("发文机关（原定密机关）意见", issuer_hint, min_height=18 * mm))
    approval = "\n".join(part for part in (
        f"批准领导：{form.approver}" if form.approver else "", form.approval_ref) if part)
    doc.row(wide("批准领导意见", approval, min_height=18 * mm))
    doc.row(kv(("签 收 人", form.receiver), ("清退日期", fmt_dt(form.return_date, BLANK_DATE))))
    doc.space(3)
    doc.signatures([("批准领导（签字）", ""), ("签收人（签字）", "")])
    clerk_signs(doc, (f"{word}经办人（签字）", ""))
    note(doc, "注：复制件须加盖复印戳记（单位、份数、日期、编号），保持原件的密级、保密期限和知悉"
              "范围，登记后按原件管理，用毕按期清退。")
    return doc.render()
