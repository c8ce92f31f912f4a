"""The benchmark harness at a tiny scale: the profile has the right counts, the latency figures
and the table come out. Nothing here asserts on time."""

from __future__ import annotations

import json
from pathlib import Path

from benchmarks.latency import measure, opened, today_data
from benchmarks.profile_gen import Counts, ensure_profile
from benchmarks.report import Figure, table, write_json


def test_tiny_profile_has_the_scaled_counts_and_a_plain_twin(tmp_path: Path) -> None:
    profile = ensure_profile(tmp_path, 0.01, log=lambda _t: None)
    want = Counts.at(0.01)
    assert profile.counts["people"] == want.people == 5
    assert profile.counts["interactions"] == want.interactions == 500
    assert profile.counts["mood_entries"] == want.mood_entries == 200
    assert profile.counts["assessments"] == want.checkins == 5
    assert profile.counts["screen_time_entries"] == want.screen_days * 7
    assert profile.counts["boundary_checks"] == want.screen_days * want.boundaries
    assert profile.plain_db.read_bytes()[:16] == b"SQLite format 3\x00"
    # The second call reuses the cache instead of building again.
    again = ensure_profile(tmp_path, 0.01, log=lambda _t: None)
    assert again.now == profile.now and again.counts == profile.counts


def test_plain_and_encrypted_give_the_same_answers(tmp_path: Path) -> None:
    profile = ensure_profile(tmp_path, 0.01, log=lambda _t: None)
    with opened(profile, plain=False) as enc, opened(profile, plain=True) as raw:
        assert today_data(enc) == today_data(raw)
        assert [v.name for v in enc.people.list()] == [v.name for v in raw.people.list()]


def test_latency_table_and_json_with_one_repetition(tmp_path: Path) -> None:
    profile = ensure_profile(tmp_path, 0.01, log=lambda _t: None)
    figures = measure(profile, 1)
    assert [f.key for f in figures] == ["latency.today", "latency.people"]
    assert all(len(f.samples) == 1 and f.reference is not None for f in figures)
    figures.append(Figure("x.ref", "A reference row", "MB", [1.0, 3.0, 2.0]))
    text = table(figures)
    assert "Today's data, encrypted" in text and "plain SQLite" in text
    assert "A reference row" in text and "2.0" in text
    out = tmp_path / "latest.json"
    write_json(figures, out, {"repeat": 1})
    doc = json.loads(out.read_text("utf-8"))
    assert doc["figures"]["x.ref"]["median"] == 2.0
    assert doc["figures"]["x.ref"]["min"] == 1.0 and doc["figures"]["x.ref"]["max"] == 3.0
    assert doc["figures"]["latency.today"]["target"] == "< 50 ms and <= 1.3x plain"


def test_daylio_and_long_field_imports_run_in_their_own_process(tmp_path: Path) -> None:
    from benchmarks import imports

    profile = ensure_profile(tmp_path, 0.01, log=lambda _t: None)
    daylio = imports.daylio_file(tmp_path / "files", 300)
    assert daylio.read_bytes().startswith(b"\xef\xbb\xbffull_date,")
    assert imports.run_import(profile, "daylio", daylio, tmp_path)["count"] == 300
    long_name = imports.long_field_file(tmp_path / "files", 20_000)
    result = imports.run_import(profile, "longfield", long_name, tmp_path)
    assert result["count"] == 1  # one day of screen time
