"""Digital boundaries the user chose, their schedules, the evening check-in, and kind progress.

Progress counts kept days this month (and, as data, the Monday-to-Sunday week with the most); the
words shown say what happened, kindly, or that every day is a fresh start: never a streak, a record
to beat or a zero, so a hard day costs nothing.
"""

from __future__ import annotations

import builtins
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from companion.domain.errors import InvalidInput
from companion.domain.i18n import N_, _, ngettext, weekday_name
from companion.domain.screen_categories import CATEGORIES
from companion.domain.views import (
    EVERY_DAY,
    WEEKDAYS,  # noqa: F401 - part of this module's interface
    BoundaryTemplate,
    BoundaryView,
    _template,
    stored_title,
    templates,
)
from companion.domain.views import boundary_view as _view
from companion.services.base import Service
from companion.services.removal import Removed, removed
from companion.storage import reads

if TYPE_CHECKING:
    from sqlmodel import Session

    from companion.storage.models import Boundary

RESULTS = ("kept", "partly", "not_today")
RESULT_LABELS = {"kept": N_("Kept"), "partly": N_("Partly"), "not_today": N_("Not today")}


@dataclass
class BoundaryInput:
    """A boundary as the user sets it. `template` is a template id, or "custom" for own words."""

    title: str
    template: str = "custom"
    category: str | None = None
    limit_minutes: int | None = None
    starts_at: str | None = None
    ends_at: str | None = None
    weekdays: Sequence[int] = field(default_factory=lambda: EVERY_DAY)


@dataclass(frozen=True)
class CheckView:
    boundary_id: int
    day: date
    result: str
    note: str


@dataclass(frozen=True)
class BoundaryProgress:
    """Kept days, counted kindly: nothing here ever resets to zero because of one day."""

    boundary_id: int
    month_start: date
    kept_this_month: int
    partly_this_month: int
    planned_this_month: int  # days this month so far the boundary was planned for
    best_week_start: date | None  # Monday of the week with the most kept days (latest on a tie)
    best_week_kept: int
    kept_this_week: int

    @property
    def summary(self) -> str:
        kept, partly = self.kept_this_month, self.partly_this_month
        if kept and partly:
            return ngettext(
                "Kept on {n} day this month, and partly on {partly}.",
                "Kept on {n} days this month, and partly on {partly}.",
                kept,
            ).format(n=kept, partly=partly)
        if kept:
            return ngettext(
                "Kept on {n} day this month.", "Kept on {n} days this month.", kept
            ).format(n=kept)
        if partly:
            return ngettext(
                "Partly kept on {n} day this month.", "Partly kept on {n} days this month.", partly
            ).format(n=partly)
        return _("Every day is a fresh start. Check in this evening to see how it went.")


class BoundaryService(Service):
    # --- templates and boundaries --------------------------------------------------------------

    def templates(self) -> tuple[BoundaryTemplate, ...]:
        return templates()

    def from_template(
        self, template_id: str, *, weekdays: Sequence[int] = EVERY_DAY
    ) -> BoundaryInput:
        """A boundary filled in from a template, ready to adjust and `add`."""
        template = next((t for t in templates() if t.id == template_id), None)
        if template is None:
            raise InvalidInput(_("That boundary template isn't available."))
        return BoundaryInput(
            title=template.title,
            template=template.id,
            category=template.category,
            limit_minutes=template.limit_minutes,
            starts_at=template.starts_at,
            ends_at=template.ends_at,
            weekdays=weekdays,
        )

    def add(self, data: BoundaryInput) -> int:
        from companion.storage.models import Boundary

        with self._vault.session() as s:
            row = Boundary(title="", created_at=self._now())
            _apply(row, data)
            s.add(row)
            s.flush()
            assert row.id is not None
            new_id = row.id
        self._notify("boundaries", "screen")
        return new_id

    def add_from_template(self, template_id: str, *, weekdays: Sequence[int] = EVERY_DAY) -> int:
        return self.add(self.from_template(template_id, weekdays=weekdays))

    def update(self, boundary_id: int, data: BoundaryInput) -> None:
        with self._vault.session() as s:
            row = _get(s, boundary_id)
            _apply(row, data)
            s.add(row)
        self._notify("boundaries", "screen")

    def set_active(self, boundary_id: int, active: bool = True) -> None:
        """Pausing keeps the boundary and its check-ins; it just stops being asked about."""
        with self._vault.session() as s:
            row = _get(s, boundary_id)
            row.active = active
            s.add(row)
        self._notify("boundaries", "screen")

    def delete(self, boundary_id: int) -> None:
        with self._vault.session() as s:
            s.delete(_get(s, boundary_id))
        self._notify("boundaries", "screen")

    def get(self, boundary_id: int) -> BoundaryView:
        with self._vault.reading() as db:
            found = reads.boundaries(db, boundary_id=boundary_id)
        if not found:
            raise InvalidInput(_("That boundary is no longer there."))
        return found[0]

    def list(self, *, include_paused: bool = False) -> list[BoundaryView]:
        with self._vault.reading() as db:
            return reads.boundaries(db, include_paused=include_paused)

    def active_on(self, day: date) -> builtins.list[BoundaryView]:
        """Active boundaries planned for `day` that already existed on that day."""
        zone = self._now().tzinfo
        assert zone is not None
        with self._vault.reading() as db:
            return reads.boundaries_on(db, day, zone)

    # --- check-ins -----------------------------------------------------------------------------

    def check_in(self, boundary_id: int, day: date, result: str, note: str = "") -> None:
        """Record how a boundary went on a day; a second check-in for the same day replaces it."""
        self.check_in_many(day, {boundary_id: (result, note)})

    def check_in_many(self, day: date, answers: Mapping[int, tuple[str, str]]) -> None:
        """The evening check-in: {boundary id: (result, what got in the way)}, in one transaction."""
        from sqlmodel import select

        from companion.storage.models import BoundaryCheck

        if day > self._today():
            raise InvalidInput(
                _("That day hasn't happened yet. You can check in for today or before.")
            )
        for result, _note in answers.values():
            if result not in RESULTS:
                raise InvalidInput(
                    _("“{result}” isn't a check-in answer (kept, partly, not today).").format(
                        result=result
                    )
                )
        with self._vault.session() as s:
            for boundary_id, (result, note) in answers.items():
                boundary = _view(_get(s, boundary_id))
                if not boundary.planned_on(day):
                    raise InvalidInput(
                        _("“{title}” isn't planned on a {weekday}.").format(
                            title=boundary.title, weekday=weekday_name(day)
                        )
                    )
                row = s.exec(
                    select(BoundaryCheck).where(
                        BoundaryCheck.boundary_id == boundary_id, BoundaryCheck.day == day
                    )
                ).first()
                if row is None:
                    row = BoundaryCheck(boundary_id=boundary_id, day=day, result=result)
                row.result = result
                row.note = note.strip()
                s.add(row)
        self._notify("boundaries", "screen")

    def clear_check(self, boundary_id: int, day: date) -> Removed | None:
        """Remove the day's check-in for a boundary (None if there was none); what is returned
        puts it back (`restore`) while it is kept."""
        from sqlmodel import select

        from companion.storage.models import BoundaryCheck

        gone = None
        with self._vault.session() as s:
            row = s.exec(
                select(BoundaryCheck).where(
                    BoundaryCheck.boundary_id == boundary_id, BoundaryCheck.day == day
                )
            ).first()
            if row is not None:
                gone = removed(("boundaries", "screen"), [row])
                s.delete(row)
        self._notify("boundaries", "screen")
        return gone

    def update_check(self, boundary_id: int, day: date, result: str, note: str = "") -> None:
        """Correct a day's check-in (how it went, what got in the way)."""
        if day not in {c.day for c in self.history(boundary_id, day, day)}:
            raise InvalidInput(_("That check-in is no longer there."))
        self.check_in(boundary_id, day, result, note)

    def checks_between(self, start: date, end: date) -> builtins.list[CheckView]:
        """Every boundary's check-ins from `start` to `end` (both included), oldest first."""
        return self._checks(since=start, until=end)

    def checks_on(self, day: date) -> dict[int, CheckView]:
        """The day's check-ins by boundary id."""
        return {c.boundary_id: c for c in self._checks(since=day, until=day)}

    def checked_on(self, day: date, *, planned: Sequence[BoundaryView] | None = None) -> bool:
        """Whether the evening check-in was done for `day`: any boundary planned that day has an
        answer. (Answering some and leaving others is fine; the reminder shouldn't come back.)
        `planned` is `active_on(day)` when the caller has it already."""
        planned = self.active_on(day) if planned is None else planned
        with self._vault.reading() as db:
            return reads.checked_on(db, day, planned)

    def history(self, boundary_id: int, start: date, end: date) -> builtins.list[CheckView]:
        return self._checks(since=start, until=end, boundary_id=boundary_id)

    def _checks(
        self,
        *,
        since: date | None = None,
        until: date | None = None,
        boundary_id: int | None = None,
    ) -> builtins.list[CheckView]:
        with self._vault.reading() as db:
            found = reads.boundary_checks(db, since=since, until=until, boundary_id=boundary_id)
        return [CheckView(*row) for row in found]

    # --- progress ------------------------------------------------------------------------------

    def progress(self, boundary_id: int, today: date) -> BoundaryProgress:
        boundary = self.get(boundary_id)
        checks = self._checks(until=today, boundary_id=boundary_id)
        return compute_progress(boundary, checks, today, self._local_day(boundary.created_at))


def compute_progress(
    boundary: BoundaryView, checks: Sequence[CheckView], today: date, created: date
) -> BoundaryProgress:
    """Kept days this month, and the best week, from a boundary's check-ins up to `today`."""
    month_start = today.replace(day=1)
    this_month = [c for c in checks if month_start <= c.day <= today]
    first_planned = max(month_start, created)
    planned = sum(
        1
        for n in range((today - first_planned).days + 1)
        if boundary.planned_on(first_planned + timedelta(days=n))
    )
    kept_by_week: dict[date, int] = {}
    for c in checks:
        if c.result == "kept" and c.day <= today:
            monday = c.day - timedelta(days=c.day.weekday())
            kept_by_week[monday] = kept_by_week.get(monday, 0) + 1
    best_start: date | None = None
    best = 0
    for monday in sorted(kept_by_week):
        if kept_by_week[monday] >= best:
            best_start, best = monday, kept_by_week[monday]
    this_monday = today - timedelta(days=today.weekday())
    return BoundaryProgress(
        boundary_id=boundary.id,
        month_start=month_start,
        kept_this_month=sum(1 for c in this_month if c.result == "kept"),
        partly_this_month=sum(1 for c in this_month if c.result == "partly"),
        planned_this_month=planned,
        best_week_start=best_start,
        best_week_kept=best,
        kept_this_week=kept_by_week.get(this_monday, 0),
    )


def _get(s: Session, boundary_id: int) -> Boundary:
    from companion.storage.models import Boundary

    row = s.get(Boundary, boundary_id)
    if row is None:
        raise InvalidInput(_("That boundary is no longer there."))
    return row


def _apply(row: Boundary, data: BoundaryInput) -> None:
    title = " ".join(data.title.split())
    if not title:
        raise InvalidInput(_("Please put the boundary in a few words."))
    if len(title) > 200:
        raise InvalidInput(_("That's a long boundary; please keep it under 200 characters."))
    if data.template != "custom" and _template(data.template) is None:
        raise InvalidInput(_("That boundary template isn't available."))
    days = sorted(set(data.weekdays))
    if not days:
        raise InvalidInput(_("Choose at least one day for this boundary."))
    if any(isinstance(d, bool) or not isinstance(d, int) or not 0 <= d <= 6 for d in days):
        raise InvalidInput(_("Days are numbered 0 (Monday) to 6 (Sunday)."))
    if data.category is not None and data.category not in CATEGORIES:
        raise InvalidInput(
            _("“{category}” isn't a screen-time category.").format(category=data.category)
        )
    if data.limit_minutes is not None:
        if isinstance(data.limit_minutes, bool) or not isinstance(data.limit_minutes, int):
            raise InvalidInput(_("A daily limit is a whole number of minutes."))
        if not 1 <= data.limit_minutes <= 24 * 60:
            raise InvalidInput(_("A daily limit is between 1 minute and 24 hours."))
        if data.category is None:
            raise InvalidInput(_("Choose which kind of screen time the daily limit is for."))
    if (data.starts_at is None) != (data.ends_at is None):
        raise InvalidInput(_("Screen-free hours need both a start and an end time."))
    for value in (data.starts_at, data.ends_at):
        if value is not None and not _is_hhmm(value):
            raise InvalidInput(_("“{value}” isn't a time like 22:00.").format(value=value))
    if data.starts_at is not None and data.starts_at == data.ends_at:
        raise InvalidInput(_("Screen-free hours need to start and end at different times."))
    row.title = stored_title(data.template, title)
    row.template = data.template
    row.category = data.category
    row.limit_minutes = data.limit_minutes
    row.starts_at = data.starts_at
    row.ends_at = data.ends_at
    row.weekdays = days


def _is_hhmm(value: str) -> bool:
    try:
        datetime.strptime(value, "%H:%M")
    except (TypeError, ValueError):
        return False
    return len(value) == 5
