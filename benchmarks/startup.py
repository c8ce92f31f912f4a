"""Cold start as a whole process: from spawning `python -m companion_app` to the marks ui/app.py writes
(COMPANION_BENCH_MARK): "paint" (the empty window painted), "today" (Today showing real data) and
"ready" (the full app open: the facade and services loaded and every page available; pages
read without SQLAlchemy, which loads with the first write).

The floor is a process that shows a bare PySide6 window (benchmarks.child bare). When
gnome-keyring-daemon and dbus-run-session exist, every run happens in a private D-Bus session
with a fresh, unlocked Secret Service keyring, and the app unlocks through it; otherwise through
COMPANION_PASSPHRASE. Run as `python -m benchmarks.startup SPEC.json` inside that session.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.profile_gen import BENCH_PASSPHRASE

PROJECT_ROOT = Path(__file__).resolve().parent.parent
TIMEOUT = 60.0
LAST = "ready"

# Runs inside `dbus-run-session`: unlock a fresh keyring, then this module measures.
SESSION = r"""
set -eu
echo -n "$KEYRING_PASSWORD" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
exec "$PYTHON" -m benchmarks.startup "$SPEC"
"""


def keyring_session_available() -> bool:
    return all(shutil.which(p) for p in ("dbus-run-session", "gnome-keyring-daemon", "timeout"))


def base_env(**extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["PYTHONPATH"] = str(PROJECT_ROOT)
    env.pop("COMPANION_BENCH_MARK", None)
    # Never the user's own keyring: runs that unlock by passphrase see no keyring at all.
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    env.update(extra)
    return env


def time_process(argv: list[str], env: dict[str, str], markfile: Path) -> dict[str, float]:
    """Seconds from spawn to the first of each mark; the process is stopped once `LAST` is marked."""
    markfile.unlink(missing_ok=True)
    env = dict(env, COMPANION_BENCH_MARK=str(markfile))
    started_wall = time.time()
    started = time.perf_counter()
    proc = subprocess.Popen(
        argv,
        env=env,
        cwd=PROJECT_ROOT,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    marks: dict[str, float] = {}
    try:
        while LAST not in marks:
            if time.perf_counter() - started > TIMEOUT:
                raise RuntimeError(f"{argv} reached no {LAST!r} mark in {TIMEOUT:.0f} s")
            if proc.poll() is not None and not markfile.exists():
                err = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
                raise RuntimeError(f"{argv} ended ({proc.returncode}) without a mark:\n{err}")
            if markfile.exists():
                for line in markfile.read_text("utf-8").splitlines():
                    label, _, stamp = line.partition(" ")
                    if stamp:
                        marks.setdefault(label, float(stamp) - started_wall)
            if LAST not in marks:
                time.sleep(0.002)
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
    return marks


def measure_here(spec: dict) -> dict:
    """Alternate the floor and the app, `repeat` times each; the app runs on a fresh copy each time."""
    work = Path(spec["work"])
    profile = Path(spec["profile"])
    use_keyring = spec["keyring"]
    env = base_env()
    app_env = dict(env)
    if use_keyring:
        env.pop("PYTHON_KEYRING_BACKEND", None)
        app_env.pop("PYTHON_KEYRING_BACKEND", None)
        app_env.pop("COMPANION_PASSPHRASE", None)
        _store_key_in_keyring(profile)
    else:
        app_env["COMPANION_PASSPHRASE"] = BENCH_PASSPHRASE
    python = sys.executable
    out: dict[str, list[float]] = {"bare": [], "paint": [], "today": [], "ready": []}
    markfile = work / "marks.txt"
    for _ in range(spec["repeat"]):
        bare = time_process([python, "-m", "benchmarks.child", "bare"], env, markfile)
        out["bare"].append(bare["paint"])
        app = time_process(
            [python, "-m", "companion_app", "--profile", str(profile)], app_env, markfile
        )
        out["paint"].append(app["paint"])
        out["today"].append(app["today"])
        out["ready"].append(app["ready"])
    out["unlocked_by"] = "keyring (gnome-keyring, Secret Service)" if use_keyring else "passphrase"  # type: ignore[assignment]
    return out


def _store_key_in_keyring(profile: Path) -> None:
    """Unlocking once with the passphrase puts the data key in the (fresh) keyring."""
    from companion.facade import Companion

    with Companion.unlock(profile, passphrase=BENCH_PASSPHRASE, exclusive=False) as companion:
        if not companion.unlocked_by.keyring_restored:
            assert companion.key_file is not None
            companion.keystore.set(companion.key_file.vault_id, companion._data_key)


def keyring_session_env(work: Path, **extra: str) -> dict[str, str]:
    """The environment for a `dbus-run-session` with a fresh gnome-keyring under `work`: a home
    of its own, so the user's keyring is never touched."""
    home = work / "home"
    (home / ".local" / "share").mkdir(parents=True)
    (work / "run").mkdir(mode=0o700)
    env = base_env(
        HOME=str(home),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_RUNTIME_DIR=str(work / "run"),
        KEYRING_PASSWORD="bench keyring password",
        PYTHON=sys.executable,
        **extra,
    )
    for name in ("PYTHON_KEYRING_BACKEND", "DBUS_SESSION_BUS_ADDRESS", "DISPLAY"):
        env.pop(name, None)
    return env


def in_keyring_session(script: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """Run the bash `script` inside `dbus-run-session` (with a time limit), output captured."""
    return subprocess.run(
        ["timeout", "-k", "5", "900", "dbus-run-session", "--", "bash", "-c", script],
        env=env,
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
    )


def measure(profile_dir: Path, repeat: int, *, use_keyring: bool | None = None) -> dict:
    """Start-up figures in seconds; `unlocked_by` says how the app found its key."""
    if use_keyring is None:
        use_keyring = keyring_session_available()
    with tempfile.TemporaryDirectory(prefix="companion-bench-") as tmp:
        work = Path(tmp)
        copy = work / "profile"
        shutil.copytree(profile_dir, copy, ignore=shutil.ignore_patterns("*.lock"))
        spec = {"work": str(work), "profile": str(copy), "repeat": repeat, "keyring": use_keyring}
        spec_path = work / "spec.json"
        spec_path.write_text(json.dumps(spec), "utf-8")
        if not use_keyring:
            return measure_here(spec)
        done = in_keyring_session(SESSION, keyring_session_env(work, SPEC=str(spec_path)))
        result_path = work / "result.json"
        if done.returncode != 0 or not result_path.exists():
            raise RuntimeError(
                f"start-up run failed:\n{done.stdout[-2000:]}\n{done.stderr[-3000:]}"
            )
        return json.loads(result_path.read_text("utf-8"))


if __name__ == "__main__":
    spec_file = Path(sys.argv[1])
    spec_doc = json.loads(spec_file.read_text("utf-8"))
    result = measure_here(spec_doc)
    (Path(spec_doc["work"]) / "result.json").write_text(json.dumps(result), "utf-8")
