"""The mood line chart: each day's mean as dots and the 7-day rolling mean as a soft line.

pyqtgraph is imported the first time the chart is shown, never at start-up.
"""

from __future__ import annotations

import math
from datetime import date, datetime, timedelta

import numpy as np
from PySide6.QtCore import QRectF, Qt, QTimer
from PySide6.QtGui import QFontMetricsF, QPalette
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from companion.domain.i18n import in_sentence
from ui.mood.common import LEVEL_COLOURS, level_colour, nearest_label
from ui.numbers import decimal
from ui.pages.base import text_label
from ui.theme import mark_edge

SPANS = {"week": 7, "month": 30, "year": 365, "all": None}
# Past this many days a dot per day is unreadable and slow to draw: weekly means and a
# 30-day average tell the story instead.
LONG_SPAN_DAYS = 400


# A 30-day average of the day means draws long spans as one smooth line.
SMOOTH_DAYS = 30


def day_stamp(day: date) -> float:
    # Noon local time: the dot sits in the middle of its day on the date axis.
    return datetime(day.year, day.month, day.day, 12).timestamp()


def day_stamps(first: date, count: int) -> np.ndarray:
    """`day_stamp` of `count` consecutive days from `first`, as an array.

    Worked out exactly once a week and filled in between, a day's 86,400 s at a time, unless the
    clocks changed that week (the week is then not 7 x 86,400 s long): ten years is about 520
    conversions, not 3,650.
    """
    out = np.empty(count)
    if count == 0:
        return out
    probes = list(range(0, count, 7))
    if probes[-1] != count - 1:
        probes.append(count - 1)
    exact = [day_stamp(first + timedelta(days=i)) for i in probes]
    for a, b, sa, sb in zip(probes, probes[1:], exact, exact[1:], strict=False):
        if sb - sa == (b - a) * 86400:
            out[a:b] = sa + 86400.0 * np.arange(b - a)
        else:
            out[a:b] = [day_stamp(first + timedelta(days=i)) for i in range(a, b)]
    out[probes[-1]] = exact[-1]
    return out


class MoodChart(QWidget):
    """Week, month and year views ending today; `set_filter` narrows to tag/emotion/person."""

    def __init__(self, companion, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.companion = companion
        self.span = "month"
        self.filter = None
        self.plot = None
        self.means_item = None
        self.rolling_item = None
        self.days = []
        self.read_count = 0  # reads of the day means, as pages count their refreshes
        # What the days on show were read for (today, start, filter) while a first show is being
        # handled; None once the event loop has moved on.
        self._shown_read: tuple | None = None
        self._read_for: tuple | None = None
        self.setAccessibleName(self.tr("Mood over time"))

        self.span_group = QButtonGroup(self)
        self.span_buttons: dict[str, QPushButton] = {}
        spans = QHBoxLayout()
        spans.setSpacing(6)
        for key, label in (
            ("week", self.tr("Week")),
            ("month", self.tr("Month")),
            ("year", self.tr("Year")),
            ("all", self.tr("All")),
        ):
            button = QPushButton(label)
            button.setCheckable(True)
            button.setChecked(key == self.span)
            button.setStyleSheet(
                "QPushButton:checked { background: palette(highlight);"
                " color: palette(highlighted-text); border: 1px solid palette(highlight);"
                " border-radius: 4px; padding: 3px 10px; }"
            )
            button.setAccessibleName(
                self.tr("Show everything")
                if key == "all"
                else self.tr("Show the last %1").replace("%1", in_sentence(label))
            )
            button.clicked.connect(lambda _=False, k=key: self.set_span(k))
            self.span_group.addButton(button)
            self.span_buttons[key] = button
            spans.addWidget(button)
        spans.addStretch(1)
        self.summary = text_label("", self.tr("Chart summary"), selectable=True)
        self.key = text_label(self._key_text(), self.tr("Chart legend"))
        self.key.setTextFormat(Qt.TextFormat.RichText)

        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.addLayout(spans)
        self.placeholder = QWidget()
        self.placeholder.setMinimumHeight(240)
        self.layout_.addWidget(self.placeholder, 1)
        self.layout_.addWidget(self.key)
        self.layout_.addWidget(self.summary)

    def _key_text(self, *, long: bool = False) -> str:
        """What the marks and the line mean, in the chart's own colours."""
        line = self.palette().color(QPalette.ColorRole.Highlight).name()
        if long:
            weekly = mark_edge(LEVEL_COLOURS[2], self._base()).name()
            first = f"<span style='color:{weekly}'><b>━━</b></span>&nbsp;" + self.tr(
                "each week's average mood"
            )
            second = self.tr("the average of the last 30 days")
        else:
            dots = "".join(f'<span style="color:{c}">●</span>' for c in LEVEL_COLOURS)
            first = f"{dots}&nbsp;" + self.tr("one dot per day: its average mood, coloured by mood")
            second = self.tr("the average of the last 7 days")
        return (
            f"{first}&nbsp;&nbsp;&nbsp; <span style='color:{line}'><b>━━</b></span>&nbsp;{second}"
        )

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.plot is None:
            self.ensure_built()
            self.refresh()
            # Qt shows a page's children before the page, and the page then refreshes them in
            # this same turn of the event loop: that refresh would read and draw the same days.
            self._shown_read = self._read_for
            QTimer.singleShot(0, self._forget_shown_read)

    def _forget_shown_read(self) -> None:
        self._shown_read = None

    def ensure_built(self) -> None:
        if self.plot is not None:
            return
        import pyqtgraph as pg

        from ui.date_axis import LocaleDateAxis

        palette = self.palette()
        text = palette.color(QPalette.ColorRole.Text)
        axis_pen = pg.mkPen(palette.color(QPalette.ColorRole.Mid))
        date_axis = LocaleDateAxis(orientation="bottom")
        # No menus: the plot is not operated (and the view box's menu is costly to build).
        self.plot = pg.PlotWidget(axisItems={"bottom": date_axis}, enableMenu=False)
        self.plot.setAccessibleName(self.tr("Mood chart"))
        self.plot.setBackground(palette.color(QPalette.ColorRole.Base))
        # Nothing to operate in the plot itself; the summary beside it carries the numbers.
        self.plot.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.plot.viewport().setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.plot.setMinimumHeight(220)
        self.plot.setMaximumHeight(300)
        item = self.plot.getPlotItem()
        item.hideButtons()
        item.showGrid(x=False, y=True, alpha=0.15)
        self.plot.setMouseEnabled(x=False, y=False)
        # Both ranges are set from the span: no bounds scans over the data after each change.
        item.disableAutoRange()
        self.plot.setYRange(0.8, 5.2, padding=0)
        for axis in ("left", "bottom"):
            item.getAxis(axis).setPen(axis_pen)
            item.getAxis(axis).setTextPen(pg.mkPen(text))
        self.means_item = self.plot.plot(
            [],
            [],
            pen=None,
            symbol="o",
            symbolSize=7,
            symbolBrush=pg.mkBrush(LEVEL_COLOURS[2]),
            symbolPen=pg.mkPen(LEVEL_COLOURS[2]),
            name=self.tr("Day average"),
        )
        rolling = palette.color(QPalette.ColorRole.Highlight)
        self.rolling_item = self.plot.plot(
            [],
            [],
            pen=pg.mkPen(rolling, width=2.5),
            connect="finite",
            name=self.tr("7-day average"),
        )
        self.layout_.replaceWidget(self.placeholder, self.plot)
        self.placeholder.deleteLater()
        self.placeholder = None

    def set_span(self, span: str) -> None:
        self.span = span
        self.span_buttons[span].setChecked(True)
        self.refresh()

    def set_filter(self, mood_filter) -> None:
        self.filter = mood_filter
        self.refresh()

    def _start(self, today: date) -> date:
        days = SPANS[self.span]
        if days is None:
            first = self.companion.mood.first_day()
            return min(first, today) if first else today - timedelta(days=29)
        return today - timedelta(days=days - 1)

    def refresh(self) -> None:
        today = self.companion.today()
        start = self._start(today)
        read_for = (today, start, self.filter)
        if read_for == self._shown_read:
            return
        self._shown_read = None
        self._read_for = read_for
        self.read_count += 1
        self.days = self.companion.mood.daily(start, today, filter=self.filter)
        labels = self.companion.mood.labels()  # once: the summary and the axis both name levels
        self._describe(labels)
        if self.plot is None:
            return
        self._name_levels(labels)
        stamps = day_stamps(start, len(self.days))
        if len(self.days) > LONG_SPAN_DAYS:
            self._draw_long(start, stamps)
        else:
            self._draw_days(stamps)
        self.plot.setXRange(stamps[0] - 43200, stamps[-1] + 43200, padding=0.02)

    def _name_levels(self, labels) -> None:
        names = [f"{lv} {labels[lv - 1]}" for lv in range(1, 6)]
        left = self.plot.getPlotItem().getAxis("left")
        left.setTicks([list(enumerate(names, start=1))])
        # Room for the longest name now. Left to itself the axis widens only after painting its
        # text once, so the first paint showed no level names and every one a second layout.
        metrics = QFontMetricsF(left.style["tickFont"] or self.plot.font())
        box = QRectF(0, 0, 100, 100)
        widest = max(
            metrics.boundingRect(box, Qt.AlignmentFlag.AlignCenter, name).width() for name in names
        )
        left.setWidth(math.ceil(widest) + left.style["tickTextOffset"][0])

    def _base(self):
        return self.palette().color(QPalette.ColorRole.Base)

    def _draw_days(self, stamps: np.ndarray) -> None:
        import pyqtgraph as pg

        shown = [i for i, d in enumerate(self.days) if d.mean is not None]
        ys = [self.days[i].mean for i in shown]
        # Each dot in its level's colour, the rolling line in the accent colour.
        colours = [level_colour(y) for y in ys]
        self.means_item.setData(
            stamps[shown],
            ys,
            pen=None,
            symbol="o",
            symbolBrush=colours,
            # An edge in each dot's own hue, 3:1 against the chart: pastel dots stay findable.
            symbolPen=[pg.mkPen(mark_edge(c, self._base()), width=1.5) for c in colours],
        )
        self.key.setText(self._key_text(long=False))
        # NaN breaks the rolling line where a whole week has no entries.
        self.rolling_item.setData(
            stamps,
            [d.rolling_mean if d.rolling_mean is not None else np.nan for d in self.days],
        )

    def _draw_long(self, start: date, stamps: np.ndarray) -> None:
        import pyqtgraph as pg

        count = len(self.days)
        means = np.array([np.nan if d.mean is None else d.mean for d in self.days])
        have = ~np.isnan(means)
        # Weekly means, Monday to Sunday, each at its Thursday; weeks without entries left out.
        lead = start.weekday()
        week = (np.arange(count) + lead) // 7
        weeks = int(week[-1]) + 1
        entries = np.bincount(week[have], minlength=weeks)
        totals = np.bincount(week[have], weights=means[have], minlength=weeks)
        used = entries > 0
        thursdays = day_stamps(start - timedelta(days=lead), weeks * 7)[3::7]
        self.means_item.setData(
            thursdays[used],
            totals[used] / entries[used],
            pen=pg.mkPen(mark_edge(LEVEL_COLOURS[2], self._base()), width=1.5),
            symbol=None,
            connect="finite",
        )
        self.key.setText(self._key_text(long=True))
        # A 30-day average of the day means, as one smooth line (NaN where the window is empty).
        sums = np.concatenate(([0.0], np.cumsum(np.where(have, means, 0.0))))
        ns = np.concatenate(([0], np.cumsum(have)))
        low = np.maximum(np.arange(count) + 1 - SMOOTH_DAYS, 0)
        window = ns[1:] - ns[low]
        with np.errstate(invalid="ignore", divide="ignore"):
            smooth = np.where(window > 0, (sums[1:] - sums[low]) / window, np.nan)
        self.rolling_item.setData(stamps, smooth)

    def _describe(self, labels) -> None:
        means = [d.mean for d in self.days if d.mean is not None]
        if not means:
            text = self.tr(
                "Nothing logged in this stretch yet. Once you note a few moods, they'll show here."
            )
        else:
            average = sum(means) / len(means)
            text = (
                self.tr(
                    "Days with a mood noted: %n; on average about “%1” (%2 of 5).", "", len(means)
                )
                .replace("%1", nearest_label(labels, average))
                .replace("%2", decimal(average))
            )
        self.summary.setText(text)
        self.summary.setAccessibleName(text)
        self.setAccessibleDescription(text)
