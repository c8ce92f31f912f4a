"""Dates in the days ahead: birthdays within 30 days, year-less ones included, soonest first."""

from __future__ import annotations

from datetime import date

from companion.domain.planners.cadence import BirthdayDate
from companion.domain.planners.upcoming import upcoming_birthdays


def test_birthdays_in_the_next_thirty_days_soonest_first():
    today = date(2026, 12, 10)
    found = upcoming_birthdays(
        [
            (1, "Ada", BirthdayDate(12, 10, 1815)),  # today
            (2, "Bo", BirthdayDate(1, 9)),  # 30 days: in
            (3, "Cy", BirthdayDate(1, 10)),  # 31 days: out
            (4, "Di", BirthdayDate(12, 9)),  # yesterday: next year, out
            (5, "Ed", None),
            (6, "al", BirthdayDate(12, 20)),
        ],
        today,
    )
    assert [(u.name, u.on, u.days_away, u.years) for u in found] == [
        ("Ada", date(2026, 12, 10), 0, 211),
        ("al", date(2026, 12, 20), 10, None),
        ("Bo", date(2027, 1, 9), 30, None),
    ]


def test_the_29th_of_february_comes_on_the_28th_outside_leap_years():
    [found] = upcoming_birthdays([(1, "Leap", BirthdayDate(2, 29, 2000))], date(2027, 2, 20))
    assert found.on == date(2027, 2, 28) and found.years == 27
