"""The nudge planner: quiet hours, days off, limits, snooze and dismiss, birthdays, reminders."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from companion.domain.planners.cadence import BirthdayDate, PersonState
from companion.domain.planners.nudges import (
    GROUP_TITLE_MIXED,
    GROUP_TITLE_PEOPLE,
    NudgePlan,
    NudgeRecord,
    NudgeSettings,
    next_check_at,
    plan_nudges,
    snooze_until,
)

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")
ALWAYS = NudgeSettings(quiet_start=time(0), quiet_end=time(0))  # no quiet hours


def at(tz: ZoneInfo, *args: int) -> datetime:
    return datetime(*args, tzinfo=tz)


def person(
    pid: int,
    name: str,
    cadence: int = 7,
    last: datetime | None = None,
    added: datetime | None = None,
    birthday: BirthdayDate | None = None,
    archived: bool = False,
) -> PersonState:
    return PersonState(
        person_id=pid,
        name=name,
        cadence_days=cadence,
        added_at=added or datetime(2024, 1, 1, 12, tzinfo=UTC),
        last_contact=last,
        birthday=birthday,
        archived=archived,
    )


def shown(kind: str, pid: int | None, when: datetime, action: str = "shown", until=None):
    return NudgeRecord(kind=kind, person_id=pid, shown_at=when, action=action, snooze_until=until)


def ids(plan: NudgePlan) -> list[int | None]:
    return [n.person_id for n in plan.nudges]


def kinds(plan: NudgePlan) -> list[str]:
    return [n.kind for n in plan.nudges]


# One overdue person, contacted three weeks before 1 June 2026.
SAM = person(12, "Sam", cadence=14, last=at(BERLIN, 2026, 5, 11, 18))


# --- when nothing is shown ------------------------------------------------------------------------


def test_single_reach_out_text_and_key():
    plan = plan_nudges(at(BERLIN, 2026, 6, 1, 10), [SAM], [], NudgeSettings())
    assert len(plan.nudges) == 1
    nudge = plan.nudges[0]
    assert nudge.kind == "reach_out"
    assert nudge.person_id == 12
    assert nudge.body == "It's been a while since you and Sam talked. A quick message?"
    assert nudge.key == "reach_out:12:2026-05-25"
    assert (plan.title, plan.body) == (nudge.title, nudge.body)
    assert plan


def test_disabled_shows_nothing():
    plan = plan_nudges(at(BERLIN, 2026, 6, 1, 10), [SAM], [], NudgeSettings(enabled=False))
    assert plan.nudges == ()
    assert (plan.title, plan.body) == ("", "")
    assert not plan


QUIET_CASES = [(20, 59, False), (21, 0, True), (23, 30, True), (0, 0, True), (2, 0, True)]
QUIET_CASES += [(8, 59, True), (9, 0, False), (13, 0, False)]


@pytest.mark.parametrize(("hour", "minute", "quiet"), QUIET_CASES)
def test_quiet_hours_crossing_midnight(hour: int, minute: int, quiet: bool):
    plan = plan_nudges(at(BERLIN, 2026, 6, 2, hour, minute), [SAM], [], NudgeSettings())
    assert (plan.nudges == ()) is quiet


def test_quiet_hours_within_one_day_and_equal_ends():
    lunch = NudgeSettings(quiet_start=time(12), quiet_end=time(14))
    assert plan_nudges(at(BERLIN, 2026, 6, 1, 12, 30), [SAM], [], lunch).nudges == ()
    assert plan_nudges(at(BERLIN, 2026, 6, 1, 14), [SAM], [], lunch).nudges != ()
    assert plan_nudges(at(BERLIN, 2026, 6, 1, 3), [SAM], [], lunch).nudges != ()
    assert plan_nudges(at(BERLIN, 2026, 6, 1, 3), [SAM], [], ALWAYS).nudges != ()


def test_quiet_hours_on_dst_days_follow_the_wall_clock():
    spring = NudgeSettings(quiet_start=time(1), quiet_end=time(3, 30))
    sam = person(12, "Sam", cadence=14, last=at(BERLIN, 2026, 3, 1, 18))
    # 29 March 2026 in Berlin: 01:59 CET is followed by 03:00 CEST.
    assert plan_nudges(at(BERLIN, 2026, 3, 29, 1, 30), [sam], [], spring).nudges == ()
    assert plan_nudges(at(BERLIN, 2026, 3, 29, 3, 15), [sam], [], spring).nudges == ()
    assert plan_nudges(at(BERLIN, 2026, 3, 29, 3, 30), [sam], [], spring).nudges != ()
    # 1 November 2026 in New York: 01:00-02:00 happens twice, quiet both times.
    ny_sam = person(12, "Sam", cadence=14, last=at(NEW_YORK, 2026, 10, 1, 18))
    fall = NudgeSettings(quiet_start=time(0, 30), quiet_end=time(2))
    first = datetime(2026, 11, 1, 1, 30, tzinfo=NEW_YORK, fold=0)
    second = datetime(2026, 11, 1, 1, 30, tzinfo=NEW_YORK, fold=1)
    assert second.astimezone(UTC) - first.astimezone(UTC) == timedelta(hours=1)
    assert plan_nudges(first, [ny_sam], [], fall).nudges == ()
    assert plan_nudges(second, [ny_sam], [], fall).nudges == ()
    assert plan_nudges(at(NEW_YORK, 2026, 11, 1, 2), [ny_sam], [], fall).nudges != ()


def test_days_off():
    weekend_off = NudgeSettings(days_off=frozenset({5, 6}))
    assert plan_nudges(at(BERLIN, 2026, 6, 6, 12), [SAM], [], weekend_off).nudges == ()  # Saturday
    assert plan_nudges(at(BERLIN, 2026, 6, 7, 12), [SAM], [], weekend_off).nudges == ()  # Sunday
    assert ids(plan_nudges(at(BERLIN, 2026, 6, 8, 12), [SAM], [], weekend_off)) == [12]


# --- reach-outs -----------------------------------------------------------------------------------


def _crowd() -> list[PersonState]:
    return [
        person(1, "Noor", cadence=7, last=at(BERLIN, 2026, 5, 25, 9)),  # ratio 1.0
        person(2, "Alex", cadence=7, last=at(BERLIN, 2026, 5, 18, 9)),  # ratio 2.0
        person(3, "Bea", cadence=28, last=at(BERLIN, 2026, 4, 20, 9)),  # ratio 1.5
        person(4, "Chris", cadence=7, last=at(BERLIN, 2026, 5, 26, 9)),  # due soon
        person(5, "Dana", cadence=2, last=at(BERLIN, 2026, 5, 1, 9), archived=True),
        person(6, "Eli", cadence=14, last=None, added=at(BERLIN, 2026, 5, 4, 20)),  # ratio 2.0
    ]


def test_ranking_limit_and_grouping():
    now = at(BERLIN, 2026, 6, 1, 10)
    plan = plan_nudges(now, _crowd(), [], NudgeSettings(daily_limit=3))
    # Alex and Eli tie at twice their cadence (name order), then Bea; Noor misses the limit.
    assert ids(plan) == [2, 6, 3]
    assert kinds(plan) == ["reach_out"] * 3
    assert plan.title == GROUP_TITLE_PEOPLE == "A few people you might like to reach out to"
    assert plan.body.splitlines() == [
        "• Alex, last talked 2 weeks ago",
        "• Eli, no chat noted yet",
        "• Bea, last talked 6 weeks ago",
    ]
    assert plan.nudges[1].body == "You haven't noted a chat with Eli here yet. A quick hello?"


def test_never_contacted_counts_from_added_at():
    newcomer = person(7, "Fay", cadence=10, last=None, added=at(NEW_YORK, 2026, 6, 1, 23, 30))
    assert plan_nudges(at(NEW_YORK, 2026, 6, 10, 12), [newcomer], [], ALWAYS).nudges == ()
    plan = plan_nudges(at(NEW_YORK, 2026, 6, 11, 0, 5), [newcomer], [], ALWAYS)
    assert [n.key for n in plan.nudges] == ["reach_out:7:2026-06-11"]


def test_nobody_due_means_empty_plan():
    fresh = person(8, "Gus", cadence=7, last=at(BERLIN, 2026, 5, 31, 9))
    assert plan_nudges(at(BERLIN, 2026, 6, 1, 10), [fresh], [], NudgeSettings()).nudges == ()


def test_daily_limit_counts_today_and_resets_at_local_midnight():
    crowd = _crowd()
    history = [
        shown("reach_out", 2, at(BERLIN, 2026, 5, 31, 23, 30)),  # yesterday: does not count
        shown("reach_out", 6, at(BERLIN, 2026, 6, 1, 0, 30)),
        shown("mood_checkin", None, at(BERLIN, 2026, 6, 1, 0, 40)),  # not a people nudge
    ]
    plan = plan_nudges(at(BERLIN, 2026, 6, 1, 10), crowd, history, NudgeSettings(daily_limit=2))
    # One place left; Eli was nudged today, so Alex (shown yesterday) takes it.
    assert ids(plan) == [2]
    history.append(shown("reach_out", 2, at(BERLIN, 2026, 6, 1, 10)))
    assert plan_nudges(at(BERLIN, 2026, 6, 1, 23, 59), crowd, history, ALWAYS).nudges != ()
    limited = NudgeSettings(daily_limit=2, quiet_start=time(0), quiet_end=time(0))
    assert plan_nudges(at(BERLIN, 2026, 6, 1, 23, 59), crowd, history, limited).nudges == ()
    # A new local day brings the limit back.
    next_day = plan_nudges(at(BERLIN, 2026, 6, 2, 0, 0), crowd, history, limited)
    assert ids(next_day) == [2, 6]


def test_daily_limit_day_is_the_local_day_not_utc():
    # 02:00 UTC on 2 June is 22:00 on 1 June in New York: yesterday there.
    ny = [person(1, "Ana", cadence=3, last=at(NEW_YORK, 2026, 5, 1, 9))]
    history = [shown("reach_out", 1, datetime(2026, 6, 2, 2, 0, tzinfo=UTC))]
    assert ids(plan_nudges(at(NEW_YORK, 2026, 6, 2, 10), ny, history, ALWAYS)) == [1]
    assert plan_nudges(at(BERLIN, 2026, 6, 2, 10), ny, history, ALWAYS).nudges == ()


def test_zero_daily_limit_turns_people_nudges_off():
    plan = plan_nudges(at(BERLIN, 2026, 6, 1, 10), _crowd(), [], NudgeSettings(daily_limit=0))
    assert plan.nudges == ()


def test_snooze_holds_until_its_time():
    first = at(BERLIN, 2026, 6, 1, 10)
    until = snooze_until(first, "day")
    history = [shown("reach_out", 12, first, "snoozed", until)]
    assert plan_nudges(at(BERLIN, 2026, 6, 2, 9, 59), [SAM], history, ALWAYS).nudges == ()
    assert ids(plan_nudges(at(BERLIN, 2026, 6, 2, 10), [SAM], history, ALWAYS)) == [12]
    week = [shown("reach_out", 12, first, "snoozed", snooze_until(first, "week"))]
    assert plan_nudges(at(BERLIN, 2026, 6, 8, 9), [SAM], week, ALWAYS).nudges == ()
    assert ids(plan_nudges(at(BERLIN, 2026, 6, 8, 10), [SAM], week, ALWAYS)) == [12]


def test_snooze_until_keeps_wall_time_across_dst():
    before_spring = at(BERLIN, 2026, 3, 28, 10)
    next_day = snooze_until(before_spring, "day")
    assert next_day == at(BERLIN, 2026, 3, 29, 10)
    assert next_day.astimezone(UTC) - before_spring.astimezone(UTC) == timedelta(hours=23)
    before_fall = at(NEW_YORK, 2026, 10, 28, 18)
    week = snooze_until(before_fall, "week")
    assert week == at(NEW_YORK, 2026, 11, 4, 18)
    assert week.astimezone(UTC) - before_fall.astimezone(UTC) == timedelta(days=7, hours=1)
    with pytest.raises(ValueError, match="day"):
        snooze_until(before_fall, "month")  # type: ignore[arg-type]


@pytest.mark.parametrize("action", ["dismissed", "done"])
def test_dismiss_holds_for_a_full_cadence(action: str):
    history = [shown("reach_out", 12, at(BERLIN, 2026, 6, 1, 10), action)]
    for day in (2, 8, 14):
        assert plan_nudges(at(BERLIN, 2026, 6, day, 10), [SAM], history, ALWAYS).nudges == ()
    assert ids(plan_nudges(at(BERLIN, 2026, 6, 15, 10), [SAM], history, ALWAYS)) == [12]


def test_dismiss_is_lifted_by_a_newer_contact():
    # Dismissed on 1 June, then a contact on 3 June (a 1-day cadence keeps the person due).
    daily = person(12, "Sam", cadence=1, last=at(BERLIN, 2026, 5, 20, 9))
    history = [shown("reach_out", 12, at(BERLIN, 2026, 6, 1, 10), "dismissed")]
    assert plan_nudges(at(BERLIN, 2026, 6, 1, 12), [daily], history, ALWAYS).nudges == ()
    after_call = person(12, "Sam", cadence=1, last=at(BERLIN, 2026, 6, 1, 11))
    assert ids(plan_nudges(at(BERLIN, 2026, 6, 2, 12), [after_call], history, ALWAYS)) == [12]


def test_a_dismissed_person_leaves_room_for_the_next():
    history = [shown("reach_out", 2, at(BERLIN, 2026, 5, 31, 10), "dismissed")]
    plan = plan_nudges(at(BERLIN, 2026, 6, 1, 10), _crowd(), history, NudgeSettings())
    assert ids(plan) == [6, 3, 1]


# --- birthdays ------------------------------------------------------------------------------------


LEAP = BirthdayDate(month=2, day=29, year=1996)


def test_feb_29_birthday_in_a_common_year_falls_on_feb_28():
    mia = person(20, "Mia", cadence=365, last=at(BERLIN, 2027, 2, 1, 9), birthday=LEAP)
    assert plan_nudges(at(BERLIN, 2027, 2, 24, 12), [mia], [], ALWAYS).nudges == ()
    heads_up = plan_nudges(at(BERLIN, 2027, 2, 25, 12), [mia], [], ALWAYS)
    assert [n.key for n in heads_up.nudges] == ["birthday:20:2027-02-28"]
    assert heads_up.body == "Mia's birthday is on Sunday. Maybe plan a little something?"
    on_the_day = plan_nudges(at(BERLIN, 2027, 2, 28, 12), [mia], [], ALWAYS)
    assert on_the_day.title == "It's Mia's birthday today"
    assert on_the_day.body.startswith("Mia turns 31 today.")
    assert plan_nudges(at(BERLIN, 2027, 3, 1, 12), [mia], [], ALWAYS).nudges == ()


def test_feb_29_birthday_in_a_leap_year():
    mia = person(20, "Mia", cadence=365, last=at(BERLIN, 2028, 2, 1, 9), birthday=LEAP)
    assert plan_nudges(at(BERLIN, 2028, 2, 25, 12), [mia], [], ALWAYS).nudges == ()
    tomorrow = plan_nudges(at(BERLIN, 2028, 2, 28, 12), [mia], [], ALWAYS)
    assert tomorrow.body == "Mia's birthday is tomorrow. Maybe plan a little something?"
    day = plan_nudges(at(BERLIN, 2028, 2, 29, 12), [mia], [], ALWAYS)
    assert [n.key for n in day.nudges] == ["birthday:20:2028-02-29"]
    assert day.body.startswith("Mia turns 32 today.")


def test_birthday_heads_up_once_then_the_day_itself():
    mia = person(20, "Mia", cadence=365, last=at(BERLIN, 2028, 2, 1, 9), birthday=LEAP)
    seen = [shown("birthday", 20, at(BERLIN, 2028, 2, 26, 12))]
    assert plan_nudges(at(BERLIN, 2028, 2, 27, 12), [mia], seen, ALWAYS).nudges == ()
    assert plan_nudges(at(BERLIN, 2028, 2, 28, 12), [mia], seen, ALWAYS).nudges == ()
    assert kinds(plan_nudges(at(BERLIN, 2028, 2, 29, 12), [mia], seen, ALWAYS)) == ["birthday"]
    snoozed = [
        shown("birthday", 20, at(BERLIN, 2028, 2, 26, 12), "snoozed", at(BERLIN, 2028, 2, 27, 12))
    ]
    assert kinds(plan_nudges(at(BERLIN, 2028, 2, 27, 13), [mia], snoozed, ALWAYS)) == ["birthday"]
    # The same, with the snooze appended as its own record after the showing.
    appended = [
        shown("birthday", 20, at(BERLIN, 2028, 2, 26, 12)),
        shown(
            "birthday", 20, at(BERLIN, 2028, 2, 26, 12, 5), "snoozed", at(BERLIN, 2028, 2, 27, 12)
        ),
    ]
    assert plan_nudges(at(BERLIN, 2028, 2, 27, 11), [mia], appended, ALWAYS).nudges == ()
    assert kinds(plan_nudges(at(BERLIN, 2028, 2, 27, 13), [mia], appended, ALWAYS)) == ["birthday"]
    dismissed = [shown("birthday", 20, at(BERLIN, 2028, 2, 26, 12), "dismissed")]
    assert plan_nudges(at(BERLIN, 2028, 2, 29, 12), [mia], dismissed, ALWAYS).nudges == ()
    # Last year's dismissal does not close this year's birthday.
    old = [shown("birthday", 20, at(BERLIN, 2027, 2, 28, 12), "dismissed")]
    assert kinds(plan_nudges(at(BERLIN, 2028, 2, 29, 12), [mia], old, ALWAYS)) == ["birthday"]


def test_birthdays_take_the_first_places_and_replace_a_reach_out():
    today = date(2026, 6, 1)
    overdue_birthday = person(
        2, "Alex", cadence=7, last=at(BERLIN, 2026, 5, 18, 9), birthday=BirthdayDate(6, 1, None)
    )
    soon = person(9, "Ivy", cadence=90, last=at(BERLIN, 2026, 5, 30), birthday=BirthdayDate(6, 3))
    people = [*(p for p in _crowd() if p.person_id != 2), overdue_birthday, soon]
    plan = plan_nudges(at(BERLIN, 2026, 6, 1, 10), people, [], NudgeSettings(daily_limit=3))
    assert [(n.kind, n.person_id) for n in plan.nudges] == [
        ("birthday", 2),
        ("birthday", 9),
        ("reach_out", 6),
    ]
    assert plan.nudges[0].key == f"birthday:2:{today.isoformat()}"
    assert plan.title == GROUP_TITLE_PEOPLE
    assert plan.body.splitlines()[:2] == ["• Alex, birthday today", "• Ivy, birthday on Wednesday"]


def test_archived_people_get_no_birthday_nudge():
    jo = BirthdayDate(6, 2, 1990)
    gone = person(30, "Jo", cadence=30, last=at(BERLIN, 2026, 6, 1), birthday=jo, archived=True)
    assert plan_nudges(at(BERLIN, 2026, 6, 2, 10), [gone], [], ALWAYS).nudges == ()
    here = person(30, "Jo", cadence=30, last=at(BERLIN, 2026, 6, 1), birthday=jo)
    assert plan_nudges(at(BERLIN, 2026, 6, 2, 10), [here], [], ALWAYS).title == (
        "It's Jo's birthday today"
    )


# --- reminders ------------------------------------------------------------------------------------


def test_mood_reminder():
    s = NudgeSettings(mood_reminder_at=time(19, 30))
    now = at(BERLIN, 2026, 6, 1, 19, 30)
    assert plan_nudges(at(BERLIN, 2026, 6, 1, 19, 29), [], [], s).nudges == ()
    plan = plan_nudges(now, [], [], s, last_mood_at=at(BERLIN, 2026, 5, 31, 22))
    assert [n.key for n in plan.nudges] == ["mood_checkin:2026-06-01"]
    assert plan.title == "How are you feeling today?"
    logged = at(BERLIN, 2026, 6, 1, 8)
    assert plan_nudges(now, [], [], s, last_mood_at=logged).nudges == ()
    already = [shown("mood_checkin", None, at(BERLIN, 2026, 6, 1, 19, 30), "dismissed")]
    assert plan_nudges(at(BERLIN, 2026, 6, 1, 20), [], already, s).nudges == ()
    assert plan_nudges(now, [], [], NudgeSettings()).nudges == ()


def test_mood_reminder_inside_quiet_hours_waits_for_nothing():
    late = NudgeSettings(mood_reminder_at=time(22))
    assert plan_nudges(at(BERLIN, 2026, 6, 1, 22, 30), [], [], late).nudges == ()


def test_assessment_retake_after_interval_once_a_day():
    s = NudgeSettings(checkin_retake_days=14)
    last = at(BERLIN, 2026, 5, 18, 23, 0)
    assert plan_nudges(at(BERLIN, 2026, 5, 31, 12), [], [], s, last_assessment_at=last).nudges == ()
    plan = plan_nudges(at(BERLIN, 2026, 6, 1, 10), [], [], s, last_assessment_at=last)
    assert kinds(plan) == ["assessment_retake"]
    seen = [shown("assessment_retake", None, at(BERLIN, 2026, 6, 1, 10))]
    later = at(BERLIN, 2026, 6, 1, 15)
    assert plan_nudges(later, [], seen, s, last_assessment_at=last).nudges == ()
    next_day = at(BERLIN, 2026, 6, 2, 10)
    assert kinds(plan_nudges(next_day, [], seen, s, last_assessment_at=last)) == [
        "assessment_retake"
    ]
    off = NudgeSettings(checkin_retake_days=None)
    assert plan_nudges(next_day, [], [], off, last_assessment_at=last).nudges == ()
    assert plan_nudges(next_day, [], [], s, last_assessment_at=None).nudges == ()


def test_boundary_checkin():
    s = NudgeSettings(boundary_reminder_at=time(20))
    now = at(BERLIN, 2026, 6, 1, 20, 15)
    plan = plan_nudges(now, [], [], s, boundaries_today=2)
    assert kinds(plan) == ["boundary_checkin"]
    assert "the 2 boundaries you set for today" in plan.body
    one = plan_nudges(now, [], [], s, boundaries_today=1)
    assert "the boundary you set for today" in one.body
    assert plan_nudges(now, [], [], s, boundaries_today=2, boundary_checked_today=True).nudges == ()
    assert plan_nudges(now, [], [], s, boundaries_today=0).nudges == ()
    assert plan_nudges(at(BERLIN, 2026, 6, 1, 19, 59), [], [], s, boundaries_today=2).nudges == ()


def test_mixed_plan_is_grouped_and_reminders_ignore_the_people_limit():
    s = NudgeSettings(daily_limit=1, mood_reminder_at=time(18), boundary_reminder_at=time(19))
    plan = plan_nudges(
        at(BERLIN, 2026, 6, 1, 20),
        _crowd(),
        [],
        s,
        last_assessment_at=at(BERLIN, 2026, 1, 1, 9),
        boundaries_today=1,
    )
    assert kinds(plan) == ["reach_out", "mood_checkin", "boundary_checkin", "assessment_retake"]
    assert plan.title == GROUP_TITLE_MIXED
    lines = plan.body.splitlines()
    assert len(lines) == 4
    assert lines[0] == "• Alex, last talked 2 weeks ago"
    assert all(line.startswith("• ") for line in lines)


def test_texts_stay_gentle():
    s = NudgeSettings(daily_limit=10, mood_reminder_at=time(9), boundary_reminder_at=time(9))
    people = [
        *_crowd(),
        person(40, "Kim", last=at(BERLIN, 2026, 5, 1, 9), birthday=BirthdayDate(6, 1)),
    ]
    plan = plan_nudges(
        at(BERLIN, 2026, 6, 1, 10),
        people,
        [],
        s,
        last_assessment_at=at(BERLIN, 2026, 1, 1),
        boundaries_today=3,
    )
    assert len(plan.nudges) == 8
    text = " ".join([plan.title, plan.body] + [n.title + " " + n.body for n in plan.nudges]).lower()
    for harsh in ("neglect", "forgot", "failed", "should", "must", "overdue", "ignored"):
        assert harsh not in text


# --- when to ask again ----------------------------------------------------------------------------


def test_next_check_within_an_hour_during_the_day():
    s = NudgeSettings()
    now = at(BERLIN, 2026, 6, 1, 10, 20)
    assert next_check_at(now, s) == at(BERLIN, 2026, 6, 1, 11, 20)


def test_next_check_at_a_reminder_time():
    s = NudgeSettings(mood_reminder_at=time(19, 45))
    assert next_check_at(at(BERLIN, 2026, 6, 1, 19, 30), s) == at(BERLIN, 2026, 6, 1, 19, 45)


def test_next_check_skips_quiet_hours_across_dst():
    s = NudgeSettings()
    spring = next_check_at(at(BERLIN, 2026, 3, 28, 20, 30), s)
    assert spring == at(BERLIN, 2026, 3, 29, 9)
    assert spring.astimezone(UTC) == datetime(2026, 3, 29, 7, tzinfo=UTC)
    fall = next_check_at(at(NEW_YORK, 2026, 10, 31, 22), s)
    assert fall.astimezone(UTC) == datetime(2026, 11, 1, 14, tzinfo=UTC)  # 09:00 EST


def test_next_check_at_midnight_without_quiet_hours():
    assert next_check_at(at(BERLIN, 2026, 1, 31, 23, 30), ALWAYS) == at(BERLIN, 2026, 2, 1, 0)


def test_next_check_skips_days_off():
    s = NudgeSettings(days_off=frozenset({5}))  # Saturday
    # Friday evening: quiet from 21:00, then Saturday off, then Sunday's quiet hours end at 09:00.
    assert next_check_at(at(BERLIN, 2026, 6, 5, 20, 30), s) == at(BERLIN, 2026, 6, 7, 9)


def test_next_check_when_nothing_can_show():
    now = at(BERLIN, 2026, 6, 1, 10)
    a_day_later = at(BERLIN, 2026, 6, 2, 10)
    assert next_check_at(now, NudgeSettings(enabled=False)) == a_day_later
    assert next_check_at(now, NudgeSettings(days_off=frozenset(range(7)))) == a_day_later
