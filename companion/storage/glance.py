"""Today on the first screen: the read layer (companion.storage.reads) on its own read-only
connection, shown while SQLAlchemy and the services are still loading (importing them costs more
than half a second).

`Glance` answers what the Today page reads of a Companion (settings, the mood level names, the
safety cards, today's boundaries, who is due) with the very functions the services call, so no
query exists twice. It answers nothing else: a write, or a dialog that needs the services, asks
for `full()` by name, which waits for the full Companion to open.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime
from typing import Any

import sqlcipher3

from companion.domain.planners.upcoming import Upcoming
from companion.domain.safety import KIND_PHQ9_ITEM9, HelpInfo, SafetyCard, help_for
from companion.domain.views import BoundaryView, PersonView
from companion.platform.clock import Clock
from companion.storage import reads
from companion.storage.schema import SCHEMA_VERSION
from companion.vault.unlocking import FoundKey


class Glance:
    """A read-only Companion for the Today page. Open with `Glance.open`."""

    def __init__(self, connection: Any, clock: Clock, full: Callable[[], Any]) -> None:
        self._db = connection
        self.clock = clock
        self._full = full
        self.settings: Any = _Settings(self)
        self.mood: Any = _Mood(self)
        self.people: Any = _People(self)
        self.boundaries: Any = _Boundaries(self)
        self.safety: Any = _Safety(self)

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
            settled = reads.day_end_stored(connection)
        except sqlcipher3.Error:
            connection.close()
            return None
        if version != SCHEMA_VERSION or not settled:
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
        """The full Companion, for writes and dialogs (waiting for it to load if it hasn't yet)."""
        return self._full()

    @property
    def nudges(self) -> Any:
        """Recording what was done with a nudge is a write: the full Companion's service."""
        return self._full().nudges

    # --- reading ---------------------------------------------------------------------------------

    @property
    def db(self) -> Any:
        if self._db is None:
            raise RuntimeError("this glance is closed")
        return self._db

    def now(self) -> datetime:
        return self.clock.now()

    def today(self) -> date:
        """As Companion.today."""
        return self.day_of(self.now())

    def day_of(self, when: datetime) -> date:
        """As Companion.day_of."""
        zone = self.now().tzinfo
        assert zone is not None
        return reads.local_day(self.db, when, zone)


class _Part:
    def __init__(self, glance: Glance) -> None:
        self._glance = glance


class _Settings(_Part):
    def get(self, key: str) -> Any:
        return reads.setting(self._glance.db, key)

    def get_many(self, *keys: str) -> dict[str, Any]:
        return reads.settings(self._glance.db, keys)


class _Mood(_Part):
    def labels(self) -> tuple[str, ...]:
        return reads.mood_labels_of(self._glance.db)

    def label(self, level: int) -> str:
        from companion.domain.views import mood_level

        return self.labels()[mood_level(level) - 1]

    def day_means(
        self, *, since: date | None = None, until: date | None = None
    ) -> dict[date, float]:
        return reads.mood_day_means(self._glance.db, since=since, until=until)

    # Writes: the full Companion's mood service.
    def log(self, entry: Any) -> int:
        return int(self._glance.full().mood.log(entry))

    def delete(self, entry_id: int) -> Any:
        return self._glance.full().mood.delete(entry_id)


class _People(_Part):
    def upcoming(self, today: date | None = None) -> list[Upcoming]:
        g = self._glance
        return reads.upcoming(g.db, g.today() if today is None else today)

    def list(self, *, status: str | None = None, first: int | None = None) -> list[PersonView]:
        g = self._glance
        return reads.people_by_status(g.db, g.now(), status, first=first)


class _Boundaries(_Part):
    def active_on(self, day: date) -> list[BoundaryView]:
        g = self._glance
        zone = g.now().tzinfo
        assert zone is not None
        return reads.boundaries_on(g.db, day, zone)

    def checked_on(self, day: date, *, planned: Sequence[BoundaryView] | None = None) -> bool:
        return reads.checked_on(
            self._glance.db, day, self.active_on(day) if planned is None else planned
        )


class _Safety(_Part):
    def cards(self, now: datetime | None = None) -> list[SafetyCard]:
        g = self._glance
        return reads.safety_cards(g.db, now or g.now())

    def help(self) -> HelpInfo:
        return help_for(reads.setting(self._glance.db, "country"))

    def not_now(self, kind: str = KIND_PHQ9_ITEM9) -> None:
        """A write: the full Companion's safety service."""
        self._glance.full().safety.not_now(kind)
