"""经历: one copy, medium, document or person, as the inspector asks about it: where it is
now, who held it when and on whose approval, and its whole readable trail (oldest first)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.errors import MibuError, NotFound
from app.services import histories
from app.services.documents import DocumentInfo
from app.services.histories import CopyStory, Holding
from app.services.trail import TrailFilter
from app.ui.audit_view import TrailModel, TrailSource, trail_table
from app.ui.controller import Controller
from app.ui.rule_words import message_of
from app.ui.words import label_of


class HistorySource:
    """The histories through the controller (plain values)."""

    def __init__(self, controller: Controller) -> None:
        self._c = controller

    def copy(self, code: str) -> CopyStory:
        return histories.copy_story(self._c.register, self._c.actor, code)

    def medium(self, number: str) -> histories.MediumStory:
        return histories.medium_story(self._c.register, self._c.actor, number)

    def document(self, internal_no: str) -> DocumentInfo | None:
        return histories.document_by_number(self._c.register, self._c.actor, internal_no)

    def person(self, name: str) -> list[Holding]:
        return histories.person_holdings(self._c.register, self._c.actor, name)


class ItemHistoryView(QWidget):
    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._source = HistorySource(controller)
        self._trail = TrailSource(controller)
        self._story: CopyStory | None = None
        self._person = False
        self._holdings: list[Holding] = []
        layout = QVBoxLayout(self)
        ask = QHBoxLayout()
        self.code = QLineEdit()
        self.code.setPlaceholderText(
            self.tr("扫描或输入：载体编号（2026-收-0004/2）、收文编号、介质编号或人员姓名"))
        self.code.returnPressed.connect(self.look_up)
        show = QPushButton(self.tr("查看"))
        show.clicked.connect(self.look_up)
        ask.addWidget(self.code, 1)
        ask.addWidget(show)
        layout.addLayout(ask)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary.setStyleSheet("font-size: 12pt;")
        layout.addWidget(self.summary)
        self.now = QLabel()  # where the copy is now
        self.now.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.now.setStyleSheet("font-size: 12pt; font-weight: bold; color: #1a4d80;")
        layout.addWidget(self.now)
        self.day_row = QWidget()
        on_day = QHBoxLayout(self.day_row)
        on_day.setContentsMargins(0, 0, 0, 0)
        self.day_label = QLabel(self.tr("某日在谁手中："))
        on_day.addWidget(self.day_label)
        self.day = QDateEdit(QDate.currentDate())
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.day.dateChanged.connect(self._answer_day)
        on_day.addWidget(self.day)
        self.day_answer = QLabel()
        self.day_answer.setWordWrap(True)
        self.day_answer.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        on_day.addWidget(self.day_answer, 1)
        layout.addWidget(self.day_row)
        self.holdings = QTableWidget(0, 8)
        self.holdings.setHorizontalHeaderLabels([
            self.tr("载体"), self.tr("方式"), self.tr("持有人"), self.tr("自"), self.tr("至"),
            self.tr("批准"), self.tr("签字"), self.tr("地点、陪同人")])
        self.holdings.verticalHeader().setVisible(False)
        self.holdings.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.holdings.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.holdings.setWordWrap(True)
        header = self.holdings.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        for col, width in enumerate((150, 64, 120, 120, 120, 240, 60, 140)):
            self.holdings.setColumnWidth(col, width)
        self.model = TrailModel(self._trail, oldest_first=True, parent=self)
        self.table = trail_table(self.model)
        split = QSplitter(Qt.Orientation.Vertical)
        self.holdings_box = self._titled(self.tr("持有记录（传阅、借阅、携带外出）"), self.holdings)
        split.addWidget(self.holdings_box)
        split.addWidget(self._titled(self.tr("全部经历"), self.table))
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 3)
        split.setSizes([150, 450])
        layout.addWidget(split, 1)
        self.summary.setText(self.tr("输入或扫描一个编号，查看它的全部经历。"))
        self._fill([])

    @staticmethod
    def _titled(title: str, widget: QWidget) -> QWidget:
        box = QWidget()
        v = QVBoxLayout(box)
        v.setContentsMargins(0, 4, 0, 0)
        label = QLabel(title)
        label.setStyleSheet("font-weight: bold;")
        v.addWidget(label)
        v.addWidget(widget, 1)
        return box

    # -- looking up ------------------------------------------------------------------------
    def show_code(self, code: str) -> None:
        self.code.setText(code)
        self.look_up()

    def look_up(self) -> None:
        code = self.code.text().strip()
        self._story = None
        self._holdings = []
        self.now.clear()
        if not code:
            return
        try:
            self._look_up(code)
        except MibuError as e:
            self.summary.setText(message_of(e))
            self._fill([])
            self.model.set_filter(TrailFilter(item="\x00"))
        self._answer_day()

    def _look_up(self, code: str) -> None:
        try:
            story = self._source.copy(code)
        except NotFound:
            story = None
        if story is not None:
            self._story = story
            self.summary.setText(self.tr("{label}　《{title}》　{level}").format(
                label=story.label, title=story.title, level=label_of(story.level)))
            self.now.setText(self.tr("现在：{where}").format(where=story.where_now))
            self._fill(list(story.holdings), shown=True)
            self.model.set_filter(TrailFilter(item=story.code))
            return
        try:
            medium = self._source.medium(code)
        except NotFound:
            medium = None
        if medium is not None:
            self.summary.setText(self.tr("介质 {number}　{level}　状态：{status}　责任人：{holder}")
                                 .format(number=medium.number, level=label_of(medium.level),
                                         status=medium.status, holder=medium.holder or "—"))
            self._fill([])
            self.model.set_filter(TrailFilter(item=medium.number))
            return
        if self._trail.known_item(code):  # a document (收文编号) or a print's serial
            doc = self._source.document(code)
            if doc is None:
                self.summary.setText(self.tr("{code} 的全部经历（含各份载体）").format(code=code))
            else:  # as it stands now; its changes and corrections are in the trail below
                self.summary.setText(self.tr(
                    "{code}《{title}》{marking} 的全部经历（含各份载体、密级变更、解密和更正）")
                    .format(code=code, title=doc.title, marking=doc.marking))
            self._fill([])
            self.model.set_filter(TrailFilter(item=code))
            return
        held = self._source.person(code)  # refuses with 没有名为…的人员
        self.summary.setText(self.tr("{name} 经手的载体：共 {n} 次").format(name=code,
                                                                          n=len(held)))
        self._fill(held, shown=True, person=True)
        self.model.set_filter(TrailFilter(person=code))

    def _fill(self, holdings: list[Holding], *, shown: bool = False,
              person: bool = False) -> None:
        """The holdings of a copy or a person (``shown``); hidden for a medium or document."""
        self._holdings = holdings
        self._person = person
        self.holdings_box.setVisible(shown)
        self.day_row.setVisible(shown)
        self.now.setVisible(bool(self.now.text()))
        self.day_label.setText(self.tr("某日持有：") if person else self.tr("某日在谁手中："))
        t = self.holdings
        t.setRowCount(len(holdings))
        for r, h in enumerate(holdings):
            companion = self.tr("陪同 {name}").format(name=h.companion) if h.companion else ""
            extra = "；".join(x for x in (h.place, companion) if x)
            values = (h.copy_label, h.kind, h.holder, h.since_text, h.until_text,
                      h.approval or self.tr("（传阅无需审批）"), h.signed_by or "—", extra or "—")
            for c, value in enumerate(values):
                t.setItem(r, c, QTableWidgetItem(value))
        t.resizeRowsToContents()

    def _answer_day(self) -> None:
        if not self._holdings:
            self.day_answer.setText("")
            return
        q = self.day.date()
        day = dt.date(q.year(), q.month(), q.day())
        held = [h for h in self._holdings if h.covers(day)]
        if not held:
            text = (self.tr("{day}：未持有任何载体") if self._person
                    else self.tr("{day}：在库，无人持有"))
            self.day_answer.setText(text.format(day=day.isoformat()))
            return
        parts = []
        for h in held:
            who = self.tr("{holder}（{kind}，{since} 至 {until}").format(
                holder=h.copy_label if self._person else h.holder, kind=h.kind,
                since=h.since_text, until=h.until_text)
            if h.approver:
                who += self.tr("，{approver}批准").format(approver=h.approver)
            parts.append(who + "）")
        self.day_answer.setText(self.tr("{day}：{who}").format(day=day.isoformat(),
                                                              who="；".join(parts)))
