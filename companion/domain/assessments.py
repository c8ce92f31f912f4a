"""Validated check-ins (WHO-5, PHQ-9, PHQ-2, GAD-7, UCLA-3, LSNS-6), scored as published.

Items, response options, bands and attribution live in assets/questionnaires.json; this module only
reads them and applies the published arithmetic. A score is a screening result, never a diagnosis.
"""

from __future__ import annotations

import json
import numbers
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from companion.domain.assets import assets_dir
from companion.domain.errors import InvalidInput
from companion.domain.i18n import N_, _

INSTRUMENT_IDS = ("who5", "phq9", "phq2", "gad7", "ucla3", "lsns6")
QUESTIONNAIRES_FILE = "questionnaires.json"
PHQ9_ITEM9 = "phq9_item9"

NOT_A_DIAGNOSIS = N_("This is a screening result, not a diagnosis.")

# The words of assets/questionnaires.json that are the app's own rather than the instrument's
# (band names, notes on cut-offs): marked here, keyed by instrument and band id, so the catalogues
# carry them. A stored result keeps only its band's id; its name is shown in the language in use.
# tests/domain/test_assessments.py holds these to the file, word for word.
BAND_LABELS: dict[tuple[str, str], str] = {
    ("who5", "very_low"): N_(
        "Very low well-being (WHO-5 28 or less of 100), worth talking to a doctor about"
    ),
    ("who5", "low"): N_("Low well-being (WHO-5 50 or less of 100)"),
    ("who5", "not_low"): N_("Well-being above the usual cut-off (WHO-5 more than 50 of 100)"),
    ("phq9", "minimal"): N_("Minimal or no depression symptoms (PHQ-9 0–4)"),
    ("phq9", "mild"): N_("Mild depression symptoms (PHQ-9 5–9)"),
    ("phq9", "moderate"): N_("Moderate depression symptoms (PHQ-9 10–14)"),
    ("phq9", "moderately_severe"): N_("Moderately severe depression symptoms (PHQ-9 15–19)"),
    ("phq9", "severe"): N_("Severe depression symptoms (PHQ-9 20–27)"),
    ("phq2", "negative"): N_("Below the screening cut-off (PHQ-2 under 3)"),
    ("phq2", "positive"): N_("Screen suggests a closer look (PHQ-2 3 or more)"),
    ("gad7", "minimal"): N_("Minimal anxiety symptoms (GAD-7 0–4)"),
    ("gad7", "mild"): N_("Mild anxiety symptoms (GAD-7 5–9)"),
    ("gad7", "moderate"): N_("Moderate anxiety symptoms (GAD-7 10–14)"),
    ("gad7", "severe"): N_("Severe anxiety symptoms (GAD-7 15–21)"),
    ("ucla3", "not_lonely"): N_("Below the usual loneliness cut-off (UCLA-3 under 6)"),
    ("ucla3", "lonely"): N_("Lonely by the usual cut-off (UCLA-3 6 or more)"),
    ("lsns6", "at_risk"): N_(
        "Social network below the cut-off for isolation risk (LSNS-6 under 12)"
    ),
    ("lsns6", "not_at_risk"): N_(
        "Social network at or above the cut-off for isolation risk (LSNS-6 12 or more)"
    ),
}
CUTOFF_NOTES: dict[str, str] = {
    "who5": N_(
        "The 50-of-100 cut-off is the WHO-5's own. The line at 28 of 100 for very low well-being comes from later studies, seen only in secondary sources: read it as a rough guide."
    ),
    "ucla3": N_(
        "The published scale has no cut-off: its score is the 3 to 9 sum, higher meaning lonelier. The split 3-5 'not lonely' / 6-9 'lonely' is a common convention that could not be traced to a primary source; read the band as a rough guide."
    ),
    "lsns6": N_(
        "A total below 12 is the cut-off Lubben et al. 2006 give for risk of social isolation; it was read from a secondary copy of the paper, and one other source puts 12 itself in the at-risk range. This app follows the paper: 12 and above is not at risk."
    ),
}
LOW_ITEM_NOTES: dict[str, str] = {
    "who5": N_(
        "At least one answer was 1 “Some of the time” or 0 “At no time”. The WHO-5's scoring guidance suggests a closer look whenever any answer is 0 or 1, whatever the total: it may be worth mentioning to a doctor or counsellor."
    ),
}


def _shown(marked: str | None, english: str) -> str:
    """The English words translated when they are the ones marked above; words the table doesn't
    know (a changed asset, a test's own file) are shown as written."""
    return _(english) if english and marked == english else english


@dataclass(frozen=True)
class ResponseOption:
    value: int
    label: str


@dataclass(frozen=True)
class ClosingQuestion:
    """The unscored question at the end of a published form (the PHQ-9's and GAD-7's "how
    difficult have these problems made it…"): asked when some problem was checked off, skippable,
    kept with the result and reported, never added to the score."""

    text: str
    options: tuple[ResponseOption, ...]

    def label(self, value: int) -> str:
        for option in self.options:
            if option.value == value:
                return option.label
        raise KeyError(value)


@dataclass(frozen=True)
class Band:
    id: str
    english_label: str  # as assets/questionnaires.json words it
    low: int
    high: int
    suggest_professional: bool
    instrument: str = ""

    @property
    def label(self) -> str:
        """The band's name in the language in use: a stored result keeps only the band's id."""
        return _shown(BAND_LABELS.get((self.instrument, self.id)), self.english_label)

    def covers(self, total: int) -> bool:
        return self.low <= total <= self.high


@dataclass(frozen=True)
class Instrument:
    id: str
    name: str
    short_name: str
    instructions: str
    items: tuple[str, ...]
    options: tuple[ResponseOption, ...]
    min_total: int
    max_total: int
    bands: tuple[Band, ...]
    attribution: str
    english_cutoff_note: str  # "" when the published cut-offs are settled
    retake_days: int
    # WHO-5 reports raw x 4 as a percentage; None for the others.
    percentage_factor: int | None = None
    # WHO-5: any single item at or below this value calls for a closer look, whatever the total.
    # It never changes the band (that comes from the total); it adds `low_item_note`.
    low_item_max: int | None = None
    english_low_item_note: str = ""
    # (1-based item number, flag): an answer above zero raises the flag (PHQ-9 item 9).
    item_flags: tuple[tuple[int, str], ...] = ()
    closing: ClosingQuestion | None = None

    def option_label(self, value: int) -> str:
        for option in self.options:
            if option.value == value:
                return option.label
        raise KeyError(value)

    @property
    def cutoff_note(self) -> str:
        """What is unsettled about the published cut-offs, in the language in use ("" if none)."""
        return _shown(CUTOFF_NOTES.get(self.id), self.english_cutoff_note)

    @property
    def low_item_note(self) -> str:
        """The note a low single answer adds (WHO-5), in the language in use ("" if none)."""
        return _shown(LOW_ITEM_NOTES.get(self.id), self.english_low_item_note)

    def asks_closing(self, answers: Sequence[int | None]) -> bool:
        """The closing question follows "If you checked off any problems": only then is it asked."""
        return self.closing is not None and any(
            a is not None and a > self.min_answer for a in answers
        )

    @property
    def min_answer(self) -> int:
        return min(o.value for o in self.options)

    @property
    def max_answer(self) -> int:
        return max(o.value for o in self.options)

    def band(self, band_id: str) -> Band:
        for band in self.bands:
            if band.id == band_id:
                return band
        raise KeyError(band_id)

    def band_for_total(self, total: int) -> Band:
        for band in self.bands:
            if band.covers(total):
                return band
        raise KeyError(total)


@dataclass(frozen=True)
class Score:
    instrument: str
    total: int
    percentage: int | None  # WHO-5 only: raw * 4
    band: str
    band_label: str
    flags: frozenset[str]  # e.g. {"phq9_item9"}, {"who5_low_item"}
    suggest_professional: bool
    cutoff_note: str
    answers: tuple[int, ...] = ()
    difficulty: int | None = None  # the closing question's answer, when it was answered


def _low_item_flag(instrument_id: str) -> str:
    return f"{instrument_id}_low_item"


def _parse_instrument(raw: Mapping[str, Any], source: str) -> Instrument:
    bands = tuple(
        Band(
            id=str(b["id"]),
            english_label=str(b["label"]),
            low=int(b["low"]),
            high=int(b["high"]),
            suggest_professional=bool(b["suggest_professional"]),
            instrument=str(raw["id"]),
        )
        for b in raw["bands"]
    )
    instrument = Instrument(
        id=str(raw["id"]),
        name=str(raw["name"]),
        short_name=str(raw["short_name"]),
        instructions=str(raw["instructions"]),
        items=tuple(str(i) for i in raw["items"]),
        options=tuple(ResponseOption(int(o["value"]), str(o["label"])) for o in raw["options"]),
        min_total=int(raw["min_total"]),
        max_total=int(raw["max_total"]),
        bands=bands,
        attribution=str(raw["attribution"]),
        english_cutoff_note=str(raw.get("cutoff_note", "")),
        retake_days=int(raw["retake_days"]),
        percentage_factor=(
            int(raw["percentage_factor"]) if raw.get("percentage_factor") is not None else None
        ),
        low_item_max=int(raw["low_item_max"]) if raw.get("low_item_max") is not None else None,
        english_low_item_note=str(raw.get("low_item_note", "")),
        item_flags=tuple((int(f["item"]), str(f["flag"])) for f in raw.get("item_flags", ())),
        closing=_parse_closing(raw.get("closing_question")),
    )
    _check_consistent(instrument, source)
    return instrument


def _parse_closing(raw: Mapping[str, Any] | None) -> ClosingQuestion | None:
    if raw is None:
        return None
    return ClosingQuestion(
        text=str(raw["text"]),
        options=tuple(ResponseOption(int(o["value"]), str(o["label"])) for o in raw["options"]),
    )


def _check_consistent(ins: Instrument, source: str) -> None:
    """A broken asset is a packaging bug: catch it at load, not halfway through a check-in."""
    where = f"{source}: {ins.id}"
    values = sorted(o.value for o in ins.options)
    if values != list(range(values[0], values[-1] + 1)):
        raise RuntimeError(f"{where}: response values must be consecutive whole numbers")
    n = len(ins.items)
    if (ins.min_total, ins.max_total) != (n * values[0], n * values[-1]):
        raise RuntimeError(f"{where}: min/max total do not match {n} items of {values}")
    expected_low = ins.min_total
    for band in sorted(ins.bands, key=lambda b: b.low):
        if band.low != expected_low or band.high < band.low:
            raise RuntimeError(f"{where}: bands must cover the totals without gaps or overlaps")
        expected_low = band.high + 1
    if expected_low != ins.max_total + 1:
        raise RuntimeError(f"{where}: bands must reach the maximum total {ins.max_total}")
    if ins.low_item_max is not None and not ins.english_low_item_note:
        raise RuntimeError(f"{where}: a low-item rule needs the note it adds")
    for item, _flag in ins.item_flags:
        if not 1 <= item <= n:
            raise RuntimeError(f"{where}: flagged item {item} is not one of its {n} items")


def load_instruments(path: Path) -> dict[str, Instrument]:
    """Read and check a questionnaires file; raise RuntimeError if it is inconsistent."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    result: dict[str, Instrument] = {}
    for raw in data["instruments"]:
        instrument = _parse_instrument(raw, str(path))
        result[instrument.id] = instrument
    return result


@cache
def _shipped() -> Mapping[str, Instrument]:
    return load_instruments(assets_dir() / QUESTIONNAIRES_FILE)


def instruments() -> dict[str, Instrument]:
    """Every shipped instrument by id, in the order of `INSTRUMENT_IDS`."""
    shipped = _shipped()
    return {i: shipped[i] for i in INSTRUMENT_IDS if i in shipped}


def find_instrument(instrument_id: str) -> Instrument:
    """One shipped instrument; an unknown id is the caller's mistake, told plainly."""
    shipped = _shipped()
    if instrument_id not in shipped:
        raise InvalidInput(
            _("There is no questionnaire called {name}.").format(name=repr(instrument_id))
        )
    return shipped[instrument_id]


def _validated(ins: Instrument, answers: Sequence[int]) -> tuple[int, ...]:
    name = ins.short_name
    needed = len(ins.items)
    if answers is None or isinstance(answers, str | bytes) or not isinstance(answers, Sequence):
        raise InvalidInput(
            _("{name} needs {needed} answers; got none.").format(name=name, needed=needed)
        )
    if len(answers) != needed:
        raise InvalidInput(
            _("{name} needs {needed} answers; got {got}.").format(
                name=name, needed=needed, got=len(answers)
            )
        )
    lo, hi = ins.min_answer, ins.max_answer
    clean: list[int] = []
    for number, answer in enumerate(answers, start=1):
        if answer is None:
            raise InvalidInput(
                _("Answer {number} of {name} is missing.").format(number=number, name=name)
            )
        # bool is an int in Python, but True as an answer is a caller's mistake, not a 1.
        if isinstance(answer, bool) or not isinstance(answer, numbers.Integral):
            raise InvalidInput(
                _(
                    "Answer {number} of {name} must be a whole number between {low} and {high}; "
                    "got {got}."
                ).format(number=number, name=name, low=lo, high=hi, got=repr(answer))
            )
        value = int(answer)
        if not lo <= value <= hi:
            raise InvalidInput(
                _("Answer {number} of {name} must be between {low} and {high}; got {got}.").format(
                    number=number, name=name, low=lo, high=hi, got=value
                )
            )
        clean.append(value)
    return tuple(clean)


def _validated_difficulty(ins: Instrument, difficulty: int | None) -> int | None:
    if difficulty is None:
        return None
    if ins.closing is None:
        raise InvalidInput(
            _("{name} has no closing question to answer.").format(name=ins.short_name)
        )
    values = [o.value for o in ins.closing.options]
    if isinstance(difficulty, bool) or not isinstance(difficulty, numbers.Integral):
        raise InvalidInput(
            _("The {name} closing question's answer must be a number.").format(name=ins.short_name)
        )
    if int(difficulty) not in values:
        raise InvalidInput(
            _(
                "The {name} closing question's answer must be between {low} and {high}; got {got}."
            ).format(name=ins.short_name, low=min(values), high=max(values), got=difficulty)
        )
    return int(difficulty)


def score(instrument: str, answers: Sequence[int], *, difficulty: int | None = None) -> Score:
    """Score answers given in the instrument's own coding, exactly as its publication does.
    `difficulty` is the closing question's answer: kept with the result, never scored."""
    ins = find_instrument(instrument)
    values = _validated(ins, answers)
    chosen = _validated_difficulty(ins, difficulty)
    total = sum(values)
    band = ins.band_for_total(total)
    flags: set[str] = set()
    for item, flag in ins.item_flags:
        if values[item - 1] > 0:
            flags.add(flag)
    if ins.low_item_max is not None and any(v <= ins.low_item_max for v in values):
        flags.add(_low_item_flag(ins.id))
    # A flagged item (PHQ-9 item 9) warrants talking to someone qualified, whatever the total.
    suggest = band.suggest_professional or any(flag in flags for _item, flag in ins.item_flags)
    return Score(
        instrument=ins.id,
        total=total,
        percentage=total * ins.percentage_factor if ins.percentage_factor else None,
        band=band.id,
        band_label=band.label,
        flags=frozenset(flags),
        suggest_professional=suggest,
        cutoff_note=ins.cutoff_note,
        answers=values,
        difficulty=chosen,
    )


# --- words ---------------------------------------------------------------------------------------

SUGGESTION = N_(
    "It could help to talk this over with your doctor, a counsellor or someone you trust."
)


def answer_label(ins: Instrument | Any, value: int) -> str:
    """An answer as the published form shows it: its value and its words, 1 “Several days”.
    `ins` is the instrument, or the form it was answered on (an official translation's words,
    anything with `option_label`)."""
    return _("{value} “{answer}”").format(value=value, answer=ins.option_label(value))


def score_text(result: Any) -> str:
    """ "6 (the range is 0 to 27)", or for the WHO-5 "21 of 25 (84 of 100)"."""
    ins = find_instrument(result.instrument)
    if result.percentage is not None:
        return _("{total} of {most} ({percentage} of 100)").format(
            total=result.total, most=ins.max_total, percentage=result.percentage
        )
    return _("{total} (the range is {least} to {most})").format(
        total=result.total, least=ins.min_total, most=ins.max_total
    )


@dataclass(frozen=True)
class ResultText:
    """A result in words, in the order it is shown: a flagged item first (PHQ-9 question 9),
    then the band, the score, that it is not a diagnosis, notes, a suggestion, the closing
    question and every answer with its published value. Empty strings are left out."""

    item9: str
    band: str
    score: str
    not_a_diagnosis: str
    notes: tuple[str, ...]
    suggestion: str
    difficulty: str
    answers: tuple[str, ...]


def flagged_items(result: Any, form: Any = None) -> list[tuple[int, str, int]]:
    """(1-based item, item text, value) for each flagged item answered above zero; the item's
    text in the words of `form` (the form it was answered on) when given."""
    ins = find_instrument(result.instrument)
    items = (form or ins).items
    out = []
    for item, flag in ins.item_flags:
        if flag in result.flags and len(result.answers) >= item:
            out.append((item, items[item - 1], result.answers[item - 1]))
    return out


def _item_lead(result: Any, for_report: bool, form: Any = None) -> str:
    ins = form or find_instrument(result.instrument)
    parts = []
    for item, text, value in flagged_items(result, form):
        parts.append(
            _(
                "Question {item} first: “{text}” was answered {answer}. Any answer above 0 on "
                "this question is worth talking over with someone, whatever the total."
            ).format(item=item, text=text, answer=answer_label(ins, value))
        )
    if not parts:
        return ""
    if not for_report:
        parts.append(
            _(
                "You don't have to carry that alone: “Need help now?” lists people you can talk "
                "to today."
            )
        )
    return " ".join(parts)


def describe(result: Any, *, for_report: bool = False, form: Any = None) -> ResultText:
    """The words for a Score or a stored check-in result (anything with the same fields).
    `form` is the form it was answered on (`official_texts.Form`: items, answers and closing
    question in an official translation's words); the instrument's own words when None. The
    score, band and notes never depend on it."""
    ins = find_instrument(result.instrument)
    words = form or ins
    notes: list[str] = []
    if _low_item_flag(ins.id) in result.flags and ins.low_item_note:
        notes.append(ins.low_item_note)
    if result.cutoff_note:
        notes.append(result.cutoff_note)
    difficulty = ""
    closing = words.closing if words.closing is not None else ins.closing
    if closing is not None and result.difficulty is not None:
        with_label = closing.label(result.difficulty)
        difficulty = _("{question} “{answer}”").format(question=closing.text, answer=with_label)
    answers = tuple(
        f"{n}. {item}: {answer_label(words, value)}"
        for n, (item, value) in enumerate(zip(words.items, result.answers, strict=False), start=1)
    )
    return ResultText(
        item9=_item_lead(result, for_report, form),
        band=_("“{band}”").format(band=result.band_label),
        score=score_text(result),
        not_a_diagnosis=_(NOT_A_DIAGNOSIS),
        notes=tuple(notes),
        suggestion=_(SUGGESTION) if result.suggest_professional else "",
        difficulty=difficulty,
        answers=answers,
    )


def summary(result: Any) -> str:
    """A few warm, plain sentences about a score, for the result screen and the report."""
    ins = find_instrument(result.instrument)
    words = describe(result)
    parts = [
        words.item9,
        _("Your {short_name} score is {score}: {band}.").format(
            short_name=ins.short_name, score=words.score, band=words.band
        ),
        words.not_a_diagnosis,
        *words.notes,
        words.suggestion,
    ]
    return " ".join(p for p in parts if p)
