"""Start-up loads only what the unlock dialog needs (issue 2, ``start_s``): SQLAlchemy, the
register services and the screens load after the dialog is painted, while the clerk types.

Each check runs in a fresh interpreter, since this test process has imported everything."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from app.ui.controller import Controller
from tests.factories import PASSPHRASE, new_register

ROOT = Path(__file__).resolve().parents[2]
HEAVY = ("sqlalchemy", "app.services.register", "app.models.schema", "app.ui.areas",
         "app.ui.main_window", "reportlab")

PROBE = """
import json, sys, threading
from pathlib import Path
from PySide6.QtWidgets import QApplication
from app.ui.application import Shell
from app.ui.controller import Controller

heavy = sys.argv[2].split(",")
app = QApplication(sys.argv[:1])
controller = Controller(Path(sys.argv[1]))
controller.claim()
shell = Shell(controller)
shell.start()
shell.unlock_dialog.grab()
before = [m for m in heavy if m in sys.modules]
app.processEvents()  # the shell starts loading the services
for thread in threading.enumerate():
    if thread.name == "preload":
        thread.join()
after = [m for m in heavy if m in sys.modules]
controller.release()
print(json.dumps({"before": before, "after": after}))
"""


def _run(register: Path) -> dict[str, list[str]]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    done = subprocess.run(
        [sys.executable, "-c", PROBE, str(register), ",".join(HEAVY)],
        capture_output=True, text=True, env=env, cwd=ROOT, check=True,
    )
    result: dict[str, list[str]] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def test_the_unlock_dialog_is_shown_before_the_register_services_load(tmp_path: Path) -> None:
    register = tmp_path / "r.mibu"
    new_register(register).register.close()
    loaded = _run(register)
    assert loaded["before"] == []
    # Loaded while the clerk types; the screens wait for the unlock itself.
    assert {"sqlalchemy", "app.services.register", "app.models.schema", "reportlab"} <= set(
        loaded["after"])
    assert "app.ui.areas" not in loaded["after"]


def test_unlocking_waits_for_the_services_being_loaded(controller: Controller) -> None:
    new_register(controller.register_path).register.close()
    controller.load_services()
    controller.load_services()  # once only
    loading = controller._loading
    controller.unlock("clerk", PASSPHRASE)
    assert loading is not None and not loading.is_alive()
    assert controller._loading is loading
    assert controller.is_unlocked
