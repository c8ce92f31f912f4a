"""Resident memory: the app after start on the heavy profile and after a day of nudge-timer
checks, against a bare PySide6 window; and the ten-year chart's and year-in-pixels' first paint."""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from benchmarks.child import parse_result
from benchmarks.profile_gen import BENCH_PASSPHRASE, BenchProfile, working_copy
from benchmarks.startup import PROJECT_ROOT, base_env

TICKS_PER_DAY = 24 * 60


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
    """The app on a copy of the profile (the checks record shown nudges), unlocked by passphrase."""
    with tempfile.TemporaryDirectory(prefix="companion-bench-") as tmp:
        copy = working_copy(profile, Path(tmp))
        env = base_env(COMPANION_PASSPHRASE=BENCH_PASSPHRASE)
        return _child("memory", str(copy), str(ticks), env=env)


def chart_paint(profile: BenchProfile) -> dict:
    return _child("charts", str(profile.profile_dir), profile.now.isoformat())
