"""A person's other dates (anniversaries, their own dates), nickname and related names over a real
vault: kept through edits, imported from the real vCards that carry them, merged without doubling,
nudged like birthdays and written to the calendar file."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from companion.domain.errors import InvalidInput
from companion.domain.planners.cadence import BirthdayDate
from companion.domain.planners.special_dates import SpecialDate
from companion.services.people import PersonInput

ANNIVERSARY = SpecialDate("anniversary", 11, 23, 2016)
MOVING = SpecialDate("custom", 1, 10, 2027, label="Moving day", yearly=False)


def _shape(view) -> list[tuple]:
    return [(d.kind, d.title, d.month, d.day, d.year, d.yearly) for d in view.dates]


def test_dates_nickname_and_related_names_are_kept_and_edited(companion) -> None:
    pid = companion.people.add(
        PersonInput(
            "Ada Lovelace",
            nickname="  Ada  ",
            dates=[MOVING, ANNIVERSARY],
            related=[("spouse", "William"), ("", "  ")],
        )
    )
    view = companion.people.get(pid)
    assert view.nickname == "Ada"
    # In the year's order, whatever order they were given in.
    assert _shape(view) == [
        ("custom", "Moving day", 1, 10, 2027, False),
        ("anniversary", "Anniversary", 11, 23, 2016, True),
    ]
    assert view.related == (("spouse", "William"),)
    # An edit from a form that doesn't carry them keeps them...
    companion.people.update(pid, PersonInput("Ada King", notes="mathematician"))
    kept = companion.people.get(pid)
    assert (kept.name, kept.nickname, _shape(kept), kept.related) == (
        "Ada King",
        "Ada",
        _shape(view),
        view.related,
    )
    # ...and one that does replaces them; empty lists remove them.
    companion.people.update(
        pid, PersonInput("Ada King", nickname="", dates=[ANNIVERSARY], related=[])
    )
    edited = companion.people.get(pid)
    assert (edited.nickname, _shape(edited), edited.related) == (
        "",
        [("anniversary", "Anniversary", 11, 23, 2016, True)],
        (),
    )
    companion.people.delete(pid)
    assert companion.vault.raw_pragma("SELECT count(*) FROM persondate") == [(0,)]
    assert companion.vault.raw_pragma("SELECT count(*) FROM relatedname") == [(0,)]


def test_a_bad_date_is_refused_and_the_person_left_as_they_were(companion) -> None:
    pid = companion.people.add(PersonInput("Bo", dates=[ANNIVERSARY]))
    with pytest.raises(InvalidInput, match="name"):
        companion.people.update(
            pid, PersonInput("Bo", related=[("friend", "x" * 300)], dates=[MOVING])
        )
    assert _shape(companion.people.get(pid)) == [("anniversary", "Anniversary", 11, 23, 2016, True)]


def test_upcoming_and_states_carry_the_dates(companion, clock) -> None:
    from companion.domain.planners.upcoming import upcoming_for

    pid = companion.people.add(PersonInput("Cy", birthday=BirthdayDate(12, 1), dates=[ANNIVERSARY]))
    found = upcoming_for(companion.people.list(), companion.today())
    assert [(u.person_id, u.kind, u.days_away, u.years) for u in found] == [
        (pid, "anniversary", 2, 10),
        (pid, "birthday", 10, None),
    ]
    [state] = [s for s in companion.people.states() if s.person_id == pid]
    assert [d.month for d in state.dates] == [11]


def test_an_anniversary_is_nudged_like_a_birthday(companion, clock) -> None:
    companion.settings.set("nudges.quiet_start", "00:00")
    companion.settings.set("nudges.quiet_end", "00:00")
    pid = companion.people.add(PersonInput("Di", dates=[ANNIVERSARY]))
    companion.interactions.log([pid], when=clock.now())  # not due for a chat: only the date
    plan = companion.nudges.plan()
    [nudge] = plan.nudges
    assert (nudge.kind, nudge.person_id) == ("date", pid)
    assert plan.title == "Coming up: Di's anniversary"
    companion.nudges.record_shown(plan)
    clock.advance(timedelta(days=1))
    assert not companion.nudges.plan()  # the heads-up was seen
    clock.advance(timedelta(days=1))
    today = companion.nudges.plan()
    assert today.title == "Today: Di's anniversary"
    assert "10 years today" in today.body
    companion.nudges.record(today.nudges[0], "done")
    assert not companion.nudges.plan()


# --- vCards ---------------------------------------------------------------------------------------


def _import(companion, path: Path):
    preview = companion.contacts_import.preview(path)
    return preview, companion.contacts_import.commit(preview)


def test_real_gmail_card_brings_its_anniversary_and_spouse(companion, realdata: Path) -> None:
    path = realdata / "vcard" / "ezvcard_John_Doe_GMAIL.vcf"
    _preview, summary = _import(companion, path)
    assert summary.added == 1
    [john] = companion.people.list()
    assert _shape(john) == [("anniversary", "Anniversary", 3, 1, 1975, True)]
    assert john.related == (("spouse", "Jenny"),)
    # The same file again: the same person (same email), nothing doubled.
    _preview, again = _import(companion, path)
    assert (again.added, again.unchanged) == (0, 1)
    [john] = companion.people.list()
    assert len(john.dates) == 1 and len(john.related) == 1


def test_real_mac_card_keeps_its_nickname_and_related_name(companion, realdata: Path) -> None:
    _import(companion, realdata / "vcard" / "ezvcard_John_Doe_MAC_ADDRESS_BOOK.vcf")
    [john] = companion.people.list()
    assert john.nickname == "Johny"
    assert john.related == (("Spouse", "Jenny"),)


def test_real_rfc6350_card_anniversary_with_a_time_keeps_its_day(companion, realdata: Path) -> None:
    _import(companion, realdata / "vcard" / "ezvcard_rfc6350-example.vcf")
    [simon] = companion.people.list()
    assert _shape(simon) == [("anniversary", "Anniversary", 8, 8, 2009, True)]
    assert simon.birthday == BirthdayDate(2, 3)


def test_a_merge_adds_only_the_dates_and_names_the_person_lacks(companion, tmp_path) -> None:
    pid = companion.people.add(
        PersonInput(
            "Jo March",
            contacts=[("email", "", "jo@example.org")],
            nickname="Jo",
            dates=[SpecialDate("anniversary", 5, 1)],
        )
    )
    path = tmp_path / "jo.vcf"
    path.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Josephine March\r\nEMAIL:jo@example.org\r\n"
        "NICKNAME:Josie\r\nitem1.X-ABDATE:--05-01\r\nitem1.X-ABLabel:_$!<Anniversary>!$_\r\n"
        "item2.X-ABDATE;X-APPLE-OMIT-YEAR=1604:1604-07-04\r\nitem2.X-ABLabel:first met\r\n"
        "RELATED;TYPE=sibling:Meg\r\nEND:VCARD\r\n"
        # An earlier card's person and a later card of the same person, both new.
        "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Laurie\r\nEMAIL:laurie@example.org\r\n"
        "ANNIVERSARY:20200101\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Laurie\r\nEMAIL:laurie@example.org\r\n"
        "ANNIVERSARY:20200101\r\nX-ANNIVERSARY:2021-06-06\r\nEND:VCARD\r\n",
        encoding="utf-8",
    )
    _preview, summary = _import(companion, path)
    assert (summary.added, summary.merged) == (1, 2)
    jo = companion.people.get(pid)
    assert jo.nickname == "Jo"  # what the user wrote stays
    assert _shape(jo) == [
        ("anniversary", "Anniversary", 5, 1, None, True),
        ("custom", "First met", 7, 4, None, True),
    ]
    assert jo.related == (("sibling", "Meg"),)
    [laurie] = [v for v in companion.people.list() if v.name == "Laurie"]
    assert _shape(laurie) == [
        ("anniversary", "Anniversary", 1, 1, 2020, True),
        ("anniversary", "Anniversary", 6, 6, 2021, True),
    ]


def test_an_unreadable_anniversary_is_named_and_the_card_still_comes_in(
    companion, tmp_path
) -> None:
    path = tmp_path / "odd.vcf"
    path.write_text(
        "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Meg\r\nANNIVERSARY:someday\r\nEND:VCARD\r\n",
        encoding="utf-8",
    )
    preview, summary = _import(companion, path)
    assert summary.added == 1
    [problem] = preview.problems
    assert "“someday” isn't a date we can read" in problem.message
    assert "line 1" in problem.message.lower() or "Card 1" in problem.message


# --- the calendar file -----------------------------------------------------------------------------


def test_export_ics_repeats_yearly_dates_and_keeps_one_off_dates_single(
    companion, tmp_path
) -> None:
    icalendar = pytest.importorskip("icalendar")
    from dateutil.rrule import rrulestr

    from companion.exporters.ics import export_ics

    companion.people.add(
        PersonInput(
            "Ed",
            birthday=BirthdayDate(2, 29),
            dates=[
                ANNIVERSARY,
                MOVING,
                SpecialDate("custom", 2, 29, label="Leap party"),
            ],
        )
    )
    target = tmp_path / "dates.ics"
    assert export_ics(companion, target) == 4
    events = {
        str(e["SUMMARY"]): e
        for e in icalendar.Calendar.from_ical(target.read_bytes()).walk("VEVENT")
    }
    assert set(events) == {
        "Ed’s birthday",
        "Ed’s anniversary",
        "Moving day (Ed)",
        "Leap party (Ed)",
    }
    moving = events["Moving day (Ed)"]
    assert moving["DTSTART"].dt == date(2027, 1, 10) and "RRULE" not in moving
    anniversary = events["Ed’s anniversary"]
    assert anniversary["DTSTART"].dt == date(2016, 11, 23)
    assert anniversary["RRULE"].to_ical() == b"FREQ=YEARLY"
    leap = events["Leap party (Ed)"]
    start = leap["DTSTART"].dt
    assert start.year == companion.clock.now().year  # no invented year
    rule = rrulestr(
        leap["RRULE"].to_ical().decode(), dtstart=datetime.combine(start, datetime.min.time())
    )
    days = [d.date() for d in rule.between(datetime(2027, 1, 1), datetime(2028, 12, 31))]
    assert days == [date(2027, 2, 28), date(2028, 2, 29)]
    uids = [str(e["UID"]) for e in events.values()]
    assert len(set(uids)) == 4


def test_overlong_names_are_named_as_problems_and_the_rest_comes_in(companion, tmp_path) -> None:
    long = "x" * 300
    path = tmp_path / "long.vcf"
    path.write_text(
        f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Kim\r\nNICKNAME:{long}\r\n"
        f"item1.X-ABRELATEDNAMES:{long}\r\nitem1.X-ABLabel:friend\r\n"
        f"item2.X-ABDATE:2020-01-01\r\nitem2.X-ABLabel:{long}\r\n"
        "RELATED;TYPE=spouse:Lee\r\nANNIVERSARY:20190505\r\nEND:VCARD\r\n",
        encoding="utf-8",
    )
    preview, summary = _import(companion, path)
    assert summary.added == 1
    assert len(preview.problems) == 3
    assert all("too long" in p.message and "Card 1" in p.message for p in preview.problems)
    [kim] = companion.people.list()
    assert (kim.nickname, kim.related) == ("", (("spouse", "Lee"),))
    assert _shape(kim) == [("anniversary", "Anniversary", 5, 5, 2019, True)]
