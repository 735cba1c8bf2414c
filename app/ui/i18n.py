"""Qt translations: the UI's source strings are Simplified Chinese; English is a translation
(resources/i18n/mibu_en.ts, compiled to .qm by the Makefile). Qt's own strings (standard
buttons such as Close, OK, Cancel) come from Qt's translations shipped with PySide6."""

from __future__ import annotations

import logging
import os
from pathlib import Path

import platformdirs
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app import paths

log = logging.getLogger(__name__)
LANGUAGES = ("zh_CN", "en")


def _language_file() -> Path:
    """The language chosen in Settings: a per-user preference of this workstation, read
    before the register is unlocked (the unlock dialog speaks it), so not in the register."""
    return Path(platformdirs.user_config_dir(paths.APP_NAME, appauthor=False)) / "language"


def saved_language() -> str | None:
    try:
        lang = _language_file().read_text(encoding="utf-8").strip()
    except OSError:
        return None
    return lang if lang in LANGUAGES else None


def save_language(lang: str) -> None:
    """Remember the language chosen in Settings; it applies from the next start."""
    if lang not in LANGUAGES:
        raise ValueError(lang)
    path = _language_file()
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    path.write_text(lang + "\n", encoding="utf-8")


def chosen_language(explicit: str | None = None) -> str:
    """``--lang``, else ``$MIBU_LANG``, else the language chosen in Settings, else Chinese."""
    lang = explicit or os.environ.get("MIBU_LANG") or saved_language() or "zh_CN"
    return lang if lang in LANGUAGES else "zh_CN"


_speaking = {"lang": "zh_CN"}


def current_language() -> str:
    """The language the running UI speaks (as installed at start)."""
    return _speaking["lang"]


def install_translator(app: QCoreApplication, lang: str) -> list[QTranslator]:
    """Install the translators for ``lang``; return them (the caller keeps them alive)."""
    installed: list[QTranslator] = []
    _speaking["lang"] = "zh_CN"
    if lang == "zh_CN":
        QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
        qt = QTranslator(app)
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt.load(QLocale(QLocale.Language.Chinese, QLocale.Country.China), "qtbase", "_",
                   folder) or qt.load("qt_zh_CN", folder):
            app.installTranslator(qt)
            installed.append(qt)
        return installed
    translator = QTranslator(app)
    qm = paths.resources_dir() / "i18n" / f"mibu_{lang}.qm"
    if not translator.load(str(qm)):
        log.warning("translation %s not found; run make to build it", qm.name)
        return installed
    app.installTranslator(translator)
    installed.append(translator)
    _speaking["lang"] = lang
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    return installed


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    for t in translators:
        app.removeTranslator(t)
    _speaking["lang"] = "zh_CN"
