"""The read layer: what pages show, read with plain SQL over the SQLCipher driver's connection.

Every function takes `db`, a DB-API connection (sqlcipher3) or anything with the same
`execute(sql, params)`, and returns the view values the pages show, built by the pure rules
(companion.views, companion.safety, companion.planners). The services call these for their reads
(through `Vault.reading()`); the first screen calls the very same ones on its own read-only
connection (companion.glance) before SQLAlchemy has loaded. SQLModel stays the schema and the
write path. Importing this module imports no SQLAlchemy.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from datetime import UTC, date, datetime, time, tzinfo
from types import SimpleNamespace
from typing import Any, Protocol

from companion.domain.days import DAY_END_SETTING, day_of, parse_day_end
from companion.domain.planners.cadence import DueInfo, due_info
from companion.domain.planners.nudges import NudgeRecord
from companion.domain.planners.special_dates import SpecialDate
from companion.domain.planners.upcoming import Upcoming, upcoming_for
from companion.domain.safety import (
    ITEM9_NOT_NOW_SETTING,
    THRESHOLDS,
    SafetyCard,
    SafetyThresholds,
    card_windows,
    cards_for,
    not_now_time,
)
from companion.domain.setting_defs import _definition
from companion.domain.views import (
    BoundaryView,
    PersonRow,
    PersonView,
    boundary_view,
    circle_name,
    dates_by_person,
    mood_labels,
    people_order,
    person_state,
    person_view,
)

DIFFICULTY_PREFIX = "difficulty:"  # a check-in's closing question, kept among its flags


class Connection(Protocol):
    """What the read layer needs of a connection: sqlcipher3's (and sqlite3's) `execute`."""

    def execute(self, sql: str, parameters: Sequence[Any] = ..., /) -> Any: ...


def rows(db: Connection, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
    return list(db.execute(sql, params).fetchall())


def utc(text: str) -> datetime:
    """A stored moment, as its column holds it (companion.dbtypes.UTCDateTime reads it so)."""
    return datetime.fromisoformat(text).astimezone(UTC)


def utc_or_none(text: str | None) -> datetime | None:
    return None if text is None else utc(text)


def stored_moment(when: datetime) -> str:
    """An aware moment as its column stores it: ISO 8601 in UTC, fixed width, so it sorts and
    compares as text (companion.dbtypes.UTCDateTime writes it so)."""
    if when.tzinfo is None:
        raise ValueError("naive datetimes are not stored; attach a time zone")
    return when.astimezone(UTC).isoformat(timespec="microseconds")


# --- counts --------------------------------------------------------------------------------------

# The record kinds `companion info` counts, in the order shown, and the table each lives in.
RECORD_TABLES = {
    "people": "person",
    "interactions": "interaction",
    "mood_entries": "moodentry",
    "journal_entries": "journalentry",
    "assessments": "assessmentresult",
    "screen_time_entries": "screentimeentry",
    "boundaries": "boundary",
    "boundary_checks": "boundarycheck",
    "reflections": "reflection",
    "nudges": "nudgerecord",
}


def record_counts(db: Connection) -> dict[str, int]:
    """How many records of each kind the vault holds."""
    return {
        kind: rows(db, f'SELECT count(*) FROM "{table}"')[0][0]
        for kind, table in RECORD_TABLES.items()
    }


# --- settings ------------------------------------------------------------------------------------


def setting(db: Connection, key: str) -> Any:
    """A declared setting's value (its default when never stored)."""
    definition = _definition(key)
    found = stored_setting(db, key)
    return definition.default if found is None else found[0]


def stored_setting(db: Connection, key: str) -> tuple[Any] | None:
    """(the stored value) of a setting, or None when it was never stored (so not chosen)."""
    found = rows(db, "SELECT value FROM setting WHERE key = ?", (key,))
    if not found:
        return None
    return (None if found[0][0] is None else json.loads(found[0][0]),)


def settings(db: Connection, keys: Iterable[str]) -> dict[str, Any]:
    """Several settings in one read, each as `setting` gives it."""
    definitions = {key: _definition(key) for key in keys}
    if not definitions:
        return {}
    marks = ",".join("?" * len(definitions))
    stored = {
        key: None if value is None else json.loads(value)
        for key, value in rows(
            db, f"SELECT key, value FROM setting WHERE key IN ({marks})", list(definitions)
        )
    }
    return {key: stored.get(key, d.default) for key, d in definitions.items()}


def stored_settings(db: Connection) -> dict[str, Any]:
    """Every stored setting by key (undeclared ones included)."""
    return {
        key: None if value is None else json.loads(value)
        for key, value in rows(db, "SELECT key, value FROM setting")
    }


def day_end(db: Connection) -> time:
    """When the person's day ends ("My day ends at"; the rule itself is companion.days)."""
    found = stored_setting(db, DAY_END_SETTING)
    return parse_day_end(None if found is None else found[0])


def day_end_stored(db: Connection) -> bool:
    """Whether "My day ends at" is stored: a vault from before it is settled by the full open."""
    return stored_setting(db, DAY_END_SETTING) is not None


def local_day(db: Connection, when: datetime, zone: tzinfo, ends_at: time | None = None) -> date:
    """The day `when` counts for in `zone` (companion.days.day_of, with the stored day end)."""
    return day_of(when, zone, day_end(db) if ends_at is None else ends_at)


# --- mood ----------------------------------------------------------------------------------------


def mood_labels_of(db: Connection) -> tuple[str, ...]:
    """The names of levels 1 to 5, as the person named them."""
    return mood_labels(setting(db, "mood.labels"))


def mood_day_means(
    db: Connection, *, since: date | None = None, until: date | None = None
) -> dict[date, float]:
    """The mean level of each day with at least one mood entry, oldest first."""
    where, params = _day_range("local_day", since, until)
    sums: dict[date, list[int]] = {}
    for day, level in rows(db, f"SELECT local_day, level FROM moodentry{where}", params):
        sums.setdefault(date.fromisoformat(day), []).append(level)
    return {day: sum(levels) / len(levels) for day, levels in sorted(sums.items())}


def mood_first_day(db: Connection) -> date | None:
    """The day of the earliest mood entry, or None before the first one."""
    first = rows(db, "SELECT min(local_day) FROM moodentry")[0][0]
    return None if first is None else date.fromisoformat(first)


def mood_rows(
    db: Connection, since: date | None, until: date | None, *, emotions: bool = False
) -> list[tuple[int, date, int, list[str]]]:
    """(id, day, level, feelings) of each entry between two days; the feelings (JSON) are
    decoded only when asked for (ten years is 20,000 rows)."""
    where, params = _day_range("local_day", since, until)
    columns = "id, local_day, level" + (", emotions" if emotions else "")
    return [
        (r[0], date.fromisoformat(r[1]), r[2], list(json.loads(r[3]) or []) if emotions else [])
        for r in rows(db, f"SELECT {columns} FROM moodentry{where}", params)
    ]


def mood_emotion_lists(db: Connection) -> list[list[str]]:
    """Each distinct list of feelings on the entries (combinations repeat, so these are few)."""
    return [
        list(json.loads(v) or []) if v is not None else []
        for (v,) in rows(db, "SELECT DISTINCT emotions FROM moodentry")
    ]


def mood_entries_tagged(db: Connection, tag_id: int) -> set[int]:
    return {
        eid for (eid,) in rows(db, "SELECT mood_entry_id FROM moodtag WHERE tag_id = ?", (tag_id,))
    }


def mood_entries_with(db: Connection, person_id: int) -> set[int]:
    return {
        eid
        for (eid,) in rows(
            db, "SELECT mood_entry_id FROM moodperson WHERE person_id = ?", (person_id,)
        )
    }


MOOD_COLUMNS = ("id", "logged_at", "local_day", "level", "energy", "emotions", "note", "source")


def mood_entries(
    db: Connection,
    *,
    ids: Sequence[int] | None = None,
    since: date | None = None,
    until: date | None = None,
    limit: int | None = None,
    with_note: bool = False,
) -> list[SimpleNamespace]:
    """Mood entries (all, or those of `ids`, or those with a note) between two days, newest
    first, as rows with each column converted as its type reads it."""
    where, params = _day_range("local_day", since, until)
    sql = f"SELECT {', '.join(MOOD_COLUMNS)} FROM moodentry{where}"
    if ids is not None:
        sql += (" AND " if where else " WHERE ") + f"id IN ({','.join('?' * len(ids))})"
        params = [*params, *ids]  # type: ignore[list-item]
    if with_note:
        sql += (" AND " if " WHERE " in sql else " WHERE ") + "note != ''"
    sql += " ORDER BY logged_at DESC, id DESC"
    if limit is not None:
        sql += " LIMIT ?"
        params = [*params, limit]  # type: ignore[list-item]
    return [
        SimpleNamespace(
            id=eid,
            logged_at=utc(logged_at),
            local_day=date.fromisoformat(day),
            level=level,
            energy=energy,
            emotions=None if emotions is None else json.loads(emotions),
            note=note,
            source=source,
        )
        for eid, logged_at, day, level, energy, emotions, note, source in rows(db, sql, params)
    ]


def mood_links(
    db: Connection, ids: Sequence[int]
) -> tuple[dict[int, list[str]], dict[int, list[tuple[int, str]]]]:
    """The tags and the people (id, name; by name) of each of the entries `ids`."""
    tags: dict[int, list[str]] = {}
    people: dict[int, list[tuple[int, str]]] = {}
    if not ids:
        return tags, people
    marks = ",".join("?" * len(ids))
    for eid, name in rows(
        db,
        "SELECT moodtag.mood_entry_id, tag.name FROM moodtag JOIN tag ON tag.id = moodtag.tag_id "
        f"WHERE moodtag.mood_entry_id IN ({marks})",
        ids,
    ):
        tags.setdefault(eid, []).append(name)
    for eid, pid, name in rows(
        db,
        "SELECT moodperson.mood_entry_id, person.id, person.name FROM moodperson "
        "JOIN person ON person.id = moodperson.person_id "
        f"WHERE moodperson.mood_entry_id IN ({marks}) ORDER BY person.name",
        ids,
    ):
        people.setdefault(eid, []).append((pid, name))
    return tags, people


def mood_day_level_pairs(db: Connection, first: date, end: date | None) -> Iterable[int]:
    """Day index from `first`, then level, of each entry, flat; with `end` only through that
    day (else the whole table: a long span reads it in one pass).

    Not GROUP BY: with the vault's cipher_memory_security on, every allocation SQLite makes costs
    an mlock and an munlock system call, and grouping 20,000 entries into 3,600 days took about
    80 ms; these plain pairs take about 10, read through the DB-API cursor (SQLAlchemy's rows
    doubled that). julianday() turns the stored ISO day into a number without allocating. A long
    span is most of the table: one pass over it beats a lookup per entry through the day index,
    and that pass has no WHERE, since comparing the DATE column (numeric affinity) with text in
    a scan allocates for every row.
    """
    from itertools import chain

    sql = "SELECT CAST(julianday(local_day) - ? AS INTEGER), level FROM moodentry"
    # julianday() of a date is its proleptic ordinal plus this, at midnight.
    params: tuple[object, ...] = (first.toordinal() + 1721424.5,)
    if end is not None:
        sql += " WHERE local_day >= ? AND local_day <= ?"
        params += (first.isoformat(), end.isoformat())
    return chain.from_iterable(db.execute(sql, params))


def tag_ids_by_folded_name(db: Connection, scope: str) -> dict[str, int]:
    """The tags of one scope by their casefolded name. Matched in Python, because SQLite's
    lower() only folds ASCII and Daylio activities are often in other languages ("Ärger" and
    "ärger" are one tag)."""
    return {
        name.casefold(): tid
        for tid, name in rows(db, "SELECT id, name FROM tag WHERE tag.scope = ?", (scope,))
    }


def _day_range(column: str, since: date | None, until: date | None) -> tuple[str, list[str]]:
    parts, params = [], []
    if since is not None:
        parts.append(f"{column} >= ?")
        params.append(since.isoformat())
    if until is not None:
        parts.append(f"{column} <= ?")
        params.append(until.isoformat())
    return (" WHERE " + " AND ".join(parts) if parts else ""), params


# --- people --------------------------------------------------------------------------------------

PERSON_COLUMNS = (
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
BOUNDARY_COLUMNS = (
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
        row.created_at = utc(row.created_at)
    for flag in ("archived", "active"):
        if hasattr(row, flag):
            setattr(row, flag, bool(getattr(row, flag)))
    if hasattr(row, "weekdays"):
        row.weekdays = json.loads(row.weekdays)
    return row


def person_rows(
    db: Connection, ids: Sequence[int] | None = None, *, include_archived: bool = False
) -> list[PersonRow]:
    """People as plain rows, by id (never the photo)."""
    sql = f"SELECT {', '.join(PERSON_COLUMNS)} FROM person"
    where, params = [], list(ids or ())
    if ids is not None:
        if not ids:
            return []
        where.append(f"id IN ({','.join('?' * len(ids))})")
    elif not include_archived:
        where.append("archived = 0")
    if where:
        sql += " WHERE " + " AND ".join(where)
    return [_person_row(*v) for v in rows(db, sql + " ORDER BY id", params)]


def _person_row(
    id: int,
    name: str,
    circle_id: int | None,
    cadence_days: int | None,
    birthday_month: int | None,
    birthday_day: int | None,
    birthday_year: int | None,
    notes: str,
    archived: int,
    created_at: str,
    nickname: str,
) -> PersonRow:
    # `_row` for the person table, without its per-column checks (a People page reads hundreds).
    return SimpleNamespace(
        id=id,
        name=name,
        circle_id=circle_id,
        cadence_days=cadence_days,
        birthday_month=birthday_month,
        birthday_day=birthday_day,
        birthday_year=birthday_year,
        notes=notes,
        archived=bool(archived),
        created_at=utc(created_at),
        nickname=nickname,
    )


def circles(db: Connection) -> list[tuple[int, str, int, int, int]]:
    """The circles in their order: (id, name, position, default cadence in days, size hint)."""
    return [
        (cid, name, position, cadence, size)
        for cid, name, position, cadence, size in rows(
            db,
            "SELECT id, name, position, default_cadence_days, size_hint FROM circle "
            "ORDER BY position",
        )
    ]


def tag_names(db: Connection, scope: str) -> list[str]:
    """The names of the tags of one scope ("person", "mood"), in order."""
    return [
        name for (name,) in rows(db, "SELECT name FROM tag WHERE scope = ? ORDER BY name", (scope,))
    ]


def photo(db: Connection, person_id: int) -> tuple[bytes | None] | None:
    """(the person's photo or None), or None when there is no such person."""
    found = rows(db, "SELECT photo FROM person WHERE id = ?", (person_id,))
    return (found[0][0],) if found else None


def people_with_photo(db: Connection) -> set[int]:
    return {pid for (pid,) in rows(db, "SELECT id FROM person WHERE photo IS NOT NULL")}


def circle_cadences(db: Connection) -> dict[int | None, int]:
    return {
        cid: cadence for cid, cadence in rows(db, "SELECT id, default_cadence_days FROM circle")
    }


def last_contacts(db: Connection) -> dict[int, datetime]:
    """Each person's latest interaction (the `lastcontact` table the database's triggers keep)."""
    return {pid: utc(at) for pid, at in rows(db, "SELECT person_id, occurred_at FROM lastcontact")}


def person_dates(db: Connection, ids: Sequence[int] | None = None) -> dict[int, list[SpecialDate]]:
    """Everyone's dates besides birthdays (or those of `ids`), by person, in the year's order."""
    sql = "SELECT person_id, id, kind, label, month, day, year, yearly FROM persondate"
    params: list[int] = []
    if ids is not None:
        if not ids:
            return {}
        sql += f" WHERE person_id IN ({','.join('?' * len(ids))})"
        params = list(ids)
    return dates_by_person(rows(db, sql + " ORDER BY id", params))


def people(
    db: Connection,
    now: datetime,
    *,
    ids: Sequence[int] | None = None,
    include_archived: bool = False,
    keep: Callable[[PersonRow, DueInfo], bool] | None = None,
    ends_at: time | None = None,
    first: int | None = None,
) -> list[PersonView]:
    """People as the pages show them, in id order; `keep` chooses before contacts and tags are
    read, so people it leaves out are never built into views. With `first`, only the first that
    many in the People page's order (companion.views.people_order), in that order: Today shows
    three of those due."""
    day_end_ = day_end(db) if ends_at is None else ends_at
    circles = {
        cid: (name, cadence)
        for cid, name, cadence in rows(db, "SELECT id, name, default_cadence_days FROM circle")
    }
    cadences: dict[int | None, int] = {cid: cadence for cid, (_n, cadence) in circles.items()}
    last = last_contacts(db)
    dates = person_dates(db, ids)
    chosen = []
    for row in person_rows(db, ids, include_archived=include_archived):
        state = person_state(row, cadences, last.get(row.id), dates.get(row.id, ()))
        due = due_info(state, now, day_end_)
        if keep is None or keep(row, due):
            chosen.append((row, state, due))
    if first is not None:
        chosen.sort(key=lambda c: (c[0].archived, -c[2].overdue_ratio, c[0].name.casefold()))
        chosen = chosen[: max(0, first)]
    wanted = [row.id for row, _s, _d in chosen]
    contacts: dict[int, list[tuple[str, str, str]]] = {}
    tags: dict[int, list[str]] = {}
    related: dict[int, list[tuple[str, str]]] = {}
    if wanted:
        marks = ",".join("?" * len(wanted))
        for pid, kind, label, value in rows(
            db,
            "SELECT person_id, kind, label, value FROM contactmethod "
            f"WHERE person_id IN ({marks}) ORDER BY id",
            wanted,
        ):
            contacts.setdefault(pid, []).append((kind, label, value))
        for pid, name in rows(
            db,
            "SELECT persontag.person_id, tag.name FROM persontag "
            "JOIN tag ON tag.id = persontag.tag_id "
            f"WHERE persontag.person_id IN ({marks}) ORDER BY tag.name",
            wanted,
        ):
            tags.setdefault(pid, []).append(name)
        for pid, label, name in rows(
            db,
            f"SELECT person_id, label, name FROM relatedname WHERE person_id IN ({marks}) ORDER BY id",
            wanted,
        ):
            related.setdefault(pid, []).append((label, name))
    return [
        person_view(
            row,
            state,
            due,
            circle_name=circle_name(circles[row.circle_id][0]) if row.circle_id in circles else "",
            contacts=contacts.get(row.id, ()),
            tags=tags.get(row.id, ()),
            now=now,
            day_ends_at=day_end_,
            related=related.get(row.id, ()),
        )
        for row, state, due in chosen
    ]


def people_by_status(
    db: Connection, now: datetime, status: str | None = None, *, first: int | None = None
) -> list[PersonView]:
    """Everyone not archived (of one due status when given), most overdue first; with `first`,
    only that many."""
    views = people(db, now, keep=lambda _row, due: not status or due.status == status, first=first)
    views.sort(key=people_order)
    return views


def upcoming(db: Connection, today: date) -> list[Upcoming]:
    """Birthdays and other dates that matter in the days ahead (companion.planners.upcoming),
    from the people's rows and dates alone: no cadence, contacts or tags are read for them."""
    dates = person_dates(db)
    listed = [
        SimpleNamespace(
            id=row.id,
            name=row.name,
            birthday=state.birthday,
            dates=state.dates,
            archived=row.archived,
        )
        for row in person_rows(db)
        for state in (person_state(row, {}, None, dates.get(row.id, ())),)
    ]
    return upcoming_for(listed, today)


# --- boundaries ----------------------------------------------------------------------------------


def boundaries(
    db: Connection, *, include_paused: bool = False, boundary_id: int | None = None
) -> list[BoundaryView]:
    """The person's boundaries, oldest first (the paused ones only when asked), or the one
    with `boundary_id` (paused or not)."""
    sql = f"SELECT {', '.join(BOUNDARY_COLUMNS)} FROM boundary"
    params: tuple[int, ...] = ()
    if boundary_id is not None:
        sql += " WHERE id = ?"
        params = (boundary_id,)
    elif not include_paused:
        sql += " WHERE active = 1"
    return [
        boundary_view(_row(BOUNDARY_COLUMNS, v))
        for v in rows(db, sql + " ORDER BY created_at, id", params)
    ]


def boundary_checks(
    db: Connection,
    *,
    since: date | None = None,
    until: date | None = None,
    boundary_id: int | None = None,
) -> list[tuple[int, date, str, str]]:
    """Check-ins between two days (both included; of one boundary when given), by day then
    boundary: (boundary id, day, result, what got in the way)."""
    where, params = _day_range("day", since, until)
    if boundary_id is not None:
        where += (" AND " if where else " WHERE ") + "boundary_id = ?"
        params = [*params, boundary_id]  # type: ignore[list-item]
    return [
        (bid, date.fromisoformat(day), result, note)
        for bid, day, result, note in rows(
            db,
            f"SELECT boundary_id, day, result, note FROM boundarycheck{where} "
            "ORDER BY day, boundary_id",
            params,
        )
    ]


def boundaries_on(db: Connection, day: date, zone: tzinfo) -> list[BoundaryView]:
    """Active boundaries planned for `day` that already existed on that day."""
    ends_at = day_end(db)
    return [
        b
        for b in boundaries(db)
        if b.planned_on(day) and day_of(b.created_at, zone, ends_at) <= day
    ]


def checked_boundaries(db: Connection, day: date) -> set[int]:
    """The ids of the boundaries checked in for `day`."""
    return {
        bid
        for (bid,) in rows(
            db, "SELECT boundary_id FROM boundarycheck WHERE day = ?", (day.isoformat(),)
        )
    }


def screen_minutes(db: Connection, since: date, until: date) -> list[tuple[date, str, str, float]]:
    """Screen-time figures between two days (both included): (day, source, category, minutes);
    several buckets (origins) may add to one day and category."""
    where, params = _day_range("day", since, until)
    return [
        (date.fromisoformat(day), source, category, minutes)
        for day, source, category, minutes in rows(
            db, f"SELECT day, source, category, minutes FROM screentimeentry{where}", params
        )
    ]


def checked_on(db: Connection, day: date, planned: Iterable[BoundaryView]) -> bool:
    """Whether the evening check-in was done for `day`: any boundary planned has an answer."""
    return bool({b.id for b in planned} & checked_boundaries(db, day))


# --- check-ins, contact, safety ------------------------------------------------------------------


def split_flags(raw: Sequence[str]) -> tuple[frozenset[str], int | None]:
    """A stored result's flags, and the closing question's answer kept among them."""
    flags: set[str] = set()
    difficulty: int | None = None
    for flag in raw:
        if flag.startswith(DIFFICULTY_PREFIX):
            try:
                difficulty = int(flag[len(DIFFICULTY_PREFIX) :])
            except ValueError:
                continue
        else:
            flags.add(flag)
    return frozenset(flags), difficulty


def latest_phq9(db: Connection) -> tuple[datetime, frozenset[str]] | None:
    """When the newest PHQ-9 was taken and its flags, scored by today's published rule (as the
    check-in service shows a result); None before the first. Ties go to the one saved last."""
    from companion.domain.assessments import score
    from companion.domain.errors import InvalidInput

    newest = rows(
        db,
        "SELECT taken_at, answers, flags FROM assessmentresult WHERE instrument = 'phq9' "
        "ORDER BY taken_at DESC, id DESC LIMIT 1",
    )
    if not newest:
        return None
    taken_at, answers, flags = newest[0]
    stored, difficulty = split_flags(json.loads(flags) or ())
    try:
        flags_now = score("phq9", json.loads(answers), difficulty=difficulty).flags
    except InvalidInput:
        flags_now = stored
    return utc(taken_at), frozenset(flags_now)


CHECKIN_COLUMNS = "id, instrument, taken_at, answers, total, band, flags, language"


def _checkin_row(values: Sequence[Any]) -> SimpleNamespace:
    rid, instrument, taken_at, answers, total, band, flags, language = values
    return SimpleNamespace(
        id=rid,
        instrument=instrument,
        taken_at=utc(taken_at),
        answers=json.loads(answers),
        total=total,
        band=band,
        flags=json.loads(flags) if flags is not None else None,
        language=language,
    )


def checkin_history(db: Connection, instrument: str) -> list[SimpleNamespace]:
    """Every stored result of one instrument, newest first, as plain rows."""
    return [
        _checkin_row(r)
        for r in rows(
            db,
            f"SELECT {CHECKIN_COLUMNS} FROM assessmentresult WHERE instrument = ? "
            "ORDER BY taken_at DESC, id DESC",
            (instrument,),
        )
    ]


def newest_checkins(db: Connection, instrument: str | None = None) -> list[SimpleNamespace]:
    """The results at each instrument's latest time (of `instrument` alone when given): a few
    rows, more only on a tie. The index finds each instrument's latest time, so results taken
    before are never loaded."""
    where, params = ("", ()) if instrument is None else (" WHERE instrument = ?", (instrument,))
    columns = ", ".join(f"r.{c.strip()}" for c in CHECKIN_COLUMNS.split(","))
    return [
        _checkin_row(r)
        for r in rows(
            db,
            f"SELECT {columns} FROM assessmentresult AS r JOIN (SELECT instrument, "
            f"max(taken_at) AS taken_at FROM assessmentresult{where} GROUP BY instrument) AS l "
            "ON r.instrument = l.instrument AND r.taken_at = l.taken_at",
            params,
        )
    ]


def checkin_drafts(
    db: Connection, instrument: str | None = None
) -> list[tuple[str, list[int | None], datetime, str | None]]:
    """Unfinished check-ins (of `instrument` alone when given), oldest first: (instrument,
    answers, started at, language)."""
    where, params = ("", ()) if instrument is None else (" WHERE instrument = ?", (instrument,))
    return [
        (ins, json.loads(answers), utc(started_at), language)
        for ins, answers, started_at, language in rows(
            db,
            "SELECT instrument, answers, started_at, language FROM assessmentdraft"
            f"{where} ORDER BY started_at",
            params,
        )
    ]


def contact_days(
    db: Connection,
    *,
    since: date | None = None,
    until: date | None = None,
    person_id: int | None = None,
) -> list[date]:
    """Days with at least one interaction (with `person_id` when given), oldest first."""
    where, params = _day_range("interaction.local_day", since, until)
    join = ""
    if person_id is not None:
        join = " JOIN interactionperson ON interactionperson.interaction_id = interaction.id"
        where += (" AND " if where else " WHERE ") + "interactionperson.person_id = ?"
        params = [*params, person_id]  # type: ignore[list-item]
    return [
        date.fromisoformat(day)
        for (day,) in rows(
            db,
            f"SELECT DISTINCT interaction.local_day FROM interaction{join}{where} "
            "ORDER BY interaction.local_day",
            params,
        )
    ]


def person_contact_days(db: Connection, person_id: int, since: date) -> list[date]:
    """The day of each interaction with `person_id` since `since` (a day once per interaction)."""
    return [
        date.fromisoformat(day)
        for (day,) in rows(
            db,
            "SELECT interaction.local_day FROM interaction JOIN interactionperson "
            "ON interactionperson.interaction_id = interaction.id "
            "WHERE interactionperson.person_id = ? AND interaction.local_day >= ?",
            (person_id, since.isoformat()),
        )
    ]


INTERACTION_COLUMNS = (
    "id",
    "occurred_at",
    "local_day",
    "channel",
    "initiated_by",
    "feeling",
    "note",
)


def interactions(
    db: Connection,
    *,
    person_id: int | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
    limit: int | None = None,
) -> tuple[list[SimpleNamespace], dict[int, list[tuple[int, str]]]]:
    """Interactions newest first (with `person_id`; from `since`, before `until`), and the
    people (id, name; by name) of each."""
    sql = f"SELECT {', '.join('interaction.' + c for c in INTERACTION_COLUMNS)} FROM interaction"
    where: list[str] = []
    params: list[Any] = []
    if person_id is not None:
        sql += " JOIN interactionperson ON interactionperson.interaction_id = interaction.id"
        where.append("interactionperson.person_id = ?")
        params.append(person_id)
    if since is not None:
        where.append("interaction.occurred_at >= ?")
        params.append(stored_moment(since))
    if until is not None:
        where.append("interaction.occurred_at < ?")
        params.append(stored_moment(until))
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY interaction.occurred_at DESC"
    if limit is not None:
        sql += " LIMIT ?"
        params.append(limit)
    found = [
        SimpleNamespace(
            id=iid,
            occurred_at=utc(at),
            local_day=date.fromisoformat(day),
            channel=channel,
            initiated_by=initiated_by,
            feeling=feeling,
            note=note,
        )
        for iid, at, day, channel, initiated_by, feeling, note in rows(db, sql, params)
    ]
    who: dict[int, list[tuple[int, str]]] = {}
    if found:
        marks = ",".join("?" * len(found))
        for iid, pid, name in rows(
            db,
            "SELECT interactionperson.interaction_id, person.id, person.name "
            "FROM interactionperson JOIN person ON person.id = interactionperson.person_id "
            f"WHERE interactionperson.interaction_id IN ({marks}) ORDER BY person.name",
            [r.id for r in found],
        ):
            who.setdefault(iid, []).append((pid, name))
    return found, who


def interaction_time(db: Connection, interaction_id: int) -> datetime | None:
    found = rows(db, "SELECT occurred_at FROM interaction WHERE id = ?", (interaction_id,))
    return utc(found[0][0]) if found else None


# --- journal and reflections ---------------------------------------------------------------------


def journal_entries(
    db: Connection,
    *,
    entry_id: int | None = None,
    since: date | None = None,
    until: date | None = None,
) -> list[SimpleNamespace]:
    """Journal entries (or the one with `entry_id`) between two days, in the order written."""
    where, params = _day_range("local_day", since, until)
    if entry_id is not None:
        where += (" AND " if where else " WHERE ") + "id = ?"
        params = [*params, entry_id]  # type: ignore[list-item]
    return _answers(db, "journalentry", "written_at", "text", where, params, order="id")


def prompts_last_answered(db: Connection) -> dict[str, datetime]:
    """When each journal prompt was last answered."""
    return {
        pid: utc(at)
        for pid, at in rows(
            db,
            "SELECT prompt_id, max(written_at) FROM journalentry WHERE prompt_id != '' "
            "GROUP BY prompt_id",
        )
    }


def reflections(db: Connection, since: date, until: date) -> list[SimpleNamespace]:
    """Reflections written between two days (both included), oldest first."""
    where, params = _day_range("local_day", since, until)
    return _answers(
        db, "reflection", "answered_at", "answer", where, params, order="answered_at, id"
    )


def _answers(
    db: Connection,
    table: str,
    moment: str,
    words: str,
    where: str,
    params: Sequence[Any],
    *,
    order: str,
) -> list[SimpleNamespace]:
    """Rows of a table of written answers to prompts (journal entries, reflections): `id`, the
    moment written (column `moment`), `local_day`, `prompt_id`, `prompt` and the words (column
    `words`), each attribute named as its column."""
    return [
        SimpleNamespace(
            **{
                "id": rid,
                moment: utc(at),
                "local_day": date.fromisoformat(day),
                "prompt_id": prompt_id,
                "prompt": prompt,
                words: text,
            }
        )
        for rid, at, day, prompt_id, prompt, text in rows(
            db,
            f"SELECT id, {moment}, local_day, prompt_id, prompt, {words} FROM {table}{where} "
            f"ORDER BY {order}",
            params,
        )
    ]


# --- insights ------------------------------------------------------------------------------------


def interaction_feelings(
    db: Connection, since: date, until: date
) -> list[tuple[date, str, int | None]]:
    """(day, channel, how it felt) of each interaction between two days."""
    where, params = _day_range("local_day", since, until)
    return [
        (date.fromisoformat(day), channel, feeling)
        for day, channel, feeling in rows(
            db, f"SELECT local_day, channel, feeling FROM interaction{where}", params
        )
    ]


def boundary_results(db: Connection, since: date, until: date) -> list[tuple[date, str]]:
    """(day, result) of each boundary check-in between two days."""
    where, params = _day_range("boundarycheck.day", since, until)
    return [
        (date.fromisoformat(day), result)
        for day, result in rows(
            db,
            "SELECT boundarycheck.day, boundarycheck.result FROM boundarycheck "
            f"JOIN boundary ON boundary.id = boundarycheck.boundary_id{where}",
            params,
        )
    ]


def checkin_totals(db: Connection, instruments: Sequence[str]) -> list[tuple[str, datetime, int]]:
    """(instrument, taken at, total) of each result of `instruments`, oldest first."""
    marks = ",".join("?" * len(instruments))
    return [
        (instrument, utc(taken_at), total)
        for instrument, taken_at, total in rows(
            db,
            "SELECT instrument, taken_at, total FROM assessmentresult "
            f"WHERE instrument IN ({marks}) ORDER BY taken_at",
            list(instruments),
        )
    ]


def contacts_by_name(db: Connection, since: date) -> list[tuple[str, date, int | None]]:
    """(person's name, day, how it felt) of each interaction since `since` with someone not
    archived."""
    return [
        (name, date.fromisoformat(day), feeling)
        for name, day, feeling in rows(
            db,
            "SELECT person.name, interaction.local_day, interaction.feeling FROM person "
            "JOIN interactionperson ON interactionperson.person_id = person.id "
            "JOIN interaction ON interaction.id = interactionperson.interaction_id "
            "WHERE person.archived = 0 AND interaction.local_day >= ?",
            (since.isoformat(),),
        )
    ]


def safety_cards(
    db: Connection, now: datetime, *, thresholds: SafetyThresholds = THRESHOLDS
) -> list[SafetyCard]:
    """The calm cards warranted at `now`, most pressing first (companion.safety decides)."""
    assert now.tzinfo is not None
    today = local_day(db, now, now.tzinfo)
    mood_since, contact_since = card_windows(today, thresholds)
    return cards_for(
        now,
        today,
        phq9=latest_phq9(db),
        day_means=mood_day_means(db, since=mood_since, until=today),
        contact_days=contact_days(db, since=contact_since),
        t=thresholds,
        item9_not_now=not_now_time(setting(db, ITEM9_NOT_NOW_SETTING)),
    )


# --- nudges --------------------------------------------------------------------------------------

NUDGE_COLUMNS = "kind, person_id, shown_at, action, snooze_until, key"


def _nudge_records(found: Iterable[Sequence[Any]]) -> list[NudgeRecord]:
    return [
        NudgeRecord(
            kind=kind,
            person_id=person_id,
            shown_at=utc(shown_at),
            action=action,
            snooze_until=utc_or_none(until),
            key=key,
        )
        for kind, person_id, shown_at, action, until, key in found
    ]


def nudge_history(db: Connection) -> list[NudgeRecord]:
    """Every nudge shown and what was done with it, oldest first."""
    return _nudge_records(
        rows(db, f"SELECT {NUDGE_COLUMNS} FROM nudgerecord ORDER BY shown_at, id")
    )


def planner_nudge_history(
    db: Connection, now: datetime, *, recent: datetime, cycle: datetime
) -> list[NudgeRecord]:
    """The records that can change a nudge plan at `now`, oldest first: those shown since
    `recent`, snoozes still running, and each person's newest reach-out dismissal (or "done")
    since `cycle` (companion.services.nudges says why these are enough)."""
    # Of a person's dismissals, the newest holds longest (the same cadence from a later day,
    # and a contact newer than it is newer than the older ones too), so it alone decides.
    closing = "kind = 'reach_out' AND action IN ('dismissed', 'done')"
    return _nudge_records(
        rows(
            db,
            f"SELECT {NUDGE_COLUMNS} FROM nudgerecord WHERE shown_at >= ? "
            "OR (action = 'snoozed' AND snooze_until > ?) "
            f"OR ({closing} AND (person_id, shown_at) IN ("
            f"SELECT person_id, max(shown_at) FROM nudgerecord WHERE {closing} "
            "AND shown_at >= ? GROUP BY person_id)) "
            "ORDER BY shown_at, id",
            (stored_moment(recent), stored_moment(now), stored_moment(cycle)),
        )
    )


def last_mood_at(db: Connection) -> datetime | None:
    """When the newest mood entry was logged (None before the first)."""
    return utc_or_none(rows(db, "SELECT max(logged_at) FROM moodentry")[0][0])


def last_checkin_at(db: Connection) -> datetime | None:
    """When the newest check-in was taken (None before the first)."""
    return utc_or_none(rows(db, "SELECT max(taken_at) FROM assessmentresult")[0][0])
