"""Safety cards from the vault: feeds the user's own mood and contact history to the pure rules in
companion.safety, and gives the help lines for their country. Never blocks, never sends anything."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from companion.safety import (
    ITEM9_NOT_NOW_SETTING,
    KIND_PHQ9_ITEM9,
    THRESHOLDS,
    HelpInfo,
    SafetyCard,
    SafetyThresholds,
    card_windows,
    cards_for,
    help_for,
    not_now_time,
)
from companion.services.base import Service

if TYPE_CHECKING:
    from companion.clock import Clock
    from companion.services.checkins import CheckinService
    from companion.services.interactions import InteractionService
    from companion.services.mood import MoodService
    from companion.settings import SettingsService
    from companion.vault import Vault


class SafetyCardService(Service):
    def __init__(
        self,
        vault: Vault,
        clock: Clock,
        notify: Callable[..., None],
        *,
        mood: MoodService,
        interactions: InteractionService,
        checkins: CheckinService,
        settings: SettingsService,
        thresholds: SafetyThresholds = THRESHOLDS,
    ) -> None:
        super().__init__(vault, clock, notify)
        self._mood = mood
        self._interactions = interactions
        self._checkins = checkins
        self._settings = settings
        self._thresholds = thresholds

    def cards(self, now: datetime | None = None) -> list[SafetyCard]:
        """The calm cards warranted now, most pressing first.

        A PHQ-9 item-9 answer above zero in the last week comes first; then sustained low mood
        and a drop in contact, judged on the user's own history by companion.safety.
        """
        now = now or self._now()
        today = self._local_day(now)
        mood_since, contact_since = card_windows(today, self._thresholds)
        phq9 = self._checkins.latest("phq9").get("phq9")
        return cards_for(
            now,
            today,
            phq9=None if phq9 is None else (phq9.taken_at, phq9.flags),
            day_means=self._mood.day_means(since=mood_since, until=today),
            contact_days=self._interactions.contact_days(since=contact_since),
            t=self._thresholds,
            item9_not_now=not_now_time(self._settings.get(ITEM9_NOT_NOW_SETTING)),
        )

    def not_now(self, kind: str = KIND_PHQ9_ITEM9) -> None:
        """“Not now” on the item-9 card: put away until a newer PHQ-9 asks for it again. Kept in
        the vault, so it holds on every screen that shows Today."""
        if kind != KIND_PHQ9_ITEM9:
            raise ValueError(f"only the check-in card can be put away, not {kind!r}")
        phq9 = self._checkins.latest("phq9").get("phq9")
        if phq9 is not None:
            self._settings.set(ITEM9_NOT_NOW_SETTING, phq9.taken_at.isoformat())

    def help(self) -> HelpInfo:
        """Crisis lines for the country the user chose (international advice when unset)."""
        return help_for(self._settings.get("country"))
