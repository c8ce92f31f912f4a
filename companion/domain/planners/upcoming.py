"""Dates that matter in the days ahead: birthdays, anniversaries and a person's own dates within a
window, year-less ones included, soonest first. Pure: plain data and a day in, plain data out."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Protocol

from companion.domain.planners.cadence import BirthdayDate, next_birthday
from companion.domain.planners.special_dates import SpecialDate, next_occurrence, years_on

UPCOMING_DAYS = 30


@dataclass(frozen=True)
class Upcoming:
    """One date ahead: whose, what, when, and how many days away (0 = today)."""

    person_id: int
    name: str
    kind: str  # "birthday", "anniversary" or "custom"
    label: str  # "Birthday", "Anniversary" or the person's own label
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


def upcoming_dates(
    people: Iterable[tuple[int, str, Iterable[SpecialDate]]],
    today: date,
    days: int = UPCOMING_DAYS,
) -> list[Upcoming]:
    """Each (id, name, dates) date whose next day falls within `days` days from `today` (today
    included; a date that happened once only if it is still ahead), soonest first, then by name."""
    found = []
    for person_id, name, dates in people:
        for d in dates:
            on = next_occurrence(d, today)
            if on is None or (on - today).days > days:
                continue
            found.append(
                Upcoming(person_id, name, d.kind, d.title, on, (on - today).days, years_on(d, on))
            )
    found.sort(key=lambda u: (u.on, u.name.casefold(), u.person_id))
    return found


class ListedPerson(Protocol):
    """What `upcoming_for` reads of a person as the people pages list them."""

    @property
    def id(self) -> int: ...
    @property
    def name(self) -> str: ...
    @property
    def birthday(self) -> BirthdayDate | None: ...
    @property
    def dates(self) -> Iterable[SpecialDate]: ...
    @property
    def archived(self) -> bool: ...


def upcoming_for(
    listed: Iterable[ListedPerson], today: date, days: int = UPCOMING_DAYS
) -> list[Upcoming]:
    """Birthdays and other dates for the people pages' views (archived people left out), soonest
    first; on one day, a person's birthday before their other dates."""
    views = [v for v in listed if not v.archived]
    found = upcoming_birthdays(((v.id, v.name, v.birthday) for v in views), today, days)
    found += upcoming_dates(((v.id, v.name, v.dates) for v in views), today, days)
    order = {"birthday": 0, "anniversary": 1, "custom": 2}
    found.sort(key=lambda u: (u.on, u.name.casefold(), u.person_id, order.get(u.kind, 3), u.label))
    return found
