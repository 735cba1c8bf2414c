"""泄露国家秘密事件报告表: the incident form of 003 泄密事件报告查处制度 附件1, reported to the
local secrecy administration within 24 hours (第五条)."""

from __future__ import annotations

from reportlab.lib.units import mm

from app.reports.common import note
from app.reports.data import IncidentReport, PrintMeta
from app.reports.page import BLANK_DATE, Cell, Document, Mark, Row, fmt_dt

TITLE = "泄露国家秘密事件报告表"
LABEL_W = 1.6
TOTAL_W = 6.0


def marks(rep: IncidentReport) -> list[Mark]:
    return [Mark(rep.level, rep.period_years)]


def _box(label: str, text: str, min_mm: float) -> Row:
    body = f"{label}：\n{text}" if text else f"{label}："
    return Row((Cell(body, 1.0, "left", "top"),), min_height=min_mm * mm)


def render_incident_report(rep: IncidentReport, meta: PrintMeta) -> bytes:
    doc = Document(meta, TITLE, base_marks=marks(rep))
    doc.row(Row((Cell("发生泄密事件单位", LABEL_W, "center"),
                 Cell(rep.unit, TOTAL_W - LABEL_W)), min_height=10 * mm))
    doc.row(Row((Cell("泄密内容及密级", LABEL_W, "center"),
                 Cell(f"{rep.content}\n密级：{rep.marking}", TOTAL_W - LABEL_W, valign="top")),
                min_height=14 * mm))
    doc.row(_box("责任人基本情况", rep.responsible, 28))
    doc.row(_box("泄密事件发现经过", rep.discovery, 32))
    doc.row(_box("泄密事件发生经过", rep.occurrence, 32))
    doc.row(_box("补救措施", rep.remedies, 28))
    doc.row(_box("备注", rep.note, 16))
    doc.space(4)
    doc.signatures([("填报单位主管领导（签字）", rep.leader), ("填表人", rep.filled_by)])
    doc.signatures([("填报单位（盖章）", rep.reporting_unit or meta.unit_name),
                    ("日期", fmt_dt(rep.report_date, BLANK_DATE))])
    note(doc, "注：发生泄密事件后 24 小时内，以口头或书面形式报告当地保密行政管理部门，并附相关材料"
              "（含泄密事件发生的经过汇报材料）；有上级主管部门的，同时报告其保密工作机构。")
    return doc.render()
