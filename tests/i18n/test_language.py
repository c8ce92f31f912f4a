"""The language is chosen from the setting, else the system locale, among the shipped ones; the
core's words fall back to the English source when no catalogue answers."""

from __future__ import annotations

import pytest

from companion.domain import i18n


@pytest.fixture
def shipped(monkeypatch: pytest.MonkeyPatch):
    """German and Spanish count as shipped for the test, whatever the catalogues' state."""
    monkeypatch.setattr(i18n, "SHIPPED", ("en", "de", "es"))
    yield
    i18n.install("en")


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("de_DE.UTF-8", "de"),
        ("es_MX", "es"),
        ("es-ES", "es"),
        ("en_GB.UTF-8@euro", "en"),
        ("C", None),
        ("POSIX", None),
        ("C.UTF-8", None),
        ("", None),
        (None, None),
    ],
)
def test_language_of_a_locale_name(name, code):
    assert i18n.language_of(name) == code


def test_the_locale_variables_in_posix_order():
    env = {"LANG": "es_ES.UTF-8", "LC_MESSAGES": "de_DE.UTF-8"}
    assert i18n.system_language(env) == "de"
    assert i18n.system_language({**env, "LC_ALL": "fr_FR.UTF-8"}) == "fr"
    assert i18n.system_language({"LANG": "es_ES.UTF-8"}) == "es"
    assert i18n.system_language({}, platform_locale="de_AT") == "de"
    assert i18n.system_language({}) is None


def test_the_setting_wins_over_the_system(shipped):
    env = {"LANG": "de_DE.UTF-8"}
    assert i18n.choose_language(None, env) == "de"
    assert i18n.choose_language("system", env) == "de"
    assert i18n.choose_language("es", env) == "es"
    assert i18n.choose_language("en", env) == "en"


def test_only_shipped_languages_are_chosen(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(i18n, "SHIPPED", ("en",))
    assert i18n.choose_language(None, {"LANG": "de_DE.UTF-8"}) == "en"
    assert i18n.choose_language("es", {}) == "en"
    assert i18n.choose_language(None, {"LANG": "fr_FR.UTF-8"}) == "en"
    assert i18n.install("de") == "en"
    assert i18n.current_language() == "en"


def test_without_a_catalogue_the_source_text_answers(shipped, monkeypatch, tmp_path):
    monkeypatch.setattr(i18n, "LOCALE_DIR", tmp_path)
    assert i18n.install("de") == "de"
    assert i18n._("A quick message?") == "A quick message?"
    assert i18n.ngettext("%(n)d day", "%(n)d days", 1) == "%(n)d day"
    assert i18n.ngettext("%(n)d day", "%(n)d days", 3) == "%(n)d days"
    assert i18n.pgettext("mood", "meh") == "meh"
    assert i18n.N_("marked") == "marked"


def test_a_translator_previews_an_unshipped_language(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(i18n, "SHIPPED", ("en",))
    env = {"LANG": "en_GB.UTF-8", "COMPANION_LANGUAGE": "de"}
    assert i18n.choose_language("en", env) == "de"
    assert i18n.choose_language(None, {**env, "COMPANION_LANGUAGE": "fr"}) == "en"
    monkeypatch.setenv("COMPANION_LANGUAGE", "es")
    assert i18n.install("es") == "es"
    monkeypatch.delenv("COMPANION_LANGUAGE")
    assert i18n.install("es") == "en"


def test_a_label_inside_a_sentence_keeps_a_german_noun_capitalised(monkeypatch) -> None:
    monkeypatch.setattr(i18n, "SHIPPED", ("en", "de", "es"))
    try:
        assert i18n.install("en") == "en"
        assert i18n.in_sentence("A call") == "a call"
        assert i18n.install("es") == "es"
        assert i18n.in_sentence("Una llamada") == "una llamada"
        assert i18n.install("de") == "de"
        assert i18n.in_sentence("Ein Anruf") == "Ein Anruf"
    finally:
        i18n.install(i18n.SOURCE_LANGUAGE)
