"""Where things live: the register, the logs, the bundled resources."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "mibu"
REGISTER_FILENAME = "register.mibu"


def data_dir() -> Path:
    """The per-user application data folder (created 0700)."""
    path = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path


def default_register_path() -> Path:
    """``$MIBU_REGISTER`` if set, else ``register.mibu`` in the user data folder."""
    env = os.environ.get("MIBU_REGISTER")
    if env:
        return Path(env).expanduser()
    return data_dir() / REGISTER_FILENAME


def log_dir() -> Path:
    path = data_dir() / "logs"
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path


def resources_dir() -> Path:
    """The ``resources/`` folder (fonts, translations, icons) beside the ``app`` package.

    In the frozen build (``make dist``) it is ``resources/`` in the bundle's folder
    (``sys._MEIPASS``, ``/opt/mibu/_internal`` once installed).
    """
    env = os.environ.get("MIBU_RESOURCES")
    if env:
        return Path(env)
    bundle = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def cjk_font_path() -> Path:
    """The embedded TrueType CJK font used by the UI and every printed page."""
    return resources_dir() / "fonts" / "wqy-microhei.ttc"
