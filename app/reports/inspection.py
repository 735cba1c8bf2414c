"""保密检查记录表: the inspection record (003 保密监督检查制度 附件), generated from the register
for a period: carrier counts by level (present, lent, copied) and, for 绝密, each item's 文号,
distribution, copies, route, custody and everyone who had contact."""

from __future__ import annotations

from reportlab.lib.units import mm

from app.models.enums import Level
from app.reports.common import note
from app.reports.data import InspectionRecord, PrintMeta
from app.reports.page import SMALL_SIZE, Cell, Document, Mark, Row, cells, fmt_dt

TITLE = "保密检查记录表"
LABEL_W = 1.0
TOTAL_W = 6.0
CARRIER_HEAD = ("密级", "数量", "种类", "状况", "履行手续", "存在问题")
CARRIER_W = (0.7, 0.6, 1.0, 1.3, 0.7, 0.9)
TOP_HEAD = ("文号", "发放范围", "发放份数", "传递途径", "保管情况", "接触、知悉人员记录")
TOP_W = (1.25, 1.0, 0.55, 0.9, 0.9, 1.4)
LEVELS = (Level.TOP_SECRET, Level.CONFIDENTIAL, Level.SECRET)


def marks(rec: InspectionRecord) -> list[Mark]:
    return [Mark.of(t.item) for t in rec.top_secret]


def _box(checked: bool) -> str:
    return "■" if checked else "□"


def _line(label: str, text: str, min_mm: float = 16) -> Row:
    """A wide cell whose printed label sits on its first line (as on the paper form)."""
    body = f"{label}\n{text}" if text else label
    return Row((Cell(body, 1.0, "left", "top"),), min_height=min_mm * mm)


def _pair(label: str, text: str, min_mm: float = 14) -> Row:
    return Row((Cell(label, LABEL_W, "center"), Cell(text, TOTAL_W - LABEL_W, "left", "top")),
               min_height=min_mm * mm)


def render_inspection_record(rec: InspectionRecord, meta: PrintMeta) -> bytes:
    doc = Document(meta, TITLE, subtitle=f"检查时段：{rec.period.text}", base_marks=marks(rec))
    doc.row(Row(cells((f"单位：{meta.unit_name}",
                       f"填表日期：{rec.inspected_on:%Y年%m月%d日}"), (1, 1), "lr"),
                border=False))
    doc.row(Row((Cell("部门（部位）", LABEL_W, "center"), Cell(rec.department, 2.0),
                 Cell("部门负责人", LABEL_W, "center"), Cell(rec.department_head, 2.0))))
    degree = "　　".join(f"{_box(lv in rec.levels_present)}{lv.label}" for lv in LEVELS)
    doc.row(Row((Cell("涉密程度", LABEL_W, "center"), Cell(degree, TOTAL_W - LABEL_W))))
    doc.group("涉密人员管理", [
        _line("人员变动情况（含离岗人数、签订离岗保密协议等情况）：", rec.staff_changes),
        _line("人员出境情况（含因公、因私出境人数，批准情况、所到国家或地区等情况）：",
              rec.travel_abroad),
        _line("保密教育培训情况（含培训时间、课时、参加人数、缺席人数、内容等情况）：",
              rec.training),
        _line("履行保密责任情况（含有无保密违规情况、有无需要报告的重大事项，如有，请详述）：",
              rec.duties),
    ], label_weight=LABEL_W, total_weight=TOTAL_W)
    by_level = {c.level: c for c in rec.counts}
    carrier_rows = []
    for lv in LEVELS:
        c = by_level.get(lv)
        if c is None:
            texts = (lv.label, "0", "", "□齐全\n□外借　　份\n□复印　　份", "□有\n□无", "")
        else:
            total = c.present + c.lent
            state = (f"{_box(c.lent == 0)}齐全（在位 {c.present} 份）\n"
                     f"{_box(c.lent > 0)}外借　{c.lent} 份\n"
                     f"{_box(c.copied > 0)}复印　{c.copied} 份")
            proc = f"{_box(c.procedures_ok)}有\n{_box(not c.procedures_ok)}无"
            texts = (lv.label, str(total), c.kinds, state, proc, c.problems or "无")
        carrier_rows.append(Row(cells(texts, CARRIER_W, "cccllc")))
    doc.group("涉密载体管理", carrier_rows,
              header=[Row(cells(CARRIER_HEAD, CARRIER_W, "cccccc", bold=True))],
              label_weight=LABEL_W, total_weight=TOTAL_W)
    top_rows = [
        Row(cells((t.item.doc_number, t.distribution, str(t.copies), t.route, t.custody,
                   "、".join(t.contacts)), TOP_W, "llclll", size=SMALL_SIZE),
            marks=(Mark.of(t.item),))
        for t in rec.top_secret
    ] or [Row(cells(("本检查时段内无绝密级载体",), (1.0,), "c"))]
    doc.group("绝密件管理情况", top_rows,
              header=[Row(cells(TOP_HEAD, TOP_W, "cccccc", size=SMALL_SIZE, bold=True))],
              label_weight=LABEL_W, total_weight=TOTAL_W)
    hint = "简单说明检查的内容、方式及结果（含保密安全防范措施运转情况）："
    doc.row(_pair("保密设备、设施检查情况", f"{hint}\n{rec.equipment}".strip()))
    doc.row(_pair("办公场所防范情况", f"{hint}\n{rec.premises}".strip()))
    doc.row(_pair("其他情况", rec.other, 10))
    if rec.trail_anchor:
        doc.row(_pair("审计检查点", rec.trail_anchor, 10))
    doc.group("检查意见", [
        _line("有无发现泄密隐患，如有，请详述：", rec.hazards),
        _line("保密整改措施及保密要求：", rec.measures),
    ], label_weight=LABEL_W, total_weight=TOTAL_W)
    doc.space(3)
    doc.signatures([("检查人签名", "、".join(rec.inspectors)), ("日期", "")])
    note(doc, "注：1. 涉密载体种类是指涉密文件、资料、图纸、录音带、录像带、光盘、U盘、软盘、硬盘、"
              "移动硬盘、存储卡、磁带、便携式计算机、磁盘阵列等磁、光介质，以及密品，如密码机等。"
              f"\n2. 所填内容的时限从上次检查结束至本次检查止（{fmt_dt(rec.period.start)} 至 "
              f"{fmt_dt(rec.period.end)}）。")
    return doc.render()
