"""`companion import daylio FILE [--map NAME=LEVEL]` in a real subprocess against a real profile:
the summary, re-imports adding nothing, and an unmapped mood refused with nothing written."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.helpers import run_cli, snapshot

# Each command unlocks with the passphrase (a memory-hard derivation) in a fresh process.
pytestmark = pytest.mark.slow


def mood_entries(profile: Path, env: dict[str, str]) -> int:
    done = run_cli("--profile", str(profile), "info", "--json", env=env)
    assert done.returncode == 0, done.stderr
    return int(json.loads(done.stdout)["records"]["mood_entries"])


def import_daylio(profile: Path, env: dict[str, str], path: Path, *maps: str):
    args = ["--profile", str(profile), "import", "daylio", str(path)]
    for m in maps:
        args += ["--map", m]
    return run_cli(*args, env=env)


def test_import_then_reimport_adds_nothing(profile: Path, env, realdata: Path) -> None:
    path = realdata / "daylio" / "staticf0x_daylio-parser_test_data.csv"
    first = import_daylio(profile, env, path)
    assert first.returncode == 0, first.stderr
    assert first.stdout.splitlines() == [
        "Imported 32 mood entries from staticf0x_daylio-parser_test_data.csv; "
        "updated 0 edited since they were imported; skipped 0 already imported."
    ]
    again = import_daylio(profile, env, path)
    assert again.returncode == 0, again.stderr
    assert "Imported 0 mood entries" in again.stdout
    assert "skipped 32 already imported" in again.stdout
    assert mood_entries(profile, env) == 32


def test_an_unmapped_mood_exits_1_naming_it_and_writes_nothing(
    profile: Path, env, realdata: Path
) -> None:
    path = realdata / "daylio" / "MichaelCurrin_sample_multiple_moods.csv"
    before = snapshot(profile)
    done = import_daylio(profile, env, path, "Refreshed=5")
    assert done.returncode == 1
    assert done.stdout == ""
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1
    assert '"ok but sleepy", "Anxious"' in lines[0]
    assert '"Refreshed"' not in lines[0]
    assert '--map "ok but sleepy=3"' in lines[0]
    assert "Nothing was imported" in lines[0]
    assert "Traceback" not in done.stderr
    # The database file itself is byte-for-byte as it was (the lock file aside).
    after = snapshot(profile)
    assert after["companion.db"] == before["companion.db"]
    assert mood_entries(profile, env) == 0


def test_maps_give_custom_moods_their_levels(profile: Path, env, realdata: Path) -> None:
    path = realdata / "daylio" / "MichaelCurrin_sample_multiple_moods.csv"
    done = import_daylio(
        profile, env, path, "Refreshed=5", "ok but sleepy=3", "anxious=2", "good=5"
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("Imported 7 mood entries")
    assert mood_entries(profile, env) == 7


def test_rows_with_problems_are_listed_by_line(profile: Path, env, realdata: Path) -> None:
    path = realdata / "daylio" / "DeutscheGabanna_ok_8col.csv"
    maps = [
        f"{name}=3"
        for name in (
            "vaguely ok",
            "vaguely good",
            "fatigued",
            "tired",
            "grateful",
            "blissful",
            "in awe",
            "lifeless",
            "hungry",
        )
    ]
    # Several pairs may follow one --map.
    done = run_cli(
        "--profile", str(profile), "import", "daylio", str(path), "--map", *maps, env=env
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [
        "Imported 11 mood entries from DeutscheGabanna_ok_8col.csv; "
        "updated 0 edited since they were imported; skipped 0 already imported.",
        "1 row with problems left out (lines 5):",
        "  Line 5: expected 8 columns, found 9.",
    ]


def test_a_bad_map_option_and_a_missing_file_are_one_plain_line(
    profile: Path, env, tmp_path: Path
) -> None:
    bad = import_daylio(profile, env, tmp_path / "x.csv", "Refreshed")
    assert bad.returncode == 1
    assert bad.stderr.count("\n") == 1 and "--map needs a mood name" in bad.stderr
    missing = import_daylio(profile, env, tmp_path / "nowhere.csv")
    assert missing.returncode == 1
    assert missing.stderr.startswith("companion: Couldn't open nowhere.csv")
    assert mood_entries(profile, env) == 0
