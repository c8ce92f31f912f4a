"""A crisis line's hours, notes and languages in the language in use; its name and numbers stay as
the service writes them."""

from __future__ import annotations

import json

import pytest

from companion.domain.safety import LINE_WORDS, help_for
from companion.platform.paths import assets_dir

WORDS = {
    "de": ("Rund um die Uhr, kostenlos und vertraulich", "Getragen von der katholischen"),
    "es": ("Las 24 horas, gratuita y confidencial", "A cargo de las iglesias católica"),
}


@pytest.mark.parametrize("code", ["de", "es"])
def test_a_line_s_hours_notes_and_languages_read_in_the_language_in_use(language, code):
    language("en")
    (english,) = help_for("AT").lines
    assert english.hours == "24/7, free and confidential"
    language(code)
    (line,) = help_for("AT").lines
    hours, notes = WORDS[code]
    assert line.hours == hours
    assert line.notes.startswith(notes)
    assert (line.name, line.phone, line.url) == (english.name, english.phone, english.url)
    (swiss,) = help_for("CH").lines
    assert (
        swiss.languages
        == {
            "de": "Deutsch, Französisch und Italienisch",
            "es": "alemán, francés e italiano",
        }[code]
    )
    assert swiss.name == "Die Dargebotene Hand / La Main Tendue / Telefono Amico"


def test_every_hours_note_and_language_of_the_file_is_marked_for_translation():
    data = json.loads((assets_dir() / "crisis_lines.json").read_text(encoding="utf-8"))
    words = {
        line[field]
        for country in data["countries"].values()
        for line in country["lines"]
        for field in ("hours", "notes", "languages")
        if line.get(field)
    }
    assert words == LINE_WORDS
