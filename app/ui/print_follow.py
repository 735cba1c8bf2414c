"""Follow a CUPS job to its end off the GUI thread, then record the outcome in the GUI thread.

One :class:`PrintFollower` per controller (:func:`follower_for`), so a result still arrives and
is recorded (打印审计, ``print.result``) after the preview that printed it has been closed.
"""

from __future__ import annotations

import logging
import threading
import weakref
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal, Slot

from app.devices import printer
from app.errors import MibuError
from app.services import printing
from app.ui.controller import Controller
from app.ui.rule_words import message_of

log = logging.getLogger(__name__)

Follow = Callable[[str], printer.JobOutcome]


class PrintFollower(QObject):
    #: (serial, what to show: 已打印 or the failure), in the GUI thread once recorded
    finished = Signal(str, str)
    _arrived = Signal(str, object)

    def __init__(self, controller: Controller, follow: Follow | None = None) -> None:
        super().__init__(controller)
        self._c = controller
        self.follow_job: Follow = follow or printer.follow
        self._arrived.connect(self._record)
        self._threads: list[threading.Thread] = []

    def follow(self, serial: str, cups_job: str) -> None:
        thread = threading.Thread(target=self._run, args=(serial, cups_job), daemon=True,
                                  name=f"print-follow-{cups_job}")
        self._threads = [t for t in self._threads if t.is_alive()] + [thread]
        thread.start()

    def _run(self, serial: str, cups_job: str) -> None:
        outcome = self.follow_job(cups_job)
        try:
            self._arrived.emit(serial, outcome)  # queued into the GUI thread
        except RuntimeError:  # pragma: no cover  (the application is gone)
            pass

    @Slot(str, object)
    def _record(self, serial: str, outcome: printer.JobOutcome) -> None:
        try:
            printing.record_result(self._c.register, self._c.actor, serial, outcome)
            self._c.changed.emit("prints")
            text = outcome.text
        except MibuError as exc:
            text = f"{outcome.text}（未能记入打印审计：{message_of(exc)}）"
        except Exception as exc:  # the register was locked or closed meanwhile
            log.warning("print result for %s not recorded: %s", serial, exc)
            text = f"{outcome.text}（登记簿已锁定，未能记入打印审计）"
        self.finished.emit(serial, text)

    def wait(self) -> None:
        """Wait for every job being followed (tests, and headless use)."""
        for thread in self._threads:
            thread.join()


_FOLLOWERS: weakref.WeakKeyDictionary[Controller, PrintFollower] = weakref.WeakKeyDictionary()


def follower_for(controller: Controller) -> PrintFollower:
    found = _FOLLOWERS.get(controller)
    if found is None:
        found = _FOLLOWERS[controller] = PrintFollower(controller)
    return found
