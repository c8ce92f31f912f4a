"""Birthdays as iCalendar (RFC 5545), read back with a real parser (the `icalendar` package) and
expanded over the years: year-less and 29 February birthdays included, names escaped and folded,
written whole and never inside the profile folder."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from dateutil.rrule import rrulestr

icalendar = pytest.importorskip("icalendar")

from companion.domain.errors import CompanionError  # noqa: E402
from companion.domain.planners.cadence import BirthdayDate  # noqa: E402
from companion.exporters.ics import export_ics, ics_text  # noqa: E402
from companion.services.people import PersonInput  # noqa: E402

NOW = datetime(2026, 11, 21, 12, 0, tzinfo=ZoneInfo("Europe/Berlin"))


def _events(text: str) -> dict[str, icalendar.Event]:
    calendar = icalendar.Calendar.from_ical(text)
    assert calendar["VERSION"] == "2.0" and calendar["PRODID"]
    return {str(e["SUMMARY"]): e for e in calendar.walk("VEVENT")}


def _dates(event, until_year: int) -> list[date]:
    start = event["DTSTART"].dt
    rule = rrulestr(
        event["RRULE"].to_ical().decode(), dtstart=datetime.combine(start, datetime.min.time())
    )
    return [
        d.date()
        for d in rule.between(datetime(start.year, 1, 1), datetime(until_year, 12, 31), inc=True)
    ]


def test_each_birthday_is_a_yearly_all_day_event():
    text = ics_text(
        [
            (1, "Ada Lovelace", BirthdayDate(12, 10, 1815)),
            (2, "Bo", BirthdayDate(3, 14)),
            (3, "Leap; Day, Person", BirthdayDate(2, 29, 2000)),
            (4, "Jo Year-less Leap", BirthdayDate(2, 29)),
        ],
        now=NOW,
        vault_id="v1",
    )
    assert text.endswith("\r\n") and "\n" not in text.replace("\r\n", "")
    assert all(len(line.encode()) <= 75 for line in text.split("\r\n"))
    events = _events(text)
    assert set(events) == {
        "Ada Lovelace’s birthday",
        "Bo’s birthday",
        "Leap; Day, Person’s birthday",
        "Jo Year-less Leap’s birthday",
    }
    ada = events["Ada Lovelace’s birthday"]
    assert ada["DTSTART"].dt == date(1815, 12, 10)
    assert ada["RRULE"]["FREQ"] == ["YEARLY"]
    assert str(ada["UID"]).endswith("@companion.invalid") and ada["DTSTAMP"]
    # Year-less: from this year on, invented year none.
    bo = events["Bo’s birthday"]
    assert bo["DTSTART"].dt == date(2026, 3, 14)
    assert _dates(bo, 2028) == [date(2026, 3, 14), date(2027, 3, 14), date(2028, 3, 14)]
    # 29 February: the last day of February every year, not only in leap years.
    leap = events["Leap; Day, Person’s birthday"]
    assert _dates(leap, 2004)[-5:] == [
        date(2000, 2, 29),
        date(2001, 2, 28),
        date(2002, 2, 28),
        date(2003, 2, 28),
        date(2004, 2, 29),
    ]
    assert _dates(events["Jo Year-less Leap’s birthday"], 2028) == [
        date(2026, 2, 28),
        date(2027, 2, 28),
        date(2028, 2, 29),
    ]


def test_long_names_fold_without_splitting_a_character():
    name = "Zoë " + "ü" * 60 + " 😀 Þórsdóttir"
    events = _events(ics_text([(7, name, BirthdayDate(1, 2))], now=NOW))
    assert list(events) == [f"{name}’s birthday"]


def test_the_uid_is_stable_per_vault_and_person():
    one = _events(ics_text([(1, "A", BirthdayDate(1, 1))], now=NOW, vault_id="v"))
    two = _events(
        ics_text([(1, "A", BirthdayDate(1, 1))], now=NOW + timedelta(days=3), vault_id="v")
    )
    other = _events(ics_text([(1, "A", BirthdayDate(1, 1))], now=NOW, vault_id="w"))
    uid = str(one["A’s birthday"]["UID"])
    assert uid == str(two["A’s birthday"]["UID"]) != str(other["A’s birthday"]["UID"])


def test_export_writes_everyone_with_a_birthday(companion, tmp_path):
    companion.people.add(PersonInput("Ada", birthday=BirthdayDate(12, 10, 1815)))
    companion.people.add(PersonInput("Bo", birthday=BirthdayDate(3, 14)))
    companion.people.add(PersonInput("No Date"))
    gone = companion.people.add(PersonInput("Gone", birthday=BirthdayDate(1, 1)))
    companion.people.set_archived(gone)
    target = tmp_path / "out" / "birthdays.ics"
    target.parent.mkdir()
    assert export_ics(companion, target) == 2
    assert set(_events(target.read_text(encoding="utf-8"))) == {"Ada’s birthday", "Bo’s birthday"}
    with pytest.raises(CompanionError):
        export_ics(companion, companion.profile.root / "inside.ics")
    assert not (companion.profile.root / "inside.ics").exists()
