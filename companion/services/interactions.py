"""Interactions: the times the user and their people were in touch. Logging one resets cadences."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from companion.domain.errors import InvalidInput
from companion.domain.i18n import _
from companion.services.base import Service
from companion.services.removal import Removed, removed
from companion.storage import reads

if TYPE_CHECKING:
    from sqlmodel import Session

CHANNELS = ("in_person", "call", "video", "message", "social_media", "letter", "other")
CHANNEL_LABELS = {
    "in_person": "In person",
    "call": "Call",
    "video": "Video call",
    "message": "Message",
    "social_media": "Social media",
    "letter": "Letter",
    "other": "Other",
}
INITIATORS = ("me", "them", "both")
FEELINGS = {1: "Draining", 2: "A bit draining", 3: "Neutral", 4: "Good", 5: "Energising"}


@dataclass(frozen=True)
class InteractionView:
    id: int
    occurred_at: datetime
    local_day: date
    channel: str
    initiated_by: str
    feeling: int | None
    note: str
    people: tuple[tuple[int, str], ...]  # (person id, name)


class InteractionService(Service):
    def log(
        self,
        people: Sequence[int],
        *,
        when: datetime | None = None,
        channel: str = "message",
        initiated_by: str = "me",
        feeling: int | None = None,
        note: str = "",
    ) -> int:
        """Record one interaction with one or several people; it counts as contact for each."""
        from companion.storage.models import Interaction, InteractionPerson

        ids = self._check(people, channel, initiated_by, feeling)
        now = self._now()
        when = self._check_when(when or now, now)
        with self._vault.session() as s:
            self._check_people(s, ids)
            row = Interaction(
                occurred_at=when,
                local_day=self._local_day(when, session=s),
                channel=channel,
                initiated_by=initiated_by,
                feeling=feeling,
                note=note.strip(),
                created_at=now,
            )
            s.add(row)
            s.flush()
            assert row.id is not None
            for pid in ids:
                s.add(InteractionPerson(interaction_id=row.id, person_id=pid))
            new_id = row.id
        self._notify("interactions", "people")
        return new_id

    def update(
        self,
        interaction_id: int,
        people: Sequence[int],
        *,
        when: datetime,
        channel: str,
        initiated_by: str,
        feeling: int | None,
        note: str,
    ) -> None:
        """Correct an interaction: who, when, how and the note. Last contact follows (the
        triggers in companion/storage/migrations.py recompute it for everyone involved before and after)."""
        from sqlmodel import select

        from companion.storage.models import Interaction, InteractionPerson

        ids = self._check(people, channel, initiated_by, feeling)
        now = self._now()
        when = self._check_when(when, now)
        with self._vault.session() as s:
            row = s.get(Interaction, interaction_id)
            if row is None:
                raise InvalidInput(_("That interaction is no longer there."))
            self._check_people(s, ids)
            row.occurred_at = when
            row.local_day = self._local_day(when, session=s)
            row.channel = channel
            row.initiated_by = initiated_by
            row.feeling = feeling
            row.note = note.strip()
            s.add(row)
            links = s.exec(
                select(InteractionPerson).where(InteractionPerson.interaction_id == interaction_id)
            ).all()
            had = {link.person_id for link in links}
            for link in links:
                if link.person_id not in ids:
                    s.delete(link)
            for pid in ids:
                if pid not in had:
                    s.add(InteractionPerson(interaction_id=interaction_id, person_id=pid))
        self._notify("interactions", "people")

    def get(self, interaction_id: int) -> InteractionView:
        with self._vault.reading() as db:
            when = reads.interaction_time(db, interaction_id)
        if when is None:
            raise InvalidInput(_("That interaction is no longer there."))
        for view in self.history(since=when, until=when + timedelta(microseconds=1)):
            if view.id == interaction_id:
                return view
        raise InvalidInput(_("That interaction is no longer there."))

    def delete(self, interaction_id: int) -> Removed:
        """Remove an interaction; what is returned puts it back (`restore`) while it is kept."""
        from sqlmodel import select

        from companion.storage.models import Interaction, InteractionPerson

        with self._vault.session() as s:
            row = s.get(Interaction, interaction_id)
            if row is None:
                raise InvalidInput(_("That interaction is no longer there."))
            links = s.exec(
                select(InteractionPerson).where(InteractionPerson.interaction_id == interaction_id)
            ).all()
            gone = removed(
                ("interactions", "people"), [row], [(link, "interaction_id") for link in links]
            )
            s.delete(row)
        self._notify("interactions", "people")
        return gone

    @staticmethod
    def _check(
        people: Sequence[int], channel: str, initiated_by: str, feeling: int | None
    ) -> list[int]:
        ids = sorted(set(people))
        if not ids:
            raise InvalidInput(_("Choose at least one person you were in touch with."))
        if channel not in CHANNELS:
            raise InvalidInput(_("Unknown channel: {channel}.").format(channel=channel))
        if initiated_by not in INITIATORS:
            raise InvalidInput(
                _("Unknown value for who reached out: {value}.").format(value=initiated_by)
            )
        if feeling is not None and feeling not in FEELINGS:
            raise InvalidInput(_("How it felt is a step from 1 (draining) to 5 (energising)."))
        return ids

    @staticmethod
    def _check_when(when: datetime, now: datetime) -> datetime:
        if when.tzinfo is None:
            raise InvalidInput(_("The time of an interaction needs a time zone."))
        if when > now + timedelta(minutes=5):
            raise InvalidInput(
                _("That time is in the future. You can log things that have happened.")
            )
        return when

    @staticmethod
    def _check_people(s: Session, ids: Sequence[int]) -> None:
        from sqlmodel import col, select

        from companion.storage.models import Person

        found = set(s.exec(select(Person.id).where(col(Person.id).in_(ids))).all())
        if any(i not in found for i in ids):
            raise InvalidInput(_("Someone in this interaction is no longer in Companion."))

    def history(
        self,
        *,
        person_id: int | None = None,
        since: datetime | None = None,
        until: datetime | None = None,
        limit: int | None = None,
    ) -> list[InteractionView]:
        """Newest first."""
        with self._vault.reading() as db:
            rows, who = reads.interactions(
                db, person_id=person_id, since=since, until=until, limit=limit
            )
        return [
            InteractionView(
                id=r.id,
                occurred_at=r.occurred_at,
                local_day=r.local_day,
                channel=r.channel,
                initiated_by=r.initiated_by,
                feeling=r.feeling,
                note=r.note,
                people=tuple(who.get(r.id, ())),
            )
            for r in rows
        ]

    def contact_days(
        self, *, person_id: int | None = None, since: date | None = None
    ) -> list[date]:
        """Local days with at least one interaction, oldest first (for charts and safety rules)."""
        with self._vault.reading() as db:
            return reads.contact_days(db, since=since, person_id=person_id)

    def weekly_counts(self, person_id: int, *, weeks: int = 52) -> list[tuple[date, int]]:
        """Interactions per week (weeks start on Monday) over the last `weeks`, oldest first."""
        today = self._today()
        start = today - timedelta(days=today.weekday()) - timedelta(weeks=weeks - 1)
        counts = {start + timedelta(weeks=i): 0 for i in range(weeks)}
        for day in self._days_with_counts(person_id, start):
            monday = day - timedelta(days=day.weekday())
            if monday in counts:
                counts[monday] += 1
        return sorted(counts.items())

    def _days_with_counts(self, person_id: int, start: date) -> list[date]:
        with self._vault.reading() as db:
            return reads.person_contact_days(db, person_id, start)
