"""Test doubles for the report layouts: invented documents, people and media, clearly marked
（示例）, to exercise the forms' drawing without a register (long ledgers, page breaks, every
optional field). Nothing here is a real document; the product fills its forms from the
register only (``app.services.print_forms``).

Levels never exceed the workstation's level (a lower-level computer does not process
higher-level information), so a 秘密 workstation gets 秘密 samples only.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from app.models.enums import Level
from app.reports import data as d

SAMPLE_MARK = "（示例）"
_BASE = dt.datetime(2026, 3, 2, 9, 30)

_TITLES = [
    "关于做好年度保密自查自评工作的通知",
    "关于进一步加强涉密载体管理的意见",
    "全市重点项目建设推进情况的报告",
    "关于印发《保密要害部门部位管理办法》的通知",
    "第一季度工作会议纪要",
    "关于开展保密宣传教育月活动的通知",
    "专项检查发现问题整改方案",
    "关于调整保密委员会组成人员的通知",
]
_ISSUERS = ["市保密局", "市委办公室", "市政府办公室", "市发展改革局", "上级主管部门"]
_PEOPLE = [("王建国", "综合科"), ("李晓梅", "办公室"), ("陈志强", "财务科"),
           ("刘芳", "人事科"), ("赵立新", "业务一科"), ("孙丽", "业务二科")]


def _cap(level: Level, ceiling: Level) -> Level:
    return min(level, ceiling)


def item(i: int, ceiling: Level = Level.TOP_SECRET, *, level: Level | None = None) -> d.ItemRef:
    """The i-th invented document (levels cycle 秘密, 机密, 内部, 绝密, capped at ``ceiling``)."""
    cycle = [Level.SECRET, Level.CONFIDENTIAL, Level.INTERNAL, Level.TOP_SECRET]
    lv = _cap(level if level is not None else cycle[i % 4], ceiling)
    period = lv.max_period_years
    return d.ItemRef(
        doc_number=f"示发〔2026〕{i + 1}号",
        title=SAMPLE_MARK + _TITLES[i % len(_TITLES)],
        level=lv,
        copy_number=f"{(i % 30) + 1:03d}" if lv >= Level.CONFIDENTIAL else "",
        period_years=(period // 2 if i % 3 else period) if period else None,
        issuer=_ISSUERS[i % len(_ISSUERS)],
        kind="文件",
        pages=4 + i % 9,
        copies=1 + (i % 3 == 1),
        register_number=f"收-2026-{i + 1:04d}",
        code=f"R2026-{i + 1:04d}-{(i % 30) + 1:02d}",
    )


def medium(i: int, ceiling: Level = Level.TOP_SECRET) -> d.MediumRef:
    kinds = [("U盘", "示例牌 32G", "32GB"), ("移动硬盘", "示例牌 1T", "1TB"),
             ("光盘", "示例 CD-R", "700MB"), ("存储卡", "示例 SD", "64GB")]
    kind, model, cap = kinds[i % 4]
    name, dept = _PEOPLE[i % len(_PEOPLE)]
    return d.MediumRef(
        number=f"JM-2026-{i + 1:03d}",
        kind=kind,
        level=ceiling if i % 3 else _cap(Level.SECRET, ceiling),
        user=name,
        department=dept,
        model=model,
        serial_number=f"SAMPLE{i + 1:08d}",
        capacity=cap,
        enabled_on=dt.date(2026, 1, 5) + dt.timedelta(days=i),
        status="在用" if i % 7 else "已停用",
        note="示例介质" if i == 0 else "",
    )


def meta(unit_name: str, serial: str = "2026-印-000001", printed_by: str = "张保密",
         seal: d.SlipSeal | None = None) -> d.PrintMeta:
    return d.PrintMeta(unit_name, serial, _BASE, printed_by, seal)


def circulation_slip(ceiling: Level) -> d.CirculationSlip:
    readers = tuple(
        d.CirculationReader(
            name, dept,
            out_at=_BASE + dt.timedelta(hours=2 * k) if k < 3 else None,
            due_on=dt.date(2026, 3, 3 + k) if k < 3 else None,
            back_at=_BASE + dt.timedelta(hours=2 * k + 1) if k < 2 else None,
        )
        for k, (name, dept) in enumerate(_PEOPLE[:4])
    )
    return d.CirculationSlip(
        item=item(1, ceiling), readers=readers, scope="局领导班子成员、各科室负责人",
        approved_by="李主任", due=dt.date(2026, 3, 5), clerk="张保密",
    )


def loan_slip(ceiling: Level) -> d.LoanSlip:
    return d.LoanSlip(
        items=(item(0, ceiling), item(5, ceiling)), borrower="陈志强", department="财务科",
        purpose="起草年度保密工作总结，需查阅相关文件。", lent_at=_BASE,
        due_at=_BASE + dt.timedelta(hours=8), approver="李主任", clerk="张保密",
    )


def copy_approval(ceiling: Level) -> d.CopyApproval:
    return d.CopyApproval(
        item=item(1, ceiling), copies=2, applicant="刘芳", department="人事科",
        purpose="供局务会议讨论使用，会后清退。", copy_date=dt.date(2026, 3, 3),
        new_copy_numbers="031-032", issuer_consent="发文机关同意复制（见来文附注）。",
        approver="李主任", receiver="刘芳", return_date=dt.date(2026, 3, 10),
    )


def carry_out_form(ceiling: Level) -> d.CarryOutForm:
    return d.CarryOutForm(
        items=(item(3, ceiling),), carrier="赵立新", companion="孙丽", department="业务一科",
        purpose="赴市保密局参加专项工作会议。", destination="市保密局第二会议室",
        leave_at=_BASE + dt.timedelta(days=1), return_due=_BASE + dt.timedelta(days=1, hours=6),
        approver="李主任",
    )


def destruction_list(ceiling: Level) -> d.DestructionList:
    return d.DestructionList(
        items=tuple(item(i, ceiling) for i in range(6)), method="碎纸机粉碎（达到保密要求）",
        place="机要室", date=dt.date(2026, 3, 20), approver="李主任", operator="张保密",
        witnesses=("王审计", "陈志强"),
    )


def return_list(ceiling: Level) -> d.ReturnList:
    return d.ReturnList(
        items=tuple(item(i, ceiling) for i in (0, 1, 4)), return_to="市委办公室机要科",
        deadline=dt.date(2026, 3, 31), date=dt.date(2026, 3, 25), handed_by="张保密",
    )


def departure_clearance(ceiling: Level) -> d.DepartureClearance:
    held = (
        d.HeldItem(item=item(2, ceiling), returned_on=dt.date(2026, 3, 18)),
        d.HeldItem(item=item(6, ceiling), returned_on=dt.date(2026, 3, 18)),
        d.HeldItem(medium=medium(1, ceiling), returned_on=dt.date(2026, 3, 19)),
    )
    return d.DepartureClearance(
        person="孙丽", department="业务二科", post="综合文秘", clearance="重要",
        leave_date=dt.date(2026, 3, 31), decontamination_until=dt.date(2027, 3, 31), held=held,
    )


def period() -> d.Period:
    return d.Period(dt.date(2026, 1, 1), dt.date(2026, 3, 31))


def incoming_entries(n: int, ceiling: Level) -> Iterator[d.IncomingEntry]:
    for i in range(n):
        name, _dept = _PEOPLE[i % len(_PEOPLE)]
        yield d.IncomingEntry(
            number=f"收-2026-{i + 1:05d}", received_on=dt.date(2026, 1, 2) +
            dt.timedelta(days=(i * 89) // max(n, 1)), item=item(i, ceiling),
            handling="已传阅" if i % 3 else "存档", signed_by=name,
            note="" if i % 5 else "急件",
        )


def outgoing_entries(n: int, ceiling: Level) -> Iterator[d.OutgoingEntry]:
    for i in range(n):
        it = item(i + 3, ceiling)
        name, _dept = _PEOPLE[(i + 2) % len(_PEOPLE)]
        yield d.OutgoingEntry(
            number=f"发-2026-{i + 1:05d}", sent_on=dt.date(2026, 1, 3) +
            dt.timedelta(days=(i * 88) // max(n, 1)), item=it,
            recipients="市委办公室、市政府办公室（抄送：市保密局）", copy_numbers="001-012",
            signed_by=name,
        )


def media(n: int, ceiling: Level) -> list[d.MediumRef]:
    return [medium(i, ceiling) for i in range(n)]


def labels(n: int, ceiling: Level) -> list[d.MediumLabel]:
    return [d.MediumLabel(m) for m in media(n, ceiling)]


def inspection_record(ceiling: Level) -> d.InspectionRecord:
    levels = [lv for lv in (Level.TOP_SECRET, Level.CONFIDENTIAL, Level.SECRET) if lv <= ceiling]
    counts = tuple(
        d.LevelCount(lv, present=12 - 3 * k, lent=1 if k == 1 else 0, copied=2 if k == 2 else 0,
                     kinds="文件、光盘" if k else "文件")
        for k, lv in enumerate(levels)
    )
    top: tuple[d.TopSecretRecord, ...] = ()
    if ceiling >= Level.TOP_SECRET:
        top = tuple(
            d.TopSecretRecord(
                item=item(3 + 4 * k, ceiling), distribution="局主要领导、分管领导",
                copies=2, route="机要交通专人传递", custody="保密室密码文件柜",
                contacts=("李主任", "张保密", "王建国"),
            )
            for k in range(2)
        )
    return d.InspectionRecord(
        department="机要室", period=period(), inspected_on=dt.date(2026, 4, 2),
        department_head="李主任", levels_present=tuple(levels),
        staff_changes="本期离岗 1 人，已签订离岗保密承诺书。", travel_abroad="无。",
        training="3 月 15 日开展保密教育培训 2 课时，应到 18 人，实到 17 人，缺席 1 人（出差）。",
        duties="未发现保密违规情况，无需要报告的重大事项。", counts=counts, top_secret=top,
        equipment="涉密计算机物理隔离，USB 端口受控，未发现违规外联。",
        premises="保密室防盗门窗、视频监控运转正常。", other="无。",
        hazards="未发现泄密隐患。", measures="继续落实涉密载体月清点、季度清退制度。",
        inspectors=("王审计", "张保密"),
    )


def incident_report(ceiling: Level) -> d.IncidentReport:
    lv = _cap(Level.SECRET, ceiling)
    return d.IncidentReport(
        unit="海淀区示例局（示例）", content="（示例）一份涉密会议纪要复印件去向不明。", level=lv,
        period_years=lv.max_period_years,
        responsible="（示例）某某，男，40 岁，业务一科科员，一般涉密人员。",
        discovery="（示例）3 月 20 日月度清点时发现复印件少一份。",
        occurrence="（示例）经初步核查，复印件于会后未按时清退。",
        remedies="（示例）立即组织查找，封存相关记录，并向市保密局口头报告。",
        note="示例内容，非真实事件。", leader="李主任", filled_by="张保密",
        report_date=dt.date(2026, 3, 20),
    )
