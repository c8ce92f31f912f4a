"""Dates that matter to a person besides their birthday: an anniversary, or a date with the user's
own label that repeats every year or happens once. Pure: plain values in, plain values out.

A yearly date may leave out its year (as birthdays may); one that happens once needs it. A yearly
date on 29 February falls on 28 February in other years, as birthdays do.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from companion.domain.errors import InvalidInput
from companion.domain.i18n import _
from companion.domain.planners.cadence import BirthdayDate, birthday_in_year, next_birthday

KINDS = ("anniversary", "custom")
MAX_LABEL = 100


@dataclass(frozen=True)
class SpecialDate:
    """One date: `kind` "anniversary" or "custom", the user's `label` (may be empty for an
    anniversary), the day, and whether it comes back every year. `id` is 0 before it is stored."""

    kind: str
    month: int
    day: int
    year: int | None = None
    label: str = ""
    yearly: bool = True
    id: int = 0

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise InvalidInput(_("Unknown kind of date: {kind}.").format(kind=self.kind))
        BirthdayDate(self.month, self.day, self.year)  # a date on the calendar, or a clear line
        if not self.yearly and self.year is None:
            raise InvalidInput(_("A date that happens once needs a year."))
        if self.kind == "custom" and not self.label.strip():
            raise InvalidInput(_("Please give this date a name (for example “Graduation”)."))
        if len(self.label) > MAX_LABEL:
            raise InvalidInput(
                _("That name is too long ({limit} characters at most).").format(limit=MAX_LABEL)
            )

    @property
    def title(self) -> str:
        """What the date is called: its label, or "Anniversary" for an unlabelled anniversary."""
        return self.label.strip() or ("Anniversary" if self.kind == "anniversary" else "")

    def first(self) -> date | None:
        """The first time it happened, when its year is known."""
        if self.year is None:
            return None
        return birthday_in_year(BirthdayDate(self.month, self.day, self.year), self.year)


def next_occurrence(d: SpecialDate, today: date) -> date | None:
    """The date's next day on or after `today`, or None when it happened once, in the past."""
    first = d.first()
    if not d.yearly:
        assert first is not None
        return first if first >= today else None
    on = next_birthday(BirthdayDate(d.month, d.day, d.year), today)
    # A yearly date that begins in a later year starts there.
    return first if first is not None and first > on else on


def years_on(d: SpecialDate, on: date) -> int | None:
    """How many years a yearly date marks on `on` (None when its year isn't known or none yet)."""
    if not d.yearly or d.year is None or on.year <= d.year:
        return None
    return on.year - d.year
