"""Which day a moment belongs to: the one rule every record, page and planner uses.

A day runs from one "day ends at" time to the next (default 04:00), so a mood logged at 01:00, or
an evening check-in answered at 00:40, belongs to the day that is ending, as the person lives it.
The rule compares wall-clock times in the given zone, so a daylight-saving change (an hour in
London or New York, half an hour on Lord Howe Island) never moves a moment to another day: a day
that gains or loses time is simply longer or shorter.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, tzinfo

DAY_END_SETTING = "day.ends_at"
DEFAULT_DAY_END = "04:00"
MIDNIGHT = time(0, 0)


def parse_day_end(text: str | None) -> time:
    """The "HH:MM" setting as a time (the default when unset)."""
    value = text or DEFAULT_DAY_END
    return time(int(value[:2]), int(value[3:5]))


def day_of(moment: datetime, tz: tzinfo, day_ends_at: time) -> date:
    """The day `moment` counts for, in zone `tz`, when days end at `day_ends_at`: its calendar
    day, or the one before when its wall-clock time is before the day's end."""
    if moment.tzinfo is None:
        raise ValueError("day_of needs an aware datetime")
    local = moment.astimezone(tz)
    wall = local.time().replace(tzinfo=None, fold=0)
    if wall < day_ends_at:
        return local.date() - timedelta(days=1)
    return local.date()


def today(now: datetime, day_ends_at: time) -> date:
    """The day `now` counts for, in its own zone."""
    assert now.tzinfo is not None
    return day_of(now, now.tzinfo, day_ends_at)


def day_starts(day: date, tz: tzinfo, day_ends_at: time) -> datetime:
    """The first moment of `day` in `tz` (the previous day's end). Where that wall-clock time
    doesn't exist (it falls in a daylight-saving gap), the moment the clocks jump."""
    naive = datetime.combine(day, day_ends_at)
    early, late = sorted(
        (naive.replace(tzinfo=tz, fold=f).astimezone(UTC) for f in (0, 1)),
    )
    if day_of(early, tz, day_ends_at) == day:
        return early.astimezone(tz)
    # In a gap the two readings straddle the jump: find it to the second.
    while late - early > timedelta(seconds=1):
        middle = early + (late - early) / 2
        if day_of(middle, tz, day_ends_at) == day:
            late = middle
        else:
            early = middle
    return late.replace(microsecond=0).astimezone(tz)
