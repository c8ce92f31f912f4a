"""Mood service over a real vault: logging, back-dating, editing, deleting, filters, and the daily,
rolling and year-in-pixels means checked against values worked out by hand."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlmodel import select

from companion.domain.errors import InvalidInput
from companion.services.mood import EMOTIONS, MoodFilter, MoodInput
from companion.services.people import PersonInput
from companion.storage.models import MoodEntry, MoodPerson, MoodTag, Tag

BERLIN = ZoneInfo("Europe/Berlin")


def at(day: int, hour: int = 20, month: int = 11, year: int = 2026) -> datetime:
    return datetime(year, month, day, hour, 0, tzinfo=BERLIN)


def count(companion, model) -> int:
    with companion.vault.session() as s:
        return len(s.exec(select(model)).all())


def test_emotions_are_a_fixed_set_including_the_issue_examples() -> None:
    for name in (
        "calm",
        "anxious",
        "lonely",
        "grateful",
        "connected",
        "irritable",
        "sad",
        "hopeful",
    ):
        assert name in EMOTIONS
    assert len(set(EMOTIONS)) == len(EMOTIONS)


def test_log_and_read_back_everything(companion) -> None:
    sam = companion.people.add(PersonInput(name="Sam"))
    changes = []
    companion.changes.subscribe(lambda c: changes.append(c.kinds))
    entry_id = companion.mood.log(
        MoodInput(
            level=4,
            energy=2,
            emotions=["Calm", "grateful", "calm"],
            tags=[" long  walk ", "Long walk", "tea"],
            people=[sam],
            note="  A quiet morning.  ",
        )
    )
    view = companion.mood.get(entry_id)
    assert view.level == 4
    assert view.label == "good"
    assert view.energy == 2
    assert view.emotions == ("calm", "grateful")
    assert view.tags == ("long walk", "tea")
    assert view.people == ((sam, "Sam"),)
    assert view.note == "A quiet morning."
    assert view.source == "app"
    assert view.logged_at == datetime(2026, 11, 21, 12, 0, tzinfo=BERLIN)
    assert view.local_day == date(2026, 11, 21)
    assert changes[-1] == frozenset({"mood"})
    assert companion.mood.tags() == ["long walk", "tea"]


def test_several_entries_a_day_newest_first(companion, clock) -> None:
    first = companion.mood.log(MoodInput(level=2, when=at(21, 8)))
    second = companion.mood.log(MoodInput(level=5, when=at(21, 11)))
    third = companion.mood.log(MoodInput(level=3))  # now: 12:00
    assert [v.id for v in companion.mood.entries()] == [third, second, first]
    assert companion.mood.day_means() == {date(2026, 11, 21): pytest.approx(10 / 3)}


def test_labels_follow_the_setting(companion) -> None:
    entry_id = companion.mood.log(MoodInput(level=5))
    companion.settings.set("mood.labels", ["rough", "low", "okay", "fine", "wonderful"])
    assert companion.mood.labels() == ("rough", "low", "okay", "fine", "wonderful")
    assert companion.mood.get(entry_id).label == "wonderful"
    assert companion.mood.label(1) == "rough"


def test_back_dating_is_allowed_but_not_the_future(companion, clock) -> None:
    earlier = companion.mood.log(MoodInput(level=3, when=at(2, 9, month=1)))
    assert companion.mood.get(earlier).local_day == date(2026, 1, 2)
    with pytest.raises(InvalidInput, match="future"):
        companion.mood.log(MoodInput(level=3, when=clock.now() + timedelta(hours=1)))
    with pytest.raises(InvalidInput, match="time zone"):
        companion.mood.log(MoodInput(level=3, when=datetime(2026, 11, 20, 9)))
    assert count(companion, MoodEntry) == 1


def test_local_day_is_the_users_day_not_utc(companion) -> None:
    # 23:30 UTC on the 19th is 00:30 on the 20th in Berlin: with days ending at midnight, the
    # 20th; with the default (04:00), still the 19th as the person lives it.
    entry_id = companion.mood.log(
        MoodInput(level=3, when=datetime(2026, 11, 19, 23, 30, tzinfo=UTC))
    )
    assert companion.mood.get(entry_id).local_day == date(2026, 11, 19)
    companion.settings.set("day.ends_at", "00:00")
    assert companion.mood.get(entry_id).local_day == date(2026, 11, 20)
    # 03:30 UTC on the 20th is 04:30 in Berlin: the 20th either way.
    later = companion.mood.log(MoodInput(level=3, when=datetime(2026, 11, 20, 3, 30, tzinfo=UTC)))
    assert companion.mood.get(later).local_day == date(2026, 11, 20)


@pytest.mark.parametrize(
    "data",
    [
        MoodInput(level=0),
        MoodInput(level=6),
        MoodInput(level=True),  # type: ignore[arg-type]
        MoodInput(level=3, energy=9),
        MoodInput(level=3, emotions=["ecstatic"]),
        MoodInput(level=3, tags=["x" * 61]),
        MoodInput(level=3, people=[999]),
    ],
)
def test_bad_input_is_refused_and_nothing_is_written(companion, data) -> None:
    with pytest.raises(InvalidInput):
        companion.mood.log(data)
    assert count(companion, MoodEntry) == 0
    assert count(companion, MoodTag) == 0


def test_editing_replaces_level_links_and_time(companion) -> None:
    sam = companion.people.add(PersonInput(name="Sam"))
    kim = companion.people.add(PersonInput(name="Kim"))
    entry_id = companion.mood.log(
        MoodInput(level=2, tags=["work"], people=[sam], emotions=["anxious"], when=at(20, 9))
    )
    companion.mood.update(
        entry_id,
        MoodInput(level=4, tags=["walk"], people=[kim], emotions=["hopeful"], note="better"),
    )
    view = companion.mood.get(entry_id)
    # No new time given: the entry keeps the time it was logged for.
    assert (view.level, view.tags, view.people, view.emotions, view.note) == (
        4,
        ("walk",),
        ((kim, "Kim"),),
        ("hopeful",),
        "better",
    )
    assert view.logged_at == at(20, 9)
    companion.mood.update(entry_id, MoodInput(level=4, when=at(3, 9)))
    view = companion.mood.get(entry_id)
    assert view.local_day == date(2026, 11, 3)
    assert view.tags == () and view.people == ()
    with pytest.raises(InvalidInput):
        companion.mood.update(entry_id, MoodInput(level=4, when=at(22, 9)))
    with pytest.raises(InvalidInput, match="no longer there"):
        companion.mood.update(12345, MoodInput(level=1))


def test_deleting_removes_tag_and_people_links(companion) -> None:
    sam = companion.people.add(PersonInput(name="Sam"))
    kept = companion.mood.log(MoodInput(level=3, tags=["walk"], people=[sam]))
    gone = companion.mood.log(MoodInput(level=1, tags=["walk", "rain"], people=[sam]))
    assert (count(companion, MoodTag), count(companion, MoodPerson)) == (3, 2)
    companion.mood.delete(gone)
    assert (count(companion, MoodTag), count(companion, MoodPerson)) == (1, 1)
    with companion.vault.session() as s:
        assert s.exec(select(MoodTag.mood_entry_id)).all() == [kept]
        # The tag stays available for the next entry.
        assert sorted(s.exec(select(Tag.name).where(Tag.scope == "mood")).all()) == ["rain", "walk"]
    assert [v.id for v in companion.mood.entries()] == [kept]
    with pytest.raises(InvalidInput):
        companion.mood.delete(gone)


def test_deleting_a_person_unlinks_them_from_moods(companion) -> None:
    sam = companion.people.add(PersonInput(name="Sam"))
    entry_id = companion.mood.log(MoodInput(level=5, people=[sam]))
    companion.people.delete(sam)
    assert companion.mood.get(entry_id).people == ()
    assert count(companion, MoodPerson) == 0


def _hand_worked_month(companion) -> None:
    log = companion.mood.log
    log(MoodInput(level=2, when=at(1, 9)))
    log(MoodInput(level=4, when=at(1, 21)))  # Nov 1: mean 3
    log(MoodInput(level=4, when=at(2)))  # Nov 2: 4
    log(MoodInput(level=1, when=at(4)))  # Nov 4: 1
    log(MoodInput(level=5, when=at(9)))  # Nov 9: 5


def test_daily_means_and_rolling_means_by_hand(companion) -> None:
    _hand_worked_month(companion)
    days = companion.mood.daily(date(2026, 11, 3), date(2026, 11, 9))
    assert [d.day for d in days] == [date(2026, 11, n) for n in range(3, 10)]
    assert [d.mean for d in days] == [None, 1.0, None, None, None, None, 5.0]
    assert [d.count for d in days] == [0, 1, 0, 0, 0, 0, 1]
    # Rolling: the mean of the day means in the 7 days ending that day.
    expected = [
        (3 + 4) / 2,  # Nov 3: Oct 28 - Nov 3 holds Nov 1 and Nov 2
        (3 + 4 + 1) / 3,  # Nov 4
        (3 + 4 + 1) / 3,  # Nov 5
        (3 + 4 + 1) / 3,  # Nov 6
        (3 + 4 + 1) / 3,  # Nov 7: Nov 1 is still in the window
        (4 + 1) / 2,  # Nov 8: Nov 2 - Nov 8
        (1 + 5) / 2,  # Nov 9: Nov 3 - Nov 9
    ]
    assert [d.rolling_mean for d in days] == [pytest.approx(v) for v in expected]


def test_rolling_mean_is_none_far_from_any_entry(companion) -> None:
    _hand_worked_month(companion)
    # Nov 9 is the last entry: it is in the window up to Nov 15, and gone on Nov 16.
    days = companion.mood.daily(date(2026, 11, 15), date(2026, 11, 16))
    assert [(d.mean, d.rolling_mean) for d in days] == [(None, 5.0), (None, None)]
    with pytest.raises(InvalidInput):
        companion.mood.daily(date(2026, 11, 17), date(2026, 11, 16))


def test_year_in_pixels_holds_only_that_years_days(companion) -> None:
    companion.mood.log(MoodInput(level=1, when=datetime(2025, 12, 31, 22, tzinfo=BERLIN)))
    companion.mood.log(MoodInput(level=5, when=datetime(2026, 1, 1, 10, tzinfo=BERLIN)))
    companion.mood.log(MoodInput(level=2, when=datetime(2026, 1, 1, 18, tzinfo=BERLIN)))
    companion.mood.log(MoodInput(level=4, when=at(21, 9)))
    assert companion.mood.year_in_pixels(2026) == {
        date(2026, 1, 1): 3.5,
        date(2026, 11, 21): 4.0,
    }
    assert companion.mood.year_in_pixels(2025) == {date(2025, 12, 31): 1.0}


def test_filters_by_tag_emotion_and_person(companion) -> None:
    sam = companion.people.add(PersonInput(name="Sam"))
    kim = companion.people.add(PersonInput(name="Kim"))
    log = companion.mood.log
    a = log(MoodInput(level=5, tags=["Walk"], emotions=["connected"], people=[sam], when=at(18)))
    b = log(MoodInput(level=3, tags=["walk", "work"], emotions=["calm"], people=[kim], when=at(19)))
    c = log(MoodInput(level=1, tags=["work"], emotions=["lonely", "sad"], when=at(19, 22)))
    d = log(MoodInput(level=4, emotions=["connected"], people=[sam, kim], when=at(20)))

    def ids(flt: MoodFilter) -> list[int]:
        return [v.id for v in companion.mood.entries(filter=flt)]

    assert ids(MoodFilter(tag="WALK")) == [b, a]
    assert ids(MoodFilter(tag="work")) == [c, b]
    assert ids(MoodFilter(tag="no such tag")) == []
    assert ids(MoodFilter(emotion="connected")) == [d, a]
    assert ids(MoodFilter(person_id=sam)) == [d, a]
    assert ids(MoodFilter(person_id=kim, emotion="connected")) == [d]
    assert ids(MoodFilter(tag="walk", person_id=kim)) == [b]
    assert ids(MoodFilter()) == [d, c, b, a]
    # The same filters shape the chart: Nov 19 with "work" holds b (3) and c (1).
    assert companion.mood.day_means(filter=MoodFilter(tag="work")) == {date(2026, 11, 19): 2.0}
    days = companion.mood.daily(
        date(2026, 11, 18), date(2026, 11, 20), filter=MoodFilter(person_id=sam)
    )
    assert [(d_.mean, d_.rolling_mean) for d_ in days] == [(5.0, 5.0), (None, 5.0), (4.0, 4.5)]


def test_entries_between_days_and_limited(companion) -> None:
    for day in (10, 12, 14, 16):
        companion.mood.log(MoodInput(level=3, when=at(day)))
    views = companion.mood.entries(since=date(2026, 11, 12), until=date(2026, 11, 14))
    assert [v.local_day.day for v in views] == [14, 12]
    assert [v.local_day.day for v in companion.mood.entries(limit=2)] == [16, 14]
