"""How much time is left to report a loss, in words (translated in the "IncidentDeadline"
context: ``self.tr`` of a class of that name, which every lupdate reads as plural forms)."""

from __future__ import annotations

import datetime as dt
import math

from PySide6.QtCore import QObject


class IncidentDeadline(QObject):
    def words(self, report_due_at: str, now: dt.datetime) -> str:
        left = (dt.datetime.fromisoformat(report_due_at) - now).total_seconds()
        if left > 0:
            return self.tr("剩余不到 %n 小时", "", math.ceil(left / 3600))
        past = int(-left // 3600)
        if past < 1:
            return self.tr("已超过上报时限")
        return self.tr("已超过上报时限 %n 小时", "", past)
