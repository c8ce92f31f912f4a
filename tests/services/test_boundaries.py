"""Boundaries: templates and own words, schedules, the evening check-in, and kind progress."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from companion.domain.errors import InvalidInput
from companion.facade import Companion, NoKeyStore
from companion.platform.clock import FakeClock
from companion.services.boundaries import WEEKDAYS, BoundaryInput
from companion.storage.models import BoundaryCheck

TZ = ZoneInfo("Europe/London")
CREATED = datetime(2026, 3, 20, 9, 0, tzinfo=TZ)  # a Friday
EVENING = datetime(2026, 4, 9, 21, 0, tzinfo=TZ)  # a Thursday


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(CREATED)


@pytest.fixture
def comp(tmp_path, clock):
    c, _ = Companion.create(tmp_path / "p", "a long passphrase", keystore=NoKeyStore(), clock=clock)
    yield c
    c.close()


def test_templates_cover_the_issue(comp):
    ids = {t.id: t for t in comp.boundaries.templates()}
    assert ids["daily_limit_social"].category == "social_media"
    assert ids["daily_limit_social"].limit_minutes == 60
    assert ids["screen_free_evening"].starts_at == "22:00"
    assert {"phone_free_meals", "no_scrolling_in_bed", "notifications_off_focus"} <= set(ids)
    assert ids["one_thing_first"].intention_prompt


def test_add_from_template_and_in_own_words(comp):
    limit = comp.boundaries.add_from_template("daily_limit_social")
    pause = comp.boundaries.add_from_template("one_thing_first", weekdays=WEEKDAYS)
    own = comp.boundaries.add(BoundaryInput("  No phone   on the walk to school ", weekdays=[1, 3]))
    views = {b.id: b for b in comp.boundaries.list()}
    assert views[limit].kind == "daily_limit"
    assert views[limit].schedule == "every_day"
    assert views[pause].schedule == "weekdays"
    assert views[pause].intention_prompt.startswith("Before you open it")
    assert views[own].title == "No phone on the walk to school"
    assert views[own].template == "custom"
    assert views[own].kind == "habit"
    assert views[own].schedule == "chosen_days"
    assert views[own].weekdays == (1, 3)


def test_edit_and_pause(comp):
    bid = comp.boundaries.add_from_template("screen_free_evening")
    data = comp.boundaries.from_template("screen_free_evening")
    data.starts_at, data.ends_at = "21:30", "06:30"
    comp.boundaries.update(bid, data)
    assert (comp.boundaries.get(bid).starts_at, comp.boundaries.get(bid).ends_at) == (
        "21:30",
        "06:30",
    )
    comp.boundaries.set_active(bid, False)
    assert comp.boundaries.list() == []
    assert [b.id for b in comp.boundaries.list(include_paused=True)] == [bid]
    assert comp.boundaries.active_on(date(2026, 3, 21)) == []


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (BoundaryInput("   "), "few words"),
        (BoundaryInput("x", weekdays=[]), "at least one day"),
        (BoundaryInput("x", weekdays=[7]), "0 \\(Monday\\)"),
        (BoundaryInput("x", limit_minutes=30), "which kind"),
        (BoundaryInput("x", category="social_media", limit_minutes=0), "between"),
        (BoundaryInput("x", starts_at="22:00"), "both a start"),
        (BoundaryInput("x", starts_at="25:00", ends_at="07:00"), "isn't a time"),
        (BoundaryInput("x", category="knitting"), "category"),
        (BoundaryInput("x", template="no_such"), "template"),
    ],
)
def test_bad_boundaries_are_refused(comp, data, words):
    with pytest.raises(InvalidInput, match=words):
        comp.boundaries.add(data)
    assert comp.boundaries.list(include_paused=True) == []


def test_schedules_weekdays_and_chosen_days(comp, clock):
    daily = comp.boundaries.add_from_template("phone_free_meals")
    workdays = comp.boundaries.add_from_template("notifications_off_focus", weekdays=WEEKDAYS)
    tue_thu = comp.boundaries.add(BoundaryInput("No scrolling at lunch", weekdays=[1, 3]))
    monday = date(2026, 3, 23)

    def ids(day: date) -> list[int]:
        return [b.id for b in comp.boundaries.active_on(day)]

    assert ids(monday) == [daily, workdays]
    assert ids(monday + timedelta(days=1)) == [daily, workdays, tue_thu]  # Tuesday
    assert ids(monday + timedelta(days=3)) == [daily, workdays, tue_thu]  # Thursday
    assert ids(monday + timedelta(days=5)) == [daily]  # Saturday
    assert ids(monday + timedelta(days=6)) == [daily]  # Sunday
    # Before it existed, a boundary isn't asked about.
    assert ids(date(2026, 3, 19)) == []
    assert [b.id for b in comp.boundaries.active_on(CREATED.date())] == [daily, workdays]


def test_check_in_upserts_and_marks_the_day_checked(comp, clock):
    a = comp.boundaries.add_from_template("phone_free_meals")
    b = comp.boundaries.add_from_template("no_scrolling_in_bed")
    day = date(2026, 3, 20)
    clock.set(datetime(2026, 3, 20, 21, 0, tzinfo=TZ))
    assert comp.boundaries.checked_on(day) is False
    comp.boundaries.check_in(a, day, "partly", "  dinner with the group chat  ")
    assert comp.boundaries.checked_on(day) is True
    comp.boundaries.check_in(a, day, "kept")
    checks = comp.boundaries.checks_on(day)
    assert set(checks) == {a}
    assert (checks[a].result, checks[a].note) == ("kept", "")
    comp.boundaries.check_in_many(day, {a: ("not_today", "a long day"), b: ("kept", "")})
    assert comp.vault.count(BoundaryCheck) == 2
    assert comp.boundaries.checks_on(day)[a].note == "a long day"
    comp.boundaries.clear_check(a, day)
    assert set(comp.boundaries.checks_on(day)) == {b}


def test_check_in_refusals_change_nothing(comp, clock):
    weekdays_only = comp.boundaries.add_from_template("notifications_off_focus", weekdays=WEEKDAYS)
    every = comp.boundaries.add_from_template("phone_free_meals")
    clock.set(EVENING)
    with pytest.raises(InvalidInput, match="isn't planned on a Saturday"):
        # all or nothing: the valid answer for `every` is not kept either
        comp.boundaries.check_in_many(
            date(2026, 4, 4), {every: ("kept", ""), weekdays_only: ("kept", "")}
        )
    with pytest.raises(InvalidInput, match="hasn't happened"):
        comp.boundaries.check_in(every, date(2026, 4, 10), "kept")
    with pytest.raises(InvalidInput, match="isn't a check-in answer"):
        comp.boundaries.check_in(every, date(2026, 4, 9), "failed")
    with pytest.raises(InvalidInput, match="no longer there"):
        comp.boundaries.check_in(999, date(2026, 4, 9), "kept")
    assert comp.vault.count(BoundaryCheck) == 0


def test_progress_counts_kept_days_this_month_and_the_best_week(comp, clock):
    bid = comp.boundaries.add_from_template("daily_limit_social")
    clock.set(EVENING)
    answers = {
        # week of Monday 23 March: five kept days
        date(2026, 3, 23): "kept",
        date(2026, 3, 24): "kept",
        date(2026, 3, 25): "kept",
        date(2026, 3, 26): "partly",
        date(2026, 3, 27): "kept",
        date(2026, 3, 28): "kept",
        date(2026, 3, 29): "not_today",
        # April so far
        date(2026, 4, 1): "kept",
        date(2026, 4, 2): "kept",
        date(2026, 4, 3): "partly",
        date(2026, 4, 6): "kept",
        date(2026, 4, 7): "not_today",
        date(2026, 4, 8): "kept",
    }
    for day, result in answers.items():
        comp.boundaries.check_in(bid, day, result)
    p = comp.boundaries.progress(bid, date(2026, 4, 9))
    assert p.month_start == date(2026, 4, 1)
    assert p.kept_this_month == 4
    assert p.partly_this_month == 1
    assert p.planned_this_month == 9
    assert p.best_week_start == date(2026, 3, 23)
    assert p.best_week_kept == 5
    assert p.kept_this_week == 2
    assert p.summary == "Kept on 4 days this month, and partly on 1."
    # A hard day never takes away what was earned: no streak to lose.
    comp.boundaries.check_in(bid, date(2026, 4, 9), "not_today")
    after = comp.boundaries.progress(bid, date(2026, 4, 9))
    assert (after.kept_this_month, after.best_week_kept) == (4, 5)
    # In March, counted as of the 31st: created on the 20th, 12 planned days, 5 kept.
    march = comp.boundaries.progress(bid, date(2026, 3, 31))
    assert (march.kept_this_month, march.planned_this_month) == (5, 12)


def test_progress_ties_pick_the_latest_week_and_weekday_schedules_count_planned_days(comp, clock):
    bid = comp.boundaries.add_from_template("notifications_off_focus", weekdays=WEEKDAYS)
    clock.set(EVENING)
    for day in (date(2026, 3, 23), date(2026, 3, 24), date(2026, 4, 6), date(2026, 4, 8)):
        comp.boundaries.check_in(bid, day, "kept")
    p = comp.boundaries.progress(bid, date(2026, 4, 9))
    assert p.planned_this_month == 7  # 1, 2, 3, 6, 7, 8, 9 April
    assert p.kept_this_month == 2
    assert (p.best_week_start, p.best_week_kept) == (date(2026, 4, 6), 2)


def test_early_in_a_month_nothing_is_counted_against_anyone(comp, clock):
    # On the 3rd, after a March with kept days and nothing kept yet in April: no "0 days", no
    # "best week", no tally to live up to. What happened is said kindly, or nothing is.
    bid = comp.boundaries.add_from_template("daily_limit_social")
    clock.set(EVENING)
    for day in (date(2026, 3, 23), date(2026, 3, 24), date(2026, 3, 25)):
        comp.boundaries.check_in(bid, day, "kept")
    comp.boundaries.check_in(bid, date(2026, 4, 2), "not_today")
    p = comp.boundaries.progress(bid, date(2026, 4, 3))
    assert p.kept_this_month == 0
    for words in ("0 days", "best", "so far", "streak", "only"):
        assert words not in p.summary.lower()
    assert "fresh start" in p.summary
    comp.boundaries.check_in(bid, date(2026, 4, 3), "partly")
    partly = comp.boundaries.progress(bid, date(2026, 4, 3))
    assert partly.summary == "Partly kept on 1 day this month."


def test_progress_with_nothing_yet_is_encouraging(comp):
    bid = comp.boundaries.add_from_template("phone_free_meals")
    p = comp.boundaries.progress(bid, CREATED.date())
    assert (p.kept_this_month, p.best_week_kept, p.best_week_start) == (0, 0, None)
    assert p.planned_this_month == 1
    assert "fresh start" in p.summary


def test_deleting_a_boundary_removes_its_check_ins(comp, clock):
    bid = comp.boundaries.add_from_template("phone_free_meals")
    comp.boundaries.check_in(bid, CREATED.date(), "kept")
    comp.boundaries.delete(bid)
    assert comp.vault.count(BoundaryCheck) == 0
    with pytest.raises(InvalidInput):
        comp.boundaries.get(bid)
