"""The one rule that decides which day a moment counts for (companion.domain.days), across
daylight-saving changes and on both sides of the day's end."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from companion.domain.days import MIDNIGHT, day_of, day_starts, parse_day_end, today

LONDON = ZoneInfo("Europe/London")
NEW_YORK = ZoneInfo("America/New_York")
LORD_HOWE = ZoneInfo("Australia/Lord_Howe")
FOUR = time(4, 0)


def at(tz, *args):
    return datetime(*args, tzinfo=tz)


def test_before_the_end_is_the_day_before_and_after_it_is_the_day():
    assert day_of(at(LONDON, 2026, 6, 10, 1, 0), LONDON, FOUR) == date(2026, 6, 9)
    assert day_of(at(LONDON, 2026, 6, 10, 3, 59, 59), LONDON, FOUR) == date(2026, 6, 9)
    assert day_of(at(LONDON, 2026, 6, 10, 4, 0), LONDON, FOUR) == date(2026, 6, 10)
    assert day_of(at(LONDON, 2026, 6, 10, 23, 59), LONDON, FOUR) == date(2026, 6, 10)


def test_midnight_end_is_the_calendar_day():
    assert day_of(at(LONDON, 2026, 6, 10, 0, 0), LONDON, MIDNIGHT) == date(2026, 6, 10)
    assert day_of(at(LONDON, 2026, 6, 9, 23, 59), LONDON, MIDNIGHT) == date(2026, 6, 9)


def test_the_zone_decides_not_the_moments_own_offset():
    moment = datetime(2026, 6, 10, 2, 30, tzinfo=UTC)  # 03:30 in London, 22:30 in New York
    assert day_of(moment, LONDON, FOUR) == date(2026, 6, 9)
    assert day_of(moment, NEW_YORK, FOUR) == date(2026, 6, 9)
    assert day_of(moment, ZoneInfo("Asia/Tokyo"), FOUR) == date(2026, 6, 10)  # 11:30


@pytest.mark.parametrize(
    ("tz", "night"),
    [
        (LONDON, date(2026, 3, 29)),  # clocks go forward 01:00 -> 02:00
        (LONDON, date(2026, 10, 25)),  # back 02:00 -> 01:00
        (NEW_YORK, date(2026, 3, 8)),  # forward 02:00 -> 03:00
        (NEW_YORK, date(2026, 11, 1)),  # back 02:00 -> 01:00
        (LORD_HOWE, date(2026, 4, 5)),  # back half an hour 02:00 -> 01:30
        (LORD_HOWE, date(2026, 10, 4)),  # forward half an hour 02:00 -> 02:30
    ],
)
def test_every_minute_of_a_dst_night_counts_for_the_evening_before(tz, night):
    """Walk the real instants (in UTC minutes) from 22:00 the evening before to 06:00: each one
    before 04:00 wall time counts for the evening's day, each after for the new day, and the day
    changes exactly once, at 04:00."""
    start = datetime.combine(night - timedelta(days=1), time(22), tz).astimezone(UTC)
    end = datetime.combine(night, time(6), tz).astimezone(UTC)
    moment, changes, previous = start, 0, None
    while moment <= end:
        local = moment.astimezone(tz)
        day = day_of(moment, tz, FOUR)
        expected = night if local.date() == night and local.time() >= FOUR else night - timedelta(1)
        assert day == expected, local
        if previous is not None and day != previous:
            changes += 1
            assert local.time().replace(fold=0) == FOUR
        previous = day
        moment += timedelta(minutes=1)
    assert changes == 1


def test_a_day_end_inside_a_dst_gap_still_ends_the_day_once():
    # Lord Howe skips 02:00-02:30 on 4 October 2026; a day that ends at 02:15 ends at 02:30.
    tz, end_at = LORD_HOWE, time(2, 15)
    before = at(tz, 2026, 10, 4, 1, 59)
    after = (before.astimezone(UTC) + timedelta(minutes=1)).astimezone(tz)  # 02:30 wall time
    assert after.time() == time(2, 30)
    assert day_of(before, tz, end_at) == date(2026, 10, 3)
    assert day_of(after, tz, end_at) == date(2026, 10, 4)
    assert day_starts(date(2026, 10, 4), tz, end_at).time() == time(2, 30)


def test_the_repeated_hour_of_a_fall_back_night_stays_with_the_evening():
    # New York repeats 01:00-02:00 on 1 November 2026: both passes belong to 31 October.
    first = datetime(2026, 11, 1, 5, 30, tzinfo=UTC).astimezone(NEW_YORK)
    second = datetime(2026, 11, 1, 6, 30, tzinfo=UTC).astimezone(NEW_YORK)
    assert first.time() == second.time() == time(1, 30)
    assert day_of(first, NEW_YORK, FOUR) == day_of(second, NEW_YORK, FOUR) == date(2026, 10, 31)


@given(
    st.datetimes(
        min_value=datetime(2000, 1, 2), max_value=datetime(2090, 12, 30), timezones=st.just(UTC)
    ),
    st.sampled_from([LONDON, NEW_YORK, LORD_HOWE, ZoneInfo("Asia/Kolkata")]),
    st.times(),
)
def test_a_day_runs_from_its_start_to_the_next_start(moment, tz, end_at):
    end_at = end_at.replace(microsecond=0, second=0)
    day = day_of(moment, tz, end_at)
    start = day_starts(day, tz, end_at)
    following = day_starts(day + timedelta(days=1), tz, end_at)
    assert start.astimezone(UTC) <= moment < following.astimezone(UTC)


def test_today_and_the_setting_text():
    assert parse_day_end(None) == FOUR
    assert parse_day_end("00:00") == MIDNIGHT
    assert parse_day_end("05:30") == time(5, 30)
    assert today(at(LONDON, 2026, 1, 1, 0, 40), FOUR) == date(2025, 12, 31)
    with pytest.raises(ValueError):
        day_of(datetime(2026, 1, 1), LONDON, FOUR)
