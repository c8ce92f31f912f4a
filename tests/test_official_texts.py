"""Official questionnaire translations: every shipped file loads and matches its English instrument
item for item and answer for answer; a broken file is refused with its name; scoring never depends
on the language a form was shown in."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from companion import official_texts
from companion.assessments import find_instrument, score
from companion.official_texts import (
    form_for,
    load_official_text,
    needs_english_note,
    official_dir,
    official_text,
    translations,
)

SHIPPED = sorted(official_dir().glob("*.json"))


def test_at_least_one_official_translation_ships():
    assert SHIPPED, "no official translation ships: this suite has nothing to hold"
    assert ("phq9", "es") in translations()


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


@pytest.mark.parametrize(
    ("code", "language"), [("phq9", "en"), ("phq9", None), ("gad7", "es"), ("who5", "de")]
)
def test_no_official_text_means_none(code, language):
    assert official_text(code, language) is None


def test_the_form_is_the_official_one_or_the_english_one_with_a_note():
    spanish = form_for("phq9", "es")
    assert spanish.official and spanish.language == "es"
    assert not needs_english_note("phq9", "es")
    german = form_for("phq9", "de")
    assert not german.official and german.language == "en"
    assert german.items == find_instrument("phq9").items
    assert needs_english_note("phq9", "de")
    assert needs_english_note("gad7", "es")
    assert not needs_english_note("gad7", "en")
    assert not needs_english_note("gad7", None)


@pytest.mark.parametrize("answers", [[0] * 9, [1, 2, 0, 3, 1, 0, 2, 1, 1], [3] * 9])
def test_scoring_is_the_same_whatever_the_form_language(answers):
    english = score("phq9", answers)
    spanish_form = form_for("phq9", "es")
    # Someone answering the Spanish form picks options by their words; the values behind them
    # are the English instrument's, so the score is identical.
    picked = [spanish_form.options[a].value for a in answers]
    assert score("phq9", picked) == english
    assert (
        spanish_form.option_label(answers[0])
        == official_text("phq9", "es").options[answers[0]].label
    )


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


def test_the_report_line_names_the_questionnaire_language():
    from companion.official_texts import language_line

    assert language_line(("phq9", "gad7"), "en") == "Questionnaire language: English."
    assert language_line(("gad7",), "es") == "Questionnaire language: English."
    assert language_line(("phq9",), "es") == (
        "Questionnaire language: Español (official translation) for the PHQ-9."
    )
    assert language_line(("phq9", "gad7", "phq9"), "es") == (
        "Questionnaire language: Español (official translation) for the PHQ-9; English for the "
        "others."
    )
