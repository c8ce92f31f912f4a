"""Safety cards from the vault: feeds the user's own mood and contact history to the pure rules in
companion.safety, and gives the help lines for their country. Never blocks, never sends anything."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from companion.assessments import PHQ9_ITEM9
from companion.safety import (
    THRESHOLDS,
    HelpInfo,
    SafetyCard,
    SafetyThresholds,
    help_for,
    phq9_item9_card,
    safety_cards,
)
from companion.services.base import Service

if TYPE_CHECKING:
    from companion.clock import Clock
    from companion.services.checkins import CheckinService
    from companion.services.interactions import InteractionService
    from companion.services.mood import MoodService
    from companion.settings import SettingsService
    from companion.vault import Vault

# A PHQ-9 whose item 9 was answered above zero keeps its card on the home page this long.
PHQ9_CARD_DAYS = 7


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
        t = self._thresholds
        cards: list[SafetyCard] = []
        phq9 = self._checkins.latest("phq9").get("phq9")
        if (
            phq9 is not None
            and PHQ9_ITEM9 in phq9.flags
            and now - phq9.taken_at <= timedelta(days=PHQ9_CARD_DAYS)
        ):
            cards.append(phq9_item9_card())
        history_days = t.contact_baseline_weeks * 7 + t.contact_recent_days
        since = today - timedelta(days=max(history_days, t.low_mood_window))
        day_means = self._mood.day_means(
            since=today - timedelta(days=t.low_mood_window - 1), until=today
        )
        contact_days = self._interactions.contact_days(since=since)
        cards.extend(safety_cards(day_means, contact_days, today, t))
        return cards

    def help(self) -> HelpInfo:
        """Crisis lines for the country the user chose (international advice when unset)."""
        return help_for(self._settings.get("country"))
