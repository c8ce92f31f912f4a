"""The Insights page over the demo profile, and a young vault whose cards say how many more days
they need."""

from __future__ import annotations

from datetime import timedelta

from companion.services.mood import MoodInput
from tests.ui import mood_support, report_support
from ui.pages.insights import InsightsPage

demo = report_support.demo
clock = mood_support.clock
companion = mood_support.companion
mood_template = mood_support.mood_template


def test_cards_from_the_demo_profile(qtbot, demo):
    c, _folder = demo
    page = InsightsPage(c)
    qtbot.addWidget(page)
    page.resize(900, 800)
    page.show()
    qtbot.waitExposed(page)
    assert page.cards, "the demo has enough data for cards"
    for widget in page.cards:
        assert widget.accessibleName() == widget.card.title
        assert widget.accessibleDescription() == widget.card.sentence
        assert "not what causes what" in widget.note.text()
    in_person = page.card("in_person")
    assert in_person is not None and in_person.card.ready
    assert in_person.chart is not None  # built on show
    assert in_person.chart.accessibleName() == "Chart: Seeing people in person"
    facts = in_person.facts.text()
    assert f"Based on {in_person.card.days} days" in facts
    assert "95% interval" in facts
    assert page.card("loneliness").chart is not None
    assert page.card("energisers").facts.text()  # a ranked list in words
    assert "insights have enough days" in page.summary.text()


def test_a_young_vault_says_how_many_more_days(qtbot, companion, clock):
    for n in range(3):
        companion.mood.log(MoodInput(level=3, when=clock.now() - timedelta(days=n)))
    page = InsightsPage(companion)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    card = page.card("in_person")
    assert card is not None and not card.card.ready
    # Three days without in-person time and none with: 7 more with, 4 more without.
    assert card.card.more_days_needed == 11
    assert card.needs_days is not None
    assert card.needs_days.text() == "Needs 11 more days of mood entries."
    assert "11 more days" in card.sentence.text()
    assert card.chart is None
    assert all(w.accessibleName() for w in page.cards)
