"""Today, read straight from the vault through the SQLCipher driver: the first screen, shown while
SQLAlchemy and the services are still loading (importing them costs more than half a second).

`Glance` answers exactly what the Today page asks of a Companion (settings, the mood level names,
the safety cards, today's boundaries, who is due) with a handful of read-only queries, and builds
the same values the services build, from the same pure functions (companion.views,
companion.safety, companion.planners.cadence). Tests hold the two equal. Anything else it is asked
for comes from the full Companion, which `full()` waits for; so a key pressed on the first screen
still does what it says.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime, time
from types import SimpleNamespace
from typing import Any

import sqlcipher3

from companion.clock import Clock
from companion.days import DAY_END_SETTING, day_of, parse_day_end
from companion.planners.cadence import due_info
from companion.safety import (
    ITEM9_NOT_NOW_SETTING,
    THRESHOLDS,
    SafetyCard,
    card_windows,
    cards_for,
    not_now_time,
)
from companion.schema import SCHEMA_VERSION
from companion.setting_defs import _definition
from companion.unlocking import FoundKey
from companion.views import (
    BoundaryView,
    PersonView,
    boundary_view,
    dates_by_person,
    mood_labels,
    people_order,
    person_state,
    person_view,
)


def _utc(text: str) -> datetime:
    # As companion.dbtypes.UTCDateTime reads the column.
    return datetime.fromisoformat(text).astimezone(UTC)


class Glance:
    """A read-only stand-in for Companion on the Today page. Open with `Glance.open`."""

    def __init__(
        self,
        connection: Any,
        clock: Clock,
        full: Callable[[], Any],
    ) -> None:
        self._db = connection
        self.clock = clock
        self._full = full
        self.settings = _Settings(self)
        self.mood = _Mood(self)
        self.people = _People(self)
        self.boundaries = _Boundaries(self)
        self.safety = _Safety(self)

    @classmethod
    def open(cls, found: FoundKey, clock: Clock, full: Callable[[], Any]) -> Glance | None:
        """A glance at the vault `found` unlocked, or None when it can't be read this way (a vault
        that needs migrating first, or anything unexpected): the caller then opens it in full,
        which explains any real problem properly."""
        try:
            connection = sqlcipher3.connect(str(found.profile.db_path), check_same_thread=False)
        except sqlcipher3.Error:
            return None
        try:
            connection.execute(f"PRAGMA key = \"x'{found.data_key.hex()}'\"")
            for pragma in (
                "PRAGMA cipher_log_level = NONE",
                "PRAGMA cipher_memory_security = ON",
                "PRAGMA temp_store = MEMORY",
                "PRAGMA busy_timeout = 3000",
                "PRAGMA query_only = ON",  # a glance never writes
            ):
                connection.execute(pragma)
            version = connection.execute("PRAGMA user_version").fetchone()[0]
            settled = connection.execute(
                "SELECT 1 FROM setting WHERE key = ?", (DAY_END_SETTING,)
            ).fetchone()
        except sqlcipher3.Error:
            connection.close()
            return None
        if version != SCHEMA_VERSION or settled is None:
            # Not yet settled: the full open places older records by the day's end first.
            connection.close()
            return None
        return cls(connection, clock, full)

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None

    def hand_over(self, full: Any) -> None:
        """The full Companion is open: close the glance's connection, and from now on answer
        everything from `full` (a dialog opened on the first screen may still hold this)."""
        self.close()
        self.clock = full.clock
        for name in ("settings", "mood", "people", "boundaries", "safety"):
            setattr(self, name, getattr(full, name))

    def full(self) -> Any:
        """The full Companion (waiting for it to load if it hasn't yet)."""
        return self._full()

    def __getattr__(self, name: str) -> Any:
        # Only reached for what a glance doesn't answer: the vault, profile, changes, writes.
        if name.startswith("_"):
            raise AttributeError(name)
        return getattr(self._full(), name)

    # --- reading ---------------------------------------------------------------------------------

    def rows(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        if self._db is None:
            raise RuntimeError("this glance is closed")
        return self._db.execute(sql, params).fetchall()

    def now(self) -> datetime:
        return self.clock.now()

    def day_end(self) -> time:
        return parse_day_end(self.settings.get(DAY_END_SETTING))

    def local_day(self, when: datetime) -> date:
        """As Service._local_day: the day `when` counts for (companion.days.day_of)."""
        tz = self.now().tzinfo
        assert tz is not None
        return day_of(when, tz, self.day_end())

    def today(self) -> date:
        """As Companion.today."""
        return self.local_day(self.now())

    def day_of(self, when: datetime) -> date:
        """As Companion.day_of."""
        return self.local_day(when)


class _Part:
    """One service's worth of a glance; what it doesn't answer comes from the full service."""

    service = ""

    def __init__(self, glance: Glance) -> None:
        self._glance = glance

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(name)
        return getattr(getattr(self._glance.full(), self.service), name)


class _Settings(_Part):
    service = "settings"

    def get(self, key: str) -> Any:
        definition = _definition(key)
        found = self._glance.rows("SELECT value FROM setting WHERE key = ?", (key,))
        if not found:
            return definition.default
        return None if found[0][0] is None else json.loads(found[0][0])


class _Mood(_Part):
    service = "mood"

    def labels(self) -> tuple[str, ...]:
        return mood_labels(self._glance.settings.get("mood.labels"))

    def label(self, level: int) -> str:
        if isinstance(level, bool) or level not in (1, 2, 3, 4, 5):
            return self._glance.full().mood.label(level)  # its own message
        return self.labels()[int(level) - 1]

    def day_means(self, *, since: date, until: date) -> dict[date, float]:
        sums: dict[date, list[int]] = {}
        for day, level in self._glance.rows(
            "SELECT local_day, level FROM moodentry WHERE local_day >= ? AND local_day <= ?",
            (since.isoformat(), until.isoformat()),
        ):
            sums.setdefault(date.fromisoformat(day), []).append(level)
        return {day: sum(levels) / len(levels) for day, levels in sorted(sums.items())}


class _People(_Part):
    service = "people"

    def list(self, *, status: str | None = None, **others: Any) -> list[PersonView]:
        if others:  # search, circle, tag and archived filters: the full service
            return self._glance.full().people.list(status=status, **others)
        g = self._glance
        now = g.now()
        day_end = g.day_end()
        circles = {
            cid: (name, cadence)
            for cid, name, cadence in g.rows("SELECT id, name, default_cadence_days FROM circle")
        }
        cadences = {cid: cadence for cid, (_name, cadence) in circles.items()}
        last = {
            pid: _utc(at) for pid, at in g.rows("SELECT person_id, occurred_at FROM lastcontact")
        }
        dates = dates_by_person(
            g.rows(
                "SELECT person_id, id, kind, label, month, day, year, yearly FROM persondate "
                "ORDER BY id"
            )
        )
        chosen = []
        for values in g.rows(
            f"SELECT {', '.join(_PERSON_COLUMNS)} FROM person WHERE archived = 0 ORDER BY id"
        ):
            row = _row(_PERSON_COLUMNS, values)
            state = person_state(row, cadences, last.get(row.id), dates.get(row.id, ()))
            due = due_info(state, now, day_end)
            if not status or due.status == status:
                chosen.append((row, state, due))
        wanted = [row.id for row, _s, _d in chosen]
        contacts: dict[int, list[tuple[str, str, str]]] = {}
        tags: dict[int, list[str]] = {}
        related: dict[int, list[tuple[str, str]]] = {}
        if wanted:
            marks = ",".join("?" * len(wanted))
            for pid, kind, label, value in g.rows(
                "SELECT person_id, kind, label, value FROM contactmethod "
                f"WHERE person_id IN ({marks}) ORDER BY id",
                wanted,
            ):
                contacts.setdefault(pid, []).append((kind, label, value))
            for pid, name in g.rows(
                "SELECT persontag.person_id, tag.name FROM persontag "
                "JOIN tag ON tag.id = persontag.tag_id "
                f"WHERE persontag.person_id IN ({marks}) ORDER BY tag.name",
                wanted,
            ):
                tags.setdefault(pid, []).append(name)
            for pid, label, name in g.rows(
                "SELECT person_id, label, name FROM relatedname "
                f"WHERE person_id IN ({marks}) ORDER BY id",
                wanted,
            ):
                related.setdefault(pid, []).append((label, name))
        views = [
            person_view(
                row,
                state,
                due,
                circle_name=circles[row.circle_id][0] if row.circle_id in circles else "",
                contacts=contacts.get(row.id, ()),
                tags=tags.get(row.id, ()),
                now=now,
                day_ends_at=day_end,
                related=related.get(row.id, ()),
            )
            for row, state, due in chosen
        ]
        views.sort(key=people_order)
        return views


_PERSON_COLUMNS = (
    "id",
    "name",
    "circle_id",
    "cadence_days",
    "birthday_month",
    "birthday_day",
    "birthday_year",
    "notes",
    "archived",
    "created_at",
    "nickname",
)
_BOUNDARY_COLUMNS = (
    "id",
    "template",
    "title",
    "category",
    "limit_minutes",
    "starts_at",
    "ends_at",
    "weekdays",
    "active",
    "created_at",
)


def _row(columns: Sequence[str], values: Sequence[Any]) -> SimpleNamespace:
    """A row with the attributes the pure view code reads, each converted as its column type
    converts it (companion.dbtypes, SQLAlchemy's Boolean)."""
    row = SimpleNamespace(**dict(zip(columns, values, strict=True)))
    if hasattr(row, "created_at"):
        row.created_at = _utc(row.created_at)
    for flag in ("archived", "active"):
        if hasattr(row, flag):
            setattr(row, flag, bool(getattr(row, flag)))
    if hasattr(row, "weekdays"):
        row.weekdays = json.loads(row.weekdays)
    return row


class _Boundaries(_Part):
    service = "boundaries"

    def list(self) -> list[BoundaryView]:
        rows = self._glance.rows(
            f"SELECT {', '.join(_BOUNDARY_COLUMNS)} FROM boundary "
            "WHERE active = 1 ORDER BY created_at, id"
        )
        return [boundary_view(_row(_BOUNDARY_COLUMNS, values)) for values in rows]

    def active_on(self, day: date) -> list[BoundaryView]:
        g = self._glance
        return [b for b in self.list() if b.planned_on(day) and g.local_day(b.created_at) <= day]

    def checked_on(self, day: date, *, planned: Sequence[BoundaryView] | None = None) -> bool:
        ids = {b.id for b in (self.active_on(day) if planned is None else planned)}
        checked = self._glance.rows(
            "SELECT boundary_id FROM boundarycheck WHERE day = ?", (day.isoformat(),)
        )
        return bool(ids.intersection(bid for (bid,) in checked))


class _Safety(_Part):
    service = "safety"

    def cards(self, now: datetime | None = None) -> list[SafetyCard]:
        g = self._glance
        now = now or g.now()
        today = g.local_day(now)
        mood_since, contact_since = card_windows(today, THRESHOLDS)
        newest = g.rows(
            "SELECT taken_at, flags FROM assessmentresult WHERE instrument = 'phq9' "
            "ORDER BY taken_at DESC, id DESC LIMIT 1"
        )
        phq9 = None
        if newest:
            taken_at, flags = newest[0]
            phq9 = (_utc(taken_at), frozenset(json.loads(flags) or ()))
        contact_days = [
            date.fromisoformat(day)
            for (day,) in g.rows(
                "SELECT DISTINCT local_day FROM interaction WHERE local_day >= ? ORDER BY local_day",
                (contact_since.isoformat(),),
            )
        ]
        return cards_for(
            now,
            today,
            phq9=phq9,
            day_means=g.mood.day_means(since=mood_since, until=today),
            contact_days=contact_days,
            item9_not_now=not_now_time(g.settings.get(ITEM9_NOT_NOW_SETTING)),
        )
