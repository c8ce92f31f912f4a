"""The report's content: a hand-built vault with known moods, check-ins, contact, screen time and
journal entries gives known numbers; sections left out are absent; initials hide full names."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from companion.domain.errors import InvalidInput
from companion.facade import Companion
from companion.platform.clock import FakeClock
from companion.services.mood import MoodInput
from companion.services.people import PersonInput
from companion.services.report_data import (
    HEADER_LINE,
    SECTIONS,
    NameShower,
    ReportOptions,
    gather,
    initials,
    journal_choices,
    last_weeks,
    parse_day,
    parse_sections,
)
from companion.vault.keystore import NoKeyStore

TZ = ZoneInfo("Europe/London")
NOW = datetime(2026, 11, 21, 21, 0, tzinfo=TZ)  # a Saturday evening
START = date(2026, 11, 2)  # a Monday
END = date(2026, 11, 15)  # a Sunday: exactly two weeks


def at(day: date, hour: int = 12) -> datetime:
    return datetime(day.year, day.month, day.day, hour, tzinfo=TZ)


@pytest.fixture
def vault(tmp_path):
    """Two weeks of known data inside the range, and some outside it that must not count."""
    clock = FakeClock(NOW)
    c, _code = Companion.create(
        tmp_path / "p", "a long test passphrase", keystore=NoKeyStore(), clock=clock, country="GB"
    )
    circles = c.people.circles()
    maya = c.people.add(PersonInput(name="Maya Okafor", circle_id=circles[0].id))
    tom = c.people.add(PersonInput(name="Tom Becker", circle_id=circles[1].id))
    # Moods: level 4 on the first week's seven days, level 2 on three days of the second.
    for n in range(7):
        c.mood.log(MoodInput(level=4, when=at(START + timedelta(days=n), 20)))
    for n in (7, 8, 9):
        c.mood.log(MoodInput(level=2, when=at(START + timedelta(days=n), 20)))
    c.mood.log(MoodInput(level=1, when=at(date(2026, 10, 20), 20)))  # outside
    # Check-ins: PHQ-9 totals 6 (Mild, its language not recorded) and 11 (Moderate, answered on
    # the official Spanish form); a GAD-7 outside the range.
    c.checkins.save("phq9", [1, 1, 1, 1, 1, 1, 0, 0, 0], taken_at=at(date(2026, 11, 3), 19))
    c.checkins.save(
        "phq9",
        [2, 2, 2, 2, 1, 1, 0, 0, 1],
        taken_at=at(date(2026, 11, 12), 19),
        difficulty=1,
        language="es",
    )
    c.checkins.save("who5", [5, 5, 5, 5, 1], taken_at=at(date(2026, 11, 13), 19), language="en")
    c.checkins.save("gad7", [3, 3, 3, 3, 3, 3, 3], taken_at=at(date(2026, 10, 1), 19))
    # Contact: Maya on 3 days of week one, Tom and Maya together once in week two.
    for day in (date(2026, 11, 2), date(2026, 11, 4), date(2026, 11, 6)):
        c.interactions.log([maya], when=at(day), channel="call", feeling=5)
    c.interactions.log([maya, tom], when=at(date(2026, 11, 10)), channel="in_person", feeling=4)
    c.interactions.log([tom], when=at(date(2026, 10, 1)), channel="message")  # outside
    # Screen time on four days: 100, 200, 300 and 400 minutes.
    for n, minutes in enumerate((100, 200, 300, 400)):
        c.screen.report(
            START + timedelta(days=n), {"social_media": minutes / 2, "video": minutes / 2}
        )
    c.journal.write("Dinner with Maya Okafor and Tom was lovely.", when=at(date(2026, 11, 5), 21))
    c.journal.write("A private thought outside the range.", when=at(date(2026, 10, 2), 21))
    yield c
    c.close()


def test_numbers_for_a_known_vault(vault):
    report = gather(vault, ReportOptions(START, END, frozenset(SECTIONS)))
    assert report.header_line == HEADER_LINE
    assert report.days == 14
    mood = report.mood
    assert mood is not None
    assert mood.days_logged == 10 and mood.entries == 10
    assert mood.mean == pytest.approx((7 * 4 + 3 * 2) / 10)
    assert (mood.lowest, mood.highest) == (2, 4)
    assert "10 of 14 days" in mood.summary

    checkins = report.checkins
    assert checkins is not None
    rows = [(r.short_name, r.taken_on, r.total, r.band_label) for r in checkins.rows]
    assert rows == [
        (
            "WHO-5",
            date(2026, 11, 13),
            21,
            "Well-being above the usual cut-off (WHO-5 more than 50 of 100)",
        ),
        ("PHQ-9", date(2026, 11, 3), 6, "Mild depression symptoms (PHQ-9 5–9)"),
        ("PHQ-9", date(2026, 11, 12), 11, "Moderate depression symptoms (PHQ-9 10–14)"),
    ]
    who5, first, second = checkins.rows
    # Answers as published values, in question order; the closing answer beside them.
    assert second.answers == (2, 2, 2, 2, 1, 1, 0, 0, 1)
    # The second was answered on the official Spanish form: its question 9 and its answers are
    # quoted in the words the person read.
    assert second.difficulty == "Un poco difícil" and first.difficulty == ""
    # Question 9 above zero leads, on its own, ahead of every band.
    assert first.item9 == ""
    assert second.item9.startswith("Question 9 first: “Pensamientos de que estaría mejor muerto")
    assert "1 “Varios días”" in second.item9
    assert checkins.first == (f"PHQ-9, 12 November 2026. {second.item9}",)
    # The WHO-5's low answer is a note of its own, never part of the band's words.
    assert who5.notes and "closer look" in who5.notes[0]
    assert "not a diagnosis" in checkins.summary
    # The report states the language each check-in was answered in, and what an older result
    # that did not record it is read as.
    assert [(r.language, r.answered_in) for r in checkins.rows] == [
        ("en", "English, the original form"),
        (None, "Not recorded (read as English)"),
        ("es", "Spanish, official translation (Pfizer)"),
    ]
    assert checkins.summary.endswith("the scoring is the same in every language.")
    assert (
        "PHQ-9",
        "0 “Not at all”, 1 “Several days”, 2 “More than half the days”, 3 “Nearly every day”",
    ) in checkins.scales

    contact = report.contact
    assert contact is not None
    assert contact.interactions == 4 and contact.days_with_contact == 4
    assert [(w.monday, w.days_with_contact, w.interactions) for w in contact.weeks] == [
        (date(2026, 11, 2), 3, 3),
        (date(2026, 11, 9), 1, 1),
    ]
    assert contact.weeks[0].by_circle[:2] == (3, 0)
    assert contact.weeks[1].by_circle[:2] == (1, 1)
    assert contact.people[0][:2] == ("Maya Okafor", 4)
    assert dict(contact.channels) == {"Call": 3, "In person": 1}

    screen = report.screen
    assert screen is not None
    assert screen.days_with_figures == 4
    assert screen.mean_minutes == pytest.approx(250)
    assert screen.weekly_means == (
        (date(2026, 11, 2), pytest.approx(250)),
        (date(2026, 11, 9), None),
    )

    # Journal chosen as a section but no entry ticked: nothing of it is included.
    assert report.journal is not None and report.journal.entries == ()


def test_sections_left_out_are_absent_and_journal_only_by_choice(vault):
    report = gather(vault, ReportOptions(START, END, frozenset({"mood"})))
    assert report.checkins is None and report.contact is None and report.screen is None
    assert report.journal is None
    choices = journal_choices(vault, START, END)
    assert [c.text for c in choices] == ["Dinner with Maya Okafor and Tom was lovely."]
    chosen = gather(
        vault, ReportOptions(START, END, frozenset({"journal"}), journal_keys=(choices[0].key,))
    )
    assert chosen.journal is not None
    assert [e.text for e in chosen.journal.entries] == [choices[0].text]


def test_initials_hide_full_names_everywhere(vault):
    report = gather(vault, ReportOptions(START, END, frozenset(SECTIONS), initials=True))
    assert report.contact is not None
    assert [p[0] for p in report.contact.people] == ["M. O.", "T. B."]
    choices = journal_choices(vault, START, END, initials=True)
    assert choices[0].text == "Dinner with M. O. and T. was lovely."


def test_small_helpers():
    assert initials("Chloé Martin") == "C. M."
    assert initials("Jean-Luc Picard") == "J. L. P."
    assert NameShower(["Ann Lee"], False).text("Ann Lee") == "Ann Lee"
    assert last_weeks(2, date(2026, 11, 21)) == (date(2026, 11, 8), date(2026, 11, 21))
    assert parse_sections("mood, journal") == frozenset({"mood", "journal"})
    with pytest.raises(InvalidInput, match="YYYY-MM-DD"):
        parse_day("2026-13-01")
    with pytest.raises(InvalidInput, match="Unknown report section: diary"):
        parse_sections("mood,diary")
    with pytest.raises(InvalidInput, match="comes before"):
        ReportOptions(date(2026, 2, 2), date(2026, 2, 1))
