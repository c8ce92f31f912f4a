"""The demo profile: every kind of record, marked as a demo, and the insight cards have data."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from companion.clock import FakeClock
from companion.demo import create_demo_profile
from companion.keystore import NoKeyStore


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
