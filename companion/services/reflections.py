"""Reflections: one gentle prompt after the evening check-in, and the user's answers.

Prompts (assets/reflection_prompts.json) rotate in file order, continuing after the last one
offered, and none comes back within 14 days of being offered or answered. Offers are remembered
in the `reflections.offered` setting as [day, prompt id] pairs (the last 60 days), so asking again
on the same day gives the same prompt; answers are Reflection rows.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import cache
from typing import TYPE_CHECKING

from companion.domain.errors import InvalidInput
from companion.domain.i18n import _, whole_number
from companion.domain.prompt_words import REFLECTION_PROMPTS, shown
from companion.platform.paths import assets_dir
from companion.services.base import Service, driver_connection
from companion.services.removal import Removed, removed
from companion.services.setting_rows import validate, write
from companion.storage import reads

if TYPE_CHECKING:
    pass

if TYPE_CHECKING:
    from companion.platform.clock import Clock
    from companion.services.settings import SettingsService
    from companion.storage.engine import Vault

PROMPTS_FILE = "reflection_prompts.json"
NO_REPEAT_DAYS = 14
KEEP_OFFERS_DAYS = 60
MAX_ANSWER_CHARS = 10_000
OFFERED_KEY = "reflections.offered"


@dataclass(frozen=True)
class ReflectionPrompt:
    id: str
    english: str  # as assets/reflection_prompts.json words it; an answer keeps these words

    @property
    def text(self) -> str:
        """The prompt in the language in use."""
        return shown(REFLECTION_PROMPTS, self.id, self.english)


@dataclass(frozen=True)
class ReflectionView:
    id: int
    answered_at: datetime
    local_day: date
    prompt_id: str
    prompt: str
    answer: str


@cache
def prompts() -> tuple[ReflectionPrompt, ...]:
    data = json.loads((assets_dir() / PROMPTS_FILE).read_text(encoding="utf-8"))
    found = tuple(ReflectionPrompt(str(p["id"]), str(p["text"])) for p in data["prompts"])
    if len({p.id for p in found}) != len(found):
        raise RuntimeError(f"{PROMPTS_FILE}: prompt ids must be unique")
    return found


def choose_prompt(
    day: date,
    offered: list[tuple[date, str]],
    answered: list[tuple[date, str]],
    available: tuple[ReflectionPrompt, ...],
) -> ReflectionPrompt:
    """The prompt for `day`: the next in order after the last offered one that wasn't offered or
    answered in the 14 days before; if every prompt was, the one used longest ago."""
    last_used: dict[str, date] = {}
    for when, prompt_id in [*offered, *answered]:
        if when <= day and (prompt_id not in last_used or when > last_used[prompt_id]):
            last_used[prompt_id] = when
    ids = [p.id for p in available]
    earlier = [(when, prompt_id) for when, prompt_id in offered if when < day]
    start = 0
    if earlier:
        latest = max(earlier)[1]
        start = ids.index(latest) + 1 if latest in ids else 0
    window_start = day - timedelta(days=NO_REPEAT_DAYS)
    for n in range(len(available)):
        candidate = available[(start + n) % len(available)]
        used = last_used.get(candidate.id)
        if used is None or used <= window_start:
            return candidate
    return min(available, key=lambda p: (last_used.get(p.id, date.min), ids.index(p.id)))


class ReflectionService(Service):
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

    def prompts(self) -> tuple[ReflectionPrompt, ...]:
        return prompts()

    def offer(self, day: date | None = None) -> ReflectionPrompt:
        """Today's prompt (or `day`'s); the same one however often it's asked for that day."""
        day = day or self._today()
        available = prompts()
        by_id = {p.id: p for p in available}
        with self._vault.reading() as db:
            offered = _offered(db)
        for when, prompt_id in offered:
            if when == day and prompt_id in by_id:
                return by_id[prompt_id]
        # A new day's prompt: chosen and remembered in one unit of work.
        with self._vault.session() as s:
            db = driver_connection(s)
            offered = _offered(db)
            for when, prompt_id in offered:
                if when == day and prompt_id in by_id:
                    return by_id[prompt_id]
            since = day - timedelta(days=NO_REPEAT_DAYS)
            answered = [(r.local_day, r.prompt_id) for r in reads.reflections(db, since, day)]
            chosen = choose_prompt(day, offered, answered, available)
            keep_from = day - timedelta(days=KEEP_OFFERS_DAYS)
            kept = [(when, pid) for when, pid in offered if when >= keep_from]
            kept.append((day, chosen.id))
            value = [[when.isoformat(), pid] for when, pid in sorted(kept)]
            validate(OFFERED_KEY, value)
            write(s, OFFERED_KEY, value)
        return chosen

    def answer(self, prompt_id: str, text: str, *, when: datetime | None = None) -> int:
        """Save an answer to a prompt; returns the reflection's id."""
        from companion.storage.models import Reflection

        prompt = next((p for p in prompts() if p.id == prompt_id), None)
        if prompt is None:
            raise InvalidInput(_("That reflection prompt isn't available any more."))
        answer = _check_text(text)
        now = self._now()
        when = when or now
        if when.tzinfo is None:
            raise InvalidInput(_("The time of a reflection needs a time zone."))
        if when > now + timedelta(minutes=5):
            raise InvalidInput(_("That time is in the future."))
        with self._vault.session() as s:
            row = Reflection(
                answered_at=when,
                local_day=self._local_day(when, session=s),
                prompt_id=prompt.id,
                prompt=prompt.english,
                answer=answer,
            )
            s.add(row)
            s.flush()
            assert row.id is not None
            new_id = row.id
        self._notify("reflections", "screen")
        return new_id

    def update(self, reflection_id: int, text: str) -> None:
        from companion.storage.models import Reflection

        answer = _check_text(text)
        with self._vault.session() as s:
            row = s.get(Reflection, reflection_id)
            if row is None:
                raise InvalidInput(_("That reflection is no longer there."))
            row.answer = answer
            s.add(row)
        self._notify("reflections", "screen")

    def delete(self, reflection_id: int) -> Removed:
        """Remove it; what is returned puts it back (`restore`) while it is kept."""
        from companion.storage.models import Reflection

        with self._vault.session() as s:
            row = s.get(Reflection, reflection_id)
            if row is None:
                raise InvalidInput(_("That reflection is no longer there."))
            gone = removed(("reflections", "screen"), [row])
            s.delete(row)
        self._notify("reflections", "screen")
        return gone

    def between(self, start: date, end: date) -> list[ReflectionView]:
        """Reflections written from `start` to `end` (local days, both included), oldest first."""
        with self._vault.reading() as db:
            rows = reads.reflections(db, start, end)
        return [
            ReflectionView(
                r.id,
                r.answered_at,
                r.local_day,
                r.prompt_id,
                shown(REFLECTION_PROMPTS, r.prompt_id, r.prompt),
                r.answer,
            )
            for r in rows
        ]

    def week(self, start: date) -> list[ReflectionView]:
        return self.between(start, start + timedelta(days=6))

    def answered_on(self, day: date) -> list[ReflectionView]:
        return self.between(day, day)


def _offered(db: reads.Connection) -> list[tuple[date, str]]:
    """The prompts offered lately: (day, prompt id)."""
    stored = reads.stored_setting(db, OFFERED_KEY)
    return [(date.fromisoformat(d), pid) for d, pid in (stored[0] if stored else [])]


def _check_text(text: str) -> str:
    answer = text.strip()
    if not answer:
        raise InvalidInput(_("Write a few words first, or skip this one; that's fine too."))
    if len(answer) > MAX_ANSWER_CHARS:
        raise InvalidInput(
            _("That's longer than {limit} characters; please shorten it.").format(
                limit=whole_number(MAX_ANSWER_CHARS)
            )
        )
    return answer
