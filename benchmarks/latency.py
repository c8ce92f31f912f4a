"""Today's data and the People page: latency on the encrypted vault against the same data in plain
SQLite, both through the same facade and services."""

from __future__ import annotations

import time
from collections.abc import Callable
from contextlib import contextmanager
from typing import Any

from benchmarks.profile_gen import BENCH_PASSPHRASE, BenchProfile
from benchmarks.report import Figure, stats


def today_data(companion: Any) -> tuple[int, ...]:
    """What Today shows: who is due, today's mood, check-ins due, the nudge plan, safety cards."""
    now = companion.clock.now()
    day = now.date()
    due = companion.people.list(status="overdue")
    moods = companion.mood.entries(since=day, until=day)
    retakes = companion.checkins.due_for_retake(now)
    plan = companion.nudges.plan(now)
    cards = companion.safety.cards(now)
    return (len(due), len(moods), len(retakes), int(bool(plan)), len(cards))


def people_page(companion: Any) -> int:
    """The People page: everyone, most overdue first."""
    return len(companion.people.list())


QUERIES: dict[str, Callable[[Any], Any]] = {"today": today_data, "people": people_page}


@contextmanager
def opened(profile: BenchProfile, *, plain: bool):
    """The profile through the real facade, on the SQLCipher vault or on its plain SQLite twin."""
    from companion.platform.clock import FakeClock
    from companion.facade import Companion
    from companion.vault.keystore import NoKeyStore

    clock = FakeClock(profile.now)
    if not plain:
        companion = Companion.unlock(
            profile.profile_dir,
            passphrase=BENCH_PASSPHRASE,
            keystore=NoKeyStore(),
            clock=clock,
            exclusive=False,
        )
    else:
        companion = _plain_companion(profile, clock)
    try:
        yield companion
    finally:
        companion.close()


def _plain_companion(profile: BenchProfile, clock: Any) -> Any:
    from sqlalchemy import create_engine, event

    from companion.facade import Companion, UnlockedBy
    from companion.vault.keystore import NoKeyStore
    from companion.platform.paths import Profile
    from companion.storage.engine import Vault

    engine = create_engine(f"sqlite:///{profile.plain_db}")

    # The same transaction handling and pragmas as the vault, minus the key and cipher settings.
    @event.listens_for(engine, "connect")
    def _connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None
        for pragma in (
            "PRAGMA secure_delete = ON",
            "PRAGMA temp_store = MEMORY",
            "PRAGMA foreign_keys = ON",
            "PRAGMA journal_mode = WAL",
            "PRAGMA synchronous = FULL",
        ):
            dbapi_conn.execute(pragma)

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN")

    return Companion(
        Profile(profile.plain_db.parent),
        Vault(profile.plain_db, engine),
        None,
        b"",
        keystore=NoKeyStore(),
        clock=clock,
        lock=None,
        unlocked_by=UnlockedBy("passphrase"),
    )


def time_call(fn: Callable[[], Any], repeat: int) -> list[float]:
    """Seconds per call, after one warm-up call (a warm app answers a page switch, not a cold disk)."""
    fn()
    out = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        out.append(time.perf_counter() - started)
    return out


def measure(profile: BenchProfile, repeat: int, *, label: str = "") -> list[Figure]:
    """Encrypted and plain latency of each query, with the ratio between their medians."""
    figures = []
    results: dict[tuple[str, bool], list[float]] = {}
    for plain in (False, True):
        with opened(profile, plain=plain) as companion:
            for name, query in QUERIES.items():
                results[(name, plain)] = time_call(lambda q=query: q(companion), repeat)
    for name in QUERIES:
        enc = stats(results[(name, False)])
        raw = stats(results[(name, True)])
        title = {"today": "Today's data", "people": "People page (sorted by overdue)"}[name]
        figures.append(
            Figure(
                key=f"latency.{name}{label}",
                title=f"{title}{_scale_note(label)}, encrypted",
                unit="ms",
                samples=[s * 1000 for s in results[(name, False)]],
                reference=raw["median"] * 1000,
                reference_name="plain SQLite",
                target="< 50 ms and <= 1.3x plain",
                passed=enc["median"] * 1000 < 50 and enc["median"] <= 1.3 * raw["median"],
            )
        )
    return figures


def _scale_note(label: str) -> str:
    return f" at {label.lstrip('@')}" if label else ""
