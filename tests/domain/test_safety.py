"""Crisis-line data and the safety rules: at and just below each threshold, month and year ends."""

from __future__ import annotations

import json
import math
import re
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from companion.domain import safety
from companion.domain.safety import (
    THRESHOLDS,
    SafetyThresholds,
    contact_drop,
    countries,
    default_country,
    help_for,
    phq9_item9_card,
    safety_cards,
    sustained_low_mood,
)
from companion.platform.paths import assets_dir

# ISO 3166-1 alpha-2 codes of the countries in the data file, written out here on purpose so the
# test fails if the data file spells one wrong.
ISO_CODES = {
    "United States": "US",
    "Canada": "CA",
    "United Kingdom": "GB",
    "Ireland": "IE",
    "Australia": "AU",
    "New Zealand": "NZ",
    "Germany": "DE",
    "France": "FR",
    "Netherlands": "NL",
    "Spain": "ES",
    "India": "IN",
    "Japan": "JP",
    "South Africa": "ZA",
    "Switzerland": "CH",
    "Austria": "AT",
    "Belgium": "BE",
    "Portugal": "PT",
    "Norway": "NO",
    "Singapore": "SG",
    "Finland": "FI",
    "Hong Kong": "HK",
    "Iceland": "IS",
    "Estonia": "EE",
    "Philippines": "PH",
    "South Korea": "KR",
    "Latvia": "LV",
    "Kenya": "KE",
    "Sweden": "SE",
    "Ukraine": "UA",
    "Slovenia": "SI",
    "Jamaica": "JM",
    "Serbia": "RS",
}


def _digits(text: str) -> set[str]:
    return {re.sub(r"[ -]", "", m) for m in re.findall(r"\d[\d -]*\d|\d", text)}


# --- crisis-line data ------------------------------------------------------------------------


# What every line must carry (a source of the right kind, a date, numbers that dial as written) is
# held in tests/domain/test_crisis_lines.py.


def test_codes_are_the_iso_codes_of_the_named_countries():
    assert dict(countries()) == {code: name for name, code in ISO_CODES.items()}


def test_countries_are_sorted_by_name():
    names = [name for _code, name in countries()]
    assert names == sorted(names, key=str.casefold)
    assert names[0] == "Australia" and names[-1] == "United States"


def _reference_rows(realdata: Path) -> list[list[str]]:
    text = (realdata / "reference" / "crisis-lines.md").read_text(encoding="utf-8")
    rows = []
    for line in text.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == 5 and cells[0] not in {"country", ""} and not set(cells[0]) <= {"-"}:
            rows.append(cells)
    return rows


def test_every_reference_country_is_still_listed(realdata: Path):
    """The reference notes cite news and encyclopedia pages, so their numbers ship only where the
    service's own page or a health authority confirmed them; no country is dropped meanwhile: it
    keeps its emergency number and the help page points to the international directory."""
    rows = _reference_rows(realdata)
    assert len(rows) >= 14
    by_name = {name: code for code, name in countries()}
    for country, _service, _number, _hours, _source in rows:
        name = country.removesuffix(" (alt)")
        assert name in by_name, f"{name} from the reference is missing"
        info = help_for(by_name[name])
        assert info.known and info.emergency_number
        if not info.lines:
            assert "findahelpline.com" in info.advice


# Emergency numbers outside the reference's list (which ends "etc."), each written out here so a
# change to them is a deliberate one: Serbia (police 192, fire 193, ambulance 194).
EMERGENCY_NUMBERS_BEYOND_THE_REFERENCE = {"RS": {"192", "194"}}


def test_every_emergency_number_is_one_the_reference_names(realdata: Path):
    text = (realdata / "reference" / "crisis-lines.md").read_text(encoding="utf-8")
    listed = re.search(r"emergency number too \(([^)]*)\)", text)
    assert listed
    numbers = set(re.findall(r"\d+", listed.group(1)))
    assert {"911", "999", "112", "000", "111", "119", "10177"} <= numbers
    for code, _name in countries():
        shown = _digits(help_for(code).emergency_number)
        if code in EMERGENCY_NUMBERS_BEYOND_THE_REFERENCE:
            assert shown == EMERGENCY_NUMBERS_BEYOND_THE_REFERENCE[code], code
        else:
            assert shown & numbers, code


def test_help_for_a_known_country():
    info = help_for("GB")
    assert info.known is True
    assert (info.country, info.country_name) == ("GB", "United Kingdom")
    assert "999" in info.emergency_number
    assert info.lines[0].name == "Samaritans"
    assert info.lines[0].phone == "116 123"
    assert info.lines[0].hours.startswith("24/7")
    assert "999" in info.advice


def test_help_for_accepts_lower_case_and_the_common_uk_alias():
    assert help_for(" gb ") == help_for("GB")
    assert help_for("uk") == help_for("GB")


def test_help_for_lists_every_line_in_order():
    gb = help_for("GB")
    assert [ln.name for ln in gb.lines] == ["Samaritans", "Shout"]
    assert (gb.lines[1].text, gb.lines[1].text_body) == ("85258", "SHOUT")
    us = help_for("US").lines[0]
    assert (us.phone, us.text) == ("988", "988")
    assert us.chat.startswith("https://")


@pytest.mark.parametrize("country", [None, "", "XX", "BR", "United Kingdom"])
def test_help_for_an_unknown_or_unset_country_gives_the_international_advice(country):
    info = help_for(country)
    assert info.known is False
    assert info.lines == ()
    assert info.emergency_number == ""
    assert "findahelpline.com" in info.advice
    assert "local emergency number" in info.advice


def test_a_line_without_a_source_is_refused(tmp_path: Path):
    data = json.loads((assets_dir() / "crisis_lines.json").read_text(encoding="utf-8"))
    del data["countries"]["FR"]["lines"][0]["source"]
    broken = tmp_path / "crisis_lines.json"
    broken.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(RuntimeError, match=r"FR: .* needs a source and a checked date"):
        safety.load_directory(broken)


def test_a_misspelled_country_code_is_refused(tmp_path: Path):
    data = json.loads((assets_dir() / "crisis_lines.json").read_text(encoding="utf-8"))
    data["countries"]["gbr"] = data["countries"].pop("GB")
    broken = tmp_path / "crisis_lines.json"
    broken.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(RuntimeError, match="gbr: country codes are two capital letters"):
        safety.load_directory(broken)


@pytest.mark.parametrize(
    ("locale_name", "expected"),
    [
        ("en_GB.UTF-8", "GB"),
        ("de_DE", "DE"),
        ("de_DE@euro", "DE"),
        ("fr_FR.ISO-8859-1", "FR"),
        ("en-US", "US"),
        ("en_us.utf8", "US"),
        ("English_United Kingdom.1252", "GB"),
        ("English_United States.1252", "US"),
        ("zh_Hant_TW.UTF-8", "TW"),
        ("pt_BR.UTF-8", "BR"),
        ("es_419", None),
        ("en", None),
        ("C", None),
        ("C.UTF-8", None),
        ("POSIX", None),
        ("", None),
        (None, None),
    ],
)
def test_default_country_from_locale_names(locale_name, expected):
    assert default_country(locale_name) == expected


# --- sustained low mood --------------------------------------------------------------------------


def _days_before(today: date, *offsets: int) -> list[date]:
    return [today - timedelta(days=o) for o in offsets]


def test_low_mood_exactly_at_threshold_across_a_month_end():
    today = date(2026, 3, 1)  # the window runs 23 Feb .. 1 Mar (2026 is not a leap year)
    low = _days_before(today, 0, 2, 4, 5, 6)
    assert low[-1] == date(2026, 2, 23)
    means = {d: 2.0 for d in low} | {today - timedelta(days=1): 4.0}
    assert sustained_low_mood(means, today) is True


def test_low_mood_just_below_threshold_is_no_card():
    today = date(2026, 3, 1)
    means = {d: 1.0 for d in _days_before(today, 0, 2, 4, 6)}  # four low days of seven
    means |= {d: 3.0 for d in _days_before(today, 1, 3, 5)}
    assert sustained_low_mood(means, today) is False


def test_a_day_mean_just_above_the_level_is_not_low():
    today = date(2026, 6, 30)
    means = {d: 2.0 for d in _days_before(today, 0, 1, 2, 3)}
    assert sustained_low_mood({**means, today - timedelta(days=4): 2.0}, today) is True
    assert sustained_low_mood({**means, today - timedelta(days=4): 2.01}, today) is False


def test_low_days_outside_the_window_do_not_count():
    today = date(2027, 1, 2)  # window 27 Dec 2026 .. 2 Jan 2027
    means = {d: 1.0 for d in _days_before(today, 1, 2, 3, 4, 7, 8)}
    assert sustained_low_mood(means, today) is False
    assert sustained_low_mood(means, today - timedelta(days=1)) is True  # window 26 Dec .. 1 Jan


def test_missing_days_count_as_not_low():
    today = date(2026, 4, 30)
    five = {d: 1.5 for d in _days_before(today, 0, 1, 3, 4, 6)}  # two days not logged at all
    assert sustained_low_mood(five, today) is True
    four = {d: 1.5 for d in _days_before(today, 0, 1, 3, 6)}
    assert sustained_low_mood(four, today) is False
    assert sustained_low_mood({}, today) is False


def test_future_days_and_unreadable_means_are_ignored():
    today = date(2026, 4, 30)
    means = {d: 1.0 for d in _days_before(today, 0, 1, 2, 3)}
    means |= {today + timedelta(days=1): 1.0, today - timedelta(days=4): math.nan}
    assert sustained_low_mood(means, today) is False


def test_datetimes_are_read_as_their_day():
    today = date(2026, 8, 31)
    means = {datetime(d.year, d.month, d.day, 21, 30): 1.0 for d in _days_before(today, *range(5))}
    assert sustained_low_mood(means, datetime(2026, 8, 31, 9, 0)) is True


def test_low_mood_thresholds_come_from_one_place():
    today = date(2026, 2, 28)
    means = {d: 3.0 for d in _days_before(today, 0, 1, 2)}
    assert sustained_low_mood(means, today) is False
    gentle = SafetyThresholds(low_mood_days=3, low_mood_window=3, low_mood_max_level=3)
    assert sustained_low_mood(means, today, gentle) is True
    assert SafetyThresholds() == THRESHOLDS
    assert (THRESHOLDS.low_mood_days, THRESHOLDS.low_mood_window) == (5, 7)


def test_thresholds_that_cannot_be_met_are_refused():
    with pytest.raises(ValueError):
        SafetyThresholds(low_mood_days=8, low_mood_window=7)
    with pytest.raises(ValueError):
        SafetyThresholds(contact_drop_ratio=1.5)


# --- contact drop ------------------------------------------------------------------------------

TODAY = date(2026, 5, 31)
RECENT_FIRST = date(2026, 5, 18)  # 14 days, today included
BASELINE_LAST = date(2026, 5, 17)
BASELINE_FIRST = date(2026, 3, 23)  # 8 weeks before the recent window


def test_the_windows_are_where_the_thresholds_say():
    assert (TODAY - RECENT_FIRST).days + 1 == THRESHOLDS.contact_recent_days
    assert (BASELINE_LAST - BASELINE_FIRST).days + 1 == 7 * THRESHOLDS.contact_baseline_weeks


def _spread(first: date, days: int, count: int) -> list[date]:
    return [first + timedelta(days=(i * days) // count) for i in range(count)]


def _baseline(count: int) -> list[date]:
    spread = _spread(BASELINE_FIRST, 56, count)
    assert len(set(spread)) == count and min(spread) >= BASELINE_FIRST
    assert max(spread) <= BASELINE_LAST
    return spread


def test_drop_exactly_at_the_ratio_brings_a_card():
    # Baseline 16 days in 8 weeks = 2 a week; a quarter of that is 0.5 a week = 1 day in 2 weeks.
    assert contact_drop([*_baseline(16), date(2026, 5, 25)], TODAY) is True


def test_drop_just_above_the_ratio_is_no_card():
    assert contact_drop([*_baseline(16), date(2026, 5, 20), date(2026, 5, 27)], TODAY) is False


def test_no_recent_contact_after_a_steady_baseline_is_a_drop():
    assert contact_drop(_baseline(32), TODAY) is True


def test_a_higher_baseline_scales_the_threshold():
    baseline = _baseline(32)  # 4 a week: a quarter is 1 a week, 2 days in the recent fortnight
    recent = _spread(RECENT_FIRST, 14, 3)
    assert contact_drop([*baseline, *recent[:2]], TODAY) is True
    assert contact_drop([*baseline, *recent], TODAY) is False


def test_not_enough_baseline_is_no_card():
    # 15 days in 8 weeks is just under 2 a week: too little to call anything a drop.
    assert contact_drop(_baseline(15), TODAY) is False
    assert contact_drop([], TODAY) is False


def test_several_contacts_on_one_day_count_once():
    baseline = _baseline(15)
    extra_same_day = [baseline[0], baseline[0]]  # doesn't lift the baseline to 16 days
    assert contact_drop([*baseline, *extra_same_day], TODAY) is False
    assert contact_drop([*baseline, BASELINE_LAST], TODAY) is True


def test_window_edges_fall_on_the_right_side():
    baseline = _baseline(15)
    # A day before the baseline window doesn't count towards it ...
    assert contact_drop([*baseline, BASELINE_FIRST - timedelta(days=1)], TODAY) is False
    # ... the first recent day is recent, not baseline ...
    with_recent = [*_baseline(16), RECENT_FIRST]
    assert contact_drop(with_recent, TODAY) is True
    assert contact_drop([*with_recent, TODAY], TODAY) is False
    # ... and days after today are ignored.
    assert contact_drop([*_baseline(16), TODAY + timedelta(days=1)], TODAY) is True


def test_contact_drop_across_a_year_end():
    today = date(2027, 1, 3)
    recent_first = date(2026, 12, 21)
    baseline = _spread(recent_first - timedelta(weeks=8), 56, 16)
    assert max(baseline) < recent_first
    assert contact_drop([*baseline, date(2027, 1, 1)], today) is True
    assert contact_drop([*baseline, date(2026, 12, 24), date(2027, 1, 1)], today) is False


# --- cards ---------------------------------------------------------------------------------------

_ALARMING = ("!", "warning", "alert", "urgent", "you must", "neglect", "failed")


def _gentle(card: safety.SafetyCard) -> bool:
    text = f"{card.title} {card.body}".lower()
    return (
        card.title.strip() != "" and len(card.body) > 40 and not any(w in text for w in _ALARMING)
    )


def test_cards_for_both_signals_most_pressing_first():
    today = date(2026, 5, 31)
    means = {d: 1.0 for d in _days_before(today, *range(7))}
    cards = safety_cards(means, _baseline(32), today)
    assert [c.kind for c in cards] == ["low_mood", "contact_drop"]
    assert all(_gentle(c) for c in cards)
    assert "Need help now?" in cards[0].body


def test_no_cards_when_nothing_warrants_one():
    today = date(2026, 5, 31)
    means = {d: 4.0 for d in _days_before(today, *range(7))}
    assert safety_cards(means, [*_baseline(16), RECENT_FIRST, TODAY], today) == []
    assert safety_cards({}, [], today) == []


def test_cards_follow_the_thresholds_given():
    today = date(2026, 5, 31)
    means = {d: 3.0 for d in _days_before(today, *range(7))}
    relaxed = SafetyThresholds(low_mood_max_level=3, contact_min_baseline_per_week=1.0)
    kinds = [c.kind for c in safety_cards(means, _baseline(8), today, relaxed)]
    assert kinds == ["low_mood", "contact_drop"]
    assert safety_cards(means, _baseline(8), today) == []


def test_phq9_item9_card_is_calm_and_points_to_help():
    card = phq9_item9_card()
    assert card.kind == "phq9_item9"
    assert _gentle(card)
    assert "Need help now?" in card.body
    assert "emergency number" in card.body
