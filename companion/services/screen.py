"""Screen time: the user's own daily figures, ActivityWatch imports, and the category rules.

A day's self-report is either minutes per category or one unsplit total (category "total").
The two sources are stored apart; where a day has a self-report, that is the day's figure (the
user's own word wins, and it often covers devices ActivityWatch doesn't see), else the imported one.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING

from companion.domain.errors import InvalidInput
from companion.domain.i18n import N_, _
from companion.domain.screen_categories import (
    CATEGORY_LABELS,
    DEFAULT_RULES,
    CategoryRule,
    rules_from_json,
    rules_to_json,
    shown_label,
)
from companion.services.activitywatch_import import SOURCE as ACTIVITYWATCH
from companion.services.activitywatch_import import (
    ActivityWatchPreview,
    ActivityWatchSummary,
    write_preview,
)
from companion.services.base import Service
from companion.services.removal import Removed, removed
from companion.storage import reads

if TYPE_CHECKING:
    from companion.platform.clock import Clock
    from companion.services.settings import SettingsService
    from companion.storage.engine import Vault

SELF_REPORT = "self_report"
TOTAL = "total"  # a self-reported day total that isn't split into categories
TOTAL_LABEL = N_("Total (not split)")
MINUTES_PER_DAY = 24 * 60


@dataclass(frozen=True)
class Category:
    key: str
    label: str


@dataclass(frozen=True)
class DayScreenTime:
    """One day's screen time, per source and as counted (self-report if any, else imported)."""

    day: date
    self_report: Mapping[str, float]
    activitywatch: Mapping[str, float]

    @property
    def source(self) -> str | None:
        if self.self_report:
            return SELF_REPORT
        return ACTIVITYWATCH if self.activitywatch else None

    @property
    def minutes(self) -> Mapping[str, float]:
        """Minutes per category as counted, for stacked bars ("total" when not split)."""
        return self.self_report if self.self_report else self.activitywatch

    @property
    def total(self) -> float:
        return sum(self.minutes.values())


class ScreenService(Service):
    def __init__(
        self,
        vault: Vault,
        clock: Clock,
        notify: Callable[..., None],
        *,
        settings: SettingsService,
    ) -> None:
        super().__init__(vault, clock, notify)
        self._settings = settings

    # --- categories and rules ------------------------------------------------------------------

    def categories(self) -> list[Category]:
        """The user's categories, in their order (from the `screen.categories` setting)."""
        return [
            Category(c["key"], shown_label(c["key"], c["label"]))
            for c in self._settings.get("screen.categories")
        ]

    def label(self, key: str) -> str:
        if key == TOTAL:
            return _(TOTAL_LABEL)
        for category in self.categories():
            if category.key == key:
                return category.label
        return (
            _(CATEGORY_LABELS[key])
            if key in CATEGORY_LABELS
            else key.replace("_", " ").capitalize()
        )

    def set_categories(self, categories: Sequence[Category]) -> None:
        self._settings.set(
            "screen.categories",
            [{"key": c.key.strip().lower(), "label": c.label.strip()} for c in categories],
        )
        self._notify("screen")

    def rules(self) -> tuple[CategoryRule, ...]:
        stored = self._settings.get("screen.rules")
        return DEFAULT_RULES if stored is None else rules_from_json(stored)

    def set_rules(self, rules: Sequence[CategoryRule] | None) -> None:
        """Save edited rules (first match wins); None goes back to the built-in rules."""
        from companion.storage.models import Setting

        if rules is not None:
            self._settings.set("screen.rules", rules_to_json(rules))
        else:
            # Removing the row, since the setting table can't hold a null value.
            with self._vault.session() as s:
                row = s.get(Setting, "screen.rules")
                if row is not None:
                    s.delete(row)
            self._notify("settings")
        self._notify("screen")

    # --- self-report ---------------------------------------------------------------------------

    def report(self, day: date, minutes: Mapping[str, float]) -> None:
        """Set the day's self-reported minutes per category (replacing that day's self-report).

        Categories with 0 minutes are left out; an empty mapping clears the day's self-report.
        """
        from sqlmodel import col, delete

        from companion.storage.models import ScreenTimeEntry

        self._check_day(day)
        keys = {c.key for c in self.categories()} | {TOTAL}
        clean: dict[str, float] = {}
        for category, value in minutes.items():
            if category not in keys:
                raise InvalidInput(
                    _("“{category}” isn't one of your screen-time categories.").format(
                        category=category
                    )
                )
            clean[category] = _check_minutes(value, self.label(category))
        if TOTAL in clean and len(clean) > 1:
            raise InvalidInput(
                _("Give either a total for the day or minutes per category, not both.")
            )
        if sum(clean.values()) > MINUTES_PER_DAY:
            raise InvalidInput(_("That adds up to more than the 24 hours in a day."))
        with self._vault.session() as s:
            s.exec(
                delete(ScreenTimeEntry).where(
                    col(ScreenTimeEntry.day) == day, col(ScreenTimeEntry.source) == SELF_REPORT
                )
            )
            for category, value in clean.items():
                if value > 0:
                    s.add(
                        ScreenTimeEntry(
                            day=day, category=category, minutes=value, source=SELF_REPORT
                        )
                    )
        self._notify("screen")

    def report_total(self, day: date, minutes: float) -> None:
        """Set the day's self-reported screen time as one total, not split into categories."""
        self.report(day, {TOTAL: minutes})

    def clear_report(self, day: date) -> None:
        self.report(day, {})

    def delete_day(self, day: date, source: str = SELF_REPORT) -> Removed:
        """Remove a day's screen-time figures from one source (what was noted by hand, or what
        was imported from ActivityWatch); what is returned puts them back (`restore`)."""
        from sqlmodel import col, select

        from companion.storage.models import ScreenTimeEntry

        if source not in (SELF_REPORT, ACTIVITYWATCH):
            raise InvalidInput(_("Unknown screen-time source: {source}.").format(source=source))
        with self._vault.session() as s:
            rows = s.exec(
                select(ScreenTimeEntry).where(
                    col(ScreenTimeEntry.day) == day, col(ScreenTimeEntry.source) == source
                )
            ).all()
            if not rows:
                raise InvalidInput(_("There's no screen time noted for that day any more."))
            gone = removed(("screen",), list(rows))
            for row in rows:
                s.delete(row)
        self._notify("screen")
        return gone

    # --- reading -------------------------------------------------------------------------------

    def day(self, day: date) -> DayScreenTime:
        return self.days(day, day)[0]

    def days(self, start: date, end: date) -> list[DayScreenTime]:
        """Every day from `start` to `end`, both included, with empty days too."""
        if end < start:
            raise InvalidInput(_("The end of the range comes before its start."))
        with self._vault.reading() as db:
            rows = reads.screen_minutes(db, start, end)
        by_source: dict[tuple[date, str], dict[str, float]] = {}
        for day, source, category, minutes in rows:
            # Several buckets (origins) may add to one day and category.
            figures = by_source.setdefault((day, source), {})
            figures[category] = figures.get(category, 0.0) + minutes
        order = {c.key: i for i, c in enumerate(self.categories())}

        def ordered(values: dict[str, float]) -> dict[str, float]:
            return dict(
                sorted(values.items(), key=lambda kv: (order.get(kv[0], len(order)), kv[0]))
            )

        out = []
        for n in range((end - start).days + 1):
            d = start + timedelta(days=n)
            out.append(
                DayScreenTime(
                    day=d,
                    self_report=ordered(by_source.get((d, SELF_REPORT), {})),
                    activitywatch=ordered(by_source.get((d, ACTIVITYWATCH), {})),
                )
            )
        return out

    def week(self, start: date) -> list[DayScreenTime]:
        """Seven days from `start`: minutes per day per category, for stacked bars."""
        return self.days(start, start + timedelta(days=6))

    def daily_totals(self, start: date, end: date) -> dict[date, float]:
        """Counted minutes per day from `start` to `end` (both included); days with no figure are
        left out, so "no data" is never read as "no screen time"."""
        return {d.day: d.total for d in self.days(start, end) if d.source is not None}

    # --- ActivityWatch -------------------------------------------------------------------------

    def preview_activitywatch(
        self,
        path: Path | str,
        *,
        tz: tzinfo | None = None,
        progress: Callable[[int, int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> ActivityWatchPreview:
        """Read an export without writing anything. Raises ImportFailed or Cancelled."""
        from companion.importers.activitywatch import read_activitywatch_file

        path = Path(path)
        parsed = read_activitywatch_file(
            path,
            tz=tz or self._tz(),
            day_ends_at=self._day_end(),
            rules=self.rules(),
            progress=progress,
            cancelled=cancelled,
        )
        return ActivityWatchPreview.from_parsed(parsed, path.name)

    def preview_activitywatch_server(
        self,
        *,
        days: int = 14,
        tz: tzinfo | None = None,
        port: int | None = None,
        progress: Callable[[int, int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> ActivityWatchPreview:
        """Read the last `days` days from ActivityWatch on this computer, if the user allowed it.

        `port` is for tests only.
        """
        if not self._settings.get("activitywatch.server_enabled"):
            raise InvalidInput(
                _(
                    "Reading from ActivityWatch on this computer is turned off. "
                    "You can turn it on in Settings."
                )
            )
        from companion.importers.activitywatch_server import (
            DEFAULT_PORT,
            SOURCE_NAME,
            read_activitywatch_server,
        )

        parsed = read_activitywatch_server(
            tz=tz or self._tz(),
            day_ends_at=self._day_end(),
            rules=self.rules(),
            now=self._now(),
            days=days,
            port=DEFAULT_PORT if port is None else port,
            progress=progress,
            cancelled=cancelled,
        )
        return ActivityWatchPreview.from_parsed(parsed, _(SOURCE_NAME))

    def commit_activitywatch(
        self, preview: ActivityWatchPreview, *, cancelled: Callable[[], bool] | None = None
    ) -> ActivityWatchSummary:
        """Write a preview in one transaction: all of it, or nothing."""
        with self._vault.session() as s:
            summary = write_preview(s, preview, cancelled)
        self._notify("screen")
        return summary

    def import_activitywatch(
        self,
        path: Path | str,
        *,
        tz: tzinfo | None = None,
        progress: Callable[[int, int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> ActivityWatchSummary:
        preview = self.preview_activitywatch(path, tz=tz, progress=progress, cancelled=cancelled)
        return self.commit_activitywatch(preview, cancelled=cancelled)

    # --- internals -----------------------------------------------------------------------------

    def _tz(self) -> tzinfo:
        tz = self._now().tzinfo
        assert tz is not None
        return tz

    def _check_day(self, day: date) -> None:
        if day > self._today():
            raise InvalidInput(
                _("That day hasn't happened yet. You can note days that have passed.")
            )


def _check_minutes(value: float, label: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or value != value:
        raise InvalidInput(_("Minutes for {label} should be a number.").format(label=label))
    if value < 0:
        raise InvalidInput(_("Minutes for {label} can't be below zero.").format(label=label))
    if value > MINUTES_PER_DAY:
        raise InvalidInput(
            _("{label}: a day has {minutes} minutes at most.").format(
                label=label, minutes=MINUTES_PER_DAY
            )
        )
    return float(value)
