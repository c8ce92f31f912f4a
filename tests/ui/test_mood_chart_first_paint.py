"""The mood chart's first paint: the level names fit the axis from the start, the Mood page reads
the days once when first shown, and long spans draw weekly means and a 30-day average worked
out here by hand."""

from __future__ import annotations

from datetime import date, timedelta

import numpy as np
import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QApplication

from companion.services.mood import MoodInput
from tests.ui import mood_support
from tests.ui.mood_support import START
from ui.context import AppContext
from ui.mood.chart import MoodChart, day_stamp, day_stamps
from ui.pages.mood import MoodPage

companion = mood_support.companion
clock = mood_support.clock
mood_template = mood_support.mood_template


def _text_width(chart: MoodChart, text: str) -> float:
    metrics = QFontMetricsF(chart.plot.font())
    return metrics.boundingRect(QRectF(0, 0, 100, 100), Qt.AlignmentFlag.AlignCenter, text).width()


def test_level_names_have_room_before_the_first_paint(qtbot, companion):
    companion.settings.set("mood.labels", ["rough", "low", "okay", "good", "really quite bright"])
    chart = MoodChart(companion)
    qtbot.addWidget(chart)
    chart.resize(900, 420)
    chart.show()
    QApplication.processEvents()  # the first layout and paint
    left = chart.plot.getPlotItem().getAxis("left")
    # Left to itself the axis would still be its default 35 px here, widening after this paint.
    assert left.width() >= _text_width(chart, "5 really quite bright")
    assert left._tickLevels[0][4] == (5, "5 really quite bright")
    # Renamed levels: the next refresh names them and makes room again.
    companion.settings.set("mood.labels", ["awful", "bad", "meh", "good", "great"])
    chart.refresh()
    QApplication.processEvents()
    assert left._tickLevels[0][0] == (1, "1 awful")
    assert _text_width(chart, "5 great") <= left.width() < _text_width(chart, "5 really quite")


def test_the_mood_page_reads_the_chart_once_when_first_shown(qtbot, companion):
    companion.mood.log(MoodInput(level=4))
    page = MoodPage(AppContext(companion))
    qtbot.addWidget(page)
    page.resize(900, 700)
    page.show()  # the chart is shown first, then the page refreshes it in the same turn
    assert page.chart.read_count == 1
    assert [d.mean for d in page.chart.days if d.mean is not None] == [4.0]
    qtbot.waitExposed(page)
    QApplication.processEvents()
    companion.mood.log(MoodInput(level=2))
    page.refresh()  # a later refresh reads again and sees the new entry
    assert page.chart.read_count == 2
    assert [d.mean for d in page.chart.days if d.mean is not None] == [3.0]
    # A different filter or span is always read, even straight after a show.
    page.chart.set_span("week")
    assert page.chart.read_count == 3 and len(page.chart.days) == 7


def test_long_spans_draw_weekly_means_and_a_30_day_average(qtbot, companion):
    today = START.date()
    levels = {}
    for back in range(0, 500):
        if back % 4 == 0 or back % 7 == 3:
            level = 1 + (back * 7) % 5
            companion.mood.log(MoodInput(level=level, when=START - timedelta(days=back)))
            levels[today - timedelta(days=back)] = float(level)
    chart = MoodChart(companion)
    qtbot.addWidget(chart)
    chart.show()
    chart.set_span("all")
    first = min(levels)
    assert chart.days[0].day == first and chart.days[-1].day == today

    # Weekly means, Monday to Sunday, each drawn at its Thursday.
    weeks: dict[date, list[float]] = {}
    for day, level in sorted(levels.items()):
        weeks.setdefault(day - timedelta(days=day.weekday()), []).append(level)
    xs, ys = chart.means_item.getData()
    assert list(xs) == [day_stamp(monday + timedelta(days=3)) for monday in sorted(weeks)]
    assert list(ys) == pytest.approx([sum(v) / len(v) for _, v in sorted(weeks.items())])

    # The 30-day average of the day means over the span, NaN where the window holds none.
    expected = []
    for day in (d.day for d in chart.days):
        window = [
            levels[day - timedelta(days=k)] for k in range(30) if day - timedelta(days=k) in levels
        ]
        expected.append(sum(window) / len(window) if window else np.nan)
    rx, ry = chart.rolling_item.getData()
    assert list(rx) == [day_stamp(d.day) for d in chart.days]
    assert list(ry) == pytest.approx(expected, nan_ok=True)


def test_day_stamps_match_day_stamp_one_day_at_a_time():
    first = date(2015, 3, 20)  # spans clock changes in zones that have them
    stamps = day_stamps(first, 800)
    assert list(stamps) == [day_stamp(first + timedelta(days=i)) for i in range(800)]
    assert len(day_stamps(first, 0)) == 0
    assert list(day_stamps(first, 1)) == [day_stamp(first)]
