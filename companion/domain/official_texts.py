"""Official translations of the check-in questionnaires: the words only, never the arithmetic.

A translation ships only where the instrument's authors or publisher provide one, as
`assets/questionnaires/<instrument>.<language>.json` (docs/questionnaire-translations.md), which
says it is official and where it was read. Each file is checked against the English instrument in `assets/questionnaires.json`: as many items, the
same answer values, a closing question exactly where the English form has one. Scoring, bands and
flags are never read from it, so a score is the same whatever language the form was shown in.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from companion.domain.assessments import (
    ClosingQuestion,
    Instrument,
    ResponseOption,
    find_instrument,
    instruments,
)
from companion.domain.assets import assets_dir
from companion.domain.i18n import N_, _

OFFICIAL_DIR = "questionnaires"
SOURCE_LANGUAGE = "en"
_LANGUAGE = re.compile(r"^[a-z]{2,3}$")
# Sources that are not a publisher's form or a copy of it: the same rule as the crisis lines.
_NOT_A_SOURCE = re.compile(r"wikipedia\.org", re.I)


@dataclass(frozen=True)
class OfficialText:
    """An instrument's words in one language, item for item with the English form."""

    instrument: str
    language: str
    title: str
    instructions: str
    items: tuple[str, ...]
    options: tuple[ResponseOption, ...]
    closing: ClosingQuestion | None
    attribution: str
    publisher: str
    source: str
    checked: str
    publisher_short: str = ""  # the publisher's name alone, for "official translation, Pfizer"

    def option_label(self, value: int) -> str:
        for option in self.options:
            if option.value == value:
                return option.label
        raise KeyError(value)


def _options(raw: Any, where: str) -> tuple[ResponseOption, ...]:
    if not isinstance(raw, list) or not raw:
        raise RuntimeError(f"{where}: needs its answer options")
    return tuple(ResponseOption(int(o["value"]), str(o["label"]).strip()) for o in raw)


def _same_values(
    ours: tuple[ResponseOption, ...], english: tuple[ResponseOption, ...], what: str, where: str
) -> None:
    if [o.value for o in ours] != [o.value for o in english]:
        raise RuntimeError(
            f"{where}: the {what} must have the English form's {len(english)} answers with the "
            f"values {[o.value for o in english]}"
        )
    if any(not o.label for o in ours):
        raise RuntimeError(f"{where}: every {what} answer needs its words")


def load_official_text(path: Path, english: Instrument | None = None) -> OfficialText:
    """Read and check one translation file; raise RuntimeError naming the file if it doesn't
    match the English instrument item for item."""
    path = Path(path)
    where = str(path)
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise RuntimeError(f"{where}: cannot be read as a translation file ({exc})") from None
    try:
        instrument_id = str(raw["instrument"])
        language = str(raw["language"])
        ins = english if english is not None else find_instrument(instrument_id)
        if ins.id != instrument_id:
            raise RuntimeError(f"{where}: is for {instrument_id!r}, not {ins.id!r}")
        expected_name = f"{instrument_id}.{language}.json"
        if path.name != expected_name:
            raise RuntimeError(f"{where}: should be named {expected_name}")
        if not _LANGUAGE.match(language) or language == SOURCE_LANGUAGE:
            raise RuntimeError(f"{where}: {language!r} is not a language to translate into")
        items = tuple(str(i).strip() for i in raw["items"])
        if len(items) != len(ins.items) or not all(items):
            raise RuntimeError(
                f"{where}: needs {len(ins.items)} items, like the English {ins.short_name}; "
                f"has {len(items)}"
            )
        options = _options(raw["options"], where)
        _same_values(options, ins.options, "answer", where)
        closing_raw = raw.get("closing_question")
        closing = None
        if (closing_raw is None) != (ins.closing is None):
            raise RuntimeError(
                f"{where}: the English {ins.short_name} "
                f"{'has' if ins.closing else 'has no'} closing question; so must the translation"
            )
        if closing_raw is not None and ins.closing is not None:
            closing_options = _options(closing_raw["options"], where)
            _same_values(closing_options, ins.closing.options, "closing question", where)
            closing = ClosingQuestion(
                text=str(closing_raw["text"]).strip(), options=closing_options
            )
            if not closing.text:
                raise RuntimeError(f"{where}: the closing question needs its words")
        text = OfficialText(
            instrument=instrument_id,
            language=language,
            title=str(raw.get("title", "")).strip(),
            instructions=str(raw["instructions"]).strip(),
            items=items,
            options=options,
            closing=closing,
            attribution=str(raw.get("attribution", "")).strip(),
            publisher=str(raw.get("publisher", "")).strip(),
            source=str(raw.get("source", "")).strip(),
            checked=str(raw.get("checked", "")).strip(),
            publisher_short=str(raw.get("publisher_short", "")).strip(),
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise RuntimeError(f"{where}: is missing or mangles a field ({exc})") from None
    if not text.instructions:
        raise RuntimeError(f"{where}: needs the instrument's instructions")
    if not text.publisher:
        raise RuntimeError(f"{where}: must name the publisher of the official translation")
    if raw.get("official") is not True:
        raise RuntimeError(
            f'{where}: must say it is the publisher\'s official translation ("official": true)'
        )
    if (
        not text.source.startswith("https://")
        or " " in text.source
        or _NOT_A_SOURCE.search(text.source)
    ):
        raise RuntimeError(f"{where}: the source must be the https page the text was read on")
    try:
        date.fromisoformat(text.checked)
    except ValueError:
        raise RuntimeError(f"{where}: checked must be a date (YYYY-MM-DD)") from None
    return text


def official_dir() -> Path:
    return assets_dir() / OFFICIAL_DIR


@cache
def _shipped() -> dict[tuple[str, str], OfficialText]:
    folder = official_dir()
    found: dict[tuple[str, str], OfficialText] = {}
    if not folder.is_dir():
        return found
    for path in sorted(folder.glob("*.json")):
        text = load_official_text(path)
        found[(text.instrument, text.language)] = text
    return found


def official_text(code: str, language: str | None) -> OfficialText | None:
    """The official translation of instrument `code` into `language`, or None when there is none
    (and always None for English, the instruments' own language)."""
    if not language or language == SOURCE_LANGUAGE:
        return None
    return _shipped().get((code, language))


def translations() -> list[tuple[str, str]]:
    """(instrument, language) for every shipped official translation, in instrument order."""
    order = {code: n for n, code in enumerate(instruments())}
    return sorted(_shipped(), key=lambda pair: (order.get(pair[0], len(order)), pair[1]))


@dataclass(frozen=True)
class Form:
    """What a check-in shows: the official translation when the language has one, otherwise
    the English form (`official` False and `language` "en"). Values are always the English
    instrument's, so answers score the same either way."""

    instrument: str
    language: str
    official: bool
    title: str
    instructions: str
    items: tuple[str, ...]
    options: tuple[ResponseOption, ...]
    closing: ClosingQuestion | None

    def option_label(self, value: int) -> str:
        for option in self.options:
            if option.value == value:
                return option.label
        raise KeyError(value)


def form_for(code: str, language: str | None) -> Form:
    """The form to show for instrument `code` to someone using `language`."""
    ins = find_instrument(code)
    text = official_text(code, language)
    if text is None:
        return Form(
            instrument=ins.id,
            language=SOURCE_LANGUAGE,
            official=False,
            title=ins.name,
            instructions=ins.instructions,
            items=ins.items,
            options=ins.options,
            closing=ins.closing,
        )
    return Form(
        instrument=ins.id,
        language=text.language,
        official=True,
        title=text.title or ins.name,
        instructions=text.instructions,
        items=text.items,
        options=text.options,
        closing=text.closing,
    )


def needs_english_note(code: str, language: str | None) -> bool:
    """True when someone using another language than English sees the English form because no
    official translation exists: the check-in then says so in one calm line."""
    return bool(language) and language != SOURCE_LANGUAGE and official_text(code, language) is None


# The translations' languages by name, in the language of the app (report and history). English,
# the instruments' own language, has sentences of its own: a bare "English" would be the same
# word as the language list's own name for it.
_LANGUAGE_WORDS = {"de": N_("German"), "es": N_("Spanish")}


def language_name(language: str) -> str:
    """ "Spanish" (or "Spanisch", "español"): a translation's language named in the app's
    language; the code itself for a language without a name here."""
    word = _LANGUAGE_WORDS.get(language)
    return _(word) if word is not None else language


def answered_in(code: str, language: str | None) -> str:
    """The language a result of instrument `code` was answered in, for a table cell: "English,
    the original form", "Spanish, official translation (Pfizer)", or "Not recorded (read as
    English)" for a result from before the language was kept (`language` None)."""
    if language is None:
        return _("Not recorded (read as English)")
    if language == SOURCE_LANGUAGE:
        return _("English, the original form")
    name = language_name(language)
    text = official_text(code, language)
    if text is None:
        return name
    return _("{language}, official translation ({publisher})").format(
        language=name[:1].upper() + name[1:], publisher=text.publisher_short or text.publisher
    )


def answered_in_sentence(code: str, language: str | None) -> str:
    """The same as a sentence, for a result shown on its own: "Answered in Spanish (official
    translation, Pfizer).", "Answered in English." or, when it was not recorded, a sentence that
    says so and that the result is read as English."""
    if language is None:
        return _(
            "The questionnaire language was not recorded for this result (Companion did not "
            "keep it yet); it is read as English."
        )
    if language == SOURCE_LANGUAGE:
        return _("Answered in English, the original form.")
    text = official_text(code, language)
    if text is None:
        return _("Answered in {language}.").format(language=language_name(language))
    return _("Answered in {language} (official translation, {publisher}).").format(
        language=language_name(language), publisher=text.publisher_short or text.publisher
    )
