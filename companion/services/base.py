"""What every service shares: the vault's sessions, the clock, and the change announcer."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlmodel import Session

    from companion.platform.clock import Clock
    from companion.services.removal import Removed
    from companion.storage.engine import Vault


def driver_connection(session: Session) -> Any:
    """The SQLCipher connection under `session`, inside its transaction: the read layer
    (companion.storage.reads) reading within a unit of work sees what it has written so far."""
    return session.connection().connection.driver_connection


class Service:
    def __init__(self, vault: Vault, clock: Clock, notify: Callable[..., None]) -> None:
        self._vault = vault
        self._clock = clock
        self._notify = notify

    def _now(self) -> datetime:
        return self._clock.now()

    def _day_end(self, session: Session | None = None) -> time:
        """When the person's day ends (the "My day ends at" setting); read in `session` when a
        unit of work is already open (the vault allows one at a time)."""
        from companion.storage import reads

        if session is not None:
            return reads.day_end(driver_connection(session))
        with self._vault.reading() as db:
            return reads.day_end(db)

    def _local_day(
        self,
        when: datetime,
        day_ends_at: time | None = None,
        *,
        session: Session | None = None,
    ) -> date:
        """The day `when` counts for in the user's current time zone (companion.domain.days.day_of)."""
        from companion.domain.days import day_of

        tz = self._now().tzinfo
        assert tz is not None
        return day_of(when, tz, self._day_end(session) if day_ends_at is None else day_ends_at)

    def _today(self) -> date:
        """The person's day now: before the day's end it is still yesterday."""
        return self._local_day(self._now())

    def restore(self, removed: Removed) -> int | None:
        """Undo a delete: put the record back exactly as it was (same content, same time, same id
        when that is still free). Returns its id."""
        from companion.services.removal import put_back

        with self._vault.session() as s:
            record_id = put_back(s, removed)
        self._notify(*removed.kinds)
        return record_id
