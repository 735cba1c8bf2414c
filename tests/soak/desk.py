"""A day at the clerk's desk, in one process: the cycle the soak test and ``make soak`` repeat.

One cycle: visit every area and every tab, search the register and the media ledger, open and
close one print preview in 打印报表 (a ledger, drawn in its background thread), lock with the
window's own action, unlock through the unlock dialog's own widgets. Between steps the event
loop runs and deferred deletions are delivered, as they would be at the desk.

``Desk.counts()`` is what must not grow from cycle to cycle: live widgets, top-level widgets,
receivers of the controller's signals, open descriptors and threads. Every exception that
reaches ``sys.excepthook`` while the desk runs is kept in ``Desk.errors``.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import threading
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import SIGNAL, QCoreApplication, QDate, QEvent, QEventLoop
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QTabWidget

from app.reports.catalog import FormKind
from app.ui.application import Shell
from app.ui.controller import Controller
from app.ui.main_window import MainWindow
from app.ui.print_preview import PrintPreview

#: The controller's signals whose receivers are counted (``QObject.receivers``).
SIGNALS = ("unlocked()", "locked()", "changed(QString)")
#: Not a speed limit: how long a step may hang before the soak says where it hung.
STUCK_S = 300.0


class Stuck(RuntimeError):
    pass


def settle() -> None:
    """Run the event loop until nothing is pending, deferred deletions included."""
    for _ in range(3):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents)


def os_threads() -> int:
    """Every thread of the process: Python's, QThreads, Qt's and SQLite's own."""
    return len(os.listdir("/proc/self/task"))


def open_fds() -> int:
    return len(os.listdir("/proc/self/fd"))


def rss_mb() -> float:
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")  # pragma: no cover


class Desk:
    """The shell over the register at ``register_path``, worked by its clerk."""

    def __init__(self, register_path: Path, username: str, passphrase: str) -> None:
        self.username = username
        self.passphrase = passphrase
        self.controller = Controller(register_path)
        self.controller.claim()
        self.shell = Shell(self.controller)
        self.errors: list[str] = []
        self.previews = 0
        self._saved_hook = sys.excepthook

    # -- the errors ----------------------------------------------------------------------------
    def _hook(self, kind: type[BaseException], value: BaseException,
              tb: TracebackType | None) -> None:
        self.errors.append("".join(traceback.format_exception(kind, value, tb)))

    def __enter__(self) -> Desk:
        self._saved_hook = sys.excepthook
        sys.excepthook = self._hook
        self.shell.start()
        settle()
        self.unlock()
        return self

    def __exit__(self, *exc: object) -> None:
        try:
            if self.shell.window is not None:
                self.lock()
            dialog = self.shell.unlock_dialog
            if dialog is not None:
                dialog.rejected.disconnect()  # closing it here must not quit the application
                dialog.close()
                dialog.deleteLater()
            self.shell.idle.stop()
            self.controller.release()
            self.shell.deleteLater()
            self.controller.deleteLater()
            settle()
        finally:
            sys.excepthook = self._saved_hook

    # -- one cycle ------------------------------------------------------------------------------
    @property
    def window(self) -> MainWindow:
        window = self.shell.window
        if window is None:
            raise Stuck("the register is locked")
        return window

    def cycle(self) -> None:
        self.visit()
        self.search()
        self.preview()
        self.lock()
        self.unlock()

    def visit(self) -> None:
        """Every area the clerk has, and every tab in it."""
        window = self.window
        for key in window.area_keys():
            window.show_area(key)
            settle()
            for tabs in window.area(key).findChildren(QTabWidget):
                for i in range(tabs.count()):
                    tabs.setCurrentIndex(i)
                    settle()
                tabs.setCurrentIndex(0)
        window.show_area(window.area_keys()[0])
        settle()

    def search(self) -> None:
        """The register's search box and the media ledger's filter, then cleared again."""
        from app.ui.documents_area import DocumentsArea
        from app.ui.media_area import MediaArea

        window = self.window
        docs = window.area("documents")
        if isinstance(docs, DocumentsArea):
            window.show_area("documents")
            docs.register_view.search.setText("保密")
            docs.register_view.search.returnPressed.emit()
            settle()
            docs.register_view.search.clear()
            docs.register_view.search.returnPressed.emit()
            settle()
        media = window.area("media")
        if isinstance(media, MediaArea):
            window.show_area("media")
            media.ledger.text_filter.setText("U")
            settle()
            media.ledger.text_filter.clear()
            settle()

    def preview(self) -> None:
        """The incoming ledger of this year, drawn in the background, previewed and closed."""
        from app.ui.reports_view import ReportsView

        window = self.window
        view = window.area("reports")
        if not isinstance(view, ReportsView):
            raise Stuck("no reports area")
        window.show_area("reports")
        settle()
        for row in range(view.forms.count()):
            if view.forms.item(row).text() == FormKind.INCOMING_LEDGER.label:
                view.forms.setCurrentRow(row)
                break
        today = dt.date.today()
        view.period_from.setDate(QDate(today.year, 1, 1))
        view.period_to.setDate(QDate(today.year, today.month, today.day))
        shown: list[PrintPreview] = []
        view.preview_ready.connect(shown.append)
        try:
            view.preview_button.click()
            self._wait(lambda: bool(shown) and not view.is_busy(), "the preview")
        finally:
            view.preview_ready.disconnect(shown.append)
        dialog = shown[0]
        if dialog.page_count < 1:
            raise Stuck("the preview shows no page")
        dialog.reject()  # its close button
        self.previews += 1
        settle()

    def lock(self) -> None:
        self.window.lock_action.trigger()
        settle()
        if self.shell.window is not None or self.controller.is_unlocked:
            raise Stuck("the lock action did not lock")

    def unlock(self) -> None:
        dialog = self.shell.unlock_dialog
        if dialog is None:
            raise Stuck("no unlock dialog")
        self._wait(dialog.isVisible, "the unlock dialog")
        dialog.username.setText(self.username)
        dialog.passphrase.setText(self.passphrase)
        box = dialog.findChild(QDialogButtonBox)
        box.button(QDialogButtonBox.StandardButton.Ok).click()
        settle()
        if self.shell.window is None:
            raise Stuck(f"unlocking failed: {dialog.error.text()}")

    def _wait(self, done: Callable[[], bool], what: str) -> None:
        until = time.monotonic() + STUCK_S
        while not done():
            if time.monotonic() > until:
                raise Stuck(f"waited {STUCK_S:.0f} s for {what}")
            QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
            time.sleep(0.005)
        settle()

    # -- what must not grow ---------------------------------------------------------------------
    def receivers(self) -> dict[str, int]:
        return {sig.split("(")[0]: self.controller.receivers(SIGNAL(sig)) for sig in SIGNALS}

    def counts(self) -> dict[str, int]:
        settle()
        return {
            "widgets": len(QApplication.allWidgets()),
            "top_level_widgets": len(QApplication.topLevelWidgets()),
            **{f"receivers_{k}": v for k, v in self.receivers().items()},
            "fds": open_fds(),
            "python_threads": threading.active_count(),
            "os_threads": os_threads(),
        }
