"""Run in a fresh process by bench_foundation: start as `mibu` does.

`python -m benchmarks._start_probe REGISTER` says "shown" on stdout as soon as the unlock
dialog (or the wizard) has been shown and painted (``start_s``). What the shell loads after
that, the services while the clerk types, is not start-up time.

`python -m benchmarks._start_probe REGISTER PASSPHRASE` then goes on as the clerk's first
unlock: it lets the shell finish loading (the clerk is typing meanwhile), unlocks with the
real Argon2id cost, and prints the seconds until the main window is painted (``unlock_s``).
"""

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
shown = shell.unlock_dialog or shell.wizard
assert shown is not None
shown.grab()  # forces a full layout and paint
app.processEvents()
print("shown", flush=True)
if len(sys.argv) > 2:
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
