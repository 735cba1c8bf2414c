"""The inspector's paper: the inspection checklist (检查清单) and an extract of the audit trail
(审计记录摘录). Plain data in, PDF bytes out; every page marked with the highest level the
paper mentions."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.units import mm

from app.models.enums import Level
from app.reports.data import PrintMeta
from app.reports.page import SMALL_SIZE, Cell, Document, Mark, Row, cells

CHECKLIST_TITLE = "保密检查清单"
EXTRACT_TITLE = "审计记录摘录"


@dataclass(frozen=True)
class ChecklistLine:
    no: str
    item: str
    figure: str
    verdict: str
    records: tuple[str, ...]
    level: Level


@dataclass(frozen=True)
class ChecklistPaper:
    unit: str
    period: str  # 2026年01月01日 至 2026年12月02日
    lines: tuple[ChecklistLine, ...]


CHECK_HEAD = ("序号", "检查内容", "检查情况", "结论")
CHECK_W = (0.6, 3.0, 5.0, 1.0)


def render_checklist(paper: ChecklistPaper, meta: PrintMeta) -> bytes:
    top = max((x.level for x in paper.lines), default=Level.UNCLASSIFIED)
    doc = Document(meta, CHECKLIST_TITLE,
                   subtitle=f"单位：{paper.unit}　　检查期间：{paper.period}",
                   base_marks=[Mark(top)])
    header = [Row(cells(CHECK_HEAD, CHECK_W, "cccc", size=SMALL_SIZE, bold=True))]
    rows: list[Row] = []
    for line in paper.lines:
        figure = line.figure
        if line.records:
            shown = line.records[:12]
            figure += "\n" + "\n".join(f"· {r}" for r in shown)
            if len(line.records) > len(shown):
                figure += f"\n· 另有 {len(line.records) - len(shown)} 条，见登记簿"
        rows.append(Row(cells((line.no, line.item, figure, line.verdict), CHECK_W, "clll",
                              size=SMALL_SIZE), marks=(Mark(line.level),)))
    doc.rows(rows, header)
    doc.space(6)
    doc.signatures([("检查人", ""), ("受检单位人员", "")])
    return doc.render()


@dataclass(frozen=True)
class ExtractLine:
    at: str
    category: str
    label: str
    subject: str
    changes: tuple[str, ...]
    actor: str
    level: Level


@dataclass(frozen=True)
class ExtractPaper:
    unit: str
    scope: str  # what was asked for: 期间、类别、物品
    lines: tuple[ExtractLine, ...]
    verification: str  # the chain's verification result, in words
    first_hash: str  # the first and last entry of the extract, as stored
    last_hash: str
    first_id: int
    last_id: int
    chain_length: int  # entries in the whole trail when the extract was made


EXTRACT_HEAD = ("时间", "类别", "操作", "对象", "内容", "操作人")
EXTRACT_W = (1.5, 0.7, 1.3, 2.2, 4.2, 1.4)


def render_extract(paper: ExtractPaper, meta: PrintMeta) -> bytes:
    # every page carries the highest level the whole extract mentions
    top = max((x.level for x in paper.lines), default=Level.UNCLASSIFIED)
    doc = Document(meta, EXTRACT_TITLE, subtitle=f"单位：{paper.unit}　　{paper.scope}",
                   landscape_pages=True, title_every_page=True, margins_mm=(12.0, 10.0),
                   base_marks=[Mark(top)])
    header = [Row(cells(EXTRACT_HEAD, EXTRACT_W, "cccccc", size=SMALL_SIZE, bold=True))]
    doc.rows((Row(cells((x.at, x.category, x.label, x.subject, "\n".join(x.changes), x.actor),
                        EXTRACT_W, "llllll", size=SMALL_SIZE), marks=(Mark(x.level),))
              for x in paper.lines), header, total=len(paper.lines))
    if not paper.lines:
        doc.text("所选范围内没有审计记录。")
    doc.space(6)
    _verification(doc, paper)
    return doc.render()


def _verification(doc: Document, paper: ExtractPaper) -> None:
    """On the last page: what a later verification compares the printed extract with."""
    rows: Sequence[tuple[str, str]] = (
        ("审计链校验", paper.verification),
        ("摘录条数", f"{len(paper.lines)} 条（登记簿审计记录共 {paper.chain_length} 条）"),
        ("首条记录", f"第 {paper.first_id} 条　散列值 {paper.first_hash}" if paper.lines
         else "无"),
        ("末条记录", f"第 {paper.last_id} 条　散列值 {paper.last_hash}" if paper.lines
         else "无"),
    )
    doc.ensure(30 * mm)
    for label, text in rows:
        doc.row(Row((Cell(label, 1.2, bold=True, size=SMALL_SIZE),
                     Cell(text, 8.0, size=SMALL_SIZE))))
