"""The guard in the GUI's event loop: udev's monitor socket in a ``QSocketNotifier``.

The guard core stays Qt-free (``app.devices``); this adapter reads pending uevents when the
socket is readable, lets the guard decide, and emits one signal per decision and removal.
Decisions are quick (milliseconds, see ``benchmarks/bench_guard.py``), so they run on the
GUI thread without a worker.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QSocketNotifier, QTimer, Signal

from app.devices.guard import Guard
from app.devices.watcher import UsbWatcher


class UsbGuardNotifier(QObject):
    decided = Signal(object)  # GuardEvent
    removed = Signal(str)  # sys_name

    def __init__(self, guard: Guard, watcher: UsbWatcher | None = None,
                 parent: QObject | None = None, verify_interval_s: float = 60.0) -> None:
        super().__init__(parent)
        self.guard = guard
        self.watcher = watcher or UsbWatcher()
        self.watcher.start()
        self._notifier = QSocketNotifier(self.watcher.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._ready)
        # low-rate re-check that refused devices are still off (someone may write
        # `authorized` by hand); the kernel's `change` events catch most of it at once
        self._verify = QTimer(self)
        self._verify.setInterval(int(verify_interval_s * 1000))
        self._verify.timeout.connect(self.verify)
        self._verify.start()

    def verify(self) -> None:
        for event in self.guard.verify_all():
            self.decided.emit(event)

    def scan(self) -> None:
        """Decide for the devices already present (at start, after unlocking)."""
        for event in self.guard.scan():
            self.decided.emit(event)

    def _ready(self) -> None:
        for uevent in self.watcher.read_pending():
            decided = self.guard.handle(uevent)
            if decided is not None:
                self.decided.emit(decided)
            elif uevent.action == "remove":
                self.removed.emit(uevent.sys_name)

    def stop(self) -> None:
        self._notifier.setEnabled(False)
        self._verify.stop()
        self.watcher.close()
