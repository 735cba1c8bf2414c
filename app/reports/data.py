"""What each printed form needs: frozen dataclasses, plain values only.

The printing layer does not read the register itself; ``app.services.print_forms`` maps the
register's records onto these classes. Each class checks its text fields on construction:
empty where required, too long, or holding control characters is a
:class:`~app.errors.ValidationError` naming the field. The limits are at least those of the
register's own columns, so whatever the register holds can be printed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.errors import ValidationError
from app.models.enums import Level
from app.services.checks import refuse_hidden

NAME_MAX = 32  # a person's name
DEPT_MAX = 64  # a department, a post
NUMBER_MAX = 64  # 文号, 编号, 份号
ORG_MAX = 128  # an organisation's name (来文单位, 清退单位)
TITLE_MAX = 500  # a document's title
TEXT_MAX = 2000  # a free-text account (经过, 措施, 意见)

#: A date or a date and time, as the register records it (应还日期 is a day, 借出 a moment).
When = dt.datetime | dt.date




def check_text(
    value: str, field_name: str, label: str, *, max_len: int, required: bool = False,
    multiline: bool = False,
) -> None:
    """Refuse what would print wrong: control characters, too long, empty if required."""
    if not isinstance(value, str):
        raise ValidationError(f"{label}必须是文字", field=field_name)
    if required and not value.strip():
        raise ValidationError(f"{label}不能为空", field=field_name)
    if len(value) > max_len:
        raise ValidationError(f"{label}过长（最多 {max_len} 个字符）", field=field_name)
    refuse_hidden(value, field_name, label, multiline=multiline)


def _period(value: int | None, field_name: str) -> None:
    if value is not None and not (isinstance(value, int) and 0 < value <= 100):
        raise ValidationError("保密期限须为 1 至 100 年", field=field_name)


def _fmt_level(level: Level, period_years: int | None, period_text: str = "") -> str:
    if level.is_classified and period_text:
        return f"{level.label}★{period_text}"
    if period_years and level.is_classified:
        return f"{level.label}★{period_years}年"
    return level.label


# -- what the page carries ---------------------------------------------------------------------
@dataclass(frozen=True)
class SlipSeal:
    """The verifiable identity printed on a slip: id, short code, QR text (see slipcode)."""

    slip_id: str
    code: str
    qr_text: str


@dataclass(frozen=True)
class PrintMeta:
    """Who prints what, where: the chrome of every page."""

    unit_name: str
    serial: str  # 打印编号, e.g. 2026-印-000123
    printed_at: dt.datetime
    printed_by: str
    seal: SlipSeal | None = None

    def __post_init__(self) -> None:
        check_text(self.unit_name, "unit_name", "单位名称", max_len=NUMBER_MAX, required=True)
        check_text(self.serial, "serial", "打印编号", max_len=NAME_MAX, required=True)
        check_text(self.printed_by, "printed_by", "打印人", max_len=NAME_MAX, required=True)


# -- items ---------------------------------------------------------------------------------------
@dataclass(frozen=True)
class ItemRef:
    """One classified carrier as a form names it."""

    doc_number: str  # 文号
    title: str  # 标题
    level: Level  # 密级
    copy_number: str = ""  # 份号
    period_years: int | None = None  # 保密期限（年）
    issuer: str = ""  # 发文机关 / 来文单位
    kind: str = "文件"  # 载体种类：文件、资料、光盘、U盘 ...
    pages: int | None = None  # 页数
    copies: int = 1  # 份数
    register_number: str = ""  # 登记号 / 收文编号
    # 保密期限 not in years (a date, 长期): printed instead of "N年" after the ★
    period_text: str = ""
    code: str = ""  # the copy's code (条码) on its label: identifies a copy without a 份号

    def __post_init__(self) -> None:
        check_text(self.doc_number, "doc_number", "文号", max_len=NUMBER_MAX)
        check_text(self.title, "title", "标题", max_len=TITLE_MAX, required=True)
        check_text(self.copy_number, "copy_number", "份号", max_len=NUMBER_MAX)
        check_text(self.issuer, "issuer", "发文机关", max_len=ORG_MAX)
        check_text(self.period_text, "period_text", "保密期限", max_len=NAME_MAX)
        check_text(self.kind, "kind", "载体种类", max_len=NAME_MAX)
        check_text(self.register_number, "register_number", "登记号", max_len=NUMBER_MAX)
        check_text(self.code, "code", "载体编码", max_len=NUMBER_MAX)
        _period(self.period_years, "period_years")
        if self.copies < 1 or self.copies > 9999:
            raise ValidationError("份数须为 1 至 9999", field="copies")

    @property
    def marking(self) -> str:
        """密级★保密期限, as printed beside the item (e.g. 机密★10年, 秘密★长期)."""
        return _fmt_level(self.level, self.period_years, self.period_text)


# -- 传阅单 -------------------------------------------------------------------------------------
@dataclass(frozen=True)
class CirculationReader:
    """One reader on a circulation slip; times are filled in by hand when left empty."""

    name: str
    department: str = ""
    out_at: dt.datetime | None = None  # 送阅时间
    due_on: dt.date | None = None  # 应退日期: this reader's own
    back_at: dt.datetime | None = None  # 退回时间

    def __post_init__(self) -> None:
        check_text(self.name, "name", "阅文人", max_len=NAME_MAX, required=True)
        check_text(self.department, "department", "部门", max_len=DEPT_MAX)


@dataclass(frozen=True)
class CirculationSlip:
    item: ItemRef
    readers: tuple[CirculationReader, ...]
    scope: str = ""  # 知悉范围
    approved_by: str = ""  # 批准传阅的领导
    due: dt.date | None = None  # 传阅期限
    clerk: str = ""  # 保密员
    note: str = ""
    blank_lines: int = 2  # extra empty reader lines for hand-written additions

    def __post_init__(self) -> None:
        check_text(self.scope, "scope", "知悉范围", max_len=TEXT_MAX)
        check_text(self.approved_by, "approved_by", "批准人", max_len=NAME_MAX)
        check_text(self.clerk, "clerk", "保密员", max_len=NAME_MAX)
        check_text(self.note, "note", "备注", max_len=TEXT_MAX, multiline=True)
        if not 0 <= self.blank_lines <= 20:
            raise ValidationError("空白行数须为 0 至 20", field="blank_lines")


# -- 借阅单 -------------------------------------------------------------------------------------
@dataclass(frozen=True)
class LoanSlip:
    items: tuple[ItemRef, ...]
    borrower: str
    department: str = ""
    purpose: str = ""  # 借阅事由
    place: str = "保密阅文室"  # 阅读地点
    lent_at: When | None = None
    due_at: When | None = None  # 应还时间
    approver: str = ""  # 审批领导
    clerk: str = ""
    returned_at: When | None = None  # 实还时间 (blank to fill by hand while out)
    note: str = ""  # 续借 ...

    def __post_init__(self) -> None:
        if not self.items:
            raise ValidationError("借阅单至少要有一件载体", field="items")
        check_text(self.borrower, "borrower", "借阅人", max_len=NAME_MAX, required=True)
        check_text(self.department, "department", "部门", max_len=DEPT_MAX)
        check_text(self.note, "note", "备注", max_len=TEXT_MAX, multiline=True)
        check_text(self.purpose, "purpose", "借阅事由", max_len=TEXT_MAX, multiline=True)
        check_text(self.place, "place", "阅读地点", max_len=NUMBER_MAX)
        check_text(self.approver, "approver", "审批领导", max_len=NAME_MAX)
        check_text(self.clerk, "clerk", "保密员", max_len=NAME_MAX)


# -- 复制审批单 ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class CopyApproval:
    """Fields of the copy register (003 复印机 第二十八/二十九条) plus the approvals."""

    item: ItemRef
    copies: int  # 复印份数
    applicant: str
    department: str = ""
    purpose: str = ""
    copy_date: dt.date | None = None  # 复印日期
    new_copy_numbers: str = ""  # 新编份号, e.g. 005-006
    issuer_consent: str = ""  # 发文机关（原定密机关）意见
    approver: str = ""  # 批准领导
    receiver: str = ""  # 签收人
    return_date: dt.date | None = None  # 清退日期
    excerpt: bool = False  # 摘抄 rather than 复制
    approval_ref: str = ""  # 批件文号 / how the approval was given

    def __post_init__(self) -> None:
        if not 1 <= self.copies <= 999:
            raise ValidationError("复印份数须为 1 至 999", field="copies")
        check_text(self.applicant, "applicant", "申请人", max_len=NAME_MAX, required=True)
        check_text(self.department, "department", "部门", max_len=DEPT_MAX)
        check_text(self.approval_ref, "approval_ref", "批件", max_len=TITLE_MAX)
        check_text(self.purpose, "purpose", "复印事由", max_len=TEXT_MAX, multiline=True)
        check_text(self.new_copy_numbers, "new_copy_numbers", "新编份号", max_len=NUMBER_MAX)
        check_text(self.issuer_consent, "issuer_consent", "发文机关意见", max_len=TEXT_MAX,
                   multiline=True)
        check_text(self.approver, "approver", "批准领导", max_len=DEPT_MAX)
        check_text(self.receiver, "receiver", "签收人", max_len=NAME_MAX)


# -- 携带外出审批单 -----------------------------------------------------------------------------
@dataclass(frozen=True)
class CarryOutForm:
    items: tuple[ItemRef, ...]
    carrier: str  # 携带人
    companion: str = ""  # 陪同人（绝密须二人）
    department: str = ""
    purpose: str = ""
    destination: str = ""
    leave_at: When | None = None
    return_due: When | None = None
    safeguards: str = "密码箱存放，专人携带，不离身"  # 保护措施
    approver: str = ""
    returned_at: When | None = None  # 实际返回 (blank to fill by hand while out)

    def __post_init__(self) -> None:
        if not self.items:
            raise ValidationError("携带外出至少要有一件载体", field="items")
        check_text(self.carrier, "carrier", "携带人", max_len=NAME_MAX, required=True)
        check_text(self.companion, "companion", "陪同人", max_len=NAME_MAX)
        check_text(self.department, "department", "部门", max_len=DEPT_MAX)
        check_text(self.purpose, "purpose", "外出事由", max_len=TEXT_MAX, multiline=True)
        check_text(self.destination, "destination", "前往地点", max_len=TITLE_MAX)
        check_text(self.safeguards, "safeguards", "保护措施", max_len=TEXT_MAX, multiline=True)
        check_text(self.approver, "approver", "审批领导", max_len=NAME_MAX)


# -- 销毁清单 / 清退清单 ------------------------------------------------------------------------
@dataclass(frozen=True)
class DestructionList:
    items: tuple[ItemRef, ...]
    method: str  # 销毁方式：粉碎、焚烧、送销毁中心 ...
    place: str = ""
    date: dt.date | None = None
    approver: str = ""
    operator: str = ""  # 销毁人
    witnesses: tuple[str, str] = ("", "")  # 监销人（二人）
    remarks: str = ""

    def __post_init__(self) -> None:
        if not self.items:
            raise ValidationError("销毁清单至少要有一件载体", field="items")
        check_text(self.method, "method", "销毁方式", max_len=NUMBER_MAX, required=True)
        check_text(self.place, "place", "销毁地点", max_len=TITLE_MAX)
        check_text(self.remarks, "remarks", "备注", max_len=TEXT_MAX, multiline=True)
        check_text(self.approver, "approver", "批准领导", max_len=NAME_MAX)
        check_text(self.operator, "operator", "销毁人", max_len=NAME_MAX)
        if len(self.witnesses) != 2:
            raise ValidationError("监销人须为二人", field="witnesses")
        for w in self.witnesses:
            check_text(w, "witnesses", "监销人", max_len=NAME_MAX)


@dataclass(frozen=True)
class ReturnList:
    """清退清单: items returned to the issuer (or a higher authority)."""

    items: tuple[ItemRef, ...]
    return_to: str  # 清退单位（接收方）
    deadline: dt.date | None = None  # 清退期限
    date: dt.date | None = None  # 清退日期
    handed_by: str = ""  # 移交人
    received_by: str = ""  # 接收人
    remarks: str = ""

    def __post_init__(self) -> None:
        if not self.items:
            raise ValidationError("清退清单至少要有一件载体", field="items")
        check_text(self.return_to, "return_to", "清退单位", max_len=TITLE_MAX, required=True)
        check_text(self.handed_by, "handed_by", "移交人", max_len=NAME_MAX)
        check_text(self.received_by, "received_by", "接收人", max_len=DEPT_MAX)
        check_text(self.remarks, "remarks", "备注", max_len=TEXT_MAX, multiline=True)


@dataclass(frozen=True)
class MediumRef:
    """A removable medium as a form names it."""

    number: str  # 编号
    kind: str  # U盘、移动硬盘、光盘、存储卡
    level: Level
    user: str = ""  # 使用人
    department: str = ""
    model: str = ""  # 品牌型号
    serial_number: str = ""  # 序列号
    capacity: str = ""
    enabled_on: dt.date | None = None  # 登记（启用）日期
    status: str = "在用"
    note: str = ""

    def __post_init__(self) -> None:
        check_text(self.number, "number", "介质编号", max_len=NUMBER_MAX, required=True)
        check_text(self.kind, "kind", "介质类型", max_len=NAME_MAX, required=True)
        check_text(self.user, "user", "使用人", max_len=DEPT_MAX)
        check_text(self.department, "department", "部门", max_len=DEPT_MAX)
        check_text(self.model, "model", "品牌型号", max_len=NUMBER_MAX)
        check_text(self.serial_number, "serial_number", "序列号", max_len=ORG_MAX)
        check_text(self.capacity, "capacity", "容量", max_len=NAME_MAX)
        check_text(self.status, "status", "状态", max_len=NAME_MAX)
        check_text(self.note, "note", "备注", max_len=TITLE_MAX)


# -- 离岗清退单 ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class HeldItem:
    """Something the departing person held, and whether it has come back."""

    item: ItemRef | None = None
    medium: MediumRef | None = None
    returned_on: dt.date | None = None

    def __post_init__(self) -> None:
        if (self.item is None) == (self.medium is None):
            raise ValidationError("须为一件载体或一个介质", field="held")


@dataclass(frozen=True)
class DepartureClearance:
    person: str
    department: str = ""
    post: str = ""  # 岗位
    clearance: str = ""  # 涉密等级：核心/重要/一般
    leave_date: dt.date | None = None
    decontamination_until: dt.date | None = None  # 脱密期至
    held: tuple[HeldItem, ...] = ()
    handed_over_to: str = ""  # 工作移交给
    remarks: str = ""

    def __post_init__(self) -> None:
        check_text(self.person, "person", "离岗人员", max_len=NAME_MAX, required=True)
        check_text(self.department, "department", "部门", max_len=DEPT_MAX)
        check_text(self.post, "post", "岗位", max_len=NUMBER_MAX)
        check_text(self.clearance, "clearance", "涉密等级", max_len=NAME_MAX)
        check_text(self.handed_over_to, "handed_over_to", "移交对象", max_len=DEPT_MAX)
        check_text(self.remarks, "remarks", "备注", max_len=TEXT_MAX, multiline=True)


# -- ledgers --------------------------------------------------------------------------------
@dataclass(frozen=True)
class Period:
    """The span a ledger page or an inspection covers (inclusive)."""

    start: dt.date
    end: dt.date

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValidationError("结束日期早于开始日期", field="period")

    @property
    def text(self) -> str:
        return f"{self.start:%Y年%m月%d日} 至 {self.end:%Y年%m月%d日}"


@dataclass(frozen=True)
class IncomingEntry:
    """收文登记簿 line (003 收发: date, sender, 发文字号, title, level, copies, 收文编号)."""

    number: str  # 收文编号
    received_on: dt.date
    item: ItemRef  # issuer = 来文单位
    handling: str = ""  # 处理情况 / 去向
    signed_by: str = ""  # 签收人
    note: str = ""

    def __post_init__(self) -> None:
        check_text(self.number, "number", "收文编号", max_len=NUMBER_MAX, required=True)
        check_text(self.handling, "handling", "处理情况", max_len=TITLE_MAX)
        check_text(self.signed_by, "signed_by", "签收人", max_len=DEPT_MAX)
        check_text(self.note, "note", "备注", max_len=TITLE_MAX)


@dataclass(frozen=True)
class OutgoingEntry:
    """发文登记簿 line: dispatch number, distribution, copy numbers."""

    number: str  # 发文编号
    sent_on: dt.date
    item: ItemRef
    recipients: str  # 发往单位（主送、抄送）
    copy_numbers: str = ""  # 份号, e.g. 001-010
    signed_by: str = ""  # 签发人
    note: str = ""

    def __post_init__(self) -> None:
        check_text(self.number, "number", "发文编号", max_len=NUMBER_MAX, required=True)
        check_text(self.recipients, "recipients", "发往单位", max_len=TEXT_MAX, required=True)
        check_text(self.copy_numbers, "copy_numbers", "份号", max_len=NUMBER_MAX)
        check_text(self.signed_by, "signed_by", "签发人", max_len=DEPT_MAX)
        check_text(self.note, "note", "备注", max_len=TITLE_MAX)


# -- labels ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class LabelStock:
    """A sheet of self-adhesive labels, in millimetres (a setting: the clerk's stock)."""

    name: str
    columns: int
    rows: int
    label_width: float
    label_height: float
    margin_left: float
    margin_top: float
    gap_x: float = 0.0
    gap_y: float = 0.0

    def __post_init__(self) -> None:
        if not (1 <= self.columns <= 10 and 1 <= self.rows <= 20):
            raise ValidationError("标签行列数不合理", field="label_stock")
        right = self.margin_left + self.columns * self.label_width + (self.columns - 1) * self.gap_x
        bottom = self.margin_top + self.rows * self.label_height + (self.rows - 1) * self.gap_y
        if min(self.label_width, self.label_height, self.margin_left, self.margin_top) <= 0:
            raise ValidationError("标签尺寸与页边距须大于 0", field="label_stock")
        if right > 210 or bottom > 297:
            raise ValidationError("标签超出 A4 纸张范围", field="label_stock")

    @property
    def per_sheet(self) -> int:
        return self.columns * self.rows


#: Common A4 stock: 3 x 8 (63.5 x 33.9 mm, like L7159) and 2 x 7 (99.1 x 38.1 mm, like L7163).
A4_3X8 = LabelStock("A4 3×8", 3, 8, 63.5, 33.9, 7.2, 12.9, gap_x=2.5)
A4_2X7 = LabelStock("A4 2×7", 2, 7, 99.1, 38.1, 4.65, 15.15, gap_x=2.5)
LABEL_STOCKS = {"3x8": A4_3X8, "2x7": A4_2X7}


@dataclass(frozen=True)
class MediumLabel:
    medium: MediumRef
    qr_text: str = ""  # defaults to the medium's number, level and user

    def __post_init__(self) -> None:
        check_text(self.qr_text, "qr_text", "二维码内容", max_len=TITLE_MAX)


# -- 保密检查记录表 -----------------------------------------------------------------------------
@dataclass(frozen=True)
class LevelCount:
    """One level's line of the carrier table: 数量, 种类, 齐全/外借/复印."""

    level: Level
    present: int  # 在册且在位
    lent: int  # 外借
    copied: int  # 复印
    kinds: str = ""  # 种类：文件、光盘 ...
    procedures_ok: bool = True  # 履行手续 有/无
    problems: str = ""


@dataclass(frozen=True)
class TopSecretRecord:
    """绝密件管理情况: 文号, 发放范围, 发放份数, 传递途径, 保管情况, 接触知悉人员."""

    item: ItemRef
    distribution: str
    copies: int
    route: str
    custody: str
    contacts: tuple[str, ...]


@dataclass(frozen=True)
class InspectionRecord:
    department: str
    period: Period
    inspected_on: dt.date
    department_head: str = ""
    levels_present: tuple[Level, ...] = ()  # 涉密程度（勾选）
    staff_changes: str = ""
    travel_abroad: str = ""
    training: str = ""
    duties: str = ""
    counts: tuple[LevelCount, ...] = ()
    top_secret: tuple[TopSecretRecord, ...] = ()
    equipment: str = ""
    premises: str = ""
    other: str = ""
    hazards: str = ""  # 检查意见：有无发现泄密隐患
    measures: str = ""  # 保密整改措施及保密要求
    inspectors: tuple[str, ...] = ()
    #: The audit trail's latest signed checkpoint and its code (app/services/anchor.py),
    #: so that the paper anchors the trail: a later verify must still find this checkpoint.
    trail_anchor: str = ""

    def __post_init__(self) -> None:
        check_text(self.department, "department", "部门（部位）", max_len=DEPT_MAX,
                   required=True)
        check_text(self.department_head, "department_head", "部门负责人", max_len=NAME_MAX)
        for name in ("staff_changes", "travel_abroad", "training", "duties", "equipment",
                     "premises", "other", "hazards", "measures", "trail_anchor"):
            check_text(getattr(self, name), name, "检查记录", max_len=TEXT_MAX, multiline=True)


# -- 泄露国家秘密事件报告表 ---------------------------------------------------------------------
@dataclass(frozen=True)
class IncidentReport:
    """The fields of the form in 003 泄密事件报告查处制度 附件1."""

    unit: str  # 发生泄密事件单位
    content: str  # 泄密内容
    level: Level  # 密级
    period_years: int | None = None
    responsible: str = ""  # 责任人基本情况
    discovery: str = ""  # 泄密事件发现经过
    occurrence: str = ""  # 泄密事件发生经过
    remedies: str = ""  # 补救措施
    note: str = ""  # 备注
    leader: str = ""  # 填报单位主管领导（签字）
    filled_by: str = ""  # 填表人
    reporting_unit: str = ""  # 填报单位（盖章）
    report_date: dt.date | None = None

    def __post_init__(self) -> None:
        check_text(self.unit, "unit", "发生泄密事件单位", max_len=ORG_MAX, required=True)
        check_text(self.content, "content", "泄密内容", max_len=TEXT_MAX, required=True,
                   multiline=True)
        _period(self.period_years, "period_years")
        for name, label in (("responsible", "责任人基本情况"), ("discovery", "泄密事件发现经过"),
                            ("occurrence", "泄密事件发生经过"), ("remedies", "补救措施"),
                            ("note", "备注")):
            check_text(getattr(self, name), name, label, max_len=TEXT_MAX, multiline=True)
        check_text(self.leader, "leader", "主管领导", max_len=NAME_MAX)
        check_text(self.filled_by, "filled_by", "填表人", max_len=NAME_MAX)
        check_text(self.reporting_unit, "reporting_unit", "填报单位", max_len=ORG_MAX)

    @property
    def marking(self) -> str:
        return _fmt_level(self.level, self.period_years)
