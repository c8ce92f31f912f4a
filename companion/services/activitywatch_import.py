"""ActivityWatch imports in two steps: a preview the user can look at, then an all-or-nothing commit.

A commit replaces every earlier ActivityWatch figure for the days the import covers (not only the
same day and category), so re-importing is idempotent and re-importing after editing the category
rules moves minutes between categories instead of counting them twice. Self-reports are never
touched: they are kept apart by their `source`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from sqlmodel import Session, col, delete, select

from companion.errors import Cancelled
from companion.models import ScreenTimeEntry

if TYPE_CHECKING:
    # The parser loads only when an import starts, keeping start-up light.
    from companion.importers.activitywatch import ActivityWatchImport, SkippedBucket

SOURCE = "activitywatch"


@dataclass(frozen=True)
class ActivityWatchPreview:
    """What an import would write, before anything is written."""

    source_name: str
    minutes: dict[tuple[date, str], float]  # (local day, category) -> minutes
    skipped: tuple[SkippedBucket, ...]
    used_buckets: tuple[str, ...]
    event_count: int
    problems: tuple[str, ...]

    @property
    def days(self) -> list[date]:
        return sorted({day for day, _ in self.minutes})

    @property
    def total_minutes(self) -> float:
        return sum(self.minutes.values())

    def by_day(self) -> dict[date, dict[str, float]]:
        """Minutes per category for each day, days in order."""
        out: dict[date, dict[str, float]] = {}
        for (day, category), minutes in sorted(self.minutes.items()):
            out.setdefault(day, {})[category] = minutes
        return out

    @classmethod
    def from_parsed(cls, parsed: ActivityWatchImport, source_name: str) -> ActivityWatchPreview:
        return cls(
            source_name=source_name,
            minutes=dict(parsed.minutes),
            skipped=tuple(parsed.skipped),
            used_buckets=tuple(parsed.used_buckets),
            event_count=parsed.event_count,
            problems=tuple(parsed.problems),
        )


@dataclass(frozen=True)
class ActivityWatchSummary:
    """What a committed import wrote."""

    days: tuple[date, ...]
    entries: int
    total_minutes: float
    replaced: int  # earlier ActivityWatch figures for those days that were replaced
    skipped: tuple[SkippedBucket, ...] = field(default=())
    problems: tuple[str, ...] = field(default=())

    @property
    def first_day(self) -> date | None:
        return self.days[0] if self.days else None

    @property
    def last_day(self) -> date | None:
        return self.days[-1] if self.days else None


def write_preview(
    session: Session,
    preview: ActivityWatchPreview,
    cancelled: Callable[[], bool] | None = None,
) -> ActivityWatchSummary:
    """Write `preview` inside the caller's transaction; raising rolls all of it back."""
    days = preview.days
    replaced = 0
    if days:
        replaced = len(
            session.exec(
                select(ScreenTimeEntry.id).where(
                    ScreenTimeEntry.source == SOURCE, col(ScreenTimeEntry.day).in_(days)
                )
            ).all()
        )
        session.exec(  # type: ignore[call-overload]
            delete(ScreenTimeEntry).where(
                col(ScreenTimeEntry.source) == SOURCE, col(ScreenTimeEntry.day).in_(days)
            )
        )
    for (day, category), minutes in sorted(preview.minutes.items()):
        session.add(ScreenTimeEntry(day=day, category=category, minutes=minutes, source=SOURCE))
    session.flush()
    # The last moment Cancel can still mean "nothing was written".
    if cancelled is not None and cancelled():
        raise Cancelled()
    return ActivityWatchSummary(
        days=tuple(days),
        entries=len(preview.minutes),
        total_minutes=preview.total_minutes,
        replaced=replaced,
        skipped=preview.skipped,
        problems=preview.problems,
    )
