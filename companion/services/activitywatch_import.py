"""ActivityWatch imports in two steps: a preview the user can look at, then an all-or-nothing commit.

Every minute stored says which bucket it came from (its `origin`, "host/bucket id"). A commit
replaces, for each bucket in the import, that bucket's earlier figures over the days its events
span (every category, so re-importing after editing the category rules moves minutes between
categories instead of counting them twice), and never another bucket's: importing one phone's
single-bucket export after a full export of two computers changes only that phone's minutes.
Figures imported before buckets were recorded (origin "") can't be told apart, so an import
replaces those on the days it covers, as it did then. Re-importing is idempotent. Self-reports are
never touched: they are kept apart by their `source`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from companion.domain.errors import Cancelled

if TYPE_CHECKING:
    from sqlmodel import Session

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
    by_origin: dict[tuple[date, str, str], float] = field(default_factory=dict)

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
            by_origin=dict(parsed.by_origin),
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
    from sqlalchemy import and_, delete, insert, or_

    from companion.storage.models import ScreenTimeEntry

    days = preview.days
    by_origin = preview.by_origin or {
        (day, category, ""): minutes for (day, category), minutes in preview.minutes.items()
    }
    spans: dict[str, tuple[date, date]] = {}
    for day, _category, origin in by_origin:
        first, last = spans.get(origin, (day, day))
        spans[origin] = (min(first, day), max(last, day))
    replaced = 0
    table = ScreenTimeEntry.__table__  # type: ignore[attr-defined]
    conditions = [
        and_(table.c.origin == origin, table.c.day >= first, table.c.day <= last)
        for origin, (first, last) in spans.items()
    ]
    if days:
        # Figures from before origins were recorded: their bucket is unknown.
        conditions.append(and_(table.c.origin == "", table.c.day.in_(days)))
    for i in range(0, len(conditions), _CHUNK):
        where = and_(table.c.source == SOURCE, or_(*conditions[i : i + _CHUNK]))
        replaced += session.execute(delete(table).where(where)).rowcount or 0  # type: ignore[attr-defined]
    if by_origin:
        session.execute(
            insert(table),
            [
                {
                    "day": day,
                    "category": category,
                    "minutes": minutes,
                    "source": SOURCE,
                    "origin": o,
                }
                for (day, category, o), minutes in sorted(by_origin.items())
            ],
        )
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


# Conditions per DELETE, well inside SQLite's limits on expression depth and bound values.
_CHUNK = 200
