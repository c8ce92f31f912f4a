"""Insights: cards that connect people, mood and screens, each led by one plain sentence.

A card opens with what a tired person needs ("On days you saw someone in person, your mood tended
to be a little higher"), then a small chart, then one line of numbers; how they were worked out is
one click away under "Details". The page says once, at the top, that these are patterns and not
causes. Charts never take the mouse wheel (it scrolls the page) and never zoom. pyqtgraph is
imported the first time the page is shown.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QPointF, Qt, QTimer
from PySide6.QtGui import QColor, QFontMetrics, QPalette, QWheelEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QFrame,
    QHBoxLayout,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from companion.domain.insights import (
    BOOTSTRAP_RESAMPLES,
    MIN_DAYS_PER_GROUP,
    MIN_WEEKS_PER_GROUP,
    SCORE_SCALES,
    Comparison,
    InsightCard,
)
from ui.numbers import decimal, shortest, signed, whole
from ui.pages.base import Page, text_label
from ui.theme import set_relative_font

CHART_HEIGHT = 190
# Per plot in the check-ins-over-time chart: each check-in has its own axis.
SERIES_PLOT_HEIGHT = 130
CONTACT_SERIES = "Days with contact per week"
# The chart's series names and scale directions come from the core (companion.insights:
# loneliness_card, SCORE_SCALES) as keys; these marks put them in the catalogue for tr().
SERIES_WORDS = (
    QT_TRANSLATE_NOOP("InsightsPage", "Days with contact per week"),
    QT_TRANSLATE_NOOP("InsightsPage", "Loneliness (UCLA-3)"),
    QT_TRANSLATE_NOOP("InsightsPage", "Social network (LSNS-6)"),
    QT_TRANSLATE_NOOP("InsightsPage", "higher means lonelier"),
    QT_TRANSLATE_NOOP("InsightsPage", "higher means more connected"),
)


def tr(text: str) -> str:
    return QCoreApplication.translate("InsightsPage", text)


def _stamp(day) -> float:
    return datetime(day.year, day.month, day.day, 12).timestamp()


def _signed(value: float) -> str:
    return signed(value)


def _percent(level: float) -> str:
    return f"{shortest(round(level * 100, 1))}%"


def _days(n: int) -> str:
    return (
        QCoreApplication.translate("InsightsPage", "%1 day")
        if n == 1
        else QCoreApplication.translate("InsightsPage", "%1 days")
    ).replace("%1", str(n))


def _weeks(n: int) -> str:
    return (
        str(n)
        + " "
        + (
            QCoreApplication.translate("InsightsPage", "week")
            if n == 1
            else QCoreApplication.translate("InsightsPage", "weeks")
        )
    )


def second_colour(palette: QPalette) -> QColor:
    """The "without" bars and other second marks: a theme role that keeps 3:1 against the card
    in both schemes (Mid, the border colour, is far too faint for a chart mark)."""
    return palette.color(QPalette.ColorRole.PlaceholderText)


def interval_text(c: Comparison) -> str:
    assert c.ci_low is not None and c.ci_high is not None
    return (
        QCoreApplication.translate("InsightsPage", "%1 interval %2 to %3")
        .replace("%1", _percent(c.level))
        .replace("%2", _signed(c.ci_low))
        .replace("%3", _signed(c.ci_high))
    )


def comparison_facts(c: Comparison) -> str:
    """The numbers behind a comparison in words, so nothing rests on the chart alone."""
    if not c.enough or c.difference is None or c.ci_low is None or c.ci_high is None:
        text = (
            QCoreApplication.translate(
                "InsightsPage",
                "%1: %2 in %3; %4: %5 in %6. Each side needs at least %7 days in %8 weeks.",
            )
            .replace("%1", c.label_a)
            .replace("%2", _days(c.n_a))
            .replace("%3", _weeks(c.weeks_a))
            .replace("%4", c.label_b)
            .replace("%5", _days(c.n_b))
            .replace("%6", _weeks(c.weeks_b))
            .replace("%7", str(MIN_DAYS_PER_GROUP))
            .replace("%8", str(MIN_WEEKS_PER_GROUP))
        )
        return text
    assert c.mean_a is not None and c.mean_b is not None
    text = (
        QCoreApplication.translate(
            "InsightsPage", "%1: mood %2 on %3. %4: %5 on %6. Difference %7 (%8)."
        )
        .replace("%1", c.label_a)
        .replace("%2", decimal(c.mean_a))
        .replace("%3", _days(c.n_a))
        .replace("%4", c.label_b)
        .replace("%5", decimal(c.mean_b))
        .replace("%6", _days(c.n_b))
        .replace("%7", _signed(c.difference))
        .replace("%8", interval_text(c))
    )
    if c.corrected and c.p_adjusted is not None:
        p = f"< {decimal(0.01, 2)}" if c.p_adjusted < 0.01 else f"= {decimal(c.p_adjusted, 2)}"
        text += " " + QCoreApplication.translate("InsightsPage", "Holm-adjusted p %1.").replace(
            "%1", p
        )
    return text


def numbers_line(card: InsightCard) -> str:
    """One line of numbers under the chart: the size, the interval and the days behind it."""
    if card.comparisons:
        if not card.ready:
            return ""
        if len(card.comparisons) == 1:
            c = card.comparisons[0]
            assert c.difference is not None and c.ci_low is not None
            return (
                QCoreApplication.translate(
                    "InsightsPage", "Difference %1 points on a 1–5 scale (%2), over %3 and %4."
                )
                .replace("%1", _signed(c.difference))
                .replace("%2", interval_text(c))
                .replace("%3", _days(c.n_a))
                .replace("%4", _days(c.n_b))
            )
        tested = [c for c in card.comparisons if c.enough]
        if card.headline is not None:
            c = card.comparisons[card.headline]
            assert c.difference is not None
            return (
                QCoreApplication.translate(
                    "InsightsPage",
                    "%1: difference %2 points (%3), corrected for %4 kinds compared together.",
                )
                .replace("%1", c.label_a)
                .replace("%2", _signed(c.difference))
                .replace("%3", interval_text(c))
                .replace("%4", str(len(tested)))
            )
        return QCoreApplication.translate(
            "InsightsPage",
            "%1 kinds compared together; after correcting for that, none differs clearly.",
        ).replace("%1", str(len(tested)))
    if card.id == "drift":
        return "; ".join(
            QCoreApplication.translate(
                "InsightsPage", "%1: %2 fewer times in touch than in a usual quarter"
            )
            .replace("%1", name)
            .replace("%2", shortest(abs(value)))
            for name, value in card.ranking
        )
    if card.ranking:
        return "; ".join(
            QCoreApplication.translate("InsightsPage", "%1: felt %2 of 5 on average")
            .replace("%1", name)
            .replace("%2", decimal(value))
            for name, value in card.ranking
        )
    return ""


def method_text() -> str:
    """How every interval on the page is worked out: said once, under the cards."""
    return QCoreApplication.translate(
        "InsightsPage",
        "How the numbers are worked out: each compares your average mood on two kinds of "
        "day. The intervals come from resampling whole weeks %1 times, because one day's "
        "mood carries into the next; they are approximate, most of all with few weeks.",
    ).replace("%1", whole(BOOTSTRAP_RESAMPLES))


def card_details(card: InsightCard) -> list[str]:
    """What sits behind "Details": every comparison's numbers, and any correction."""
    if card.comparisons:
        if len(card.comparisons) == 1 and card.ready:
            # The difference and its interval are on the line above; here, the two averages.
            c = card.comparisons[0]
            assert c.mean_a is not None and c.mean_b is not None
            return [
                QCoreApplication.translate(
                    "InsightsPage", "%1: average mood %2 over %3. %4: %5 over %6."
                )
                .replace("%1", c.label_a)
                .replace("%2", decimal(c.mean_a))
                .replace("%3", _days(c.n_a))
                .replace("%4", c.label_b)
                .replace("%5", decimal(c.mean_b))
                .replace("%6", _days(c.n_b))
            ]
        lines = [comparison_facts(c) for c in card.comparisons]
        if len(lines) > 1:
            lines = ["• " + line for line in lines]
        if not card.ready:
            return lines
        tested = sum(1 for c in card.comparisons if c.enough)
        if tested > 1:
            lines.append(
                QCoreApplication.translate(
                    "InsightsPage",
                    "%1 comparisons are made at once, so each interval is widened to %2 "
                    "(Bonferroni) and p-values are adjusted with Holm's method; a kind is "
                    "named above only when it stays clear after both.",
                )
                .replace("%1", str(tested))
                .replace("%2", _percent(1 - 0.05 / tested))
            )
            lines.append(
                QCoreApplication.translate(
                    "InsightsPage",
                    "In the chart, kinds in the accent colour are clear after correction; grey "
                    "ones with a dashed edge are not.",
                )
            )
        return lines
    if card.series:
        lines = []
        for name, points in card.series.items():
            if not points:
                continue
            line = (
                QCoreApplication.translate("InsightsPage", "%1: %2, latest %3.")
                .replace("%1", tr(name))
                .replace(
                    "%2",
                    (
                        QCoreApplication.translate("InsightsPage", "%1 point")
                        if len(points) == 1
                        else QCoreApplication.translate("InsightsPage", "%1 points")
                    ).replace("%1", str(len(points))),
                )
                .replace("%3", shortest(points[-1][1]))
            )
            if name in SCORE_SCALES:
                low, high, direction = SCORE_SCALES[name]
                line += " " + QCoreApplication.translate(
                    "InsightsPage", "Scores run from %1 to %2; %3."
                ).replace("%1", shortest(low)).replace("%2", shortest(high)).replace(
                    "%3", tr(direction)
                )
            lines.append(line)
        return lines
    return []


class InsightCardWidget(QFrame):
    """One card: title, one plain sentence, chart (when there's enough), a line of numbers,
    and the rest under "Details"."""

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
        self.chart_slot = QVBoxLayout()
        layout.addLayout(self.chart_slot)
        numbers = numbers_line(card)
        self.numbers = text_label(
            numbers, QCoreApplication.translate("InsightsPage", "Numbers"), selectable=True
        )
        self.numbers.setVisible(bool(numbers))
        layout.addWidget(self.numbers)
        details = card_details(card)
        self.details_button = QToolButton()
        self.details_button.setText(QCoreApplication.translate("InsightsPage", "Details"))
        self.details_button.setAccessibleName(
            QCoreApplication.translate("InsightsPage", "Details: %1").replace("%1", card.title)
        )
        self.details_button.setCheckable(True)
        self.details_button.setArrowType(Qt.ArrowType.RightArrow)
        self.details_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.details_button.setAutoRaise(True)
        self.details_button.setVisible(bool(details))
        self.details = text_label(
            "\n".join(details),
            QCoreApplication.translate("InsightsPage", "Details"),
            selectable=True,
        )
        self.details.setVisible(False)
        self.details_button.toggled.connect(self._show_details)
        layout.addWidget(self.details_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.details)

    def _show_details(self, shown: bool) -> None:
        self.details.setVisible(shown)
        self.details_button.setArrowType(
            Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow
        )

    def texts(self) -> list[str]:
        """Every line of text the card shows, for checks that nothing repeats."""
        labels = (self.sentence, self.numbers)
        return [lbl.text() for lbl in labels if lbl.isVisibleTo(self) and lbl.text()]

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
            height = SERIES_PLOT_HEIGHT * len(card.series)
        elif len(card.comparisons) == 1:
            self.chart = _pair_chart(self, card.comparisons[0])
            height = CHART_HEIGHT
        else:
            self.chart = _differences_chart(self, card)
            rows = sum(1 for c in card.comparisons if c.enough)
            height = max(CHART_HEIGHT, 40 * rows + 60)
        self.chart.setAccessibleName(
            QCoreApplication.translate("InsightsPage", "Chart: %1").replace("%1", card.title)
        )
        self.chart.setAccessibleDescription(
            " ".join([numbers_line(card), *card_details(card)]).strip()
        )
        self.chart.setFixedHeight(height)
        self.chart_slot.addWidget(self.chart)


# --- charts (pyqtgraph, imported inside) ----------------------------------------------------------

_STILL_CLASSES: dict[type, type] = {}


def _scroll_parent(widget: QWidget) -> QAbstractScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QAbstractScrollArea):
        parent = parent.parentWidget()
    return parent


def _hand_wheel_to_page(chart: QWidget, event: QWheelEvent) -> None:
    """Give the wheel to the scroll area holding the chart, so the page scrolls over a chart.

    Handed over explicitly rather than ignored: Qt passes an ignored wheel event up to the
    parents only when it came from the window system, not when sent by the app (QTBUG-40656),
    and this way both kinds scroll the page.
    """
    area = _scroll_parent(chart)
    if area is None:
        event.ignore()
        return
    source = chart.viewport() if isinstance(chart, QAbstractScrollArea) else chart
    where = source.mapTo(area.viewport(), event.position().toPoint())
    handed = QWheelEvent(
        QPointF(where),
        event.globalPosition(),
        event.pixelDelta(),
        event.angleDelta(),
        event.buttons(),
        event.modifiers(),
        event.phase(),
        event.inverted(),
    )
    QApplication.sendEvent(area.viewport(), handed)
    event.setAccepted(handed.isAccepted())


def _still(cls: type) -> type:
    """`cls` whose wheel scrolls the page: the chart itself never zooms or pans."""
    if cls not in _STILL_CLASSES:

        def wheelEvent(self, event) -> None:
            _hand_wheel_to_page(self, event)

        _STILL_CLASSES[cls] = type(f"Still{cls.__name__}", (cls,), {"wheelEvent": wheelEvent})
    return _STILL_CLASSES[cls]


def _style_plot(item, palette: QPalette) -> None:
    import pyqtgraph as pg

    item.setMenuEnabled(False)
    item.hideButtons()
    item.setMouseEnabled(x=False, y=False)
    item.getViewBox().setMouseEnabled(x=False, y=False)
    text_pen = pg.mkPen(palette.color(QPalette.ColorRole.Text))
    axis_pen = pg.mkPen(second_colour(palette))
    for axis in ("left", "bottom"):
        item.getAxis(axis).setPen(axis_pen)
        item.getAxis(axis).setTextPen(text_pen)
        # Mood is in points; a "(x0.001)" prefix would only confuse.
        item.getAxis(axis).enableAutoSIPrefix(False)


def _plot(widget: QWidget):
    import pyqtgraph as pg

    from ui.date_axis import LocaleNumberAxis

    palette = widget.palette()
    axes = {"bottom": LocaleNumberAxis("bottom"), "left": LocaleNumberAxis("left")}
    plot = _still(pg.PlotWidget)(axisItems=axes)
    plot.setBackground(palette.color(QPalette.ColorRole.Base))
    _style_plot(plot.getPlotItem(), palette)
    plot.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return plot


def _label_style(widget: QWidget, palette: QPalette) -> dict:
    return {
        "color": palette.color(QPalette.ColorRole.Text).name(),
        "font-size": f"{max(widget.font().pointSizeF(), 8.0):.0f}pt",
    }


def _title_style(widget: QWidget, palette: QPalette) -> dict:
    return {
        "color": palette.color(QPalette.ColorRole.Text).name(),
        "size": f"{max(widget.font().pointSizeF(), 8.0):.0f}pt",
    }


def _pair_chart(widget: QWidget, c: Comparison):
    """Two bars of average mood; the whisker on the first shows the 95% interval of the difference
    (where the first bar could be, given the second). The second bar has a dashed outline as well
    as its own colour, so the two differ by more than colour."""
    import numpy as np
    import pyqtgraph as pg

    palette = widget.palette()
    accent = palette.color(QPalette.ColorRole.Highlight)
    plain = second_colour(palette)
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
    bottom.setTicks([[(0, c.label_a), (1, c.label_b)]])
    plot.setYRange(0, 5.2, padding=0)
    plot.setXRange(-0.6, 1.6, padding=0)
    plot.getPlotItem().getAxis("left").setLabel(
        QCoreApplication.translate("InsightsPage", "Average mood (1–5)"),
        **_label_style(widget, palette),
    )
    return plot


def _differences_chart(widget: QWidget, card: InsightCard):
    """One horizontal bar per kind of contact: the difference in mood with and without it, with
    its corrected interval. Names sit one per row on the left, so they never run together; kinds
    that are clear after correction are in the accent colour, the others in the second colour."""
    import numpy as np
    import pyqtgraph as pg

    palette = widget.palette()
    accent = palette.color(QPalette.ColorRole.Highlight)
    plain = second_colour(palette)
    text = palette.color(QPalette.ColorRole.Text)
    plot = _plot(widget)
    ready = [c for c in card.comparisons if c.enough and c.difference is not None]
    # The first kind at the top.
    ys = [float(len(ready) - 1 - i) for i in range(len(ready))]
    diffs = [c.difference or 0.0 for c in ready]
    plot.addItem(
        pg.BarGraphItem(
            x0=[0.0] * len(ready),
            x1=diffs,
            y=ys,
            height=0.55,
            brushes=[pg.mkBrush(accent if c.clear else plain) for c in ready],
            pens=[
                pg.mkPen(text, width=1)
                if c.clear
                else pg.mkPen(text, width=1, style=Qt.PenStyle.DashLine)
                for c in ready
            ],
        )
    )
    plot.addItem(
        pg.ErrorBarItem(
            x=np.array(diffs),
            y=np.array(ys),
            left=np.array([c.difference - c.ci_low for c in ready]),
            right=np.array([c.ci_high - c.difference for c in ready]),
            beam=0.18,
            pen=pg.mkPen(text, width=2),
        )
    )
    plot.addItem(pg.InfiniteLine(pos=0, angle=90, pen=pg.mkPen(text, width=1)))
    left = plot.getPlotItem().getAxis("left")
    left.setTicks([[(y, c.label_a) for y, c in zip(ys, ready, strict=True)]])
    # Wide enough for the longest name from the start: pyqtgraph would widen the axis only
    # after a first paint, dropping the names that do not fit until then.
    metrics = QFontMetrics(widget.font())
    longest = max((metrics.horizontalAdvance(c.label_a) for c in ready), default=0)
    left.setWidth(longest + left.style["tickTextOffset"][0] + 16)
    plot.getPlotItem().getAxis("bottom").setLabel(
        QCoreApplication.translate("InsightsPage", "Mood with it minus without (points)"),
        **_label_style(widget, palette),
    )
    reach = max([abs(c.ci_low) for c in ready] + [abs(c.ci_high) for c in ready] + [0.5])
    plot.setXRange(-reach * 1.1, reach * 1.1, padding=0)
    plot.setYRange(-0.6, len(ready) - 0.4, padding=0)
    return plot


SERIES_SYMBOLS = ("o", "t", "s", "d")


def _series_chart(widget: QWidget, card: InsightCard):
    """Each check-in on its own plot and axis (UCLA-3: higher means lonelier; LSNS-6: higher
    means more connected), titled with its direction, over weekly days of contact as bars."""
    import pyqtgraph as pg

    from ui.date_axis import LocaleDateAxis, LocaleNumberAxis

    palette = widget.palette()
    accent = palette.color(QPalette.ColorRole.Highlight)
    text = palette.color(QPalette.ColorRole.Text)
    plain = second_colour(palette)
    view = _still(pg.GraphicsLayoutWidget)()
    view.setBackground(palette.color(QPalette.ColorRole.Base))
    view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    style = _title_style(widget, palette)
    # One width for every left axis, so the plots and their titles line up.
    axis_width = QFontMetrics(widget.font()).horizontalAdvance("30") + 18
    plots = []
    names = [n for n in card.series if n != CONTACT_SERIES]
    if CONTACT_SERIES in card.series:
        names.append(CONTACT_SERIES)
    for row, name in enumerate(names):
        points = card.series[name]
        plot = view.addPlot(
            row=row, col=0, axisItems={"bottom": LocaleDateAxis(), "left": LocaleNumberAxis("left")}
        )
        _style_plot(plot, palette)
        plot.getAxis("left").setWidth(axis_width)
        if plots:
            plot.setXLink(plots[0])
        xs = [_stamp(d) for d, _v in points]
        ys = [v for _d, v in points]
        if name == CONTACT_SERIES:
            plot.addItem(
                pg.BarGraphItem(
                    x=[x + 3.5 * 86400 for x in xs],
                    height=ys,
                    width=5 * 86400,
                    brush=pg.mkBrush(plain),
                    pen=pg.mkPen(text, width=0.5),
                )
            )
            plot.setYRange(0, 7, padding=0.05)
            plot.setTitle(
                QCoreApplication.translate("InsightsPage", "Days in touch each week (0–7)"),
                justify="left",
                **style,
            )
        else:
            low, high, direction = SCORE_SCALES.get(name, (min(ys), max(ys), ""))
            n = len(plots)
            plot.plot(
                xs,
                ys,
                pen=pg.mkPen(accent, width=2),
                symbol=SERIES_SYMBOLS[n % len(SERIES_SYMBOLS)],
                symbolSize=8,
                symbolBrush=pg.mkBrush(accent),
                symbolPen=pg.mkPen(text, width=1),
            )
            plot.setYRange(low, high, padding=0.08)
            title = tr(name) + (" · " + tr(direction) if direction else "")
            plot.setTitle(title, justify="left", **style)
        # Only the bottom plot shows dates; the others share its axis.
        plot.getAxis("bottom").setStyle(showValues=row == len(names) - 1)
        plots.append(plot)
    return view


# --- the page ----------------------------------------------------------------------------------


class InsightsPage(Page):
    kinds = frozenset({"people", "interactions", "mood", "screen", "boundaries", "assessments"})

    def __init__(self, context, parent=None) -> None:
        super().__init__(
            context,
            self.tr("Insights"),
            self.tr(
                "Patterns in your own days over the last year. They show what tends to go "
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
        self.method = text_label(method_text(), self.tr("How the numbers are worked out"))
        self.method.setContentsMargins(4, 4, 4, 0)
        self.content.addWidget(self.method)
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
        self.method.setVisible(any(c.comparisons for c in ready))
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

    def changeEvent(self, event) -> None:
        """Charts take their colours when drawn: redraw them when the scheme changes."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self.cards:
            # After the change has reached every widget: new cards built during it would
            # still be given the old palette.
            QTimer.singleShot(0, self, self.mark_stale)

    def card(self, card_id: str) -> InsightCardWidget | None:
        return next((w for w in self.cards if w.card.id == card_id), None)

    def open_report(self) -> None:
        from ui.report.dialog import open_report_dialog

        self.report_dialog = open_report_dialog(self.context, self.window())
