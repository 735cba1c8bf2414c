"""传阅单: the circulation slip (direct circulation only, 不得横传; 003 传阅 1-3)."""

from __future__ import annotations

from reportlab.lib.units import mm

from app.models.enums import Level
from app.reports.common import banner, clerk_signs, kv, note
from app.reports.data import CirculationSlip, PrintMeta
from app.reports.page import BLANK_TIME, SMALL_SIZE, Document, Mark, Row, cells, fmt_dt

TITLE = "涉密文件传阅单"
BLANK_DAY = "　月　日"  # a date filled in by hand, in a narrow column
HEAD = ("序号", "阅文人", "部门", "送阅时间", "应退日期", "阅文人签名", "退回时间", "保密员签收")
WEIGHTS = (0.55, 1.15, 1.2, 1.6, 1.2, 1.25, 1.6, 1.25)


def marks(slip: CirculationSlip) -> list[Mark]:
    return [Mark.of(slip.item)]


def render_circulation_slip(slip: CirculationSlip, meta: PrintMeta) -> bytes:
    item = slip.item
    doc = Document(meta, TITLE, subtitle=meta.unit_name, base_marks=marks(slip))
    doc.row(banner("不得横传　由保密员直接送阅、收回，阅后退保密员"))
    doc.space(2)
    doc.row(kv(("文　　号", item.doc_number), ("密级及期限", item.marking)))
    doc.row(kv(("标　　题", item.title)))
    doc.row(kv(("来文单位", item.issuer), ("份　　号", item.copy_number or "无")))
    doc.row(kv(("载体编码", item.code), ("收文编号", item.register_number)))
    doc.row(kv(("知悉范围", slip.scope)))
    doc.row(kv(("批准领导", slip.approved_by), ("传阅期限", fmt_dt(slip.due))))
    doc.space(4)
    header = [Row(cells(HEAD, WEIGHTS, "c" * len(HEAD), bold=True))]
    rows = [
        Row(cells((str(i), r.name, r.department, fmt_dt(r.out_at, BLANK_TIME),
                   fmt_dt(r.due_on, BLANK_DAY), "", fmt_dt(r.back_at, BLANK_TIME), ""),
                  WEIGHTS, "c" * len(HEAD), size=SMALL_SIZE),
            min_height=9.5 * mm)
        for i, r in enumerate(slip.readers, 1)
    ]
    start = len(rows) + 1
    rows += [
        Row(cells((str(i), "", "", BLANK_TIME, BLANK_DAY, "", BLANK_TIME, ""), WEIGHTS,
                  "c" * len(HEAD), size=SMALL_SIZE),
            min_height=9.5 * mm)
        for i in range(start, start + slip.blank_lines)
    ]
    doc.rows(rows, header)
    if slip.note:
        doc.row(kv(("备　　注", slip.note)))
    doc.space(3)
    clerk_signs(doc, ("收回日期", ""), slip.clerk)
    rules = ("注：1. 传阅实行直传，阅文人之间不得相互传递；2. 阅文人不得擅自复制、摘抄、留存；"
             "3. 急件与绝密件当日送阅当日收回，一般文件 3 日内退回，传阅周期最长不超过一个月。")
    if item.level == Level.TOP_SECRET:
        rules += "4. 绝密件须在保密室或阅文室阅读，接触人员逐一登记。"
    note(doc, rules)
    return doc.render()
