"""Official questionnaire translations: every shipped file loads and matches its English instrument
item for item and answer for answer; a broken file is refused with its name; scoring never depends
on the language a form was shown in."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from companion.domain import official_texts
from companion.domain.assessments import find_instrument, score
from companion.domain.official_texts import (
    form_for,
    load_official_text,
    needs_english_note,
    official_dir,
    official_text,
    translations,
)

SHIPPED = sorted(official_dir().glob("*.json"))


def test_the_official_translations_found_so_far_ship():
    assert SHIPPED, "no official translation ships: this suite has nothing to hold"
    assert {("phq9", "es"), ("phq9", "de"), ("phq2", "es"), ("phq2", "de")} <= set(translations())


@pytest.mark.parametrize("path", SHIPPED, ids=[p.name for p in SHIPPED])
def test_every_shipped_translation_matches_its_english_instrument(path: Path):
    text = load_official_text(path)
    ins = find_instrument(text.instrument)
    assert path.name == f"{text.instrument}.{text.language}.json"
    assert len(text.items) == len(ins.items)
    assert [o.value for o in text.options] == [o.value for o in ins.options]
    assert (text.closing is None) == (ins.closing is None)
    if text.closing is not None and ins.closing is not None:
        assert [o.value for o in text.closing.options] == [o.value for o in ins.closing.options]
    assert text.source.startswith("https://") and text.checked and text.publisher
    assert json.loads(path.read_text(encoding="utf-8"))["official"] is True
    # The words are the translation's own, not the English ones left in place.
    assert not set(text.items) & set(ins.items)
    assert all(o.label not in {e.label for e in ins.options} for o in text.options)


@pytest.mark.parametrize("path", SHIPPED, ids=[p.name for p in SHIPPED])
def test_a_translation_never_carries_scoring(path: Path):
    raw = json.loads(path.read_text(encoding="utf-8"))
    assert not {"bands", "min_total", "max_total", "item_flags", "low_item_max"} & set(raw)


def test_the_spanish_phq9_is_the_publishers_wording():
    text = official_text("phq9", "es")
    assert text is not None
    assert text.instructions.startswith("Durante las últimas 2 semanas")
    assert text.items[8] == (
        "Pensamientos de que estaría mejor muerto(a) o de lastimarse de alguna manera"
    )
    assert [o.label for o in text.options] == [
        "Ningún día",
        "Varios días",
        "Más de la mitad de los días",
        "Casi todos los días",
    ]
    assert text.closing is not None and text.closing.options[3].label == "Extremadamente difícil"
    assert "Pfizer" in text.attribution


def test_the_german_phq9_is_the_phq_d_wording():
    text = official_text("phq9", "de")
    assert text is not None
    assert text.instructions == (
        "Wie oft fühlten Sie sich im Verlauf der letzten 2 Wochen durch die folgenden Beschwerden "
        "beeinträchtigt?"
    )
    assert text.items[0] == "Wenig Interesse oder Freude an Ihren Tätigkeiten"
    assert text.items[8] == "Gedanken, dass Sie lieber tot wären oder sich Leid zufügen möchten"
    assert [o.label for o in text.options] == [
        "Überhaupt nicht",
        "An einzelnen Tagen",
        "An mehr als der Hälfte der Tage",
        "Beinahe jeden Tag",
    ]
    assert text.closing is not None
    assert [o.label for o in text.closing.options] == [
        "Überhaupt nicht erschwert",
        "Etwas erschwert",
        "Relativ stark erschwert",
        "Sehr stark erschwert",
    ]
    assert "Löwe" in text.attribution and "Pfizer" in text.publisher


@pytest.mark.parametrize("language", ["de", "es"])
def test_the_phq2_is_the_first_two_items_of_the_same_languages_phq9(language):
    phq2, phq9 = official_text("phq2", language), official_text("phq9", language)
    assert phq2 is not None and phq9 is not None
    assert phq2.items == phq9.items[:2]
    assert phq2.instructions == phq9.instructions
    assert phq2.options == phq9.options
    assert phq2.closing is None
    assert find_instrument("phq2").items == find_instrument("phq9").items[:2]


@pytest.mark.parametrize(
    ("code", "language"),
    [("phq9", "en"), ("phq9", None), ("phq9", "fr"), ("gad7", "de"), ("who5", "de")],
)
def test_no_official_text_means_none(code, language):
    assert official_text(code, language) is None


def test_the_form_is_the_official_one_or_the_english_one_with_a_note():
    spanish = form_for("phq9", "es")
    assert spanish.official and spanish.language == "es"
    assert not needs_english_note("phq9", "es")
    german = form_for("phq9", "de")
    assert german.official and german.language == "de"
    assert not needs_english_note("phq9", "de")
    french = form_for("phq9", "fr")
    assert not french.official and french.language == "en"
    assert french.items == find_instrument("phq9").items
    assert needs_english_note("phq9", "fr")
    assert needs_english_note("ucla3", "es")
    assert not needs_english_note("gad7", "en")
    assert not needs_english_note("gad7", None)


@pytest.mark.parametrize("answers", [[0] * 9, [1, 2, 0, 3, 1, 0, 2, 1, 1], [3] * 9])
@pytest.mark.parametrize("pair", translations(), ids="{0[0]}.{0[1]}".format)
def test_scoring_is_the_same_whatever_the_form_language(answers, pair):
    code, language = pair
    ins = find_instrument(code)
    answers = [min(a, max(o.value for o in ins.options)) for a in answers[: len(ins.items)]]
    english = score(code, answers)
    form = form_for(code, language)
    assert form.official and form.language == language
    # Someone answering the translated form picks options by their words; the values behind them
    # are the English instrument's, in the same order, so the score is identical.
    assert [o.value for o in form.options] == [o.value for o in ins.options]
    picked = [form.options[[o.value for o in ins.options].index(a)].value for a in answers]
    assert score(code, picked) == english
    if ins.closing is not None:
        assert form.closing is not None
        assert [o.value for o in form.closing.options] == [o.value for o in ins.closing.options]
        assert score(code, picked, difficulty=3) == score(code, answers, difficulty=3)


def _broken(tmp_path: Path, change, name: str = "phq9.es.json") -> Path:
    raw = json.loads((official_dir() / "phq9.es.json").read_text(encoding="utf-8"))
    change(raw)
    path = tmp_path / name
    path.write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda r: r["items"].pop(), "needs 9 items"),
        (lambda r: r["options"].pop(), "answer"),
        (lambda r: r["options"][0].update(value=1), "values"),
        (lambda r: r.pop("closing_question"), "closing question"),
        (lambda r: r["closing_question"]["options"].pop(), "closing question"),
        (lambda r: r.update(source="https://es.wikipedia.org/wiki/PHQ-9"), "source must be"),
        (lambda r: r.update(source="http://example.org/phq9"), "source must be"),
        (lambda r: r.update(checked="diciembre"), "checked must be a date"),
        (lambda r: r.update(publisher=""), "publisher"),
        (lambda r: r.pop("official"), "official translation"),
        (lambda r: r.update(official="yes"), "official translation"),
        (lambda r: r.update(instructions=""), "instructions"),
        (lambda r: r.pop("items"), "missing"),
    ],
)
def test_a_broken_translation_is_refused_with_its_file_name(tmp_path, change, message):
    path = _broken(tmp_path, change)
    with pytest.raises(RuntimeError, match=message) as caught:
        load_official_text(path)
    assert "phq9.es.json" in str(caught.value)


def test_a_misnamed_or_english_translation_is_refused(tmp_path):
    with pytest.raises(RuntimeError, match=r"should be named phq9\.es\.json"):
        load_official_text(_broken(tmp_path, lambda r: None, name="phq9-es.json"))
    with pytest.raises(RuntimeError, match="not a language to translate into"):
        load_official_text(_broken(tmp_path, lambda r: r.update(language="en"), "phq9.en.json"))
    with pytest.raises(RuntimeError, match="cannot be read"):
        bad = tmp_path / "gad7.de.json"
        bad.write_text("{", encoding="utf-8")
        load_official_text(bad)


def test_the_module_is_part_of_the_qt_free_core():
    assert "PySide6" not in Path(official_texts.__file__).read_text(encoding="utf-8")


def test_the_language_answered_in_is_said_plainly():
    from companion.domain.official_texts import answered_in, answered_in_sentence

    assert answered_in("phq9", "es") == "Spanish, official translation (Pfizer)"
    assert answered_in("phq2", "de") == "German, official translation (Pfizer)"
    assert answered_in("gad7", "en") == "English, the original form"
    assert answered_in("gad7", None) == "Not recorded (read as English)"
    assert answered_in_sentence("phq9", "es") == (
        "Answered in Spanish (official translation, Pfizer)."
    )
    assert answered_in_sentence("who5", "en") == "Answered in English, the original form."
    assert "not recorded" in answered_in_sentence("who5", None)
    assert "read as English" in answered_in_sentence("who5", None)
    for path in SHIPPED:
        assert load_official_text(path).publisher_short == "Pfizer"


def test_a_result_is_described_in_the_words_of_the_form_it_was_answered_on():
    from companion.domain.assessments import describe

    answers = [1, 0, 0, 0, 0, 0, 0, 0, 2]
    result = score("phq9", answers, difficulty=1)
    english = describe(result)
    german = describe(result, form=form_for("phq9", "de"))
    de = official_text("phq9", "de")
    assert german.answers[0] == f"1. {de.items[0]}: 1 “An einzelnen Tagen”"
    assert german.answers[8].startswith(f"9. {de.items[8]}: 2")
    assert de.items[8] in german.item9 and "An mehr als der Hälfte der Tage" in german.item9
    assert german.difficulty == f"{de.closing.text} “Etwas erschwert”"
    # Only the instrument's words change: the band, score and notes are the same.
    assert (german.band, german.score, german.notes, german.suggestion) == (
        english.band,
        english.score,
        english.notes,
        english.suggestion,
    )
    assert describe(result, form=form_for("phq9", "en")) == english
