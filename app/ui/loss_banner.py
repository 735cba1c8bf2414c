"""The banner of open loss incidents over the media ledger: each loss not yet reported, its
24-hour deadline (red once past), and the way to record the report (已上报…)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.services.media import IncidentView
from app.ui.medium_actions import local_time
from app.ui.medium_detail import ALARM, deadline_words

PENDING = "#8a4b00"  # not yet late: amber on pale yellow


class LossBanner(QFrame):
    report = Signal(object)  # the IncidentView to record as reported
    show_medium = Signal(str)  # the lost medium's number

    def __init__(self, now: Callable[[], dt.datetime] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._now = now or (lambda: dt.datetime.now(dt.UTC))
        self.setObjectName("lossBanner")
        self.rows: list[tuple[IncidentView, QLabel, QPushButton, QPushButton]] = []
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(8, 6, 8, 6)
        self._layout.setSpacing(4)
        self.set_incidents([])

    def set_incidents(self, incidents: Sequence[IncidentView]) -> None:
        while self._layout.count():
            item = self._layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()  # gone now, not at the next turn of the event loop
                widget.deleteLater()
        self.rows = []
        now = self._now()
        late = any(i.overdue(now) for i in incidents)
        colour = ALARM if late else PENDING
        self.setStyleSheet(f"#lossBanner {{ border: 2px solid {colour}; border-radius: 4px;"
                           f" background: {'#fdecee' if late else '#fff6dd'}; }}")
        for i in incidents:
            self._layout.addWidget(self._row(i, now))
        self.setVisible(bool(incidents))

    def _subject(self, i: IncidentView) -> str:
        """What was lost, in the UI's language (``IncidentView.subject`` is the trail's)."""
        if i.copy_code:
            return self.tr("载体 {code}").format(code=i.copy_code)
        if i.medium_number:
            return self.tr("介质 {number}").format(number=i.medium_number)
        return self.tr("泄密事件")

    def _row(self, i: IncidentView, now: dt.datetime) -> QWidget:
        row = QWidget()
        when = deadline_words(i, now)
        if i.kind == "usb_manual":
            text = QLabel(self.tr("USB 设备被擅自放行（Mibu 已重新禁止），未上报：须于 {due} 前上报"
                                  "（{when}）").format(due=local_time(i.report_due_at), when=when))
        else:
            text = QLabel(self.tr("{what} 丢失未上报：须于 {due} 前上报（{when}）").format(
                what=self._subject(i), due=local_time(i.report_due_at), when=when))
        text.setWordWrap(True)
        text.setStyleSheet(f"color: {ALARM if i.overdue(now) else PENDING};"
                           " font-weight: bold;")
        look = QPushButton(self.tr("查看"))
        look.clicked.connect(lambda: self.show_medium.emit(i.medium_number or ""))
        report = QPushButton(self.tr("已上报…"))
        report.clicked.connect(lambda: self.report.emit(i))
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(text, 1)
        layout.addWidget(look)
        look.setVisible(bool(i.medium_number))  # a lost paper copy is not in the media ledger
        layout.addWidget(report)
        self.rows.append((i, text, look, report))
        return row
