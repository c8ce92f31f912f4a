"""What every service shares: the vault's sessions, the clock, and the change announcer."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from companion.clock import Clock
    from companion.services.removal import Removed
    from companion.vault import Vault


class Service:
    def __init__(self, vault: Vault, clock: Clock, notify: Callable[..., None]) -> None:
        self._vault = vault
        self._clock = clock
        self._notify = notify

    def _now(self) -> datetime:
        return self._clock.now()

    def _local_day(self, when: datetime) -> date:
        """The calendar day of `when` in the user's current time zone."""
        return when.astimezone(self._now().tzinfo).date()

    def restore(self, removed: Removed) -> int | None:
        """Undo a delete: put the record back exactly as it was (same content, same time, same id
        when that is still free). Returns its id."""
        from companion.services.removal import put_back

        with self._vault.session() as s:
            record_id = put_back(s, removed)
        self._notify(*removed.kinds)
        return record_id
