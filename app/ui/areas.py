"""The main window and its areas: who sees which, and how they lead to one another.

Imported once the register is unlocked (see ``app.ui.application``)."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

from app.models.enums import Role
from app.ui.controller import Controller
from app.ui.main_window import MainWindow

if TYPE_CHECKING:
    from app.ui.usb_notifier import UsbGuardNotifier


@dataclass(frozen=True)
class Area:
    """One entry of the navigation: who sees it and which widget is its page.

    ``page`` names the widget class as ``module:Class``; it is imported when the area is
    built (the start page at unlock, every other area when first shown or asked for), so
    starting up (to the unlock dialog) does not load every screen and reportlab.
    """

    key: str
    title: str  # translated in the "MainWindow" context
    roles: tuple[Role, ...]
    page: str

    def widget_class(self) -> Callable[..., QWidget]:
        module, name = self.page.split(":")
        cls = getattr(importlib.import_module(module), name)
        if not (isinstance(cls, type) and issubclass(cls, QWidget)):
            raise TypeError(f"{self.page} is not a widget class")
        return cls


def _mark(text: object) -> str:
    """Strings marked with QT_TRANSLATE_NOOP for lupdate; translated when the window is built."""
    return str(text)


#: The clerk's areas, in the order the navigation shows them.
AREAS: list[Area] = [
    Area("today", _mark(QT_TRANSLATE_NOOP("MainWindow", "今日工作")), (Role.CLERK,),
         "app.ui.today_view:TodayView"),
    Area("documents", _mark(QT_TRANSLATE_NOOP("MainWindow", "文件登记")), (Role.CLERK,),
         "app.ui.documents_area:DocumentsArea"),
    Area("outgoing", _mark(QT_TRANSLATE_NOOP("MainWindow", "发文")), (Role.CLERK,),
         "app.ui.outgoing_area:OutgoingArea"),
    Area("circulation", _mark(QT_TRANSLATE_NOOP("MainWindow", "流转台")), (Role.CLERK,),
         "app.ui.circulation_desk:CirculationDesk"),
    Area("loans", _mark(QT_TRANSLATE_NOOP("MainWindow", "借阅与复制")), (Role.CLERK,),
         "app.ui.loans_area:LoansArea"),
    Area("disposal", _mark(QT_TRANSLATE_NOOP("MainWindow", "外出、清退与销毁")), (Role.CLERK,),
         "app.ui.disposal_area:DisposalArea"),
    Area("approvals", _mark(QT_TRANSLATE_NOOP("MainWindow", "审批")), (Role.CLERK, Role.APPROVER),
         "app.ui.approvals_area:ApprovalsArea"),
    Area("media", _mark(QT_TRANSLATE_NOOP("MainWindow", "介质与设备")), (Role.CLERK,),
         "app.ui.media_area:MediaArea"),
    Area("people", _mark(QT_TRANSLATE_NOOP("MainWindow", "人员与单位")), (Role.CLERK,),
         "app.ui.people_area:PeopleArea"),
    Area("reports", _mark(QT_TRANSLATE_NOOP("MainWindow", "打印报表")), (Role.CLERK,),
         "app.ui.reports_view:ReportsView"),
    Area("audit", _mark(QT_TRANSLATE_NOOP("MainWindow", "审计记录")),
         (Role.AUDITOR, Role.CLERK, Role.ADMIN), "app.ui.inspector_area:InspectorArea"),
    Area("settings", _mark(QT_TRANSLATE_NOOP("MainWindow", "设置")),
         (Role.CLERK, Role.ADMIN, Role.APPROVER, Role.AUDITOR),
         "app.ui.settings_view:SettingsView"),
]


class _AreaFactory:
    """Builds one area when the main window first needs it."""

    def __init__(self, area: Area, usb: UsbGuardNotifier | None) -> None:
        self.area = area
        self.usb = usb

    def __call__(self, controller: Controller) -> QWidget:
        cls = self.area.widget_class()
        if self.area.key == "media":  # the media area checks in devices the guard refused
            return cls(controller, self.usb.guard if self.usb is not None else None)
        return cls(controller)


def build_main_window(controller: Controller, usb: UsbGuardNotifier | None = None
                      ) -> MainWindow:
    """The main window with the actor's areas. Only the first area (the start page) is built
    now; every other one is built when first shown or asked for (``window.area(key)``), and
    wired to the areas it leads to as it is built (:func:`_wire`)."""
    window = MainWindow(controller)
    window.set_built_hook(_wire)
    role = controller.actor.role
    for area in AREAS:
        if role not in area.roles:
            continue
        title = QCoreApplication.translate("MainWindow", area.title)
        window.add_area(area.key, title, _AreaFactory(area, usb))
    return window


def _wire(window: MainWindow, key: str, page: QWidget) -> None:
    """Connect a just-built area's signals to the areas they lead to. The area led to is
    looked up (and built if need be) only when the signal comes, and does nothing if the
    actor has no such area, so each connection is made once, with its source, whatever the
    order the areas are built in."""
    wiring = _WIRING.get(key)
    if wiring is not None:
        wiring(window, page)


def _wire_today(window: MainWindow, page: QWidget) -> None:
    """The start page: an item activated opens at the circulation desk, copy loaded; the
    待清退 and 待审批 tiles open the lists they count; an ended 保密期限 leads to 确认解密; an
    empty register leads to the people area and to importing each kind of ledger (导入台帐)."""
    from app.ui.today_view import TodayView

    if not isinstance(page, TodayView):
        return
    page.open_copy.connect(partial(_open_copy, window))
    page.open_returns.connect(partial(_to_returns, window))
    page.open_declassify.connect(partial(_to_declassify, window))
    page.open_approvals.connect(partial(_to_approvals, window))
    page.open_people.connect(partial(_to_people, window))
    page.open_import.connect(partial(_to_import, window))


def _wire_desk(window: MainWindow, page: QWidget) -> None:
    """The desk leads to the loans area with the copy chosen, and, when the register has no
    people, to the people area."""
    from app.ui.circulation_desk import CirculationDesk

    if not isinstance(page, CirculationDesk):
        return
    page.open_elsewhere.connect(partial(_to_loans, window))
    page.open_people.connect(partial(_to_people, window))


def _wire_loans(window: MainWindow, page: QWidget) -> None:
    """The loans area leads to a new approval request with the copy chosen."""
    from app.ui.loans_area import LoansArea

    if isinstance(page, LoansArea):
        page.request_approval.connect(partial(_to_request, window))


def _wire_documents(window: MainWindow, page: QWidget) -> None:
    """A document's detail leads to the approval form for a 密级/保密期限 change
    (001 五(五)3)."""
    from app.ui.documents_area import DocumentsArea

    if isinstance(page, DocumentsArea):
        page.request_change.connect(partial(_to_change, window))


def _wire_people(window: MainWindow, page: QWidget) -> None:
    """The people area leads to the departure screen with the person chosen."""
    from app.ui.people_area import PeopleArea

    if isinstance(page, PeopleArea):
        page.open_departure.connect(partial(_to_departure, window))


def _wire_outgoing(window: MainWindow, page: QWidget) -> None:
    """The 发文 area's 打印发文登记簿 opens the printing screen with that ledger chosen."""
    from app.ui.outgoing_area import OutgoingArea

    if isinstance(page, OutgoingArea):
        page.open_ledger.connect(partial(_to_ledger, window))


_WIRING: dict[str, Callable[[MainWindow, QWidget], None]] = {
    "today": _wire_today,
    "circulation": _wire_desk,
    "loans": _wire_loans,
    "documents": _wire_documents,
    "people": _wire_people,
    "outgoing": _wire_outgoing,
}


# -- where the signals lead (each shows the area, building it if need be) --------------------
def _go(window: MainWindow, key: str) -> QWidget | None:
    """Show the area ``key`` and return it, or None if the actor has no such area."""
    if key not in window.area_keys():
        return None
    window.show_area(key)
    return window.area(key)


def _open_copy(window: MainWindow, copy_id: int) -> None:
    from app.ui.circulation_desk import CirculationDesk

    desk = _go(window, "circulation")
    if isinstance(desk, CirculationDesk):
        desk.show_copy(copy_id)


def _to_loans(window: MainWindow, action: str, copy_id: int) -> None:
    from app.services.lifecycle.states import Action
    from app.ui.loans_area import LoansArea

    area = _go(window, "loans")
    if isinstance(area, LoansArea):
        area.preselect(copy_id, Action(action))


def _to_request(window: MainWindow, kind: str, document_id: int, copy_id: int) -> None:
    from app.models.documents import ApprovalKind
    from app.ui.approvals_area import ApprovalsArea

    area = _go(window, "approvals")
    if isinstance(area, ApprovalsArea):
        area.new_request(ApprovalKind(kind), document_id, copy_id)


def _to_change(window: MainWindow, document_id: int) -> None:
    from app.models.documents import ApprovalKind
    from app.ui.approvals_area import ApprovalsArea

    area = _go(window, "approvals")
    if isinstance(area, ApprovalsArea):
        area.new_request(ApprovalKind.LEVEL_CHANGE, document_id, None)


def _to_returns(window: MainWindow) -> None:
    from app.ui.disposal_area import DisposalArea

    area = _go(window, "disposal")
    if isinstance(area, DisposalArea):
        area.show_returns()


def _to_approvals(window: MainWindow) -> None:
    from app.ui.approvals_area import ApprovalsArea

    area = _go(window, "approvals")
    if isinstance(area, ApprovalsArea):
        area.show_waiting()


def _to_declassify(window: MainWindow, document_id: int) -> None:
    from app.ui.disposal_area import DisposalArea

    area = _go(window, "disposal")
    if isinstance(area, DisposalArea):
        area.show_declassify(document_id)


def _to_departure(window: MainWindow, person_id: int) -> None:
    from app.ui.disposal_area import DisposalArea

    area = _go(window, "disposal")
    if isinstance(area, DisposalArea):
        area.tabs.setCurrentWidget(area.departure)
        area.departure.refresh()
        area.departure.select_person(person_id)


def _to_people(window: MainWindow) -> None:
    from app.ui.people_area import PeopleArea

    area = _go(window, "people")
    if isinstance(area, PeopleArea):
        area.show_people(add=area.people.count_people() == 0)


def _to_ledger(window: MainWindow) -> None:
    from app.reports.catalog import FormKind
    from app.ui.reports_view import ReportsView

    view = _go(window, "reports")
    if isinstance(view, ReportsView):
        view.show_form(FormKind.OUTGOING_LEDGER)


def _to_import(window: MainWindow, kind: str) -> None:
    opener = getattr(_go(window, kind), "open_import", None)
    if callable(opener):
        opener()
