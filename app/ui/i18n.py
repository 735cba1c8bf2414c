"""Qt translations: the UI's source strings are Simplified Chinese; English is a translation
(resources/i18n/mibu_en.ts, compiled to .qm by the Makefile). Qt's own strings (standard
buttons such as Close, OK, Cancel) come from Qt's translations shipped with PySide6."""

from __future__ import annotations

import logging
import os

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app import paths

log = logging.getLogger(__name__)
LANGUAGES = ("zh_CN", "en")


def chosen_language(explicit: str | None = None) -> str:
    lang = explicit or os.environ.get("MIBU_LANG") or "zh_CN"
    return lang if lang in LANGUAGES else "zh_CN"


def install_translator(app: QCoreApplication, lang: str) -> list[QTranslator]:
    """Install the translators for ``lang``; return them (the caller keeps them alive)."""
    installed: list[QTranslator] = []
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
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    return installed


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    for t in translators:
        app.removeTranslator(t)
