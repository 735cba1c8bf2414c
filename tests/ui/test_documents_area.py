"""文件登记 in the shell: receive a document, find it, open it with its copies and history."""

from __future__ import annotations

import datetime as dt

from pytestqt.qtbot import QtBot

from app.models.enums import Level
from app.services import documents
from app.services.documents import ReceiptInput
from app.ui.controller import Controller
from app.ui.documents_area import DocumentsArea
from tests.screens import save_screenshot


def test_receive_find_and_open(qtbot: QtBot, unlocked: Controller) -> None:
    documents.receive(unlocked.register, unlocked.actor, ReceiptInput(
        doc_number="京海发〔2016〕12号", title="关于印发《海淀区机关保密工作责任制实施办法》的通知",
        sender="中共北京市海淀区委", received_on=dt.date.today() - dt.timedelta(days=3),
        level=Level.CONFIDENTIAL, period="10年", copies=2, copy_numbers=[3, 4],
        scope="局领导", location="机要室保密柜1"))
    area = DocumentsArea(unlocked)
    qtbot.addWidget(area)
    area.resize(1100, 700)
    view = area.register_view
    assert view.model.rowCount() == 1
    save_screenshot(area, "documents-register")
    area.tabs.setCurrentIndex(1)
    save_screenshot(area, "documents-receipt-form")
    detail = area.open_document(view.model.row_at(0).id)
    qtbot.addWidget(detail)
    assert detail.copies.rowCount() == 2
    assert {detail.copies.item(r, 0).text() for r in range(2)} == {"3", "4"}
    assert detail.history.rowCount() >= 1
    save_screenshot(detail, "document-detail")
