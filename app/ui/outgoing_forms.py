"""The two forms of the 发文 area: 发文登记 (the document, its approved distribution, who
signed it) and 封发 (copies into one envelope to one recipient of that distribution).

Both are :class:`~app.ui.people_forms.FieldForm` dialogs: a refusal naming a field is shown
in red under that field, which takes the focus; the dialog closes only when the service has
recorded the change. Enter submits (in the distribution's unit field it adds the unit), Esc
cancels. Neither checks a rule itself: the services refuse, the forms show it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.errors import MibuError
from app.models.documents import CarrierType
from app.models.enums import Level
from app.services.dispatch import DispatchableCopy, DispatchInfo, OutgoingInput
from app.services.documents import (
    DOC_NUMBER_MAX,
    LOCATION_MAX,
    MAX_COPIES,
    REMARKS_MAX,
    TITLE_MAX,
    DocumentInfo,
)
from app.services.people import ORG_MAX
from app.ui.disposal_widgets import date_field
from app.ui.outgoing_controller import OutgoingDetail
from app.ui.people_forms import FieldForm
from app.ui.widgets import add_row, cell, pydate, read_only_table
from app.ui.words import label_of

WIDE = 460  # the distribution editor and the copy list: a unit's full name and its count


def _line(max_len: int, placeholder: str = "") -> QLineEdit:
    line = QLineEdit()
    line.setMaxLength(max_len)
    line.setPlaceholderText(placeholder)
    return line


def _fit(form: FieldForm) -> None:
    """Wide enough for every field: FieldForm's fixed minimum width would clip the wide ones."""
    layout = form.layout()
    if isinstance(layout, QVBoxLayout):
        form.setMinimumWidth(max(form.minimumWidth(), layout.minimumSize().width()))
        layout.insertStretch(layout.count() - 1, 1)  # room left over goes above the buttons
    form.adjustSize()


class DistributionEditor(QWidget):
    """分送范围: unit and copies, 加入 (or Enter in the unit field) adds a line; Delete in the
    list removes the selected line. Duplicates and empty names are left to the service."""

    def __init__(self, units: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.unit = QComboBox()
        self.unit.setEditable(True)
        self.unit.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.unit.addItems(list(units))
        self.unit.setCurrentIndex(-1)
        line = self.unit.lineEdit()
        if line is not None:
            line.setMaxLength(ORG_MAX)
            line.setPlaceholderText(self.tr("输入或选择单位"))
            line.installEventFilter(self)
        self.unit.installEventFilter(self)
        completer = self.unit.completer()
        if completer is not None:
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.copies = QSpinBox()
        self.copies.setRange(1, MAX_COPIES)
        self.copies.setSuffix(self.tr(" 份"))
        self.add_button = QPushButton(self.tr("加入(&A)"))
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add_line)
        self.remove_button = QPushButton(self.tr("移除"))
        self.remove_button.setAutoDefault(False)
        self.remove_button.setToolTip(self.tr("移除选中的单位（Delete）"))
        self.remove_button.clicked.connect(self.remove_line)
        self.table = read_only_table([self.tr("分送单位"), self.tr("份数")], 0)
        self.table.setMinimumHeight(90)
        self.table.setMaximumHeight(130)
        self.table.installEventFilter(self)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.unit, 1)
        top.addWidget(self.copies)
        top.addWidget(self.add_button)
        top.addWidget(self.remove_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        column.addLayout(top)
        column.addWidget(self.table)
        self.setFocusProxy(self.unit)

    def add_line(self) -> None:
        name = self.unit.currentText().strip()
        if not name:
            return
        add_row(self.table, [cell(name), cell(str(self.copies.value()))])
        self.unit.setCurrentIndex(-1)
        self.unit.setEditText("")
        self.copies.setValue(1)
        self.unit.setFocus()

    def remove_line(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.table.removeRow(rows[0].row())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Delete in the list removes a line; Enter in the unit field adds the unit typed
        there (and only submits the form when the field is empty)."""
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        if watched is self.table and event.key() == Qt.Key.Key_Delete:
            self.remove_line()
            return True
        if (watched in (self.unit, self.unit.lineEdit())
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and self.unit.currentText().strip()):
            self.add_line()
            return True
        return super().eventFilter(watched, event)

    def lines(self) -> list[tuple[str, int]]:
        """The distribution as typed; a unit still in the field (not yet added) counts too."""
        out = []
        for row in range(self.table.rowCount()):
            name, n = self.table.item(row, 0), self.table.item(row, 1)
            if name is not None and n is not None:
                out.append((name.text(), int(n.text())))
        pending = self.unit.currentText().strip()
        if pending:
            out.append((pending, self.copies.value()))
        return out


class OutgoingForm(FieldForm):
    """发文登记: our own document with its approved distribution (主送、抄送) and 留存."""

    def __init__(self, submit: Callable[[OutgoingInput], DocumentInfo], units: Sequence[str],
                 ceiling: Level, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("发文登记"),
            self.tr("按签发的发文稿登记：只能发往经批准的分送范围；份数为各单位份数与留存份数之和，"
                    "份号自 1 起依次编定。"),
            self.tr("登记"), parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.doc_number = _line(DOC_NUMBER_MAX, self.tr("如 海保发〔2026〕3号"))
        self.title = _line(TITLE_MAX)
        self.level = QComboBox()
        for lv in reversed(Level):
            if lv <= ceiling:
                self.level.addItem(label_of(lv), int(lv))
        index = self.level.findData(int(min(Level.SECRET, ceiling)))
        self.level.setCurrentIndex(max(index, 0))
        self.period = _line(20, self.tr("留空按密级最长期限；或 10年、长期"))
        self.issued_on = date_field(dt.date.today())
        self.signed_by = _line(64, self.tr("签发领导姓名"))
        self.scope = _line(500, self.tr("如 局领导、办公室"))
        self.distribution = DistributionEditor(units)
        self.keep = QSpinBox()
        self.keep.setRange(0, MAX_COPIES)
        self.keep.setSuffix(self.tr(" 份"))
        self.carrier = QComboBox()
        for c in CarrierType:
            self.carrier.addItem(label_of(c), c.value)
        self.urgent = QCheckBox(self.tr("急件（信封注明特急）"))
        self.location = _line(LOCATION_MAX, self.tr("留存件存放处，如 机要室保密柜2"))
        self.remarks = _line(REMARKS_MAX, self.tr("可不填"))
        self.add_field("doc_number", self.tr("文号(&W)"), self.doc_number)
        self.add_field("title", self.tr("标题(&T)"), self.title)
        self.add_field("level", self.tr("密级(&J)"), self.level)
        self.add_field("period", self.tr("保密期限(&Q)"), self.period)
        self.add_field("issued_on", self.tr("发文日期(&D)"), self.issued_on)
        self.add_field("signed_by", self.tr("签发人(&S)"), self.signed_by)
        self.add_field("scope", self.tr("知悉范围(&K)"), self.scope)
        self.add_field("distribution", self.tr("分送范围(&F)"), self.distribution)
        self.distribution.setFixedWidth(WIDE)
        self.errors["distribution"].setMaximumWidth(WIDE)
        self.add_field("keep_copies", self.tr("留存份数(&L)"), self.keep)
        self.add_field("carrier", self.tr("载体类型"), self.carrier)
        self.add_field("urgent", self.tr("缓急"), self.urgent)
        self.add_field("location", self.tr("存放位置"), self.location)
        self.add_field("remarks", self.tr("备注(&R)"), self.remarks)
        self.doc_number.setFocus()
        _fit(self)

        def send() -> object:
            return submit(self.outgoing())

        self.set_submit(send)

    def outgoing(self) -> OutgoingInput:
        return OutgoingInput(
            doc_number=self.doc_number.text(), title=self.title.text(),
            level=Level(self.level.currentData()), issued_on=pydate(self.issued_on.date()),
            distribution=self.distribution.lines(), signed_by=self.signed_by.text(),
            period=self.period.text() or None, scope=self.scope.text(),
            keep_copies=self.keep.value(), carrier=str(self.carrier.currentData()),
            urgent=self.urgent.isChecked(), location=self.location.text(),
            remarks=self.remarks.text())


class DispatchForm(FieldForm):
    """封发: the recipient (one of the approved distribution), the copies in the envelope:
    this document's first, then those of other outgoing documents still owed to the same
    recipient (one envelope may carry several; it is marked with the highest level inside)."""

    def __init__(self, submit: Callable[[str, list[int], dt.date, str], DispatchInfo],
                 detail: OutgoingDetail,
                 copies_for: Callable[[str], Sequence[DispatchableCopy]],
                 parent: QWidget | None = None) -> None:
        doc = detail.document
        super().__init__(
            self.tr("封发 · {no}").format(no=doc.internal_no),
            self.tr("《{title}》（{marking}）：选择收件单位和装入信封的载体。信封按封内最高密级"
                    "标注，封号登记时自动编定。").format(title=doc.title, marking=doc.marking),
            self.tr("封发"), parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.detail = detail
        self._copies_for = copies_for
        self.recipient = QComboBox()
        for line in detail.distribution:
            self.recipient.addItem(
                self.tr("{unit}（批准 {n} 份，已发 {sent} 份）").format(
                    unit=line.recipient, n=line.approved, sent=line.sent), line.recipient)
        first = next((i for i, d in enumerate(detail.distribution) if d.pending), 0)
        self.recipient.setCurrentIndex(first)
        self.copies = QListWidget()
        self.copies.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.copies.setMaximumHeight(170)
        self.dispatched_on = date_field(dt.date.today())
        self.remarks = _line(REMARKS_MAX, self.tr("可不填，如 机要交通递送"))
        self.add_field("recipient", self.tr("收件单位(&U)"), self.recipient)
        self.recipient.setFixedWidth(WIDE)
        self.add_field("copy_ids", self.tr("封入载体(&C)"), self.copies)
        self.copies.setFixedWidth(WIDE)
        self.copies.setToolTip(self.tr("空格键勾选或取消；其他发往该单位的发文可一并装封"))
        self.add_field("dispatched_on", self.tr("发出日期(&D)"), self.dispatched_on)
        self.add_field("remarks", self.tr("备注(&R)"), self.remarks)
        self.recipient.currentIndexChanged.connect(self._fill_copies)
        self._fill_copies()
        self.recipient.setFocus()
        _fit(self)

        def send() -> object:
            return submit(str(self.recipient.currentData() or ""), self.checked(),
                          pydate(self.dispatched_on.date()), self.remarks.text())

        self.set_submit(send)

    def _fill_copies(self) -> None:
        """The copies that may go to the chosen recipient; as many of this document's (lowest
        份号 first) ticked as the recipient still awaits."""
        self.copies.clear()
        recipient = str(self.recipient.currentData() or "")
        try:
            found = list(self._copies_for(recipient)) if recipient else []
        except MibuError as err:
            self.show_error(err)
            return
        own_id = self.detail.document.id
        ticked = 0
        for c in sorted(found, key=lambda c: c.document_id != own_id):
            number = (self.tr("第 {n} 份").format(n=c.copy_no) if c.copy_no
                      else self.tr("无份号"))
            if c.document_id == own_id:
                text = f"{number}　{c.code}"
            else:
                text = self.tr("另件 {no} {number}《{title}》{level}").format(
                    no=c.internal_no, number=number, title=c.title[:16], level=label_of(c.level))
            item = QListWidgetItem(text)
            item.setToolTip(f"{c.internal_no}《{c.title}》{label_of(c.level)}")
            item.setData(Qt.ItemDataRole.UserRole, c.copy_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            tick = c.document_id == own_id and ticked < c.pending
            ticked += int(tick)
            item.setCheckState(Qt.CheckState.Checked if tick else Qt.CheckState.Unchecked)
            self.copies.addItem(item)

    def checked(self) -> list[int]:
        return [int(self.copies.item(r).data(Qt.ItemDataRole.UserRole))
                for r in range(self.copies.count())
                if self.copies.item(r).checkState() == Qt.CheckState.Checked]

    def set_checked(self, copy_ids: Sequence[int]) -> None:
        wanted = set(copy_ids)
        for row in range(self.copies.count()):
            item = self.copies.item(row)
            item.setCheckState(Qt.CheckState.Checked
                               if item.data(Qt.ItemDataRole.UserRole) in wanted
                               else Qt.CheckState.Unchecked)

    def listed(self) -> list[int]:
        """Every copy offered, in the order shown (tests)."""
        return [int(self.copies.item(r).data(Qt.ItemDataRole.UserRole))
                for r in range(self.copies.count())]
