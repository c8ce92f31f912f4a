"""Dates that matter in the days ahead: birthdays (and later other yearly dates) within a window,
year-less ones included, soonest first. Pure: plain data and a day in, plain data out."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from companion.planners.cadence import BirthdayDate, next_birthday

UPCOMING_DAYS = 30


@dataclass(frozen=True)
class Upcoming:
    """One date ahead: whose, what, when, and how many days away (0 = today)."""

    person_id: int
    name: str
    kind: str  # "birthday"
    label: str  # "Birthday"
    on: date
    days_away: int
    years: int | None  # the age turned, or the years since; None when the year isn't known


def upcoming_birthdays(
    people: Iterable[tuple[int, str, BirthdayDate | None]],
    today: date,
    days: int = UPCOMING_DAYS,
) -> list[Upcoming]:
    """Each (id, name, birthday) whose next birthday falls within `days` days from `today`
    (today included), soonest first, then by name."""
    found = []
    for person_id, name, birthday in people:
        if birthday is None:
            continue
        on = next_birthday(birthday, today)
        away = (on - today).days
        if away > days:
            continue
        years = on.year - birthday.year if birthday.year and on.year > birthday.year else None
        found.append(Upcoming(person_id, name, "birthday", "Birthday", on, away, years))
    found.sort(key=lambda u: (u.on, u.name.casefold(), u.person_id))
    return found


def upcoming_for(views: Iterable, today: date, days: int = UPCOMING_DAYS) -> list[Upcoming]:
    """`upcoming_birthdays` for the people pages' views (archived people left out)."""
    return upcoming_birthdays(
        ((v.id, v.name, v.birthday) for v in views if not v.archived), today, days
    )
