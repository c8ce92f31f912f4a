"""The demo profile: every kind of record, marked as a demo, and the insight cards have data."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from companion.demo import create_demo_profile
from companion.platform.clock import FakeClock
from companion.vault.keystore import NoKeyStore


def test_demo_profile_has_every_kind_of_record(tmp_path):
    clock = FakeClock(datetime(2026, 11, 21, 21, 0, tzinfo=ZoneInfo("Europe/London")))
    with create_demo_profile(tmp_path / "demo", keystore=NoKeyStore(), clock=clock, days=120) as c:
        counts = c.counts()
        assert c.settings.get("profile.demo") is True
        for kind in (
            "people",
            "interactions",
            "mood_entries",
            "journal_entries",
            "assessments",
            "screen_time_entries",
            "boundaries",
            "boundary_checks",
        ):
            assert counts[kind] > 0, kind
        circles_used = {v.circle_id for v in c.people.list()}
        assert circles_used == {circle.id for circle in c.people.circles()}
        cards = {card.id: card for card in c.insights.cards()}
        assert cards["in_person"].ready
        assert cards["screen"].ready
        assert "not what causes" in cards["screen"].note
        # Nothing dated after "now".
        assert all(i.occurred_at <= clock.now() for i in c.interactions.history(limit=5))


def _everything_dated(c):
    """Every timestamp and day the demo wrote, read straight from its tables."""
    from sqlmodel import select

    from companion.storage.models import (
        AssessmentResult,
        BoundaryCheck,
        Interaction,
        JournalEntry,
        MoodEntry,
        Reflection,
        ScreenTimeEntry,
    )

    with c.vault.session() as s:
        yield from ((r.instrument, r.taken_at) for r in s.exec(select(AssessmentResult)))
        yield from (("mood", r.logged_at) for r in s.exec(select(MoodEntry)))
        yield from (("journal", r.written_at) for r in s.exec(select(JournalEntry)))
        yield from (("reflection", r.answered_at) for r in s.exec(select(Reflection)))
        yield from (("interaction", r.occurred_at) for r in s.exec(select(Interaction)))
        yield from (("boundary check", r.day) for r in s.exec(select(BoundaryCheck)))
        yield from (("screen time", r.day) for r in s.exec(select(ScreenTimeEntry)))


def test_nothing_in_the_demo_lies_after_now_even_on_a_check_in_day_morning(tmp_path):
    # 10:00 on a day the two-weekly check-ins fall on (day 0, 14, ... of 120 days), before the
    # evening's mood, journal, reflection and check-in times: none of those may exist yet.
    now = datetime(2026, 11, 21, 10, 0, tzinfo=ZoneInfo("Europe/London"))
    clock = FakeClock(now)
    with create_demo_profile(tmp_path / "demo", keystore=NoKeyStore(), clock=clock, days=113) as c:
        later = []
        for kind, when in _everything_dated(c):
            if isinstance(when, datetime):
                if when > now:
                    later.append((kind, when))
            elif when > now.date():
                later.append((kind, when))
        assert later == []
        # A boundary's evening check-in for today can't have happened at ten in the morning.
        from sqlmodel import select

        from companion.storage.models import BoundaryCheck

        with c.vault.session() as s:
            assert not s.exec(select(BoundaryCheck).where(BoundaryCheck.day == now.date())).all()


def test_the_demo_shows_the_item_9_safety_card_once(tmp_path):
    from companion.domain.safety import KIND_PHQ9_ITEM9

    clock = FakeClock(datetime(2026, 11, 21, 21, 0, tzinfo=ZoneInfo("Europe/London")))
    with create_demo_profile(tmp_path / "demo", keystore=NoKeyStore(), clock=clock, days=120) as c:
        phq9 = c.checkins.history("phq9")
        flagged = [r for r in phq9 if "phq9_item9" in r.flags]
        assert len(flagged) == 1  # once, so a therapist can see the path
        (result,) = flagged
        assert result is phq9[0]  # the newest PHQ-9, taken within the past week
        assert clock.now() - timedelta(days=7) < result.taken_at < clock.now()
        assert result.answers[8] == 1
        assert result.difficulty is not None  # the closing question, answered
        kinds = [card.kind for card in c.safety.cards()]
        assert kinds[0] == KIND_PHQ9_ITEM9
        # A week later it has gone again, as it would for anyone.
        assert KIND_PHQ9_ITEM9 not in [
            card.kind for card in c.safety.cards(clock.now() + timedelta(days=8))
        ]
