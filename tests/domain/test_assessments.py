"""Questionnaire scoring: every published band boundary, flags, invalid answers, the data file."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from companion.domain import assessments
from companion.domain.assessments import (
    INSTRUMENT_IDS,
    NOT_A_DIAGNOSIS,
    answer_label,
    describe,
    find_instrument,
    instruments,
    load_instruments,
    score,
    summary,
)
from companion.domain.errors import CompanionError, InvalidInput
from companion.platform.paths import assets_dir

EXPECTED_ITEMS = {"who5": 5, "phq9": 9, "phq2": 2, "gad7": 7, "ucla3": 3, "lsns6": 6}
EXPECTED_ANSWER_RANGE = {
    "who5": (0, 5),
    "phq9": (0, 3),
    "phq2": (0, 3),
    "gad7": (0, 3),
    "ucla3": (1, 3),
    "lsns6": (0, 5),
}


def answers_totalling(instrument_id: str, total: int, *, floor: int | None = None) -> list[int]:
    """Answers in the instrument's coding that add up to `total`, spread as evenly as possible."""
    lo, hi = EXPECTED_ANSWER_RANGE[instrument_id]
    lo = lo if floor is None else floor
    n = EXPECTED_ITEMS[instrument_id]
    answers = [lo] * n
    remaining = total - lo * n
    assert 0 <= remaining <= (hi - lo) * n, "test asked for an impossible total"
    i = 0
    while remaining:
        answers[i % n] += 1
        remaining -= 1
        i += 1
    assert sum(answers) == total
    assert all(lo <= a <= hi for a in answers)
    return answers


# --- the data file -------------------------------------------------------------------------------


def test_every_instrument_ships_with_published_item_counts_and_coding():
    shipped = instruments()
    assert tuple(shipped) == INSTRUMENT_IDS
    for iid, ins in shipped.items():
        assert len(ins.items) == EXPECTED_ITEMS[iid], iid
        assert (ins.min_answer, ins.max_answer) == EXPECTED_ANSWER_RANGE[iid], iid
        assert ins.min_total == EXPECTED_ITEMS[iid] * ins.min_answer
        assert ins.max_total == EXPECTED_ITEMS[iid] * ins.max_answer
        assert all(item.strip() for item in ins.items)
        assert ins.attribution.strip() and ins.instructions.strip()
        assert ins.retake_days >= 7


def test_phq2_is_the_first_two_phq9_items():
    shipped = instruments()
    assert shipped["phq2"].items == shipped["phq9"].items[:2]
    assert shipped["phq2"].options == shipped["phq9"].options


def test_only_uncertain_cutoffs_carry_a_note():
    shipped = instruments()
    assert {iid for iid, ins in shipped.items() if ins.cutoff_note} == {"who5", "ucla3", "lsns6"}
    assert "could not be traced" in shipped["ucla3"].cutoff_note
    assert "28 of 100" in shipped["who5"].cutoff_note  # the <=28 line is second-hand


def _reference_sections(realdata: Path) -> dict[str, str]:
    text = (realdata / "reference" / "questionnaires.md").read_text(encoding="utf-8")
    sections = {}
    for chunk in text.split("\n## ")[1:]:
        heading, _, body = chunk.partition("\n")
        sections[heading] = body
    return sections


def _section(sections: dict[str, str], start: str) -> str:
    matches = [body for heading, body in sections.items() if heading.startswith(start)]
    assert len(matches) == 1, f"reference section {start!r} not found"
    return matches[0]


def test_items_and_options_match_the_reference(realdata: Path):
    sections = _reference_sections(realdata)
    shipped = instruments()
    who5 = _section(sections, "WHO-5")
    phq9 = _section(sections, "PHQ-9")
    phq2 = _section(sections, "PHQ-2")
    gad7 = _section(sections, "GAD-7")
    ucla3 = _section(sections, "UCLA 3-item")
    lsns6 = _section(sections, "LSNS-6")

    # Counts as the reference states them.
    assert re.search(r"\b5 items\b", who5) and len(shipped["who5"].items) == 5
    assert re.search(r"\b9 DSM-IV criteria\b", phq9) and len(shipped["phq9"].items) == 9
    assert "Items 1–2 of PHQ-9" in phq2 and len(shipped["phq2"].items) == 2
    assert re.search(r"\b7 items\b", gad7) and len(shipped["gad7"].items) == 7
    ucla_items = ucla3.split("Items:", 1)[1].split("Responses", 1)[0]
    assert ucla_items.count("?") == 3 == len(shipped["ucla3"].items)
    assert re.search(r"\b6 items\b", lsns6) and len(shipped["lsns6"].items) == 6

    # Totals as the reference states them.
    for iid, body in (("who5", who5), ("phq9", phq9), ("phq2", phq2), ("gad7", gad7)):
        ins = shipped[iid]
        assert f"total {ins.min_total}–{ins.max_total}" in body or f"Raw {ins.min_total}–" in body
    assert "total 3–9" in ucla3 and "0–30" in lsns6

    # Response labels as the reference gives them.
    for option in shipped["who5"].options:
        assert f'{option.value} "{option.label}"' in who5
    for iid in ("phq9", "phq2", "gad7"):
        for option in shipped[iid].options:
            assert f'{option.value} "{option.label}"' in phq9
    for option in shipped["ucla3"].options:
        assert f'{option.value} "{option.label}"' in ucla3
    for option in shipped["lsns6"].options:
        assert f"{option.value} {option.label.lower()}" in lsns6

    # Key words of each item appear in the reference's item list.
    who5_keys = [
        "cheerful",
        "calm and relaxed",
        "active and vigorous",
        "fresh and rested",
        "interest",
    ]
    for key, item in zip(who5_keys, shipped["who5"].items, strict=True):
        assert key in item and key in who5
    assert shipped["phq9"].items[8] in phq9  # item 9 quoted verbatim
    gad7_keys = ["nervous", "worrying", "too much", "relaxing", "restless", "irritable", "afraid"]
    for key, item in zip(gad7_keys, shipped["gad7"].items, strict=True):
        assert key in item.lower() and key in gad7.lower()
    for key, item in zip(
        ["lack companionship", "left out", "isolated from others"],
        shipped["ucla3"].items,
        strict=True,
    ):
        assert key in item and key in ucla3
    lsns_keys = ["at least once a month", "private matters", "call on them for help"] * 2
    for key, item in zip(lsns_keys, shipped["lsns6"].items, strict=True):
        assert key in item and key in lsns6


def test_a_broken_questionnaire_file_is_refused(tmp_path: Path):
    data = json.loads((assets_dir() / "questionnaires.json").read_text(encoding="utf-8"))
    gad7 = next(i for i in data["instruments"] if i["id"] == "gad7")
    gad7["bands"][1]["low"] = 6  # leaves 5 uncovered
    broken = tmp_path / "questionnaires.json"
    broken.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(RuntimeError, match="gad7: bands must cover"):
        load_instruments(broken)

    gad7["bands"][1]["low"] = 5
    gad7["items"].pop()
    broken.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(RuntimeError, match="gad7: min/max total"):
        load_instruments(broken)


# --- band boundaries -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("total", "band", "suggest"),
    [
        (0, "minimal", False),
        (4, "minimal", False),
        (5, "mild", False),
        (9, "mild", False),
        (10, "moderate", True),
        (14, "moderate", True),
        (15, "moderately_severe", True),
        (19, "moderately_severe", True),
        (20, "severe", True),
        (27, "severe", True),
    ],
)
def test_phq9_bands(total: int, band: str, suggest: bool):
    # Item 9 stays at zero up to 24 so the band alone decides the suggestion; above 24 it can't.
    first_eight = (
        [total // 8 + (1 if i < total % 8 else 0) for i in range(8)] if total <= 24 else [3] * 8
    )
    answers = [*first_eight, max(0, total - 24)]
    assert sum(answers) == total and max(answers) <= 3
    result = score("phq9", answers)
    assert result.total == total
    assert result.band == band
    assert result.suggest_professional is suggest
    assert ("phq9_item9" in result.flags) is (total > 24)
    assert result.percentage is None


def test_phq9_band_labels_name_the_published_severity_of_symptoms():
    labels = [b.label for b in instruments()["phq9"].bands]
    assert labels == [
        "Minimal or no depression symptoms (PHQ-9 0–4)",
        "Mild depression symptoms (PHQ-9 5–9)",
        "Moderate depression symptoms (PHQ-9 10–14)",
        "Moderately severe depression symptoms (PHQ-9 15–19)",
        "Severe depression symptoms (PHQ-9 20–27)",
    ]


def test_band_words_describe_symptoms_never_the_person():
    labels = {(iid, b.id): b.label for iid, ins in instruments().items() for b in ins.bands}
    assert labels[("gad7", "mild")] == "Mild anxiety symptoms (GAD-7 5–9)"
    assert labels[("phq2", "positive")] == "Screen suggests a closer look (PHQ-2 3 or more)"
    assert labels[("phq2", "negative")] == "Below the screening cut-off (PHQ-2 under 3)"
    assert labels[("ucla3", "lonely")] == "Lonely by the usual cut-off (UCLA-3 6 or more)"
    assert labels[("ucla3", "not_lonely")] == "Below the usual loneliness cut-off (UCLA-3 under 6)"
    for (iid, _band), label in labels.items():
        short = instruments()[iid].short_name
        assert short in label, label  # every band names its scale and where it sits on it
        for word in ("Positive screen", "Negative screen", "Not lonely", "Poor "):
            assert word not in label
        assert not re.match(r"^(Mild|Moderate|Severe|Minimal)( anxiety| depression)?$", label)


@pytest.mark.parametrize(
    ("total", "band", "suggest"),
    [
        (0, "minimal", False),
        (4, "minimal", False),
        (5, "mild", False),
        (9, "mild", False),
        (10, "moderate", True),
        (14, "moderate", True),
        (15, "severe", True),
        (21, "severe", True),
    ],
)
def test_gad7_bands(total: int, band: str, suggest: bool):
    result = score("gad7", answers_totalling("gad7", total))
    assert (result.total, result.band, result.suggest_professional) == (total, band, suggest)
    assert result.flags == frozenset()


@pytest.mark.parametrize(
    ("answers", "band", "suggest"),
    [
        ([0, 0], "negative", False),
        ([1, 1], "negative", False),
        ([2, 0], "negative", False),
        ([2, 1], "positive", True),
        ([0, 3], "positive", True),
        ([3, 3], "positive", True),
    ],
)
def test_phq2_is_positive_at_three_or_more(answers: list[int], band: str, suggest: bool):
    result = score("phq2", answers)
    assert (result.band, result.suggest_professional) == (band, suggest)
    assert result.band_label.startswith(
        "Screen suggests a closer look" if band == "positive" else "Below the screening cut-off"
    )


@pytest.mark.parametrize(
    ("answers", "total", "percentage", "band", "flags"),
    [
        ([2, 2, 2, 3, 3], 12, 48, "low", set()),  # raw 12 -> 48 %, at or below 50
        ([3, 3, 3, 2, 2], 13, 52, "not_low", set()),  # raw 13 -> 52 %, above 50
        ([5, 5, 5, 5, 5], 25, 100, "not_low", set()),
        ([2, 2, 2, 2, 2], 10, 40, "low", set()),
        ([2, 2, 2, 1, 1], 8, 32, "low", {"who5_low_item"}),  # 32 of 100: low, not very low
        ([2, 2, 1, 1, 1], 7, 28, "very_low", {"who5_low_item"}),  # 28 of 100 or less
        ([0, 0, 0, 0, 0], 0, 0, "very_low", {"who5_low_item"}),
        # An answer of 0 or 1 never relabels a high total; it adds a follow-up note.
        ([5, 5, 5, 5, 1], 21, 84, "not_low", {"who5_low_item"}),
        ([5, 5, 0, 5, 5], 20, 80, "not_low", {"who5_low_item"}),
        ([5, 5, 2, 5, 5], 22, 88, "not_low", set()),  # 2 is not a low item
        ([2, 3, 3, 3, 2], 13, 52, "not_low", set()),
        ([1, 3, 3, 3, 3], 13, 52, "not_low", {"who5_low_item"}),
    ],
)
def test_who5_band_comes_from_the_total(answers, total, percentage, band, flags):
    result = score("who5", answers)
    assert result.total == total
    assert result.percentage == percentage == total * 4
    assert result.band == band
    assert result.flags == frozenset(flags)
    assert result.suggest_professional is (band != "not_low")
    assert (
        result.band_label
        == {
            "very_low": "Very low well-being (WHO-5 28 or less of 100), worth talking to a doctor about",
            "low": "Low well-being (WHO-5 50 or less of 100)",
            "not_low": "Well-being above the usual cut-off (WHO-5 more than 50 of 100)",
        }[band]
    )
    text = describe(result)
    follow_up = [n for n in text.notes if "closer look" in n]
    assert bool(follow_up) is ("who5_low_item" in flags)


def test_who5_low_item_at_84_is_a_follow_up_note_not_a_poor_band():
    result = score("who5", [5, 5, 5, 5, 1])
    assert result.percentage == 84 and result.band == "not_low"
    text = describe(result)
    assert "Well-being above the usual cut-off" in text.band
    note = next(n for n in text.notes if "closer look" in n)
    assert "1 “Some of the time” or 0 “At no time”" in note
    assert "Poor" not in summary(result)


@pytest.mark.parametrize(
    ("total", "band"),
    [(0, "at_risk"), (11, "at_risk"), (12, "not_at_risk"), (30, "not_at_risk")],
)
def test_lsns6_risk_of_isolation_below_twelve(total: int, band: str):
    result = score("lsns6", answers_totalling("lsns6", total))
    assert (result.total, result.band) == (total, band)
    assert result.band_label == (
        "Social network below the cut-off for isolation risk (LSNS-6 under 12)"
        if band == "at_risk"
        else "Social network at or above the cut-off for isolation risk (LSNS-6 12 or more)"
    )
    assert result.cutoff_note  # the cut-off's source is second-hand; the note says so


@pytest.mark.parametrize(
    ("answers", "total", "band"),
    [
        ([1, 1, 1], 3, "not_lonely"),
        ([2, 2, 1], 5, "not_lonely"),
        ([2, 2, 2], 6, "lonely"),
        ([3, 3, 3], 9, "lonely"),
    ],
)
def test_ucla3_sum_and_conventional_split(answers: list[int], total: int, band: str):
    result = score("ucla3", answers)
    assert (result.total, result.band) == (total, band)
    assert "usual" in result.band_label and "convention" in result.cutoff_note
    assert result.suggest_professional is False


# --- flags ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("item9", [1, 2, 3])
def test_any_phq9_item9_answer_above_zero_is_flagged(item9: int):
    result = score("phq9", [0] * 8 + [item9])
    assert result.flags == frozenset({"phq9_item9"})
    assert result.band == "minimal"  # the total stays low ...
    assert result.suggest_professional is True  # ... yet the item alone warrants a conversation
    assert "Need help now?" in summary(result)


def test_phq9_item9_at_zero_is_not_flagged_even_when_the_total_is_high():
    result = score("phq9", [3] * 8 + [0])
    assert result.total == 24 and result.band == "severe"
    assert result.flags == frozenset()
    assert "Need help now?" not in summary(result)


def test_item9_flag_is_not_raised_by_another_item():
    assert score("phq9", [0, 0, 0, 0, 0, 0, 0, 3, 0]).flags == frozenset()


def test_item9_above_zero_opens_the_result_before_the_band():
    # Total 3, item 9 = 1: the band alone would say "minimal"; item 9 comes first, calmly.
    result = score("phq9", [1, 1, 0, 0, 0, 0, 0, 0, 1])
    text = describe(result)
    assert text.item9.startswith("Question 9 first:")
    assert "1 “Several days”" in text.item9
    assert "better off dead or of hurting yourself" in text.item9
    ordered = summary(result)
    assert ordered.startswith(text.item9)
    assert ordered.index(text.item9) < ordered.index("Minimal or no depression symptoms")
    assert "“Need help now?”" in text.item9
    report = describe(result, for_report=True)
    assert report.item9.startswith("Question 9 first:")
    assert "Need help now?" not in report.item9  # the report speaks to whoever reads it
    assert describe(score("phq9", [3] * 8 + [0])).item9 == ""


def test_answers_are_shown_with_their_published_values():
    phq9 = find_instrument("phq9")
    assert answer_label(phq9, 0) == "0 “Not at all”"
    assert answer_label(phq9, 3) == "3 “Nearly every day”"
    assert answer_label(find_instrument("who5"), 5) == "5 “All of the time”"
    assert answer_label(find_instrument("ucla3"), 1) == "1 “Hardly ever”"
    text = describe(score("phq9", [1, 1, 2, 0, 1, 0, 1, 0, 0]))
    assert text.answers[0] == "1. Little interest or pleasure in doing things: 1 “Several days”"
    assert text.answers[3] == "4. Feeling tired or having little energy: 0 “Not at all”"
    assert len(text.answers) == 9


def test_the_closing_question_is_asked_not_scored_and_kept():
    phq9 = find_instrument("phq9")
    closing = phq9.closing
    assert closing is not None
    assert closing.text == (
        "If you checked off any problems, how difficult have these problems made it for you to "
        "do your work, take care of things at home, or get along with other people?"
    )
    assert [o.label for o in closing.options] == [
        "Not difficult at all",
        "Somewhat difficult",
        "Very difficult",
        "Extremely difficult",
    ]
    assert find_instrument("gad7").closing == closing  # the GAD-7 form ends the same way
    assert find_instrument("who5").closing is None
    plain = score("phq9", [1] * 9)
    asked = score("phq9", [1] * 9, difficulty=1)
    assert (asked.total, asked.band, asked.flags) == (plain.total, plain.band, plain.flags)
    assert asked.difficulty == 1 and plain.difficulty is None
    assert describe(asked).difficulty == f"{closing.text} “Somewhat difficult”"
    assert describe(plain).difficulty == ""
    with pytest.raises(InvalidInput, match="closing question"):
        score("phq9", [1] * 9, difficulty=4)
    with pytest.raises(InvalidInput, match="closing question"):
        score("who5", [3] * 5, difficulty=0)
    # Only asked when some problem was checked off.
    assert phq9.asks_closing([0] * 8 + [1]) and not phq9.asks_closing([0] * 9)


def test_summary_is_plain_and_never_a_diagnosis():
    text = summary(score("phq9", [2] * 6 + [0] * 3))
    assert "12" in text and "Moderate depression symptoms" in text
    assert "screening result, not a diagnosis" in text
    assert "doctor" in text
    mild = summary(score("gad7", [1] * 7))
    assert "doctor" not in mild and "not a diagnosis" in mild
    who5 = summary(score("who5", [5, 5, 5, 5, 5]))
    assert "25 of 25 (100 of 100)" in who5


# --- invalid answers -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("instrument_id", "answers", "message"),
    [
        ("phq9", [0] * 8, "PHQ-9 needs 9 answers; got 8."),
        ("phq9", [0] * 10, "PHQ-9 needs 9 answers; got 10."),
        ("gad7", [], "GAD-7 needs 7 answers; got 0."),
        ("gad7", None, "GAD-7 needs 7 answers; got none."),
        ("gad7", "0000000", "GAD-7 needs 7 answers; got none."),
        ("gad7", [0, 0, 5, 0, 0, 0, 0], "Answer 3 of GAD-7 must be between 0 and 3; got 5."),
        ("gad7", [0, 0, 0, 0, 0, 0, -1], "Answer 7 of GAD-7 must be between 0 and 3; got -1."),
        ("who5", [6, 0, 0, 0, 0], "Answer 1 of WHO-5 must be between 0 and 5; got 6."),
        ("ucla3", [0, 1, 1], "Answer 1 of UCLA-3 must be between 1 and 3; got 0."),
        ("ucla3", [1, 4, 1], "Answer 2 of UCLA-3 must be between 1 and 3; got 4."),
        ("lsns6", [0, 0, 0, 0, 0, 6], "Answer 6 of LSNS-6 must be between 0 and 5; got 6."),
        ("phq2", [1, None], "Answer 2 of PHQ-2 is missing."),
        ("phq2", [1, 1.0], "Answer 2 of PHQ-2 must be a whole number between 0 and 3; got 1.0."),
        ("phq2", ["1", 1], "Answer 1 of PHQ-2 must be a whole number between 0 and 3; got '1'."),
        ("phq2", [True, 1], "Answer 1 of PHQ-2 must be a whole number between 0 and 3; got True."),
        ("phq2", [1, 2.5], "Answer 2 of PHQ-2 must be a whole number between 0 and 3; got 2.5."),
        ("beck", [1], "There is no questionnaire called 'beck'."),
    ],
)
def test_invalid_answers_raise_a_plain_message(instrument_id, answers, message):
    with pytest.raises(InvalidInput) as caught:
        score(instrument_id, answers)
    assert str(caught.value) == message
    assert isinstance(caught.value, CompanionError)


def test_numpy_integers_are_accepted():
    np = pytest.importorskip("numpy")
    result = score("phq2", [np.int64(2), np.int8(1)])
    assert result.total == 3 and type(result.total) is int


def test_the_shipped_file_is_read_once():
    assessments._shipped.cache_clear()
    instruments()
    instruments()
    assert assessments._shipped.cache_info().hits >= 1
    assert assessments._shipped.cache_info().misses == 1


# --- properties ----------------------------------------------------------------------------------


@st.composite
def valid_answers(draw: st.DrawFn) -> tuple[str, list[int]]:
    iid = draw(st.sampled_from(INSTRUMENT_IDS))
    lo, hi = EXPECTED_ANSWER_RANGE[iid]
    n = EXPECTED_ITEMS[iid]
    return iid, draw(st.lists(st.integers(lo, hi), min_size=n, max_size=n))


@given(valid_answers())
def test_any_valid_answers_give_a_total_in_range_and_a_band_covering_it(case):
    iid, answers = case
    ins = instruments()[iid]
    result = score(iid, answers)
    assert result.total == sum(answers)
    assert ins.min_total <= result.total <= ins.max_total
    band = ins.band(result.band)
    assert band.label == result.band_label
    # The band always comes from the total; a WHO-5 answer of 0 or 1 only adds a note.
    assert band.low <= result.total <= band.high
    assert ("who5_low_item" in result.flags) == (iid == "who5" and min(answers) <= 1)
    text = describe(result)
    assert (text.item9 != "") == ("phq9_item9" in result.flags)
    assert text.not_a_diagnosis == NOT_A_DIAGNOSIS
    ordered = summary(result)
    if text.item9:
        assert ordered.index(text.item9) < ordered.index(result.band_label)
    assert result.suggest_professional is (
        band.suggest_professional or "phq9_item9" in result.flags
    )
    assert ("phq9_item9" in result.flags) == (iid == "phq9" and answers[8] > 0)
    assert (result.percentage is not None) == (iid == "who5")


@given(valid_answers(), st.integers(0, 20), st.integers(-3, 9))
def test_any_single_out_of_range_answer_is_refused(case, position, bad):
    iid, answers = case
    lo, hi = EXPECTED_ANSWER_RANGE[iid]
    if lo <= bad <= hi:
        bad = hi + 1
    answers[position % len(answers)] = bad
    with pytest.raises(InvalidInput, match=f"must be between {lo} and {hi}; got {bad}"):
        score(iid, answers)
