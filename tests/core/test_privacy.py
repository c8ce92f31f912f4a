"""Nothing personal reaches the disk in the clear: a canary written into every text column is
found in no file of the profile or the test's temp folder, in any common encoding."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import String, Text

from companion.facade import Companion
from companion.storage.engine import SQLITE_PLAIN_HEADER
from companion.storage.models import (
    AssessmentDraft,
    AssessmentResult,
    Boundary,
    BoundaryCheck,
    Circle,
    ContactMethod,
    Interaction,
    InteractionPerson,
    JournalEntry,
    MoodEntry,
    MoodPerson,
    MoodTag,
    NudgeRecord,
    Person,
    PersonDate,
    PersonTag,
    Reflection,
    RelatedName,
    ScreenTimeEntry,
    Setting,
    Tag,
)
from companion.vault.keystore import NoKeyStore
from tests.helpers import D0, T0

CANARY = "CANARY-7f3a9c"


def _encodings(text: str) -> list[bytes]:
    return [text.encode("utf-8"), text.encode("utf-16-le"), text.encode("utf-16-be")]


def _files_with(folder: Path, needles: list[bytes]) -> list[str]:
    found = []
    for path in folder.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            found.extend(f"{path} ({needle!r})" for needle in needles if needle in data)
    return found


def _store_canaries(companion: Companion) -> None:
    c = CANARY
    with companion.vault.session() as s:
        circle = Circle(name=f"{c} circle", position=9, default_cadence_days=30, size_hint=5)
        s.add(circle)
        s.flush()
        person = Person(
            name=f"{c} name",
            notes=f"{c} notes",
            circle_id=circle.id,
            photo=c.encode(),
            created_at=T0,
            updated_at=T0,
            nickname=f"{c} nickname",
        )
        s.add(person)
        s.flush()
        s.add(PersonDate(person_id=person.id, kind="custom", label=f"{c} date", month=6, day=1))
        s.add(RelatedName(person_id=person.id, label=f"{c} relation", name=f"{c} relative"))
        s.add(
            ContactMethod(person_id=person.id, kind="email", label=f"{c} label", value=f"{c}@x.org")
        )
        person_tag = Tag(scope="person", name=f"{c} tag")
        mood_tag = Tag(scope="mood", name=f"{c} mood tag")
        s.add_all([person_tag, mood_tag])
        s.flush()
        s.add(PersonTag(person_id=person.id, tag_id=person_tag.id))
        meeting = Interaction(
            occurred_at=T0, local_day=D0, channel="call", note=f"{c} interaction", created_at=T0
        )
        s.add(meeting)
        s.flush()
        s.add(InteractionPerson(interaction_id=meeting.id, person_id=person.id))
        mood = MoodEntry(
            logged_at=T0,
            local_day=D0,
            level=3,
            emotions=[f"{c} emotion"],
            note=f"{c} mood note",
            fingerprint=f"{c} fingerprint",
            created_at=T0,
        )
        s.add(mood)
        s.flush()
        s.add(MoodTag(mood_entry_id=mood.id, tag_id=mood_tag.id))
        s.add(MoodPerson(mood_entry_id=mood.id, person_id=person.id))
        s.add(
            JournalEntry(
                written_at=T0,
                local_day=D0,
                prompt_id="j",
                prompt=f"{c} prompt",
                text=f"{c} journal",
            )
        )
        s.add(
            AssessmentResult(
                instrument="phq9",
                taken_at=T0,
                answers=[1] * 9,
                total=9,
                band=f"{c} band",
                flags=[f"{c} flag"],
            )
        )
        s.add(AssessmentDraft(instrument=f"{c} draft", answers=[2, 2], started_at=T0))
        s.add(ScreenTimeEntry(day=D0, category=f"{c} category", minutes=12.0, origin=f"{c} origin"))
        rule = Boundary(title=f"{c} boundary", category=f"{c} b-category", created_at=T0)
        s.add(rule)
        s.flush()
        s.add(BoundaryCheck(boundary_id=rule.id, day=D0, result="kept", note=f"{c} check note"))
        s.add(
            Reflection(
                answered_at=T0,
                local_day=D0,
                prompt_id="r",
                prompt=f"{c} r-prompt",
                answer=f"{c} reflection",
            )
        )
        s.add(NudgeRecord(kind="reach_out", key=f"{c} key", person_id=person.id, shown_at=T0))
        s.add(Setting(key="backup.folder", value=f"/home/{c}/backups"))
    companion.settings.set("mood.labels", [f"{c} 1", "bad", "meh", "good", "great"])


def _text_columns_without_canary(companion: Companion) -> list[str]:
    """Every text column of every table must hold the canary somewhere (so none was missed)."""
    from sqlmodel import SQLModel

    missing = []
    with companion.vault.engine.connect() as conn:
        for table in SQLModel.metadata.sorted_tables:
            for column in table.columns:
                if isinstance(column.type, (String, Text)) or column.type.__class__.__name__ in (
                    "JSONText",
                    "AutoString",
                ):
                    if column.name.endswith(("_at", "_day")) or column.name in ("day",):
                        continue
                    hit = conn.exec_driver_sql(
                        f'SELECT count(*) FROM "{table.name}" WHERE "{column.name}" LIKE ?',
                        (f"%{CANARY}%",),
                    ).scalar_one()
                    if not hit:
                        missing.append(f"{table.name}.{column.name}")
    return missing


@pytest.mark.parametrize("checkpoint_before_close", [True, False])
def test_canary_never_on_disk_in_the_clear(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, checkpoint_before_close: bool
) -> None:
    scratch = tmp_path / "tmpdir"
    scratch.mkdir()
    monkeypatch.setenv("TMPDIR", str(scratch))
    profile = tmp_path / "profile"
    needles = _encodings(CANARY)
    companion, _code = Companion.create(profile, "seven blue kites", keystore=NoKeyStore())
    try:
        _store_canaries(companion)
        # Columns that are fixed vocabularies (kind, channel, result...) may stay canary-free.
        vocab = {
            "contactmethod.kind",
            "persondate.kind",
            "tag.scope",
            "interaction.channel",
            "interaction.initiated_by",
            "moodentry.source",
            "journalentry.prompt_id",
            "assessmentresult.instrument",
            "screentimeentry.source",
            "boundary.template",
            "boundary.starts_at",
            "boundary.ends_at",
            "boundarycheck.result",
            "reflection.prompt_id",
            "nudgerecord.kind",
            "nudgerecord.action",
            "setting.key",
            "boundary.weekdays",
            "assessmentresult.answers",
            "assessmentdraft.answers",
            # The language a check-in was answered in: a language code ("en", "de", "es").
            "assessmentresult.language",
            "assessmentdraft.language",
        }
        assert set(_text_columns_without_canary(companion)) <= vocab
        # While open, the write-ahead log holds the newest pages: it must be ciphertext too.
        assert _files_with(tmp_path, needles) == []
        if checkpoint_before_close:
            companion.vault.checkpoint()
    finally:
        companion.close()
    assert _files_with(tmp_path, needles) == []
    assert not (profile / "companion.db").read_bytes().startswith(SQLITE_PLAIN_HEADER)
    # Reopen, read, delete: still nothing in the clear, and the canary really was stored.
    with Companion.unlock(profile, passphrase="seven blue kites", keystore=NoKeyStore()) as again:
        with again.vault.session() as s:
            person = s.get(Person, 1)
            assert person is not None and person.name == f"{CANARY} name"
            s.delete(person)
        assert _files_with(tmp_path, needles) == []
    assert _files_with(tmp_path, needles) == []
