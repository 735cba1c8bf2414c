"""Qt translations: the UI's source strings are Simplified Chinese; English is a translation
(resources/i18n/mibu_en.ts, compiled to .qm by the Makefile)."""

from __future__ import annotations

import logging
import os

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from app import paths

log = logging.getLogger(__name__)
LANGUAGES = ("zh_CN", "en")


def chosen_language(explicit: str | None = None) -> str:
    lang = explicit or os.environ.get("MIBU_LANG") or "zh_CN"
    return lang if lang in LANGUAGES else "zh_CN"


def install_translator(app: QCoreApplication, lang: str) -> QTranslator | None:
    """Install the translator for ``lang``; Chinese needs none. Returns it (keep a ref)."""
    if lang == "zh_CN":
        QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
        return None
    translator = QTranslator(app)
    qm = paths.resources_dir() / "i18n" / f"mibu_{lang}.qm"
    if not translator.load(str(qm)):
        log.warning("translation %s not found; run make to build it", qm.name)
        return None
    app.installTranslator(translator)
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    return translator
