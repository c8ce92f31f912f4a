"""Other dates that matter (anniversaries, a person's own dates): their next day, the Upcoming list
and their nudges, as pure rules."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

import pytest

from companion.domain.errors import InvalidInput
from companion.domain.planners.cadence import BirthdayDate, PersonState
from companion.domain.planners.nudges import NudgeRecord, NudgeSettings, plan_nudges
from companion.domain.planners.special_dates import SpecialDate, next_occurrence, years_on
from companion.domain.planners.upcoming import upcoming_dates, upcoming_for
from companion.domain.views import dates_by_person

BERLIN = ZoneInfo("Europe/Berlin")
ALWAYS = NudgeSettings(quiet_start=time(0), quiet_end=time(0))


def state(pid: int, name: str, *dates: SpecialDate, birthday=None) -> PersonState:
    return PersonState(
        person_id=pid,
        name=name,
        cadence_days=365,
        added_at=datetime(2026, 11, 1, 12, tzinfo=UTC),
        last_contact=datetime(2026, 11, 30, 12, tzinfo=UTC),
        birthday=birthday,
        dates=dates,
    )


# --- the dates themselves -------------------------------------------------------------------------


def test_a_yearly_date_comes_back_and_counts_its_years():
    wedding = SpecialDate("anniversary", 6, 15, 2010)
    assert next_occurrence(wedding, date(2026, 6, 16)) == date(2027, 6, 15)
    assert next_occurrence(wedding, date(2026, 6, 15)) == date(2026, 6, 15)
    assert years_on(wedding, date(2026, 6, 15)) == 16
    # Without a year it still comes back, with no count of years.
    yearless = SpecialDate("custom", 6, 15, label="Name day")
    assert next_occurrence(yearless, date(2026, 7, 1)) == date(2027, 6, 15)
    assert years_on(yearless, date(2027, 6, 15)) is None


def test_a_date_that_happens_once_is_gone_once_it_has_passed():
    move = SpecialDate("custom", 3, 1, 2027, label="Moving day", yearly=False)
    assert next_occurrence(move, date(2026, 12, 3)) == date(2027, 3, 1)
    assert next_occurrence(move, date(2027, 3, 2)) is None
    assert years_on(move, date(2027, 3, 1)) is None


def test_a_yearly_date_starting_in_a_later_year_waits_for_it():
    first = SpecialDate("anniversary", 1, 10, 2028)
    assert next_occurrence(first, date(2026, 12, 3)) == date(2028, 1, 10)


def test_feb_29_falls_on_feb_28_in_common_years():
    leap = SpecialDate("anniversary", 2, 29, 2020)
    assert next_occurrence(leap, date(2027, 1, 1)) == date(2027, 2, 28)


@pytest.mark.parametrize(
    ("args", "kwargs", "message"),
    [
        (("custom", 6, 1), {"label": "Trip", "yearly": False}, "needs a year"),
        (("custom", 6, 1), {"label": "  "}, "give this date a name"),
        (("anniversary", 2, 30), {}, "isn't a date"),
        (("anniversary", 4, 31, 2020), {}, "isn't a date"),
        (("birthday", 4, 1), {}, "Unknown kind"),
    ],
)
def test_dates_no_calendar_holds_are_refused_in_one_line(args, kwargs, message):
    with pytest.raises(InvalidInput, match=message) as caught:
        SpecialDate(*args, **kwargs)
    assert "\n" not in str(caught.value)


def test_rows_changed_outside_companion_are_passed_over_not_fatal():
    rows = [
        (1, 10, "anniversary", "", 6, 15, None, 1),
        (1, 11, "custom", "", 6, 16, None, 1),  # a custom date with no name
        (1, 12, "custom", "Trip", 2, 30, 2026, 0),  # not on the calendar
        (2, 13, "custom", "Graduation", 1, 5, 2020, 0),
    ]
    found = dates_by_person(rows)
    assert [d.id for d in found[1]] == [10]
    assert [d.title for d in found[2]] == ["Graduation"]


# --- Upcoming ------------------------------------------------------------------------------------


def test_upcoming_lists_dates_within_thirty_days_soonest_first():
    today = date(2026, 12, 3)
    people = [
        (1, "Ada", [SpecialDate("anniversary", 12, 20, 2016)]),
        (2, "Bo", [SpecialDate("custom", 12, 5, label="Name day")]),
        (3, "Cy", [SpecialDate("custom", 12, 4, 2025, label="Trip", yearly=False)]),  # past
        (4, "Di", [SpecialDate("anniversary", 1, 3)]),  # 31 days away: outside
        (5, "Ed", [SpecialDate("custom", 1, 2, 2027, label="Moving day", yearly=False)]),
    ]
    found = upcoming_dates(people, today)
    assert [(u.name, u.kind, u.label, u.days_away, u.years) for u in found] == [
        ("Bo", "custom", "Name day", 2, None),
        ("Ada", "anniversary", "Anniversary", 17, 10),
        ("Ed", "custom", "Moving day", 30, None),
    ]


def test_upcoming_for_views_mixes_birthdays_and_dates_birthday_first_on_a_day():
    class View:
        def __init__(self, pid, name, birthday, dates, archived=False):
            self.id, self.name, self.birthday, self.dates = pid, name, birthday, dates
            self.archived = archived

    views = [
        View(1, "Ada", BirthdayDate(12, 10), (SpecialDate("anniversary", 12, 10, 2000),)),
        View(2, "Bo", None, (SpecialDate("custom", 12, 4, label="Exam"),)),
        View(3, "Cy", None, (SpecialDate("custom", 12, 4, label="Exam"),), archived=True),
    ]
    found = upcoming_for(views, date(2026, 12, 3))
    assert [(u.name, u.kind) for u in found] == [
        ("Bo", "custom"),
        ("Ada", "birthday"),
        ("Ada", "anniversary"),
    ]


# --- nudges ---------------------------------------------------------------------------------------


def test_an_anniversary_gets_a_heads_up_then_a_nudge_on_the_day():
    ada = state(1, "Ada", SpecialDate("anniversary", 12, 5, 2016, id=7))
    heads_up = plan_nudges(datetime(2026, 12, 3, 10, tzinfo=BERLIN), [ada], [], ALWAYS)
    [nudge] = heads_up.nudges
    assert (nudge.kind, nudge.person_id, nudge.key) == ("date", 1, "date:7:2026-12-05")
    assert heads_up.title == "Coming up: Ada's anniversary"
    assert (
        heads_up.body == "Coming up on Saturday: Ada's anniversary. Maybe a moment to get in touch?"
    )
    seen = [
        NudgeRecord("date", 1, datetime(2026, 12, 3, 10, tzinfo=BERLIN), "shown", key=nudge.key)
    ]
    # Once seen, the heads-up isn't repeated the next day...
    assert not plan_nudges(datetime(2026, 12, 4, 10, tzinfo=BERLIN), [ada], seen, ALWAYS)
    # ...but the day itself brings its own nudge, with the years.
    on_the_day = plan_nudges(datetime(2026, 12, 5, 10, tzinfo=BERLIN), [ada], seen, ALWAYS)
    assert on_the_day.title == "Today: Ada's anniversary"
    assert on_the_day.body == "10 years today. A good day to send Ada a few warm words."


def test_two_dates_of_one_person_are_told_apart_by_key():
    exam = SpecialDate("custom", 12, 4, label="Exam", id=1)
    party = SpecialDate("custom", 12, 6, label="Party", id=2)
    bo = state(2, "Bo", exam, party)
    now = datetime(2026, 12, 3, 10, tzinfo=BERLIN)
    first = plan_nudges(now, [bo], [], ALWAYS)
    assert [n.key for n in first.nudges] == ["date:1:2026-12-04"]  # one people nudge per person
    assert first.title == "Coming up: Exam (Bo)"
    # The exam dismissed the next day; the party's heads-up still comes.
    later = datetime(2026, 12, 4, 10, tzinfo=BERLIN)
    history = [
        NudgeRecord("date", 2, now, "shown", key="date:1:2026-12-04"),
        NudgeRecord("date", 2, later, "dismissed", key="date:1:2026-12-04"),
    ]
    after = plan_nudges(datetime(2026, 12, 5, 10, tzinfo=BERLIN), [bo], history, ALWAYS)
    assert [n.key for n in after.nudges] == ["date:2:2026-12-06"]


def test_a_date_that_happened_once_and_passed_brings_no_nudge():
    trip = SpecialDate("custom", 12, 3, 2025, label="Trip", yearly=False, id=3)
    cy = state(3, "Cy", trip)
    assert not plan_nudges(datetime(2026, 12, 2, 10, tzinfo=BERLIN), [cy], [], ALWAYS)


def test_dates_share_the_daily_limit_with_birthdays():
    settings = NudgeSettings(quiet_start=time(0), quiet_end=time(0), daily_limit=2)
    people = [
        state(1, "Ada", SpecialDate("anniversary", 12, 5, id=1)),
        state(2, "Bo", birthday=BirthdayDate(12, 3)),
        state(3, "Cy", SpecialDate("custom", 12, 4, label="Exam", id=2)),
    ]
    plan = plan_nudges(datetime(2026, 12, 3, 10, tzinfo=BERLIN), people, [], settings)
    assert [(n.kind, n.person_id) for n in plan.nudges] == [("birthday", 2), ("date", 3)]


def test_dates_are_quiet_in_quiet_hours():
    ada = state(1, "Ada", SpecialDate("anniversary", 12, 3, id=1))
    quiet = NudgeSettings(quiet_start=time(21), quiet_end=time(9))
    assert not plan_nudges(datetime(2026, 12, 3, 22, tzinfo=BERLIN), [ada], [], quiet)
    assert plan_nudges(datetime(2026, 12, 3, 10, tzinfo=BERLIN), [ada], [], quiet)
