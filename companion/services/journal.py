"""Journal: guided prompts offered one at a time, the user's written answers, and one searchable
list of everything they wrote (journal entries and mood notes together)."""

from __future__ import annotations

import json
from collections.abc import Callable, Collection
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from companion.domain.errors import InvalidInput
from companion.domain.i18n import _, whole_number
from companion.domain.prompt_words import JOURNAL_PROMPTS, shown
from companion.platform.paths import assets_dir
from companion.services.base import Service
from companion.services.removal import Removed, removed
from companion.storage import reads

if TYPE_CHECKING:
    from companion.platform.clock import Clock
    from companion.services.mood import MoodService
    from companion.storage.engine import Vault

PROMPTS_FILE = "journal_prompts.json"
THEMES = ("connection", "gratitude", "self_compassion")
MAX_TEXT_LENGTH = 100_000
FUTURE_SLACK = timedelta(minutes=5)


@dataclass(frozen=True)
class JournalPrompt:
    id: str
    theme: str
    english: str  # as assets/journal_prompts.json words it; an answer keeps these words

    @property
    def text(self) -> str:
        """The prompt in the language in use."""
        return shown(JOURNAL_PROMPTS, self.id, self.english)


@dataclass(frozen=True)
class JournalItem:
    """One thing the user wrote: a journal entry (`kind` "journal") or a mood note ("mood")."""

    kind: str
    id: int
    when: datetime
    local_day: date
    text: str
    prompt_id: str = ""
    prompt: str = ""
    mood_level: int | None = None
    mood_label: str = ""


def load_prompts(path: Path) -> tuple[JournalPrompt, ...]:
    """Read and check a prompts file; a broken asset is a packaging bug (RuntimeError)."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    prompts = tuple(
        JournalPrompt(str(p["id"]), str(p["theme"]), str(p["text"])) for p in data["prompts"]
    )
    ids = [p.id for p in prompts]
    if len(set(ids)) != len(ids):
        raise RuntimeError(f"{path}: prompt ids must be unique")
    for p in prompts:
        if p.theme not in THEMES or not p.english.strip() or not p.id.strip():
            raise RuntimeError(f"{path}: prompt {p.id!r} needs an id, text and a known theme")
    return prompts


@cache
def shipped_prompts() -> tuple[JournalPrompt, ...]:
    return load_prompts(assets_dir() / PROMPTS_FILE)


class JournalService(Service):
    def __init__(
        self, vault: Vault, clock: Clock, notify: Callable[..., None], *, mood: MoodService
    ) -> None:
        super().__init__(vault, clock, notify)
        self._mood = mood

    # --- prompts ---------------------------------------------------------------------------------

    def prompts(self, theme: str | None = None) -> list[JournalPrompt]:
        if theme is not None and theme not in THEMES:
            raise InvalidInput(_("There are no prompts about {theme}.").format(theme=repr(theme)))
        return [p for p in shipped_prompts() if theme is None or p.theme == theme]

    def next_prompt(self, *, theme: str | None = None, skip: Collection[str] = ()) -> JournalPrompt:
        """The prompt to offer now: one never answered (in the file's order, which mixes the
        themes), else the one answered longest ago. `skip` holds prompts the user just passed
        over, so "another one" moves on; when every prompt is skipped, skipping starts over."""
        candidates = self.prompts(theme)
        fresh = [p for p in candidates if p.id not in skip] or candidates
        with self._vault.reading() as db:
            last_used = reads.prompts_last_answered(db)
        order = {p.id: i for i, p in enumerate(fresh)}
        return min(
            fresh,
            key=lambda p: (p.id in last_used, last_used.get(p.id, datetime.min), order[p.id]),
        )

    def prompt(self, prompt_id: str) -> JournalPrompt:
        for p in shipped_prompts():
            if p.id == prompt_id:
                return p
        raise InvalidInput(_("That prompt isn't available any more."))

    # --- entries ---------------------------------------------------------------------------------

    def write(self, text: str, *, prompt_id: str = "", when: datetime | None = None) -> int:
        """Save an answer to a prompt (or free writing when `prompt_id` is empty)."""
        from companion.storage.models import JournalEntry

        text = _check_text(text)
        prompt = self.prompt(prompt_id) if prompt_id else None
        now = self._now()
        when = now if when is None else when
        if when.tzinfo is None:
            raise InvalidInput(_("The time of a journal entry needs a time zone."))
        if when > now + FUTURE_SLACK:
            raise InvalidInput(
                _("That time is in the future. You can write about what's happened.")
            )
        with self._vault.session() as s:
            row = JournalEntry(
                written_at=when,
                local_day=self._local_day(when, session=s),
                prompt_id=prompt.id if prompt else "",
                prompt=prompt.english if prompt else "",
                text=text,
            )
            s.add(row)
            s.flush()
            assert row.id is not None
            entry_id = row.id
        self._notify("journal")
        return entry_id

    def update(self, entry_id: int, text: str) -> None:
        from companion.storage.models import JournalEntry

        text = _check_text(text)
        with self._vault.session() as s:
            row = s.get(JournalEntry, entry_id)
            if row is None:
                raise InvalidInput(_("That journal entry is no longer there."))
            row.text = text
            s.add(row)
        self._notify("journal")

    def delete(self, entry_id: int) -> Removed:
        """Remove it; what is returned puts it back (`restore`) while it is kept."""
        from companion.storage.models import JournalEntry

        with self._vault.session() as s:
            row = s.get(JournalEntry, entry_id)
            if row is None:
                raise InvalidInput(_("That journal entry is no longer there."))
            gone = removed(("journal",), [row])
            s.delete(row)
        self._notify("journal")
        return gone

    def get(self, entry_id: int) -> JournalItem:
        with self._vault.reading() as db:
            found = reads.journal_entries(db, entry_id=entry_id)
        if not found:
            raise InvalidInput(_("That journal entry is no longer there."))
        return _journal_item(found[0])

    def timeline(
        self,
        *,
        search: str = "",
        since: date | None = None,
        until: date | None = None,
        limit: int | None = None,
    ) -> list[JournalItem]:
        """Journal entries and mood notes together, newest first, optionally matching `search`
        (in the text or the prompt, ignoring case) and between two local days (both included)."""
        with self._vault.reading() as db:
            journal = reads.journal_entries(db, since=since, until=until)
            moods = reads.mood_entries(db, since=since, until=until, with_note=True)
        labels = self._mood.labels()
        items = [_journal_item(r) for r in journal] + [
            JournalItem(
                kind="mood",
                id=r.id,
                when=r.logged_at,
                local_day=r.local_day,
                text=r.note,
                mood_level=r.level,
                mood_label=labels[r.level - 1] if 1 <= r.level <= len(labels) else "",
            )
            for r in moods
        ]
        # Searching happens here rather than in SQL: SQLite's LIKE folds ASCII letters only.
        needle = search.strip().casefold()
        if needle:
            items = [
                i for i in items if needle in i.text.casefold() or needle in i.prompt.casefold()
            ]
        items.sort(key=lambda i: (i.when, i.kind, i.id), reverse=True)
        return items if limit is None else items[:limit]


def _journal_item(row: Any) -> JournalItem:
    """A journal entry (a plain row of the read layer, or the ORM's) as the page shows it."""
    return JournalItem(
        kind="journal",
        id=row.id,
        when=row.written_at,
        local_day=row.local_day,
        text=row.text,
        prompt_id=row.prompt_id,
        prompt=shown(JOURNAL_PROMPTS, row.prompt_id, row.prompt),
    )


def _check_text(text: str) -> str:
    if not isinstance(text, str) or not text.strip():
        raise InvalidInput(_("There's nothing written yet."))
    if len(text) > MAX_TEXT_LENGTH:
        raise InvalidInput(
            _("That's longer than Companion keeps ({limit} characters).").format(
                limit=whole_number(MAX_TEXT_LENGTH)
            )
        )
    return text.strip()
