"""The pause before opening an app: whether it's on, what to ask now, and the answers given.

Answers are kept in the vault's settings (`pause.answers`: when, which boundary, "go_ahead" or
"not_now"), trimmed to the last few weeks; the weekly page counts them, without keeping score.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from companion.domain.errors import InvalidInput
from companion.domain.i18n import _
from companion.domain.planners.pause import (
    ANSWERS,
    FrontWindow,
    PauseBoundary,
    PausePrompt,
    plan_pause,
)
from companion.domain.screen_categories import DEFAULT_RULES, rules_from_json
from companion.services.base import Service

if TYPE_CHECKING:
    from companion.platform.clock import Clock
    from companion.services.boundaries import BoundaryService
    from companion.services.settings import SettingsService
    from companion.storage.engine import Vault

KEEP_ANSWERS_FOR = timedelta(days=56)


class PauseService(Service):
    def __init__(
        self,
        vault: Vault,
        clock: Clock,
        notify: Callable[..., None],
        *,
        settings: SettingsService,
        boundaries: BoundaryService,
    ) -> None:
        super().__init__(vault, clock, notify)
        self._settings = settings
        self._boundaries = boundaries

    def enabled(self) -> bool:
        return bool(self._settings.get("pause.enabled"))

    def set_enabled(self, on: bool) -> None:
        self._settings.set("pause.enabled", bool(on))

    def _answers(self) -> list[dict[str, Any]]:
        return list(self._settings.get("pause.answers") or [])

    def _last_asked(self) -> dict[int, datetime]:
        last: dict[int, datetime] = {}
        for answer in self._answers():
            at = datetime.fromisoformat(answer["at"])
            boundary = int(answer["boundary"])
            if boundary not in last or at > last[boundary]:
                last[boundary] = at
        return last

    def prompt_for(self, window: FrontWindow | None) -> PausePrompt | None:
        """The prompt to show for the window in front now, or None (also when turned off)."""
        if not self.enabled() or window is None:
            return None
        now = self._now()
        boundaries = [
            PauseBoundary(
                id=b.id,
                title=b.title,
                category=b.category,
                starts_at=b.starts_at,
                ends_at=b.ends_at,
                weekdays=b.weekdays,
                active=b.active,
                intention=b.intention_prompt,
            )
            for b in self._boundaries.list()
        ]
        custom = self._settings.get("screen.rules")
        rules = rules_from_json(custom) if custom else DEFAULT_RULES
        return plan_pause(window, boundaries, self._last_asked(), now, rules)

    def record(self, boundary_id: int, answer: str) -> None:
        """Keep the answer (a prompt shown and closed unanswered counts as "not_now")."""
        if answer not in ANSWERS:
            raise InvalidInput(_("“{answer}” isn't an answer to a pause.").format(answer=answer))
        now = self._now()
        kept = [
            a for a in self._answers() if now - datetime.fromisoformat(a["at"]) < KEEP_ANSWERS_FOR
        ]
        kept.append({"at": now.isoformat(), "boundary": int(boundary_id), "answer": answer})
        self._settings.set("pause.answers", kept)

    def count_between(self, start: datetime, end: datetime) -> dict[str, int]:
        """How many pauses were answered each way between two moments."""
        counts = dict.fromkeys(ANSWERS, 0)
        for a in self._answers():
            if start <= datetime.fromisoformat(a["at"]) < end:
                counts[a["answer"]] = counts.get(a["answer"], 0) + 1
        return counts
