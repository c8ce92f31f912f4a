"""Birthdays and other dates that matter as an iCalendar file (RFC 5545) that calendar apps import:
one all-day event a year per birthday and per yearly date, and a single all-day event for a date
that happens once. The file is NOT encrypted; the user chose to make it.

Year-less birthdays: an iCalendar event needs a first date, so one whose year isn't known starts
on its day in the year of the export and repeats from there. That invents no birth year (a
placeholder such as Apple's 1604 would let a calendar app show an age of four hundred) and every
birthday from now on is in the calendar; the title never mentions an age either way. A birthday on
29 February repeats on the last day of February (`BYMONTHDAY=-1`), as Companion's nudges keep it,
because a plain yearly rule on the 29th would skip three years in four.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from companion.domain.i18n import _
from companion.domain.planners.cadence import BirthdayDate, birthday_in_year
from companion.domain.planners.special_dates import SpecialDate
from companion.platform.fileio import atomic_write_bytes, refuse_inside_profile

if TYPE_CHECKING:
    from companion.facade import Companion

PRODID = "-//Companion//Birthdays//EN"


def _escape(text: str) -> str:
    # RFC 5545 3.3.11: backslash, semicolon and comma escaped; line breaks as \n.
    return (
        text.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
        .replace("\r", "\\n")
    )


def _fold(line: str) -> str:
    """RFC 5545 3.1: lines longer than 75 octets continue on the next line after a space,
    never splitting a UTF-8 character."""
    out: list[str] = []
    current, size = "", 0
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > (75 if not out else 74):
            out.append(current)
            current, size = "", 0
        current += char
        size += width
    out.append(current)
    return "\r\n ".join(out)


def _first(b: BirthdayDate, this_year: int) -> date:
    if b.year is not None:
        return birthday_in_year(b, b.year)
    return birthday_in_year(b, this_year)


def _uid(vault_id: str, kind: str, person_id: int) -> str:
    # Stable across exports of the same vault, so a calendar app updates rather than duplicates.
    digest = hashlib.sha256(f"{vault_id}:{kind}:{person_id}".encode()).hexdigest()[:24]
    return f"{digest}@companion.invalid"


def _yearly_rule(month: int, day: int) -> str:
    if month == 2 and day == 29:
        return "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1"
    return "FREQ=YEARLY"


def date_summary(name: str, d: SpecialDate) -> str:
    """ "Ada’s anniversary", "Ada’s wedding anniversary", "Graduation (Ada)"."""
    if d.kind == "anniversary":
        label = d.label.strip()
        if not label:
            return _("{name}’s anniversary").format(name=name)
        return _("{name}’s {date}").format(name=name, date=label)
    return _("{date} ({name})").format(date=d.title, name=name)


def ics_text(
    people: Iterable[tuple[int, str, BirthdayDate]],
    *,
    now: datetime,
    vault_id: str = "",
    dates: Iterable[tuple[int, str, SpecialDate]] = (),
) -> str:
    """Each (id, name, birthday) as a yearly all-day event, and each (id, name, date) as a yearly
    one or, for a date that happens once, a single one, in one VCALENDAR."""
    stamp = now.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODID}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        "X-WR-CALNAME:" + _escape(_("Dates from Companion")),
    ]
    for person_id, name, birthday in people:
        first = _first(birthday, now.year)
        rule = _yearly_rule(birthday.month, birthday.day)
        lines += [
            "BEGIN:VEVENT",
            f"UID:{_uid(vault_id, 'birthday', person_id)}",
            f"DTSTAMP:{stamp}",
            f"DTSTART;VALUE=DATE:{first:%Y%m%d}",
            f"RRULE:{rule}",
            "SUMMARY:" + _escape(_("{name}’s birthday").format(name=name)),
            "TRANSP:TRANSPARENT",
            "CATEGORIES:Birthday",
            "END:VEVENT",
        ]
    for person_id, name, d in dates:
        first = d.first() or _first(BirthdayDate(d.month, d.day), now.year)
        lines += [
            "BEGIN:VEVENT",
            f"UID:{_uid(vault_id, f'date{d.id}', person_id)}",
            f"DTSTAMP:{stamp}",
            f"DTSTART;VALUE=DATE:{first:%Y%m%d}",
        ]
        if d.yearly:
            lines.append(f"RRULE:{_yearly_rule(d.month, d.day)}")
        lines += [
            f"SUMMARY:{_escape(date_summary(name, d))}",
            "TRANSP:TRANSPARENT",
            f"CATEGORIES:{'Anniversary' if d.kind == 'anniversary' else 'Special occasion'}",
            "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    return "".join(_fold(line) + "\r\n" for line in lines)


def export_ics(companion: Companion, target: Path | str) -> int:
    """Write everyone's birthday and other dates (archived people left out) to `target`,
    complete or not at all. Returns how many events were written."""
    target = Path(target).expanduser().absolute()
    refuse_inside_profile(target, companion.profile.root)
    everyone = sorted(companion.people.list(), key=lambda p: (p.name.casefold(), p.id))
    people = [p for p in everyone if p.birthday is not None]
    dates = [(p.id, p.name, d) for p in everyone for d in p.dates]
    key_file = companion.key_file
    text = ics_text(
        ((p.id, p.name, p.birthday) for p in people if p.birthday is not None),
        now=companion.clock.now(),
        vault_id=key_file.vault_id if key_file is not None else "",
        dates=dates,
    )
    atomic_write_bytes(
        target, text.encode("utf-8"), what=_("the calendar file {name}").format(name=target.name)
    )
    return len(people) + len(dates)
