"""Screen time: self-reports per category or as one total, week views, ranges, categories, rules."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from companion.domain.errors import InvalidInput
from companion.domain.screen_categories import DEFAULT_RULES, CategoryRule
from companion.facade import Companion, NoKeyStore
from companion.platform.clock import FakeClock
from companion.services.screen import TOTAL, Category
from companion.storage.models import ScreenTimeEntry

TZ = ZoneInfo("Europe/Berlin")


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2026, 4, 25, 21, 0, tzinfo=TZ))


@pytest.fixture
def comp(tmp_path, clock):
    c, _ = Companion.create(tmp_path / "p", "a long passphrase", keystore=NoKeyStore(), clock=clock)
    changes: list[frozenset[str]] = []
    c.changes.subscribe(lambda change: changes.append(change.kinds))
    c.test_changes = changes  # type: ignore[attr-defined]
    yield c
    c.close()


def test_report_per_category_shows_in_the_week_in_category_order(comp):
    comp.screen.report(date(2026, 4, 20), {"video": 30, "social_media": 45.5, "messaging": 0})
    week = comp.screen.week(date(2026, 4, 20))
    assert [d.day for d in week] == [date(2026, 4, 20 + n) for n in range(7)]
    monday = week[0]
    # messaging at 0 minutes is not stored; order follows the categories setting
    assert list(monday.minutes.items()) == [("social_media", 45.5), ("video", 30.0)]
    assert monday.total == 75.5
    assert monday.source == "self_report"
    assert all(d.source is None and d.total == 0 for d in week[1:])
    assert frozenset({"screen"}) in comp.test_changes


def test_a_new_report_replaces_the_days_self_report(comp):
    day = date(2026, 4, 22)
    comp.screen.report(day, {"video": 30, "games": 20})
    comp.screen.report(day, {"news": 10})
    assert dict(comp.screen.day(day).minutes) == {"news": 10.0}
    comp.screen.report_total(day, 185)
    assert dict(comp.screen.day(day).minutes) == {TOTAL: 185.0}
    assert comp.screen.label(TOTAL) == "Total (not split)"
    comp.screen.clear_report(day)
    assert comp.screen.day(day).source is None
    assert comp.vault.count(ScreenTimeEntry) == 0


@pytest.mark.parametrize(
    ("minutes", "words"),
    [
        ({"video": -1}, "below zero"),
        ({"video": 1441}, "1440 minutes"),
        ({"video": 800, "games": 700}, "24 hours"),
        ({"knitting": 5}, "isn't one of your"),
        ({TOTAL: 60, "video": 5}, "either a total"),
        ({"video": "lots"}, "number"),
        ({"video": float("nan")}, "number"),
    ],
)
def test_bad_reports_are_refused_and_nothing_changes(comp, minutes, words):
    comp.screen.report(date(2026, 4, 20), {"video": 12})
    with pytest.raises(InvalidInput, match=words):
        comp.screen.report(date(2026, 4, 20), minutes)
    assert dict(comp.screen.day(date(2026, 4, 20)).minutes) == {"video": 12.0}


def test_a_future_day_cannot_be_reported(comp):
    with pytest.raises(InvalidInput, match="hasn't happened"):
        comp.screen.report(date(2026, 4, 26), {"video": 10})
    comp.screen.report(date(2026, 4, 25), {"video": 10})  # today is fine


def test_self_report_wins_over_imported_figures_for_the_day(comp):
    day = date(2026, 4, 21)
    with comp.vault.session() as s:
        s.add(ScreenTimeEntry(day=day, category="video", minutes=100, source="activitywatch"))
        s.add(ScreenTimeEntry(day=day, category="games", minutes=20, source="activitywatch"))
        s.add(
            ScreenTimeEntry(
                day=date(2026, 4, 23), category="news", minutes=15, source="activitywatch"
            )
        )
    comp.screen.report_total(day, 90)
    d = comp.screen.day(day)
    assert d.source == "self_report"
    assert dict(d.minutes) == {TOTAL: 90.0}
    assert dict(d.activitywatch) == {"video": 100.0, "games": 20.0}  # kept, just not counted
    totals = comp.screen.daily_totals(date(2026, 4, 20), date(2026, 4, 24))
    # days with no figure are absent rather than zero
    assert totals == {date(2026, 4, 21): 90.0, date(2026, 4, 23): 15.0}


def test_range_must_run_forwards(comp):
    with pytest.raises(InvalidInput):
        comp.screen.days(date(2026, 4, 2), date(2026, 4, 1))


def test_categories_are_editable_and_self_reports_follow_them(comp):
    assert comp.screen.categories()[0] == Category("social_media", "Social media")
    assert [c.key for c in comp.screen.categories()][-1] == "other"
    comp.screen.set_categories(
        [
            Category("reading", "Reading on screen"),
            Category("video", "TV"),
            Category("other", "Other"),
        ]
    )
    assert comp.screen.label("reading") == "Reading on screen"
    assert comp.screen.label("video") == "TV"
    # a built-in key no longer listed still has a readable name for older figures
    assert comp.screen.label("social_media") == "Social media"
    comp.screen.report(date(2026, 4, 24), {"reading": 40})
    with pytest.raises(InvalidInput):
        comp.screen.report(date(2026, 4, 24), {"games": 40})
    with pytest.raises(InvalidInput):
        comp.screen.set_categories([Category("video", "TV")])  # "other" must stay


def test_rules_default_edit_and_reset(comp):
    assert comp.screen.rules() == DEFAULT_RULES
    mine = (CategoryRule("app", "Firefox", "work_study"), *DEFAULT_RULES)
    comp.screen.set_rules(mine)
    assert comp.screen.rules() == mine
    assert comp.settings.get("screen.rules")[0] == {
        "kind": "app",
        "pattern": "Firefox",
        "category": "work_study",
    }
    with pytest.raises(InvalidInput):
        comp.settings.set("screen.rules", [{"kind": "app", "pattern": "x", "category": "nope"}])
    comp.screen.set_rules(None)
    assert comp.screen.rules() == DEFAULT_RULES
