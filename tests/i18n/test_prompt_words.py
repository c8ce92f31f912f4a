"""The shipped journal and reflection prompts and boundary templates in the language in use: shown
translated from their stable ids, while the vault keeps each answer's prompt id and the English
words it answered, so an answer saved in one language reads in another later and nothing stored
changes. A boundary keeps its template's title in English while the person leaves it as offered,
and their own words as written."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from companion.domain.prompt_words import BOUNDARY_TEMPLATES, JOURNAL_PROMPTS, REFLECTION_PROMPTS
from companion.platform.paths import assets_dir
from companion.storage import reads

START = datetime(2026, 11, 21, 21, 0, tzinfo=ZoneInfo("Europe/Berlin"))
JOURNAL = {
    "de": "Wer hat dich in letzter Zeit zum Lächeln gebracht, und sei es nur ein bisschen? "
    "Was hat die Person getan?",
    "es": "¿Quién te ha hecho sonreír últimamente, aunque sea un poco? ¿Qué hizo?",
}
REFLECTION = {
    "de": "Hat dich deine Zeit online heute jemandem nähergebracht?",
    "es": "¿Tu tiempo en línea te acercó hoy a alguien?",
}

TEMPLATE = {  # one_thing_first: title, description, intention prompt
    "de": (
        "Ein Vorhaben, bevor du soziale Apps öffnest",
        "Bevor du eine soziale App öffnest: kurz innehalten, durchatmen und eine Sache benennen, "
        "die du dort tun möchtest.",
        "Bevor du sie öffnest: Was ist die eine Sache, die du dort tun möchtest?",
    ),
    "es": (
        "Un propósito antes de abrir las redes sociales",
        "Antes de abrir una red social, haz una pausa, respira y nombra una cosa que quieras "
        "hacer allí.",
        "Antes de abrirla: ¿qué es lo que te gustaría hacer allí?",
    ),
}


def _stored_boundaries(companion) -> list[tuple[str, str]]:
    with companion.vault.reading() as db:
        return [tuple(r) for r in db.execute("SELECT template, title FROM boundary ORDER BY id")]


@pytest.fixture(scope="module")
def start() -> datetime:
    return START


@pytest.mark.parametrize("code", ["de", "es"])
def test_a_journal_prompt_and_its_saved_answer_read_in_the_language_in_use(
    companion, language, code
):
    language("en")
    prompt = companion.journal.next_prompt()
    assert (prompt.id, prompt.text) == ("connection-01", JOURNAL_PROMPTS["connection-01"])
    entry = companion.journal.write("My sister, with a silly photo.", prompt_id=prompt.id)
    language(code)
    assert companion.journal.prompt("connection-01").text == JOURNAL[code]
    shown = companion.journal.get(entry)
    assert (shown.prompt_id, shown.prompt, shown.text) == (
        "connection-01",
        JOURNAL[code],
        "My sister, with a silly photo.",
    )
    # Searching finds the prompt by the words on the screen.
    assert [i.id for i in companion.journal.timeline(search=JOURNAL[code][:12])] == [entry]
    # The vault keeps the id and the English words the answer was written to.
    with companion.vault.reading() as db:
        (row,) = reads.journal_entries(db, entry_id=entry)
    assert (row.prompt_id, row.prompt) == ("connection-01", JOURNAL_PROMPTS["connection-01"])


@pytest.mark.parametrize("code", ["de", "es"])
def test_a_reflection_prompt_and_its_saved_answer_read_in_the_language_in_use(
    companion, language, code
):
    language(code)
    prompt = companion.reflections.offer()
    assert (prompt.id, prompt.text) == ("closer", REFLECTION[code])
    rid = companion.reflections.answer(prompt.id, "A long call with Sam.")
    (shown,) = companion.reflections.answered_on(START.date())
    assert (shown.id, shown.prompt_id, shown.prompt) == (rid, "closer", REFLECTION[code])
    with companion.vault.reading() as db:
        (row,) = reads.reflections(db, START.date(), START.date())
    assert (row.prompt_id, row.prompt, row.answer) == (
        "closer",
        REFLECTION_PROMPTS["closer"],
        "A long call with Sam.",
    )
    language("en")
    assert companion.reflections.answered_on(START.date())[0].prompt == REFLECTION_PROMPTS["closer"]


def test_words_the_table_does_not_know_are_shown_as_saved(companion, language):
    """An answer to an older wording (or a prompt since retired) keeps the words it answered."""
    entry = companion.journal.write("Still true.", prompt_id="gratitude-01")
    with companion.vault.writing() as db:
        db.execute("UPDATE journalentry SET prompt = 'An older wording?' WHERE id = ?", (entry,))
    language("de")
    assert companion.journal.get(entry).prompt == "An older wording?"


def test_every_prompt_of_the_files_is_marked_for_translation():
    journal = json.loads((assets_dir() / "journal_prompts.json").read_text(encoding="utf-8"))
    assert {p["id"]: p["text"] for p in journal["prompts"]} == JOURNAL_PROMPTS
    reflection = json.loads((assets_dir() / "reflection_prompts.json").read_text(encoding="utf-8"))
    assert {p["id"]: p["text"] for p in reflection["prompts"]} == REFLECTION_PROMPTS


@pytest.mark.parametrize(("code", "other"), [("de", "es"), ("es", "de")])
def test_a_boundary_template_reads_in_the_language_in_use(companion, language, code, other):
    language(code)
    (template,) = [t for t in companion.boundaries.templates() if t.id == "one_thing_first"]
    assert (template.title, template.description, template.intention_prompt) == TEMPLATE[code]
    offered = companion.boundaries.from_template("one_thing_first")
    assert offered.title == TEMPLATE[code][0]
    untouched = companion.boundaries.add(offered)
    own = companion.boundaries.add(replace(offered, title="One thing, then I close it"))
    # The untouched title is kept as the template's English words; the person's own as written.
    english = BOUNDARY_TEMPLATES[("one_thing_first", "title")]
    assert _stored_boundaries(companion) == [
        ("one_thing_first", english),
        ("one_thing_first", "One thing, then I close it"),
    ]
    view = companion.boundaries.get(untouched)
    assert (view.title, view.intention_prompt) == (TEMPLATE[code][0], TEMPLATE[code][2])
    # Saved again unchanged from the editor, it still follows the language.
    companion.boundaries.update(untouched, replace(offered, title=view.title))
    language(other)
    assert companion.boundaries.get(untouched).title == TEMPLATE[other][0]
    assert companion.boundaries.get(own).title == "One thing, then I close it"
    assert companion.boundaries.get(own).intention_prompt == TEMPLATE[other][2]
    language("en")
    assert companion.boundaries.get(untouched).title == english
    assert _stored_boundaries(companion)[0] == ("one_thing_first", english)


def test_every_template_word_of_the_file_is_marked_for_translation():
    data = json.loads((assets_dir() / "boundary_templates.json").read_text(encoding="utf-8"))
    words = {
        (t["id"], field): t[field]
        for t in data["templates"]
        for field in ("title", "description", "intention_prompt")
        if field in t
    }
    assert words == BOUNDARY_TEMPLATES
