"""Daylio import over the vault: a preview that writes nothing, then one all-or-nothing commit with
the user's mood mapping. Activities become mood tags; entries already imported are skipped by
fingerprint, so importing the same file twice adds nothing the second time."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING

from sqlmodel import Session, col, select

from companion.errors import Cancelled

if TYPE_CHECKING:
    from companion.importers.daylio import DaylioParseResult, MoodRecord, RowProblem
from companion.models import MoodEntry, MoodTag
from companion.services.base import Service
from companion.services.mood import MAX_TAG_LENGTH, MoodTags, clean_tags

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
    duplicates: int  # already in the vault, or repeated within the file
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
    duplicates: int  # already in the vault, or repeated within the file
    problems: tuple[RowProblem, ...]  # rows left out, with their line numbers
    new_tags: int

    @property
    def problem_lines(self) -> tuple[int, ...]:
        return tuple(p.line for p in self.problems)


class DaylioImportService(Service):
    def preview(self, path: Path | str) -> DaylioPreview:
        """Read the file and count what is new. Raises ImportFailed for an unreadable file."""
        # The parser loads on first use, not with the app.
        from companion.importers.daylio import read_daylio_file, suggest_mood_mapping

        parsed = read_daylio_file(Path(path))
        fingerprints = _fingerprints(parsed)
        with self._vault.session() as s:
            known = _known(s, set(fingerprints))
        new = len(set(fingerprints) - known)
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
        from companion.importers.daylio import apply_mapping, suggest_mood_mapping

        levels = suggest_mood_mapping(preview.mood_names, mapping)
        records = apply_mapping(preview.parsed, levels)
        now = self._now()
        tz = now.tzinfo
        assert tz is not None
        imported = duplicates = new_tags = 0
        with self._vault.session() as s:
            known = _known(s, {r.fingerprint for r in records})
            tags = MoodTags(s)
            tag_count = len(tags)
            for n, record in enumerate(records):
                if cancel_requested is not None and n % 200 == 0 and cancel_requested():
                    raise Cancelled("Import cancelled. Nothing was imported.")
                if record.fingerprint in known:
                    duplicates += 1
                    continue
                known.add(record.fingerprint)
                when = _aware(record.when, tz)
                row = MoodEntry(
                    logged_at=when,
                    # The day as the user saw it in Daylio, whatever zone they are in now.
                    local_day=record.when.date(),
                    level=record.level,
                    note=record.note,
                    source=SOURCE,
                    fingerprint=record.fingerprint,
                    created_at=now,
                )
                s.add(row)
                s.flush()
                assert row.id is not None
                for tag_id in {tags.id_for(name) for name in _activity_tags(record)}:
                    s.add(MoodTag(mood_entry_id=row.id, tag_id=tag_id))
                imported += 1
            new_tags = len(tags) - tag_count
        if imported:
            self._notify("mood")
        return DaylioImportSummary(imported, duplicates, preview.problems, new_tags)

    def import_file(
        self, path: Path | str, mapping: Mapping[str, int] | None = None
    ) -> DaylioImportSummary:
        """Preview and commit in one step (the command line's way)."""
        return self.commit(self.preview(path), mapping)


def _activity_tags(record: MoodRecord) -> list[str]:
    # An activity longer than a tag may be is shortened rather than failing the whole import.
    return clean_tags(a[:MAX_TAG_LENGTH] for a in record.activities)


def _aware(naive: datetime, tz: tzinfo) -> datetime:
    """Daylio writes wall-clock times with no zone; they are read in the user's current zone."""
    return naive.replace(tzinfo=tz)


def _fingerprints(parsed: DaylioParseResult) -> list[str]:
    # Fingerprints don't depend on levels, so any level gives the same ones; going through
    # apply_mapping keeps the note joined exactly as a commit will join it.
    from companion.importers.daylio import apply_mapping

    placeholder = dict.fromkeys(parsed.mood_names, 3)
    return [r.fingerprint for r in apply_mapping(parsed, placeholder)]


def _known(s: Session, fingerprints: set[str]) -> set[str]:
    wanted = sorted(fingerprints)
    found: set[str] = set()
    for i in range(0, len(wanted), _CHUNK):
        chunk = wanted[i : i + _CHUNK]
        found.update(
            f
            for f in s.exec(
                select(MoodEntry.fingerprint).where(col(MoodEntry.fingerprint).in_(chunk))
            ).all()
            if f is not None
        )
    return found
