"""“Not now” on Today's check-in card: kept in the vault as the time of the PHQ-9 it was said to,
so the card stays away on the full Today and on the first screen (the glance reads the same
setting) until a newer PHQ-9 asks for it again."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from companion.domain.errors import InvalidInput
from companion.domain.safety import ITEM9_NOT_NOW_SETTING, cards_for, not_now_time
from tests.helpers import glance_at

ITEM9 = [0] * 8 + [1]


def kinds(companion, now=None) -> list[str]:
    return [card.kind for card in companion.safety.cards(now)]


def test_not_now_puts_the_card_away_until_the_next_phq9(companion, clock) -> None:
    first = companion.checkins.save("phq9", ITEM9)
    assert kinds(companion) == ["phq9_item9"]
    companion.safety.not_now()
    assert not_now_time(companion.settings.get(ITEM9_NOT_NOW_SETTING)) == first.taken_at
    assert kinds(companion) == []
    assert kinds(companion, clock.now() + timedelta(days=3)) == []
    clock.advance(days=2)
    companion.checkins.save("phq9", ITEM9)
    assert kinds(companion) == ["phq9_item9"]


def test_the_glance_agrees(companion, clock) -> None:
    companion.checkins.save("phq9", ITEM9)
    glance = glance_at(companion, clock)
    try:
        assert [c.kind for c in glance.safety.cards()] == ["phq9_item9"]
        companion.safety.not_now()
        assert glance.safety.cards() == companion.safety.cards() == []
    finally:
        glance.close()


def test_not_now_with_no_phq9_changes_nothing(companion) -> None:
    companion.safety.not_now()
    assert companion.settings.get(ITEM9_NOT_NOW_SETTING) is None


def test_only_the_checkin_card_can_be_put_away(companion) -> None:
    with pytest.raises(ValueError):
        companion.safety.not_now("low_mood")


def test_the_setting_takes_only_an_aware_time(companion) -> None:
    for bad in ("yesterday", "2026-12-01T10:00:00", 5):
        with pytest.raises(InvalidInput):
            companion.settings.set(ITEM9_NOT_NOW_SETTING, bad)


def test_the_rule_compares_times() -> None:
    taken = datetime(2026, 12, 1, 20, 0, tzinfo=UTC)
    now = taken + timedelta(hours=3)
    phq9 = (taken, {"phq9_item9"})

    def shown(not_now):
        return [
            c.kind
            for c in cards_for(
                now, now.date(), phq9=phq9, day_means={}, contact_days=[], item9_not_now=not_now
            )
        ]

    assert shown(None) == ["phq9_item9"]
    assert shown(taken) == []
    assert shown(taken - timedelta(seconds=1)) == ["phq9_item9"]
    assert not_now_time("not a time") is None and not_now_time(None) is None
    assert not_now_time(taken.isoformat()) == taken
