"""The mood chart's "All" span: years of entries drawn as weekly means and a 30-day average."""

from __future__ import annotations

from datetime import timedelta

from companion.services.mood import MoodInput
from tests.ui import mood_support
from tests.ui.mood_support import START
from ui.mood.chart import LONG_SPAN_DAYS, MoodChart

companion = mood_support.companion
clock = mood_support.clock
mood_template = mood_support.mood_template


def test_all_span_draws_weekly_points_for_years_of_entries(qtbot, companion):
    for days_ago in range(0, 3 * 365, 3):
        companion.mood.log(MoodInput(level=1 + days_ago % 5, when=START - timedelta(days=days_ago)))
    chart = MoodChart(companion)
    qtbot.addWidget(chart)
    chart.show()
    qtbot.waitExposed(chart)
    chart.set_span("all")
    assert len(chart.days) > LONG_SPAN_DAYS
    xs, ys = chart.means_item.getData()
    # One point per week that has an entry: about 52 a year, not one per day.
    assert 150 <= len(xs) <= 160
    assert all(1 <= y <= 5 for y in ys)
    rx, _ry = chart.rolling_item.getData()
    assert len(rx) == len(chart.days)
    assert "Days with a mood noted" in chart.summary.text()
    chart.set_span("month")
    xs, _ys = chart.means_item.getData()
    assert len(xs) == 10  # every third day over 30 days
