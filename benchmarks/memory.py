"""Resident memory: the app after start on the heavy profile and after a day of nudge-timer
checks, against a bare PySide6 window; and the ten-year chart's and year-in-pixels' first paint."""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from benchmarks.child import parse_result
from benchmarks.profile_gen import BENCH_PASSPHRASE, BenchProfile, working_copy
from benchmarks.startup import (
    PROJECT_ROOT,
    base_env,
    in_keyring_session,
    keyring_session_available,
    keyring_session_env,
)

TICKS_PER_DAY = 24 * 60

# Runs inside `dbus-run-session`: a fresh keyring holding the profile's key, then the app, which
# unlocks through it as on a desktop day to day (the start-up figures unlock the same way).
KEYRING_SESSION = r"""
set -eu
echo -n "$KEYRING_PASSWORD" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
"$PYTHON" -c 'import sys; from pathlib import Path
from benchmarks.startup import _store_key_in_keyring
_store_key_in_keyring(Path(sys.argv[1]))' "$PROFILE"
exec "$PYTHON" -m benchmarks.child memory "$PROFILE" "$TICKS"
"""


def _child(*args: str, env: dict[str, str] | None = None) -> dict:
    with tempfile.TemporaryDirectory(prefix="companion-bench-") as tmp:
        env = dict(env or base_env(), COMPANION_BENCH_MARK=str(Path(tmp) / "marks.txt"))
        done = subprocess.run(
            [sys.executable, "-m", "benchmarks.child", *args],
            env=env,
            cwd=PROJECT_ROOT,
            capture_output=True,
            text=True,
            stdin=subprocess.DEVNULL,
            timeout=900,
        )
    if done.returncode != 0:
        raise RuntimeError(f"benchmarks.child {args[0]} failed:\n{done.stderr[-3000:]}")
    return parse_result(done.stdout)


def bare_window() -> dict:
    return _child("bare")


def app_memory(profile: BenchProfile, ticks: int = TICKS_PER_DAY) -> dict:
    """The app on a copy of the profile (the checks record shown nudges), unlocked through a real
    Secret Service keyring where gnome-keyring is installed, else by passphrase (then keyring's
    own discovery is loaded too, as on a desktop without one). `unlocked_by` says which."""
    with tempfile.TemporaryDirectory(prefix="companion-bench-") as tmp:
        work = Path(tmp)
        copy = working_copy(profile, work)
        if not keyring_session_available():
            env = base_env(COMPANION_PASSPHRASE=BENCH_PASSPHRASE)
            return dict(_child("memory", str(copy), str(ticks), env=env), unlocked_by="passphrase")
        env = keyring_session_env(
            work, PROFILE=str(copy), TICKS=str(ticks), COMPANION_BENCH_MARK=str(work / "marks")
        )
        done = in_keyring_session(KEYRING_SESSION, env)
        if done.returncode != 0:
            raise RuntimeError(f"benchmarks.child memory failed:\n{done.stderr[-3000:]}")
        result = parse_result(done.stdout)
        result["unlocked_by"] = "keyring (gnome-keyring, Secret Service)"
        return result


def chart_paint(profile: BenchProfile) -> dict:
    return _child("charts", str(profile.profile_dir), profile.now.isoformat())
