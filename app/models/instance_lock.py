"""One Mibu process per register: an flock on ``PATH.lock``.

Kept apart from ``app.models.db`` (and so from SQLAlchemy) because the GUI claims the
register before it shows the unlock dialog.
"""

from __future__ import annotations

import fcntl
import os
from pathlib import Path
from typing import ClassVar

from app.errors import AlreadyOpen


class InstanceLock:
    """Only one Mibu process may open a register at a time (an flock on ``PATH.lock``).

    Within one process the lock is shared and counted: the GUI holds it for its whole life,
    so that the register stays claimed while the screen is locked and the register closed.
    """

    _held: ClassVar[dict[Path, tuple[int, int]]] = {}  # path -> (fd, references)

    def __init__(self, register_path: Path) -> None:
        self.path = register_path.with_name(register_path.name + ".lock").absolute()
        self._acquired = False

    def acquire(self) -> None:
        if self._acquired:
            return
        held = InstanceLock._held.get(self.path)
        if held is not None:
            InstanceLock._held[self.path] = (held[0], held[1] + 1)
            self._acquired = True
            return
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as exc:
            os.close(fd)
            raise AlreadyOpen(
                "此登记簿已被另一个 Mibu 窗口或命令打开：同一登记簿同时只能打开一次"
            ) from exc
        InstanceLock._held[self.path] = (fd, 1)
        self._acquired = True

    def release(self) -> None:
        if not self._acquired:
            return
        self._acquired = False
        fd, refs = InstanceLock._held[self.path]
        if refs > 1:
            InstanceLock._held[self.path] = (fd, refs - 1)
            return
        del InstanceLock._held[self.path]
        fcntl.flock(fd, fcntl.LOCK_UN)
        os.close(fd)
