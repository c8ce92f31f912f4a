"""Safety cards from a real vault with a fake clock: sustained low mood, a drop in contact against
the user's own baseline, and a recent PHQ-9 item-9 answer."""

from __future__ import annotations

from datetime import timedelta

from companion.services.mood import MoodInput
from companion.services.people import PersonInput


def kinds(companion, now=None) -> list[str]:
    return [card.kind for card in companion.safety.cards(now)]


def test_no_cards_for_a_new_vault(companion) -> None:
    assert companion.safety.cards() == []


def test_low_mood_card_appears_after_five_low_days_of_seven(companion, clock) -> None:
    seen = []
    for day in range(7):
        # One low entry each evening, except a good day on the third.
        level = 4 if day == 2 else 2
        companion.mood.log(MoodInput(level=level))
        seen.append("low_mood" in kinds(companion))
        clock.advance(days=1)
    # Low days so far: 1, 2, 2, 3, 4, 5, 6: the card comes with the fifth.
    assert seen == [False, False, False, False, False, True, True]
    card = companion.safety.cards(clock.now() - timedelta(days=1))[0]
    assert card.title == "It's been a heavy few days"
    # A week of good days later it has gone.
    for _ in range(7):
        companion.mood.log(MoodInput(level=4))
        clock.advance(days=1)
    assert "low_mood" not in kinds(companion)


def test_a_low_day_is_judged_on_its_mean(companion, clock) -> None:
    for day in range(5):
        when = clock.now() - timedelta(days=day)
        companion.mood.log(MoodInput(level=1, when=when - timedelta(hours=2)))
        if day == 0:
            # Today's mean (1 + 5) / 2 = 3 is not low: only four low days remain.
            companion.mood.log(MoodInput(level=5, when=when - timedelta(hours=1)))
    assert kinds(companion) == []


def test_contact_drop_card_against_the_users_baseline(companion, clock) -> None:
    sam = companion.people.add(PersonInput(name="Sam"))
    now = clock.now()
    # Three contact days a week for the eight weeks before the last two weeks, then none.
    for week in range(8):
        for offset in (0, 2, 4):
            when = now - timedelta(days=14 + week * 7 + offset, hours=3)
            companion.interactions.log([sam], when=when, channel="call")
    assert kinds(companion) == ["contact_drop"]
    companion.interactions.log([sam], when=now - timedelta(days=1))
    # One contact day in two weeks (0.5 a week) is still at most a quarter of 3 a week.
    assert kinds(companion) == ["contact_drop"]
    companion.interactions.log([sam], when=now - timedelta(days=3))
    assert kinds(companion) == []


def test_phq9_item9_card_first_and_for_a_week(companion, clock) -> None:
    taken = clock.now()
    companion.checkins.save("phq9", [0] * 8 + [1])
    for day in range(5):
        companion.mood.log(MoodInput(level=1, when=taken - timedelta(days=day, hours=1)))
    assert kinds(companion) == ["phq9_item9", "low_mood"]
    assert kinds(companion, taken + timedelta(days=8)) == []
    # A later PHQ-9 without the answer replaces it.
    companion.checkins.save("phq9", [0] * 9)
    assert kinds(companion) == ["low_mood"]


def test_help_follows_the_country_setting(companion) -> None:
    assert companion.safety.help().known is False
    companion.settings.set("country", "GB")
    info = companion.safety.help()
    assert info.known is True and info.country == "GB" and info.lines
