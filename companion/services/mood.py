"""Mood log: entries on a five-level scale with energy, emotions, activities and company, and the
daily means, rolling means and year-in-pixels views built from them."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from companion.domain.errors import InvalidInput
from companion.domain.i18n import _
from companion.domain.setting_defs import MAX_EMOTION_LENGTH
from companion.domain.views import LEVELS, mood_labels, mood_level
from companion.services.base import Service, driver_connection
from companion.services.removal import Removed, removed
from companion.services.setting_rows import validate, write
from companion.services.settings import SettingsService
from companion.storage import reads

if TYPE_CHECKING:
    from sqlmodel import Session

    from companion.storage.models import MoodEntry

if TYPE_CHECKING:
    from companion.platform.clock import Clock
    from companion.storage.engine import Vault

EMOTIONS = (
    "calm",
    "content",
    "grateful",
    "hopeful",
    "connected",
    "loved",
    "anxious",
    "stressed",
    "irritable",
    "lonely",
    "sad",
    "tired",
)
ROLLING_DAYS = 7
# Spans longer than this read the mood table in one pass instead of through the day index.
FULL_SCAN_DAYS = 400
MAX_TAG_LENGTH = 60
# A little slack so a clock a few seconds ahead of the form's time doesn't refuse "now".
FUTURE_SLACK = timedelta(minutes=5)
TAG_SCOPE = "mood"
OWN_EMOTIONS = "mood.own_emotions"


@dataclass
class MoodInput:
    """What the user fills in. `when` None means now; earlier times back-date the entry."""

    level: int
    energy: int | None = None
    emotions: Sequence[str] = ()
    tags: Sequence[str] = ()
    people: Sequence[int] = ()
    note: str = ""
    when: datetime | None = None


@dataclass(frozen=True)
class MoodView:
    id: int
    logged_at: datetime
    local_day: date
    level: int
    label: str
    energy: int | None
    emotions: tuple[str, ...]
    tags: tuple[str, ...]
    people: tuple[tuple[int, str], ...]  # (person id, name)
    note: str
    source: str


@dataclass(frozen=True)
class DayMood:
    """One calendar day of the mood chart. `mean` is None on a day with no entry; `rolling_mean`
    is the mean of the day means within the 7 days ending on `day` (None if none of them has one)."""

    day: date
    mean: float | None
    count: int
    rolling_mean: float | None


@dataclass(frozen=True)
class MoodFilter:
    """Entries to include: each set field must match (a tag, an emotion, a person present)."""

    tag: str | None = None
    emotion: str | None = None
    person_id: int | None = None

    @property
    def active(self) -> bool:
        return self.tag is not None or self.emotion is not None or self.person_id is not None


@dataclass
class _Row:
    id: int
    local_day: date
    level: int
    emotions: list[str] = field(default_factory=list)


class MoodService(Service):
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

    # --- labels and vocabulary -------------------------------------------------------------------

    def labels(self) -> tuple[str, ...]:
        """The names of levels 1 to 5, as the user named them (setting `mood.labels`)."""
        return mood_labels(self._settings.get("mood.labels"))

    def label(self, level: int) -> str:
        return self.labels()[_check_level(level) - 1]

    def first_day(self) -> date | None:
        """The local day of the earliest entry, or None before the first one."""
        with self._vault.reading() as db:
            return reads.mood_first_day(db)

    def tags(self) -> list[str]:
        """Every activity/tag the user has used on a mood entry, alphabetically."""
        with self._vault.reading() as db:
            names = reads.tag_names(db, TAG_SCOPE)
        return sorted(names, key=str.casefold)

    # --- the person's own feelings ----------------------------------------------------------------

    def own_emotions(self) -> list[str]:
        """Feelings the person added (setting `mood.own_emotions`), as they spelled them."""
        return list(self._settings.get(OWN_EMOTIONS) or [])

    def emotions(self) -> tuple[str, ...]:
        """Every feeling offered when logging: the built-in ones, then the person's own."""
        return (*EMOTIONS, *self.own_emotions())

    def retired_emotions(self) -> list[str]:
        """Feelings on past entries that are no longer on the list (taken off it), so a filter can
        still find them; alphabetical."""
        offered = {e.casefold() for e in self.emotions()}
        found: dict[str, str] = {}
        with self._vault.reading() as db:
            lists = reads.mood_emotion_lists(db)
        for names in lists:
            for name in names:
                if name.casefold() not in offered:
                    found.setdefault(name.casefold(), name)
        return sorted(found.values(), key=str.casefold)

    def add_emotion(self, name: str) -> str:
        """Add a feeling of the person's own to the list; returns it as stored."""
        clean = _clean_emotion(name)
        own = self.own_emotions()
        if clean.casefold() in {e.casefold() for e in (*EMOTIONS, *own)}:
            raise InvalidInput(_("“{name}” is already in the list of feelings.").format(name=clean))
        self._settings.set(OWN_EMOTIONS, [*own, clean])
        return clean

    def rename_emotion(self, old: str, new: str) -> str:
        """Rename one of the person's own feelings, on past entries too (one transaction)."""
        from sqlmodel import select

        from companion.storage.models import MoodEntry

        own = self.own_emotions()
        index = _own_index(own, old)
        clean = _clean_emotion(new)
        others = [e for i, e in enumerate(own) if i != index]
        if clean.casefold() in {e.casefold() for e in (*EMOTIONS, *others)}:
            raise InvalidInput(_("“{name}” is already in the list of feelings.").format(name=clean))
        was = own[index]
        own[index] = clean
        validate(OWN_EMOTIONS, own)
        with self._vault.session() as s:
            write(s, OWN_EMOTIONS, own)
            for entry_id, names in s.exec(select(MoodEntry.id, MoodEntry.emotions)).all():
                if not any(n.casefold() == was.casefold() for n in names or ()):
                    continue
                renamed: list[str] = []
                for n in names:
                    n = clean if n.casefold() == was.casefold() else n
                    if n not in renamed:
                        renamed.append(n)
                row = _get(s, entry_id)  # type: ignore[arg-type]
                row.emotions = renamed
                s.add(row)
        self._notify("settings", "mood")
        return clean

    def remove_emotion(self, name: str) -> None:
        """Take one of the person's own feelings off the list. Past entries keep it, so they read
        as they were written (and editing one keeps it)."""
        own = self.own_emotions()
        del own[_own_index(own, name)]
        self._settings.set(OWN_EMOTIONS, own)

    # --- writing ----------------------------------------------------------------------------------

    def log(self, data: MoodInput) -> int:
        """Record one mood entry; several a day are fine, and past times back-date it."""
        from companion.storage.models import MoodEntry

        now = self._now()
        when = _check_when(data.when, now)
        own = self.own_emotions()  # read first: sessions don't nest
        with self._vault.session() as s:
            row = MoodEntry(
                logged_at=when, local_day=self._local_day(when, session=s), level=1, created_at=now
            )
            self._apply(s, row, data, own)
            s.flush()
            assert row.id is not None
            self._replace_links(s, row.id, data)
            entry_id = row.id
        self._notify("mood")
        return entry_id

    def update(self, entry_id: int, data: MoodInput) -> None:
        """Replace everything about an entry. `data.when` None keeps the time it was logged for."""
        now = self._now()
        own = self.own_emotions()  # read first: sessions don't nest
        with self._vault.session() as s:
            row = _get(s, entry_id)
            if data.when is not None:
                when = _check_when(data.when, now)
                row.logged_at = when
                row.local_day = self._local_day(when, session=s)
            # A feeling since taken off the list stays on the entries that had it.
            self._apply(s, row, data, [*own, *(row.emotions or ())])
            self._replace_links(s, entry_id, data)
        self._notify("mood")

    def delete(self, entry_id: int) -> Removed:
        """Remove an entry with its tag and people links (the tags themselves stay for reuse);
        what is returned puts it back (`restore`) while it is kept."""
        from sqlmodel import select

        from companion.storage.models import MoodPerson, MoodTag

        with self._vault.session() as s:
            row = _get(s, entry_id)
            links = [
                *s.exec(select(MoodTag).where(MoodTag.mood_entry_id == entry_id)).all(),
                *s.exec(select(MoodPerson).where(MoodPerson.mood_entry_id == entry_id)).all(),
            ]
            gone = removed(("mood",), [row], [(link, "mood_entry_id") for link in links])
            s.delete(row)
        self._notify("mood")
        return gone

    # --- reading ---------------------------------------------------------------------------------

    def get(self, entry_id: int) -> MoodView:
        labels = self.labels()
        with self._vault.reading() as db:
            found = reads.mood_entries(db, ids=[entry_id])
            if not found:
                raise InvalidInput(_("That mood entry is no longer there."))
            return _views(db, found, labels)[0]

    def entries(
        self,
        *,
        since: date | None = None,
        until: date | None = None,
        filter: MoodFilter | None = None,
        limit: int | None = None,
    ) -> list[MoodView]:
        """Entries between two local days (both included), newest first."""
        flt = filter or MoodFilter()
        labels = self.labels()
        with self._vault.reading() as db:
            ids = [r[0] for r in _rows(db, since, until, flt)] if flt.active else None
            found = reads.mood_entries(db, ids=ids, since=since, until=until, limit=limit)
            return _views(db, found, labels)

    def day_means(
        self,
        *,
        since: date | None = None,
        until: date | None = None,
        filter: MoodFilter | None = None,
    ) -> dict[date, float]:
        """The mean level of each local day that has at least one (matching) entry."""
        if filter is None or not filter.active:
            with self._vault.reading() as db:
                return reads.mood_day_means(db, since=since, until=until)
        with self._vault.reading() as db:
            rows = _rows(db, since, until, filter)
        sums: dict[date, list[int]] = {}
        for _id, day, level, _emotions in rows:
            sums.setdefault(day, []).append(level)
        return {day: sum(levels) / len(levels) for day, levels in sorted(sums.items())}

    def daily(self, start: date, end: date, *, filter: MoodFilter | None = None) -> list[DayMood]:
        """Every day from `start` to `end` (both included) with its mean and 7-day rolling mean.

        The rolling mean averages the day means (not the single entries) of the days with entries
        in the window, so a day with five entries weighs as much as a day with one.
        """
        if end < start:
            raise InvalidInput(_("The end of the range comes before its start."))
        import numpy as np  # not at start-up: only the charts need it

        first = start - timedelta(days=ROLLING_DAYS - 1)
        size = (end - first).days + 1  # days indexed from `first`
        flt = filter or MoodFilter()
        with self._vault.reading() as db:
            if flt.active:
                pairs = np.array(
                    [
                        ((day - first).days, level)
                        for _i, day, level, _e in _rows(db, first, end, flt)
                    ],
                    dtype=np.int64,
                ).reshape(-1, 2)
            else:
                # A long span is most of the table: read all of it (the caller drops the rest).
                scan = (end - first).days > FULL_SCAN_DAYS
                pairs = np.fromiter(
                    reads.mood_day_level_pairs(db, first, None if scan else end), dtype=np.int64
                ).reshape(-1, 2)
        inside = (pairs[:, 0] >= 0) & (pairs[:, 0] < size)
        index, levels = pairs[inside, 0], pairs[inside, 1]
        counts = np.bincount(index, minlength=size)
        has = counts > 0
        means = np.bincount(index, weights=levels, minlength=size) / np.maximum(counts, 1)
        # The rolling window summed newest day first, as it always was (the same float results);
        # adding 0.0 for a day without entries changes nothing.
        shown = size - ROLLING_DAYS + 1
        filled = np.where(has, means, 0.0)
        window_sum = np.zeros(shown)
        window_days = np.zeros(shown, dtype=np.int64)
        for back in range(ROLLING_DAYS):
            window_sum += filled[ROLLING_DAYS - 1 - back : size - back]
            window_days += has[ROLLING_DAYS - 1 - back : size - back]
        rolling = window_sum / np.maximum(window_days, 1)
        tail = slice(ROLLING_DAYS - 1, size)
        mean_of, count_of = means[tail].tolist(), counts[tail].tolist()
        rolling_of, in_window = rolling.tolist(), window_days.tolist()
        first_day = start.toordinal()
        return [
            DayMood(
                day=date.fromordinal(first_day + i),
                mean=mean_of[i] if count_of[i] else None,
                count=count_of[i],
                rolling_mean=rolling_of[i] if in_window[i] else None,
            )
            for i in range(shown)
        ]

    def year_in_pixels(self, year: int, *, filter: MoodFilter | None = None) -> dict[date, float]:
        """Day means of one calendar year, for a grid of coloured days (days without entries absent)."""
        return self.day_means(since=date(year, 1, 1), until=date(year, 12, 31), filter=filter)

    # --- internals ---------------------------------------------------------------------------------

    def _apply(self, s: Session, row: MoodEntry, data: MoodInput, own: Sequence[str] = ()) -> None:
        row.level = _check_level(data.level)
        if data.energy is not None and (isinstance(data.energy, bool) or data.energy not in LEVELS):
            raise InvalidInput(_("Energy is a step from 1 (very low) to 5 (very high)."))
        row.energy = data.energy
        row.emotions = check_emotions(data.emotions, own)
        if not isinstance(data.note, str):
            raise InvalidInput(_("A note is text."))
        row.note = data.note.strip()
        s.add(row)

    def _replace_links(self, s: Session, entry_id: int, data: MoodInput) -> None:
        from sqlmodel import col, delete, select

        from companion.storage.models import MoodPerson, MoodTag, Person

        s.exec(delete(MoodTag).where(col(MoodTag.mood_entry_id) == entry_id))
        s.exec(delete(MoodPerson).where(col(MoodPerson.mood_entry_id) == entry_id))
        tags = MoodTags(s)
        for tag_id in {tags.id_for(name) for name in clean_tags(data.tags)}:
            s.add(MoodTag(mood_entry_id=entry_id, tag_id=tag_id))
        people = sorted(set(data.people))
        if people:
            found = set(s.exec(select(Person.id).where(col(Person.id).in_(people))).all())
            if any(p not in found for p in people):
                raise InvalidInput(_("Someone you chose is no longer in Companion."))
        for pid in people:
            s.add(MoodPerson(mood_entry_id=entry_id, person_id=pid))


def _rows(
    db: reads.Connection, since: date | None, until: date | None, flt: MoodFilter
) -> list[tuple[int, date, int, list[str]]]:
    """(id, day, level, feelings) of the entries between two days that `flt` lets through."""
    found = reads.mood_rows(db, since, until, emotions=flt.emotion is not None)
    if not flt.active:
        return found
    allowed: set[int] | None = None
    if flt.tag is not None:
        tag_id = reads.tag_ids_by_folded_name(db, TAG_SCOPE).get(flt.tag.strip().casefold())
        allowed = reads.mood_entries_tagged(db, tag_id) if tag_id is not None else set()
    if flt.person_id is not None:
        with_person = reads.mood_entries_with(db, flt.person_id)
        allowed = with_person if allowed is None else allowed & with_person
    emotion = flt.emotion.strip().casefold() if flt.emotion is not None else None
    return [
        r
        for r in found
        if (allowed is None or r[0] in allowed)
        and (emotion is None or emotion in (e.casefold() for e in r[3]))
    ]


def _views(db: reads.Connection, rows: list[Any], labels: Sequence[str]) -> list[MoodView]:
    tags, people = reads.mood_links(db, [r.id for r in rows])
    return [
        MoodView(
            id=r.id,
            logged_at=r.logged_at,
            local_day=r.local_day,
            level=r.level,
            label=labels[r.level - 1] if r.level in LEVELS else "",
            energy=r.energy,
            emotions=tuple(r.emotions or ()),
            tags=tuple(sorted(tags.get(r.id, ()), key=str.casefold)),
            people=tuple(people.get(r.id, ())),
            note=r.note,
            source=r.source,
        )
        for r in rows
    ]


class MoodTags:
    """Mood-scope tags looked up by name without regard to case, made on first use.

    Matching is done in Python with casefold, because SQLite's lower() only folds ASCII and
    Daylio activities are often in other languages ("Ärger" and "ärger" are one tag).
    """

    def __init__(self, s: Session) -> None:
        self._s = s
        self._ids = reads.tag_ids_by_folded_name(driver_connection(s), TAG_SCOPE)

    def __len__(self) -> int:
        return len(self._ids)

    def find(self, name: str) -> int | None:
        return self._ids.get(name.strip().casefold())

    def id_for(self, name: str) -> int:
        from companion.storage.models import Tag

        key = name.casefold()
        if key not in self._ids:
            tag = Tag(scope=TAG_SCOPE, name=name)
            self._s.add(tag)
            self._s.flush()
            assert tag.id is not None
            self._ids[key] = tag.id
        return self._ids[key]


def clean_tags(names: Iterable[str]) -> list[str]:
    """Trimmed, non-empty, first spelling kept for names that differ only in case."""
    seen: set[str] = set()
    out: list[str] = []
    for raw in names:
        if not isinstance(raw, str):
            raise InvalidInput(_("An activity is a short piece of text."))
        name = " ".join(raw.split())
        if not name or name.casefold() in seen:
            continue
        if len(name) > MAX_TAG_LENGTH:
            raise InvalidInput(
                _("The activity “{name}…” is too long ({limit} characters at most).").format(
                    name=name[:20], limit=MAX_TAG_LENGTH
                )
            )
        seen.add(name.casefold())
        out.append(name)
    return out


def check_emotions(emotions: Iterable[str], own: Iterable[str] = ()) -> list[str]:
    """Feelings from EMOTIONS (stored lower-case) or the person's own `own` (stored as spelled
    there), in the order given, without repeats."""
    known = {name: name for name in EMOTIONS}
    for spelled in own:
        known.setdefault(spelled.casefold(), spelled)
    out: list[str] = []
    for raw in emotions:
        key = " ".join(raw.split()).casefold() if isinstance(raw, str) else ""
        name = known.get(key)
        if name is None:
            raise InvalidInput(
                _("“{name}” isn't one of the feelings to choose from.").format(name=raw)
            )
        if name not in out:
            out.append(name)
    return out


def _clean_emotion(name: str) -> str:
    clean = " ".join(name.split()) if isinstance(name, str) else ""
    if not clean:
        raise InvalidInput(_("A feeling needs a name."))
    if len(clean) > MAX_EMOTION_LENGTH:
        raise InvalidInput(
            _("The feeling “{name}…” is too long ({limit} characters at most).").format(
                name=clean[:20], limit=MAX_EMOTION_LENGTH
            )
        )
    return clean


def _own_index(own: Sequence[str], name: str) -> int:
    key = " ".join(name.split()).casefold() if isinstance(name, str) else ""
    for index, e in enumerate(own):
        if e.casefold() == key:
            return index
    if key in EMOTIONS:
        raise InvalidInput(
            _("“{name}” is one of the built-in feelings, which stay.").format(name=name)
        )
    raise InvalidInput(_("“{name}” isn't one of your own feelings.").format(name=name))


def _check_level(level: int) -> int:
    return mood_level(level)


def _check_when(when: datetime | None, now: datetime) -> datetime:
    if when is None:
        return now
    if when.tzinfo is None:
        raise InvalidInput(_("The time of a mood entry needs a time zone."))
    if when > now + FUTURE_SLACK:
        raise InvalidInput(_("That time is in the future. You can log moods you've already had."))
    return when


def _get(s: Session, entry_id: int) -> MoodEntry:
    from companion.storage.models import MoodEntry

    row = s.get(MoodEntry, entry_id)
    if row is None:
        raise InvalidInput(_("That mood entry is no longer there."))
    return row
