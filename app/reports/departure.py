"""离岗清退单: a person leaving a classified post hands back everything first (离岗清退)."""

from __future__ import annotations

from app.reports.common import clerk_signs, kv, note
from app.reports.data import DepartureClearance, HeldItem, PrintMeta
from app.reports.page import BLANK_DATE, Document, Mark, Row, cells, fmt_dt

TITLE = "涉密人员离岗清退单"
HEAD = ("序号", "类别", "文号／编号", "名称", "密级", "份号", "清退日期", "保密员核收")
WEIGHTS = (0.75, 0.75, 1.9, 2.05, 1.4, 0.75, 1.6, 1.5)


def _mark(h: HeldItem) -> Mark:
    if h.item is not None:
        return Mark.of(h.item)
    if h.medium is not None:
        return Mark.of(h.medium)
    raise ValueError("HeldItem without item or medium")


def marks(form: DepartureClearance) -> list[Mark]:
    return [_mark(h) for h in form.held]


def _row(i: int, h: HeldItem) -> Row:
    if h.item is not None:
        it = h.item
        texts: tuple[str, ...] = (str(i), it.kind or "文件", it.doc_number, it.title,
                                  it.marking, it.copy_number)
    elif h.medium is not None:
        m = h.medium
        name = m.model if m.capacity and m.capacity in m.model else f"{m.model} {m.capacity}"
        texts = (str(i), m.kind, m.number, name.strip(), m.level.label, "")
    else:
        raise ValueError("HeldItem without item or medium")
    return Row(cells((*texts, fmt_dt(h.returned_on), ""), WEIGHTS, "cclllccc"), marks=(_mark(h),))


def render_departure_clearance(form: DepartureClearance, meta: PrintMeta) -> bytes:
    doc = Document(meta, TITLE, subtitle=meta.unit_name, base_marks=marks(form))
    doc.row(kv(("姓　名", form.person), ("部　门", form.department), ("岗　位", form.post),
               ("涉密等级", form.clearance)))
    doc.row(kv(("离岗日期", fmt_dt(form.leave_date, BLANK_DATE)),
               ("脱密期至", fmt_dt(form.decontamination_until, BLANK_DATE))))
    if form.handed_over_to or form.remarks:
        doc.row(kv(("工作移交", form.handed_over_to), ("备　　注", form.remarks)))
    doc.space(4)
    header = [Row(cells(HEAD, WEIGHTS, "c" * len(HEAD), bold=True))]
    if form.held:
        doc.rows([_row(i, h) for i, h in enumerate(form.held, 1)], header)
    else:
        doc.rows([Row(cells(("本人名下无在册涉密载体或移动存储介质",), (1.0,), "c"))], header)
    doc.space(4)
    doc.text("本人承诺：已将所持有、使用的全部涉密载体和涉密移动存储介质清退完毕，无私自留存；"
             "脱密期内继续履行保密义务，遵守脱密期管理规定。")
    doc.space(2)
    doc.signatures([("离岗人员（签字）", ""), ("日期", "")])
    clerk_signs(doc, ("部门负责人（签字）", ""))
    doc.signatures([("保密工作机构（盖章）", ""), ("日期", "")])
    note(doc, "注：清退未完成的，不予办理离岗手续。脱密期：核心涉密人员 2 至 3 年，"
              "重要涉密人员 1 至 2 年，一般涉密人员 6 个月至 1 年。")
    return doc.render()
