"""The language Companion speaks, and the core's translated words: gettext over the catalogues in
companion/locale (domain "companion"), falling back to the English source text. Free of Qt."""

from __future__ import annotations

import gettext
import os
from collections.abc import Mapping
from datetime import date
from pathlib import Path

DOMAIN = "companion"
LOCALE_DIR = Path(__file__).resolve().parent.parent / "locale"

SOURCE_LANGUAGE = "en"
# Every language a catalogue exists for, with its name as its speakers write it.
LANGUAGE_NAMES: dict[str, str] = {"en": "English", "de": "Deutsch", "es": "Español"}
# The languages offered and used: a language joins when its catalogues are complete
# (tests/i18n/test_catalogues.py then holds it complete). English is the source and always shipped.
SHIPPED: tuple[str, ...] = ("en", "de", "es")

# The language chosen in Settings when it is none of the languages: follow the system's
# (companion/platform/language_file.py keeps the choice).
SYSTEM = "system"

# Set to a language code, uses that language's catalogues even before it ships (for translators).
PREVIEW_VARIABLE = "COMPANION_LANGUAGE"

# The order POSIX gives the locale variables for messages.
_LOCALE_VARIABLES = ("LC_ALL", "LC_MESSAGES", "LANG")

_current: str | None = None
_translation: gettext.NullTranslations | None = None


def language_of(locale_name: str | None) -> str | None:
    """The language code of a locale name ("de_DE.UTF-8" -> "de", "es-MX" -> "es"), or None for
    none, "C" and "POSIX"."""
    if not locale_name:
        return None
    code = locale_name.split(".")[0].split("@")[0].replace("-", "_").split("_")[0].lower()
    if not code or code in ("c", "posix"):
        return None
    return code


def system_language(
    environ: Mapping[str, str] | None = None, platform_locale: str | None = None
) -> str | None:
    """The language the system asks for: the first set of LC_ALL, LC_MESSAGES and LANG, else the
    platform's own locale name (Windows and macOS rarely set the variables), else None."""
    env = os.environ if environ is None else environ
    for name in _LOCALE_VARIABLES:
        value = env.get(name)
        if value:
            return language_of(value)
    return language_of(platform_locale)


def choose_language(
    setting: str | None = None,
    environ: Mapping[str, str] | None = None,
    platform_locale: str | None = None,
) -> str:
    """The language to use: the setting when it names a shipped language ("system" or None means
    the system's), else the system's when shipped, else English. A translator previews a
    language before it ships with COMPANION_LANGUAGE=de (any language with catalogues)."""
    env = os.environ if environ is None else environ
    preview = language_of(env.get(PREVIEW_VARIABLE))
    if preview in LANGUAGE_NAMES:
        return preview
    if setting and setting != "system":
        wanted = language_of(setting)
        if wanted in SHIPPED:
            return wanted
    wanted = system_language(environ, platform_locale)
    return wanted if wanted in SHIPPED else SOURCE_LANGUAGE


def install(language: str) -> str:
    """Make `language` the one `_()` and `ngettext()` answer in (English when it is not shipped
    or its catalogue is missing); returns the language in use."""
    global _current, _translation
    if language not in SHIPPED and language != language_of(os.environ.get(PREVIEW_VARIABLE)):
        language = SOURCE_LANGUAGE
    _translation = gettext.translation(
        DOMAIN, localedir=LOCALE_DIR, languages=[language], fallback=True
    )
    _current = language
    return language


def current_language() -> str:
    """The language in use; chosen from the system on first use when nothing installed one."""
    if _current is None:
        install(choose_language())
    assert _current is not None
    return _current


def _catalogue() -> gettext.NullTranslations:
    if _translation is None:
        install(choose_language())
    assert _translation is not None
    return _translation


def _(message: str) -> str:
    """`message` in the current language (the English source when it has no translation)."""
    return _catalogue().gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    """The singular or a plural form for the count `n`, in the current language."""
    return _catalogue().ngettext(singular, plural, n)


def pgettext(context: str, message: str) -> str:
    """`message` in the current language, told apart from the same English in another `context`."""
    return _catalogue().pgettext(context, message)


# Languages whose nouns keep their capital inside a sentence ("ein Anruf", not "ein anruf").
_NOUNS_CAPITALISED = frozenset({"de"})


def in_sentence(label: str) -> str:
    """A label ("A call", "4 weeks") as it reads inside a sentence: its first letter lowered,
    except where the language capitalises nouns, which a lowered label would get wrong."""
    if current_language() in _NOUNS_CAPITALISED:
        return label
    return label[:1].lower() + label[1:]


def N_(message: str) -> str:
    """Marks a literal for extraction without translating it (a table translated at display)."""
    return message


# Lower case in the source's catalogues where the language writes them so mid-sentence (Spanish).
_WEEKDAYS = (
    N_("Monday"),
    N_("Tuesday"),
    N_("Wednesday"),
    N_("Thursday"),
    N_("Friday"),
    N_("Saturday"),
    N_("Sunday"),
)
# How each language groups the thousands of a whole number: "100,000", German "100.000".
_THOUSANDS = {"de": ".", "es": "."}


def weekday_name(day: date) -> str:
    """The day's weekday in the language in use, as it reads inside a sentence."""
    return _(_WEEKDAYS[day.weekday()])


def whole_number(n: int) -> str:
    """`n` with its thousands grouped as the language in use writes them."""
    return f"{n:,}".replace(",", _THOUSANDS.get(current_language(), ","))
