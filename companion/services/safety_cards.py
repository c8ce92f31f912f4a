"""Safety cards from the vault: feeds the user's own mood and contact history to the pure rules in
companion.domain.safety, and gives the help lines for their country. Never blocks, never sends anything."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from companion.domain.safety import (
    ITEM9_NOT_NOW_SETTING,
    KIND_PHQ9_ITEM9,
    THRESHOLDS,
    HelpInfo,
    SafetyCard,
    SafetyThresholds,
    help_for,
)
from companion.services.base import Service
from companion.storage import reads

if TYPE_CHECKING:
    from companion.platform.clock import Clock
    from companion.services.checkins import CheckinService
    from companion.services.interactions import InteractionService
    from companion.services.mood import MoodService
    from companion.services.settings import SettingsService
    from companion.storage.engine import Vault


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
        and a drop in contact, judged on the user's own history by companion.domain.safety.
        """
        with self._vault.reading() as db:
            return reads.safety_cards(db, now or self._now(), thresholds=self._thresholds)

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
