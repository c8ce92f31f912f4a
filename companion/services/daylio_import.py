"""Daylio import over the vault: a preview that writes nothing, then one all-or-nothing commit with
the user's mood mapping. Activities become mood tags. An entry is known by its moment (the date
and time Daylio shows), so importing a newer export updates the entries edited since, adds the new
ones, and leaves the rest alone; importing the same file twice changes nothing."""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, tzinfo
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from companion.domain.errors import Cancelled
from companion.domain.i18n import _

if TYPE_CHECKING:
    from companion.importers.daylio import DaylioParseResult, MoodRecord, RowProblem
from companion.services.base import Service
from companion.services.mood import MAX_TAG_LENGTH, MoodTags, clean_tags

if TYPE_CHECKING:
    from sqlmodel import Session
    from sqlmodel.sql.expression import Select

SOURCE = "daylio"
# SQLite's default limit on bound parameters is far above this; it keeps each IN () list small.
_CHUNK = 500


@dataclass(frozen=True)
class DaylioPreview:
    """What importing a file would do. Nothing has been written."""

    file_name: str
    parsed: DaylioParseResult
    mood_names: tuple[str, ...]
    mood_counts: Mapping[str, int]  # entries per mood name
    suggested: Mapping[str, int | None]  # a level per mood name, None where the user must choose
    new: int
    duplicates: int  # moments already in the vault: updated where they changed, else left alone
    problems: tuple[RowProblem, ...]

    @property
    def entries(self) -> int:
        return len(self.parsed.entries)

    @property
    def unmapped(self) -> tuple[str, ...]:
        return tuple(name for name, level in self.suggested.items() if level is None)


@dataclass(frozen=True)
class DaylioImportSummary:
    imported: int
    duplicates: int  # already in the vault exactly as in the file: left alone
    problems: tuple[RowProblem, ...]  # rows left out, with their line numbers
    new_tags: int
    updated: int = 0  # already in the vault, changed in the file since: updated
    kept_edits: int = 0  # changed in the file, but also edited in Companion: the edit was kept

    @property
    def problem_lines(self) -> tuple[int, ...]:
        return tuple(p.line for p in self.problems)


class DaylioImportService(Service):
    def preview(self, path: Path | str) -> DaylioPreview:
        """Read the file and count what is new. Raises ImportFailed for an unreadable file."""
        # The parser loads on first use, not with the app.
        from companion.importers.daylio import read_daylio_file, suggest_mood_mapping

        parsed = read_daylio_file(Path(path))
        keys = _moment_keys(parsed)
        with self._vault.session() as s:
            known = _known(s, self._now().tzinfo, with_tags=False)
        new = sum(1 for key in keys if key not in known)
        return DaylioPreview(
            file_name=Path(path).name,
            parsed=parsed,
            mood_names=tuple(parsed.mood_names),
            mood_counts=dict(Counter(e.mood_name for e in parsed.entries)),
            suggested=suggest_mood_mapping(parsed.mood_names),
            new=new,
            duplicates=len(parsed.entries) - new,
            problems=tuple(parsed.problems),
        )

    def commit(
        self,
        preview: DaylioPreview,
        mapping: Mapping[str, int] | None = None,
        *,
        cancel_requested: Callable[[], bool] | None = None,
    ) -> DaylioImportSummary:
        """Store the previewed entries in one transaction. `mapping` holds the user's levels by
        mood name; names it leaves out keep the suggested level. Raises InvalidInput (naming the
        moods) before writing anything if a mood still has no level, and Cancelled, with nothing
        kept, if `cancel_requested` turns true on the way."""
        from sqlalchemy import delete, func, update
        from sqlmodel import col, select

        from companion.importers.daylio import apply_mapping, suggest_mood_mapping
        from companion.storage.dbtypes import JSONText, UTCDateTime
        from companion.storage.models import MoodEntry, MoodTag

        levels = suggest_mood_mapping(preview.mood_names, mapping)
        records = apply_mapping(preview.parsed, levels)
        now = self._now()
        tz = now.tzinfo
        assert tz is not None
        unchanged = kept = 0
        # Values as the column types store them: the rows go to the driver in one executemany,
        # since SQLAlchemy's per-row binding costs more than SQLite's work at 50,000 rows.
        stamp = partial(UTCDateTime().process_bind_param, dialect=None)
        created_at = stamp(now)
        no_emotions = JSONText().process_bind_param([], None)
        new_rows: list[tuple[Any, ...]] = []
        tag_names: dict[tuple[str, ...], list[str]] = {}  # many entries share their activities
        new_tags_of: list[list[str]] = []
        changes: list[tuple[int, MoodRecord, list[str], str]] = []
        with self._vault.session() as s:
            known = _known(s, tz)
            tags = MoodTags(s)
            tag_count = len(tags)
            for n, record in enumerate(records):
                if cancel_requested is not None and n % 200 == 0 and cancel_requested():
                    raise Cancelled(_("Import cancelled. Nothing was imported."))
                names = tag_names.get(record.activities)
                if names is None:
                    names = tag_names[record.activities] = _activity_tags(record)
                stored = known.get(record.fingerprint)
                imported_as = _content_hash(record.level, record.note, names)
                if stored is None:
                    new_rows.append(
                        (
                            stamp(_aware(record.when, tz)),
                            # The day as the user saw it in Daylio, whatever zone they are in now.
                            record.when.date().isoformat(),
                            record.level,
                            None,
                            no_emotions,
                            record.note,
                            SOURCE,
                            f"{record.fingerprint}|{imported_as}",
                            created_at,
                        )
                    )
                    new_tags_of.append(names)
                else:
                    verdict = stored.verdict(record, imported_as)
                    if verdict == "unchanged":
                        unchanged += 1
                    elif verdict == "kept":
                        kept += 1
                    else:
                        changes.append((stored.entry_id, record, names, imported_as))
            table = MoodEntry.__table__  # type: ignore[attr-defined]
            links: list[tuple[int, int]] = []
            driver = s.connection()
            if new_rows:
                # In time order: SQLite appends to its indexes faster than it inserts before
                # earlier keys (Daylio writes newest first).
                order = sorted(range(len(new_rows)), key=lambda i: str(new_rows[i][7]))
                new_rows = [new_rows[i] for i in order]
                new_tags_of = [new_tags_of[i] for i in order]
                # One executemany, then the new ids (RETURNING would go row by row): SQLite gives
                # each new row the largest id so far plus one, so they follow the rows' order.
                before = s.exec(select(func.max(MoodEntry.id))).one() or 0
                driver.exec_driver_sql(_INSERT_ENTRY, new_rows)
                ids = s.exec(
                    select(MoodEntry.id)
                    .where(col(MoodEntry.id) > before)
                    .order_by(col(MoodEntry.id))
                ).all()
                assert len(ids) == len(new_rows)
                for entry_id, names in zip(ids, new_tags_of, strict=True):
                    assert entry_id is not None
                    links += _links(entry_id, names, tags)
            for entry_id, record, names, imported_as in changes:
                s.execute(
                    update(table)
                    .where(table.c.id == entry_id)
                    .values(
                        level=record.level,
                        note=record.note,
                        fingerprint=f"{record.fingerprint}|{imported_as}",
                    )
                )
                links += _links(entry_id, names, tags)
            changed_ids = [change[0] for change in changes]
            for i in range(0, len(changed_ids), _CHUNK):
                s.execute(
                    delete(MoodTag.__table__).where(  # type: ignore[attr-defined]
                        col(MoodTag.mood_entry_id).in_(changed_ids[i : i + _CHUNK])
                    )
                )
            if links:
                driver.exec_driver_sql(_INSERT_LINK, links)
            if cancel_requested is not None and cancel_requested():
                raise Cancelled(_("Import cancelled. Nothing was imported."))
            new_tags = len(tags) - tag_count
        if new_rows or changes:
            self._notify("mood")
        return DaylioImportSummary(
            imported=len(new_rows),
            duplicates=unchanged,
            problems=preview.problems,
            new_tags=new_tags,
            updated=len(changes),
            kept_edits=kept,
        )

    def import_file(
        self, path: Path | str, mapping: Mapping[str, int] | None = None
    ) -> DaylioImportSummary:
        """Preview and commit in one step (the command line's way)."""
        return self.commit(self.preview(path), mapping)


def _activity_tags(record: MoodRecord) -> list[str]:
    # An activity longer than a tag may be is shortened rather than failing the whole import.
    return clean_tags(a[:MAX_TAG_LENGTH] for a in record.activities)


_INSERT_ENTRY = (
    "INSERT INTO moodentry (logged_at, local_day, level, energy, emotions, note, source, "
    "fingerprint, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
_INSERT_LINK = "INSERT INTO moodtag (mood_entry_id, tag_id) VALUES (?, ?)"


def _links(entry_id: int, names: list[str], tags: MoodTags) -> list[tuple[int, int]]:
    return [(entry_id, t) for t in {tags.id_for(n) for n in names}]


def _aware(naive: datetime, tz: tzinfo) -> datetime:
    """Daylio writes wall-clock times with no zone; they are read in the user's current zone."""
    return naive.replace(tzinfo=tz)


def _moment_keys(parsed: DaylioParseResult) -> list[str]:
    """The entries' keys, as apply_mapping makes them (levels play no part)."""
    from companion.importers.daylio import moment_key

    seen: dict[datetime, int] = {}
    keys = []
    for entry in parsed.entries:
        occurrence = seen[entry.when] = seen.get(entry.when, -1) + 1
        keys.append(moment_key(entry.when, occurrence))
    return keys


def _content_hash(level: int, note: str, tags: Iterable[str]) -> str:
    """A short hash of what an import stores for an entry (level, note, tags)."""
    payload = json.dumps(
        [level, note, sorted({t.casefold() for t in tags})],
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(payload.encode("utf-8", "surrogatepass")).hexdigest()[:16]


@dataclass
class _Stored:
    """A Daylio entry already in the vault: what it holds now and what the import stored."""

    entry_id: int
    level: int
    note: str
    tags: set[str]
    imported_as: str  # _content_hash of what the last import stored; "" for older entries
    legacy: str  # the content hash older versions identified it by, else ""

    def verdict(self, record: MoodRecord, imported_as: str) -> str:
        """ "unchanged" (the file has what was imported), "update" (the file has it edited since
        and Companion doesn't), or "kept" (edited in both: the edit made in Companion stays)."""
        from companion.importers.daylio import legacy_fingerprint

        now = _content_hash(self.level, self.note, self.tags)
        if self.imported_as:
            if imported_as == self.imported_as:
                return "unchanged"
            return "update" if now == self.imported_as else "kept"
        # Imported by an older version: it matches the file when its content hash does.
        if self.legacy == legacy_fingerprint(record) or now == imported_as:
            return "unchanged"
        return "update"


# Built as select() builds it: sqlmodel types select() for at most four columns
# (fastapi/sqlmodel#271). A stored entry's id is never None.
def _known_query() -> Select[int, datetime, date, int, str, str | None]:
    from sqlmodel import col
    from sqlmodel.sql.expression import Select

    from companion.storage.models import MoodEntry

    return Select(
        col(MoodEntry.id),
        col(MoodEntry.logged_at),
        col(MoodEntry.local_day),
        col(MoodEntry.level),
        col(MoodEntry.note),
        col(MoodEntry.fingerprint),
    )


def _known(s: Session, tz: tzinfo | None, *, with_tags: bool = True) -> dict[str, _Stored]:
    """Every Daylio entry in the vault by its moment key. Entries imported before moments were
    the key (their fingerprint was a hash of the content) get theirs from the day and the time
    they were logged at, read in the current zone."""
    from sqlmodel import col, select

    from companion.importers.daylio import MOMENT_PREFIX, moment_key
    from companion.storage.models import MoodEntry, MoodTag, Tag

    rows = s.exec(
        _known_query().where(col(MoodEntry.source) == SOURCE).order_by(col(MoodEntry.id))
    ).all()
    tags: dict[int, set[str]] = {}
    query = (
        select(MoodTag.mood_entry_id, Tag.name)
        .join(Tag, col(Tag.id) == col(MoodTag.tag_id))
        .join(MoodEntry, col(MoodEntry.id) == col(MoodTag.mood_entry_id))
        .where(MoodEntry.source == SOURCE)
    )
    for entry_id, name in s.exec(query).all() if with_tags else ():
        tags.setdefault(entry_id, set()).add(name.casefold())
    known: dict[str, _Stored] = {}
    seen: dict[datetime, int] = {}
    for entry_id, logged_at, local_day, level, note, fingerprint in rows:
        imported_as = legacy = ""
        if fingerprint and fingerprint.startswith(MOMENT_PREFIX):
            key, _bar, imported_as = fingerprint.partition("|")
        else:
            legacy = fingerprint or ""
            wall = logged_at.astimezone(tz).time() if tz is not None else logged_at.time()
            moment = datetime.combine(local_day, wall)
            occurrence = seen[moment] = seen.get(moment, -1) + 1
            key = moment_key(moment, occurrence)
        known.setdefault(
            key, _Stored(entry_id, level, note, tags.get(entry_id, set()), imported_as, legacy)
        )
    return known
