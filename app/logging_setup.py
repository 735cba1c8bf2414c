"""A rotating log file in the app-data folder. Never log secrets or register content:
log what happened (action names, ids, error classes), not titles, names or passphrases."""

from __future__ import annotations

import logging
import logging.handlers
import os

from app import paths


def configure(level: int = logging.INFO) -> None:
    os.umask(0o077)
    handler = logging.handlers.RotatingFileHandler(
        paths.log_dir() / "mibu.log", maxBytes=2_000_000, backupCount=5, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.setLevel(level)
    root.addHandler(handler)
