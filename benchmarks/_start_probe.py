"""Run in a fresh process by bench_foundation: start as `mibu` does and say "shown" on stdout
as soon as the unlock dialog (or the wizard) has been shown and painted. What the shell loads
after that (the register services, while the clerk types) is not start-up time; the process
then exits normally."""

from __future__ import annotations

import sys
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
controller.release()
