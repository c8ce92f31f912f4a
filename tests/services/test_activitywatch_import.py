"""ActivityWatch imports through the screen service: real exports, preview then all-or-nothing
commit, idempotent re-import, cancel and failure writing nothing, and the loopback server reader."""

from __future__ import annotations

import json
import threading
from datetime import date, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlmodel import select

from companion.domain.errors import Cancelled, ImportFailed, InvalidInput
from companion.facade import Companion, NoKeyStore
from companion.importers.activitywatch_server import read_activitywatch_server, server_url
from companion.platform.clock import FakeClock
from companion.storage.models import ScreenTimeEntry
from tests.fake_activitywatch import FakeActivityWatch, free_port

TZ = ZoneInfo("Asia/Shanghai")  # where the real phone export was recorded
FULL = "liv10let_aw-android-plus_aw-buckets-export.json"
SMALL = "DERIVED_liv10let_android_trimmed40.json"


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2026, 4, 25, 21, 0, tzinfo=TZ))


@pytest.fixture
def comp(tmp_path, clock):
    c, _ = Companion.create(tmp_path / "p", "a long passphrase", keystore=NoKeyStore(), clock=clock)
    # The concrete totals below are per calendar day; the day's end is tested on its own.
    c.settings.set("day.ends_at", "00:00")
    yield c
    c.close()


def test_minutes_after_midnight_count_for_the_day_that_is_ending(comp, realdata):
    by_calendar = comp.screen.preview_activitywatch(realdata / "activitywatch" / FULL)
    comp.settings.set("day.ends_at", "04:00")
    by_night = comp.screen.preview_activitywatch(realdata / "activitywatch" / FULL)
    calendar_days = by_calendar.by_day()
    night_days = by_night.by_day()
    assert sum(sum(d.values()) for d in night_days.values()) == pytest.approx(
        sum(sum(d.values()) for d in calendar_days.values()), abs=1e-6
    )
    assert calendar_days != night_days  # the phone was used after midnight


def _entries(comp) -> list[tuple[date, str, float, str]]:
    with comp.vault.session() as s:
        rows = s.exec(select(ScreenTimeEntry)).all()
        return sorted((r.day, r.category, r.minutes, r.source) for r in rows)


def test_preview_writes_nothing_and_shows_totals(comp, realdata):
    preview = comp.screen.preview_activitywatch(realdata / "activitywatch" / SMALL)
    assert comp.vault.count(ScreenTimeEntry) == 0
    assert preview.source_name == SMALL
    assert preview.days == [date(2026, 4, 24)]
    by_day = preview.by_day()[date(2026, 4, 24)]
    assert by_day == pytest.approx(
        {"messaging": 0.78138, "other": 2.63973, "social_media": 1.29662}, abs=1e-4
    )
    assert [b.bucket_id for b in preview.skipped] == ["aw-watcher-android-unlock"]
    assert preview.used_buckets == ("aw-watcher-android-test",)
    assert preview.event_count == 40
    assert preview.problems == ()


def test_full_export_imported_with_concrete_totals(comp, realdata):
    progress: list[tuple[int, int]] = []
    summary = comp.screen.import_activitywatch(
        realdata / "activitywatch" / FULL,
        progress=lambda done, total: progress.append((done, total)),
    )
    assert progress and progress[-1][0] == progress[-1][1] == 14350
    assert summary.entries == 48
    assert summary.replaced == 0
    assert summary.first_day == date(2026, 4, 14)
    assert summary.last_day == date(2026, 4, 24)
    assert len(summary.days) == 11
    assert summary.total_minutes == pytest.approx(2668.3225, abs=1e-3)
    assert comp.vault.count(ScreenTimeEntry) == 48

    monday = comp.screen.day(date(2026, 4, 20))
    assert monday.source == "activitywatch"
    assert monday.total == pytest.approx(378.427, abs=1e-3)
    assert dict(monday.minutes) == pytest.approx(
        {
            "social_media": 191.127,
            "messaging": 86.157,
            "video": 24.923,
            "news": 1.199,
            "other": 75.022,
        },
        abs=1e-3,
    )
    assert list(monday.minutes) == ["social_media", "messaging", "video", "news", "other"]
    totals = comp.screen.daily_totals(date(2026, 4, 13), date(2026, 4, 25))
    assert sorted(totals) == [date(2026, 4, d) for d in range(14, 25)]
    assert totals[date(2026, 4, 14)] == pytest.approx(184.429, abs=1e-3)
    assert totals[date(2026, 4, 24)] == pytest.approx(71.277, abs=1e-3)
    assert sum(totals.values()) == pytest.approx(2668.3225, abs=1e-3)


def test_reimport_is_idempotent_and_self_reports_are_kept(comp, realdata):
    path = realdata / "activitywatch" / FULL
    comp.screen.report(date(2026, 4, 20), {"video": 15})
    comp.screen.import_activitywatch(path)
    first = _entries(comp)
    again = comp.screen.import_activitywatch(path)
    assert again.replaced == 48
    assert _entries(comp) == first
    assert comp.vault.count(ScreenTimeEntry) == 49
    day = comp.screen.day(date(2026, 4, 20))
    assert dict(day.self_report) == {"video": 15.0}
    assert day.activitywatch["social_media"] == pytest.approx(191.127, abs=1e-3)
    assert day.total == 15.0  # the user's own figure counts for the day


def test_reimport_after_editing_rules_moves_minutes_instead_of_doubling(comp, realdata):
    from companion.domain.screen_categories import DEFAULT_RULES, CategoryRule

    path = realdata / "activitywatch" / SMALL
    comp.screen.import_activitywatch(path)
    social = comp.screen.day(date(2026, 4, 24)).activitywatch["social_media"]
    # Xiaohongshu (com.xingin.xhs), the export's only social app, now counts as games.
    comp.screen.set_rules((CategoryRule("app", "com.xingin.xhs", "games"), *DEFAULT_RULES))
    comp.screen.import_activitywatch(path)
    day = comp.screen.day(date(2026, 4, 24))
    assert "social_media" not in day.activitywatch
    assert day.activitywatch["games"] == pytest.approx(social)
    assert day.total == pytest.approx(4.71773, abs=1e-4)  # same time, never counted twice
    assert comp.vault.count(ScreenTimeEntry) == len(day.activitywatch)


def test_cancel_while_reading_writes_nothing(comp, realdata):
    path = realdata / "activitywatch" / FULL
    comp.screen.import_activitywatch(realdata / "activitywatch" / SMALL)
    before = _entries(comp)
    calls = {"n": 0}

    def cancelled() -> bool:
        calls["n"] += 1
        return calls["n"] > 1

    with pytest.raises(Cancelled):
        comp.screen.import_activitywatch(path, cancelled=cancelled)
    assert _entries(comp) == before


def test_cancel_at_commit_rolls_back_everything(comp, realdata):
    path = realdata / "activitywatch" / FULL
    comp.screen.import_activitywatch(realdata / "activitywatch" / SMALL)
    before = _entries(comp)
    preview = comp.screen.preview_activitywatch(path)
    with pytest.raises(Cancelled):
        comp.screen.commit_activitywatch(preview, cancelled=lambda: True)
    assert _entries(comp) == before


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"", "empty"),
        (b"{not json", "readable JSON"),
        (b'{"hello": 1}', "no list of buckets"),
        (b'{"buckets": {}}', "no buckets"),
    ],
)
def test_a_bad_file_fails_plainly_and_changes_nothing(comp, realdata, tmp_path, content, words):
    comp.screen.import_activitywatch(realdata / "activitywatch" / SMALL)
    before = _entries(comp)
    bad = tmp_path / "export.json"
    bad.write_bytes(content)
    with pytest.raises(ImportFailed, match=words) as info:
        comp.screen.import_activitywatch(bad)
    assert "\n" not in str(info.value)
    assert _entries(comp) == before


def test_a_missing_file_names_it(comp, tmp_path):
    with pytest.raises(ImportFailed, match=r"gone\.json wasn.t found"):
        comp.screen.preview_activitywatch(tmp_path / "gone.json")


# --- the loopback server reader -------------------------------------------------------------


def test_server_reader_is_off_by_default(comp):
    assert comp.settings.get("activitywatch.server_enabled") is False
    with pytest.raises(InvalidInput, match="turned off"):
        comp.screen.preview_activitywatch_server()


def test_server_import_matches_the_file_import(comp, realdata, monkeypatch):
    # A proxy in the environment must not be used for loopback reads.
    monkeypatch.setenv("http_proxy", "http://192.0.2.1:9")
    monkeypatch.setenv("HTTP_PROXY", "http://192.0.2.1:9")
    comp.settings.set("activitywatch.server_enabled", True)
    with FakeActivityWatch.from_export(realdata / "activitywatch" / SMALL) as server:
        preview = comp.screen.preview_activitywatch_server(port=server.port, days=14)
    assert server.requests[0] == "/api/0/buckets/"
    assert len(server.requests) == 3
    assert all("start=2026-04-11T13%3A00%3A00%2B00%3A00" in r for r in server.requests[1:])
    assert (
        preview.minutes
        == comp.screen.preview_activitywatch(realdata / "activitywatch" / SMALL).minutes
    )
    assert [b.bucket_id for b in preview.skipped] == ["aw-watcher-android-unlock"]
    summary = comp.screen.commit_activitywatch(preview)
    assert summary.entries == 3
    assert comp.screen.day(date(2026, 4, 24)).total == pytest.approx(4.71773, abs=1e-4)


def test_server_reader_asks_only_for_recent_events(realdata):
    with FakeActivityWatch.from_export(realdata / "activitywatch" / SMALL) as server:
        result = read_activitywatch_server(
            tz=TZ, now=datetime(2026, 6, 1, tzinfo=TZ), days=14, port=server.port
        )
    assert result.minutes == {}
    assert result.used_buckets == ["aw-watcher-android-test"]


def test_server_reader_cancel(realdata):
    with (
        FakeActivityWatch.from_export(realdata / "activitywatch" / SMALL) as server,
        pytest.raises(Cancelled),
    ):
        read_activitywatch_server(
            tz=TZ, now=datetime(2026, 4, 25, tzinfo=TZ), port=server.port, cancelled=lambda: True
        )
    assert server.requests == ["/api/0/buckets/"]


def test_server_not_running_is_a_plain_failure():
    port = free_port()
    with pytest.raises(ImportFailed, match="didn't answer"):
        read_activitywatch_server(tz=TZ, now=datetime(2026, 4, 25, tzinfo=TZ), port=port)


def test_only_loopback_is_allowed():
    assert server_url() == "http://127.0.0.1:5600/api/0"
    for host in ("localhost", "192.168.1.10", "example.org", "0.0.0.0"):
        with pytest.raises(InvalidInput, match="only reads ActivityWatch on this computer"):
            server_url(host=host)
    with pytest.raises(InvalidInput):
        server_url(port=70000)


def test_a_redirect_elsewhere_is_not_followed():
    asked: list[str] = []

    class Redirect(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            asked.append(self.path)
            self.send_response(302)
            self.send_header("Location", "http://192.0.2.1:5600/api/0/buckets/")
            self.end_headers()

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Redirect)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        with pytest.raises(ImportFailed, match="another address"):
            read_activitywatch_server(
                tz=TZ, now=datetime(2026, 4, 25, tzinfo=TZ), port=server.server_address[1]
            )
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
    assert asked == ["/api/0/buckets/"]


# ---------------------------------------------------------------- one bucket never wipes another


def _bucket(bucket_id: str, kind: str, host: str, events: list[tuple[str, float, dict]]) -> dict:
    return {
        "id": bucket_id,
        "type": kind,
        "client": bucket_id.split("_")[0],
        "hostname": host,
        "created": "2026-04-01T00:00:00+00:00",
        "events": [{"timestamp": t, "duration": d, "data": data} for t, d, data in events],
    }


def _hours(day: int, app: str, hours: range) -> list[tuple[str, float, dict]]:
    return [(f"2026-04-{day:02d}T{h:02d}:00:00+08:00", 1800.0, {"app": app}) for h in hours]


def _write(path: Path, *buckets: dict) -> Path:
    path.write_text(json.dumps({"buckets": {b["id"]: b for b in buckets}}), "utf-8")
    return path


def _day_totals(comp) -> dict[tuple[date, str], float]:
    return {
        (d.day, c): round(m, 3)
        for d in comp.screen.days(date(2026, 4, 20), date(2026, 4, 23))
        for c, m in d.activitywatch.items()
    }


def test_a_single_bucket_export_replaces_only_that_buckets_minutes(comp, tmp_path):
    laptop = _bucket(
        "aw-watcher-window_laptop",
        "currentwindow",
        "laptop",
        _hours(21, "Slack", range(9, 12)) + _hours(22, "Slack", range(9, 11)),
    )
    afk = _bucket(
        "aw-watcher-afk_laptop",
        "afkstatus",
        "laptop",
        [("2026-04-21T09:00:00+08:00", 900.0, {"status": "afk"})],
    )
    phone = _bucket(
        "aw-watcher-android-test",
        "currentwindow",
        "phone",
        _hours(21, "Instagram", range(20, 23)) + _hours(22, "Instagram", range(20, 22)),
    )
    full = _write(tmp_path / "full.json", laptop, afk, phone)
    comp.screen.import_activitywatch(full)
    before = _day_totals(comp)
    assert before == {
        (date(2026, 4, 21), "messaging"): 75.0,  # 3 half hours, 15 minutes away
        (date(2026, 4, 21), "social_media"): 90.0,
        (date(2026, 4, 22), "messaging"): 60.0,
        (date(2026, 4, 22), "social_media"): 60.0,
    }
    # The phone's own export, one bucket, later: a longer evening on the 22nd.
    phone_only = _bucket(
        "aw-watcher-android-test",
        "currentwindow",
        "phone",
        _hours(22, "Instagram", range(20, 24)),
    )
    summary = comp.screen.import_activitywatch(_write(tmp_path / "phone.json", phone_only))
    assert summary.replaced == 1
    after = _day_totals(comp)
    assert after == {**before, (date(2026, 4, 22), "social_media"): 120.0}
    # The laptop's minutes were never touched; the full export again puts everything back.
    comp.screen.import_activitywatch(full)
    assert _day_totals(comp) == before
    again = comp.screen.import_activitywatch(full)
    assert _day_totals(comp) == before and again.replaced == 4


def test_real_export_then_a_single_bucket_cut_from_it(comp, realdata, tmp_path):
    doc = json.loads((realdata / "activitywatch" / FULL).read_text("utf-8"))
    comp.screen.import_activitywatch(realdata / "activitywatch" / FULL)
    whole = _entries(comp)
    window = doc["buckets"]["aw-watcher-android-test"]
    single = dict(window, events=window["events"][:300])
    comp.screen.import_activitywatch(_write(tmp_path / "single.json", single))
    # Only that bucket's days within the cut's span may change; nothing was added elsewhere.
    assert {(d, c) for d, c, _m, _s in _entries(comp)} <= {(d, c) for d, c, _m, _s in whole}
    comp.screen.import_activitywatch(realdata / "activitywatch" / FULL)
    assert _entries(comp) == whole


def test_figures_from_before_origins_were_recorded_are_replaced_on_their_days(comp, tmp_path):
    with comp.vault.session() as s:
        s.add(
            ScreenTimeEntry(
                day=date(2026, 4, 21), category="other", minutes=500.0, source="activitywatch"
            )
        )
        s.add(
            ScreenTimeEntry(
                day=date(2026, 4, 23), category="other", minutes=7.0, source="activitywatch"
            )
        )
    phone = _bucket(
        "aw-watcher-android-test", "currentwindow", "phone", _hours(21, "Instagram", range(20, 22))
    )
    comp.screen.import_activitywatch(_write(tmp_path / "phone.json", phone))
    assert _day_totals(comp) == {
        (date(2026, 4, 21), "social_media"): 60.0,
        (date(2026, 4, 23), "other"): 7.0,
    }
