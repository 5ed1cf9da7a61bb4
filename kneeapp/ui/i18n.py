"""The language of the interface: Qt's translators for KneeCheck and for Qt's own dialogs."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from kneeapp.domain.errors import StorageError
from kneeapp.domain.preferences import LANGUAGES
from kneeapp.domain.text import english
from kneeapp.domain.validation import ValidationError
from kneeapp.ui.resource_files import resource_path
from kneeapp.ui.storage_problems import storage_problem_text

# The languages KneeCheck is translated into, besides English (the source).
TRANSLATED = tuple(code for code in LANGUAGES if code not in ("system", "en"))
_TRANSLATOR_NAME = "kneeapp-translator"


def qt_translate(context: str, source: str, n: int = -1) -> str:
    """The domain's ``Translate`` backed by the installed Qt translators."""
    return plural(QCoreApplication.translate(context, source, None, n), n)


def plural(text: str, n: int) -> str:
    """English plural forms where no translation gave them: '1 session(s)' -> '1 session'."""
    return english(text, n) if n >= 0 and "(" in text else text


def error_text(error: Exception) -> str:
    """An error's message in the current language, when the message was written to be
    translated (a ValidationError's template, a StorageError's kind); else as it is."""
    if isinstance(error, ValidationError):
        template = QCoreApplication.translate("Errors", error.template)
        return template.format(**error.values) if error.values else template
    if isinstance(error, StorageError):
        return storage_problem_text(error)
    return str(error)


def resolve_language(language: str) -> str:
    """'system' becomes the desktop's language if KneeCheck speaks it, else English."""
    if language != "system":
        return language if language in TRANSLATED else "en"
    for name in QLocale().uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in TRANSLATED or code == "en":
            return code
    return "en"


def install_language(language: str) -> str:
    """Install the translators for ``language`` ('system', 'en', 'es') on the application,
    replacing those installed before; return the language now in use."""
    app = QCoreApplication.instance()
    assert app is not None, "a QApplication must exist"
    code = resolve_language(language)
    for old in app.findChildren(QTranslator, _TRANSLATOR_NAME):
        QCoreApplication.removeTranslator(old)
        old.setParent(None)
        old.deleteLater()
    if code == "en":
        return code
    ours = QTranslator(app)
    if not ours.load(str(resource_path("translations", f"kneeapp_{code}.qm"))):
        return "en"
    qt_own = QTranslator(app)
    # Qt's own dialogs and context menus ("Cancel", "Copy"), when Qt ships them.
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for translator in (ours, qt_own):
        translator.setObjectName(_TRANSLATOR_NAME)
    QCoreApplication.installTranslator(ours)
    if qt_own.load(f"qtbase_{code}", folder):
        QCoreApplication.installTranslator(qt_own)
    return code
