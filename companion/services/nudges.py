"""Nudges over the vault: gathers what the planner needs, and remembers what was shown and done."""

from __future__ import annotations

from datetime import datetime, time
from typing import Literal

from sqlalchemy import func
from sqlmodel import col, select

from companion.errors import InvalidInput
from companion.models import AssessmentResult, MoodEntry
from companion.models import NudgeRecord as NudgeRow
from companion.planners.nudges import (
    Nudge,
    NudgePlan,
    NudgeRecord,
    NudgeSettings,
    plan_nudges,
    snooze_until,
)
from companion.services.base import Service
from companion.settings import SettingsService

# How far back the planner needs history: a dismissal holds for one cadence, at most ten years.
HISTORY_DAYS = 400


def _time(text: str | None) -> time | None:
    if not text:
        return None
    hours, minutes = text.split(":")
    return time(int(hours), int(minutes))


class NudgeService(Service):
    def __init__(
        self, vault, clock, notify, *, people, settings: SettingsService, boundaries=None
    ) -> None:
        super().__init__(vault, clock, notify)
        self._people = people
        self._settings = settings
        self._boundaries = boundaries

    def settings(self) -> NudgeSettings:
        get = self._settings.get
        return NudgeSettings(
            enabled=bool(get("nudges.enabled")),
            daily_limit=int(get("nudges.daily_limit")),
            quiet_start=_time(get("nudges.quiet_start")) or time(21),
            quiet_end=_time(get("nudges.quiet_end")) or time(9),
            days_off=frozenset(get("nudges.days_off")),
            mood_reminder_at=_time(get("mood.reminder_at")),
            checkin_retake_days=int(get("assessments.retake_days")),
            boundary_reminder_at=_time(get("boundaries.reminder_at")),
        )

    def history(self) -> list[NudgeRecord]:
        with self._vault.session() as s:
            rows = s.exec(select(NudgeRow).order_by(col(NudgeRow.shown_at))).all()
        return [
            NudgeRecord(
                kind=r.kind,
                person_id=r.person_id,
                shown_at=r.shown_at,
                action=r.action,
                snooze_until=r.snooze_until,
            )  # type: ignore[arg-type]
            for r in rows
        ]

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
        if self._boundaries is not None:
            today = now.date()
            if boundaries_today is None:
                boundaries_today = len(self._boundaries.active_on(today))
            if boundary_checked_today is None:
                boundary_checked_today = self._boundaries.checked_on(today)
        with self._vault.session() as s:
            last_mood = s.exec(select(func.max(MoodEntry.logged_at))).one()
            last_check = s.exec(select(func.max(AssessmentResult.taken_at))).one()
        return plan_nudges(
            now,
            self._people.states(),
            self.history(),
            self.settings(),
            last_mood_at=_as_dt(last_mood),
            last_assessment_at=_as_dt(last_check),
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
                raise InvalidInput("Choose how long to snooze.")
            until = snooze_until(now, snooze)
        with self._vault.session() as s:
            s.add(
                NudgeRow(
                    kind=nudge.kind,
                    key=nudge.key,
                    person_id=nudge.person_id,
                    shown_at=now,
                    action=action,
                    snooze_until=until,
                )
            )
        self._notify("nudges")

    def record_shown(self, plan: NudgePlan) -> None:
        now = self._now()
        with self._vault.session() as s:
            for nudge in plan.nudges:
                s.add(
                    NudgeRow(
                        kind=nudge.kind,
                        key=nudge.key,
                        person_id=nudge.person_id,
                        shown_at=now,
                        action="shown",
                    )
                )
        if plan.nudges:
            self._notify("nudges")


def _as_dt(value: object) -> datetime | None:
    if value is None or isinstance(value, datetime):
        return value
    from companion.dbtypes import UTCDateTime

    return UTCDateTime().process_result_value(str(value), None)
