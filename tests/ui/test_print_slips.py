"""Each screen that does something with a slip offers to print it at once."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from app.reports.catalog import FormKind
from app.services import documents, people
from app.services.lifecycle import demo as lifecycle_demo
from app.ui.circulation_desk import CirculationDesk
from app.ui.controller import Controller
from app.ui.disposal_area import DisposalArea
from app.ui.print_preview import PrintPreview
from tests.screens import save_screenshot


def _person(c: Controller, name: str) -> int:
    return next(p.id for p in people.list_people(c.register) if p.name == name)


def test_the_desk_prints_the_circulation_slip_after_a_hand_out(
    qtbot: QtBot, demo_controller: Controller
) -> None:
    c = demo_controller
    desk = CirculationDesk(c)
    qtbot.addWidget(desk)
    _doc, ids = lifecycle_demo._doc(c.register, "京海办字〔2026〕18号")
    in_store = ids[1]
    desk.scan.setText(documents.get_copy(c.register, in_store).code)
    desk.look_up()
    assert not desk.print_button.isVisibleTo(desk)
    desk.reader.setCurrentIndex(0)
    desk.hand_out()
    assert desk.print_button.isVisibleTo(desk) and desk.print_button.text() == "打印传阅单…"
    assert desk.print_button.record is not None
    assert desk.print_button.record[0] is FormKind.CIRCULATION
    desk.resize(1100, 700)
    save_screenshot(desk, "circulation_desk_print_slip")
    desk.print_button.click()
    preview = desk.print_button.preview
    assert isinstance(preview, PrintPreview)
    preview.close()


@pytest.mark.parametrize("person", ["孙丽", "周涛"])
def test_departure_clearance_prints_for_the_chosen_person(
    qtbot: QtBot, demo_controller: Controller, person: str
) -> None:
    area = DisposalArea(demo_controller)
    qtbot.addWidget(area)
    view = area.departure
    view.select_person(_person(demo_controller, person))
    assert view.print_button.record == (FormKind.DEPARTURE, _person(demo_controller, person))
    view.print_button.click()
    assert isinstance(view.print_button.preview, PrintPreview)
    view.print_button.preview.close()
