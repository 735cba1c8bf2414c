"""解密: the documents whose 保密期限 has ended, and the clerk's 确认解密.

domain.md "Classification": period expiry declassifies automatically (保密期限届满，自行解密;
001 五(五)1; 002 篇七 第十条); the register flags expired items and the clerk confirms. The
rules (not before the end, not while a copy is out) stay in :mod:`app.services.periods`; a
refusal shows inline and nothing changes. The start page's expired rows lead here.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.errors import MibuError
from app.services import periods
from app.services.documents import DocumentInfo
from app.ui.controller import Controller
from app.ui.disposal_widgets import InlineMessage, row_data
from app.ui.rule_words import message_of
from app.ui.widgets import LEVEL_COLOURS, OVERDUE, add_row, cell, read_only_table
from app.ui.words import label_of


class PeriodsController:
    """The expired list and the confirmation, through the application's controller."""

    def __init__(self, controller: Controller) -> None:
        self.controller = controller

    def expired(self) -> list[DocumentInfo]:
        return periods.expired_documents(self.controller.register)

    def confirm(self, document_id: int) -> DocumentInfo:
        info = periods.confirm_declassified(self.controller.register, self.controller.actor,
                                            document_id)
        self.controller.changed.emit("documents")
        return info


class DeclassifyView(QWidget):
    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.periods = PeriodsController(controller)
        self.rows: list[DocumentInfo] = []
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.count = QLabel()
        self.count.setStyleSheet("font-weight: bold;")
        self.refresh_button = QPushButton(self.tr("刷新(&R)"))
        self.refresh_button.clicked.connect(self.refresh)
        top.addWidget(self.count, 1)
        top.addWidget(self.refresh_button)
        layout.addLayout(top)
        rule = QLabel(self.tr(
            "保密期限届满即自行解密；保密员核对后确认。确认后此文件在库的各份改为“已解密”，"
            "在外的载体须先收回。密级或保密期限的变更须经审批（在“审批”中申请）。"))
        rule.setWordWrap(True)
        rule.setStyleSheet("color: #555555;")
        layout.addWidget(rule)
        self.table = read_only_table(
            [self.tr("收文编号"), self.tr("密级"), self.tr("标题"), self.tr("保密期限"),
             self.tr("届满日期"), self.tr("在册份数")], 2)
        self.table.activated.connect(self._activated)
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.confirm_button = QPushButton(self.tr("确认解密(&J)"))
        self.confirm_button.setToolTip(self.tr("选中一行后按 Enter 或 Alt+J"))
        self.confirm_button.clicked.connect(self.confirm)
        buttons.addWidget(self.confirm_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.message = InlineMessage()
        layout.addWidget(self.message)
        controller.changed.connect(self._changed)
        self.refresh()

    def _activated(self, _index: object) -> None:
        self.confirm()

    def _changed(self, _area: str) -> None:
        """A receipt, a corrected date or an approved change may add or take away a row."""
        self.refresh()

    def refresh(self) -> None:
        keep = row_data(self.table)
        try:
            self.rows = self.periods.expired()
        except MibuError as err:
            self.message.error(message_of(err))
            return
        self.table.setRowCount(0)
        for d in self.rows:
            add_row(self.table, [
                cell(d.internal_no, data=d.id), cell(label_of(d.level), LEVEL_COLOURS[d.level]),
                cell(d.title), cell(d.period.label),
                cell(d.period_end.isoformat() if d.period_end else "—", OVERDUE),
                cell(str(d.copies_count))])
        self.count.setText(self.tr("保密期限已届满、待确认解密：{n} 件").format(n=len(self.rows)))
        self.confirm_button.setEnabled(bool(self.rows))
        if keep is None or not self.select(keep):
            if self.rows:
                self.table.selectRow(0)

    def select(self, document_id: int) -> bool:
        for row in range(self.table.rowCount()):
            if row_data(self.table, row) == document_id:
                self.table.selectRow(row)
                self.table.setCurrentCell(row, 0)
                return True
        return False

    def show_document(self, document_id: int) -> None:
        """From the start page: this document chosen, the list focused."""
        self.refresh()
        if not self.select(document_id):
            self.message.error(self.tr("此文件已不在待解密清单中（已解密或期限未满）"))
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def confirm(self) -> DocumentInfo | None:
        document_id = row_data(self.table)
        if document_id is None:
            self.message.error(self.tr("请先在清单中选择文件"))
            return None
        try:
            done = self.periods.confirm(document_id)  # the list refreshes on the change
        except MibuError as err:
            self.message.error(message_of(err))
            return None
        self.message.info(self.tr("已确认解密：{no}《{title}》，{day} 起为已解密").format(
            no=done.internal_no, title=done.title,
            day=done.declassified_on.isoformat() if done.declassified_on else ""))
        self.table.setFocus()
        return done
