"""The scanned copy as a small card: number, level badge, title (and the document's number
where asked), state, holder, due date. Used by the circulation desk and the loans area."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QLabel, QSizePolicy, QWidget

from app.services.lifecycle.today import CopyCard
from app.ui.widgets import LevelBadge, inline_error_style
from app.ui.words import label_of


class CopyCardBox(QGroupBox):
    def __init__(self, parent: QWidget | None = None, *, with_doc_number: bool = False) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("载体"))
        form = QFormLayout(self)
        self.label = QLabel()
        self.label.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.level_holder = QWidget()
        self.level_row = QHBoxLayout(self.level_holder)
        self.level_row.setContentsMargins(0, 0, 0, 0)
        self.doc_title = QLabel()
        self.doc_title.setWordWrap(True)
        self.doc_number: QLabel | None = QLabel() if with_doc_number else None
        self.state = QLabel()
        self.holder = QLabel()
        self.holder.setWordWrap(True)
        self.due = QLabel()
        form.addRow(self.tr("编号："), self.label)
        form.addRow(self.tr("密级："), self.level_holder)
        form.addRow(self.tr("标题："), self.doc_title)
        if self.doc_number is not None:
            form.addRow(self.tr("文号："), self.doc_number)
        form.addRow(self.tr("状态："), self.state)
        form.addRow(self.tr("持有人："), self.holder)
        form.addRow(self.tr("应还日期："), self.due)
        self.show_card(None)

    def show_card(self, card: CopyCard | None) -> None:
        while self.level_row.count():
            item = self.level_row.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.setEnabled(card is not None)
        if card is None:
            for w in (self.label, self.doc_title, self.doc_number, self.state, self.holder,
                      self.due):
                if w is not None:
                    w.setText("—")
            self.due.setStyleSheet("")
            return
        self.label.setText(card.label)
        badge = LevelBadge(card.level)
        badge.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.level_row.addWidget(badge)
        badge.show()  # added to a shown box: not visible until asked
        if card.urgent:
            self.level_row.addWidget(QLabel(self.tr("急件")))
        self.level_row.addStretch(1)
        self.doc_title.setText(card.title)
        if self.doc_number is not None:
            self.doc_number.setText(card.doc_number or "—")
        self.state.setText(label_of(card.state))
        self.holder.setText(card.holder or "—")
        due = card.due_on.isoformat() if card.due_on else "—"
        if card.overdue:
            self.due.setText(self.tr("{due}（已逾期）").format(due=due))
            self.due.setStyleSheet(inline_error_style())
        else:
            self.due.setText(due)
            self.due.setStyleSheet("")
