""" "My day ends at" through the services: records after midnight count for the day that is
ending, changing the setting moves stored days in one transaction, and an older vault is settled
on first open."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import text

from companion.domain.errors import InvalidInput
from companion.services.boundaries import BoundaryInput
from companion.services.day_end import settle_day_end
from companion.services.mood import MoodInput
from companion.services.people import PersonInput
from companion.storage.models import MoodEntry

BERLIN = ZoneInfo("Europe/Berlin")


def _days(companion) -> dict[int, date]:
    with companion.vault.session() as s:
        return {
            row.id: date.fromisoformat(str(row.local_day))
            for row in s.exec(text("SELECT id, local_day FROM moodentry")).all()
        }


def test_a_mood_logged_at_one_counts_for_the_day_before(companion, clock):
    assert companion.settings.get("day.ends_at") == "04:00"
    clock.set(datetime(2026, 11, 22, 1, 0, tzinfo=BERLIN))
    entry = companion.mood.log(MoodInput(level=4))
    assert companion.today() == date(2026, 11, 21)
    assert companion.mood.get(entry).local_day == date(2026, 11, 21)
    assert companion.mood.day_means(since=date(2026, 11, 21), until=date(2026, 11, 22)) == {
        date(2026, 11, 21): 4.0
    }
    clock.set(datetime(2026, 11, 22, 4, 0, tzinfo=BERLIN))
    later = companion.mood.log(MoodInput(level=2))
    assert companion.mood.get(later).local_day == date(2026, 11, 22)
    assert companion.today() == date(2026, 11, 22)


def test_records_on_both_sides_of_the_end(companion, clock):
    clock.set(datetime(2026, 11, 23, 12, 0, tzinfo=BERLIN))
    person = companion.people.add(PersonInput("Ada"))
    late = companion.interactions.log(
        [person], when=datetime(2026, 11, 22, 3, 59, tzinfo=BERLIN), channel="call"
    )
    early = companion.interactions.log(
        [person], when=datetime(2026, 11, 22, 4, 1, tzinfo=BERLIN), channel="call"
    )
    assert companion.interactions.get(late).local_day == date(2026, 11, 21)
    assert companion.interactions.get(early).local_day == date(2026, 11, 22)


def test_changing_the_setting_moves_the_days_of_records_it_affects(companion, clock):
    clock.set(datetime(2026, 11, 25, 12, 0, tzinfo=BERLIN))
    at = {
        "00:30": datetime(2026, 11, 22, 0, 30, tzinfo=BERLIN),
        "03:00": datetime(2026, 11, 22, 3, 0, tzinfo=BERLIN),
        "05:00": datetime(2026, 11, 22, 5, 0, tzinfo=BERLIN),
        "21:00": datetime(2026, 11, 22, 21, 0, tzinfo=BERLIN),
    }
    ids = {k: companion.mood.log(MoodInput(level=3, when=w)) for k, w in at.items()}
    # One logged in another time zone (00:30 in New York, 06:30 here): its day stays put.
    with companion.vault.session() as s:
        away = MoodEntry(
            logged_at=datetime(2026, 11, 23, 6, 30, tzinfo=BERLIN),
            local_day=date(2026, 11, 22),
            level=2,
            created_at=clock.now(),
        )
        s.add(away)
        s.flush()
        away_id = away.id
    seen = []
    companion.changes.subscribe(lambda change: seen.append(change.kinds))
    before = _days(companion)
    assert [before[ids[k]] for k in at] == [date(2026, 11, 21)] * 2 + [date(2026, 11, 22)] * 2

    companion.settings.set("day.ends_at", "00:00")
    after = _days(companion)
    assert [after[ids[k]] for k in at] == [date(2026, 11, 22)] * 4
    assert after[away_id] == date(2026, 11, 22)
    assert seen and "mood" in seen[-1] and "settings" in seen[-1]

    companion.settings.set("day.ends_at", "02:00")
    after = _days(companion)
    assert after[ids["00:30"]] == date(2026, 11, 21)
    assert after[ids["03:00"]] == date(2026, 11, 22)

    companion.settings.set("day.ends_at", "04:00")
    assert _days(companion) == before


def test_a_wrong_value_changes_nothing(companion, clock):
    clock.set(datetime(2026, 11, 22, 1, 0, tzinfo=BERLIN))
    companion.mood.log(MoodInput(level=3))
    before = _days(companion)
    for wrong in ("4:00", "25:00", "", None):
        with pytest.raises(InvalidInput):
            companion.settings.set("day.ends_at", wrong)
    assert _days(companion) == before
    assert companion.settings.get("day.ends_at") == "04:00"


def test_a_vault_from_before_the_setting_is_settled_once(companion, clock):
    clock.set(datetime(2026, 11, 25, 12, 0, tzinfo=BERLIN))
    night = companion.mood.log(MoodInput(level=3, when=datetime(2026, 11, 22, 1, 0, tzinfo=BERLIN)))
    noon = companion.mood.log(MoodInput(level=3, when=datetime(2026, 11, 22, 12, 0, tzinfo=BERLIN)))
    with companion.vault.session() as s:  # as an older version left it: calendar days
        s.exec(text("DELETE FROM setting WHERE key = 'day.ends_at'"))
        s.exec(text("UPDATE moodentry SET local_day = '2026-11-22'"))
    with companion.vault.session() as s:
        assert settle_day_end(s, BERLIN) == 1
        assert settle_day_end(s, BERLIN) == 0
    days = _days(companion)
    assert days[night] == date(2026, 11, 21) and days[noon] == date(2026, 11, 22)
    assert companion.settings.get("day.ends_at") == "04:00"


def test_the_evening_check_in_at_00_40_asks_about_the_day_ending(companion, clock):
    clock.set(datetime(2026, 11, 21, 12, 0, tzinfo=BERLIN))
    companion.boundaries.add(BoundaryInput("Screens off by ten"))
    companion.settings.set("nudges.quiet_start", "03:00")
    companion.settings.set("nudges.quiet_end", "03:00")
    clock.set(datetime(2026, 11, 22, 0, 40, tzinfo=BERLIN))
    plan = companion.nudges.plan()
    keys = [n.key for n in plan.nudges]
    assert "boundary_checkin:2026-11-21" in keys
    companion.boundaries.check_in_many(
        companion.today(), {b.id: ("kept", "") for b in companion.boundaries.list()}
    )
    assert companion.boundaries.checked_on(date(2026, 11, 21))
    assert "boundary_checkin" not in [n.kind for n in companion.nudges.plan().nudges]
    # The new day's evening asks again, about the new day.
    clock.set(datetime(2026, 11, 22, 21, 0, tzinfo=BERLIN))
    assert "boundary_checkin:2026-11-22" in [n.key for n in companion.nudges.plan().nudges]
    # A check-in for a day that hasn't begun yet is refused at 00:40.
    clock.set(datetime(2026, 11, 23, 0, 40, tzinfo=BERLIN))
    with pytest.raises(InvalidInput):
        companion.boundaries.check_in_many(date(2026, 11, 23), {1: ("kept", "")})
    assert companion.today() - timedelta(days=1) == date(2026, 11, 21)
