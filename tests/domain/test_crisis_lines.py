"""The shipped crisis lines: every entry names the page it was checked against (the service's own
or a health authority's, over https, never an encyclopedia or a news site) and when; every number
dials as written, and a text or chat option becomes an sms: or https: link."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from companion.domain import safety
from companion.domain.safety import countries, help_for, sms_uri, tel_uri
from companion.platform.paths import assets_dir

RAW = json.loads((assets_dir() / "crisis_lines.json").read_text(encoding="utf-8"))
LINES = [(code, line) for code, country in RAW["countries"].items() for line in country["lines"]]
# Hosts that are not a service's or a health authority's own page.
NOT_SOURCES = ("wikipedia.org", "news", "bbc.", "cnn.", "reuters.", "guardian.", "webmd.")


def _ids(pairs):
    return [f"{code}: {line['name']}" for code, line in pairs]


def test_lines_are_shipped_and_every_country_has_an_emergency_number():
    assert len(LINES) >= 8
    for code, country in RAW["countries"].items():
        assert re.fullmatch(r"[A-Z]{2}", code)
        assert country["name"].strip() and country["emergency_number"].strip()


@pytest.mark.parametrize(("code", "line"), LINES, ids=_ids(LINES))
def test_every_line_names_its_source_and_when_it_was_checked(code, line):
    source = urlsplit(line["source"])
    assert source.scheme == "https" and source.netloc, line["source"]
    host = source.netloc.lower()
    # An organisation's own press room ("newsroom.<platform>/<organisation>") is its own page.
    checked_host = host.removeprefix("newsroom.")
    assert not any(bad in checked_host for bad in NOT_SOURCES), line["source"]
    checked = date.fromisoformat(line["checked"])
    assert date(2025, 1, 1) <= checked <= date(2026, 12, 31)


@pytest.mark.parametrize(("code", "line"), LINES, ids=_ids(LINES))
def test_every_number_dials_as_written(code, line):
    assert line.get("phone") or line.get("text")
    for number in (line.get("phone", ""), line.get("text", "")):
        if not number:
            continue
        assert re.fullmatch(r"\+?\d[\d -]*\d|\d", number), number
        uri = tel_uri(number)
        digits = ("+" if number.startswith("+") else "") + re.sub(r"\D", "", number)
        assert uri == f"tel:{digits}"
        assert re.fullmatch(r"tel:\+?\d+", uri)
    for link in (line.get("url", ""), line.get("chat", "")):
        if link:
            assert urlsplit(link).scheme == "https", link


def test_text_and_chat_options_become_links():
    shout = next(ln for ln in help_for("GB").lines if ln.name == "Shout")
    assert shout.sms_uri == "sms:85258?body=SHOUT"
    assert shout.tel_uri == ""
    lifeline = help_for("AU").lines[0]
    assert (lifeline.tel_uri, lifeline.sms_uri) == ("tel:131114", "sms:0477131114")
    assert sms_uri("+44 7700 900123") == "sms:+447700900123"
    assert help_for("US").lines[0].chat.startswith("https://")


@pytest.mark.parametrize("number", ["116 123 or 0800 123", "1-800-TALK", "(0)20 7946", "12-", ""])
def test_a_number_that_does_not_dial_as_written_is_refused(number, tmp_path: Path):
    with pytest.raises(ValueError):
        tel_uri(number)
    data = json.loads(json.dumps(RAW))
    data["countries"]["GB"]["lines"][0]["phone"] = number or "x"
    broken = tmp_path / "crisis_lines.json"
    broken.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(RuntimeError, match="GB"):
        safety.load_directory(broken)


@pytest.mark.parametrize(
    "source",
    [
        "en.wikipedia.org/wiki/Samaritans",
        "http://www.samaritans.org",
        "https://en.wikipedia.org/wiki/Samaritans_(charity)",
        "https://www.newstalk.com/news/samaritans",
    ],
)
def test_a_source_that_is_not_the_services_or_a_health_authoritys_is_refused(source, tmp_path):
    data = json.loads(json.dumps(RAW))
    data["countries"]["GB"]["lines"][0]["source"] = source
    broken = tmp_path / "crisis_lines.json"
    broken.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(RuntimeError, match="source must be"):
        safety.load_directory(broken)


def test_an_undated_check_is_refused(tmp_path: Path):
    data = json.loads(json.dumps(RAW))
    data["countries"]["GB"]["lines"][0]["checked"] = "late 2026"
    broken = tmp_path / "crisis_lines.json"
    broken.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(RuntimeError, match="checked must be a date"):
        safety.load_directory(broken)


def test_a_country_without_a_checked_line_points_to_the_directory_calmly():
    no_line = [code for code, _name in countries() if not help_for(code).lines]
    assert no_line, "every listed country has a line: this test has nothing to hold"
    for code in no_line:
        info = help_for(code)
        assert info.known and info.emergency_number in info.advice
        assert "findahelpline.com" in info.advice
        assert "!" not in info.advice


def test_every_country_is_named_in_every_shipped_language_as_cldr_names_it():
    """Names come from the Unicode CLDR (through Babel, here only): its name, or the short form
    inside it ("Hongkong" for "Sonderverwaltungsregion Hongkong")."""
    from babel import Locale

    from companion.domain.i18n import SHIPPED, SOURCE_LANGUAGE

    for code, country in RAW["countries"].items():
        for language in SHIPPED:
            if language == SOURCE_LANGUAGE:
                continue
            name = country["names"][language]
            assert name in Locale.parse(language).territories[code], (code, language, name)
        assert set(country["names"]) <= set(SHIPPED), code


def test_country_names_follow_the_language_and_sort_as_it_does():
    german = dict(countries("de"))
    assert (german["ES"], german["GB"], german["AT"]) == (
        "Spanien",
        "Vereinigtes Königreich",
        "Österreich",
    )
    order = [name for _code, name in countries("de")]
    assert order.index("Norwegen") < order.index("Österreich") < order.index("Philippinen")
    assert dict(countries("es"))["JP"] == "Japón"
    assert dict(countries("en"))["ES"] == "Spain"
    assert countries("xx") == countries("en")  # a language without names reads English


def test_a_name_that_is_not_text_is_refused(tmp_path: Path):
    data = json.loads(json.dumps(RAW))
    data["countries"]["GB"]["names"]["de"] = ""
    broken = tmp_path / "crisis_lines.json"
    broken.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(RuntimeError, match="GB: names must map"):
        safety.load_directory(broken)


def test_an_emergency_number_with_words_not_in_the_catalogue_is_refused(tmp_path: Path):
    """Worded emergency numbers ("119 (ambulance) or 110 (police)") are translated, so each must
    be one the catalogues know; digits alone pass as they are."""
    data = json.loads(json.dumps(RAW))
    data["countries"]["GB"]["emergency_number"] = "999 (police)"
    broken = tmp_path / "crisis_lines.json"
    broken.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(RuntimeError, match="GB: the emergency number '999 \\(police\\)' has words"):
        safety.load_directory(broken)
    data["countries"]["GB"]["emergency_number"] = "999"
    broken.write_text(json.dumps(data), encoding="utf-8")
    assert safety.load_directory(broken).countries["GB"].emergency_number == "999"
