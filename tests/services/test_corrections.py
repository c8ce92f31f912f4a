"""Every record can be corrected: edits and deletes in the core, each announced as a change, and a
delete's Undo putting back exactly what was there (content, time, links, id), with last contact
following an interaction's delete and its undo."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlmodel import select

from companion.domain.errors import InvalidInput
from companion.services.boundaries import BoundaryInput
from companion.services.mood import MoodInput
from companion.services.people import PersonInput
from companion.storage.models import (
    AssessmentResult,
    BoundaryCheck,
    Interaction,
    InteractionPerson,
    JournalEntry,
    LastContact,
    MoodEntry,
    MoodPerson,
    MoodTag,
    Reflection,
    ScreenTimeEntry,
)

BERLIN = ZoneInfo("Europe/Berlin")
AGGREGATE = (
    "SELECT ip.person_id, max(i.occurred_at) FROM interactionperson ip "
    "JOIN interaction i ON i.id = ip.interaction_id GROUP BY ip.person_id"
)


def rows(companion, model) -> list[dict]:
    with companion.vault.session() as s:
        return sorted(
            (r.model_dump() for r in s.exec(select(model)).all()),
            key=lambda v: tuple(str(x) for x in v.values()),
        )


def last_contact(companion) -> dict[int, datetime]:
    with companion.vault.session() as s:
        return {r.person_id: r.occurred_at for r in s.exec(select(LastContact)).all()}


def aggregate(companion) -> dict[int, str]:
    got = companion.vault.raw_pragma(AGGREGATE)
    return {pid: at for pid, at in got}


def changes_of(companion) -> list[frozenset[str]]:
    seen: list[frozenset[str]] = []
    companion.changes.subscribe(lambda c: seen.append(c.kinds))
    return seen


def test_interaction_update_corrects_everything_and_last_contact_follows(companion, clock):
    sam = companion.people.add(PersonInput(name="Sam"))
    ana = companion.people.add(PersonInput(name="Ana"))
    early = clock.now() - timedelta(days=10)
    first = companion.interactions.log([sam], when=early, channel="call")
    latest = companion.interactions.log([sam], when=clock.now() - timedelta(days=1))
    seen = changes_of(companion)
    when = clock.now() - timedelta(days=20)
    companion.interactions.update(
        latest, [ana], when=when, channel="video", initiated_by="them", feeling=5, note=" tea "
    )
    view = companion.interactions.get(latest)
    assert (view.occurred_at, view.channel, view.initiated_by, view.feeling, view.note) == (
        when,
        "video",
        "them",
        5,
        "tea",
    )
    assert view.people == ((ana, "Ana"),)
    assert seen == [frozenset({"interactions", "people"})]
    contact = last_contact(companion)
    assert contact[sam] == early and contact[ana] == when
    assert first != latest
    with pytest.raises(InvalidInput):
        companion.interactions.update(
            latest, [], when=when, channel="call", initiated_by="me", feeling=None, note=""
        )
    with pytest.raises(InvalidInput):
        companion.interactions.update(
            latest,
            [sam],
            when=clock.now() + timedelta(days=1),
            channel="call",
            initiated_by="me",
            feeling=None,
            note="",
        )


def test_interaction_delete_and_undo_keep_last_contact_right(companion, clock):
    sam = companion.people.add(PersonInput(name="Sam"))
    ana = companion.people.add(PersonInput(name="Ana"))
    old = companion.interactions.log([sam], when=clock.now() - timedelta(days=30))
    new = companion.interactions.log(
        [sam, ana], when=clock.now() - timedelta(days=2), feeling=4, note="lunch"
    )
    before = (rows(companion, Interaction), rows(companion, InteractionPerson))
    contact_before = last_contact(companion)
    seen = changes_of(companion)
    gone = companion.interactions.delete(new)
    assert seen == [frozenset({"interactions", "people"})]
    contact = last_contact(companion)
    assert contact[sam] == clock.now() - timedelta(days=30) and ana not in contact
    assert len(aggregate(companion)) == len(contact)
    assert companion.interactions.restore(gone) == new
    assert (rows(companion, Interaction), rows(companion, InteractionPerson)) == before
    assert last_contact(companion) == contact_before
    assert seen[-1] == frozenset({"interactions", "people"})
    assert old in {i.id for i in companion.interactions.history()}


def test_undo_after_the_id_was_taken_restores_under_a_new_id(companion, clock):
    sam = companion.people.add(PersonInput(name="Sam"))
    first = companion.mood.log(MoodInput(level=2, tags=["walk"], people=[sam], note="grey"))
    gone = companion.mood.delete(first)
    again = companion.mood.log(MoodInput(level=5))
    assert again == first  # SQLite reuses the highest id
    restored = companion.mood.restore(gone)
    assert restored != first
    view = companion.mood.get(restored)
    assert (view.level, view.note, list(view.tags), [n for _i, n in view.people]) == (
        2,
        "grey",
        ["walk"],
        ["Sam"],
    )
    assert companion.mood.get(again).level == 5


def test_mood_delete_and_undo_restore_exactly(companion, clock):
    sam = companion.people.add(PersonInput(name="Sam"))
    when = clock.now() - timedelta(days=3, hours=2)
    entry = companion.mood.log(
        MoodInput(
            level=4, energy=2, emotions=["calm"], tags=["walk"], people=[sam], note="ok", when=when
        )
    )
    before = [rows(companion, m) for m in (MoodEntry, MoodTag, MoodPerson)]
    gone = companion.mood.delete(entry)
    assert rows(companion, MoodEntry) == [] and rows(companion, MoodTag) == []
    companion.mood.restore(gone)
    assert [rows(companion, m) for m in (MoodEntry, MoodTag, MoodPerson)] == before
    assert companion.mood.get(entry).logged_at == when


def test_journal_reflection_and_checkin_delete_and_undo(companion, clock):
    journal = companion.journal.write("A good walk.")
    reflection_prompt = companion.reflections.offer()
    reflection = companion.reflections.answer(reflection_prompt.id, "Less scrolling.")
    result = companion.checkins.save("who5", [3, 3, 3, 3, 3])
    for service, record, model, kind in (
        (companion.journal, journal, JournalEntry, "journal"),
        (companion.reflections, reflection, Reflection, "reflections"),
        (companion.checkins, result.id, AssessmentResult, "assessments"),
    ):
        before = rows(companion, model)
        seen = changes_of(companion)
        gone = service.delete(record)
        assert rows(companion, model) == [] and kind in seen[-1]
        service.restore(gone)
        assert rows(companion, model) == before and kind in seen[-1]
    companion.journal.update(journal, "A long walk.")
    assert companion.journal.get(journal).text == "A long walk."
    companion.reflections.update(reflection, "Much less scrolling.")
    assert companion.reflections.answered_on(clock.now().date())[0].answer == (
        "Much less scrolling."
    )


def test_screen_time_day_edit_delete_and_undo(companion, clock):
    day = clock.now().date() - timedelta(days=1)
    companion.screen.report(day, {"social_media": 45, "video": 30})
    before = rows(companion, ScreenTimeEntry)
    seen = changes_of(companion)
    companion.screen.report(day, {"social_media": 20})  # the correction
    assert dict(companion.screen.day(day).self_report) == {"social_media": 20}
    companion.screen.report(day, {"social_media": 45, "video": 30})
    before = rows(companion, ScreenTimeEntry)
    gone = companion.screen.delete_day(day)
    assert companion.screen.day(day).source is None
    assert seen[-1] == frozenset({"screen"})
    companion.screen.restore(gone)
    assert rows(companion, ScreenTimeEntry) == before
    with pytest.raises(InvalidInput):
        companion.screen.delete_day(day - timedelta(days=3))


def test_boundary_check_edit_delete_and_undo(companion, clock):
    boundary = companion.boundaries.add(BoundaryInput(title="Phone-free dinner"))
    day = clock.now().date()
    companion.boundaries.check_in(boundary, day, "partly", "late call")
    companion.boundaries.update_check(boundary, day, "kept", "")
    assert companion.boundaries.checks_on(day)[boundary].result == "kept"
    before = rows(companion, BoundaryCheck)
    seen = changes_of(companion)
    gone = companion.boundaries.clear_check(boundary, day)
    assert gone is not None and companion.boundaries.checks_on(day) == {}
    assert seen[-1] == frozenset({"boundaries", "screen"})
    companion.boundaries.restore(gone)
    assert rows(companion, BoundaryCheck) == before
    assert [c.day for c in companion.boundaries.checks_between(day, day)] == [day]
    with pytest.raises(InvalidInput):
        companion.boundaries.update_check(boundary, date(2026, 1, 1), "kept")


def test_undo_that_cannot_go_back_says_so_plainly(companion, clock):
    boundary = companion.boundaries.add(BoundaryInput(title="No phone in bed"))
    day = clock.now().date()
    companion.boundaries.check_in(boundary, day, "kept")
    gone = companion.boundaries.clear_check(boundary, day)
    companion.boundaries.delete(boundary)
    with pytest.raises(InvalidInput, match="can't go back"):
        companion.boundaries.restore(gone)
