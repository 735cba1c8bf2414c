"""检查: the inspection items of 江门市保密工作常态化检查服务项目表 (seed 003) that a
register can answer, for a chosen period, read-only.

Items 5–11 (涉密载体管理) and 16–19 (制度落实: 载体、计算机及移动存储介质、办公自动化设备、
定密), then the stocktake differences, the approvals used without a matching record and the
USB refusals. Each line has its figure, a verdict, the records behind it (each opens its
history) and the trail filter that shows its entries.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement, and_, func, or_, select
from sqlalchemy.orm import Session

from app.errors import ValidationError
from app.models.documents import Approval, ApprovalKind, ApprovalStatus, Copy, Document
from app.models.enums import Level
from app.models.foundation import AuditEntry
from app.models.lifecycle import (
    CarryOut,
    CirculationReading,
    CopyRecord,
    Departure,
    Destruction,
    DestructionItem,
    IssuerReturn,
    IssuerReturnItem,
    Loan,
    LoanRenewal,
    Stocktake,
    StocktakeKind,
)
from app.models.media import Incident, Medium, MediumEvent, MediumStatus
from app.models.people import Person
from app.reports import inspector
from app.reports.catalog import FormKind
from app.reports.data import PrintMeta
from app.services import audit
from app.services.print_forms.base import Prepared, ref
from app.services.register import Actor, Register, require_role
from app.services.trail import READERS, TrailFilter

OK = "符合"
ATTENTION = "需注意"
ON_SITE = "须现场核查"


@dataclass(frozen=True)
class Evidence:
    """One record behind a line: what it is, and the code that opens its history."""

    text: str
    code: str = ""  # a copy's code, a medium's number, a document's 收文编号, a person's name
    level: Level = Level.UNCLASSIFIED


@dataclass(frozen=True)
class CheckLine:
    no: str  # the item's number in the seed's table ("5"), or "" for the extra lines
    item: str  # 检查内容
    figure: str  # 检查情况, from the register
    verdict: str  # OK / ATTENTION / ON_SITE
    evidence: tuple[Evidence, ...] = ()
    trail: TrailFilter | None = None  # the entries behind it

    @property
    def level(self) -> Level:
        return max((e.level for e in self.evidence), default=Level.UNCLASSIFIED)


@dataclass(frozen=True)
class Checklist:
    unit: str
    start: dt.date
    end: dt.date
    made_at: str  # local time, for the CSV and the printout
    lines: tuple[CheckLine, ...]

    @property
    def level(self) -> Level:
        return max((line.level for line in self.lines), default=Level.UNCLASSIFIED)

    @property
    def period_text(self) -> str:
        return f"{self.start:%Y年%m月%d日} 至 {self.end:%Y年%m月%d日}"


def _utc(day: dt.date) -> str:
    local = dt.datetime(day.year, day.month, day.day).astimezone()
    return local.astimezone(dt.UTC).isoformat(timespec="microseconds")


def _label(s: Session, copy_id: int) -> tuple[str, str, Level]:
    from app.services.lifecycle.common import copy_label

    c = s.get(Copy, copy_id)
    d = s.get(Document, c.document_id) if c is not None else None
    if c is None or d is None:
        return "（已不存在的载体）", "", Level.UNCLASSIFIED
    return copy_label(c, d), c.code, Level(d.level)


def _person(s: Session, pid: int | None) -> str:
    p = s.get(Person, pid) if pid else None
    return f"{p.name}（{p.department}）" if p is not None else ""


def _copy_evidence(s: Session, copy_id: int, note: str) -> Evidence:
    label, code, level = _label(s, copy_id)
    return Evidence(f"{label}　{note}".strip(), code, level)


def _in_period(column: Any, start: str, until: str) -> ColumnElement[bool]:
    return and_(column >= start, column < until)


def checklist_s(s: Session, unit: str, start: dt.date, end: dt.date, today: dt.date
                ) -> Checklist:
    if end < start:
        raise ValidationError("结束日期早于开始日期", field="period")
    since, until = _utc(start), _utc(end + dt.timedelta(days=1))
    period = TrailFilter(since=since, until=until)

    def count(model: Any, column: Any) -> int:
        return int(s.scalar(select(func.count()).select_from(model).where(
            _in_period(column, since, until))) or 0)

    def between_days(column: Any) -> ColumnElement[bool]:
        return and_(column >= start, column <= end)

    lines: list[CheckLine] = []
    # 5 -- every step of the carriers' life, and what is overdue
    received = int(s.scalar(select(func.count(Document.id)).where(
        Document.kind == "收", between_days(Document.received_on))) or 0)
    readings = count(CirculationReading, CirculationReading.out_at)
    loans = count(Loan, Loan.out_at)
    copies = int(s.scalar(select(func.count(CopyRecord.id)).where(
        between_days(CopyRecord.copied_on))) or 0)
    returned = int(s.scalar(select(func.count(IssuerReturnItem.id)).join(
        IssuerReturn, IssuerReturn.id == IssuerReturnItem.return_id).where(
        between_days(IssuerReturn.returned_on))) or 0)
    destroyed = int(s.scalar(select(func.count(DestructionItem.id)).join(
        Destruction, Destruction.id == DestructionItem.destruction_id).where(
        between_days(Destruction.destroyed_on))) or 0)
    overdue: list[Evidence] = []
    for model, who, word in ((CirculationReading, CirculationReading.reader_id, "传阅"),
                             (Loan, Loan.borrower_id, "借阅"),
                             (CarryOut, CarryOut.carrier_id, "携带外出")):
        m: Any = model
        for row in s.execute(select(m.copy_id, who, m.due_on).where(
                m.back_at.is_(None), m.due_on < today)):
            overdue.append(_copy_evidence(
                s, row[0], f"{word}　{_person(s, row[1])}　应于 {row[2]:%Y-%m-%d} 交回"))
    lines.append(CheckLine(
        "5", "载体收发、使用、复制、清退、销毁等各个管理环节是否规范",
        f"收文 {received} 件；传阅 {readings} 次；借阅 {loans} 次；复制、摘抄 {copies} 次；"
        f"清退 {returned} 份；销毁 {destroyed} 份；逾期未还 {len(overdue)} 件",
        OK if not overdue else ATTENTION, tuple(overdue), period))
    # 6 -- classification (定密) of what came in, and ended periods
    by_level = Counter(Level(v).label for v in s.scalars(select(Document.level).where(
        Document.kind == "收", between_days(Document.received_on))))
    expired = [Evidence(f"{d.internal_no}　保密期限已于 {d.period_end:%Y-%m-%d} 届满，待确认解密",
                        d.internal_no, Level(d.level))
               for d in s.scalars(select(Document).where(
                   Document.period_end.is_not(None), Document.period_end < today,
                   Document.declassified_on.is_(None)).order_by(Document.period_end))]
    levels = "、".join(f"{k} {v}" for k, v in sorted(by_level.items())) or "无"
    lines.append(CheckLine(
        "6", "是否使用定密审核表或按相应程序规范定密，定密依据是否准确",
        f"本期收文按密级：{levels}；保密期限届满待确认解密 {len(expired)} 件",
        OK if not expired else ATTENTION, tuple(expired), period))
    # 7 -- where the carriers are kept
    places = Counter(c for c in s.scalars(select(Copy.location).where(
        Copy.state.in_(("in_store", "declassified")))))
    lines.append(CheckLine(
        "7", "存放涉密载体场所（保密室）是否符合保密要求（三铁一器）",
        "在库载体存放于："
        + ("；".join(f"{k or '未填位置'}：{v} 份" for k, v in places.most_common()) or "无")
        + "。场所设施本登记簿无记录",
        ON_SITE))
    # 8 -- the media ledger
    statuses = Counter(MediumStatus(v).label for v in s.scalars(select(Medium.status)))
    half_year_ago = today - dt.timedelta(days=182)
    due = [Evidence(f"介质 {m.number}　上次清查 {m.last_inventory_on or '从未清查'}",
                    m.number, Level(m.highest_level))
           for m in s.scalars(select(Medium).where(
               Medium.status.not_in(("destroyed", "lost"))).order_by(Medium.number))
           if (m.last_inventory_on or m.created_at[:10]) < half_year_ago.isoformat()]
    lines.append(CheckLine(
        "8", "是否建立计算机及移动存储介质管理台帐表",
        f"台帐登记介质 {sum(statuses.values())} 件（"
        + "、".join(f"{k} {v}" for k, v in statuses.most_common())
        + f"）；半年清查逾期 {len(due)} 件",
        OK if not due else ATTENTION, tuple(due), TrailFilter(category="介质", since=since,
                                                                 until=until)))
    # 9 -- carriers in people's hands; unregistered storage refused; departures
    held = [_copy_evidence(s, c.id, f"{_person(s, c.holder_id)} 持有")
            for c in s.scalars(select(Copy).where(Copy.holder_id.is_not(None)))]
    refused_unregistered = int(s.scalar(select(func.count(AuditEntry.id)).where(
        AuditEntry.action == "device.refuse", AuditEntry.at >= since, AuditEntry.at < until,
        AuditEntry.after.contains('"reason":"unregistered"'))) or 0)
    departed = int(s.scalar(select(func.count(Departure.id)).where(
        between_days(Departure.departure_date))) or 0)
    lines.append(CheckLine(
        "9", "个人手中未登记的涉密载体（含U盘、光盘等）是否得到清理",
        f"现由个人持有的已登记载体 {len(held)} 件；"
        f"本期拒绝未登记存储设备 {refused_unregistered} 次；"
        f"本期离岗 {departed} 人，均已清退",
        OK if not refused_unregistered else ATTENTION, tuple(held),
        TrailFilter(category="USB", since=since, until=until)))
    # 10 -- carrying out
    outs = [(_copy_evidence(s, o.copy_id, f"{_person(s, o.carrier_id)} 携至{o.destination}"
                            + ("" if o.back_at else "，尚未交回")), o)
            for o in s.scalars(select(CarryOut).where(_in_period(CarryOut.out_at, since, until)))]
    media_out = int(s.scalar(select(func.count(AuditEntry.id)).where(
        AuditEntry.action == "media.carry_out", AuditEntry.at >= since,
        AuditEntry.at < until)) or 0)
    late = [o for _, o in outs if o.back_at is None and o.due_on < today]
    lines.append(CheckLine(
        "10", "携带涉密载体外出是否有审批登记记录",
        f"本期载体携带外出 {len(outs)} 次、介质外出 {media_out} 次，均有审批和登记；"
        f"逾期未交回 {len(late)} 件",
        OK if not late else ATTENTION, tuple(e for e, _ in outs),
        TrailFilter(category="外出", since=since, until=until)))
    # 11 -- repairs at designated places
    repairs = []
    for e in s.scalars(select(AuditEntry).where(
            AuditEntry.action == "media.repair", AuditEntry.at >= since, AuditEntry.at < until)):
        m = s.get(Medium, int(e.entity_id)) if e.entity_id.isdigit() else None
        place = json.loads(e.after or "{}").get("place") or "未填地点"
        if m is not None:
            repairs.append(Evidence(f"介质 {m.number}　送修至{place}", m.number,
                                    Level(m.highest_level)))
    lines.append(CheckLine(
        "11", "是否开展涉密设备定点维修维护工作（含处理工作信息设备）",
        f"本期介质送修 {len(repairs)} 次，均登记指定维修点" if repairs else "本期无介质送修",
        OK, tuple(repairs),
        TrailFilter(category="介质", text="送修", since=since, until=until)))
    # 16 -- the carriers' rules kept: counts, returns, destructions
    takes = list(s.scalars(select(Stocktake).where(between_days(Stocktake.done_on))))
    diffs = [t for t in takes if t.found != t.expected]
    lines.append(CheckLine(
        "16", "国家秘密载体管理制度",
        f"本期清点 {len(takes)} 次，有差异 {len(diffs)} 次；清退 {returned} 份；"
        f"销毁 {destroyed} 份，均经批准、两人监销",
        OK if takes and not diffs else ATTENTION,
        tuple(Evidence(f"{t.done_on:%Y-%m-%d} {StocktakeKind(t.kind).label}：登记 {t.expected} 份，"
                       f"清点 {t.found} 份") for t in diffs),
        TrailFilter(category="清退", since=since, until=until)))
    # 17 -- computers and removable media
    allowed = int(s.scalar(select(func.count(AuditEntry.id)).where(
        AuditEntry.action == "device.allow", AuditEntry.at >= since,
        AuditEntry.at < until)) or 0)
    refusals = list(s.scalars(select(AuditEntry).where(
        AuditEntry.action == "device.refuse", AuditEntry.at >= since, AuditEntry.at < until)
        .order_by(AuditEntry.id)))
    lost = list(s.scalars(select(Incident).where(_in_period(Incident.opened_at, since, until))))
    unreported = [i for i in lost if i.reported_at is None]
    lines.append(CheckLine(
        "17", "计算机及移动存储介质管理制度",
        f"USB 存储设备放行 {allowed} 次、禁止 {len(refusals)} 次；介质丢失 {len(lost)} 件，"
        f"未上报 {len(unreported)} 件",
        OK if not unreported else ATTENTION,
        tuple(Evidence(f"介质 {_medium_number(s, i.medium_id)}　丢失，尚未上报",
                       _medium_number(s, i.medium_id)) for i in unreported),
        TrailFilter(category="USB", since=since, until=until)))
    # 18 -- office equipment: every print numbered and audited
    prints = int(s.scalar(select(func.count(AuditEntry.id)).where(
        AuditEntry.action == "print.issue", AuditEntry.at >= since, AuditEntry.at < until)) or 0)
    outputs = int(s.scalar(select(func.count(AuditEntry.id)).where(
        AuditEntry.action == "print.output", AuditEntry.at >= since, AuditEntry.at < until))
        or 0)
    lines.append(CheckLine(
        "18", "办公自动化设备管理制度",
        f"本期打印 {prints} 次、输出 {outputs} 次，均有打印编号并记入打印审计" if prints
        else "本期无打印", OK, (),
        TrailFilter(category="打印", since=since, until=until)))
    # 19 -- classification changes approved
    changes = list(s.scalars(select(AuditEntry).where(
        AuditEntry.action.in_(("document.change", "document.declassify")),
        AuditEntry.at >= since, AuditEntry.at < until).order_by(AuditEntry.id)))
    lines.append(CheckLine(
        "19", "国家秘密定密管理制度",
        f"本期密级或保密期限变更 {sum(e.action == 'document.change' for e in changes)} 次，"
        f"均经批准；确认解密 {sum(e.action == 'document.declassify' for e in changes)} 件",
        OK, tuple(_document_evidence(s, int(e.entity_id)) for e in changes),
        TrailFilter(category="登记簿", since=since, until=until)))
    # -- and what an inspector asks next
    lines.append(CheckLine(
        "", "清点差异",
        f"本期清点 {len(takes)} 次，差异 {len(diffs)} 次" if takes else "本期未登记清点",
        OK if takes and not diffs else ATTENTION,
        tuple(Evidence(f"{t.done_on:%Y-%m-%d} 登记 {t.expected} 份，清点 {t.found} 份"
                       + (f"：{t.discrepancies}" if t.discrepancies else ""))
              for t in diffs)))
    orphans = _approvals_without_record(s, since, until)
    lines.append(CheckLine(
        "", "已使用但无对应登记记录的审批", f"{len(orphans)} 件",
        OK if not orphans else ATTENTION, tuple(orphans)))
    lines.append(CheckLine(
        "", "USB 设备拒绝记录", f"本期 {len(refusals)} 次",
        OK if not refusals else ATTENTION,
        tuple(Evidence(_refusal_text(e)) for e in refusals),
        TrailFilter(category="USB", text="禁止", since=since, until=until)))
    return Checklist(unit, start, end, f"{dt.datetime.now():%Y-%m-%d %H:%M}", tuple(lines))


def _medium_number(s: Session, medium_id: int | None) -> str:
    m = s.get(Medium, medium_id) if medium_id else None
    return m.number if m is not None else ""


def _document_evidence(s: Session, document_id: int) -> Evidence:
    d = s.get(Document, document_id)
    if d is None:
        return Evidence("（已不存在的文件）")
    return Evidence(f"{d.internal_no}", d.internal_no, Level(d.level))


def _refusal_text(e: AuditEntry) -> str:
    after = json.loads(e.after or "{}")
    from app.services.trail import local_time

    device = f"USB 设备 {after.get('vendor_id') or '????'}:{after.get('product_id') or '????'}"
    if after.get("serial"):
        device += f" 序列号 {after['serial']}"
    return f"{local_time(e.at)}　{device}　{after.get('message') or '已禁止'}"


def _approvals_without_record(s: Session, since: str, until: str) -> list[Evidence]:
    """Approvals marked 已使用 in the period with no loan, carry-out, copy, destruction,
    change or medium's event that names them."""
    used = list(s.scalars(select(Approval).where(
        Approval.status == ApprovalStatus.USED.value,
        Approval.id.in_(select(func.cast(AuditEntry.entity_id, Approval.id.type)).where(
            AuditEntry.action == "approval.use", AuditEntry.entity == "approval",
            AuditEntry.at >= since, AuditEntry.at < until)))))
    out: list[Evidence] = []
    for a in used:
        kind = ApprovalKind(a.kind)
        if a.document_id is None and '"medium_id"' in (a.details or ""):
            # a removable medium's approval: the medium's event names it
            found = s.scalar(select(MediumEvent.id).where(MediumEvent.approval_id == a.id))
        elif kind is ApprovalKind.LOAN:
            found = s.scalar(select(Loan.id).where(Loan.approval_id == a.id)) or s.scalar(
                select(LoanRenewal.id).where(LoanRenewal.approval_id == a.id))
        elif kind is ApprovalKind.CARRY_OUT:
            found = s.scalar(select(CarryOut.id).where(CarryOut.approval_id == a.id))
        elif kind in (ApprovalKind.COPY, ApprovalKind.EXCERPT):
            found = s.scalar(select(CopyRecord.id).where(CopyRecord.approval_id == a.id))
        elif kind is ApprovalKind.DESTRUCTION:
            found = s.scalar(select(Destruction.id).where(Destruction.approval_id == a.id))
        else:  # level, period, scope: the document's entry names the approval
            found = s.scalar(select(AuditEntry.id).where(
                AuditEntry.action.in_(("document.change", "document.scope_widen")),
                AuditEntry.entity == "document", AuditEntry.entity_id == str(a.document_id),
                or_(AuditEntry.after.contains(f'"审批单":{a.id},'),
                    AuditEntry.after.contains(f'"审批":{a.id},'),
                    AuditEntry.after.contains(f'"审批":{a.id}}}'))))
        if not found:
            d = s.get(Document, a.document_id) if a.document_id else None
            out.append(Evidence(f"{kind.label}审批（{a.approver_name or '未填批准人'}批准）"
                                + (f"　{d.internal_no}" if d else ""),
                                d.internal_no if d else "", Level(d.level) if d else
                                Level.UNCLASSIFIED))
    return out


def checklist(register: Register, actor: Actor, start: dt.date, end: dt.date,
              today: dt.date | None = None) -> Checklist:
    """The checklist for ``start``..``end`` (inclusive, local dates). Read-only."""
    require_role(actor, *READERS)
    with register.read() as s:
        return checklist_s(s, register.workstation.unit_name, start, end,
                           today or dt.date.today())


CSV_HEADER = ("序号", "检查内容", "检查情况", "结论", "相关记录")


def to_csv(cl: Checklist) -> str:
    """The checklist for the inspection report (UTF-8 with BOM, so that Excel reads it)."""
    out = io.StringIO()
    w = csv.writer(out)
    w.writerow(["单位", cl.unit, "检查期间", cl.period_text, "生成时间", cl.made_at])
    w.writerow(CSV_HEADER)
    for line in cl.lines:
        w.writerow([line.no, line.item, line.figure, line.verdict,
                    "；".join(e.text for e in line.evidence)])
    return "\ufeff" + out.getvalue()


def prepare_print(register: Register, actor: Actor, cl: Checklist) -> Prepared:
    """The checklist for the print service (issued, then printed or saved; 打印审计)."""
    require_role(actor, *READERS)
    paper = inspector.ChecklistPaper(cl.unit, cl.period_text, tuple(
        inspector.ChecklistLine(line.no, line.item, line.figure, line.verdict,
                                tuple(e.text for e in line.evidence), line.level)
        for line in cl.lines))

    def render(meta: PrintMeta) -> bytes:
        return inspector.render_checklist(paper, meta)

    return Prepared(FormKind.CHECKLIST, f"保密检查清单：{cl.period_text}", cl.unit[:200],
                    cl.level, render,
                    ref(FormKind.CHECKLIST, f"{cl.start.isoformat()}~{cl.end.isoformat()}"))


def export_csv(register: Register, actor: Actor, cl: Checklist, path: Path) -> int:
    """Write the checklist as CSV for the inspection report; the export is audited."""
    require_role(actor, *READERS)
    text = to_csv(cl)
    path = Path(path)
    try:
        path.write_text(text, encoding="utf-8")
    except OSError as e:
        raise ValidationError(f"无法写入 {path.name}：{e.strerror}", field="path") from e
    with register.write() as s:
        audit.record(s, actor.username, "inspection.export", "file", path.name[:64],
                     after={"文件": path.name, "检查期间": cl.period_text,
                            "行数": len(cl.lines)})
    return len(cl.lines)
