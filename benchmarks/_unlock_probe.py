"""Run in a fresh process by bench_foundation: the clerk's first unlock after starting Mibu.

Start as `mibu` does, show the unlock dialog, let the shell finish loading the services (the
clerk is typing meanwhile), then time the unlock (with the real Argon2id cost) until the main
window is painted, and print the seconds on stdout."""

from __future__ import annotations

import sys
import threading
import time
from pathlib import Path

from PySide6.QtWidgets import QApplication

from app.ui import fonts
from app.ui.application import Shell
from app.ui.controller import Controller

app = QApplication(sys.argv[:1])
fonts.apply_app_font(app)
controller = Controller(Path(sys.argv[1]))
controller.claim()
shell = Shell(controller)
shell.start()
assert shell.unlock_dialog is not None
shell.unlock_dialog.grab()
app.processEvents()
for thread in threading.enumerate():
    if thread.name == "preload":
        thread.join()
t = time.perf_counter()
controller.unlock("clerk", sys.argv[2])  # the shell builds the main window on `unlocked`
assert shell.window is not None
shell.window.grab()
app.processEvents()
print(time.perf_counter() - t, flush=True)
controller.release()
