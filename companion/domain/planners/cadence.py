"""Who is due for a chat: cadence arithmetic in local calendar days, ranking, and birthdays.

Rules (all days are the person's days in the time zone of the `now` passed in: a day ends at
`day_ends_at`, midnight unless given; see companion.domain.days):

* The *reference* is the last contact, or `added_at` when the person was never contacted.
* The *due day* is the reference's local date plus `cadence_days`. Counting dates rather than
  24-hour spans means a daylight-saving change never moves a due day, and a contact late in the
  evening counts for that evening's date.
* `days_since` is today's date minus the reference date (never below 0), and
  `overdue_ratio = days_since / cadence_days`: 1.0 on the due day, 2.0 a full cadence later.
* Status: ``overdue`` from the due day on; ``due_soon`` in the last 20% of the cadence before it
  (at least the day before the due day, rounded down otherwise: 7 days -> 1 day, 30 days -> 6 days);
  ``on_track`` before that.
* Birthdays on Feb 29 fall on Feb 28 in years without one.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo
from functools import lru_cache
from typing import TYPE_CHECKING, Literal

from companion.domain.days import MIDNIGHT, day_of
from companion.domain.errors import InvalidInput
from companion.domain.i18n import _, ngettext

if TYPE_CHECKING:
    from companion.domain.planners.special_dates import SpecialDate

Status = Literal["on_track", "due_soon", "overdue"]

# The share of a cadence, at its end, in which a person shows as "due soon".
DUE_SOON_SHARE = 0.2


@dataclass(frozen=True)
class BirthdayDate:
    """A birthday; the year is optional because people often know only the day."""

    month: int
    day: int
    year: int | None = None

    def __post_init__(self) -> None:
        # 2000 is a leap year, so Feb 29 passes while Feb 30 or Apr 31 do not.
        try:
            date(2000 if self.year is None else self.year, self.month, self.day)
        except ValueError:
            when = f"{self.month}/{self.day}" + (f"/{self.year}" if self.year else "")
            raise InvalidInput(
                _("{when} isn't a date on the calendar.").format(when=when)
            ) from None


@dataclass(frozen=True)
class PersonState:
    """What the planners need to know about one person."""

    person_id: int
    name: str
    cadence_days: int
    added_at: datetime
    last_contact: datetime | None
    birthday: BirthdayDate | None = None
    archived: bool = False
    dates: tuple[SpecialDate, ...] = ()  # other dates that matter (anniversaries, the user's own)


@dataclass(frozen=True)
class DueInfo:
    """Where one person stands in their cadence on a given day."""

    person_id: int
    due_on: date
    days_since: int
    overdue_ratio: float
    status: Status


def require_aware(when: datetime, what: str) -> None:
    if when.tzinfo is None or when.utcoffset() is None:
        raise ValueError(f"{what} must be an aware datetime, got {when!r}")


def local_date(when: datetime, now: datetime, day_ends_at: time = MIDNIGHT) -> date:
    """The day `when` counts for in `now`'s time zone (companion.domain.days.day_of)."""
    require_aware(when, "a timestamp")
    assert now.tzinfo is not None
    return day_of(when, now.tzinfo, day_ends_at)


@lru_cache(maxsize=8)
def _today(now: datetime, zone: tzinfo | None, day_ends_at: time) -> date:
    # The same for everyone on a list: worked out once per moment, not once per person. The
    # zone is part of the key because equal moments in two zones compare (and hash) equal.
    return local_date(now, now, day_ends_at)


def due_soon_window(cadence_days: int) -> int:
    """How many days before the due day a person shows as due soon."""
    return max(1, int(cadence_days * DUE_SOON_SHARE))


def due_info(person: PersonState, now: datetime, day_ends_at: time = MIDNIGHT) -> DueInfo:
    """Where `person` stands today; see the module docstring for the rules."""
    require_aware(now, "now")
    if person.cadence_days < 1:
        raise InvalidInput(
            _("{name}'s cadence must be at least 1 day, not {days}.").format(
                name=person.name, days=person.cadence_days
            )
        )
    reference = person.last_contact if person.last_contact is not None else person.added_at
    ref_day = local_date(reference, now, day_ends_at)
    today = _today(now, now.tzinfo, day_ends_at)
    due_on = ref_day + timedelta(days=person.cadence_days)
    days_since = max(0, (today - ref_day).days)
    days_left = (due_on - today).days
    status: Status
    if days_left <= 0:
        status = "overdue"
    elif days_left <= due_soon_window(person.cadence_days):
        status = "due_soon"
    else:
        status = "on_track"
    return DueInfo(
        person_id=person.person_id,
        due_on=due_on,
        days_since=days_since,
        overdue_ratio=days_since / person.cadence_days,
        status=status,
    )


def rank_by_overdue(
    people: Iterable[PersonState], now: datetime, day_ends_at: time = MIDNIGHT
) -> list[DueInfo]:
    """Everyone not archived, most overdue relative to their cadence first; ties by name."""
    scored = [(due_info(p, now, day_ends_at), p) for p in people if not p.archived]
    scored.sort(key=lambda s: (-s[0].overdue_ratio, s[1].name.casefold(), s[1].person_id))
    return [info for info, _score in scored]


def _months_between(earlier: date, later: date) -> int:
    months = (later.year - earlier.year) * 12 + later.month - earlier.month
    return months - 1 if later.day < earlier.day else months


def last_contact_phrase(last: datetime | None, now: datetime, day_ends_at: time = MIDNIGHT) -> str:
    """A short, plain phrase for how long ago the last contact was, in local calendar days."""
    require_aware(now, "now")
    if last is None:
        return _("not yet")
    then = local_date(last, now, day_ends_at)
    today = local_date(now, now, day_ends_at)
    days = (today - then).days
    if days <= 0:
        return _("today")
    if days == 1:
        return _("yesterday")
    if days < 14:
        return ngettext("{n} day ago", "{n} days ago", days).format(n=days)
    if days < 60:
        weeks = days // 7
        return ngettext("{n} week ago", "{n} weeks ago", weeks).format(n=weeks)
    if days < 365:
        months = max(2, _months_between(then, today))
        return ngettext("{n} month ago", "{n} months ago", months).format(n=months)
    return _("over a year ago")


def birthday_in_year(b: BirthdayDate, year: int) -> date:
    """The day `b` is celebrated in `year`; Feb 29 becomes Feb 28 outside leap years."""
    if b.month == 2 and b.day == 29 and not calendar.isleap(year):
        return date(year, 2, 28)
    return date(year, b.month, b.day)


def next_birthday(b: BirthdayDate, today: date) -> date:
    """The next celebration of `b` on or after `today`."""
    this_year = birthday_in_year(b, today.year)
    return this_year if this_year >= today else birthday_in_year(b, today.year + 1)
