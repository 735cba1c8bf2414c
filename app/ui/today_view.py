"""The clerk's start page (今日工作): due today, overdue, waiting for approval, due back to
the issuer, periods expiring, counts due. A thin view over ``today.today_page``."""

from __future__ import annotations

import html

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from app.errors import MibuError
from app.services.lifecycle.today import DueItem, TodayPage
from app.ui.controller import Controller
from app.ui.lifecycle_controller import LifecycleController
from app.ui.people_controller import PeopleController
from app.ui.people_view import no_people_hint
from app.ui.rule_words import message_of
from app.ui.widgets import (
    LEVEL_COLOURS,
    OVERDUE,
    add_row,
    cell,
    inline_error_style,
    read_only_table,
)
from app.ui.words import approval_summary, due_kind, label_of


class Tile(QLabel):
    """A count with its caption, red when something is wrong; a click (or Enter/Space with
    the focus on it) opens the list it counts."""

    activated = Signal()

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.caption = caption
        self.count = 0
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.set_count(0)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.activated.emit()
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.activated.emit()
            return
        super().keyPressEvent(event)

    def set_count(self, n: int, alarm: bool = False) -> None:
        self.count = n
        colour = OVERDUE if alarm and n else "#333333"
        self.setText(f"<div style='font-size:20pt; font-weight:bold; color:{colour}'>{n}</div>"
                     f"<div>{self.caption}</div>")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setStyleSheet("QLabel { border: 1px solid #c8c8c8; border-radius: 4px;"
                           " padding: 6px 8px; background: #fafafa; }"
                           " QLabel:focus { border: 2px solid #1f5fa8; }")


class TodayView(QWidget):
    open_copy = Signal(int)  # a due item was activated: show that copy at the desk
    open_people = Signal()  # the register has no people: to the people area
    open_declassify = Signal(int)  # an expired period was activated: to 确认解密 (document id)
    open_import = Signal(str)  # an empty register: import a ledger of this kind
    open_returns = Signal()  # the 待清退 tile: the 清退 tab lists the same documents
    open_approvals = Signal()  # the 待审批 tile: the approvals area's 待审批 list

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lifecycle = LifecycleController(controller)
        self.page: TodayPage | None = None
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.refresh_button = QPushButton(self.tr("刷新(&R)"))
        self.refresh_button.clicked.connect(self.refresh)
        top.addWidget(self.heading, 1)
        top.addWidget(self.refresh_button)
        layout.addLayout(top)
        self.error = QLabel()
        self.error.setStyleSheet(inline_error_style())
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        self.usb_status = QLabel()
        self.usb_status.setWordWrap(True)
        self.usb_status.hide()
        layout.addWidget(self.usb_status)
        self._controller = controller

        tiles = QHBoxLayout()
        self.tile_overdue = Tile(self.tr("逾期未还"))
        self.tile_due = Tile(self.tr("今日到期"))
        self.tile_approval = Tile(self.tr("待审批"))
        self.tile_return = Tile(self.tr("待清退"))
        self.tile_period = Tile(self.tr("保密期限将满"))
        self.tile_ended = Tile(self.tr("保密期限已满"))
        self.tile_reminder = Tile(self.tr("提醒"))
        for t in (self.tile_overdue, self.tile_due, self.tile_approval, self.tile_return,
                  self.tile_period, self.tile_ended, self.tile_reminder):
            tiles.addWidget(t)
        self.tile_overdue.activated.connect(self._focus_overdue)
        self.tile_due.activated.connect(self._focus_due_today)
        self.tile_approval.activated.connect(self.open_approvals)
        self.tile_return.activated.connect(self.open_returns)
        for t in (self.tile_period, self.tile_ended, self.tile_reminder):
            t.activated.connect(self._focus_other)
        layout.addLayout(tiles)
        self.people = PeopleController(controller)
        self.no_people = no_people_hint(self, self.tr(
            "登记簿里还没有涉密人员，传阅、借阅都无人可选。"))
        self.no_people.linkActivated.connect(lambda _link: self.open_people.emit())
        layout.addWidget(self.no_people)
        self.import_hint = QLabel(self.tr("已有台帐？导入：") + " ".join(
            f"<a href='{kind}'>{html.escape(text)}</a>" for kind, text in (
                ("people", self.tr("涉密人员台帐…")), ("documents", self.tr("收文台帐…")),
                ("media", self.tr("移动存储介质台帐…")))))
        self.import_hint.setTextFormat(Qt.TextFormat.RichText)
        self.import_hint.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.import_hint.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.import_hint.linkActivated.connect(self.open_import)
        self.import_hint.hide()
        layout.addWidget(self.import_hint)

        due_headers = [self.tr("类别"), self.tr("载体"), self.tr("密级"), self.tr("标题"),
                       self.tr("持有人"), self.tr("应还日期"), self.tr("逾期")]
        self.overdue = read_only_table(due_headers, 3)
        self.due_today = read_only_table(due_headers, 3)
        self.approvals = read_only_table([self.tr("编号"), self.tr("事项"), self.tr("申请人"),
                                 self.tr("申请时间")], 1)
        self.other = read_only_table([self.tr("类别"), self.tr("内容"), self.tr("日期")], 1)
        grid = QGridLayout()
        for i, (title, table) in enumerate((
            (self.tr("逾期未还"), self.overdue), (self.tr("今日到期"), self.due_today),
            (self.tr("待审批"), self.approvals),
            (self.tr("清退、保密期限与提醒"), self.other),
        )):
            box = QGroupBox(title)
            QVBoxLayout(box).addWidget(table)
            grid.addWidget(box, i // 2, i % 2)
        layout.addLayout(grid, 1)
        self.overdue.cellDoubleClicked.connect(self._activate_overdue)
        self.due_today.cellDoubleClicked.connect(self._activate_due_today)
        self.other.activated.connect(self._activate_other)
        # A bound method of this widget: Qt drops the connection when the view is deleted
        # (at lock), so no stale page refreshes on a change after the next unlock.
        controller.changed.connect(self._changed)
        self.refresh()

    def _changed(self, _area: str) -> None:
        self.refresh()

    def _focus_overdue(self) -> None:
        self.overdue.setFocus()

    def _focus_due_today(self) -> None:
        self.due_today.setFocus()

    def _focus_other(self) -> None:
        self.other.setFocus()

    def _activate_overdue(self, row: int, _column: int) -> None:
        self._activate(self.overdue, row)

    def _activate_due_today(self, row: int, _column: int) -> None:
        self._activate(self.due_today, row)

    def _activate_other(self, index: QModelIndex) -> None:
        """An ended period leads to its 确认解密 (the other rows have nothing to open)."""
        item = self.other.item(index.row(), 0)
        document_id = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if document_id is not None:
            self.open_declassify.emit(int(document_id))

    def _activate(self, table: QTableWidget, row: int) -> None:
        item = table.item(row, 0)
        if item is not None:
            self.open_copy.emit(int(item.data(Qt.ItemDataRole.UserRole)))

    def _show_usb_backend(self) -> None:
        backend = getattr(self._controller, "usb_backend", None)
        if backend == "usbguard":
            self.usb_status.setText(self.tr(
                "USB 防护：由 USBGuard 系统服务执行，开机即生效，Mibu 关闭时仍然有效。"))
            self.usb_status.setStyleSheet("color: #1b5e20;")
        elif backend == "sysfs":
            self.usb_status.setText(self.tr(
                "USB 防护：未启用 USBGuard，由 Mibu 自带防护执行——仅在 Mibu 运行时有效。"
                "关闭 Mibu 后请勿插入移动存储介质；安装方法见 installer/README.md。"))
            self.usb_status.setStyleSheet(f"color: {OVERDUE};")
        else:
            self.usb_status.hide()
            return
        self.usb_status.show()

    def refresh(self) -> None:
        self._show_usb_backend()
        try:
            page = self.lifecycle.today_page()
        except MibuError as err:
            self.error.setText(message_of(err))
            self.error.show()
            return
        self.error.hide()
        self.no_people.setVisible(self.people.count_people() == 0)
        self.import_hint.setVisible(self.no_people.isVisibleTo(self))
        self.page = page
        self.heading.setText(self.tr("今日工作 · {date}").format(
            date=self.tr("{y}年{m}月{d}日").format(
                y=page.today.year, m=page.today.month, d=page.today.day)))
        self.tile_overdue.set_count(len(page.overdue), alarm=True)
        self.tile_due.set_count(len(page.due_today))
        self.tile_approval.set_count(len(page.waiting_approval))
        self.tile_return.set_count(len(page.due_for_return),
                                   alarm=any(r.is_overdue(page.today) for r in page.due_for_return))
        self.tile_period.set_count(len(page.periods_expiring))
        self.tile_ended.set_count(len(page.periods_ended), alarm=True)
        self.tile_reminder.set_count(len(page.reminders),
                                     alarm=any(m.kind == "incident" for m in page.reminders))
        self._fill_due(self.overdue, page.overdue)
        self._fill_due(self.due_today, page.due_today)
        self.approvals.setRowCount(0)
        names = self._controller.account_names() if page.waiting_approval else {}
        for a in page.waiting_approval:
            add_row(self.approvals, [cell(str(a.id)), cell(approval_summary(a)),
                                       cell(names.get(a.requested_by, a.requested_by)),
                                       cell(a.requested_at[:16].replace("T", " "))])
        self.other.setRowCount(0)
        for r in page.due_for_return:
            colour = OVERDUE if r.is_overdue(page.today) else None
            add_row(self.other, [
                cell(self.tr("清退"), colour),
                cell(self.tr("{no}《{title}》在册 {n} 份").format(
                    no=r.internal_no, title=r.title, n=r.copies_held)),
                cell(r.deadline.isoformat(), colour)])
        for p in page.periods_ended:  # the clerk confirms the declassification (Enter)
            add_row(self.other, [
                cell(self.tr("保密期限已满"), OVERDUE, data=p.document_id),
                cell(self.tr("{no}《{title}》{level}：待确认解密（回车办理）").format(
                    no=p.internal_no, title=p.title, level=label_of(p.level))),
                cell(p.period_end.isoformat(), OVERDUE)])
        for p in page.periods_expiring:
            add_row(self.other, [
                cell(self.tr("保密期限将满")),
                cell(self.tr("{no}《{title}》{level}").format(
                    no=p.internal_no, title=p.title, level=label_of(p.level))),
                cell(p.period_end.isoformat())])
        for m in page.reminders:
            colour = OVERDUE if m.kind == "incident" else None
            add_row(self.other, [cell(self.tr("提醒"), colour), cell(m.text, colour),
                                   cell(m.due_on.isoformat(), colour)])

    def _fill_due(self, table: QTableWidget, items: tuple[DueItem, ...]) -> None:
        table.setRowCount(0)
        for i in items:
            colour = OVERDUE if i.days_overdue else None
            first = cell(due_kind(i.kind), colour)
            first.setData(Qt.ItemDataRole.UserRole, i.copy_id)
            level = cell(label_of(i.level), LEVEL_COLOURS[i.level])
            add_row(table, [
                first, cell(i.copy_label), level, cell(i.title), cell(i.holder),
                cell(i.due_on.isoformat(), colour),
                cell(self.tr("{n} 天").format(n=i.days_overdue) if i.days_overdue else "",
                      colour),
            ])
