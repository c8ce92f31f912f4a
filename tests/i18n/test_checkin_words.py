"""A check-in result in the language in use: its band's name, the notes on its cut-offs and the
sentence about its score are translated when shown, from the band id the vault keeps, so a result
saved in English reads in German or Spanish later. The score itself never changes."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from companion.domain.assessments import (
    BAND_LABELS,
    CUTOFF_NOTES,
    LOW_ITEM_NOTES,
    describe,
    find_instrument,
    load_instruments,
    score,
    summary,
)
from companion.domain.assets import assets_dir
from companion.services.report_data import ReportOptions, gather

START = datetime(2026, 11, 21, 12, 0, tzinfo=ZoneInfo("Europe/Berlin"))

# (instrument, answers, total, band id) saved in English, then read in each language.
SAVED = [
    ("phq9", [1, 1, 1, 1, 1, 1, 1, 1, 0], 8, "mild"),
    ("gad7", [2, 2, 2, 2, 2, 1, 1], 12, "moderate"),
    ("who5", [5, 5, 5, 5, 1], 21, "not_low"),
]
WORDS = {
    "de": {
        "phq9": ("Leichte depressive Symptome (PHQ-9 5–9)", "Dein PHQ-9-Wert ist 8 (möglich"),
        "gad7": ("Mäßige Angstsymptome (GAD-7 10–14)", "Dein GAD-7-Wert ist 12 (möglich"),
        "who5": (
            "Wohlbefinden über dem üblichen Grenzwert (WHO-5 mehr als 50 von 100)",
            "Dein WHO-5-Wert ist 21 von 25 (84 von 100)",
        ),
    },
    "es": {
        "phq9": ("Síntomas depresivos leves (PHQ-9 5–9)", "Tu puntuación en el PHQ-9 es 8 (el"),
        "gad7": (
            "Síntomas de ansiedad moderados (GAD-7 10–14)",
            "Tu puntuación en el GAD-7 es 12 (el",
        ),
        "who5": (
            "Bienestar por encima del punto de corte habitual (WHO-5 más de 50 de 100)",
            "Tu puntuación en el WHO-5 es 21 de 25 (84 de 100)",
        ),
    },
}
QUOTES = {"de": ("„", "“"), "es": ("“", "”")}


@pytest.fixture(scope="module")
def start() -> datetime:
    return START


@pytest.mark.parametrize("code", ["de", "es"])
def test_a_result_saved_in_english_reads_in_the_language_in_use(companion, language, code):
    language("en")
    for instrument, answers, _total, _band in SAVED:
        companion.checkins.save(instrument, answers)
    language(code)
    for instrument, _answers, total, band in SAVED:
        (result,) = companion.checkins.history(instrument)
        assert (result.total, result.band) == (total, band)  # the same score in any language
        label, sentence = WORDS[code][instrument]
        assert result.band_label == label
        text = summary(result)
        opening, closing = QUOTES[code]
        assert text.startswith(sentence)
        assert f": {opening}{label}{closing}." in text
        english = find_instrument(instrument).band(band).english_label
        assert english not in text and "Your " not in text


@pytest.mark.parametrize("code", ["de", "es"])
def test_notes_on_cutoffs_and_a_low_answer_are_translated(language, code):
    language(code)
    who5 = describe(score("who5", [5, 5, 5, 5, 1]))
    assert len(who5.notes) == 2  # the low answer's note, then the cut-off's
    ucla3 = score("ucla3", [1, 1, 1])
    assert describe(ucla3).notes == (ucla3.cutoff_note,)
    for note in (*who5.notes, ucla3.cutoff_note):
        assert note not in (*CUTOFF_NOTES.values(), *LOW_ITEM_NOTES.values())
    assert "WHO-5" in who5.notes[0] and "UCLA-3" not in who5.notes[0]


def test_english_stays_as_the_file_words_it(language):
    language("en")
    result = score("phq9", [1, 1, 1, 1, 1, 1, 1, 1, 0])
    assert result.band_label == "Mild depression symptoms (PHQ-9 5–9)"
    assert summary(result).startswith(
        "Your PHQ-9 score is 8 (the range is 0 to 27): “Mild depression symptoms (PHQ-9 5–9)”."
    )


@pytest.mark.parametrize("code", ["de", "es"])
def test_the_report_names_bands_in_the_language_in_use(companion, language, code):
    language("en")
    for instrument, answers, _total, _band in SAVED:
        companion.checkins.save(instrument, answers)
    language(code)
    day = START.date()
    report = gather(companion, ReportOptions(day - timedelta(days=7), day, frozenset({"checkins"})))
    assert report.checkins is not None
    shown = {row.instrument: row.band_label for row in report.checkins.rows}
    assert shown == {instrument: words[0] for instrument, words in WORDS[code].items()}
    # The WHO-5's note on its cut-offs is listed once, translated, apart from the rows.
    assert report.checkins.cutoff_notes == (("WHO-5", find_instrument("who5").cutoff_note),)
    assert report.checkins.cutoff_notes[0][1] != CUTOFF_NOTES["who5"]


def test_every_band_and_note_of_the_file_is_marked_for_translation():
    data = json.loads((assets_dir() / "questionnaires.json").read_text(encoding="utf-8"))
    bands = {(i["id"], b["id"]): b["label"] for i in data["instruments"] for b in i["bands"]}
    assert bands == BAND_LABELS
    cutoffs = {i["id"]: i["cutoff_note"] for i in data["instruments"] if i.get("cutoff_note")}
    assert cutoffs == CUTOFF_NOTES
    lows = {i["id"]: i["low_item_note"] for i in data["instruments"] if i.get("low_item_note")}
    assert lows == LOW_ITEM_NOTES


def test_words_the_table_does_not_know_are_shown_as_written(tmp_path: Path, language):
    # A band renamed in the file but not in the table would otherwise show a stale translation.
    data = json.loads((assets_dir() / "questionnaires.json").read_text(encoding="utf-8"))
    phq9 = next(i for i in data["instruments"] if i["id"] == "phq9")
    phq9["bands"][1]["label"] = "Some depression symptoms (PHQ-9 5–9)"
    changed = tmp_path / "questionnaires.json"
    changed.write_text(json.dumps(data), encoding="utf-8")
    language("de")
    ins = load_instruments(changed)["phq9"]
    assert ins.band("mild").label == "Some depression symptoms (PHQ-9 5–9)"
    assert ins.band("moderate").label == "Mäßige depressive Symptome (PHQ-9 10–14)"
