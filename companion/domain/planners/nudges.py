"""Which gentle nudges to show now, grouped into one notification, and when to ask again.

Every rule works in the person's days (ending at `day_ends_at`; see companion.days) and wall-clock
times of the `now` passed in. A reminder time counts from the start of the person's day, so with
days ending at 04:00 a 20:30 reminder is still "reached" at 00:40, for the day that is ending.

* Nothing at all is shown while nudges are off, during quiet hours (`quiet_start` up to, not
  including, `quiet_end`; the window may cross midnight; equal times mean no quiet hours), or on a
  day off (`days_off`, 0 = Monday).
* History: a `NudgeRecord` says a nudge was shown, or what the person did with it, at `shown_at`;
  outcomes may update the "shown" record or be appended as records of their own.
* People nudges (reach-outs and birthdays) share `daily_limit`: at most that many are shown per
  local day, counting people nudged today in the history. Birthdays count toward the limit and take
  its first places (today's birthdays, then upcoming ones), because a birthday can't wait and an
  overdue chat can; reach-outs fill what is left, most overdue relative to cadence first.
  A person nudged today (either kind, any action) is not nudged again that day, and a person gets at
  most one people nudge per plan.
* Reach-out: people whose status is overdue (see `cadence`). A snooze holds until `snooze_until`
  (a day from the showing when none is given). A dismissal, or "done", holds until the person's next
  due cycle: a contact newer than it, or a full cadence after it.
* Birthday: a heads-up once in the three days before (repeated only after a snooze ends), and a
  nudge on the day itself. Done or dismissed in those four days closes that birthday.
* Other dates (an anniversary, a date with the person's own label): as birthdays, each date on its
  own (its records are told apart by key), one that happens once only before it has passed. They
  share the birthdays' places in the limit, soonest first; a person's birthday goes first.
* Mood check-in: at or after `mood_reminder_at` when no mood was logged today, once a day.
* Check-in questionnaire re-take: when the last one is `checkin_retake_days` or more calendar days
  old, once a day. Never taken means none (onboarding offers the first).
* Boundary check-in: at or after `boundary_reminder_at` when boundaries apply today and today's
  check is not done, once a day.
* Snoozes hold every kind until `snooze_until`. A reminder time inside quiet hours never fires.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import Literal

from companion.domain.i18n import N_, _, ngettext, weekday_name
from companion.domain.planners.cadence import (
    PersonState,
    last_contact_phrase,
    local_date,
    next_birthday,
    rank_by_overdue,
    require_aware,
)
from companion.domain.planners.special_dates import SpecialDate, next_occurrence, years_on

Kind = Literal[
    "reach_out", "birthday", "date", "mood_checkin", "assessment_retake", "boundary_checkin"
]
Action = Literal["shown", "done", "snoozed", "dismissed"]

PEOPLE_KINDS = frozenset({"reach_out", "birthday", "date"})
BIRTHDAY_HEADS_UP_DAYS = 3
# The planner only learns about snoozes when asked, so the timer never sleeps longer than this.
MAX_SLEEP = timedelta(hours=1)

GROUP_TITLE_PEOPLE = N_("A few people you might like to reach out to")
GROUP_TITLE_MIXED = N_("A few gentle reminders")


@dataclass(frozen=True)
class NudgeSettings:
    """The person's choices about nudges."""

    enabled: bool = True
    daily_limit: int = 3
    quiet_start: time = time(21, 0)
    quiet_end: time = time(9, 0)
    days_off: frozenset[int] = frozenset()
    mood_reminder_at: time | None = None
    checkin_retake_days: int | None = 14
    boundary_reminder_at: time | None = None
    day_ends_at: time = time(0)


@dataclass(frozen=True)
class NudgeRecord:
    """One showing of a nudge and what the person did with it."""

    kind: str
    person_id: int | None
    shown_at: datetime
    action: Action
    snooze_until: datetime | None = None
    key: str = ""


@dataclass(frozen=True)
class Nudge:
    """One suggestion; `key` names it for snooze and dismiss, e.g. "reach_out:12:2026-11-21"."""

    kind: Kind
    person_id: int | None
    title: str
    body: str
    key: str


@dataclass(frozen=True)
class NudgePlan:
    """The nudges to show now, with the text of the one notification that carries them."""

    nudges: tuple[Nudge, ...]
    title: str
    body: str

    def __bool__(self) -> bool:
        return bool(self.nudges)


EMPTY_PLAN = NudgePlan(nudges=(), title="", body="")


# --- time helpers -------------------------------------------------------------------------------


def _at(day: date, wall: time, tz: tzinfo | None) -> datetime:
    """`wall` on `day` in `tz`, as a real instant: a wall time skipped by DST moves forward."""
    naive = datetime.combine(day, wall.replace(tzinfo=None))
    return naive.replace(tzinfo=tz).astimezone(UTC).astimezone(tz)


def _in_quiet_hours(wall: time, settings: NudgeSettings) -> bool:
    start, end = settings.quiet_start, settings.quiet_end
    if start == end:
        return False
    if start < end:
        return start <= wall < end
    return wall >= start or wall < end


def _blocked(now: datetime, settings: NudgeSettings) -> bool:
    return (
        not settings.enabled
        or now.weekday() in settings.days_off
        or _in_quiet_hours(now.time(), settings)
    )


def _later(a: datetime, b: datetime) -> bool:
    # Compare as instants: two datetimes sharing a tzinfo compare by wall time in Python.
    return a.astimezone(UTC) > b.astimezone(UTC)


# --- history helpers ------------------------------------------------------------------------------


def _snoozed(records: Sequence[NudgeRecord], now: datetime) -> bool:
    for r in records:
        if r.action != "snoozed":
            continue
        until = r.snooze_until if r.snooze_until is not None else snooze_until(r.shown_at, "day")
        if _later(until, now):
            return True
    return False


def _shown_on(
    records: Sequence[NudgeRecord], day: date, now: datetime, settings: NudgeSettings
) -> bool:
    return any(_day(r.shown_at, now, settings) == day for r in records)


def _day(when: datetime, now: datetime, settings: NudgeSettings) -> date:
    return local_date(when, now, settings.day_ends_at)


def _reached(now: datetime, at: time, settings: NudgeSettings) -> bool:
    """Whether wall-clock time `at` has come today, counting from when the person's day began."""

    def since_day_start(t: time) -> int:
        end = settings.day_ends_at
        return ((t.hour - end.hour) * 60 + t.minute - end.minute) % (24 * 60)

    wall = now.time()
    return since_day_start(time(wall.hour, wall.minute)) >= since_day_start(at)


# --- text ---------------------------------------------------------------------------------------


def _reach_out_nudge(person: PersonState, due_on: date) -> Nudge:
    name = person.name
    if person.last_contact is None:
        body = _("You haven't noted a chat with {name} here yet. A quick hello?")
    else:
        body = _("It's been a while since you and {name} talked. A quick message?")
    return Nudge(
        kind="reach_out",
        person_id=person.person_id,
        title=_("Say hello to {name}?").format(name=name),
        body=body.format(name=name),
        key=f"reach_out:{person.person_id}:{due_on.isoformat()}",
    )


def _reach_out_line(person: PersonState, now: datetime, settings: NudgeSettings) -> str:
    if person.last_contact is None:
        return _("{name}, no chat noted yet").format(name=person.name)
    phrase = last_contact_phrase(person.last_contact, now, settings.day_ends_at)
    return _("{name}, last talked {when}").format(name=person.name, when=phrase)


def _birthday_nudge(person: PersonState, day: date, today: date) -> tuple[Nudge, str]:
    name = person.name
    days = (day - today).days
    key = f"birthday:{person.person_id}:{day.isoformat()}"
    if days == 0:
        year = person.birthday.year if person.birthday else None
        age = day.year - year if year is not None and day.year > year else None
        title = _("It's {name}'s birthday today").format(name=name)
        body = _("{name} turns {age} today.").format(name=name, age=age) + " " if age else ""
        body += _("A good day to send {name} a few warm words.").format(name=name)
        line = _("{name}, birthday today").format(name=name)
    else:
        title = _("{name}'s birthday is coming up")
        if days == 1:
            body = _("{name}'s birthday is tomorrow. Maybe plan a little something?")
            line = _("{name}, birthday tomorrow")
        else:
            body = _("{name}'s birthday is on {weekday}. Maybe plan a little something?")
            line = _("{name}, birthday on {weekday}")
        weekday = weekday_name(day)
        title, body, line = (t.format(name=name, weekday=weekday) for t in (title, body, line))
    return Nudge("birthday", person.person_id, title, body, key), line


def _date_nudge(person: PersonState, d: SpecialDate, day: date, today: date) -> tuple[Nudge, str]:
    name = person.name
    days = (day - today).days
    key = f"date:{d.id}:{day.isoformat()}"
    years = years_on(d, day)
    if d.kind == "anniversary" and not d.label.strip():
        what = _("{name}'s anniversary")
    elif d.kind == "anniversary":
        what = _("{name}'s {date}")
    else:
        what = _("{date} ({name})")
    what = what.format(name=name, date=d.title)
    if days == 0:
        title = _("Today: {what}").format(what=what)
        body = (
            ngettext("{n} year today.", "{n} years today.", years).format(n=years) + " "
            if years
            else ""
        )
        body += _("A good day to send {name} a few warm words.").format(name=name)
        line = _("{what}, today").format(what=what)
    else:
        title = _("Coming up: {what}").format(what=what)
        if days == 1:
            body = _("Coming up tomorrow: {what}. Maybe a moment to get in touch?")
            line = _("{what}, tomorrow")
        else:
            body = _("Coming up on {weekday}: {what}. Maybe a moment to get in touch?")
            line = _("{what}, on {weekday}")
        weekday = weekday_name(day)
        body, line = (t.format(what=what, weekday=weekday) for t in (body, line))
    return Nudge("date", person.person_id, title, body, key), line


# --- planning -----------------------------------------------------------------------------------


def plan_nudges(
    now: datetime,
    people: Sequence[PersonState],
    history: Sequence[NudgeRecord],
    settings: NudgeSettings,
    *,
    last_mood_at: datetime | None = None,
    last_assessment_at: datetime | None = None,
    boundaries_today: int = 0,
    boundary_checked_today: bool = False,
) -> NudgePlan:
    """The nudges to show at `now`, grouped into one notification; see the module docstring."""
    require_aware(now, "now")
    if _blocked(now, settings):
        return EMPTY_PLAN
    today = _day(now, now, settings)

    by_key: dict[tuple[str, int | None], list[NudgeRecord]] = {}
    for record in history:
        by_key.setdefault((record.kind, record.person_id), []).append(record)

    def records(kind: str, person_id: int | None = None) -> list[NudgeRecord]:
        return by_key.get((kind, person_id), [])

    picked: list[tuple[Nudge, str]] = []
    picked.extend(_people_nudges(now, people, history, settings, records))

    mood_at = settings.mood_reminder_at
    mood_logged_today = last_mood_at is not None and _day(last_mood_at, now, settings) == today
    if (
        mood_at is not None
        and _reached(now, mood_at.replace(tzinfo=None), settings)
        and not mood_logged_today
        and _free_today(records("mood_checkin"), today, now, settings)
    ):
        nudge = Nudge(
            kind="mood_checkin",
            person_id=None,
            title=_("How are you feeling today?"),
            body=_("A moment to note your mood, whenever suits you."),
            key=f"mood_checkin:{today.isoformat()}",
        )
        picked.append((nudge, _("A moment to note how you're feeling")))

    boundary_at = settings.boundary_reminder_at
    if (
        boundary_at is not None
        and _reached(now, boundary_at.replace(tzinfo=None), settings)
        and boundaries_today > 0
        and not boundary_checked_today
        and _free_today(records("boundary_checkin"), today, now, settings)
    ):
        nudge = Nudge(
            kind="boundary_checkin",
            person_id=None,
            title=_("How did today go?"),
            body=ngettext(
                "A quick look back at the boundary you set for today, whenever you're ready.",
                "A quick look back at the {n} boundaries you set for today, whenever you're ready.",
                boundaries_today,
            ).format(n=boundaries_today),
            key=f"boundary_checkin:{today.isoformat()}",
        )
        line = ngettext(
            "A look back at the boundary you set for today",
            "A look back at the {n} boundaries you set for today",
            boundaries_today,
        ).format(n=boundaries_today)
        picked.append((nudge, line))

    retake = settings.checkin_retake_days
    if (
        retake is not None
        and last_assessment_at is not None
        and (today - _day(last_assessment_at, now, settings)).days >= retake
        and _free_today(records("assessment_retake"), today, now, settings)
    ):
        nudge = Nudge(
            kind="assessment_retake",
            person_id=None,
            title=_("Time for a check-in?"),
            body=_(
                "It's been a while since your last check-in questionnaire. "
                "Taking it again can show how things are changing."
            ),
            key=f"assessment_retake:{today.isoformat()}",
        )
        picked.append((nudge, _("A check-in questionnaire, if you'd like to take it again")))

    return _group(picked)


def _free_today(
    records: Sequence[NudgeRecord], today: date, now: datetime, settings: NudgeSettings
) -> bool:
    return not _shown_on(records, today, now, settings) and not _snoozed(records, now)


def _people_nudges(
    now: datetime,
    people: Sequence[PersonState],
    history: Sequence[NudgeRecord],
    settings: NudgeSettings,
    records: Callable[..., list[NudgeRecord]],
) -> list[tuple[Nudge, str]]:
    today = _day(now, now, settings)
    nudged_today = {
        r.person_id
        for r in history
        if r.kind in PEOPLE_KINDS and _day(r.shown_at, now, settings) == today
    }
    room = max(0, settings.daily_limit - len(nudged_today))
    if room == 0:
        return []
    by_id = {p.person_id: p for p in people if not p.archived}

    birthdays: list[tuple[int, str, int, Nudge, str]] = []
    for person in by_id.values():
        if person.birthday is None or person.person_id in nudged_today:
            continue
        day = next_birthday(person.birthday, today)
        days = (day - today).days
        if days > BIRTHDAY_HEADS_UP_DAYS:
            continue
        window_start = day - timedelta(days=BIRTHDAY_HEADS_UP_DAYS)
        in_window = [
            r
            for r in records("birthday", person.person_id)
            if window_start <= _day(r.shown_at, now, settings) <= day
        ]
        if any(r.action in ("done", "dismissed") for r in in_window) or _snoozed(in_window, now):
            continue
        # The heads-up was seen unless its latest outcome was a snooze (which has now ended);
        # this holds whether outcomes update a record or are appended as records of their own.
        latest = max(in_window, key=lambda r: r.shown_at.astimezone(UTC), default=None)
        if days > 0 and latest is not None and latest.action != "snoozed":
            continue
        nudge, line = _birthday_nudge(person, day, today)
        birthdays.append((days, person.name.casefold(), 0, nudge, line))
    for person in by_id.values():
        if person.person_id in nudged_today:
            continue
        for d in person.dates:
            found = _date_due(person, d, today, now, settings, records)
            if found is not None:
                birthdays.append((found[0], person.name.casefold(), 1, found[1], found[2]))
    birthdays.sort(key=lambda b: (b[0], b[1], b[2]))

    # At most one people nudge per person: the soonest of their dates (a birthday first).
    chosen: list[tuple[Nudge, str]] = []
    chosen_ids: set[int | None] = set()
    for _days, _name, _order, nudge, line in birthdays:
        if len(chosen) >= room:
            break
        if nudge.person_id not in chosen_ids:
            chosen.append((nudge, line))
            chosen_ids.add(nudge.person_id)

    for info in rank_by_overdue(by_id.values(), now, settings.day_ends_at):
        if len(chosen) >= room:
            break
        if info.status != "overdue":
            break  # ranked by ratio, so no one after this is overdue either
        person = by_id[info.person_id]
        if person.person_id in nudged_today or person.person_id in chosen_ids:
            continue
        past = records("reach_out", person.person_id)
        if _snoozed(past, now) or _closed_this_cycle(past, person, now, settings):
            continue
        chosen.append(
            (_reach_out_nudge(person, info.due_on), _reach_out_line(person, now, settings))
        )
        chosen_ids.add(person.person_id)
    return chosen


def _date_due(
    person: PersonState,
    d: SpecialDate,
    today: date,
    now: datetime,
    settings: NudgeSettings,
    records: Callable[..., list[NudgeRecord]],
) -> tuple[int, Nudge, str] | None:
    """A date's nudge now, with how many days away it is, or None (the birthday rules)."""
    day = next_occurrence(d, today)
    if day is None:
        return None
    days = (day - today).days
    if days > BIRTHDAY_HEADS_UP_DAYS:
        return None
    window_start = day - timedelta(days=BIRTHDAY_HEADS_UP_DAYS)
    prefix = f"date:{d.id}:"
    in_window = [
        r
        for r in records("date", person.person_id)
        if r.key.startswith(prefix) and window_start <= _day(r.shown_at, now, settings) <= day
    ]
    if any(r.action in ("done", "dismissed") for r in in_window) or _snoozed(in_window, now):
        return None
    latest = max(in_window, key=lambda r: r.shown_at.astimezone(UTC), default=None)
    if days > 0 and latest is not None and latest.action != "snoozed":
        return None
    nudge, line = _date_nudge(person, d, day, today)
    return days, nudge, line


def _closed_this_cycle(
    records: Sequence[NudgeRecord], person: PersonState, now: datetime, settings: NudgeSettings
) -> bool:
    """A dismissal (or done) holds until a newer contact or a full cadence after it."""
    today = _day(now, now, settings)
    for r in records:
        if r.action not in ("dismissed", "done"):
            continue
        last = person.last_contact
        contacted_since = last is not None and _later(last, r.shown_at)
        cycle_over = today >= _day(r.shown_at, now, settings) + timedelta(days=person.cadence_days)
        if not contacted_since and not cycle_over:
            return True
    return False


def _group(picked: Sequence[tuple[Nudge, str]]) -> NudgePlan:
    if not picked:
        return EMPTY_PLAN
    nudges = tuple(nudge for nudge, _line in picked)
    if len(nudges) == 1:
        return NudgePlan(nudges=nudges, title=nudges[0].title, body=nudges[0].body)
    all_people = all(n.kind in PEOPLE_KINDS for n in nudges)
    title = _(GROUP_TITLE_PEOPLE if all_people else GROUP_TITLE_MIXED)
    body = "\n".join(f"• {line}" for _nudge, line in picked)
    return NudgePlan(nudges=nudges, title=title, body=body)


# --- snooze and timer ---------------------------------------------------------------------------


def snooze_until(now: datetime, choice: Literal["day", "week"]) -> datetime:
    """The same wall-clock time a day or a week later, so DST never shifts a snooze by an hour."""
    require_aware(now, "now")
    days = {"day": 1, "week": 7}.get(choice)
    if days is None:
        raise ValueError(f"snooze choice must be 'day' or 'week', not {choice!r}")
    return _at(now.date() + timedelta(days=days), now.timetz(), now.tzinfo)


def next_check_at(now: datetime, settings: NudgeSettings) -> datetime:
    """When the UI timer should next ask `plan_nudges`, so the app can sleep in between.

    The earliest of: the start of the person's next day (a new day brings new due days, birthdays and limits),
    the next mood and boundary reminder times, and an hour from now (snoozes end at any time),
    moved past quiet hours and days off. With nudges off, or every day off, a day from now.
    """
    require_aware(now, "now")
    tz = now.tzinfo
    after_a_day = (now.astimezone(UTC) + timedelta(days=1)).astimezone(tz)
    if not settings.enabled or len(settings.days_off & set(range(7))) == 7:
        return after_a_day

    def next_occurrence(wall: time, after: datetime) -> datetime:
        candidate = _at(after.date(), wall, tz)
        if not _later(candidate, after):
            candidate = _at(after.date() + timedelta(days=1), wall, tz)
        return candidate

    candidates = [
        _at(_day(now, now, settings) + timedelta(days=1), settings.day_ends_at, tz),
        (now.astimezone(UTC) + MAX_SLEEP).astimezone(tz),
    ]
    for reminder in (settings.mood_reminder_at, settings.boundary_reminder_at):
        if reminder is not None:
            candidates.append(next_occurrence(reminder, now))
    when = min(candidates, key=lambda c: c.astimezone(UTC))

    # Step past quiet hours and days off; a week of steps covers every combination.
    for _step in range(16):
        if when.weekday() in settings.days_off:
            when = _at(when.date() + timedelta(days=1), time(0), tz)
        elif _in_quiet_hours(when.time(), settings):
            when = next_occurrence(settings.quiet_end, when)
        else:
            return when
    return after_a_day
