"""Dates that matter in the real UI: Today's "Coming up" card (the first screen's glance shows the
same) and the People page's "Birthdays coming up" filter, year-less birthdays included."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from companion.domain.planners.cadence import BirthdayDate
from companion.services.people import PersonInput
from tests.ui import people_support
from ui.context import AppContext
from ui.pages.people import UPCOMING, PeoplePage

clock = people_support.clock
companion = people_support.companion
people_template = people_support.people_template
BERLIN = ZoneInfo("Europe/Berlin")  # START is Saturday 21 November 2026, noon


@pytest.fixture
def dated(companion):
    add = companion.people.add
    add(PersonInput("Ada Soon", birthday=BirthdayDate(11, 22, 1986)))  # tomorrow, turns 40
    add(PersonInput("Bo Yearless", birthday=BirthdayDate(12, 20)))  # in 29 days
    add(PersonInput("Cy Later", birthday=BirthdayDate(12, 22)))  # 31 days: not yet
    add(PersonInput("Di None"))
    return companion


def test_today_card_lists_birthdays_in_the_next_thirty_days(qtbot, dated):
    from ui.pages.today import TodayPage

    page = TodayPage(AppContext(dated))
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    card = page.upcoming
    assert card.isVisible()
    assert [u.name for u in card.items] == ["Ada Soon", "Bo Yearless"]
    texts = [w.text() for w in card.findChildren(type(page.date_label))]
    assert "Ada Soon’s birthday, tomorrow (turns 40)" in texts
    assert any(t.startswith("Bo Yearless’s birthday, ") and "(in 29 days)" in t for t in texts)


def test_the_card_hides_when_nothing_is_coming_up(qtbot, companion):
    from ui.pages.today import TodayPage

    page = TodayPage(AppContext(companion))
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    assert not page.upcoming.isVisible()


def test_after_midnight_before_the_days_end_today_is_still_yesterday(qtbot, dated, clock):
    from ui.pages.today import TodayPage

    # 01:00 on the 22nd, days ending at 04:00: it is still the 21st, so Ada's is "tomorrow".
    clock.set(datetime(2026, 11, 22, 1, 0, tzinfo=BERLIN))
    page = TodayPage(AppContext(dated))
    qtbot.addWidget(page)
    page.refresh()
    assert page.upcoming.items[0].days_away == 1


def test_people_filter_shows_birthdays_coming_up_soonest_first(qtbot, dated):
    page = PeoplePage(AppContext(dated))
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    page.status_filter.setCurrentIndex(page.status_filter.findData(UPCOMING))
    model = page.model
    shown = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert shown == ["Ada Soon", "Bo Yearless"]
