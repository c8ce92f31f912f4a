"""Insight cards: honest comparisons over plain data.

The numbers are held against a reference computed a second way: a plain Python loop over the
same resampled weeks, scipy's bootstrap over weeks, Welch's t interval from scipy where days are
independent, and statsmodels' Holm adjustment.
"""

from __future__ import annotations

import statistics
from datetime import date, timedelta

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from companion.domain import insights
from companion.domain.i18n import in_sentence
from companion.domain.insights import (
    ALPHA,
    BOOTSTRAP_RESAMPLES,
    BOOTSTRAP_SEED,
    MIN_DAYS_PER_GROUP,
    compare,
    holm,
    percentile_interval,
    week_block_differences,
    week_of,
)

scipy_stats = pytest.importorskip("scipy.stats")
multitest = pytest.importorskip("statsmodels.stats.multitest")

D0 = date(2026, 1, 1)
MONDAY = date(2026, 1, 5)
CHANNELS = {k: k.title() for k in ("in_person", "call", "video", "message", "social", "letter")}


def days(n: int, start: date = D0) -> list[date]:
    return [start + timedelta(days=i) for i in range(n)]


def ar1_moods(n: int, phi: float, rng: np.random.Generator, start: date = MONDAY) -> dict:
    """Daily mood that carries into the next day (an AR(1) around 3)."""
    x = np.zeros(n)
    noise = rng.normal(0, 0.7, n)
    for i in range(1, n):
        x[i] = phi * x[i - 1] + noise[i]
    return {d: float(3 + v) for d, v in zip(days(n, start), x, strict=True)}


def week_clustered_days(ds: list[date], share: float, rng: np.random.Generator) -> set[date]:
    """Days with some kind of contact, more likely in some weeks than others (as in life)."""
    weekly = {w: rng.random() < share for w in sorted({week_of(d) for d in ds})}
    return {d for d in ds if rng.random() < (0.8 if weekly[week_of(d)] else 0.1)}


# --- the interval ----------------------------------------------------------------------------


def plain_week_bootstrap(means: dict, a: set, b: set, level: float) -> tuple[float, float]:
    """The same resampling, written out day by day, with a hand-written linear percentile."""
    used = sorted(d for d in means if d in a or d in b)
    weeks = sorted({week_of(d) for d in used})
    by_week = {w: [d for d in used if week_of(d) == w] for w in weeks}
    draws = np.random.default_rng(BOOTSTRAP_SEED).integers(
        0, len(weeks), size=(BOOTSTRAP_RESAMPLES, len(weeks))
    )
    diffs = []
    for row in draws.tolist():
        picked = [d for i in row for d in by_week[weeks[i]]]
        va = [means[d] for d in picked if d in a]
        vb = [means[d] for d in picked if d in b]
        if va and vb:
            diffs.append(statistics.fmean(va) - statistics.fmean(vb))
    diffs.sort()

    def quantile(q: float) -> float:
        pos = q * (len(diffs) - 1)
        lo = int(pos)
        hi = min(lo + 1, len(diffs) - 1)
        return diffs[lo] + (pos - lo) * (diffs[hi] - diffs[lo])

    tail = (1 - level) / 2
    return quantile(tail), quantile(1 - tail)


def test_the_week_block_interval_matches_a_plain_loop():
    rng = np.random.default_rng(5)
    means = ar1_moods(140, 0.6, rng)
    a = week_clustered_days(sorted(means), 0.4, rng)
    b = set(means) - a
    c = compare(means, a, b, "A", "B")
    assert c.enough and c.level == 0.95 and c.family == 1
    low, high = plain_week_bootstrap(means, a, b, 0.95)
    assert c.ci_low == pytest.approx(low, abs=1e-9)
    assert c.ci_high == pytest.approx(high, abs=1e-9)
    assert c.difference == pytest.approx(
        statistics.fmean(means[d] for d in a) - statistics.fmean(means[d] for d in b)
    )


def test_the_week_block_interval_agrees_with_scipys_bootstrap_over_weeks():
    rng = np.random.default_rng(11)
    means = ar1_moods(182, 0.5, rng)
    a = week_clustered_days(sorted(means), 0.5, rng)
    b = set(means) - a
    weeks = sorted({week_of(d) for d in means})
    # Each week is one observation: (sum on A days, A days, sum on B days, B days).
    per_week = np.array(
        [
            [
                sum(v for d, v in means.items() if week_of(d) == w and d in group)
                for group in (a, a, b, b)
            ]
            for w in weeks
        ]
    )
    per_week[:, 1] = [sum(1 for d in a if week_of(d) == w) for w in weeks]
    per_week[:, 3] = [sum(1 for d in b if week_of(d) == w) for w in weeks]

    def difference(sa, na, sb, nb, axis=-1):
        return sa.sum(axis) / na.sum(axis) - sb.sum(axis) / nb.sum(axis)

    ref = scipy_stats.bootstrap(
        tuple(per_week.T),
        difference,
        paired=True,
        vectorized=True,
        n_resamples=BOOTSTRAP_RESAMPLES,
        method="percentile",
        confidence_level=0.95,
        rng=np.random.default_rng(2),
    )
    c = compare(means, a, b, "A", "B")
    # Different random draws: the ends agree to within the bootstrap's own noise.
    assert c.ci_low == pytest.approx(ref.confidence_interval.low, abs=0.06)
    assert c.ci_high == pytest.approx(ref.confidence_interval.high, abs=0.06)


def test_with_independent_days_the_interval_is_close_to_welchs():
    rng = np.random.default_rng(3)
    ds = days(364, MONDAY)
    means = {d: float(v) for d, v in zip(ds, rng.normal(3, 0.8, len(ds)), strict=True)}
    a = {d for d in ds if rng.random() < 0.35}
    b = set(ds) - a
    c = compare(means, a, b, "A", "B")
    welch = scipy_stats.ttest_ind(
        [means[d] for d in sorted(a)], [means[d] for d in sorted(b)], equal_var=False
    ).confidence_interval(0.95)
    assert (c.ci_low + c.ci_high) / 2 == pytest.approx((welch.low + welch.high) / 2, abs=0.04)
    assert c.ci_high - c.ci_low == pytest.approx(welch.high - welch.low, rel=0.2)


def test_when_days_carry_into_each_other_the_interval_is_wider_than_welchs():
    rng = np.random.default_rng(8)
    means = ar1_moods(364, 0.8, rng)
    a = week_clustered_days(sorted(means), 0.4, rng)
    b = set(means) - a
    c = compare(means, a, b, "A", "B")
    welch = scipy_stats.ttest_ind(
        [means[d] for d in sorted(a)], [means[d] for d in sorted(b)], equal_var=False
    ).confidence_interval(0.95)
    # Welch treats 364 days as 364 independent draws; they are closer to 52 weeks.
    assert c.ci_high - c.ci_low > 1.5 * (welch.high - welch.low)


def test_the_same_days_always_give_the_same_numbers():
    rng = np.random.default_rng(4)
    means = ar1_moods(120, 0.5, rng)
    a = set(sorted(means)[::3])
    shuffled = dict(reversed(list(means.items())))
    first = compare(means, a, set(means) - a, "A", "B")
    assert compare(shuffled, a, set(means) - a, "A", "B") == first


def test_a_week_without_one_group_is_still_resampled_and_nothing_divides_by_zero():
    means = {d: 3.0 + (d.day % 3) * 0.5 for d in days(28, MONDAY)}
    a = {d for d in means if d < MONDAY + timedelta(days=7)}
    row = week_block_differences(means, [(a, set(means) - a)])[0]
    assert np.isnan(row).any()  # resamples that missed A's only week
    assert percentile_interval(row, 0.95) is not None


# --- Holm and the kinds of contact --------------------------------------------------------------


@pytest.mark.parametrize("seed", range(5))
def test_holm_matches_statsmodels(seed):
    p = [*np.random.default_rng(seed).uniform(0, 0.2, 6).tolist(), 1.0, 0.0004]
    _reject, expected, _s, _b = multitest.multipletests(p, alpha=ALPHA, method="holm")
    assert holm(p) == pytest.approx(list(expected))


def channel_data(seed: int, effect: dict[str, float], n: int = 364, phi: float = 0.6):
    rng = np.random.default_rng(seed)
    means = ar1_moods(n, phi, rng)
    with_channel = {ch: week_clustered_days(sorted(means), 0.4, rng) for ch in CHANNELS}
    for ch, size in effect.items():
        for d in with_channel[ch]:
            means[d] += size
    by_day = {d: {ch for ch in CHANNELS if d in with_channel[ch]} for d in means}
    return means, by_day


def test_kinds_of_contact_are_corrected_together():
    means, by_day = channel_data(1, {"in_person": 0.6})
    card = insights.channel_card(means, by_day, CHANNELS)
    tested = [c for c in card.comparisons if c.enough]
    m = len(tested)
    assert m == 6
    _r, expected, _s, _b = multitest.multipletests(
        [c.p_value for c in tested], alpha=ALPHA, method="holm"
    )
    assert [c.p_adjusted for c in tested] == pytest.approx(list(expected))
    with_kind = {k: {d for d, ch in by_day.items() if k in ch} for k in CHANNELS}
    rows = week_block_differences(means, [(a, set(means) - a) for a in with_kind.values()])
    for c, row in zip(tested, rows, strict=True):
        assert c.family == m and c.level == pytest.approx(1 - ALPHA / m)
        assert (c.ci_low, c.ci_high) == pytest.approx(percentile_interval(row, 1 - ALPHA / m))
    assert card.headline is not None
    best = card.comparisons[card.headline]
    assert best.label_a == "In_Person" and best.clear
    assert card.sentence.startswith("On days with in_Person, your mood tended to be ")
    assert card.sentence.endswith("higher than on days without.")


def test_no_headline_when_only_the_uncorrected_interval_leaves_out_zero():
    # A modest effect on one kind: clear on its own, not once six kinds are compared together.
    means, by_day = channel_data(13, {"call": 0.12})
    alone = compare(
        means,
        {d for d, ch in by_day.items() if "call" in ch},
        {d for d, ch in by_day.items() if "call" not in ch},
        "Call",
        "Without",
    )
    assert alone.clear, "the uncorrected 95% interval leaves out zero"
    card = insights.channel_card(means, by_day, CHANNELS)
    call = next(c for c in card.comparisons if c.label_a == "Call")
    assert call.ci_low < 0 < call.ci_high or call.p_adjusted >= ALPHA
    assert card.headline is None
    assert card.sentence.startswith("So far no kind of contact stands out")


@settings(max_examples=25, deadline=None)
@given(
    seed=st.integers(0, 10_000),
    effect=st.floats(-1.0, 1.0),
    phi=st.floats(0.0, 0.9),
    n=st.integers(20, 200),
)
def test_a_headline_always_has_a_corrected_interval_that_leaves_out_zero(seed, effect, phi, n):
    means, by_day = channel_data(seed, {"message": effect}, n=n, phi=phi)
    card = insights.channel_card(means, by_day, CHANNELS)
    if card.headline is None:
        assert not any(c.clear for c in card.comparisons)
        return
    best = card.comparisons[card.headline]
    assert best.p_adjusted < ALPHA
    assert best.ci_low > 0 or best.ci_high < 0
    assert best.level == pytest.approx(1 - ALPHA / best.family)
    assert in_sentence(best.label_a) in card.sentence


def test_with_no_real_differences_a_headline_is_rare():
    """Six kinds, days that carry into each other, no real effect: picking the best of six with
    independent-day intervals would find "something" far more often than 5% of the time."""
    shown = 0
    runs = 40
    for seed in range(runs):
        means, by_day = channel_data(100 + seed, {}, n=182, phi=0.6)
        shown += insights.channel_card(means, by_day, CHANNELS).headline is not None
    assert shown / runs <= 0.1


# --- the cards ---------------------------------------------------------------------------------


def test_compare_not_enough_days_says_how_many_more():
    ds = days(14, MONDAY)
    means = {d: 3.0 for d in ds}
    c = compare(means, set(ds[:5]), set(ds[5:]), "A", "B")
    assert not c.enough and c.ci_low is None
    assert c.more_days_needed == MIN_DAYS_PER_GROUP - 5


def test_days_in_too_few_weeks_are_not_enough():
    ds = days(28, MONDAY)
    means = {d: 3.0 + (i % 2) for i, d in enumerate(ds)}
    c = compare(means, set(ds[:8]), set(ds[8:]), "A", "B")  # A's days fall in two weeks
    assert c.n_a == 8 and c.weeks_a == 2
    assert not c.enough and c.more_days_needed == 0 and c.more_weeks_needed == 1
    assert insights.needs_sentence(c, "these days", "those") == (
        "Needs mood entries spread over 1 more week to compare these days with those."
    )


def test_in_person_card_ready_and_worded_plainly():
    ds = days(30)
    in_person = set(ds[::2])
    means = {d: (4.0 if d in in_person else 3.0) + (0.5 if d.day % 3 == 0 else 0) for d in ds}
    card = insights.in_person_card(means, {d: {"in_person"} for d in in_person})
    assert card.ready and card.days == 30
    assert card.sentence == (
        "On days you saw someone in person, your mood tended to be quite a bit higher than on "
        "other days."
    )
    assert "not what causes" in card.note


def test_in_person_card_waits_for_enough_days():
    ds = days(10)
    card = insights.in_person_card({d: 3.0 for d in ds}, {d: {"in_person"} for d in ds[:3]})
    assert not card.ready
    assert card.more_days_needed == 4
    assert "Needs 4 more days" in card.sentence


def test_no_clear_difference_when_interval_crosses_zero():
    ds = days(30)
    means = {d: 3.0 + (1 if i % 2 else -1) for i, d in enumerate(ds)}
    card = insights.in_person_card(means, {d: {"in_person"} for d in ds[::3]})
    assert card.ready and "no clear difference" in card.sentence


def test_screen_card_splits_at_median():
    ds = days(28)
    minutes = {d: float(i * 10) for i, d in enumerate(ds)}
    means = {d: 4.0 if minutes[d] <= 130 else 2.5 for d in ds}
    means[ds[0]] = 3.9
    means[ds[-1]] = 2.6
    card = insights.screen_card(means, minutes)
    c = card.comparisons[0]
    assert (c.n_a, c.n_b) == (14, 14)
    assert c.difference < 0 and "lower" in card.sentence


def test_feeling_card_uses_same_and_next_day():
    ds = days(42)
    feelings = {d: [5] for d in ds[:20:2]} | {d: [1] for d in ds[22:42:2]}
    means = dict.fromkeys(ds, 3.0)
    for d in ds[:21]:
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
        {"Loneliness (UCLA-3)": [(today - timedelta(days=10), 6)]},
        [today, today - timedelta(days=1)],
        today,
    )
    assert card.ready
    assert sum(v for _d, v in card.series["Days with contact per week"]) == 2
    assert insights.loneliness_card({}, [], today).ready is False
    # The two check-ins point opposite ways, and each says which.
    assert "lonelier" in insights.SCORE_SCALES["Loneliness (UCLA-3)"][2]
    assert "more connected" in insights.SCORE_SCALES["Social network (LSNS-6)"][2]
