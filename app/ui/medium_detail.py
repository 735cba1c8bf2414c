"""The detail pane of one medium: every field of the ledger, its open loss, the steps its
status allows (each opens a small form, see :mod:`app.ui.medium_actions`), and its history:
the ledger's events and the audit lines, newest first."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.errors import MibuError
from app.models.media import MediumEventKind
from app.services.media import IncidentView, MediumEventView, MediumView
from app.services.trail import TrailLine
from app.ui.incident_words import IncidentDeadline as _Words
from app.ui.media_controller import MediaController, MediumAction, MediumDetail
from app.ui.medium_actions import ActionDialog, ActionForms, local_time
from app.ui.rule_words import message_of
from app.ui.widgets import LEVEL_COLOURS, cell, info_style, inline_error_style, read_only_table
from app.ui.words import label_of

ALARM = "#b00020"
STATUS_COLOURS = {"lost": ALARM, "destroyed": "#5f6b73", "out": "#c26a00", "repair": "#c26a00"}
ACTION_COLUMNS = 3


def deadline_words(incident: IncidentView, now: dt.datetime) -> str:
    """How much time is left to report the loss, or how long ago it ran out."""
    return _Words().words(incident.report_due_at, now)


class IncidentDeadline(QFrame):
    """丢失未上报: the deadline, large and red, with the way to record the report."""

    report = Signal(object)  # the IncidentView

    def __init__(self, now: Callable[[], dt.datetime], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._now = now
        self.incident: IncidentView | None = None
        self.setObjectName("incidentDeadline")
        self.setStyleSheet(f"#incidentDeadline {{ border: 2px solid {ALARM};"
                           " border-radius: 4px; background: #fdecee; }")
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setStyleSheet(f"color: {ALARM}; font-size: 12pt; font-weight: bold;")
        self.button = QPushButton(self.tr("已上报…"))
        self.button.clicked.connect(lambda: self.report.emit(self.incident))
        layout = QHBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignTop)

    def set_incident(self, incident: IncidentView | None) -> None:
        self.incident = incident
        self.setVisible(incident is not None)
        if incident is None:
            return
        when = deadline_words(incident, self._now())
        self.text.setText(self.tr("丢失未上报：须于 {due} 前上报（{when}）").format(
            due=local_time(incident.report_due_at), when=when))


class MediumDetailPane(QWidget):
    """Shows one medium (by number); its buttons open the forms of :class:`ActionForms`."""

    def __init__(self, media: MediaController, forms: ActionForms,
                 now: Callable[[], dt.datetime] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.media = media
        self.forms = forms
        self._now = now or (lambda: dt.datetime.now(dt.UTC))
        self.detail: MediumDetail | None = None
        self.dialog: ActionDialog | None = None
        self.placeholder = QLabel(self.tr("在台帐中选择一件介质，查看详情、履历和可办理的事项。"))
        self.placeholder.setWordWrap(True)
        self.placeholder.setStyleSheet("color: #5f6b73;")
        self.number = QLabel()
        self.number.setStyleSheet("font-size: 14pt; font-weight: bold;")
        self.number.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.level = QLabel()
        self.status = QLabel()
        self.status.setStyleSheet("font-weight: bold;")
        head = QHBoxLayout()
        head.addWidget(self.number)
        head.addWidget(self.level)
        head.addWidget(self.status)
        head.addStretch(1)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.deadline = IncidentDeadline(self._now)
        self.deadline.report.connect(self.open_reported)
        self.values: dict[str, QLabel] = {}
        fields = QFormLayout()
        fields.setHorizontalSpacing(12)
        fields.setVerticalSpacing(3)
        for key, label in (
            ("kind", self.tr("介质类型")), ("brand_model", self.tr("品牌型号")),
            ("ids", self.tr("厂商ID : 产品ID")), ("serial", self.tr("序列号")),
            ("capacity", self.tr("容量")), ("level", self.tr("登记密级")),
            ("highest_level", self.tr("曾存储最高密级")), ("holder", self.tr("责任人")),
            ("status", self.tr("状态")), ("bought_on", self.tr("购置日期")),
            ("last_inventory_on", self.tr("上次清查")), ("created_at", self.tr("登记时间")),
        ):
            value = QLabel()
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.values[key] = value
            fields.addRow(label, value)
        self.buttons: dict[MediumAction, QPushButton] = {}
        for action, text in forms.titles().items():
            button = QPushButton(text, self)  # parented: it goes with the pane
            button.hide()
            button.clicked.connect(lambda _=False, a=action: self.open_action(a))
            self.buttons[action] = button
        self.actions_grid = QGridLayout()
        self.actions_grid.setSpacing(6)
        self.no_actions = QLabel()
        self.no_actions.setStyleSheet("color: #5f6b73;")
        self.no_actions.setWordWrap(True)
        self.events = read_only_table(
            [self.tr("时间"), self.tr("事项"), self.tr("经办人"), self.tr("详情")], 3)
        self.audit = read_only_table(
            [self.tr("时间"), self.tr("操作"), self.tr("操作人"), self.tr("变更")], 3)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.events, "")
        self.tabs.addTab(self.audit, "")
        self.body = QWidget()
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addLayout(head)
        body.addWidget(self.deadline)
        body.addWidget(self.message)
        body.addLayout(fields)
        body.addWidget(self.no_actions)
        body.addLayout(self.actions_grid)
        body.addWidget(self.tabs, 1)
        self.setMinimumWidth(400)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 0, 0, 0)
        layout.addWidget(self.placeholder)
        layout.addWidget(self.body, 1)
        self.show_medium(None)

    # -- showing ------------------------------------------------------------------------------
    @property
    def current_number(self) -> str | None:
        return self.detail.medium.number if self.detail is not None else None

    def show_medium(self, number: str | None) -> None:
        """Show the medium with this number (None: nothing selected); keeps the message only
        when the same medium is shown again."""
        if number != self.current_number:
            self.message.clear()
        detail: MediumDetail | None = None
        if number:
            try:
                detail = self.media.detail(number)
            except MibuError as err:
                self._say(message_of(err), error=True)
        self.detail = detail
        self.placeholder.setVisible(detail is None)
        self.body.setVisible(detail is not None)
        if detail is not None:
            self._fill(detail)

    def refresh(self) -> None:
        self.show_medium(self.current_number)

    def _fill(self, d: MediumDetail) -> None:
        m = d.medium
        self.number.setText(m.number)
        self.level.setText(label_of(m.highest_level))
        self.level.setStyleSheet(
            f"background: {LEVEL_COLOURS[m.highest_level]}; color: white; font-weight: bold;"
            " padding: 2px 10px; border-radius: 3px;")
        self.status.setText(label_of(m.status))
        colour = STATUS_COLOURS.get(m.status.value, "#2f6f4f")
        self.status.setStyleSheet(f"font-weight: bold; color: {colour};")
        v = self.values
        v["kind"].setText(label_of(m.kind))
        v["brand_model"].setText(m.brand_model)
        v["ids"].setText(f"{m.vendor_id} : {m.product_id}" if m.vendor_id else "—")
        v["serial"].setText(m.serial or "—")
        v["capacity"].setText(m.capacity or "—")
        v["level"].setText(label_of(m.level))
        v["highest_level"].setText(label_of(m.highest_level))
        v["holder"].setText(m.holder)
        v["status"].setText(label_of(m.status))
        v["bought_on"].setText(m.bought_on or "—")
        last = m.last_inventory_on or self.tr("从未清查")
        if d.inventory_due:
            v["last_inventory_on"].setText(self.tr("{last}（已到半年清查期）").format(last=last))
            v["last_inventory_on"].setStyleSheet(inline_error_style())
        else:
            v["last_inventory_on"].setText(last)
            v["last_inventory_on"].setStyleSheet("")
        v["created_at"].setText(local_time(m.created_at))
        self.deadline.set_incident(d.incident)
        self._fill_actions(d)
        self._fill_events(d.events)
        self._fill_audit(d.audit)
        self.tabs.setTabText(0, self.tr("履历（%n）", "", len(d.events)))
        self.tabs.setTabText(1, self.tr("审计记录（%n）", "", len(d.audit)))

    def _fill_actions(self, d: MediumDetail) -> None:
        while self.actions_grid.count():
            self.actions_grid.takeAt(0)
        for button in self.buttons.values():
            button.hide()
        for n, action in enumerate(d.actions):
            button = self.buttons[action]
            self.actions_grid.addWidget(button, n // ACTION_COLUMNS, n % ACTION_COLUMNS)
            button.show()
        self.no_actions.setVisible(not d.actions)
        self.no_actions.setText(self.tr("“{status}”的介质没有可办理的事项。").format(
            status=label_of(d.medium.status)))

    def _fill_events(self, events: tuple[MediumEventView, ...]) -> None:
        t = self.events
        t.setRowCount(0)
        for e in events:  # e.actor is already the person's name (media.history)
            note = e.note
            if e.kind is MediumEventKind.REGISTERED and note:  # the source of the entry
                if note == "form":
                    note = self.tr("登记表")
                elif note.startswith("import:"):
                    note = self.tr("从文件导入：{file}").format(file=note.removeprefix("import:"))
            details = "；".join(x for x in (e.person, e.approval_ref, e.place, note) if x)
            self._row(t, [cell(local_time(e.at)), cell(label_of(e.kind)),
                          cell(e.actor), cell(details)])

    def _fill_audit(self, lines: tuple[TrailLine, ...]) -> None:
        t = self.audit
        t.setRowCount(0)
        for a in lines:
            self._row(t, [cell(a.at), cell(a.label), cell(a.actor), cell("；".join(a.changes))])

    @staticmethod
    def _row(table: QTableWidget, cells: list[QTableWidgetItem]) -> None:
        row = table.rowCount()
        table.insertRow(row)
        for col, item in enumerate(cells):
            table.setItem(row, col, item)

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(inline_error_style() if error else info_style())

    # -- acting -------------------------------------------------------------------------------
    def focus_first_action(self) -> None:
        """From the ledger, Enter: the first step offered (or the report of an open loss)."""
        if self.detail is None:
            return
        if self.detail.incident is not None:
            self.deadline.button.setFocus()
        elif self.detail.actions:
            self.buttons[self.detail.actions[0]].setFocus()

    def open_action(self, action: MediumAction) -> ActionDialog | None:
        if self.detail is None:
            return None
        dialog = self.forms.dialog(action, self.detail.medium, self)
        dialog.recorded.connect(lambda result, a=action: self._done(a, result))
        return self._open(dialog)

    def open_reported(self, incident: IncidentView | None) -> ActionDialog | None:
        if incident is None:
            return None
        dialog = self.forms.reported_dialog(incident, self)
        dialog.recorded.connect(lambda result: self._reported(result))
        return self._open(dialog)

    def _open(self, dialog: ActionDialog) -> ActionDialog:
        self.dialog = dialog
        dialog.finished.connect(lambda _r: self.refresh())  # a refusal may mean a stale pane
        dialog.open()
        return dialog

    def _done(self, action: MediumAction, result: object) -> None:
        if isinstance(result, IncidentView):
            self._say(self.tr("已登记丢失。须于 {due} 前（24 小时内）向保密工作机构报告。").format(
                due=local_time(result.report_due_at)), error=True)
        elif isinstance(result, MediumView):
            self._say(self.tr("已登记{step}：{number} 现为“{status}”，责任人 {holder}。").format(
                step=self.forms.titles()[action].rstrip("…"), number=result.number,
                status=label_of(result.status), holder=result.holder))

    def _reported(self, result: object) -> None:
        if isinstance(result, IncidentView):
            self._say(self.tr("已登记上报：{to}。").format(to=result.reported_to or ""))
