"""One instrument's results over time, with its published band thresholds drawn as soft shaded
regions and dashed lines. A result whose PHQ-9 question 9 was above zero is marked, in the chart
by its own shape and in the text by a line that names it first. pyqtgraph is imported when the
chart is first built."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFontMetrics, QPalette
from PySide6.QtWidgets import QVBoxLayout, QWidget

from companion.domain.assessments import answer_label, find_instrument, flagged_items
from companion.domain.official_texts import form_for
from ui.mood.common import short_day
from ui.pages.base import text_label


def _wrapped(label: str, width: int = 26) -> str:
    """A band's name on short lines beside the chart, its note in brackets on a line of its own,
    so a long name doesn't squeeze the plot to a sliver."""
    import textwrap

    head, bracket, rest = label.partition(" (")
    lines = textwrap.wrap(head, width) or [head]
    if bracket:
        lines += textwrap.wrap("(" + rest, width)
    return "\n".join(lines)


class HistoryChart(QWidget):
    def __init__(self, companion, instrument: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.companion = companion
        self.instrument = find_instrument(instrument)
        self.plot = None
        self.points = None
        self.item9_points = None
        self.band_lines = []
        self.band_regions = []
        self.history = []
        self.setAccessibleName(
            self.tr("%1 results over time").replace("%1", self.instrument.short_name)
        )
        self.summary = text_label("", self.tr("Results as text"), selectable=True)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
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

        from ui.date_axis import LocaleDateAxis

        ins = self.instrument
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.Text)
        self.plot = pg.PlotWidget(axisItems={"bottom": LocaleDateAxis(orientation="bottom")})
        self.plot.setAccessibleName(self.accessibleName())
        self.plot.setBackground(palette.color(QPalette.ColorRole.Base))
        # Nothing to operate in the plot itself; the summary beside it carries the numbers.
        self.plot.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.plot.viewport().setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.plot.setMinimumHeight(220)
        self.plot.setMouseEnabled(x=False, y=False)
        item = self.plot.getPlotItem()
        item.setMenuEnabled(False)
        item.hideButtons()
        for axis in ("left", "bottom"):
            item.getAxis(axis).setPen(pg.mkPen(palette.color(QPalette.ColorRole.Mid)))
            item.getAxis(axis).setTextPen(pg.mkPen(text))
        self.plot.setYRange(ins.min_total, ins.max_total, padding=0.05)
        # Alternate faint tints mark the bands; no traffic-light colours, nothing alarming.
        tint = QColor(palette.color(QPalette.ColorRole.Highlight))
        for n, band in enumerate(sorted(ins.bands, key=lambda b: b.low)):
            if n % 2:
                shade = QColor(tint)
                shade.setAlpha(28)
                region = pg.LinearRegionItem(
                    values=(band.low - 0.5, band.high + 0.5),
                    orientation="horizontal",
                    movable=False,
                    brush=pg.mkBrush(shade),
                    pen=pg.mkPen(None),
                )
                region.setZValue(-10)
                self.plot.addItem(region)
                self.band_regions.append(region)
            if band.low > ins.min_total:
                line = pg.InfiniteLine(
                    pos=band.low - 0.5,
                    angle=0,
                    movable=False,
                    pen=pg.mkPen(
                        palette.color(QPalette.ColorRole.Mid), width=1, style=Qt.PenStyle.DashLine
                    ),
                )
                self.plot.addItem(line)
                self.band_lines.append(line)
        # The bands' names on an axis of their own at the right, beside the plot: inside it they
        # sat on the data line ("Moderate" across the points).
        item.showAxis("right")
        right = item.getAxis("right")
        right.setPen(pg.mkPen(palette.color(QPalette.ColorRole.Mid)))
        right.setTextPen(pg.mkPen(text))
        names = [(band, _wrapped(band.label)) for band in ins.bands]
        right.setTicks([[((band.low + band.high) / 2, name) for band, name in names], []])
        metrics = QFontMetrics(self.font())
        widest = max(metrics.horizontalAdvance(line) for _b, n in names for line in n.split("\n"))
        right.setWidth(widest + 16)
        highlight = palette.color(QPalette.ColorRole.Highlight)
        self.points = self.plot.plot(
            [],
            [],
            pen=pg.mkPen(highlight, width=2),
            symbol="o",
            symbolSize=8,
            symbolBrush=pg.mkBrush(highlight),
        )
        # A result with question 9 above zero: a larger hollow diamond around its dot, so it
        # reads by shape, not colour; the text below names it too.
        self.item9_points = self.plot.plot(
            [],
            [],
            pen=None,
            symbol="d",
            symbolSize=16,
            symbolPen=pg.mkPen(text, width=1.5),
            symbolBrush=pg.mkBrush(0, 0, 0, 0),
        )
        self.layout_.insertWidget(0, self.plot)

    def refresh(self) -> None:
        self.history = list(reversed(self.companion.checkins.history(self.instrument.id)))
        this_year = self.companion.clock.now().year
        if self.history:
            lines = [self._line(r, this_year) for r in self.history]
            text = (
                self.tr("Your results, oldest first:")
                + "\n"
                + "\n".join(lines[-12:])
                + "\n"
                + self.tr("Each is a screening result, not a diagnosis.")
            )
        else:
            text = self.tr("No results yet.")
        self.summary.setText(text)
        self.summary.setAccessibleName(text)
        if self.points is None:
            return
        xs = [r.taken_at.timestamp() for r in self.history]
        ys = [r.total for r in self.history]
        self.points.setData(xs, ys)
        marked = [r for r in self.history if flagged_items(r)]
        self.item9_points.setData(
            [r.taken_at.timestamp() for r in marked], [r.total for r in marked]
        )
        if xs:
            pad = 3 * 86400
            self.plot.setXRange(min(xs) - pad, max(xs) + pad, padding=0)

    def _line(self, r, this_year: int) -> str:
        day = short_day(r.taken_at.date(), this_year)
        lead = "".join(
            self.tr("question %1 answered %2; ")
            .replace("%1", str(item))
            .replace("%2", answer_label(form_for(r.instrument, r.language), value))
            for item, _text, value in flagged_items(r)
        )
        return f"{day}: {lead}{r.total} “{r.band_label}”"
