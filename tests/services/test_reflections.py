"""Reflections: one prompt a day rotating without repeats for two weeks, answers, and the week."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from companion.domain.errors import InvalidInput
from companion.facade import Companion, NoKeyStore
from companion.platform.clock import FakeClock
from companion.platform.paths import assets_dir
from companion.services.reflections import ReflectionPrompt, choose_prompt, prompts
from companion.storage.models import Reflection

TZ = ZoneInfo("Europe/Berlin")
DAY1 = datetime(2026, 3, 2, 21, 0, tzinfo=TZ)  # a Monday evening


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(DAY1)


@pytest.fixture
def comp(tmp_path, clock):
    c, _ = Companion.create(tmp_path / "p", "a long passphrase", keystore=NoKeyStore(), clock=clock)
    yield c
    c.close()


def test_prompt_file_has_about_thirty_unique_prompts():
    raw = json.loads((assets_dir() / "reflection_prompts.json").read_text(encoding="utf-8"))
    texts = [p["text"] for p in raw["prompts"]]
    assert 28 <= len(texts) <= 40
    assert len(set(texts)) == len(texts)
    assert "Did time online today bring you closer to anyone?" in texts
    assert "How did you feel after the longest stretch of scrolling?" in texts
    assert "What would you like more of tomorrow?" in texts
    assert len(prompts()) == len(texts)


def test_same_prompt_all_day_then_no_repeat_for_two_weeks(comp, clock):
    offered = []
    for n in range(14):
        first = comp.reflections.offer()
        assert comp.reflections.offer() == first  # asking again the same day
        offered.append(first.id)
        if n % 2 == 0:
            comp.reflections.answer(first.id, f"answer on day {n + 1}")
        clock.advance(days=1)
    assert len(set(offered)) == 14
    assert offered[:3] == ["closer", "longest_stretch", "more_tomorrow"]
    assert comp.vault.count(Reflection) == 7


def test_rotation_goes_through_every_prompt_before_coming_back(comp, clock):
    total = len(prompts())
    seen = []
    for _ in range(total + 1):
        seen.append(comp.reflections.offer().id)
        clock.advance(days=1)
    assert len(set(seen[:total])) == total
    assert seen[total] == seen[0] == "closer"  # more than two weeks later


def test_an_answered_prompt_is_skipped_for_two_weeks(comp, clock):
    assert comp.reflections.offer().id == "closer"
    # The user chose another prompt to answer today.
    comp.reflections.answer("more_tomorrow", "a walk with Sam")
    clock.advance(days=1)
    assert comp.reflections.offer().id == "longest_stretch"
    clock.advance(days=1)
    assert comp.reflections.offer().id == "good_moment"  # more_tomorrow was answered 2 days ago


def test_choose_prompt_repeats_after_exactly_fourteen_days():
    few = tuple(ReflectionPrompt(i, i) for i in ("a", "b", "c"))
    day = date(2026, 5, 20)
    # With fewer prompts than days, the one used longest ago comes back.
    offered = [(day - timedelta(days=3), "a"), (day - timedelta(days=2), "b")]
    offered.append((day - timedelta(days=1), "c"))
    assert choose_prompt(day, offered, [], few).id == "a"
    # Offered 14 days ago is free again; 13 days ago is not.
    offered = [(day - timedelta(days=14), "a"), (day - timedelta(days=13), "b")]
    assert choose_prompt(day, offered, [], few).id == "c"
    offered = [(day - timedelta(days=14), "c")]
    assert choose_prompt(day, offered, [(day - timedelta(days=13), "a")], few).id == "b"


def test_offers_are_remembered_for_sixty_days_only(comp, clock):
    for _ in range(70):
        comp.reflections.offer()
        clock.advance(days=1)
    stored = comp.settings.get("reflections.offered")
    assert len(stored) == 61
    assert stored[-1][0] == (DAY1.date() + timedelta(days=69)).isoformat()


def test_answers_are_saved_with_their_prompt_and_local_day(comp, clock):
    clock.set(datetime(2026, 3, 4, 23, 30, tzinfo=TZ))  # 22:30 UTC
    prompt = comp.reflections.offer()
    rid = comp.reflections.answer(prompt.id, "  I called my sister.  ")
    [view] = comp.reflections.answered_on(date(2026, 3, 4))
    assert view.id == rid
    assert view.prompt == prompt.text
    assert view.answer == "I called my sister."
    comp.reflections.update(rid, "I called my sister and we laughed.")
    assert comp.reflections.answered_on(date(2026, 3, 4))[0].answer.endswith("laughed.")
    comp.reflections.delete(rid)
    assert comp.vault.count(Reflection) == 0


@pytest.mark.parametrize(
    ("prompt_id", "text", "words"),
    [
        ("closer", "   ", "few words"),
        ("nope", "hello", "isn't available"),
        ("closer", "x" * 10_001, "longer than"),
    ],
)
def test_bad_answers_are_refused(comp, prompt_id, text, words):
    with pytest.raises(InvalidInput, match=words):
        comp.reflections.answer(prompt_id, text)
    assert comp.vault.count(Reflection) == 0


def test_week_lists_that_weeks_reflections_in_order(comp, clock):
    texts = {}
    for n in range(10):
        prompt = comp.reflections.offer()
        texts[n] = comp.reflections.answer(prompt.id, f"day {n + 1}")
        clock.advance(days=1)
    week = comp.reflections.week(date(2026, 3, 2))
    assert [r.answer for r in week] == [f"day {n}" for n in range(1, 8)]
    assert [r.local_day for r in week] == [date(2026, 3, 2) + timedelta(days=n) for n in range(7)]
    assert [r.answer for r in comp.reflections.week(date(2026, 3, 9))] == [
        "day 8",
        "day 9",
        "day 10",
    ]
