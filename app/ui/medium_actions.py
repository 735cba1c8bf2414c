"""The small forms of a medium's life: issue, return, carry out, ..., destroy, raise level.

One dialog, :class:`ActionDialog`, takes a list of :class:`Field` and a submit callable;
:class:`ActionForms` builds it for each :class:`MediumAction` over the media controller.
Enter submits, Esc cancels. A refusal of the service stays in the dialog, in red, at its
field, and nothing is changed; the dialog closes only when the step is recorded.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QDate, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.errors import MibuError, ValidationError
from app.models.documents import ApprovalKind
from app.models.enums import Level
from app.models.lifecycle import DestructionMethod
from app.models.media import MediumKind
from app.services import media
from app.services.media import IncidentView, MediumView, NewMedium
from app.ui.media_controller import MediaController, MediumAction
from app.ui.rule_words import message_of
from app.ui.widgets import inline_error_style, pydate, qdate
from app.ui.words import label_of


class FieldKind(enum.Enum):
    TEXT = "text"
    LONG_TEXT = "long_text"
    DATE = "date"
    LEVEL = "level"
    CHOICE = "choice"  # a closed list: (label, value) pairs


@dataclass(frozen=True)
class Field:
    key: str  # the service's field name: its errors name it, and the widget takes the focus
    label: str
    kind: FieldKind = FieldKind.TEXT
    placeholder: str = ""
    value: str = ""
    suggestions: tuple[str, ...] = ()  # offered by a completer (names, usual places)
    levels: tuple[Level, ...] = ()  # FieldKind.LEVEL: the levels offered, first selected
    latest: dt.date | None = None  # FieldKind.DATE: the latest day allowed (default today)
    earliest: dt.date | None = None  # FieldKind.DATE: the earliest day allowed
    choices: tuple[tuple[str, object], ...] = ()  # FieldKind.CHOICE: (label, value)
    empty: str = ""  # FieldKind.CHOICE: what the list says when it offers nothing


Values = dict[str, object]


class ActionDialog(QDialog):
    """A title, a line saying what will happen, a few fields, the service's refusal in red."""

    recorded = Signal(object)  # what the submit callable returned

    def __init__(self, title: str, intro: str, fields: Sequence[Field], ok_text: str,
                 submit: Callable[[Values], object], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # not kept until the lock
        self.setWindowTitle(title)
        self._submit = submit
        self.intro = QLabel(intro)
        self.intro.setWordWrap(True)
        self.fields: dict[str, QWidget] = {}
        self._kinds: dict[str, FieldKind] = {}
        form = QFormLayout()
        for f in fields:
            widget = self._widget(f)
            self.fields[f.key] = widget
            self._kinds[f.key] = f.kind
            form.addRow(f.label, widget)
        self.error = QLabel()
        self.error.setStyleSheet(inline_error_style())
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(ok_text)
        self.ok_button.setDefault(True)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.try_submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(440)
        if self.fields:
            next(iter(self.fields.values())).setFocus()
        else:
            self.ok_button.setFocus()

    @staticmethod
    def _widget(f: Field) -> QWidget:
        if f.kind is FieldKind.LONG_TEXT:
            text = QPlainTextEdit(f.value)
            text.setPlaceholderText(f.placeholder)
            text.setTabChangesFocus(True)
            text.setFixedHeight(96)
            return text
        if f.kind is FieldKind.DATE:
            day = QDateEdit(qdate(dt.date.today()))
            day.setCalendarPopup(True)
            day.setDisplayFormat("yyyy-MM-dd")
            if f.earliest is not None:
                day.setDate(qdate(f.earliest))
                day.setMinimumDate(qdate(f.earliest))
                day.setMaximumDate(qdate(f.latest or f.earliest + dt.timedelta(days=366)))
            else:
                day.setMaximumDate(qdate(f.latest or dt.date.today()))
                day.setMinimumDate(QDate(1980, 1, 1))
            return day
        if f.kind is FieldKind.LEVEL:
            combo = QComboBox()
            for lv in f.levels:
                combo.addItem(label_of(lv), lv)
            return combo
        if f.kind is FieldKind.CHOICE:
            combo = QComboBox()
            for label, value in f.choices:
                combo.addItem(label, value)
            if not f.choices and f.empty:
                combo.addItem(f.empty, None)
            return combo
        line = QLineEdit(f.value)
        line.setPlaceholderText(f.placeholder)
        if f.suggestions:
            completer = QCompleter(list(f.suggestions), line)
            completer.setFilterMode(completer.filterMode().MatchContains)
            line.setCompleter(completer)
        return line

    def values(self) -> Values:
        out: Values = {}
        for key, widget in self.fields.items():
            if isinstance(widget, QPlainTextEdit):
                out[key] = widget.toPlainText()
            elif isinstance(widget, QDateEdit):
                out[key] = pydate(widget.date())
            elif isinstance(widget, QComboBox):
                data = widget.currentData()
                if self._kinds[key] is FieldKind.LEVEL:
                    out[key] = Level(data) if data is not None else None
                else:
                    out[key] = data
            elif isinstance(widget, QLineEdit):
                out[key] = widget.text()
        return out

    def set_value(self, key: str, value: object) -> None:
        """Fill one field (tests and prefills): text, a date or a level."""
        widget = self.fields[key]
        if isinstance(widget, QPlainTextEdit):
            widget.setPlainText(str(value))
        elif isinstance(widget, QDateEdit) and isinstance(value, dt.date):
            widget.setDate(qdate(value))
        elif isinstance(widget, QComboBox):
            widget.setCurrentIndex(widget.findData(value))
        elif isinstance(widget, QLineEdit):
            widget.setText(str(value))

    def try_submit(self) -> object | None:
        try:
            result = self._submit(self.values())
        except MibuError as exc:
            self.error.setText(message_of(exc))
            widget = self.fields.get(exc.field or "")
            if widget is not None:
                widget.setFocus()
            return None
        self.error.clear()
        self.recorded.emit(result)
        self.accept()
        return result


def _text(values: Values, key: str) -> str:
    value = values.get(key)
    return value if isinstance(value, str) else ""


def _id(values: Values, key: str) -> int | None:
    value = values.get(key)
    return value if isinstance(value, int) else None


class ActionForms(QObject):
    """The dialog for each step, wired to the media controller."""

    def __init__(self, media: MediaController, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.media = media

    def titles(self) -> dict[MediumAction, str]:
        """The buttons of the detail pane (and the dialogs' titles)."""
        return {
            MediumAction.ISSUE: self.tr("发放…"),
            MediumAction.RETURN: self.tr("归还…"),
            MediumAction.CARRY_OUT: self.tr("携带外出…"),
            MediumAction.BRING_BACK: self.tr("外出带回…"),
            MediumAction.INVENTORY: self.tr("清查…"),
            MediumAction.REPAIR: self.tr("送修…"),
            MediumAction.REPAIRED: self.tr("维修返回…"),
            MediumAction.LOST: self.tr("登记丢失…"),
            MediumAction.DESTROY: self.tr("销毁…"),
            MediumAction.RAISE_LEVEL: self.tr("提高密级…"),
            MediumAction.REQUEST_APPROVAL: self.tr("申请审批…"),
            MediumAction.COPY: self.tr("复制…"),
        }

    def dialog(self, action: MediumAction, m: MediumView,
               parent: QWidget | None = None) -> ActionDialog:
        c, no = self.media, m.number
        head = self.tr("{number}（{kind}，{level}，责任人 {holder}，{status}）").format(
            number=no, kind=label_of(m.kind), level=label_of(m.highest_level), holder=m.holder,
            status=label_of(m.status))
        title = self.titles()[action].rstrip("…")
        fields: list[Field] = []
        submit: Callable[[Values], object]
        if action is MediumAction.ISSUE:
            intro = self.tr("把停用保管的介质发给责任人使用。")
            fields = [Field("holder", self.tr("责任人"), value=m.holder,
                            suggestions=tuple(c.people_names()))]
            ok = self.tr("发放")

            def submit(v: Values) -> object:
                return c.issue(no, _text(v, "holder"))
        elif action is MediumAction.RETURN:
            intro = self.tr("责任人交回介质，由保密员停用保管。")
            ok = self.tr("归还")

            def submit(v: Values) -> object:
                return c.return_medium(no)
        elif action is MediumAction.CARRY_OUT:
            intro = self.tr("携带外出须有领导批准的审批（先点“申请审批…”）并登记；"
                            "绝密级介质须两人同行。")
            fields = [
                self._approval_field(no, ApprovalKind.CARRY_OUT),
                Field("destination", self.tr("外出地点及事由")),
                Field("companion", self.tr("同行人"), placeholder=self.tr("绝密级必填"),
                      suggestions=tuple(c.people_names())),
            ]
            ok = self.tr("登记外出")

            def submit(v: Values) -> object:
                return c.carry_out(no, approval_id=_id(v, "approval"),
                                   destination=_text(v, "destination"),
                                   companion=_text(v, "companion"))
        elif action is MediumAction.BRING_BACK:
            intro = self.tr("外出的介质已带回，恢复在用。")
            ok = self.tr("登记带回")

            def submit(v: Values) -> object:
                return c.bring_back(no)
        elif action is MediumAction.INVENTORY:
            intro = self.tr("每半年清查、核对一次：介质在台帐所记之处，标识完好。")
            fields = [Field("on", self.tr("清查日期"), FieldKind.DATE),
                      Field("note", self.tr("备注"), placeholder=self.tr("可不填"))]
            ok = self.tr("登记清查")

            def submit(v: Values) -> object:
                on = v.get("on")
                return c.inventory(no, on if isinstance(on, dt.date) else None,
                                   _text(v, "note"))
        elif action is MediumAction.REPAIR:
            intro = self.tr("只能送到指定维修点维修。")
            fields = [Field("place", self.tr("指定维修点"))]
            ok = self.tr("送修")

            def submit(v: Values) -> object:
                return c.send_for_repair(no, _text(v, "place"))
        elif action is MediumAction.REPAIRED:
            intro = self.tr("介质从维修点取回，由保密员停用保管。")
            ok = self.tr("登记返回")

            def submit(v: Values) -> object:
                return c.back_from_repair(no)
        elif action is MediumAction.LOST:
            intro = self.tr("登记丢失后，须在 24 小时内向保密工作机构报告。")
            fields = [Field("circumstances", self.tr("丢失经过"), FieldKind.LONG_TEXT,
                            placeholder=self.tr("时间、地点、经过、已采取的措施"))]
            ok = self.tr("登记丢失")

            def submit(v: Values) -> object:
                return c.report_lost(no, _text(v, "circumstances"))
        elif action is MediumAction.DESTROY:
            intro = self.tr("销毁须有领导批准的审批（先点“申请审批…”），"
                            "由保密员以外的两名监销人在场。")
            names = tuple(c.people_names())
            fields = [
                self._approval_field(no, ApprovalKind.DESTRUCTION),
                Field("method", self.tr("销毁方式"), FieldKind.CHOICE,
                      choices=tuple((self._method_label(mt), mt)
                                    for mt in media.MEDIA_DESTRUCTION)),
                Field("means", self.tr("销毁机构或设备"),
                      placeholder=self.tr("如 区保密局销毁中心；或 消磁机型号、地点")),
                Field("witness1", self.tr("监销人"), suggestions=names),
                Field("witness2", self.tr("第二监销人"), suggestions=names),
            ]
            ok = self.tr("销毁")

            def submit(v: Values) -> object:
                method = _text(v, "method")  # Qt hands the enum back as its value
                return c.destroy(no, approval_id=_id(v, "approval"),
                                 witnesses=[_text(v, "witness1"), _text(v, "witness2")],
                                 method=DestructionMethod(method) if method else None,
                                 means=_text(v, "means"))
        elif action is MediumAction.REQUEST_APPROVAL:
            intro = self.tr("携带外出、复制和销毁须经领导批准：在此提出申请，"
                            "由领导在“审批”中批准（本机确认或登记书面批件）。")
            fields = [
                Field("kind", self.tr("申请事项"), FieldKind.CHOICE, choices=(
                    (self.tr("携带外出"), ApprovalKind.CARRY_OUT),
                    (self.tr("复制"), ApprovalKind.COPY),
                    (self.tr("销毁"), ApprovalKind.DESTRUCTION))),
                Field("until", self.tr("交回日期（外出）"), FieldKind.DATE,
                      earliest=dt.date.today()),
                Field("reason", self.tr("申请事由")),
            ]
            ok = self.tr("提出申请")

            def submit(v: Values) -> object:
                chosen = _text(v, "kind")  # Qt hands the enum back as its value
                until = v.get("until")
                if not chosen:
                    raise ValidationError(self.tr("请选择申请事项"), field="kind")
                kind = ApprovalKind(chosen)
                return c.request_approval(
                    no, kind, until if isinstance(until, dt.date)
                    and kind is ApprovalKind.CARRY_OUT else None, _text(v, "reason"))
        elif action is MediumAction.COPY:
            intro = self.tr("复制须有领导批准的审批；复制件登记为新介质，"
                            "密级不低于原介质，与原介质关联。")
            fields = [
                self._approval_field(no, ApprovalKind.COPY),
                Field("number", self.tr("复制件编号")),
                Field("kind", self.tr("介质类型"), FieldKind.CHOICE,
                      choices=tuple((label_of(k), k) for k in MediumKind
                                    if k is not MediumKind.EQUIPMENT)),
                Field("brand_model", self.tr("品牌型号")),
                Field("vendor_id", self.tr("厂商ID"),
                      placeholder=self.tr("4 位十六进制，光盘可不填")),
                Field("product_id", self.tr("产品ID")),
                Field("serial", self.tr("序列号")),
                Field("holder", self.tr("责任人"), value=m.holder, suggestions=tuple(
                    c.people_names())),
            ]
            ok = self.tr("登记复制件")

            def submit(v: Values) -> object:
                return c.copy_medium(no, NewMedium(
                    number=_text(v, "number"),
                    kind=_text(v, "kind"),  # Qt hands the enum back as its value
                    brand_model=_text(v, "brand_model"), level=m.highest_level,
                    holder=_text(v, "holder"), vendor_id=_text(v, "vendor_id") or None,
                    product_id=_text(v, "product_id") or None,
                    serial=_text(v, "serial") or None), _id(v, "approval"))
        else:  # MediumAction.RAISE_LEVEL
            intro = self.tr(
                "介质存储过更高密级的信息时提高密级；密级只升不降，删除或格式化后也不降。")
            higher = tuple(lv for lv in Level if lv > m.highest_level)
            fields = [Field("level", self.tr("新密级"), FieldKind.LEVEL, levels=higher)]
            ok = self.tr("提高密级")

            def submit(v: Values) -> object:
                level = v.get("level")
                if not isinstance(level, Level):  # nothing above 绝密
                    raise ValidationError(self.tr("请选择新密级"), field="level")
                return c.raise_level(no, level)
        return ActionDialog(f"{title} · {no}", f"{head}\n{intro}", fields, ok, submit, parent)

    def _approval_field(self, number: str, kind: ApprovalKind) -> Field:
        return Field("approval", self.tr("审批"), FieldKind.CHOICE,
                     choices=tuple(self.media.usable_approvals(number, kind)),
                     empty=self.tr("没有可用的审批：请先申请审批，经领导批准后再登记"))

    def _method_label(self, method: DestructionMethod) -> str:
        return {
            DestructionMethod.CENTRE: self.tr("送指定销毁机构"),
            DestructionMethod.SHRED: self.tr("粉碎"),
            DestructionMethod.PHYSICAL: self.tr("物理破坏"),
            DestructionMethod.DEGAUSS: self.tr("消磁"),
        }.get(method, label_of(method))

    def reported_dialog(self, incident: IncidentView,
                        parent: QWidget | None = None) -> ActionDialog:
        c = self.media
        intro = self.tr("介质 {number} 丢失（{opened}）已向上级报告：记下报告对象。").format(
            number=incident.medium_number or "", opened=local_time(incident.opened_at))
        fields = [Field("reported_to", self.tr("报告对象"),
                        placeholder=self.tr("如 区保密局 李科长（电话报告）"))]

        def submit(v: Values) -> object:
            return c.mark_reported(incident.id, _text(v, "reported_to"))

        return ActionDialog(self.tr("已上报 · {number}").format(
            number=incident.medium_number or ""), intro, fields, self.tr("登记已上报"),
            submit, parent)


def local_time(iso: str) -> str:
    """A stored UTC time as the clerk's local time, to the minute."""
    try:
        at = dt.datetime.fromisoformat(iso)
    except ValueError:
        return iso[:16]
    if at.tzinfo is not None:
        at = at.astimezone()
    return at.strftime("%Y-%m-%d %H:%M")
