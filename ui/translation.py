"""Puts the chosen language in place before any widget is built: Qt's translators (Companion's own
.qm and Qt's qtbase), the core's gettext catalogue, and the locale dates and numbers follow."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator

from companion.domain import i18n
from companion.platform import language_file

QM_DIR = Path(__file__).resolve().parent / "translations"

_installed: list[QTranslator] = []


def _subclasses(cls: type) -> list[type]:
    found, todo = [], [cls]
    while todo:
        for sub in todo.pop().__subclasses__():
            found.append(sub)
            todo.append(sub)
    return found


class InheritedContexts(QTranslator):
    """Companion's catalogue, looked up in the calling class's ancestors too.

    PySide6's `self.tr()` takes its context from the object's own class (`type(self).__name__`),
    while lupdate files a string under the class whose code calls `tr()`: a string written in a
    base class and shown by a subclass would never be found. On a miss this looks the string up
    under each ancestor's name in turn (PySide6 6.11; the same happens in PyQt)."""

    def __init__(self, catalogue: QTranslator, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._catalogue = catalogue
        self._ancestors: dict[str, list[str]] | None = None

    def isEmpty(self) -> bool:
        return self._catalogue.isEmpty()

    def language(self) -> str:
        return self._catalogue.language()

    def _ancestor_names(self, context: str) -> list[str]:
        if self._ancestors is None:
            self._ancestors = {}
            for cls in _subclasses(QObject):
                names = [base.__name__ for base in cls.__mro__[1:] if issubclass(base, QObject)]
                self._ancestors.setdefault(cls.__name__, names)
        return self._ancestors.get(context, [])

    def translate(self, context, source, disambiguation=None, n=-1):
        found = self._catalogue.translate(context, source, disambiguation, n)
        if found:
            return found
        if context not in (self._ancestors or {}):
            self._ancestors = None  # a class defined since the last look (pages load lazily)
        for name in self._ancestor_names(context):
            found = self._catalogue.translate(name, source, disambiguation, n)
            if found:
                return found
        return None


def _qt_translation_folders() -> list[str]:
    """Where Qt's own catalogues are: Qt's configured folder, else PySide6's (a frozen app)."""
    import PySide6

    return [
        QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
        str(Path(PySide6.__file__).resolve().parent / "Qt" / "translations"),
    ]


def qm_path(language: str) -> Path:
    return QM_DIR / f"companion_{language}.qm"


def install_language(app: QCoreApplication, profile_dir: Path | None = None) -> str:
    """Choose the language (the profile's setting, else the system's, among the shipped ones) and
    install its catalogues; returns the language code in use. Call before building any widget."""
    setting = language_file.read_language_setting(profile_dir) if profile_dir is not None else None
    system = QLocale.system()
    language = i18n.choose_language(setting, platform_locale=system.name())
    i18n.install(language)
    # Dates, numbers and weekday names follow the language; the system's own locale (with its
    # region) when it speaks that language.
    system_language = i18n.language_of(system.name())
    if system_language is None and language == i18n.SOURCE_LANGUAGE:
        system_language = language
    QLocale.setDefault(system if system_language == language else QLocale(language))
    return install_qt_catalogues(app, language)


def install_qt_catalogues(app: QCoreApplication, language: str) -> str:
    """Qt's own and Companion's .qm for `language` (nothing for English); returns `language`."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if language == i18n.SOURCE_LANGUAGE:
        return language
    qt_base = QTranslator(app)
    if any(qt_base.load(f"qtbase_{language}", folder) for folder in _qt_translation_folders()):
        _installed.append(qt_base)
    own = QTranslator(app)
    if own.load(str(qm_path(language))):
        _installed.append(InheritedContexts(own, app))
    for translator in _installed:
        app.installTranslator(translator)
    return language
