"""The mood line chart: each day's mean as dots and the 7-day rolling mean as a soft line.

pyqtgraph is imported the first time the chart is shown, never at start-up.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from ui.mood.common import LEVEL_COLOURS, level_colour, nearest_label
from ui.pages.base import text_label

SPANS = {"week": 7, "month": 30, "year": 365, "all": None}
# Past this many days a dot per day is unreadable and slow to draw: weekly means and a
# 30-day average tell the story instead.
LONG_SPAN_DAYS = 400


def day_stamp(day: date) -> float:
    # Noon local time: the dot sits in the middle of its day on the date axis.
    return datetime(day.year, day.month, day.day, 12).timestamp()


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
                else self.tr("Show the last %1").replace("%1", label.lower())
            )
            button.clicked.connect(lambda _=False, k=key: self.set_span(k))
            self.span_group.addButton(button)
            self.span_buttons[key] = button
            spans.addWidget(button)
        spans.addStretch(1)
        self.summary = text_label("", self.tr("Chart summary"), selectable=True)

        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.addLayout(spans)
        self.placeholder = QWidget()
        self.placeholder.setMinimumHeight(240)
        self.layout_.addWidget(self.placeholder, 1)
        self.layout_.addWidget(self.summary)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.plot is None:
            self.ensure_built()
            self.refresh()

    def ensure_built(self) -> None:
        if self.plot is not None:
            return
        import pyqtgraph as pg

        palette = self.palette()
        text = palette.color(QPalette.ColorRole.Text)
        axis_pen = pg.mkPen(palette.color(QPalette.ColorRole.Mid))
        date_axis = pg.DateAxisItem(orientation="bottom")
        self.plot = pg.PlotWidget(axisItems={"bottom": date_axis})
        self.plot.setAccessibleName(self.tr("Mood chart"))
        self.plot.setBackground(palette.color(QPalette.ColorRole.Base))
        # Nothing to operate in the plot itself; the summary beside it carries the numbers.
        self.plot.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.plot.viewport().setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.plot.setMinimumHeight(220)
        self.plot.setMaximumHeight(300)
        item = self.plot.getPlotItem()
        item.setMenuEnabled(False)
        item.hideButtons()
        item.showGrid(x=False, y=True, alpha=0.15)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.setYRange(0.8, 5.2, padding=0)
        labels = self.companion.mood.labels()
        left = item.getAxis("left")
        left.setTicks([[(lv, f"{lv} {labels[lv - 1]}") for lv in range(1, 6)]])
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
        today = self.companion.clock.now().date()
        start = self._start(today)
        self.days = self.companion.mood.daily(start, today, filter=self.filter)
        self._describe()
        if self.plot is None:
            return
        if len(self.days) > LONG_SPAN_DAYS:
            self._draw_long()
        else:
            self._draw_days()
        self.plot.setXRange(day_stamp(start) - 43200, day_stamp(today) + 43200, padding=0.02)

    def _draw_days(self) -> None:
        xs = [day_stamp(d.day) for d in self.days if d.mean is not None]
        ys = [d.mean for d in self.days if d.mean is not None]
        # Each dot in its level's colour, the rolling line in the accent colour.
        self.means_item.setData(
            xs,
            ys,
            pen=None,
            symbol="o",
            symbolBrush=[level_colour(y) for y in ys],
            symbolPen=[level_colour(y) for y in ys],
        )
        # NaN breaks the rolling line where a whole week has no entries.
        self.rolling_item.setData(
            [day_stamp(d.day) for d in self.days],
            [d.rolling_mean if d.rolling_mean is not None else float("nan") for d in self.days],
        )

    def _draw_long(self) -> None:
        import pyqtgraph as pg

        weeks: dict[date, list[float]] = {}
        for d in self.days:
            if d.mean is not None:
                weeks.setdefault(d.day - timedelta(days=d.day.weekday()), []).append(d.mean)
        xs = [day_stamp(monday + timedelta(days=3)) for monday in weeks]
        ys = [sum(v) / len(v) for v in weeks.values()]
        self.means_item.setData(
            xs, ys, pen=pg.mkPen(LEVEL_COLOURS[2], width=1), symbol=None, connect="finite"
        )
        # A 30-day average of the day means, as one smooth line.
        means = [d.mean for d in self.days]
        smooth_x, smooth_y = [], []
        window: list[float] = []
        for i, d in enumerate(self.days):
            if means[i] is not None:
                window.append(means[i])
            if i >= 30 and means[i - 30] is not None:
                window.pop(0)
            smooth_x.append(day_stamp(d.day))
            smooth_y.append(sum(window) / len(window) if window else float("nan"))
        self.rolling_item.setData(smooth_x, smooth_y)

    def _describe(self) -> None:
        means = [d.mean for d in self.days if d.mean is not None]
        if not means:
            text = self.tr(
                "Nothing logged in this stretch yet. Once you note a few moods, they'll show here."
            )
        else:
            average = sum(means) / len(means)
            text = (
                self.tr("%1 days with a mood noted; on average about “%2” (%3 of 5).")
                .replace("%1", str(len(means)))
                .replace("%2", nearest_label(self.companion.mood.labels(), average))
                .replace("%3", f"{average:.1f}")
            )
        self.summary.setText(text)
        self.summary.setAccessibleName(text)
        self.setAccessibleDescription(text)
