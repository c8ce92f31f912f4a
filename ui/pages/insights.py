"""Insights: cards that connect people, mood and screens, each with a small chart and one plain sentence.

A card says how many days stand behind it and that it shows what goes together, not what causes
what; without enough days it says how many more it needs and shows no chart. pyqtgraph is
imported the first time the page is shown.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from companion.insights import MIN_DAYS_PER_GROUP, Comparison, InsightCard
from ui.pages.base import Page, text_label
from ui.theme import muted_colour, set_relative_font

CHART_HEIGHT = 190


def _stamp(day) -> float:
    return datetime(day.year, day.month, day.day, 12).timestamp()


def comparison_facts(c: Comparison) -> str:
    """The numbers behind a comparison in words, so nothing rests on the chart alone."""
    if not c.enough or c.difference is None or c.ci_low is None or c.ci_high is None:
        need = c.more_days_needed
        return (
            f"{c.label_a}: {c.n_a} days; {c.label_b}: {c.n_b} days. Each needs at least "
            f"{MIN_DAYS_PER_GROUP}: {need} more day{'s' if need != 1 else ''} to go."
        )
    return (
        f"{c.label_a}: mood {c.mean_a:.1f} on {c.n_a} days. {c.label_b}: {c.mean_b:.1f} on "
        f"{c.n_b} days. Difference {_signed(c.difference)} (95% interval {_signed(c.ci_low)} "
        f"to {_signed(c.ci_high)})."
    )


def _signed(value: float) -> str:
    text = f"{value:+.1f}"
    return "0.0" if text in ("+0.0", "-0.0") else text


def card_facts(card: InsightCard) -> list[str]:
    if card.comparisons:
        shown = [c for c in card.comparisons if c.enough] or list(card.comparisons[:1])
        lines = [comparison_facts(c) for c in shown]
        if card.ready:
            lines.insert(0, f"Based on {card.days} days of mood entries.")
            if len(card.comparisons) == 1:
                lines.append("The line on the first bar marks the 95% interval of the difference.")
            else:
                lines.append("Each bar is a difference in mood; its line marks the 95% interval.")
        return lines
    if card.id == "drift":
        return [
            f"{name}: {abs(value):g} fewer times in touch than in a usual quarter"
            for name, value in card.ranking
        ]
    if card.ranking:
        return [f"{name}: felt {value:.1f} of 5 on average" for name, value in card.ranking]
    if card.series:
        return [
            f"{name}: {len(points)} point{'s' if len(points) != 1 else ''}, latest "
            f"{points[-1][1]:g}"
            for name, points in card.series.items()
            if points
        ]
    return []


class InsightCardWidget(QFrame):
    """One card: title, sentence, chart (when there's enough), the numbers, and the honest note."""

    def __init__(self, card: InsightCard, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.card = card
        self.chart = None
        self.setObjectName("card")
        self.setAccessibleName(card.title)
        self.setAccessibleDescription(card.sentence)
        self.title = text_label(card.title, card.title)
        set_relative_font(self.title, 1.15, bold=True)
        self.sentence = text_label(card.sentence, card.sentence, selectable=True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(8)
        layout.addWidget(self.title)
        layout.addWidget(self.sentence)
        self.needs_days = None
        if card.comparisons and not card.ready:
            need = card.more_days_needed
            text = f"Needs {need} more day{'s' if need != 1 else ''} of mood entries."
            self.needs_days = text_label(text, text)
            set_relative_font(self.needs_days, 1.0, bold=True)
            layout.addWidget(self.needs_days)
        self.chart_slot = QVBoxLayout()
        layout.addLayout(self.chart_slot)
        facts = card_facts(card)
        self.facts = text_label("\n".join(facts), "Numbers", selectable=True)
        self.facts.setVisible(bool(facts))
        layout.addWidget(self.facts)
        self.note = text_label(card.note, card.note)
        muted = muted_colour(self)
        palette = self.note.palette()
        palette.setColor(QPalette.ColorRole.WindowText, muted)
        self.note.setPalette(palette)
        font = self.note.font()
        font.setItalic(True)
        self.note.setFont(font)
        layout.addWidget(self.note)

    @property
    def wants_chart(self) -> bool:
        card = self.card
        if card.comparisons:
            return card.ready
        return bool(card.series)

    def build_chart(self) -> None:
        """Made on first show: the page's first paint never waits for pyqtgraph."""
        if self.chart is not None or not self.wants_chart:
            return
        card = self.card
        if card.series:
            self.chart = _series_chart(self, card)
        elif len(card.comparisons) == 1:
            self.chart = _pair_chart(self, card.comparisons[0])
        else:
            self.chart = _differences_chart(self, card)
        self.chart.setAccessibleName(f"Chart: {card.title}")
        self.chart.setAccessibleDescription(" ".join(card_facts(card)))
        self.chart.setFixedHeight(CHART_HEIGHT)
        self.chart_slot.addWidget(self.chart)


# --- charts (pyqtgraph, imported inside) ----------------------------------------------------------


def _plot(widget: QWidget):
    import pyqtgraph as pg

    palette = widget.palette()
    plot = pg.PlotWidget()
    plot.setBackground(palette.color(QPalette.ColorRole.Base))
    item = plot.getPlotItem()
    item.setMenuEnabled(False)
    item.hideButtons()
    plot.setMouseEnabled(x=False, y=False)
    item.showGrid(x=False, y=True, alpha=0.15)
    text_pen = pg.mkPen(palette.color(QPalette.ColorRole.Text))
    axis_pen = pg.mkPen(palette.color(QPalette.ColorRole.Mid))
    for axis in ("left", "bottom"):
        item.getAxis(axis).setPen(axis_pen)
        item.getAxis(axis).setTextPen(text_pen)
        # Mood is in points; a "(x0.001)" prefix would only confuse.
        item.getAxis(axis).enableAutoSIPrefix(False)
    plot.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return plot


def _pair_chart(widget: QWidget, c: Comparison):
    """Two bars of average mood; the whisker on the first shows the 95% interval of the difference
    (where the first bar could be, given the second)."""
    import numpy as np
    import pyqtgraph as pg

    palette = widget.palette()
    accent = palette.color(QPalette.ColorRole.Highlight)
    plain = palette.color(QPalette.ColorRole.Mid)
    text = palette.color(QPalette.ColorRole.Text)
    plot = _plot(widget)
    assert c.mean_a is not None and c.mean_b is not None
    bars = pg.BarGraphItem(
        x=[0, 1],
        height=[c.mean_a, c.mean_b],
        width=0.55,
        brushes=[pg.mkBrush(accent), pg.mkBrush(plain)],
        pens=[pg.mkPen(text, width=1), pg.mkPen(text, width=1, style=Qt.PenStyle.DashLine)],
    )
    plot.addItem(bars)
    if c.difference is not None and c.ci_low is not None and c.ci_high is not None:
        whisker = pg.ErrorBarItem(
            x=np.array([0.0]),
            y=np.array([c.mean_a]),
            top=np.array([c.ci_high - c.difference]),
            bottom=np.array([c.difference - c.ci_low]),
            beam=0.18,
            pen=pg.mkPen(text, width=2),
        )
        plot.addItem(whisker)
    bottom = plot.getPlotItem().getAxis("bottom")
    bottom.setTicks([[(0, f"{c.label_a} ({c.n_a} days)"), (1, f"{c.label_b} ({c.n_b} days)")]])
    plot.setYRange(0, 5.2, padding=0)
    plot.setXRange(-0.6, 1.6, padding=0)
    plot.getPlotItem().getAxis("left").setLabel("Average mood (1–5)")
    return plot


def _differences_chart(widget: QWidget, card: InsightCard):
    """One bar per kind of contact: the difference in mood with and without it, with its interval."""
    import numpy as np
    import pyqtgraph as pg

    palette = widget.palette()
    accent = palette.color(QPalette.ColorRole.Highlight)
    text = palette.color(QPalette.ColorRole.Text)
    plot = _plot(widget)
    ready = [c for c in card.comparisons if c.enough and c.difference is not None]
    xs = list(range(len(ready)))
    plot.addItem(
        pg.BarGraphItem(
            x=xs,
            height=[c.difference for c in ready],
            width=0.55,
            brush=pg.mkBrush(accent),
            pen=pg.mkPen(text, width=1),
        )
    )
    plot.addItem(
        pg.ErrorBarItem(
            x=np.array(xs, dtype=float),
            y=np.array([c.difference for c in ready]),
            top=np.array([c.ci_high - c.difference for c in ready]),
            bottom=np.array([c.difference - c.ci_low for c in ready]),
            beam=0.18,
            pen=pg.mkPen(text, width=2),
        )
    )
    plot.addItem(pg.InfiniteLine(pos=0, angle=0, pen=pg.mkPen(text, width=1)))
    plot.getPlotItem().getAxis("bottom").setTicks(
        [[(x, c.label_a) for x, c in zip(xs, ready, strict=True)]]
    )
    plot.getPlotItem().getAxis("left").setLabel("Mood difference")
    plot.setXRange(-0.6, len(ready) - 0.4, padding=0)
    return plot


SERIES_SYMBOLS = ("o", "t", "s", "d")


def _series_chart(widget: QWidget, card: InsightCard):
    """Check-in scores as lines with shaped points (top) over weekly days of contact as bars (bottom)."""
    import pyqtgraph as pg

    palette = widget.palette()
    accent = palette.color(QPalette.ColorRole.Highlight)
    text = palette.color(QPalette.ColorRole.Text)
    mid = palette.color(QPalette.ColorRole.Mid)
    view = pg.GraphicsLayoutWidget()
    view.setBackground(palette.color(QPalette.ColorRole.Base))
    view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    scores = view.addPlot(row=0, col=0, axisItems={"bottom": pg.DateAxisItem()})
    contact = view.addPlot(row=1, col=0, axisItems={"bottom": pg.DateAxisItem()})
    for plot in (scores, contact):
        plot.setMenuEnabled(False)
        plot.hideButtons()
        plot.setMouseEnabled(x=False, y=False)
        for axis in ("left", "bottom"):
            plot.getAxis(axis).setPen(pg.mkPen(mid))
            plot.getAxis(axis).setTextPen(pg.mkPen(text))
    contact.setXLink(scores)
    legend = scores.addLegend(offset=(6, 2), labelTextColor=text)
    legend.setBrush(pg.mkBrush(palette.color(QPalette.ColorRole.Base)))
    styles = (Qt.PenStyle.SolidLine, Qt.PenStyle.DashLine, Qt.PenStyle.DotLine)
    n = 0
    for name, points in card.series.items():
        if name == "Days with contact per week":
            contact.addItem(
                pg.BarGraphItem(
                    x=[_stamp(d) + 3.5 * 86400 for d, _v in points],
                    height=[v for _d, v in points],
                    width=5 * 86400,
                    brush=pg.mkBrush(mid),
                    pen=pg.mkPen(text, width=0.5),
                )
            )
            contact.getAxis("left").setLabel("Days in touch / week")
            contact.setYRange(0, 7, padding=0.05)
            continue
        scores.plot(
            [_stamp(d) for d, _v in points],
            [v for _d, v in points],
            pen=pg.mkPen(accent if n == 0 else text, width=2, style=styles[n % len(styles)]),
            symbol=SERIES_SYMBOLS[n % len(SERIES_SYMBOLS)],
            symbolSize=7,
            symbolBrush=pg.mkBrush(accent if n == 0 else text),
            name=name,
        )
        n += 1
    scores.getAxis("left").setLabel("Score")
    scores.getAxis("bottom").setStyle(showValues=False)
    view.ci.layout.setRowStretchFactor(0, 3)
    view.ci.layout.setRowStretchFactor(1, 2)
    return view


# --- the page ----------------------------------------------------------------------------------


class InsightsPage(Page):
    kinds = frozenset({"people", "interactions", "mood", "screen", "boundaries", "assessments"})

    def __init__(self, companion, parent=None) -> None:
        super().__init__(
            companion,
            self.tr("Insights"),
            self.tr(
                "Patterns in your own days over the last year. Each shows what tends to go "
                "together, not what causes what."
            ),
            parent=parent,
        )
        self.cards: list[InsightCardWidget] = []
        top = QHBoxLayout()
        self.summary = text_label("", self.tr("Insights summary"))
        top.addWidget(self.summary, 1)
        self.report_button = QPushButton(self.tr("Report…"))
        self.report_button.setAccessibleName(self.tr("Make a summary report"))
        self.report_button.setToolTip(
            self.tr("A printable summary to bring to a therapist (Ctrl+P)")
        )
        self.report_button.clicked.connect(self.open_report)
        top.addWidget(self.report_button, 0, Qt.AlignmentFlag.AlignTop)
        self.content.addLayout(top)
        self.cards_box = QVBoxLayout()
        self.cards_box.setSpacing(14)
        self.content.addLayout(self.cards_box)
        self.report_dialog = None
        self.finish_layout()

    def refresh(self) -> None:
        for widget in self.cards:
            self.cards_box.removeWidget(widget)
            widget.deleteLater()
        self.cards = []
        cards = self.companion.insights.cards()
        ready = [c for c in cards if c.ready]
        waiting = [c for c in cards if not c.ready]
        # Cards with something to show first; the ones still gathering days after them.
        for card in ready + waiting:
            widget = InsightCardWidget(card)
            self.cards_box.addWidget(widget)
            self.cards.append(widget)
        if ready:
            self.summary.setText(
                self.tr("%1 of %2 insights have enough days to show.")
                .replace("%1", str(len(ready)))
                .replace("%2", str(len(cards)))
            )
        else:
            self.summary.setText(
                self.tr(
                    "Insights appear once there's enough of your own data to say something "
                    "honest: at least %1 days on each side of a comparison."
                ).replace("%1", str(MIN_DAYS_PER_GROUP))
            )
        if self.isVisible():
            self.build_charts()

    def build_charts(self) -> None:
        for widget in self.cards:
            widget.build_chart()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.build_charts()

    def card(self, card_id: str) -> InsightCardWidget | None:
        return next((w for w in self.cards if w.card.id == card_id), None)

    def open_report(self) -> None:
        from ui.report.dialog import open_report_dialog

        self.report_dialog = open_report_dialog(self.companion, self.window())
