"""Every shipped language is complete: its .ts and .po hold a finished translation of every string
the code has today, none left over, with the same placeholders as the English."""

from __future__ import annotations

from pathlib import Path

import pytest

from companion.domain import i18n
from tests.i18n.checks import (
    ROOT,
    load_catalogues_tool,
    placeholders,
    po_ids,
    po_problems,
    ts_problems,
    ts_sources,
)

TRANSLATED = [language for language in i18n.SHIPPED if language != i18n.SOURCE_LANGUAGE]
TS = ROOT / "translations"
LOCALE = ROOT / "companion" / "locale"


@pytest.fixture(scope="module")
def fresh(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Templates extracted from the code as it is now (lupdate and Babel, as make does)."""
    folder = tmp_path_factory.mktemp("fresh-catalogues")
    load_catalogues_tool().extract(folder)
    return folder


def test_every_language_with_catalogues_is_named_and_shipped_ones_have_both():
    with_ts = {path.stem.removeprefix("companion_") for path in TS.glob("companion_*.ts")}
    with_po = {path.parent.parent.name for path in LOCALE.glob("*/LC_MESSAGES/companion.po")}
    assert with_ts == with_po, "every language has both a .ts (UI) and a .po (core)"
    assert with_ts <= set(i18n.LANGUAGE_NAMES)
    assert set(TRANSLATED) <= with_ts
    assert i18n.SOURCE_LANGUAGE in i18n.SHIPPED


@pytest.mark.parametrize("language", TRANSLATED)
def test_the_ui_catalogue_is_finished(language):
    assert ts_problems(TS / f"companion_{language}.ts") == []


@pytest.mark.parametrize("language", TRANSLATED)
def test_the_ui_catalogue_matches_the_code(language, fresh):
    have = ts_sources(TS / f"companion_{language}.ts")
    want = ts_sources(fresh / "companion.ts")
    assert sorted(want - have) == [], "new strings: run make translations-update, then translate"
    assert sorted(have - want) == [], "strings the code no longer has: make translations-update"


@pytest.mark.parametrize("language", TRANSLATED)
def test_the_core_catalogue_is_finished_and_matches_the_code(language, fresh):
    committed = LOCALE / "companion.pot"
    assert po_ids(fresh / "companion.pot") == po_ids(committed), (
        "companion.pot is behind the code: run make translations-update"
    )
    po = LOCALE / language / "LC_MESSAGES" / "companion.po"
    assert po_ids(po) == po_ids(committed), "the .po is behind: run make translations-update"
    assert po_problems(po) == []


# The checks themselves, on small catalogues with the faults they exist to find.


def test_placeholders_of_every_kind():
    assert placeholders("%1 of %2, %n days") == ["%1", "%2", "%n"]
    assert placeholders("{name} has {count:d} ({0})") == ["{0}", "{count:d}", "{name}"]
    assert placeholders("%(n)d days, %s left, 100%% sure") == ["%(n)d", "%s"]


def _ts(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "companion_xx.ts"
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="xx">'
        f"<context><name>Page</name>{body}</context></TS>",
        encoding="utf-8",
    )
    return path


def test_a_ts_with_every_fault_is_caught(tmp_path):
    path = _ts(
        tmp_path,
        "<message><source>Done</source><translation>Fertig</translation></message>"
        '<message><source>Open</source><translation type="unfinished"></translation></message>'
        '<message><source>Old</source><translation type="obsolete">Alt</translation></message>'
        '<message><source>Gone</source><translation type="vanished">Weg</translation></message>'
        "<message><source>%1 of %2</source><translation>%1 von</translation></message>"
        "<message><source>Hi {name}</source><translation>Hallo {Name}</translation></message>"
        '<message numerus="yes"><source>%n day(s)</source><translation>'
        "<numerusform>%n Tag</numerusform><numerusform>Tage</numerusform></translation></message>",
    )
    problems = ts_problems(path)
    assert len(problems) == 6, problems
    assert any("'Open': unfinished" in p for p in problems)
    assert any("'Old': obsolete" in p for p in problems)
    assert any("'Gone': vanished" in p for p in problems)
    assert any("'%1 of %2'" in p for p in problems)
    assert any("'Hi {name}'" in p for p in problems)
    assert any("'%n day(s)'" in p for p in problems)
    assert ts_sources(path) >= {("Page", "Done"), ("Page", "Open")}
    assert ("Page", "Old") not in ts_sources(path)


def test_a_po_with_every_fault_is_caught(tmp_path):
    path = tmp_path / "companion.po"
    path.write_text(
        'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
        '"Plural-Forms: nplurals=2; plural=(n != 1);\\n"\n\n'
        'msgid "Done"\nmsgstr "Fertig"\n\n'
        'msgid "Open"\nmsgstr ""\n\n'
        '#, fuzzy\nmsgid "Close"\nmsgstr "Schließen"\n\n'
        'msgid "Hello {name}"\nmsgstr "Hallo"\n\n'
        'msgid "%(n)d day"\nmsgid_plural "%(n)d days"\nmsgstr[0] "%(n)d Tag"\nmsgstr[1] "Tage"\n\n'
        '#~ msgid "Old"\n#~ msgstr "Alt"\n',
        encoding="utf-8",
    )
    problems = po_problems(path)
    assert len(problems) == 5, problems
    assert any("'Open': untranslated" in p for p in problems)
    assert any("'Close': fuzzy" in p for p in problems)
    assert any("'Old': obsolete" in p for p in problems)
    assert any("Hello {name}" in p for p in problems)
    assert any("%(n)d day" in p for p in problems)
    assert (None, "Done") in po_ids(path)
    assert (None, "%(n)d day\0%(n)d days") in po_ids(path)


def test_a_fresh_extraction_finds_the_ui_and_core_strings(fresh):
    ui = ts_sources(fresh / "companion.ts")
    assert ("messages", "Something went wrong") in ui
    assert len(ui) > 1000
    assert po_ids(fresh / "companion.pot") is not None
