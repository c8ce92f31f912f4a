"""`companion import activitywatch FILE` as a user runs it: a real process and a real vault."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import PASSPHRASE

PROJECT_ROOT = Path(__file__).resolve().parent.parent.parent


def _run(profile: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, COMPANION_PASSPHRASE=PASSPHRASE, TZ="UTC")
    return subprocess.run(
        [sys.executable, "-m", "companion", "--profile", str(profile), *args],
        cwd=PROJECT_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.fixture
def profile(tmp_path: Path) -> Path:
    root = tmp_path / "profile"
    done = _run(root, "init")
    assert done.returncode == 0, done.stderr
    return root


def _screen_entries(profile: Path) -> int:
    done = _run(profile, "info", "--json")
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)["records"]["screen_time_entries"]


def test_import_prints_a_summary_and_is_idempotent(profile, realdata):
    export = realdata / "activitywatch" / "liv10let_aw-android-plus_aw-buckets-export.json"
    done = _run(profile, "import", "activitywatch", str(export))
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == "Imported 2668 minutes of screen time over 11 days."
    assert any(line.startswith("  2026-04-20 ") for line in lines)
    assert "Skipped buckets:" in lines
    assert any(
        line.startswith("  aw-watcher-android-unlock (os.lockscreen.unlocks):") for line in lines
    )
    count = _screen_entries(profile)
    assert count > 40

    again = _run(profile, "import", "activitywatch", str(export))
    assert again.returncode == 0, again.stderr
    assert f"({count} entries)" in again.stdout  # the same figures replaced, not added
    assert _screen_entries(profile) == count


def test_dry_run_writes_nothing(profile, realdata):
    export = realdata / "activitywatch" / "DERIVED_liv10let_android_trimmed40.json"
    done = _run(profile, "import", "activitywatch", "--dry-run", str(export))
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[0] == "Would import 5 minutes of screen time over 1 day."
    assert _screen_entries(profile) == 0


def test_a_bad_file_exits_1_with_one_line_and_writes_nothing(profile, realdata, tmp_path):
    good = realdata / "activitywatch" / "DERIVED_liv10let_android_trimmed40.json"
    assert _run(profile, "import", "activitywatch", str(good)).returncode == 0
    before = _screen_entries(profile)
    for content, words in (
        (b"{broken", "isn't readable JSON"),
        (b'{"rows": []}', "no list of buckets"),
    ):
        bad = tmp_path / "aw-export.json"
        bad.write_bytes(content)
        done = _run(profile, "import", "activitywatch", str(bad))
        assert done.returncode == 1
        assert done.stdout == ""
        assert len(done.stderr.splitlines()) == 1
        assert words in done.stderr and "aw-export.json" in done.stderr
    assert _screen_entries(profile) == before


def test_a_missing_file_exits_1(profile, tmp_path):
    done = _run(profile, "import", "activitywatch", str(tmp_path / "nowhere.json"))
    assert done.returncode == 1
    assert done.stderr.strip() == "companion: nowhere.json wasn't found. Was it moved or renamed?"
