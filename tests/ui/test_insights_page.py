"""The Insights page over the demo profile, and a young vault whose cards say how many more days
they need: cards lead with one plain sentence, the caveat is said once, charts let the wheel
scroll the page, labels and titles never overlap, and the chart marks keep 3:1 contrast."""

from __future__ import annotations

from datetime import timedelta
from itertools import combinations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPalette, QWheelEvent
from PySide6.QtWidgets import QApplication, QScrollArea

from companion.services.mood import MoodInput
from tests.ui import mood_support, report_support
from ui.context import AppContext
from ui.pages.insights import InsightsPage, second_colour
from ui.theme import palette_for

demo = report_support.demo
clock = mood_support.clock
companion = mood_support.companion
mood_template = mood_support.mood_template


def contrast(a: QColor, b: QColor) -> float:
    """WCAG 2.1 contrast ratio."""

    def luminance(c: QColor) -> float:
        def channel(v: float) -> float:
            return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4

        return (
            0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())
        )

    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


@pytest.fixture
def app_scheme(qapp):
    """Set the application's palette as the theme does (a style sheet left by another test
    would override a palette set on the page alone), and put it back afterwards."""
    before = qapp.palette()
    yield lambda scheme: qapp.setPalette(palette_for(scheme))
    qapp.setPalette(before)


def shown_page(qtbot, c, size=(900, 800)) -> InsightsPage:
    page = InsightsPage(AppContext(c))
    qtbot.addWidget(page)
    page.resize(*size)
    page.show()
    qtbot.waitExposed(page)
    # Cards added to a shown page are shown on the next turn of the event loop.
    qtbot.waitUntil(lambda: page.cards and all(w.isVisible() for w in page.cards))
    assert all(w.chart is not None for w in page.cards if w.wants_chart)
    return page


def test_cards_from_the_demo_profile(qtbot, demo):
    c, _folder = demo
    page = shown_page(qtbot, c)
    assert page.cards, "the demo has enough data for cards"
    for widget in page.cards:
        assert widget.accessibleName() == widget.card.title
        assert widget.accessibleDescription() == widget.card.sentence
    in_person = page.card("in_person")
    assert in_person is not None and in_person.card.ready
    assert in_person.chart is not None  # built on show
    assert in_person.chart.accessibleName() == "Chart: Seeing people in person"
    # One plain sentence first; the numbers one line below; the method one click away.
    assert "interval" not in in_person.sentence.text()
    assert "95% interval" in in_person.numbers.text()
    assert in_person.numbers.isVisible()
    assert not in_person.details.isVisible()
    qtbot.mouseClick(in_person.details_button, Qt.MouseButton.LeftButton)
    assert in_person.details.isVisible()
    assert "Without:" in in_person.details.text()
    # How the intervals are made is said once, for the whole page.
    assert "resampling whole weeks" in page.method.text()
    assert not any("resampling" in w.details.text() for w in page.cards)
    assert page.card("loneliness").chart is not None
    assert page.card("energisers").numbers.text()  # a ranked list in words
    assert "insights have enough days" in page.summary.text()


def test_the_caveat_is_said_once_and_no_card_repeats_a_line(qtbot, demo):
    c, _folder = demo
    page = shown_page(qtbot, c)
    assert "not what causes what" in page.subtitle.text()
    lines = [line for w in page.cards for text in w.texts() for line in text.split("\n")]
    assert not any("causes" in line for line in lines)
    assert len(lines) == len(set(lines)), [x for x in lines if lines.count(x) > 1]
    openings = [w.sentence.text().split(",")[0] for w in page.cards]
    assert len(openings) == len(set(openings))


def test_kinds_of_contact_names_its_correction(qtbot, demo):
    c, _folder = demo
    page = shown_page(qtbot, c)
    kinds = page.card("by_channel")
    assert kinds is not None and kinds.card.ready
    tested = [x for x in kinds.card.comparisons if x.enough]
    assert len(tested) > 1
    assert f"{len(tested)} kinds compared together" in kinds.numbers.text()
    assert "Holm" in kinds.details.text() and "Bonferroni" in kinds.details.text()


def _scroll_area(page) -> QScrollArea:
    return page.findChild(QScrollArea)


def test_the_wheel_over_a_chart_scrolls_the_page_and_never_zooms(qtbot, demo):
    from pyqtgraph import ViewBox

    c, _folder = demo
    page = shown_page(qtbot, c, size=(900, 500))
    scroll = _scroll_area(page).verticalScrollBar()
    assert scroll.maximum() > 0
    for widget in page.cards:
        if widget.chart is None:
            continue
        chart = widget.chart
        _scroll_area(page).ensureWidgetVisible(chart)
        before = scroll.value()
        views = [i for i in chart.scene().items() if isinstance(i, ViewBox)]
        ranges = [v.viewRange() for v in views]
        target = chart.viewport()
        centre = QPointF(target.rect().center())
        wheel = QWheelEvent(
            centre,
            QPointF(target.mapToGlobal(centre.toPoint())),
            QPoint(0, 0),
            QPoint(0, -120 if before < scroll.maximum() else 120),
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
            Qt.ScrollPhase.NoScrollPhase,
            False,
        )
        QApplication.sendEvent(target, wheel)
        assert scroll.value() != before, widget.card.id
        assert [v.viewRange() for v in views] == ranges, f"{widget.card.id} zoomed"


def _text_rects(axis):
    image = QImage(10, 10, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        specs = axis.generateDrawSpecs(painter)
    finally:
        painter.end()
    return [(rect, text) for rect, _flags, text in specs[2]] if specs else []


def test_kinds_of_contact_labels_do_not_run_together(qtbot, demo):
    c, _folder = demo
    for size in ((640, 640), (1200, 900)):
        page = shown_page(qtbot, c, size=size)
        kinds = page.card("by_channel")
        axis = kinds.chart.getPlotItem().getAxis("left")
        labels = _text_rects(axis)
        ready = [x for x in kinds.card.comparisons if x.enough]
        assert sorted(t for _r, t in labels) == sorted(x.label_a for x in ready)
        for (r1, t1), (r2, t2) in combinations(labels, 2):
            assert not r1.intersects(r2), f"{t1!r} and {t2!r} overlap at {size}"
        # Each whole name fits inside the axis.
        for rect, text in labels:
            assert rect.width() <= axis.width() + 0.5, text
        page.close()


def _chart_texts(chart):
    """Scene rects of every visible axis title, plot title and tick label of a chart."""
    from pyqtgraph import AxisItem, LabelItem

    rects = []
    for item in chart.scene().items():
        if isinstance(item, AxisItem) and item.isVisible():
            if item.label.isVisible() and item.labelText:
                rects.append((item.label.sceneBoundingRect(), item.labelText))
            for rect, text in _text_rects(item):
                rects.append((item.mapRectToScene(rect), text))
        elif isinstance(item, LabelItem) and item.isVisible() and item.text.strip():
            rects.append((item.item.sceneBoundingRect(), item.text))
    return rects


@pytest.mark.parametrize("size", [(640, 640), (1200, 900)])
def test_no_two_texts_in_a_chart_collide(qtbot, demo, size):
    c, _folder = demo
    page = shown_page(qtbot, c, size=size)
    for widget in page.cards:
        if widget.chart is None:
            continue
        texts = _chart_texts(widget.chart)
        if len(widget.card.comparisons) == 1:
            # pyqtgraph silently leaves out a tick label that does not fit: both must be drawn.
            bottom = widget.chart.getPlotItem().getAxis("bottom")
            drawn = sorted(t for _r, t in _text_rects(bottom))
            c = widget.card.comparisons[0]
            assert drawn == sorted([c.label_a, c.label_b]), widget.card.id
        for (r1, t1), (r2, t2) in combinations(texts, 2):
            assert not r1.adjusted(1, 1, -1, -1).intersects(r2.adjusted(1, 1, -1, -1)), (
                f"{widget.card.id}: {t1!r} collides with {t2!r}"
            )


def test_loneliness_and_social_network_have_their_own_axes(qtbot, demo):
    c, _folder = demo
    page = shown_page(qtbot, c)
    card = page.card("loneliness")
    assert {"Loneliness (UCLA-3)", "Social network (LSNS-6)"} <= set(card.card.series)
    plots = [card.chart.getItem(row, 0) for row in range(len(card.card.series))]
    titles = [p.titleLabel.text for p in plots]
    ucla = next(p for p, t in zip(plots, titles, strict=True) if "UCLA-3" in t)
    lsns = next(p for p, t in zip(plots, titles, strict=True) if "LSNS-6" in t)
    assert ucla is not lsns
    assert "higher means lonelier" in ucla.titleLabel.text
    assert "higher means more connected" in lsns.titleLabel.text
    assert ucla.viewRange()[1][1] < 10 and lsns.viewRange()[1][1] >= 30


@pytest.mark.parametrize("scheme", ["dark", "light"])
def test_chart_marks_keep_3_to_1_against_the_card(qtbot, demo, app_scheme, scheme):
    c, _folder = demo
    app_scheme(scheme)
    page = shown_page(qtbot, c)
    palette = page.palette()
    card = palette.color(QPalette.ColorRole.Base)
    assert contrast(second_colour(palette), card) >= 3.0
    assert contrast(palette.color(QPalette.ColorRole.Highlight), card) >= 3.0
    from pyqtgraph import BarGraphItem

    chart = page.card("in_person").chart
    assert (
        chart.backgroundBrush().color()
        == card
        == palette_for(scheme).color(QPalette.ColorRole.Base)
    )
    bars = next(i for i in chart.getPlotItem().items if isinstance(i, BarGraphItem))
    for brush in bars.opts["brushes"]:
        assert contrast(brush.color(), card) >= 3.0, (scheme, brush.color().name())


def test_a_young_vault_says_how_many_more_days(qtbot, companion, clock):
    for n in range(3):
        companion.mood.log(MoodInput(level=3, when=clock.now() - timedelta(days=n)))
    page = InsightsPage(AppContext(companion))
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    card = page.card("in_person")
    assert card is not None and not card.card.ready
    # Three days without in-person time and none with: 7 more with, 4 more without.
    assert card.card.more_days_needed == 11
    assert card.sentence.text().startswith("Needs 11 more days of mood entries")
    assert not card.numbers.isVisible()
    assert card.chart is None
    assert all(w.accessibleName() for w in page.cards)


def test_charts_follow_a_change_of_scheme(qtbot, demo, app_scheme):
    c, _folder = demo
    app_scheme("light")
    page = shown_page(qtbot, c)
    app_scheme("dark")
    dark = palette_for("dark").color(QPalette.ColorRole.Base)
    qtbot.waitUntil(
        lambda: (
            page.card("in_person").chart is not None
            and page.card("in_person").chart.backgroundBrush().color() == dark
        )
    )
