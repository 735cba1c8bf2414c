"""The frozen build (``make dist``): cold start of the installed GUI to the unlock dialog.

Measures ``/opt/mibu/mibu`` if the .deb is installed, else ``build/dist-frozen/mibu/mibu``
(the same build before packing), else ``$MIBU_FROZEN``; skipped with a message if there is
none. ``MIBU_START_PROBE=1`` makes it print "shown" once the dialog is painted, and quit.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from benchmarks.bench_foundation import time_to_shown

TARGETS = {"start_s_frozen": ("<", 1.5)}
ROOT = Path(__file__).resolve().parent.parent
CANDIDATES = (Path("/opt/mibu/mibu"), ROOT / "build" / "dist-frozen" / "mibu" / "mibu")


def frozen_build() -> Path | None:
    env = os.environ.get("MIBU_FROZEN")
    for path in ([Path(env)] if env else []) + list(CANDIDATES):
        if path.is_file() and os.access(path, os.X_OK):
            return path
    return None


def _start_s(binary: Path, register: Path) -> float:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", MIBU_START_PROBE="1")
    return time_to_shown([str(binary), "--register", str(register)], env, str(binary))


def run() -> dict[str, float]:
    binary = frozen_build()
    if binary is None:
        print("  skipped start_s_frozen: no frozen build (make dist, or install the .deb)")
        return {}
    from app.models.enums import Level
    from app.services.register import create_register

    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "bench.mibu"
        create_register(path, unit_name="基准测试单位", workstation_name="机要室",
                        level=Level.CONFIDENTIAL, clerk_username="clerk",
                        clerk_display_name="张保密", passphrase="Bench-Passphrase-1"
                        ).register.close()
        print(f"  frozen build: {binary}")
        return {"start_s_frozen": _start_s(binary, path)}
