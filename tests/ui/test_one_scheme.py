"""One colour per level in every list (issue 14), and people by their names, not their
user names, in the media histories."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.models.enums import Level
from app.services.search import DocumentRow
from app.ui import media_view
from app.ui.controller import Controller
from app.ui.documents_view import DocumentsModel
from app.ui.media_area import MediaArea
from app.ui.widgets import LEVEL_COLOURS


def _row(level: Level) -> DocumentRow:
    return DocumentRow(id=1, internal_no="2026-收-0001", doc_number="京发〔2026〕1号",
                       title="关于做好保密工作的通知", sender="区委办",
                       received_on=dt.date(2026, 1, 1),
                       level=level, period_label="10年", period_end=None, copies=1, in_store=1,
                       declassified_on=None, has_discrepancy=False)


def test_the_documents_list_colours_each_level_as_everywhere_else(qtbot: QtBot) -> None:
    for level in Level:
        model = DocumentsModel(lambda *_a, lv=level: [_row(lv)])
        model.reload()
        brush = model.data(model.index(0, 1), Qt.ItemDataRole.ForegroundRole)
        assert brush.color().name() == LEVEL_COLOURS[level], level
    assert media_view.LEVEL_COLOURS is LEVEL_COLOURS  # one mapping, imported


def test_medium_events_name_people_not_user_names(qtbot: QtBot,
                                                  demo_controller: Controller) -> None:
    area = MediaArea(demo_controller, None)
    qtbot.addWidget(area)
    number = area.ledger.model.index(0, 0).data()
    assert area.show_medium(number)
    events = area.detail.events
    who = {item.text() for r in range(events.rowCount())
           if (item := events.item(r, 2)) is not None}
    assert who and "clerk" not in who and "张保密" in who
