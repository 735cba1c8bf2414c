"""The main window and its areas: who sees which, and how they lead to one another.

Imported once the register is unlocked (see ``app.ui.application``)."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
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

    ``page`` names the widget class as ``module:Class``; it is imported when the main window
    is built, so starting up (to the unlock dialog) does not load every screen and reportlab.
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



def build_main_window(controller: Controller, usb: UsbGuardNotifier | None = None
                      ) -> MainWindow:
    window = MainWindow(controller)
    role = controller.actor.role
    for area in AREAS:
        if role not in area.roles:
            continue
        title = QCoreApplication.translate("MainWindow", area.title)
        cls = area.widget_class()
        page: QWidget
        if area.key == "media":  # the media area checks in devices the running guard refused
            page = cls(controller, usb.guard if usb is not None else None)
        else:
            page = cls(controller)
        window.add_area(area.key, title, page)
    _connect_areas(window)
    _open_copies_at_the_desk(window)
    _connect_people(window)
    _connect_declassify(window)
    _connect_outgoing(window)
    _connect_imports(window)
    return window


def _connect_areas(window: MainWindow) -> None:
    """Areas that lead to one another: the desk to the loans area, the loans area to a new
    approval request, each with the copy chosen."""
    from app.models.documents import ApprovalKind
    from app.services.lifecycle.states import Action
    from app.ui.approvals_area import ApprovalsArea
    from app.ui.circulation_desk import CirculationDesk
    from app.ui.loans_area import LoansArea

    keys = window.area_keys()
    desk = window.area("circulation") if "circulation" in keys else None
    loans = window.area("loans") if "loans" in keys else None
    approvals = window.area("approvals") if "approvals" in keys else None
    if isinstance(desk, CirculationDesk) and isinstance(loans, LoansArea):
        def to_loans(action: str, copy_id: int, area: LoansArea = loans) -> None:
            window.show_area("loans")
            area.preselect(copy_id, Action(action))

        desk.open_elsewhere.connect(to_loans)
    if isinstance(loans, LoansArea) and isinstance(approvals, ApprovalsArea):
        def to_request(kind: str, document_id: int, copy_id: int,
                       area: ApprovalsArea = approvals) -> None:
            window.show_area("approvals")
            area.new_request(ApprovalKind(kind), document_id, copy_id)

        loans.request_approval.connect(to_request)
    _connect_change_requests(window)


def _connect_change_requests(window: MainWindow) -> None:
    """A document's detail leads to the approval form for a 密级/保密期限 change (001 五(五)3)."""
    from app.models.documents import ApprovalKind
    from app.ui.approvals_area import ApprovalsArea
    from app.ui.documents_area import DocumentsArea

    keys = window.area_keys()
    if "documents" not in keys or "approvals" not in keys:
        return
    docs, approvals = window.area("documents"), window.area("approvals")
    if not isinstance(docs, DocumentsArea) or not isinstance(approvals, ApprovalsArea):
        return

    def to_change(document_id: int, area: ApprovalsArea = approvals) -> None:
        window.show_area("approvals")
        area.new_request(ApprovalKind.LEVEL_CHANGE, document_id, None)

    docs.request_change.connect(to_change)


def _open_copies_at_the_desk(window: MainWindow) -> None:
    """An item activated on the start page opens at the circulation desk, copy loaded."""
    from app.ui.circulation_desk import CirculationDesk
    from app.ui.today_view import TodayView

    keys = window.area_keys()
    if "today" not in keys or "circulation" not in keys:
        return
    start, desk = window.area("today"), window.area("circulation")
    if not isinstance(start, TodayView) or not isinstance(desk, CirculationDesk):
        return

    def open_copy(copy_id: int) -> None:
        window.show_area("circulation")
        desk.show_copy(copy_id)

    start.open_copy.connect(open_copy)
    _open_tiles(window, start)


def _open_tiles(window: MainWindow, start: QWidget) -> None:
    """The start page's 待清退 and 待审批 tiles open the lists they count."""
    from app.ui.approvals_area import ApprovalsArea
    from app.ui.disposal_area import DisposalArea
    from app.ui.today_view import TodayView

    keys = window.area_keys()
    if not isinstance(start, TodayView):
        return
    disposal = window.area("disposal") if "disposal" in keys else None
    if isinstance(disposal, DisposalArea):
        def to_returns(d: DisposalArea = disposal) -> None:
            window.show_area("disposal")
            d.show_returns()

        start.open_returns.connect(to_returns)
    approvals = window.area("approvals") if "approvals" in keys else None
    if isinstance(approvals, ApprovalsArea):
        def to_approvals(a: ApprovalsArea = approvals) -> None:
            window.show_area("approvals")
            a.show_waiting()

        start.open_approvals.connect(to_approvals)


def _connect_declassify(window: MainWindow) -> None:
    """An ended 保密期限 on the start page leads to 确认解密 with that document chosen."""
    from app.ui.disposal_area import DisposalArea
    from app.ui.today_view import TodayView

    keys = window.area_keys()
    if "today" not in keys or "disposal" not in keys:
        return
    start, disposal = window.area("today"), window.area("disposal")
    if not isinstance(start, TodayView) or not isinstance(disposal, DisposalArea):
        return

    def to_declassify(document_id: int, area: DisposalArea = disposal) -> None:
        window.show_area("disposal")
        area.show_declassify(document_id)

    start.open_declassify.connect(to_declassify)


def _connect_people(window: MainWindow) -> None:
    """The people area leads to the departure screen with the person chosen; the start page
    and the desk, when the register has no people, lead to the people area."""
    from app.ui.circulation_desk import CirculationDesk
    from app.ui.disposal_area import DisposalArea
    from app.ui.people_area import PeopleArea
    from app.ui.today_view import TodayView

    keys = window.area_keys()
    area = window.area("people") if "people" in keys else None
    if not isinstance(area, PeopleArea):
        return
    disposal = window.area("disposal") if "disposal" in keys else None
    if isinstance(disposal, DisposalArea):
        def to_departure(person_id: int, d: DisposalArea = disposal) -> None:
            window.show_area("disposal")
            d.tabs.setCurrentWidget(d.departure)
            d.departure.refresh()
            d.departure.select_person(person_id)

        area.open_departure.connect(to_departure)

    def to_people() -> None:
        window.show_area("people")
        area.show_people(add=area.people.count_people() == 0)

    for key in ("today", "circulation"):
        page = window.area(key) if key in keys else None
        if isinstance(page, TodayView | CirculationDesk):
            page.open_people.connect(to_people)


def _connect_outgoing(window: MainWindow) -> None:
    """The 发文 area's 打印发文登记簿 opens the printing screen with that ledger chosen."""
    from app.reports.catalog import FormKind
    from app.ui.outgoing_area import OutgoingArea
    from app.ui.reports_view import ReportsView

    keys = window.area_keys()
    area = window.area("outgoing") if "outgoing" in keys else None
    reports = window.area("reports") if "reports" in keys else None
    if isinstance(area, OutgoingArea) and isinstance(reports, ReportsView):
        def to_ledger(view: ReportsView = reports) -> None:
            window.show_area("reports")
            view.show_form(FormKind.OUTGOING_LEDGER)

        area.open_ledger.connect(to_ledger)
def _connect_imports(window: MainWindow) -> None:
    """The start page of an empty register leads to importing each kind of ledger in its
    area (导入台帐)."""
    from app.ui.today_view import TodayView

    keys = window.area_keys()
    start = window.area("today") if "today" in keys else None
    if not isinstance(start, TodayView):
        return

    def to_import(kind: str) -> None:
        if kind not in keys:
            return
        window.show_area(kind)
        opener = getattr(window.area(kind), "open_import", None)
        if callable(opener):
            opener()

    start.open_import.connect(to_import)
