"""发文: our own documents sent out. The list with its search; the selected document's approved
distribution (批准、已发、待发), its envelopes (封号, 信封标注) and its trail; buttons to
register a document (发文登记), to put copies in an envelope (封发), to print the envelope's
发文封发单 and the 发文登记簿 (in the printing screen, from the same records).

Keyboard: Ctrl+N registers, Ctrl+F to the search, Enter there to the list, Enter on a row
opens 封发 for that document; Ctrl+P prints the 发文封发单 of the envelope just sent or chosen in
封发记录.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QSignalBlocker, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTabWidget,
    QWidget,
)

from app.errors import MibuError
from app.reports.catalog import FormKind
from app.services.dispatch import DispatchInfo, OutgoingInput, OutgoingRow
from app.services.documents import DocumentInfo
from app.ui.controller import Controller
from app.ui.disposal_widgets import ChosenRecord, list_over_detail, row_data
from app.ui.outgoing_controller import AREA, OutgoingController, OutgoingDetail
from app.ui.outgoing_forms import DispatchForm, OutgoingForm
from app.ui.people_view import Message, text_of
from app.ui.print_record import PrintSlipButton
from app.ui.rule_words import message_of
from app.ui.widgets import DONE, LEVEL_COLOURS, OVERDUE, add_row, cell, list_header, read_only_table


class OutgoingArea(ChosenRecord, QWidget):
    #: The 发文登记簿 in the printing screen (the shell switches areas).
    open_ledger = Signal()

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._c = controller
        self.outgoing = OutgoingController(controller)
        self.rows: list[OutgoingRow] = []
        self.detail: OutgoingDetail | None = None
        self.form: OutgoingForm | DispatchForm | None = None

        heading = QLabel(self.tr("发文"))
        heading.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.count = QLabel()
        self.register_button = QPushButton(self.tr("发文登记(&N)…"))
        self.register_button.setToolTip("Ctrl+N")
        self.register_button.clicked.connect(self.open_register)
        self.dispatch_button = QPushButton(self.tr("封发(&S)…"))
        self.dispatch_button.setToolTip(self.tr("把选中发文的载体装封，发往经批准的分送单位"))
        self.dispatch_button.clicked.connect(self.open_dispatch)
        self.print_button = PrintSlipButton(controller)
        self.print_button.setToolTip("Ctrl+P")
        self.print_button.failed.connect(self._print_failed)
        self.ledger_button = QPushButton(self.tr("打印发文登记簿(&L)…"))
        self.ledger_button.setToolTip(self.tr("到“打印报表”，按期间打印发文登记簿"))
        self.ledger_button.clicked.connect(self.open_ledger)
        self.search = QLineEdit()
        top, filters = list_header(
            heading, self.count,
            (self.register_button, self.dispatch_button, self.print_button, self.ledger_button),
            self.search, QLabel(self.tr("查找(&F)")), self.tr("发文编号、文号、标题或签发人"))
        self.search.textChanged.connect(self._search_changed)
        self.search.returnPressed.connect(self._to_list)

        self.empty = QLabel(self.tr(
            "还没有登记发文。按“发文登记…”（Ctrl+N）登记本单位的发文及其经批准的分送范围，"
            "再按“封发…”装封发出。"))
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: #555555; padding: 4px 0;")
        self.empty.hide()
        self.message = Message()
        self.message.hide()

        self.table = read_only_table(
            [self.tr("发文编号"), self.tr("文号"), self.tr("标题"), self.tr("密级"),
             self.tr("发文日期"), self.tr("签发人"), self.tr("份数"), self.tr("已发/应发"),
             self.tr("在库")], 2)
        self.table.itemSelectionChanged.connect(self._selected)
        self.table.activated.connect(self._activated)

        self.heading = QLabel(self.tr("请选择发文"))
        self.heading.setStyleSheet("font-weight: bold;")
        self.heading.setWordWrap(True)
        self.distribution = read_only_table(
            [self.tr("分送单位"), self.tr("批准份数"), self.tr("已发"), self.tr("待发")], 0)
        self.envelopes = read_only_table(
            [self.tr("封号"), self.tr("收件单位"), self.tr("发出日期"), self.tr("信封标注"),
             self.tr("份号"), self.tr("份数"), self.tr("经办人")], 1)
        self.envelopes.itemSelectionChanged.connect(self._envelope_selected)
        self.history = read_only_table(
            [self.tr("时间"), self.tr("操作"), self.tr("对象"), self.tr("内容"),
             self.tr("操作人")], 3)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.distribution, self.tr("分送范围"))
        self.tabs.addTab(self.envelopes, self.tr("封发记录"))
        self.tabs.addTab(self.history, self.tr("经历"))
        self.splitter = list_over_detail(self, (top, filters), (self.empty, self.message),
                                         self.table, self.heading, self.tabs)
        QShortcut(QKeySequence.StandardKey.Find, self, self.search.setFocus)
        QShortcut(QKeySequence.StandardKey.New, self, self.open_register)
        QShortcut(QKeySequence.StandardKey.Print, self, self.print_button.print_slip)
        controller.changed.connect(self._changed)
        self.refresh()

    # -- the list -------------------------------------------------------------------------------
    def _changed(self, area: str) -> None:
        """Another area changed the register (a copy lent, a unit merged): counts may differ."""
        if area != AREA and self._c.is_unlocked:
            self.refresh()

    def _search_changed(self, _text: str) -> None:
        self.refresh()

    def refresh(self) -> None:
        keep = self.current_id()
        try:
            rows = self.outgoing.outgoing(self.search.text())
        except MibuError as err:
            self.message.error(message_of(err))
            return
        self.rows = rows
        searching = bool(self.search.text().strip())
        self.empty.setVisible(not rows and not searching)
        self.count.setText(self.tr("找到 {n} 件").format(n=len(rows)) if searching
                           else self.tr("共 {n} 件").format(n=len(rows)))
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        for r in rows:
            sent = f"{r.sent}/{r.approved}"
            add_row(self.table, [
                cell(r.internal_no, data=r.id), cell(r.doc_number),
                cell(r.title + (self.tr("（急件）") if r.urgent else "")),
                cell(r.marking, LEVEL_COLOURS[r.level]), cell(r.issued_on.isoformat()),
                cell(r.signed_by), cell(str(r.copies)),
                cell(sent, OVERDUE if r.pending else DONE), cell(str(r.in_store))])
        self.table.blockSignals(False)
        if keep is None or not self.select(keep):
            self._show(None)

    def _detail(self, record_id: int) -> OutgoingDetail:
        return self.outgoing.detail(record_id)

    def _activated(self) -> None:
        self.open_dispatch()

    # -- the selected document ------------------------------------------------------------------
    def _show(self, d: OutgoingDetail | None) -> None:
        self.detail = d
        for table in (self.distribution, self.envelopes, self.history):
            table.setRowCount(0)
        self.dispatch_button.setEnabled(d is not None and d.pending > 0)
        if d is None:
            self.heading.setText(self.tr("请选择发文"))
            self.tabs.setTabText(1, self.tr("封发记录"))
            self.tabs.setTabText(2, self.tr("经历"))
            return
        doc = d.document
        self.heading.setText(self.tr("{no}　{number}《{title}》· {marking} · 签发人 {signer}")
                             .format(no=doc.internal_no, number=doc.doc_number,
                                     title=doc.title, marking=doc.marking,
                                     signer=doc.signed_by))
        for line in d.distribution:
            add_row(self.distribution, [
                cell(line.recipient), cell(str(line.approved)), cell(str(line.sent)),
                cell(str(line.pending), OVERDUE if line.pending else DONE)])
        names = self._account_names() if d.envelopes else {}
        for env in d.envelopes:
            add_row(self.envelopes, [
                cell(env.dispatch_no, data=env.id), cell(env.recipient),
                cell(env.dispatched_on.isoformat()),
                cell(env.envelope_marking, LEVEL_COLOURS[env.envelope_level]),
                cell(env.copy_numbers), cell(str(env.count)),
                cell(names.get(env.created_by, env.created_by))])
        for t in d.history:
            add_row(self.history, [cell(t.at), cell(t.label), cell(t.subject),
                                   cell("；".join(t.changes)), cell(t.actor)])
        self.tabs.setTabText(1, self.tr("封发记录（{n}）").format(n=len(d.envelopes)))
        self.tabs.setTabText(2, self.tr("经历（{n}）").format(n=len(d.history)))

    def _envelope_selected(self) -> None:
        envelope_id = row_data(self.envelopes)
        if envelope_id is not None:
            self.print_button.set_record(FormKind.DISPATCH, envelope_id)

    # -- register, dispatch, print --------------------------------------------------------------
    def open_register(self) -> OutgoingForm:
        def submit(o: OutgoingInput) -> DocumentInfo:
            return self.outgoing.register_outgoing(o)

        form = OutgoingForm(submit, self._units(), self.outgoing.ceiling, self)
        form.recorded.connect(self._registered)
        return self._open(form)

    def open_dispatch(self) -> DispatchForm | None:
        d = self.detail
        if d is None:
            self.message.error(self.tr("请先在列表中选择发文"))
            return None
        if d.pending == 0:
            self.message.error(self.tr("{no} 经批准的分送范围已全部发出").format(
                no=d.document.internal_no))
            return None

        def submit(recipient: str, copy_ids: list[int], day: dt.date,
                   remarks: str) -> DispatchInfo:
            return self.outgoing.dispatch(recipient=recipient, copy_ids=copy_ids,
                                          dispatched_on=day, remarks=remarks)

        form = DispatchForm(submit, d, self.outgoing.dispatchable, self)
        form.recorded.connect(self._dispatched)
        return self._open(form)

    def _open(self, form: Any) -> Any:
        self.form = form
        form.destroyed.connect(self._form_gone)
        form.open()
        return form

    def _form_gone(self) -> None:
        self.form = None

    def _registered(self, doc: object) -> None:
        if isinstance(doc, DocumentInfo):
            with QSignalBlocker(self.search):  # listed again by the one refresh below
                self.search.clear()
            self.refresh()
            self.select(doc.id)
            self.message.info(self.tr("已登记 {no}（{marking}），共 {n} 份；按“封发…”装封发出")
                              .format(no=doc.internal_no, marking=doc.marking,
                                      n=doc.copies_count))
            self.table.setFocus()

    def _dispatched(self, env: object) -> None:
        if not isinstance(env, DispatchInfo):
            return
        self.refresh()  # keeps the chosen document chosen
        self.tabs.setCurrentWidget(self.envelopes)
        for row in range(self.envelopes.rowCount()):
            if row_data(self.envelopes, row) == env.id:
                self.envelopes.selectRow(row)
        self.print_button.set_record(FormKind.DISPATCH, env.id)
        self.message.info(self.tr("已封发 {no}，发往{unit}，{n} 份；信封标注：{marking}")
                          .format(no=env.dispatch_no, unit=env.recipient, n=len(env.copy_ids),
                                  marking=env.envelope_marking))
        self.print_button.setFocus()

    def _print_failed(self, text: str) -> None:
        self.message.error(text)

    def _units(self) -> list[str]:
        try:
            return self.outgoing.units()
        except MibuError:
            return []

    def _account_names(self) -> dict[str, str]:
        try:
            return self.outgoing.account_names()
        except MibuError:
            return {}

    def shown_rows(self) -> list[list[str]]:
        """The list as the clerk sees it (tests)."""
        return [[text_of(self.table, r, c) for c in range(self.table.columnCount())]
                for r in range(self.table.rowCount())]

    def focus_table(self) -> QTableWidget:
        return self.table
