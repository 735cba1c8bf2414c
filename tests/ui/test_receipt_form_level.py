"""The receipt form offers no level above the workstation's, and the service's refusal of one
(003 第十三条) is shown under the form with the cursor on the level."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from app.models.enums import Level
from app.services import documents, search
from app.services.documents import DocumentInfo, ReceiptInput
from app.services.register import Actor, Register
from app.ui.controller import Controller
from app.ui.documents_area import DocumentsArea
from app.ui.receipt_form import ReceiptForm
from tests.screens import save_screenshot


def _levels(form: ReceiptForm) -> list[str]:
    return [form.level.itemText(i) for i in range(form.level.count())]


def test_the_level_choice_stops_at_the_workstation(qtbot: QtBot, unlocked: Controller) -> None:
    area = DocumentsArea(unlocked)
    qtbot.addWidget(area)
    assert _levels(area.receipt) == ["机密", "秘密", "内部", "非密"]
    assert area.receipt.level.currentText() == "秘密"


@pytest.mark.workstation(Level.TOP_SECRET)
def test_a_top_secret_workstation_offers_top_secret(qtbot: QtBot, unlocked: Controller) -> None:
    area = DocumentsArea(unlocked)
    qtbot.addWidget(area)
    assert _levels(area.receipt) == ["绝密", "机密", "秘密", "内部", "非密"]


def test_a_receipt_above_the_workstation_is_refused_inline(
    qtbot: QtBot, register: Register, clerk: Actor
) -> None:
    got: list[DocumentInfo] = []

    def submit(r: ReceiptInput) -> DocumentInfo:
        return documents.receive(register, clerk, r)

    form = ReceiptForm(submit)  # no ceiling given: every level offered, the service decides
    qtbot.addWidget(form)
    form.resize(900, 720)
    form.received.connect(got.append)
    form.sender_edit.setText("中共中央办公厅")
    form.doc_number.setText("中办发〔2026〕5号")
    form.title.setText("关于某重要事项的绝密通报")
    form.level.setCurrentIndex(form.level.findText("绝密"))
    form.copy_numbers.setText("7")
    form.show()
    qtbot.waitExposed(form)
    form.register()
    assert form.message.text() == (
        "本机为机密级计算机，不能登记绝密载体"
        "（低密级计算机不得处理高密级信息；标题、文号本身即属国家秘密）")
    assert form.focusWidget() is form.level
    assert not got and search.count_documents(register) == 0
    assert form.title.text() == "关于某重要事项的绝密通报"  # kept for the clerk to see
    save_screenshot(form, "receipt_form_above_the_workstation")
