"""Fixtures for the data-ownership tests: a profile holding a little of every kind of record."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from companion.clock import FakeClock
from companion.facade import Companion
from companion.keystore import NoKeyStore

PASSPHRASE = "a long passphrase"
NOW = datetime(2026, 3, 14, 9, 30, tzinfo=UTC)


def add_every_kind(companion: Companion) -> None:
    """Rows in every table, with the awkward values an export must carry: bytes, floats, lists,
    nulls, non-ASCII text and times that are not midnight UTC."""
    from companion.models import (
        AssessmentDraft,
        AssessmentResult,
        Boundary,
        BoundaryCheck,
        ContactMethod,
        Interaction,
        InteractionPerson,
        JournalEntry,
        MoodEntry,
        MoodPerson,
        MoodTag,
        NudgeRecord,
        Person,
        PersonTag,
        Reflection,
        ScreenTimeEntry,
        Setting,
        Tag,
    )

    day = date(2026, 3, 13)
    with companion.vault.session() as s:
        zoe = Person(
            name="Zoë Ñúñez",
            circle_id=1,
            cadence_days=10,
            birthday_month=2,
            birthday_day=29,
            notes='línea 1\nline 2, "quoted"',
            photo=bytes(range(256)),
            created_at=NOW,
            updated_at=NOW,
        )
        sam = Person(name="Sam", archived=True, created_at=NOW, updated_at=NOW)
        s.add(zoe)
        s.add(sam)
        s.flush()
        s.add(
            ContactMethod(person_id=zoe.id, kind="phone", label="mobile", value="+44 7700 900123")
        )
        tag = Tag(scope="person", name="school friends")
        mood_tag = Tag(scope="mood", name="walk")
        s.add(tag)
        s.add(mood_tag)
        s.flush()
        s.add(PersonTag(person_id=zoe.id, tag_id=tag.id))
        talk = Interaction(
            occurred_at=datetime(2026, 3, 13, 22, 15, 7, 123456, tzinfo=UTC),
            local_day=day,
            channel="video",
            initiated_by="them",
            feeling=5,
            note="🎉 long call",
            created_at=NOW,
        )
        s.add(talk)
        mood = MoodEntry(
            logged_at=NOW,
            local_day=day,
            level=2,
            energy=3,
            emotions=["tired", "hopeful"],
            note="",
            source="daylio",
            fingerprint="abc123",
            created_at=NOW,
        )
        s.add(mood)
        s.flush()
        s.add(InteractionPerson(interaction_id=talk.id, person_id=zoe.id))
        s.add(InteractionPerson(interaction_id=talk.id, person_id=sam.id))
        s.add(MoodTag(mood_entry_id=mood.id, tag_id=mood_tag.id))
        s.add(MoodPerson(mood_entry_id=mood.id, person_id=zoe.id))
        s.add(
            JournalEntry(
                written_at=NOW, local_day=day, prompt_id="p1", prompt="What helped?", text="A walk."
            )
        )
        s.add(
            AssessmentResult(
                instrument="who5",
                taken_at=NOW,
                answers=[3, 4, 2, 3, 5],
                total=68,
                band="ok",
                flags=[],
            )
        )
        s.add(AssessmentDraft(instrument="phq9", answers=[1, 0], started_at=NOW))
        s.add(ScreenTimeEntry(day=day, category="social", minutes=92.25, source="activitywatch"))
        boundary = Boundary(
            title="No phone at dinner",
            starts_at="18:30",
            ends_at="19:30",
            weekdays=[0, 2, 4],
            created_at=NOW,
        )
        s.add(boundary)
        s.flush()
        s.add(BoundaryCheck(boundary_id=boundary.id, day=day, result="partly", note="mostly"))
        s.add(
            Reflection(
                answered_at=NOW,
                local_day=day,
                prompt_id="r1",
                prompt="Who made you smile?",
                answer="Zoë",
            )
        )
        s.add(
            NudgeRecord(
                kind="reach_out",
                key="person:1",
                person_id=zoe.id,
                shown_at=NOW,
                action="snoozed",
                snooze_until=datetime(2026, 3, 15, 8, 0, tzinfo=UTC),
            )
        )
        s.add(Setting(key="backup.keep", value=3))


def tables_of(companion: Companion) -> dict[str, list[dict[str, object]]]:
    from companion.export import export_document

    return export_document(companion)["tables"]


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(NOW)


@pytest.fixture
def filled(
    tmp_path: Path, clock: FakeClock
) -> tuple[Path, str, dict[str, list[dict[str, object]]]]:
    """A closed profile with every kind of record: (folder, recovery code, its tables)."""
    root = tmp_path / "profile"
    companion, code = Companion.create(root, PASSPHRASE, keystore=NoKeyStore(), clock=clock)
    with companion:
        add_every_kind(companion)
        expected = tables_of(companion)
    return root, code, expected
