"""A week of screen time as stacked bars, one colour per category; pyqtgraph loads on first show."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ui.screen.common import category_colour, minutes_text, short_day
from ui.theme import mark_edge


def stacks(days, keys: list[str]) -> list[tuple[str, list[float], list[float]]]:
    """For each category in `keys`: (key, bottoms, heights) over the days, stacked in key order."""
    bottoms = [0.0] * len(days)
    out = []
    for key in keys:
        heights = [float(d.minutes.get(key, 0.0)) for d in days]
        if any(heights):
            out.append((key, list(bottoms), heights))
            bottoms = [b + h for b, h in zip(bottoms, heights, strict=True)]
    return out


class WeekChart(QWidget):
    """`show_week(days)` with DayScreenTime values; `bars` maps category key to its BarGraphItem."""

    def __init__(self, companion, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.companion = companion
        self.plot = None
        self.bars: dict[str, object] = {}
        self.days = []
        self.totals: list[float] = []
        self.setAccessibleName(self.tr("Screen time this week by category"))
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.placeholder = QWidget()
        self.placeholder.setMinimumHeight(220)
        self.layout_.addWidget(self.placeholder)
        self.legend = QLabel()
        self.legend.setWordWrap(True)
        self.legend.setAccessibleName(self.tr("Colours of the categories"))
        self.layout_.addWidget(self.legend)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.plot is None:
            self.ensure_built()
            self.draw()

    def ensure_built(self) -> None:
        if self.plot is not None:
            return
        import pyqtgraph as pg

        palette = self.palette()
        self.plot = pg.PlotWidget()
        self.plot.setAccessibleName(self.tr("Stacked bars of screen time per day"))
        self.plot.setBackground(palette.color(QPalette.ColorRole.Base))
        self.plot.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.plot.viewport().setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.plot.setMinimumHeight(220)
        self.plot.setMaximumHeight(300)
        self.plot.setMouseEnabled(x=False, y=False)
        item = self.plot.getPlotItem()
        item.setMenuEnabled(False)
        item.hideButtons()
        item.showGrid(x=False, y=True, alpha=0.15)
        axis_pen = pg.mkPen(palette.color(QPalette.ColorRole.Mid))
        text_pen = pg.mkPen(palette.color(QPalette.ColorRole.Text))
        for axis in ("left", "bottom"):
            item.getAxis(axis).setPen(axis_pen)
            item.getAxis(axis).setTextPen(text_pen)
        item.getAxis("left").setLabel(self.tr("hours"))
        self.layout_.replaceWidget(self.placeholder, self.plot)
        self.placeholder.deleteLater()
        self.placeholder = None

    def show_week(self, days) -> None:
        self.days = list(days)
        self.totals = [d.total for d in self.days]
        self.draw()

    def draw(self) -> None:
        if self.plot is None:
            return
        import pyqtgraph as pg

        item = self.plot.getPlotItem()
        for bar in self.bars.values():
            item.removeItem(bar)
        self.bars = {}
        legend: list[str] = []
        order = [c.key for c in self.companion.screen.categories()]
        seen = {k for d in self.days for k in d.minutes}
        keys = [k for k in order if k in seen] + sorted(seen - set(order))
        xs = list(range(len(self.days)))
        for key, bottoms, heights in stacks(self.days, keys):
            colour = category_colour(order.index(key) if key in order else len(order))
            # Hours on the axis read more easily than hundreds of minutes.
            bar = pg.BarGraphItem(
                x=xs,
                y0=[b / 60 for b in bottoms],
                height=[h / 60 for h in heights],
                width=0.6,
                brush=pg.mkBrush(colour),
                # An edge in the bar's hue, 3:1 against the chart, around a soft fill.
                pen=pg.mkPen(
                    mark_edge(colour, self.palette().color(QPalette.ColorRole.Base)), width=1.5
                ),
            )
            item.addItem(bar)
            self.bars[key] = bar
            legend.append(
                f'<span style="color:{colour}">&#9632;</span>&nbsp;'
                f"{html.escape(self.companion.screen.label(key))}"
            )
        self.legend.setText(" &nbsp; ".join(legend))
        ticks = [(i, short_day(d.day).rsplit(" ", 1)[0]) for i, d in enumerate(self.days)]
        item.getAxis("bottom").setTicks([ticks])
        top = max(self.totals, default=0) / 60
        self.plot.setXRange(-0.6, len(self.days) - 0.4, padding=0)
        self.plot.setYRange(0, max(1.0, top * 1.15), padding=0)
        description = ", ".join(
            f"{d.day:%a}: {minutes_text(t)}"
            for d, t in zip(self.days, self.totals, strict=True)
            if t
        )
        self.setAccessibleDescription(description)

    def stacked_tops(self) -> list[float]:
        """Minutes at the top of each day's stack, read back from the drawn bars."""
        tops = [0.0] * len(self.days)
        for bar in self.bars.values():
            y0, heights = bar.opts["y0"], bar.opts["height"]
            for i, (b, h) in enumerate(zip(y0, heights, strict=True)):
                if h:
                    tops[i] = max(tops[i], (b + h) * 60)
        return tops
