"""Insights over the vault: gathers plain data from the tables and hands it to companion.insights."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING

from companion.domain import insights as cards
from companion.domain.i18n import N_, _
from companion.domain.insights import InsightCard
from companion.services.base import Service
from companion.storage import reads

if TYPE_CHECKING:
    from companion.platform.clock import Clock
    from companion.services.mood import MoodService
    from companion.storage.engine import Vault

# How each channel reads in "On days with …": a sentence, not a form label.
CHANNEL_PHRASES = {
    "in_person": N_("In-person time"),
    "call": N_("A call"),
    "video": N_("A video call"),
    "message": N_("Messages"),
    "social_media": N_("Social media contact"),
    "letter": N_("A letter"),
}
KEPT_SHARE = {"kept": 1.0, "partly": 0.5, "not_today": 0.0}


class InsightsService(Service):
    def __init__(
        self, vault: Vault, clock: Clock, notify: Callable[..., None], *, mood: MoodService
    ) -> None:
        super().__init__(vault, clock, notify)
        self._mood = mood

    def cards(self, *, since: date | None = None, until: date | None = None) -> list[InsightCard]:
        """Every insight card, computed over the days from `since` (default: a year ago) to `until`."""
        today = self._today()
        until = until or today
        since = since or until - timedelta(days=365)
        day_means = self._mood.day_means(since=since, until=until)
        channels, feelings = self._interactions(since, until)
        screen_total, screen_by_category = self._screen(since, until)
        out = [
            cards.in_person_card(day_means, channels),
            cards.channel_card(
                day_means, channels, {key: _(label) for key, label in CHANNEL_PHRASES.items()}
            ),
            cards.feeling_card(day_means, feelings),
            cards.screen_card(day_means, screen_total),
        ]
        social = screen_by_category.get("social_media")
        if social:
            out.append(
                cards.screen_card(
                    day_means,
                    social,
                    card_id="screen_social",
                    title=N_("Social media and mood"),
                    what=N_("social media"),
                )
            )
        out.append(cards.boundaries_card(day_means, self._boundaries(since, until)))
        out.append(cards.loneliness_card(self._scores(), self._contact_days(since, until), until))
        by_person, feelings_by_person = self._per_person(until)
        out.append(cards.drift_card(by_person, until))
        out.append(cards.energisers_card(feelings_by_person))
        return out

    # --- gathering -------------------------------------------------------------------------------

    def _interactions(
        self, since: date, until: date
    ) -> tuple[dict[date, set[str]], dict[date, list[int]]]:
        channels: dict[date, set[str]] = defaultdict(set)
        feelings: dict[date, list[int]] = defaultdict(list)
        with self._vault.reading() as db:
            found = reads.interaction_feelings(db, since, until)
        for day, channel, feeling in found:
            channels[day].add(channel)
            if feeling is not None:
                feelings[day].append(feeling)
        return dict(channels), dict(feelings)

    def _contact_days(self, since: date, until: date) -> list[date]:
        with self._vault.reading() as db:
            return reads.contact_days(db, since=since, until=until)

    def _screen(
        self, since: date, until: date
    ) -> tuple[dict[date, float], dict[str, dict[date, float]]]:
        """Per day, the figure that counts (the same rule as ScreenService): what the user
        reported themselves where they did, else the ActivityWatch import; never both."""
        per_source: dict[tuple[date, str], dict[str, float]] = defaultdict(dict)
        with self._vault.reading() as db:
            found = reads.screen_minutes(db, since, until)
        for day, source, category, minutes in found:
            # Several buckets (origins) may add to one day and category.
            figures = per_source[(day, source)]
            figures[category] = figures.get(category, 0.0) + minutes
        totals: dict[date, float] = {}
        by_category: dict[str, dict[date, float]] = defaultdict(dict)
        for day in sorted({d for d, _src in per_source}):
            counted = per_source.get((day, "self_report")) or per_source.get((day, "activitywatch"))
            if not counted:
                continue
            totals[day] = sum(counted.values())
            for category, minutes in counted.items():
                by_category[category][day] = minutes
        return totals, dict(by_category)

    def _boundaries(self, since: date, until: date) -> dict[date, float]:
        shares: dict[date, list[float]] = defaultdict(list)
        with self._vault.reading() as db:
            found = reads.boundary_results(db, since, until)
        for day, result in found:
            shares[day].append(KEPT_SHARE.get(result, 0.0))
        return {day: sum(v) / len(v) for day, v in shares.items()}

    def _scores(self) -> dict[str, list[tuple[date, float]]]:
        loneliness, network = cards.SCORE_SCALES
        names = {"ucla3": loneliness, "lsns6": network}
        out: dict[str, list[tuple[date, float]]] = {}
        day_end = self._day_end()
        with self._vault.reading() as db:
            found = reads.checkin_totals(db, list(names))
        for instrument, taken_at, total in found:
            out.setdefault(names[instrument], []).append(
                (self._local_day(taken_at, day_end), float(total))
            )
        return out

    def _per_person(self, until: date) -> tuple[dict[str, list[date]], dict[str, list[int]]]:
        since = until - timedelta(days=91 * 5)
        days: dict[str, list[date]] = defaultdict(list)
        feelings: dict[str, list[int]] = defaultdict(list)
        with self._vault.reading() as db:
            found = reads.contacts_by_name(db, since)
        for name, day, feeling in found:
            days[name].append(day)
            if feeling is not None:
                feelings[name].append(feeling)
        return dict(days), dict(feelings)
