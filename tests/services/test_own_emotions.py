"""The person's own feelings over a real vault: added, offered, logged, filtered, renamed on past
entries in one transaction, and taken off the list without losing what was logged."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from companion.domain.errors import InvalidInput
from companion.services.mood import EMOTIONS, MoodFilter, MoodInput, check_emotions

BERLIN = ZoneInfo("Europe/Berlin")


def at(day: int, hour: int = 20) -> datetime:
    return datetime(2026, 11, day, hour, 0, tzinfo=BERLIN)


def test_a_built_in_list_only_until_the_person_adds_to_it(companion) -> None:
    assert companion.mood.own_emotions() == []
    assert companion.mood.emotions() == EMOTIONS
    with pytest.raises(InvalidInput, match="feelings to choose from"):
        companion.mood.log(MoodInput(level=3, emotions=["proud"], when=at(10)))
    assert companion.mood.add_emotion("  Proud ") == "Proud"
    assert companion.mood.add_emotion("a bit  wistful") == "a bit wistful"
    assert companion.mood.emotions() == (*EMOTIONS, "Proud", "a bit wistful")
    for clash in ("proud", "CALM", "   "):
        with pytest.raises(InvalidInput):
            companion.mood.add_emotion(clash)
    with pytest.raises(InvalidInput, match="too long"):
        companion.mood.add_emotion("x" * 41)
    assert companion.mood.own_emotions() == ["Proud", "a bit wistful"]


def test_own_feelings_are_logged_as_spelled_and_filtered(companion) -> None:
    companion.mood.add_emotion("Proud")
    first = companion.mood.log(MoodInput(level=4, emotions=["proud", "Calm"], when=at(10)))
    companion.mood.log(MoodInput(level=2, emotions=["sad"], when=at(11)))
    assert companion.mood.get(first).emotions == ("Proud", "calm")
    found = companion.mood.entries(filter=MoodFilter(emotion="Proud"))
    assert [e.id for e in found] == [first]
    assert companion.mood.day_means(filter=MoodFilter(emotion="proud")) == {at(10).date(): 4.0}


def test_renaming_follows_onto_past_entries(companion) -> None:
    companion.mood.add_emotion("Proud")
    companion.mood.add_emotion("Restless")
    one = companion.mood.log(MoodInput(level=4, emotions=["Proud", "calm"], when=at(10)))
    two = companion.mood.log(MoodInput(level=3, emotions=["calm"], when=at(11)))
    seen = []
    companion.changes.subscribe(lambda c: seen.append(c.kinds))
    assert companion.mood.rename_emotion("proud", "Chuffed") == "Chuffed"
    assert companion.mood.own_emotions() == ["Chuffed", "Restless"]
    assert companion.mood.get(one).emotions == ("Chuffed", "calm")
    assert companion.mood.get(two).emotions == ("calm",)
    assert any("mood" in kinds for kinds in seen)
    # A change of case only is a rename too; a name already taken is refused and nothing moves.
    companion.mood.rename_emotion("Chuffed", "chuffed")
    assert companion.mood.get(one).emotions == ("chuffed", "calm")
    for taken in ("restless", "tired"):
        with pytest.raises(InvalidInput, match="already"):
            companion.mood.rename_emotion("chuffed", taken)
    assert companion.mood.get(one).emotions == ("chuffed", "calm")
    with pytest.raises(InvalidInput, match="built-in"):
        companion.mood.rename_emotion("calm", "serene")
    with pytest.raises(InvalidInput, match="isn't one of your own"):
        companion.mood.rename_emotion("nothing like it", "x")


def test_taking_one_off_the_list_keeps_past_entries_readable_and_editable(companion) -> None:
    companion.mood.add_emotion("Proud")
    entry = companion.mood.log(MoodInput(level=4, emotions=["Proud"], note="done", when=at(10)))
    assert companion.mood.retired_emotions() == []
    companion.mood.remove_emotion("proud")
    assert companion.mood.own_emotions() == []
    assert companion.mood.retired_emotions() == ["Proud"]
    assert companion.mood.get(entry).emotions == ("Proud",)
    assert [e.id for e in companion.mood.entries(filter=MoodFilter(emotion="Proud"))] == [entry]
    # Editing that entry keeps it; a new entry can't have it any more.
    companion.mood.update(entry, MoodInput(level=5, emotions=["Proud", "calm"], note="done"))
    assert companion.mood.get(entry).emotions == ("Proud", "calm")
    with pytest.raises(InvalidInput):
        companion.mood.log(MoodInput(level=4, emotions=["Proud"], when=at(11)))
    with pytest.raises(InvalidInput, match="built-in"):
        companion.mood.remove_emotion("calm")


def test_the_setting_refuses_lists_that_would_read_twice(companion) -> None:
    for bad in (["a", "A"], [" a"], [""], [3], ["x" * 41]):
        with pytest.raises(InvalidInput):
            companion.settings.set("mood.own_emotions", bad)
    assert check_emotions(["PROUD", "calm", "proud"], ["Proud"]) == ["Proud", "calm"]
