"""Changing when the person's day ends: the setting and every record's day, in one transaction.

Records keep the moment they happened (UTC) and the day they count for (`local_day`). When "My
day ends at" changes, each record whose stored day is the one the old setting gives in the current
time zone is moved to the day the new setting gives; nothing else is touched. So a record made
while in another time zone, or a Daylio entry that carries the day the person chose there, keeps
its day. Only records whose wall-clock time lies between the old and the new end can move.
"""

from __future__ import annotations

from datetime import date, time, tzinfo
from typing import Any

from companion.domain.days import DAY_END_SETTING, DEFAULT_DAY_END, MIDNIGHT, day_of, parse_day_end
from companion.services.setting_rows import validate, write

# (table, moment column, an SQL condition for rows that keep a day of their own)
_DAYED = (
    ("moodentry", "logged_at", "source = 'daylio'"),
    ("interaction", "occurred_at", None),
    ("journalentry", "written_at", None),
    ("reflection", "answered_at", None),
)


def move_days(session: Any, tz: tzinfo, old: time, new: time) -> int:
    """Recompute `local_day` for records placed by the `old` day end; returns how many moved."""
    from sqlalchemy import text

    from companion.storage.dbtypes import UTCDateTime

    if old == new:
        return 0
    read = UTCDateTime()
    moved = 0
    for table, column, keeps_own in _DAYED:
        where = f" WHERE NOT ({keeps_own})" if keeps_own else ""
        rows = session.execute(text(f"SELECT id, {column}, local_day FROM {table}{where}")).all()
        changes = []
        for record_id, stored_moment, stored_day in rows:
            moment = read.process_result_value(stored_moment, None)
            if moment is None:
                continue
            if date.fromisoformat(str(stored_day)) != day_of(moment, tz, old):
                continue
            day = day_of(moment, tz, new)
            if day != day_of(moment, tz, old):
                changes.append({"id": record_id, "day": day.isoformat()})
        if changes:
            session.execute(text(f"UPDATE {table} SET local_day = :day WHERE id = :id"), changes)
            moved += len(changes)
    return moved


def set_day_end(session: Any, tz: tzinfo, value: str) -> int:
    """Store a new "My day ends at" and move the records it affects, in `session`'s transaction."""
    from companion.storage.models import Setting

    validate(DAY_END_SETTING, value)
    row = session.get(Setting, DAY_END_SETTING)
    old = parse_day_end(None if row is None else row.value)
    moved = move_days(session, tz, old, parse_day_end(value))
    write(session, DAY_END_SETTING, value)
    return moved


def settle_day_end(session: Any, tz: tzinfo) -> int:
    """A vault from before the setting existed placed every record by midnight: store the
    default and move the records between midnight and it. Does nothing once the setting is stored."""
    from companion.storage.models import Setting

    if session.get(Setting, DAY_END_SETTING) is not None:
        return 0
    moved = move_days(session, tz, MIDNIGHT, parse_day_end(DEFAULT_DAY_END))
    write(session, DAY_END_SETTING, DEFAULT_DAY_END)
    return moved
