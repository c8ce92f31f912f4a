"""Journal service over a real vault: the shipped prompts, rotation without repeats, answers as
journal entries, and the one searchable list of journal entries and mood notes."""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from companion.domain.errors import InvalidInput
from companion.services.journal import THEMES, shipped_prompts
from companion.services.mood import MoodInput

BERLIN = ZoneInfo("Europe/Berlin")


def test_shipped_prompts_cover_three_themes_with_unique_ids() -> None:
    prompts = shipped_prompts()
    assert len(prompts) == 30
    assert Counter(p.theme for p in prompts) == {t: 10 for t in THEMES}
    assert len({p.id for p in prompts}) == 30
    assert all(p.text.strip().endswith(("?", ".")) for p in prompts)


def test_prompts_by_theme(companion) -> None:
    gratitude = companion.journal.prompts("gratitude")
    assert len(gratitude) == 10 and {p.theme for p in gratitude} == {"gratitude"}
    with pytest.raises(InvalidInput):
        companion.journal.prompts("anger")


def test_prompts_rotate_and_recent_ones_are_not_repeated(companion, clock) -> None:
    offered = []
    for _ in range(30):
        prompt = companion.journal.next_prompt()
        offered.append(prompt.id)
        companion.journal.write(f"answer to {prompt.id}", prompt_id=prompt.id)
        clock.advance(hours=1)
    # Every prompt once before any comes back, themes mixed from the start.
    assert len(set(offered)) == 30
    assert offered[:3] == ["connection-01", "gratitude-01", "self_compassion-01"]
    # Then the one answered longest ago.
    assert companion.journal.next_prompt().id == offered[0]


def test_rotation_within_a_theme_and_skipping(companion, clock) -> None:
    first = companion.journal.next_prompt(theme="self_compassion")
    assert first.id == "self_compassion-01"
    # "Another one, please": the skipped prompt isn't offered again right away.
    second = companion.journal.next_prompt(theme="self_compassion", skip={first.id})
    assert second.id == "self_compassion-02"
    companion.journal.write("kinder words", prompt_id=second.id)
    assert companion.journal.next_prompt(theme="self_compassion").id == "self_compassion-01"
    everything = {p.id for p in companion.journal.prompts("self_compassion")}
    # Skipping all of them starts over rather than offering nothing.
    assert companion.journal.next_prompt(theme="self_compassion", skip=everything).id == (
        "self_compassion-01"
    )


def test_an_answer_becomes_a_journal_entry_with_its_prompt(companion) -> None:
    entry_id = companion.journal.write("  My sister called.  ", prompt_id="connection-01")
    item = companion.journal.get(entry_id)
    assert item.kind == "journal"
    assert item.text == "My sister called."
    assert item.prompt_id == "connection-01"
    assert item.prompt == "Who made you smile recently, even a little? What did they do?"
    assert item.local_day == date(2026, 11, 21)
    assert companion.counts()["journal_entries"] == 1


def test_free_writing_edit_and_delete(companion) -> None:
    entry_id = companion.journal.write("Just thinking.")
    assert companion.journal.get(entry_id).prompt_id == ""
    companion.journal.update(entry_id, "Just thinking, and feeling better.")
    assert companion.journal.get(entry_id).text == "Just thinking, and feeling better."
    companion.journal.delete(entry_id)
    assert companion.counts()["journal_entries"] == 0
    with pytest.raises(InvalidInput):
        companion.journal.get(entry_id)


def test_refused_input_writes_nothing(companion, clock) -> None:
    with pytest.raises(InvalidInput):
        companion.journal.write("   ")
    with pytest.raises(InvalidInput):
        companion.journal.write("text", prompt_id="no-such-prompt")
    with pytest.raises(InvalidInput, match="future"):
        companion.journal.write("text", when=clock.now() + timedelta(days=1))
    assert companion.counts()["journal_entries"] == 0


def test_timeline_mixes_journal_and_mood_notes_newest_first(companion) -> None:
    companion.mood.log(
        MoodInput(level=2, note="Ärger im Büro", when=datetime(2026, 11, 19, 9, tzinfo=BERLIN))
    )
    companion.mood.log(
        MoodInput(level=4, when=datetime(2026, 11, 19, 12, tzinfo=BERLIN))
    )  # no note
    j1 = companion.journal.write("Coffee with Ana", when=datetime(2026, 11, 20, 8, tzinfo=BERLIN))
    m2 = companion.mood.log(MoodInput(level=5, note="A lovely walk with ana"))
    j2 = companion.journal.write(
        "Grateful for the rain",
        prompt_id="gratitude-01",
        when=datetime(2026, 11, 18, 7, tzinfo=BERLIN),
    )
    items = companion.journal.timeline()
    assert [(i.kind, i.text) for i in items] == [
        ("mood", "A lovely walk with ana"),
        ("journal", "Coffee with Ana"),
        ("mood", "Ärger im Büro"),
        ("journal", "Grateful for the rain"),
    ]
    assert items[0].id == m2 and items[0].mood_level == 5 and items[0].mood_label == "great"
    assert items[1].id == j1
    # Search ignores case, also beyond ASCII, and looks in the prompt too.
    assert [i.text for i in companion.journal.timeline(search="ANA")] == [
        "A lovely walk with ana",
        "Coffee with Ana",
    ]
    assert [i.text for i in companion.journal.timeline(search="ärger")] == ["Ärger im Büro"]
    assert [i.id for i in companion.journal.timeline(search="remember")] == [j2]
    assert [
        i.text
        for i in companion.journal.timeline(since=date(2026, 11, 19), until=date(2026, 11, 20))
    ] == [
        "Coffee with Ana",
        "Ärger im Büro",
    ]
    assert len(companion.journal.timeline(limit=1)) == 1
