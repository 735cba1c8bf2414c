"""USB add/remove events from the kernel, through udev's netlink monitor (pyudev). Qt-free.

:class:`UsbWatcher` can be driven two ways: :meth:`run` blocks in ``select`` on the monitor
socket (and a wake-up pipe for :meth:`stop`), so an idle guard costs nothing; or a GUI puts
:meth:`fileno` in a ``QSocketNotifier`` and calls :meth:`read_pending` when it fires.
"""

from __future__ import annotations

import logging
import os
import select
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

log = logging.getLogger(__name__)

#: "change": the fallback guard re-checks a device whose attributes changed (``authorized``
#: written by someone else)
WATCHED_ACTIONS = ("add", "remove", "change")


@dataclass(frozen=True)
class UsbEvent:
    action: str
    sys_path: str
    sys_name: str
    received_at: float  # time.perf_counter() when the event was read


class UsbWatcher:
    """A netlink monitor of ``usb_device`` add and remove events."""

    def __init__(self, context: Any = None) -> None:
        import pyudev

        self._context = context or pyudev.Context()
        self._monitor = pyudev.Monitor.from_netlink(self._context)
        self._monitor.filter_by("usb", "usb_device")
        self._wake_r, self._wake_w = os.pipe()
        self._stopping = False
        self._started = False

    def start(self) -> None:
        if not self._started:
            self._monitor.start()
            self._started = True

    def fileno(self) -> int:
        return int(self._monitor.fileno())

    def read_pending(self) -> list[UsbEvent]:
        """Every event already received, without waiting."""
        self.start()
        events: list[UsbEvent] = []
        while True:
            device = self._monitor.poll(timeout=0)
            if device is None:
                return events
            now = time.perf_counter()
            action = device.action or ""
            if action not in WATCHED_ACTIONS or device.device_type != "usb_device":
                continue
            events.append(UsbEvent(action, device.sys_path, device.sys_name, now))

    def run(self, handler: Callable[[UsbEvent], object], *,
            tick: Callable[[], object] | None = None, interval: float | None = None) -> None:
        """Deliver events to ``handler`` until :meth:`stop` is called (from any thread);
        call ``tick`` about every ``interval`` seconds."""
        self.start()
        fd = self.fileno()
        last_tick = time.monotonic()
        while not self._stopping:
            ready, _, _ = select.select([fd, self._wake_r], [], [],
                                        interval if tick is not None else None)
            if self._wake_r in ready:
                break
            if tick is not None and interval is not None and \
                    time.monotonic() - last_tick >= interval:
                last_tick = time.monotonic()
                try:
                    tick()
                except Exception:
                    log.exception("USB watcher tick failed")
            for event in self.read_pending():
                try:
                    handler(event)
                except Exception:
                    log.exception("USB event handler failed")

    def stop(self) -> None:
        self._stopping = True
        try:
            os.write(self._wake_w, b"x")
        except OSError:  # pragma: no cover - already closed
            pass

    def close(self) -> None:
        self.stop()
        for fd in (self._wake_r, self._wake_w):
            try:
                os.close(fd)
            except OSError:  # pragma: no cover
                pass
