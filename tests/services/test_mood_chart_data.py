"""The mood chart's data over long spans: `daily` read in one pass over the table (spans past
FULL_SCAN_DAYS) or through the day index agrees with the entries themselves, worked out here."""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from companion.services.mood import FULL_SCAN_DAYS, ROLLING_DAYS, MoodFilter, MoodInput

BERLIN = ZoneInfo("Europe/Berlin")
TODAY = date(2026, 11, 21)


def _log_three_years(companion) -> None:
    """About 250 entries over three years: gaps of days and weeks, and days with several."""
    rng = random.Random(7)
    day = TODAY - timedelta(days=3 * 365)
    while day <= TODAY:
        for hour in sorted(rng.sample(range(7, 22), rng.choice((1, 1, 1, 2, 3)))):
            when = datetime(day.year, day.month, day.day, hour, tzinfo=BERLIN)
            if when <= companion.clock.now():
                companion.mood.log(MoodInput(level=rng.randint(1, 5), tags=["walk"], when=when))
        day += timedelta(days=rng.choice((1, 2, 3, 5, 9, 20)))


def _expected(companion, start: date, end: date) -> list[tuple[date, float | None, int, float]]:
    levels: dict[date, list[int]] = {}
    for view in companion.mood.entries():
        levels.setdefault(view.local_day, []).append(view.level)
    means = {d: sum(v) / len(v) for d, v in levels.items()}
    out = []
    day = start
    while day <= end:
        window = [means[d] for k in range(ROLLING_DAYS) if (d := day - timedelta(days=k)) in means]
        out.append(
            (
                day,
                means.get(day),
                len(levels.get(day, ())),
                sum(window) / len(window) if window else float("nan"),
            )
        )
        day += timedelta(days=1)
    return out


def _as_tuples(days) -> list[tuple[date, float | None, int, float]]:
    return [
        (d.day, d.mean, d.count, d.rolling_mean if d.rolling_mean is not None else float("nan"))
        for d in days
    ]


@pytest.mark.parametrize(
    ("start", "end"),
    [
        # Long: one pass over the whole table, with entries before and after the span to skip.
        (TODAY - timedelta(days=2 * 365), TODAY - timedelta(days=40)),
        (TODAY - timedelta(days=FULL_SCAN_DAYS + 30), TODAY),
        # Short: through the day index.
        (TODAY - timedelta(days=29), TODAY),
        (TODAY - timedelta(days=400), TODAY - timedelta(days=300)),
    ],
)
def test_daily_agrees_with_the_entries(companion, start, end) -> None:
    _log_three_years(companion)
    days = companion.mood.daily(start, end)
    expected = _expected(companion, start, end)
    assert len(days) == (end - start).days + 1
    assert sum(1 for d in days if d.mean is not None) >= 3
    got = _as_tuples(days)
    assert [g[:3] for g in got] == [e[:3] for e in expected]
    assert [g[3] for g in got] == pytest.approx([e[3] for e in expected], nan_ok=True)


def test_a_filter_matching_everything_gives_the_same_long_chart(companion) -> None:
    _log_three_years(companion)
    start = TODAY - timedelta(days=3 * 365)
    plain = companion.mood.daily(start, TODAY)
    filtered = companion.mood.daily(start, TODAY, filter=MoodFilter(tag="Walk"))
    assert [(d.day, d.mean, d.count) for d in filtered] == [(d.day, d.mean, d.count) for d in plain]
    assert [d.rolling_mean for d in filtered] == [d.rolling_mean for d in plain]
    assert sum(d.count for d in plain) > sum(1 for d in plain if d.mean is not None)  # doubles


def test_a_long_span_before_any_entry_is_empty(companion) -> None:
    companion.mood.log(MoodInput(level=4))
    days = companion.mood.daily(TODAY - timedelta(days=5 * 365), TODAY - timedelta(days=1))
    assert len(days) == 5 * 365
    assert all(d.mean is None and d.count == 0 and d.rolling_mean is None for d in days)
