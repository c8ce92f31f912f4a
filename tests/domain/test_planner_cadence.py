"""Cadence rules: due days in local calendar days, status, ranking, phrases and birthdays."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from companion.domain.errors import InvalidInput
from companion.domain.planners.cadence import (
    BirthdayDate,
    PersonState,
    due_info,
    last_contact_phrase,
    next_birthday,
    rank_by_overdue,
)

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")


def at(tz: ZoneInfo, *args: int) -> datetime:
    return datetime(*args, tzinfo=tz)


def person(
    pid: int = 1,
    name: str = "Sam",
    cadence: int = 7,
    last: datetime | None = None,
    added: datetime | None = None,
    **kw,
) -> PersonState:
    return PersonState(
        person_id=pid,
        name=name,
        cadence_days=cadence,
        added_at=added or datetime(2025, 1, 1, 12, tzinfo=UTC),
        last_contact=last,
        **kw,
    )


def test_due_is_last_contact_plus_cadence_in_calendar_days():
    p = person(cadence=7, last=at(BERLIN, 2026, 3, 2, 23, 30))
    info = due_info(p, at(BERLIN, 2026, 3, 5, 8, 0))
    assert info.due_on == date(2026, 3, 9)
    assert info.days_since == 3
    assert info.overdue_ratio == pytest.approx(3 / 7)
    assert info.status == "on_track"
    assert info.person_id == 1


def test_contact_late_in_the_evening_counts_for_that_local_date():
    # 23:30 in New York is already the next day in UTC; the local date is what counts.
    p = person(cadence=1, last=at(NEW_YORK, 2026, 6, 1, 23, 30))
    info = due_info(p, at(NEW_YORK, 2026, 6, 2, 0, 30))
    assert info.due_on == date(2026, 6, 2)
    assert info.status == "overdue"
    assert info.days_since == 1


def test_dst_spring_forward_does_not_shift_due_day_berlin():
    # Clocks jump 02:00 -> 03:00 on 29 March 2026 in Berlin; 48 hours after 23:30 on the 28th
    # is already 00:30 on the 31st, but the due day is two calendar days on: the 30th.
    p = person(cadence=2, last=at(BERLIN, 2026, 3, 28, 23, 30))
    just_before = due_info(p, at(BERLIN, 2026, 3, 29, 23, 59))
    on_due = due_info(p, at(BERLIN, 2026, 3, 30, 0, 0))
    assert just_before.due_on == on_due.due_on == date(2026, 3, 30)
    assert just_before.status == "due_soon"
    assert on_due.status == "overdue"
    assert on_due.days_since == 2


def test_dst_fall_back_does_not_shift_due_day_new_york():
    # Clocks go back 02:00 -> 01:00 on 1 November 2026 in New York: a 25-hour day, so 24 hours
    # after 00:15 is still the 1st, yet the due day is the 2nd.
    p = person(cadence=1, last=at(NEW_YORK, 2026, 11, 1, 0, 15))
    late_that_day = due_info(p, at(NEW_YORK, 2026, 11, 1, 23, 59))
    next_midnight = due_info(p, at(NEW_YORK, 2026, 11, 2, 0, 0))
    assert late_that_day.due_on == date(2026, 11, 2)
    assert late_that_day.status == "due_soon"
    assert next_midnight.status == "overdue"


def test_month_end_jan_31_plus_30_days():
    p = person(cadence=30, last=at(BERLIN, 2026, 1, 31, 10))
    assert due_info(p, at(BERLIN, 2026, 2, 1, 10)).due_on == date(2026, 3, 2)
    p_leap = person(cadence=30, last=at(BERLIN, 2028, 1, 31, 10))
    assert due_info(p_leap, at(BERLIN, 2028, 2, 1, 10)).due_on == date(2028, 3, 1)


def test_cadence_crossing_feb_29():
    p = person(cadence=7, last=at(NEW_YORK, 2028, 2, 25, 9))
    assert due_info(p, at(NEW_YORK, 2028, 2, 26, 9)).due_on == date(2028, 3, 3)
    p2 = person(cadence=7, last=at(NEW_YORK, 2027, 2, 25, 9))
    assert due_info(p2, at(NEW_YORK, 2027, 2, 26, 9)).due_on == date(2027, 3, 4)


def test_never_contacted_counts_from_added_at():
    p = person(cadence=14, last=None, added=at(BERLIN, 2026, 5, 1, 18))
    info = due_info(p, at(BERLIN, 2026, 5, 15, 7))
    assert info.due_on == date(2026, 5, 15)
    assert info.status == "overdue"
    assert info.days_since == 14
    assert info.overdue_ratio == 1.0


def test_status_boundaries_for_thirty_day_cadence():
    # 20% of 30 days is 6 days: due soon from day 24, overdue from day 30.
    p = person(cadence=30, last=at(BERLIN, 2026, 5, 1, 12))
    statuses = {d: due_info(p, at(BERLIN, 2026, 5, 1 + d, 12)).status for d in (23, 24, 29, 30)}
    assert statuses == {23: "on_track", 24: "due_soon", 29: "due_soon", 30: "overdue"}


def test_due_soon_is_at_least_one_day():
    p = person(cadence=3, last=at(BERLIN, 2026, 4, 1, 12))
    assert due_info(p, at(BERLIN, 2026, 4, 2, 12)).status == "on_track"
    assert due_info(p, at(BERLIN, 2026, 4, 3, 12)).status == "due_soon"
    p1 = person(cadence=1, last=at(BERLIN, 2026, 4, 1, 12))
    assert due_info(p1, at(BERLIN, 2026, 4, 1, 20)).status == "due_soon"


def test_zero_cadence_is_refused():
    with pytest.raises(InvalidInput, match="Sam's cadence"):
        due_info(person(cadence=0), at(BERLIN, 2026, 4, 1, 12))


def test_naive_now_is_refused():
    with pytest.raises(ValueError, match="aware"):
        due_info(person(), datetime(2026, 4, 1, 12))


def test_rank_by_overdue_ratio_then_name_and_skips_archived():
    now = at(BERLIN, 2026, 6, 30, 12)
    people = [
        person(1, "Zoe", cadence=10, last=at(BERLIN, 2026, 6, 20, 9)),  # ratio 1.0
        person(2, "alex", cadence=7, last=at(BERLIN, 2026, 6, 16, 9)),  # ratio 2.0
        person(3, "Bea", cadence=30, last=at(BERLIN, 2026, 5, 31, 9)),  # ratio 1.0
        person(4, "Cleo", cadence=7, last=at(BERLIN, 2026, 6, 29, 9)),  # ratio 1/7
        person(5, "Ada", cadence=1, last=at(BERLIN, 2026, 6, 1, 9), archived=True),
    ]
    ranked = rank_by_overdue(people, now)
    assert [i.person_id for i in ranked] == [2, 3, 1, 4]
    assert [round(i.overdue_ratio, 3) for i in ranked] == [2.0, 1.0, 1.0, 0.143]


@pytest.mark.parametrize(
    ("last", "phrase"),
    [
        (None, "not yet"),
        (datetime(2026, 7, 20, 0, 5, tzinfo=BERLIN), "today"),
        (datetime(2026, 7, 19, 23, 55, tzinfo=BERLIN), "yesterday"),
        (datetime(2026, 7, 17, 9, tzinfo=BERLIN), "3 days ago"),
        (datetime(2026, 7, 7, 9, tzinfo=BERLIN), "13 days ago"),
        (datetime(2026, 6, 29, 9, tzinfo=BERLIN), "3 weeks ago"),
        (datetime(2026, 5, 20, 9, tzinfo=BERLIN), "2 months ago"),
        (datetime(2025, 12, 1, 9, tzinfo=BERLIN), "7 months ago"),
        (datetime(2025, 7, 20, 9, tzinfo=BERLIN), "over a year ago"),
    ],
)
def test_last_contact_phrase(last: datetime | None, phrase: str):
    assert last_contact_phrase(last, datetime(2026, 7, 20, 18, tzinfo=BERLIN)) == phrase


def test_last_contact_phrase_uses_local_days_of_now():
    # 23:30 New York on 1 June is 05:30 Berlin on 2 June: "today" for a Berlin evening on the 2nd.
    last = at(NEW_YORK, 2026, 6, 1, 23, 30)
    assert last_contact_phrase(last, at(BERLIN, 2026, 6, 2, 20)) == "today"
    assert last_contact_phrase(last, at(NEW_YORK, 2026, 6, 2, 20)) == "yesterday"


def test_next_birthday_feb_29_in_common_and_leap_years():
    b = BirthdayDate(month=2, day=29, year=1996)
    assert next_birthday(b, date(2027, 1, 10)) == date(2027, 2, 28)
    assert next_birthday(b, date(2028, 1, 10)) == date(2028, 2, 29)
    assert next_birthday(b, date(2027, 2, 28)) == date(2027, 2, 28)
    assert next_birthday(b, date(2027, 3, 1)) == date(2028, 2, 29)


def test_next_birthday_today_and_rolled_over():
    b = BirthdayDate(month=11, day=21, year=None)
    assert next_birthday(b, date(2026, 11, 21)) == date(2026, 11, 21)
    assert next_birthday(b, date(2026, 11, 22)) == date(2027, 11, 21)
    assert next_birthday(BirthdayDate(1, 1, None), date(2026, 12, 31)) == date(2027, 1, 1)


def test_impossible_birthday_is_refused():
    with pytest.raises(InvalidInput, match="calendar"):
        BirthdayDate(month=4, day=31, year=None)
    with pytest.raises(InvalidInput, match="2/29/2027"):
        BirthdayDate(month=2, day=29, year=2027)
