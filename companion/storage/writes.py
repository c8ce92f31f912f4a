"""Plain writes over the SQLCipher driver's connection, for the few records the app writes while
it only sits in the tray (a shown nudge), so those need no SQLAlchemy either.

Each function takes `db` from `Vault.writing()` (one committed transaction) and writes the rows as
the SQLModel tables in companion.models define them; the ORM reads them back the same.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from companion.storage.reads import Connection, stored_moment


def add_nudge_records(
    db: Connection,
    records: Iterable[tuple[str, str, int | None, str]],
    shown_at: datetime,
    snooze_until: datetime | None = None,
) -> None:
    """Nudges shown (or acted on) at `shown_at`: each (kind, key, person id, action)."""
    until = None if snooze_until is None else stored_moment(snooze_until)
    for kind, key, person_id, action in records:
        db.execute(
            "INSERT INTO nudgerecord (kind, key, person_id, shown_at, action, snooze_until) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (kind, key, person_id, stored_moment(shown_at), action, until),
        )
