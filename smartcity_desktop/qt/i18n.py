"""Loading translations: the app's own (.qm from resources/translations) and Qt's."""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

from ..core.resources import resource

SUPPORTED = ("en", "nb")


def install_translators(app, language: str = "") -> str:
    """Install translators for ``language`` ('' = the system's). Returns the language used."""
    locale = QLocale(language) if language else QLocale.system()
    name = locale.name().split("_")[0]
    if name in ("no", "nn"):
        name = "nb"  # Bokmål is our Norwegian
    if name not in SUPPORTED:
        name = "en"
    app._translators = []  # keep references alive
    if name != "en":
        ours = QTranslator(app)
        if ours.load(str(resource("translations", f"smartcity_{name}.qm"))):
            app.installTranslator(ours)
            app._translators.append(ours)
        qt = QTranslator(app)
        if qt.load(QLocale(name), "qtbase", "_",
                   QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt)
            app._translators.append(qt)
    return name
