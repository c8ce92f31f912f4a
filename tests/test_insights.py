"""Insight cards: honest comparisons over plain data."""

from __future__ import annotations

import math
import statistics
from datetime import date, timedelta

import pytest

from companion import insights
from companion.insights import MIN_DAYS_PER_GROUP, compare, t_critical

D0 = date(2026, 1, 1)


def days(n: int, start: date = D0) -> list[date]:
    return [start + timedelta(days=i) for i in range(n)]


@pytest.mark.parametrize(
    "df, expected",
    [(1, 12.706), (7, 2.365), (7.5, 2.333), (35, 2.030), (100, 1.984), (10_000, 1.960)],
)
def test_t_critical_matches_tables(df, expected):
    assert t_critical(df) == pytest.approx(expected, abs=0.004)


def test_compare_welch_interval_by_hand():
    a = [4, 5, 4, 5, 4, 5, 4]
    b = [2, 3, 3, 2, 3, 2, 3, 2]
    c = compare(a, b, "A", "B")
    va, vb = statistics.variance(a), statistics.variance(b)
    se = math.sqrt(va / 7 + vb / 8)
    df = (va / 7 + vb / 8) ** 2 / ((va / 7) ** 2 / 6 + (vb / 8) ** 2 / 7)
    diff = statistics.fmean(a) - statistics.fmean(b)
    assert c.difference == pytest.approx(diff)
    assert c.ci_low == pytest.approx(diff - t_critical(df) * se)
    assert c.ci_high == pytest.approx(diff + t_critical(df) * se)
    assert c.enough and c.clear and c.days == 15


def test_compare_not_enough_days_says_how_many_more():
    c = compare([3.0] * 5, [4.0] * 9, "A", "B")
    assert not c.enough
    assert c.more_days_needed == MIN_DAYS_PER_GROUP - 5


def test_in_person_card_ready_and_worded_honestly():
    ds = days(20)
    in_person = set(ds[::2])
    means = {d: (4.0 if d in in_person else 3.0) + (0.5 if d.day % 3 == 0 else 0) for d in ds}
    card = insights.in_person_card(means, {d: {"in_person"} for d in in_person})
    assert card.ready and card.days == 20
    assert "higher" in card.sentence and "95% interval" in card.sentence
    assert "not what causes" in card.note


def test_in_person_card_waits_for_enough_days():
    ds = days(10)
    card = insights.in_person_card({d: 3.0 for d in ds}, {d: {"in_person"} for d in ds[:3]})
    assert not card.ready
    assert card.more_days_needed == 4
    assert "needs 4 more days" in card.sentence


def test_about_the_same_when_interval_crosses_zero():
    ds = days(30)
    means = {d: 3.0 + (1 if i % 2 else -1) for i, d in enumerate(ds)}
    card = insights.in_person_card(means, {d: {"in_person"} for d in ds[::3]})
    assert card.ready and "about the same" in card.sentence


def test_screen_card_splits_at_median():
    ds = days(16)
    minutes = {d: float(i * 10) for i, d in enumerate(ds)}
    means = {d: 4.0 if minutes[d] <= 70 else 2.5 for d in ds}
    means[ds[0]] = 3.9
    means[ds[-1]] = 2.6
    card = insights.screen_card(means, minutes)
    c = card.comparisons[0]
    assert (c.n_a, c.n_b) == (8, 8)
    assert c.difference < 0 and "lower" in card.sentence


def test_feeling_card_uses_same_and_next_day():
    ds = days(30)
    feelings = {d: [5] for d in ds[:14:2]} | {d: [1] for d in ds[16:30:2]}
    means = dict.fromkeys(ds, 3.0)
    for d in ds[:15]:
        means[d] = 4.0 + (0.1 if d.day % 2 else 0)
    card = insights.feeling_card(means, feelings)
    c = card.comparisons[0]
    assert c.n_a >= 7 and c.n_b >= 7 and c.difference > 0


def test_boundaries_card_compares_next_day():
    ds = days(30)
    kept = {d: (1.0 if i % 2 == 0 else 0.0) for i, d in enumerate(ds)}
    means = {d: (4.0 if i % 2 == 1 else 3.0) + (i % 3) * 0.1 for i, d in enumerate(ds)}
    card = insights.boundaries_card(means, kept)
    assert card.comparisons[0].difference > 0.5


def test_drift_and_energisers():
    today = date(2026, 11, 21)
    regular = [today - timedelta(days=7 * i) for i in range(60)]
    faded = [today - timedelta(days=100 + 7 * i) for i in range(40)]
    card = insights.drift_card({"Sam": regular, "Alex": faded}, today)
    assert [n for n, _ in card.ranking] == ["Alex"]
    assert "Alex" in card.sentence
    e = insights.energisers_card({"Sam": [5, 4, 5], "Alex": [2, 2, 3], "Kim": [5]})
    assert [n for n, _ in e.ranking] == ["Sam", "Alex"]
    assert "Sam" in e.sentence and "Alex" not in e.sentence


def test_loneliness_card_series():
    today = date(2026, 11, 21)
    card = insights.loneliness_card(
        {"UCLA-3": [(today - timedelta(days=10), 6)]}, [today, today - timedelta(days=1)], today
    )
    assert card.ready
    assert sum(v for _d, v in card.series["Days with contact per week"]) == 2
    assert insights.loneliness_card({}, [], today).ready is False
