"""Nudges over the vault: gathers what the planner needs, and remembers what was shown and done."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime, time, timedelta
from typing import TYPE_CHECKING, Literal

from companion.domain.days import DAY_END_SETTING, parse_day_end
from companion.domain.errors import InvalidInput
from companion.domain.i18n import _
from companion.domain.planners.cadence import PersonState
from companion.domain.planners.nudges import (
    BIRTHDAY_HEADS_UP_DAYS,
    Nudge,
    NudgePlan,
    NudgeRecord,
    NudgeSettings,
    plan_nudges,
    snooze_until,
)
from companion.services.base import Service
from companion.services.settings import SettingsService
from companion.storage import reads, writes

if TYPE_CHECKING:
    from companion.platform.clock import Clock
    from companion.services.boundaries import BoundaryService
    from companion.services.people import PeopleService
    from companion.storage.engine import Vault

# The planner (companion/domain/planners/nudges.py) reads a record only if it is one of:
# - shown in the last few local days: today's showings count toward the daily limit and "once a
#   day", and a birthday looks back over its heads-up window;
# - a snooze still running at `now`, however long ago it was shown;
# - a person's newest reach-out dismissal (or "done"), if less than a cadence old: it holds until
#   a newer contact or a full cadence after it (cadences run up to ten years).
# So it is given those and nothing older, which keeps a long-used vault's plan cheap.
RECENT_DAYS = BIRTHDAY_HEADS_UP_DAYS + 2  # the window, plus a day either side for time zones
CYCLE_SLACK_DAYS = 2  # a cadence counts local days; a day of slack either side of `now`


def _time(text: str | None) -> time | None:
    if not text:
        return None
    hours, minutes = text.split(":")
    return time(int(hours), int(minutes))


class NudgeService(Service):
    def __init__(
        self,
        vault: Vault,
        clock: Clock,
        notify: Callable[..., None],
        *,
        people: PeopleService,
        settings: SettingsService,
        boundaries: BoundaryService | None = None,
    ) -> None:
        super().__init__(vault, clock, notify)
        self._people = people
        self._settings = settings
        self._boundaries = boundaries

    def settings(self) -> NudgeSettings:
        values = self._settings.get_many(
            "nudges.enabled",
            "nudges.daily_limit",
            "nudges.quiet_start",
            "nudges.quiet_end",
            "nudges.days_off",
            "mood.reminder_at",
            "assessments.retake_days",
            "boundaries.reminder_at",
            DAY_END_SETTING,
        )
        return NudgeSettings(
            enabled=bool(values["nudges.enabled"]),
            daily_limit=int(values["nudges.daily_limit"]),
            quiet_start=_time(values["nudges.quiet_start"]) or time(21),
            quiet_end=_time(values["nudges.quiet_end"]) or time(9),
            days_off=frozenset(values["nudges.days_off"]),
            mood_reminder_at=_time(values["mood.reminder_at"]),
            checkin_retake_days=int(values["assessments.retake_days"]),
            boundary_reminder_at=_time(values["boundaries.reminder_at"]),
            day_ends_at=parse_day_end(values[DAY_END_SETTING]),
        )

    def history(self) -> list[NudgeRecord]:
        """Every record, oldest first."""
        with self._vault.reading() as db:
            return reads.nudge_history(db)

    def planner_history(self, now: datetime, people: Sequence[PersonState]) -> list[NudgeRecord]:
        """The records that can change a plan at `now` for `people`, oldest first: the planner
        given these decides exactly as it would given every record (see RECENT_DAYS)."""
        longest_cadence = max((p.cadence_days for p in people if not p.archived), default=0)
        with self._vault.reading() as db:
            return reads.planner_nudge_history(
                db,
                now,
                recent=now - timedelta(days=RECENT_DAYS),
                cycle=now - timedelta(days=longest_cadence + CYCLE_SLACK_DAYS),
            )

    def plan(
        self,
        now: datetime | None = None,
        *,
        boundaries_today: int | None = None,
        boundary_checked_today: bool | None = None,
    ) -> NudgePlan:
        """What to show at `now`. The evening boundary check-in is worked out from the vault
        unless the caller says how many boundaries today has and whether they were checked."""
        now = now or self._now()
        if self._boundaries is not None and (
            boundaries_today is None or boundary_checked_today is None
        ):
            today = self._local_day(now)
            planned = self._boundaries.active_on(today)
            if boundaries_today is None:
                boundaries_today = len(planned)
            if boundary_checked_today is None:
                boundary_checked_today = self._boundaries.checked_on(today, planned=planned)
        with self._vault.reading() as db:
            last_mood = reads.last_mood_at(db)
            last_check = reads.last_checkin_at(db)
        people = self._people.states()
        return plan_nudges(
            now,
            people,
            self.planner_history(now, people),
            self.settings(),
            last_mood_at=last_mood,
            last_assessment_at=last_check,
            boundaries_today=boundaries_today or 0,
            boundary_checked_today=bool(boundary_checked_today),
        )

    def record(
        self,
        nudge: Nudge,
        action: Literal["shown", "done", "snoozed", "dismissed"],
        *,
        snooze: Literal["day", "week"] | None = None,
    ) -> None:
        now = self._now()
        until = None
        if action == "snoozed":
            if snooze is None:
                raise InvalidInput(_("Choose how long to snooze."))
            until = snooze_until(now, snooze)
        with self._vault.writing() as db:
            writes.add_nudge_records(
                db, [(nudge.kind, nudge.key, nudge.person_id, action)], now, snooze_until=until
            )
        self._notify("nudges")

    def record_shown(self, plan: NudgePlan) -> None:
        now = self._now()
        with self._vault.writing() as db:
            writes.add_nudge_records(
                db, [(n.kind, n.key, n.person_id, "shown") for n in plan.nudges], now
            )
        if plan.nudges:
            self._notify("nudges")
