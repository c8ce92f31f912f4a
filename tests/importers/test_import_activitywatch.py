"""Tests for the ActivityWatch export reader: real Android exports, written desktop exports, and fuzzing."""

from __future__ import annotations

import json
import random
from collections import defaultdict
from collections.abc import Iterable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from companion.domain.errors import Cancelled, ImportFailed
from companion.domain.screen_categories import CategoryRule, categorise_app
from companion.importers.activitywatch import (
    ActivityWatchImport,
    SkippedBucket,
    browser_family,
    parse_activitywatch,
    read_activitywatch_file,
)

AW = "activitywatch"
ANDROID = "liv10let_aw-android-plus_aw-buckets-export.json"
ANDROID_SMALL = "DERIVED_liv10let_android_trimmed40.json"
SHANGHAI = ZoneInfo("Asia/Shanghai")
BERLIN = ZoneInfo("Europe/Berlin")


# ---------------------------------------------------------------- helpers


def at(text: str) -> datetime:
    """An aware UTC datetime from "2026-05-04 09:00"."""
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def event(start: str | datetime, minutes: float, **data: Any) -> dict[str, Any]:
    when = at(start) if isinstance(start, str) else start
    return {
        "timestamp": when.isoformat().replace("+00:00", "Z"),
        "duration": minutes * 60,
        "data": data,
    }


def bucket(bucket_id: str, bucket_type: str, events: list[dict[str, Any]], **extra: Any):
    return {
        bucket_id: {
            "id": bucket_id,
            "type": bucket_type,
            "client": extra.pop("client", bucket_id),
            "hostname": extra.pop("hostname", "laptop"),
            "created": "2026-05-01T08:00:00.000000Z",
            "data": {},
            "events": events,
            **extra,
        }
    }


def export(*buckets: dict[str, Any]) -> dict[str, Any]:
    merged: dict[str, Any] = {}
    for b in buckets:
        merged.update(b)
    return {"buckets": merged}


def parse(doc: dict[str, Any], tz: Any = UTC, **kwargs: Any) -> ActivityWatchImport:
    return parse_activitywatch(doc, tz=tz, **kwargs)


def by_category(result: ActivityWatchImport) -> dict[str, float]:
    totals: dict[str, float] = defaultdict(float)
    for (_, category), minutes in result.minutes.items():
        totals[category] += minutes
    return {k: round(v, 6) for k, v in totals.items()}


def by_day(result: ActivityWatchImport) -> dict[date, float]:
    totals: dict[date, float] = defaultdict(float)
    for (day, _), minutes in result.minutes.items():
        totals[day] += minutes
    return dict(totals)


def union_minutes(spans: Iterable[tuple[float, float]], lo: float, hi: float) -> float:
    """Length in minutes of the union of spans clipped to [lo, hi): a plain sort-and-merge."""
    clipped = sorted((max(s, lo), min(e, hi)) for s, e in spans if min(e, hi) > max(s, lo))
    total, cur_s, cur_e = 0.0, None, None
    for s, e in clipped:
        if cur_e is None or s > cur_e:
            if cur_e is not None:
                total += cur_e - cur_s
            cur_s, cur_e = s, e
        else:
            cur_e = max(cur_e, e)
    if cur_e is not None:
        total += cur_e - cur_s
    return total / 60


def spans_of(events: list[dict[str, Any]]) -> list[tuple[float, float]]:
    out = []
    for e in events:
        start = datetime.fromisoformat(e["timestamp"]).timestamp()
        out.append((start, start + e["duration"]))
    return out


def local_day_bounds(day: date, tz: Any) -> tuple[float, float]:
    start = datetime(day.year, day.month, day.day, tzinfo=tz)
    end = datetime.combine(day + timedelta(days=1), datetime.min.time(), tzinfo=tz)
    return start.timestamp(), end.timestamp()


DESKTOP_APPS = [
    ("Code", "main.py - project"),
    ("Firefox", "Mozilla Firefox"),
    ("Slack", "general"),
    ("Steam", "Library"),
    ("gnome-terminal-server", "bash"),
    ("vlc", "film.mkv"),
]
SITES = [
    "https://www.youtube.com/watch?v=1",
    "https://old.reddit.com/r/all",
    "https://github.com/ActivityWatch",
    "https://www.bbc.co.uk/news",
    "https://example.org/",
]


def synthetic_export(n_events: int, *, seed: int = 0, hosts: int = 1) -> dict[str, Any]:
    """A realistic desktop export with about `n_events` events in window, AFK and web buckets.

    Events are newest first as ActivityWatch writes them, about a tenth of them overlap their
    neighbour, and some have duration 0.
    """
    rng = random.Random(seed)
    buckets: dict[str, Any] = {}
    per_host = max(1, n_events // hosts)
    for h in range(hosts):
        host = f"host{h}"
        window: list[dict[str, Any]] = []
        web: list[dict[str, Any]] = []
        afk: list[dict[str, Any]] = []
        t = datetime(2026, 1, 5, 7, 0, tzinfo=UTC).timestamp() + h * 977
        n_window = per_host * 7 // 10
        n_web = per_host * 2 // 10
        for _ in range(n_window):
            duration = rng.choice((0.0, rng.uniform(1, 300), rng.uniform(1, 30)))
            app, title = rng.choice(DESKTOP_APPS)
            start = t - rng.uniform(0, 20) if rng.random() < 0.1 else t
            window.append(_raw(start, duration, {"app": app, "title": title}))
            t = start + duration + rng.choice((0.0, 0.0, rng.uniform(0, 120)))
        t_end = t
        t = datetime(2026, 1, 5, 7, 0, tzinfo=UTC).timestamp() + h * 977
        step = (t_end - t) / max(1, n_web)
        for i in range(n_web):
            url = rng.choice(SITES)
            web.append(_raw(t + i * step, rng.uniform(0, step * 1.2), {"url": url, "title": "t"}))
        n_afk = per_host - n_window - n_web
        step = (t_end - t) / max(1, n_afk)
        for i in range(n_afk):
            status = "afk" if rng.random() < 0.3 else "not-afk"
            afk.append(_raw(t + i * step, step, {"status": status}))
        for bucket_id, kind, events in (
            (f"aw-watcher-window_{host}", "currentwindow", window),
            (f"aw-watcher-afk_{host}", "afkstatus", afk),
            (f"aw-watcher-web-firefox_{host}", "web.tab.current", web),
        ):
            events.reverse()
            buckets.update(bucket(bucket_id, kind, events, hostname=host))
    return {"buckets": buckets}


def _raw(start: float, duration: float, data: dict[str, Any]) -> dict[str, Any]:
    when = datetime.fromtimestamp(start, UTC).isoformat(timespec="microseconds")
    return {"timestamp": when.replace("+00:00", "Z"), "duration": duration, "data": data}


# ---------------------------------------------------------------- real Android exports


def test_real_android_export_totals_match_a_plain_union(realdata: Path) -> None:
    path = realdata / AW / ANDROID
    result = read_activitywatch_file(path, tz=SHANGHAI)
    raw = json.loads(path.read_bytes())
    events = raw["buckets"]["aw-watcher-android-test"]["events"]

    assert result.used_buckets == ["aw-watcher-android-test"]
    assert result.skipped == [
        SkippedBucket(
            "aw-watcher-android-unlock",
            "os.lockscreen.unlocks",
            "It counts phone unlocks, not time on screen.",
        )
    ]
    assert result.event_count == 14350
    assert result.problems == []

    days = by_day(result)
    assert sorted(days) == [date(2026, 4, d) for d in range(14, 25)]
    spans = spans_of(events)
    for day in days:
        lo, hi = local_day_bounds(day, SHANGHAI)
        assert days[day] == pytest.approx(union_minutes(spans, lo, hi), abs=1e-6), day
    # Overlapping events exist in this file (about 48 minutes' worth), and are counted once.
    plain_sum = sum(e["duration"] for e in events) / 60
    assert sum(days.values()) == pytest.approx(union_minutes(spans, 0, 2e10), abs=1e-6)
    assert plain_sum - sum(days.values()) > 40
    assert days[date(2026, 4, 17)] == pytest.approx(337.6, abs=0.05)


def test_real_android_categories_are_bounded_by_their_apps(realdata: Path) -> None:
    path = realdata / AW / ANDROID
    result = read_activitywatch_file(path, tz=SHANGHAI)
    events = json.loads(path.read_bytes())["buckets"]["aw-watcher-android-test"]["events"]
    by_cat: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for e in events:
        by_cat[categorise_app(e["data"]["app"], e["data"]["package"])].append(e)
    day = date(2026, 4, 20)
    lo, hi = local_day_bounds(day, SHANGHAI)
    for category in ("social_media", "messaging", "video", "other"):
        own = union_minutes(spans_of(by_cat[category]), lo, hi)
        counted = result.minutes[(day, category)]
        # Never more than that category's own time; less only where another app took over.
        assert counted <= own + 1e-6
        assert counted >= own - 15
    # Xiaohongshu and Douyin are social media, WeChat messaging, Bilibili video.
    assert result.minutes[(day, "social_media")] > 100
    assert result.minutes[(day, "messaging")] > 30
    assert result.minutes[(day, "video")] > 10


def test_real_android_days_follow_the_time_zone(realdata: Path) -> None:
    path = realdata / AW / ANDROID
    in_utc = by_day(read_activitywatch_file(path, tz=UTC))
    in_shanghai = by_day(read_activitywatch_file(path, tz=SHANGHAI))
    assert sum(in_utc.values()) == pytest.approx(sum(in_shanghai.values()))
    assert in_utc != in_shanghai
    assert min(in_utc) == date(2026, 4, 14)


def test_real_android_trimmed_export(realdata: Path) -> None:
    path = realdata / AW / ANDROID_SMALL
    result = read_activitywatch_file(path, tz=SHANGHAI)
    events = json.loads(path.read_bytes())["buckets"]["aw-watcher-android-test"]["events"]
    assert result.event_count == 40
    assert [s.bucket_type for s in result.skipped] == ["os.lockscreen.unlocks"]
    total = sum(result.minutes.values())
    assert total == pytest.approx(union_minutes(spans_of(events), 0, 2e10), abs=1e-6)
    assert total > 0
    assert set(by_category(result)) <= {"social_media", "messaging", "video", "other", "news"}


def test_read_file_accepts_a_str_of_the_same_file(realdata: Path) -> None:
    path = realdata / AW / ANDROID_SMALL
    from_file = read_activitywatch_file(path, tz=BERLIN)
    from_text = parse_activitywatch(path.read_text("utf-8"), tz=BERLIN)
    assert from_file.minutes == from_text.minutes


# ---------------------------------------------------------------- desktop rules


def test_afk_time_is_removed_from_the_same_host_only() -> None:
    doc = export(
        bucket("win", "currentwindow", [event("2026-05-04 09:00", 60, app="Code", title="x")]),
        bucket(
            "afk",
            "afkstatus",
            [
                event("2026-05-04 09:00", 30, status="not-afk"),
                event("2026-05-04 09:30", 15, status="afk"),
                event("2026-05-04 09:45", 15, status="not-afk"),
            ],
        ),
        bucket(
            "afk-other",
            "afkstatus",
            [event("2026-05-04 09:00", 60, status="afk")],
            hostname="desktop",
        ),
    )
    result = parse(doc)
    assert result.minutes == {(date(2026, 5, 4), "work_study"): pytest.approx(45)}
    assert sorted(result.used_buckets) == ["afk", "afk-other", "win"]
    assert result.event_count == 5


def test_web_tabs_decide_browser_time_and_are_not_counted_twice() -> None:
    doc = export(
        bucket(
            "aw-watcher-window_laptop",
            "currentwindow",
            [
                event("2026-05-04 11:00", 30, app="Code", title="x"),
                event("2026-05-04 10:00", 60, app="Firefox", title="y"),
            ],
        ),
        bucket(
            "aw-watcher-web-firefox_laptop",
            "web.tab.current",
            [
                # a tab still "open" while Code is in front: not counted
                event("2026-05-04 11:00", 30, url="https://www.youtube.com/", title="v"),
                event("2026-05-04 10:20", 20, url="https://old.reddit.com/", title="r"),
                event("2026-05-04 10:00", 20, url="https://www.youtube.com/", title="v"),
            ],
            client="aw-client-web",
        ),
    )
    result = parse(doc)
    assert by_category(result) == {
        "video": 20,
        "social_media": 20,
        "other": 20,  # Firefox with no tab known
        "work_study": 30,
    }
    assert sum(result.minutes.values()) == pytest.approx(90)


def test_each_browser_uses_its_own_web_bucket() -> None:
    doc = export(
        bucket(
            "win",
            "currentwindow",
            [
                event("2026-05-04 10:00", 10, app="Google-chrome", title="a"),
                event("2026-05-04 10:10", 10, app="firefox", title="b"),
                event("2026-05-04 10:20", 10, app="Brave-browser", title="c"),
            ],
        ),
        bucket(
            "aw-watcher-web-chrome",
            "web.tab.current",
            [event("2026-05-04 10:00", 30, url="https://github.com/", title="g")],
        ),
        bucket(
            "aw-watcher-web-firefox",
            "web.tab.current",
            [event("2026-05-04 10:00", 30, url="https://www.bbc.co.uk/news", title="n")],
        ),
    )
    # Chrome sees its own tab, Firefox its own; Brave has no bucket, so any tab on the host
    # decides, once (the two web buckets overlap there, and the later-starting one wins).
    totals = by_category(parse(doc))
    assert totals["work_study"] + totals["news"] == 30
    assert totals["work_study"] >= 10 and totals["news"] >= 10


def test_web_only_host_counts_tab_time_once() -> None:
    doc = export(
        bucket(
            "aw-watcher-web-chrome_pc",
            "web.tab.current",
            [
                event("2026-05-04 10:00", 30, url="https://www.netflix.com/", title="n"),
                event("2026-05-04 10:00", 30, url="https://www.netflix.com/", title="n"),
            ],
            hostname="pc",
        ),
        bucket(
            "aw-watcher-web-firefox_pc",
            "web.tab.current",
            [event("2026-05-04 10:15", 30, url="https://x.com/home", title="x")],
            hostname="pc",
        ),
        bucket("afk_pc", "afkstatus", [event("2026-05-04 10:40", 60, status="afk")], hostname="pc"),
    )
    assert by_category(parse(doc)) == {"video": 15, "social_media": 25}


def test_web_bucket_without_a_hostname_joins_the_only_window_host() -> None:
    doc = export(
        bucket("win", "currentwindow", [event("2026-05-04 10:00", 60, app="Firefox", title="")]),
        bucket(
            "aw-watcher-web-firefox",
            "web.tab.current",
            [event("2026-05-04 10:00", 60, url="https://www.twitch.tv/", title="t")],
            hostname="unknown",
        ),
    )
    assert by_category(parse(doc)) == {"video": 60}


def test_overlapping_and_duplicate_events_count_once() -> None:
    code = event("2026-05-04 10:00", 30, app="Code", title="a")
    doc = export(
        bucket(
            "win",
            "currentwindow",
            [
                code,
                dict(code),  # exact duplicate
                event("2026-05-04 10:10", 10, app="Discord", title="chat"),  # inside Code's time
                event("2026-05-04 10:25", 10, app="Discord", title="chat"),  # runs past Code
            ],
        ),
        # a second window bucket on the same host repeating the same time
        bucket("win-copy", "currentwindow", [event("2026-05-04 10:00", 30, app="Code", title="a")]),
    )
    totals = by_category(parse(doc))
    # 10:00-10:10 Code, 10:10-10:20 Discord, 10:20-10:25 Code, 10:25-10:35 Discord
    assert totals == {"work_study": 15, "messaging": 20}
    assert sum(totals.values()) == 35


def test_the_same_time_on_two_devices_counts_on_both() -> None:
    doc = export(
        bucket("win_a", "currentwindow", [event("2026-05-04 10:00", 30, app="Code", title="")]),
        bucket(
            "phone",
            "currentwindow",
            [event("2026-05-04 10:00", 30, app="Instagram", package="com.instagram.android")],
            hostname="unknown",
        ),
    )
    assert by_category(parse(doc)) == {"work_study": 30, "social_media": 30}


def test_custom_rules_are_used() -> None:
    doc = export(
        bucket("win", "currentwindow", [event("2026-05-04 10:00", 30, app="Firefox", title="")]),
        bucket(
            "web",
            "web.tab.current",
            [event("2026-05-04 10:00", 10, url="https://example.org/", title="")],
        ),
    )
    rules = (
        CategoryRule("domain", "example.org", "news"),
        CategoryRule("app", "firefox", "work_study"),
    )
    assert by_category(parse(doc, rules=rules)) == {"news": 10, "work_study": 20}
    assert by_category(parse(doc)) == {"other": 30}


def test_android_app_type_bucket_is_read_by_package() -> None:
    doc = export(
        bucket(
            "aw-watcher-android",
            "app",
            [event("2026-05-04 10:00", 5, app="微信", package="com.tencent.mm")],
            hostname="unknown",
        )
    )
    assert by_category(parse(doc)) == {"messaging": 5}


def test_browser_family() -> None:
    assert browser_family("Google Chrome") == "chrome"
    assert browser_family("msedge.exe") == "edge"
    assert browser_family("Microsoft Edge") == "edge"
    assert browser_family("org.mozilla.firefox_beta") == "firefox"
    assert browser_family("com.microsoft.emmx") == "edge"
    assert browser_family("Knowledge base") == ""
    assert browser_family("Code", None, "") == ""
    assert browser_family("aw-watcher-web-chrome_laptop") == "chrome"


# ---------------------------------------------------------------- days and time zones


def test_split_at_local_midnight() -> None:
    doc = export(
        bucket("win", "currentwindow", [event("2026-05-04 21:30", 60, app="Code", title="")])
    )
    result = parse(doc, tz=BERLIN)  # 23:30-00:30 in Berlin (UTC+2 in May)
    assert result.minutes == {
        (date(2026, 5, 4), "work_study"): pytest.approx(30),
        (date(2026, 5, 5), "work_study"): pytest.approx(30),
    }


def test_spring_forward_day_has_23_hours_in_berlin() -> None:
    # 2026-03-29 00:00 CET is 2026-03-28 23:00 UTC; the next midnight (CEST) is 22:00 UTC.
    doc = export(
        bucket(
            "win",
            "currentwindow",
            [
                event("2026-03-28 22:50", 10, app="Code", title=""),
                event("2026-03-28 23:00", 23 * 60, app="Steam", title=""),
                event("2026-03-29 22:00", 10, app="Code", title=""),
            ],
        )
    )
    result = parse(doc, tz=BERLIN)
    assert result.minutes == {
        (date(2026, 3, 28), "work_study"): pytest.approx(10),
        (date(2026, 3, 29), "games"): pytest.approx(23 * 60),
        (date(2026, 3, 30), "work_study"): pytest.approx(10),
    }


def test_fall_back_day_has_25_hours_in_berlin() -> None:
    # 2026-10-25 00:00 CEST is 2026-10-24 22:00 UTC; the next midnight (CET) is 23:00 UTC.
    doc = export(
        bucket(
            "win",
            "currentwindow",
            [
                event("2026-10-24 22:00", 24 * 60, app="Steam", title=""),
                event("2026-10-25 22:00", 70, app="Steam", title=""),
            ],
        )
    )
    result = parse(doc, tz=BERLIN)
    assert result.minutes == {
        (date(2026, 10, 25), "games"): pytest.approx(25 * 60),
        (date(2026, 10, 26), "games"): pytest.approx(10),
    }


def test_timestamps_with_an_offset_are_placed_correctly() -> None:
    doc = export(
        bucket(
            "win",
            "currentwindow",
            [
                {
                    "timestamp": "2026-05-04T23:30:00+02:00",
                    "duration": 3600,
                    "data": {"app": "Code"},
                }
            ],
        )
    )
    assert parse(doc, tz=BERLIN).minutes == {
        (date(2026, 5, 4), "work_study"): pytest.approx(30),
        (date(2026, 5, 5), "work_study"): pytest.approx(30),
    }


# ---------------------------------------------------------------- problems and skipped buckets


def test_bad_durations_are_left_out_and_counted() -> None:
    good = event("2026-05-04 10:00", 30, app="Code", title="")
    negative = event("2026-05-04 11:00", -5, app="Code", title="")
    huge = event("2026-05-04 12:00", 25 * 60, app="Code", title="")
    text = {**event("2026-05-04 13:00", 1, app="Code"), "duration": "60"}
    nan = {**event("2026-05-04 14:00", 1, app="Code"), "duration": float("nan")}
    zero = event("2026-05-04 15:00", 0, app="Code", title="")
    doc = export(bucket("win", "currentwindow", [good, negative, huge, text, nan, zero]))
    result = parse(doc)
    assert result.minutes == {(date(2026, 5, 4), "work_study"): pytest.approx(30)}
    assert result.problems == ["4 events with a negative or absurd duration were left out."]
    assert result.event_count == 6


def test_one_bad_duration_is_worded_in_the_singular() -> None:
    doc = export(bucket("win", "currentwindow", [event("2026-05-04 10:00", -1, app="Code")]))
    assert parse(doc).problems == ["1 event with a negative or absurd duration was left out."]


def test_timestamps_without_a_zone_are_left_out_when_others_have_one() -> None:
    doc = export(
        bucket(
            "win",
            "currentwindow",
            [
                event("2026-05-04 10:00", 30, app="Code"),
                {"timestamp": "2026-05-04T11:00:00", "duration": 60, "data": {"app": "Code"}},
                {"timestamp": "yesterday", "duration": 60, "data": {"app": "Code"}},
                {"timestamp": "0001-01-01T00:00:00Z", "duration": 60, "data": {"app": "Code"}},
                {"duration": 60, "data": {"app": "Code"}},
                "not an event",
            ],
        )
    )
    result = parse(doc)
    assert result.minutes == {(date(2026, 5, 4), "work_study"): pytest.approx(30)}
    assert result.problems == [
        "1 event whose time has no time zone was left out.",
        "3 events with an unreadable time were left out.",
        "1 entry that isn't an event was left out.",
    ]


def test_a_file_without_any_time_zones_is_refused() -> None:
    naive = [
        {"timestamp": "2026-05-04T10:00:00", "duration": 60, "data": {"app": "Code"}},
        {"timestamp": "2026-05-04T11:00:00.5", "duration": 60, "data": {"app": "Code"}},
    ]
    with pytest.raises(ImportFailed, match=r"^aw\.json has times without a time zone"):
        parse(export(bucket("win", "currentwindow", naive)), source_name="aw.json")


def test_unknown_and_unread_buckets_are_listed_as_skipped() -> None:
    doc = export(
        bucket("win", "currentwindow", [event("2026-05-04 10:00", 30, app="Code")]),
        bucket("unlocks", "os.lockscreen.unlocks", [event("2026-05-04 10:00", 0)]),
        bucket("vim", "app.editor.activity", [event("2026-05-04 10:00", 30, file="a.py")]),
        bucket("mystery", "com.example.steps", [event("2026-05-04 10:00", 30, steps=3)]),
        bucket("typeless", "", [event("2026-05-04 10:00", 30)]),
        bucket("broken", "currentwindow", []),
        {"not-a-bucket": 42},
    )
    doc["buckets"]["broken"]["events"] = "oops"
    result = parse(doc)
    skipped = {s.bucket_id: s for s in result.skipped}
    assert set(skipped) == {"unlocks", "vim", "mystery", "typeless", "broken", "not-a-bucket"}
    assert skipped["mystery"] == SkippedBucket(
        "mystery", "com.example.steps", "Companion doesn't read this kind of bucket."
    )
    assert "no type" in skipped["typeless"].reason
    assert "events" in skipped["broken"].reason
    assert result.used_buckets == ["win"]
    assert result.event_count == 1
    assert result.minutes == {(date(2026, 5, 4), "work_study"): pytest.approx(30)}


def test_an_export_of_only_unlocks_gives_no_minutes() -> None:
    doc = export(bucket("unlocks", "os.lockscreen.unlocks", [event("2026-05-04 10:00", 0)]))
    result = parse(doc)
    assert result.minutes == {}
    assert result.used_buckets == []
    assert [s.bucket_id for s in result.skipped] == ["unlocks"]


def test_buckets_given_as_a_list_are_accepted() -> None:
    doc = export(bucket("win", "currentwindow", [event("2026-05-04 10:00", 30, app="Code")]))
    as_list = {"buckets": list(doc["buckets"].values())}
    assert parse(as_list).minutes == parse(doc).minutes


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b"", "is empty"),
        ("  \n", "is empty"),
        (b"\xef\xbb\xbf", "is empty"),
        (b"this is not json", "isn't readable JSON"),
        (b"\xff\xfe\x00garbage", "isn't readable JSON"),
        (b"[" * 100000, "isn't readable JSON"),
        (b"[1, 2, 3]", "has no list of buckets"),
        (b'{"events": []}', "has no list of buckets"),
        (b'{"buckets": "many"}', "has no list of buckets"),
        (b'{"buckets": {}}', "no buckets in it"),
        (
            b'{"buckets": {"a": 1, "b": {"type": "currentwindow"}}}',
            "none of its buckets has events",
        ),
        ("BEGIN:VCARD\nVERSION:3.0\nEND:VCARD\n", "isn't readable JSON"),
    ],
)
def test_not_an_export_raises_import_failed_naming_the_file(data: Any, words: str) -> None:
    with pytest.raises(ImportFailed) as caught:
        parse_activitywatch(data, tz=UTC, source_name="export.json")
    message = str(caught.value)
    assert message.startswith("export.json ")
    assert words in message
    assert "\n" not in message


def test_reading_a_missing_file_or_folder_fails_plainly(tmp_path: Path) -> None:
    with pytest.raises(ImportFailed, match=r"^nothing\.json wasn't found"):
        read_activitywatch_file(tmp_path / "nothing.json", tz=UTC)
    with pytest.raises(ImportFailed, match="is a folder"):
        read_activitywatch_file(tmp_path, tz=UTC)
    daylio = tmp_path / "daylio.csv"
    daylio.write_text("full_date,date,weekday,time,mood\n", encoding="utf-8")
    with pytest.raises(ImportFailed, match=r"^daylio\.csv isn't an ActivityWatch export"):
        read_activitywatch_file(daylio, tz=UTC)


# ---------------------------------------------------------------- progress, cancel, scale


def test_progress_is_reported_and_reaches_the_total() -> None:
    doc = synthetic_export(12_000, seed=3)
    calls: list[tuple[int, int]] = []
    result = parse(doc, progress=lambda done, total: calls.append((done, total)))
    total = result.event_count
    assert total == 12_000
    assert calls[0] == (0, total)
    assert calls[-1] == (total, total)
    assert (5000, total) in calls and (10000, total) in calls
    assert [d for d, _ in calls] == sorted(d for d, _ in calls)


def test_cancel_raises_cancelled() -> None:
    doc = synthetic_export(12_000, seed=4)
    calls = 0

    def cancelled() -> bool:
        nonlocal calls
        calls += 1
        return calls >= 2  # let the start through, cancel at the first progress tick

    with pytest.raises(Cancelled):
        parse(doc, cancelled=cancelled)
    assert calls == 2
    with pytest.raises(Cancelled, match="Nothing was changed"):
        parse(doc, cancelled=lambda: True)


def test_synthetic_desktop_export_totals_match_a_plain_computation() -> None:
    doc = synthetic_export(20_000, seed=7, hosts=2)
    result = parse(doc, tz=BERLIN)
    assert result.event_count == 20_000
    assert result.problems == []
    for host in ("host0", "host1"):
        assert f"aw-watcher-window_{host}" in result.used_buckets
    # Independent total: the union of window time minus the union of AFK time, per host.
    expected = 0.0
    for host in ("host0", "host1"):
        window = spans_of(doc["buckets"][f"aw-watcher-window_{host}"]["events"])
        afk_events = doc["buckets"][f"aw-watcher-afk_{host}"]["events"]
        afk = spans_of([e for e in afk_events if e["data"]["status"] == "afk"])
        both = union_minutes(window, 0, 2e10) + union_minutes(afk, 0, 2e10)
        expected += union_minutes(window, 0, 2e10) - (both - union_minutes(window + afk, 0, 2e10))
    assert sum(result.minutes.values()) == pytest.approx(expected, rel=1e-9)
    totals = by_category(result)
    assert {"work_study", "video", "social_media", "news", "games", "messaging"} <= set(totals)


def test_bytes_and_dict_input_agree() -> None:
    doc = synthetic_export(6_000, seed=9)
    doc["buckets"]["aw-watcher-window_host0"]["events"][:0] = [
        {"timestamp": "2026-01-05T06:00:00Z", "duration": 60, "data": {"app": ["odd"]}},
        {"timestamp": "2026-01-05T06:01:00Z", "duration": -1, "data": {"app": "Code"}},
        {"timestamp": "2026-01-05T06:02:00Z", "data": {"app": "Code"}},
        {"timestamp": "2026-01-05T06:03:00", "duration": 60, "data": {"app": "Code"}},
    ]
    from_dict = parse(doc, tz=BERLIN)
    from_bytes = parse_activitywatch(json.dumps(doc).encode(), tz=BERLIN)
    assert from_dict == from_bytes
    assert from_dict.problems == [
        "2 events with a negative or absurd duration were left out.",
        "1 event whose time has no time zone was left out.",
    ]
    assert from_dict.minutes[(date(2026, 1, 5), "other")] >= 1


def test_the_same_export_in_any_order_gives_the_same_minutes() -> None:
    doc = synthetic_export(3_000, seed=11)
    shuffled = json.loads(json.dumps(doc))
    for b in shuffled["buckets"].values():
        random.Random(5).shuffle(b["events"])
    # Overlaps are resolved by start time, so order matters only for identical starts, which
    # this export doesn't have.
    first, second = parse(doc).minutes, parse(shuffled).minutes
    assert first.keys() == second.keys()
    for key in first:
        assert first[key] == pytest.approx(second[key], abs=1e-6)


# ---------------------------------------------------------------- fuzzing

_json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=30)
    | st.sampled_from(
        [
            "2026-05-04T10:00:00Z",
            "2026-05-04T10:00:00",
            "9999-12-31T23:59:59+14:00",
            "0001-01-01T00:00:00-12:00",
            "currentwindow",
            "web.tab.current",
            "afkstatus",
            "afk",
            "https://reddit.com/",
        ]
    ),
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(
            st.sampled_from(
                [
                    "buckets",
                    "events",
                    "type",
                    "timestamp",
                    "duration",
                    "data",
                    "app",
                    "url",
                    "status",
                ]
            )
            | st.text(max_size=8),
            children,
            max_size=4,
        )
    ),
    max_leaves=12,
)


def _base_export() -> dict[str, Any]:
    return export(
        bucket(
            "win",
            "currentwindow",
            [
                event("2026-03-28 22:50", 30, app="Firefox", title="t"),
                event("2026-03-29 10:00", 20, app="Code", package="com.x"),
            ],
        ),
        bucket("web", "web.tab.current", [event("2026-03-28 22:55", 10, url="https://x.com/")]),
        bucket("afk", "afkstatus", [event("2026-03-29 10:05", 5, status="afk")]),
        bucket("unlocks", "os.lockscreen.unlocks", [event("2026-03-29 10:00", 0)]),
    )


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix]
    if isinstance(value, dict):
        for k, v in value.items():
            found += _paths(v, (*prefix, k))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            found += _paths(v, (*prefix, i))
    return found


def _replace(doc: Any, path: tuple[Any, ...], new: Any) -> Any:
    if not path:
        return new
    parent = doc
    for key in path[:-1]:
        parent = parent[key]
    parent[path[-1]] = new
    return doc


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_mutated_exports_give_a_result_or_import_failed(data: st.DataObject) -> None:
    doc: Any = _base_export()
    for _ in range(data.draw(st.integers(1, 4))):
        paths = _paths(doc)
        path = data.draw(st.sampled_from(paths))
        doc = _replace(doc, path, data.draw(_json_values))
    tz = data.draw(st.sampled_from([UTC, BERLIN, SHANGHAI, ZoneInfo("Pacific/Kiritimati")]))
    as_bytes = data.draw(st.booleans())
    try:
        payload: Any = doc
        if as_bytes:
            payload = json.dumps(doc, allow_nan=True).encode()
        result = parse_activitywatch(payload, tz=tz, source_name="fuzz.json")
    except ImportFailed as failure:
        assert str(failure).startswith("fuzz.json ")
        return
    for (day, category), minutes in result.minutes.items():
        assert isinstance(day, date)
        assert category in {
            "social_media",
            "messaging",
            "video",
            "games",
            "news",
            "work_study",
            "other",
        }
        assert 0 < minutes <= 25 * 60 + 1e-6


@settings(max_examples=200, deadline=None)
@given(
    cut=st.integers(min_value=0, max_value=2000),
    flips=st.lists(st.tuples(st.integers(0, 2000), st.integers(0, 255)), max_size=5),
)
def test_damaged_bytes_give_a_result_or_import_failed(
    cut: int, flips: list[tuple[int, int]]
) -> None:
    raw = bytearray(json.dumps(_base_export()).encode())
    for position, value in flips:
        raw[position % len(raw)] = value
    try:
        result = parse_activitywatch(
            bytes(raw[: max(cut, len(raw) // 2)]), tz=BERLIN, source_name="damaged.json"
        )
    except ImportFailed as failure:
        assert str(failure).startswith("damaged.json ")
    else:
        assert all(minutes > 0 for minutes in result.minutes.values())
