"""companion.glance against the services in the corners the main test doesn't reach: odd mood
levels, people tied in order and in a circle that is gone, a setting stored as JSON null, a boundary
added later today, and a clock in another time zone."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from companion.clock import FakeClock
from companion.errors import InvalidInput
from companion.services.boundaries import BoundaryInput
from companion.services.people import PersonInput
from companion.setting_defs import SETTINGS
from tests.core.test_glance import glance_at
from tests.vaults import make_template, open_copy

START = datetime(2026, 3, 2, 9, 0, tzinfo=ZoneInfo("Europe/London"))


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    return make_template(tmp_path_factory.mktemp("glance_review") / "profile", START)


@pytest.fixture
def opened(template, tmp_path):
    clock = FakeClock(START)
    companion = open_copy(template, tmp_path, clock)
    asked = []

    def full():
        asked.append(True)
        return companion

    glance = glance_at(companion, clock, full)
    yield companion, glance, clock, asked
    glance.close()
    companion.close()


def test_a_mood_level_the_service_refuses_is_refused(opened):
    companion, glance, _clock, _asked = opened
    for odd in (True, 0, 6):
        with pytest.raises(InvalidInput):
            companion.mood.label(odd)
        with pytest.raises(InvalidInput):
            glance.mood.label(odd)
    assert glance.mood.label(3.0) == companion.mood.label(3.0)


def test_ties_a_lost_circle_a_null_setting_and_a_boundary_added_later(opened):
    companion, glance, clock, asked = opened
    people = companion.people
    circle = people.circles()[0].id
    # Same cadence, same last contact, names equal but for case: only the id order tells them apart.
    twins = [people.add(PersonInput(n, circle_id=circle, cadence_days=7)) for n in ("sam", "Sam")]
    companion.interactions.log(twins, when=START - timedelta(days=20))
    people.add(PersonInput("Nobody's", cadence_days=5))  # in no circle, never contacted
    with companion.vault.session() as s:
        from sqlalchemy import text

        # No service deletes circles; the schema says what happens if one goes: its people stay.
        s.execute(text("DELETE FROM circle WHERE id = :c"), {"c": circle})
    companion.settings.set("boundaries.reminder_at", None)  # stored as JSON null
    clock.set(START + timedelta(hours=10))
    late = companion.boundaries.add(BoundaryInput("Phone away", weekdays=list(range(7))))
    assert late
    for zone in ("Europe/London", "Pacific/Auckland", "America/Los_Angeles"):
        clock.set((START + timedelta(hours=10, minutes=5)).astimezone(ZoneInfo(zone)))
        day = clock.now().date()
        for key in SETTINGS:
            assert glance.settings.get(key) == companion.settings.get(key), key
        for status in (None, "overdue", "due_soon", "on_track"):
            assert glance.people.list(status=status) == people.list(status=status), (zone, status)
        for d in (day - timedelta(days=1), day, day + timedelta(days=1)):
            assert glance.boundaries.active_on(d) == companion.boundaries.active_on(d), (zone, d)
            assert glance.boundaries.checked_on(d) == companion.boundaries.checked_on(d)
        assert glance.safety.cards() == companion.safety.cards()
    assert not asked
