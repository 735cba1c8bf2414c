"""The shell: a navigation list of the clerk's areas, one page per area, and a status bar
with the workstation's level and who is logged in.

Areas are added with :meth:`MainWindow.add_area`; each is a widget built over the
controller, either at once or, given a factory, the first time it is shown or asked for
(:meth:`MainWindow.area`), so unlocking builds only the start page. The window is thrown
away when the register locks, so nothing of the register stays on screen; a new one is
built after unlocking.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.ui.controller import Controller
from app.ui.damage_banner import DamageBanner
from app.ui.widgets import LevelBadge
from app.ui.words import label_of

AreaFactory = Callable[[Controller], QWidget]
#: Called with the window, an area's key and its widget once the area is built.
BuiltHook = Callable[["MainWindow", str, QWidget], None]


class EmptyArea(QWidget):
    """An area whose screens are not part of this version yet: says so plainly."""

    def __init__(self, title: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        heading = QLabel(title)
        heading.setStyleSheet("font-size: 16pt; font-weight: bold;")
        body = QLabel(text)
        body.setWordWrap(True)
        layout.addWidget(heading)
        layout.addWidget(body)
        layout.addStretch(1)


class MainWindow(QMainWindow):
    lock_requested = Signal()

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        ws = controller.workstation
        actor = controller.actor
        self.setWindowTitle(self.tr("密簿 — {unit} · {ws}").format(
            unit=ws.unit_name, ws=ws.workstation_name))
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        self.nav = QListWidget()
        self.nav.setFixedWidth(150)
        self.nav.setStyleSheet("QListWidget { font-size: 11pt; } "
                               "QListWidget::item { padding: 8px 10px; }")
        self.pages = QStackedWidget()
        right = QVBoxLayout()
        # Read-only (damage found, a full disk): a red banner over every area.
        self.damage_banner = DamageBanner()
        self.damage_banner.show_damage(controller.damage)
        controller.damaged.connect(self.damage_banner.show_damage)
        right.addWidget(self.damage_banner)
        # Notices (a refused USB device, ...) stack above the page until dismissed.
        self.notices = QVBoxLayout()
        right.addLayout(self.notices)
        right.addWidget(self.pages, 1)
        row.addWidget(self.nav)
        row.addLayout(right, 1)
        self.setCentralWidget(central)
        self.nav.currentRowChanged.connect(self._show_row)
        self._areas: dict[str, int] = {}
        # Areas not built yet: their factory, and an empty placeholder page meanwhile.
        self._factories: dict[str, AreaFactory] = {}
        self._on_built: BuiltHook | None = None

        bar = self.statusBar()
        bar.addWidget(QLabel(self.tr("工作站密级")))
        bar.addWidget(LevelBadge(ws.level))
        bar.addWidget(QLabel(f"{ws.unit_name} · {ws.workstation_name}"))
        self.user_label = QLabel(self.tr("当前用户：{name}（{role}）").format(
            name=actor.display_name, role=label_of(actor.role)))
        bar.addPermanentWidget(self.user_label)

        lock = QAction(self.tr("锁定(&L)"), self)
        lock.setShortcut(QKeySequence("Ctrl+L"))
        lock.triggered.connect(self.lock_requested)
        self.addAction(lock)
        menu = self.menuBar().addMenu(self.tr("登记簿(&R)"))
        menu.addAction(lock)
        self.lock_action = lock
        self._fit_screen()

    def _fit_screen(self) -> None:
        """1180×760, or less on a smaller screen (1366×768 with a taskbar leaves ~700 px)."""
        screen = self.screen()
        free = screen.availableGeometry() if screen is not None else None
        width, height = 1180, 760
        if free is not None and free.width() > 0 and free.height() > 0:
            width, height = min(width, free.width()), min(height, free.height() - 30)
        self.resize(width, height)

    def set_built_hook(self, hook: BuiltHook) -> None:
        """``hook`` is called for every area once it is built (to wire it to the others);
        set it before adding areas."""
        self._on_built = hook

    def add_area(self, key: str, title: str, widget: QWidget | AreaFactory) -> None:
        """Add an area: a widget, or a factory called with the controller when the area is
        first shown or asked for."""
        if isinstance(widget, QWidget):
            page = widget
        else:
            self._factories[key] = widget
            page = QWidget()  # a placeholder until the area is built
        self._areas[key] = self.pages.addWidget(page)
        item = QListWidgetItem(title)
        item.setData(Qt.ItemDataRole.UserRole, key)
        self.nav.addItem(item)
        if isinstance(widget, QWidget) and self._on_built is not None:
            self._on_built(self, key, widget)
        if self.nav.count() == 1:
            self.nav.setCurrentRow(0)

    def _show_row(self, row: int) -> None:
        key = self.nav.item(row).data(Qt.ItemDataRole.UserRole) if row >= 0 else None
        if isinstance(key, str):
            self._build(key)
        self.pages.setCurrentIndex(row)

    def _build(self, key: str) -> QWidget:
        index = self._areas[key]
        factory = self._factories.get(key)
        if factory is None:
            built = self.pages.widget(index)
            if built is None:  # pragma: no cover
                raise KeyError(key)
            return built
        widget = factory(self.controller)  # if it fails, the next visit tries again
        del self._factories[key]
        placeholder = self.pages.widget(index)
        current = self.pages.currentIndex()
        self.pages.insertWidget(index, widget)
        if placeholder is not None:
            self.pages.removeWidget(placeholder)
            placeholder.deleteLater()
        self.pages.setCurrentIndex(current)
        if self._on_built is not None:
            self._on_built(self, key, widget)
        return widget

    def is_built(self, key: str) -> bool:
        return key in self._areas and key not in self._factories

    def show_area(self, key: str) -> None:
        self.nav.setCurrentRow(self._areas[key])

    def show_notice(self, notice: QWidget) -> None:
        self.notices.addWidget(notice)
        notice.show()  # added after the window was shown: not visible until asked
        dismissed = getattr(notice, "dismissed", None)
        if dismissed is not None:
            dismissed.connect(notice.deleteLater)

    def notice_count(self) -> int:
        return self.notices.count()

    def area_keys(self) -> list[str]:
        return list(self._areas)

    def area(self, key: str) -> QWidget:
        """The area's widget, built now if it was not yet."""
        return self._build(key)

    def shutdown(self) -> None:
        """Before the window goes (lock or quit): areas stop their background work (the
        areas never built have none)."""
        self._factories.clear()
        for i in range(self.pages.count()):
            stop = getattr(self.pages.widget(i), "shutdown", None)
            if callable(stop):
                stop()
