"""The synthetic heavy-user profile: ten years of a busy social life, built once with bulk inserts.

At scale 1: 500 people in four circles, 50,000 interactions, 20,000 mood entries, 500 check-in
results, ten years of daily screen time in seven categories and three boundaries checked every day.
`scale` multiplies every count (screen time by adding years, boundary checks by adding boundaries).
A plain SQLite copy of the same data sits beside the vault, for comparing against no encryption.
"""

from __future__ import annotations

import hashlib
import json
import random
import shutil
import sqlite3
import time
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

BENCH_PASSPHRASE = "heavy user bench passphrase"
YEARS = 10
CATEGORIES = ("social_media", "messaging", "video", "games", "news", "work_study", "other")
CHANNELS = ("in_person", "call", "video", "message", "message", "social_media", "letter")
INSTRUMENTS = {"who5": 5, "phq9": 9, "gad7": 7, "ucla3": 3, "lsns6": 6}
# Share of people per circle, innermost first, and how often each circle's people are seen.
CIRCLE_SHARE = (0.02, 0.06, 0.22, 0.70)
CIRCLE_WEIGHT = (40.0, 12.0, 3.0, 1.0)


@dataclass(frozen=True)
class Counts:
    people: int
    interactions: int
    mood_entries: int
    checkins: int
    screen_days: int
    boundaries: int

    @classmethod
    def at(cls, scale: float) -> Counts:
        return cls(
            people=max(4, round(500 * scale)),
            interactions=max(1, round(50_000 * scale)),
            mood_entries=max(1, round(20_000 * scale)),
            checkins=max(1, round(500 * scale)),
            screen_days=max(1, round(365 * YEARS * scale)),
            boundaries=max(1, round(3 * scale)),
        )


@dataclass(frozen=True)
class BenchProfile:
    """A built profile: the vault's folder, the plain copy, the fixed now and the row counts."""

    root: Path
    plain_db: Path
    now: datetime
    counts: dict[str, int]
    build_seconds: float

    @property
    def profile_dir(self) -> Path:
        return self.root / "profile"


def _generator_hash() -> str:
    """The cache is rebuilt whenever this file or the vault's schema version changes."""
    from companion.storage.schema import SCHEMA_VERSION

    digest = hashlib.sha256(Path(__file__).read_bytes())
    digest.update(f"schema {SCHEMA_VERSION}".encode())
    return digest.hexdigest()[:12]


def ensure_profile(cache: Path, scale: float = 1.0, *, log=print) -> BenchProfile:
    """Build the profile at `scale` under `cache` unless an identical build is already there."""
    root = cache / f"profile-x{scale:g}"
    meta_path = root / "meta.json"
    if meta_path.exists():
        meta = json.loads(meta_path.read_text("utf-8"))
        if meta.get("generator") == _generator_hash():
            return BenchProfile(
                root,
                root / "plain.db",
                datetime.fromisoformat(meta["now"]),
                meta["counts"],
                meta["build_seconds"],
            )
    if root.exists():
        shutil.rmtree(root)
    root.mkdir(parents=True)
    log(f"Building the heavy-user profile at {scale:g}x in {root} (once; reused after) ...")
    started = time.perf_counter()
    # The data ends at the moment of building; latency runs replay that moment with a fake clock.
    now = datetime.now(UTC).replace(microsecond=0)
    counts = build_profile(root / "profile", root / "plain.db", Counts.at(scale), now)
    seconds = time.perf_counter() - started
    log(f"  built in {seconds:.1f} s: {counts}")
    meta = {
        "generator": _generator_hash(),
        "now": now.isoformat(),
        "counts": counts,
        "build_seconds": round(seconds, 2),
        "scale": scale,
    }
    meta_path.write_text(json.dumps(meta, indent=2), "utf-8")
    return BenchProfile(root, root / "plain.db", now, counts, seconds)


def build_profile(
    profile_dir: Path, plain_db: Path, counts: Counts, now: datetime, *, seed: int = 11
) -> dict[str, int]:
    """Create the vault (no keyring) and fill it, one transaction per table; then the plain copy."""
    from companion.platform.clock import FakeClock
    from companion.facade import Companion
    from companion.vault.keystore import NoKeyStore

    companion, _code = Companion.create(
        profile_dir,
        BENCH_PASSPHRASE,
        keystore=NoKeyStore(),
        clock=FakeClock(now),
        use_keyring=False,
        country="GB",
    )
    try:
        fill(companion.vault, counts, now, seed=seed)
        companion.vault.checkpoint()
        export_plain(companion.vault, plain_db)
        found = companion.counts()
    finally:
        companion.close()
    return dict(found)


def fill(vault: Any, counts: Counts, now: datetime, *, seed: int = 11) -> None:
    from sqlalchemy import insert, text

    from companion.domain.assessments import score
    from companion.storage.models import (
        AssessmentResult,
        Boundary,
        BoundaryCheck,
        ContactMethod,
        Interaction,
        InteractionPerson,
        MoodEntry,
        Person,
        ScreenTimeEntry,
    )

    rng = random.Random(seed)
    days = 365 * YEARS
    start = now - timedelta(days=days)

    def bulk(model: Any, rows: list[dict[str, Any]]) -> None:
        if not rows:
            return
        with vault.session() as s:
            s.execute(insert(model.__table__), rows)

    with vault.session() as s:
        circles = list(s.execute(text("SELECT id FROM circle ORDER BY position")).scalars())
    people: list[dict[str, Any]] = []
    weights: list[float] = []
    for n in range(counts.people):
        position = _circle_for(n, counts.people)
        created = start - timedelta(days=rng.randint(1, 400))
        birthday = rng.random() < 0.4
        people.append(
            {
                "id": n + 1,
                "name": f"Person {n + 1:05d} {rng.choice('ABCDEFGHJKLMNPRSTW')}.",
                "circle_id": circles[position],
                "cadence_days": rng.choice((None, None, 7, 14, 30, 90)),
                "birthday_month": rng.randint(1, 12) if birthday else None,
                "birthday_day": rng.randint(1, 28) if birthday else None,
                "birthday_year": None,
                "notes": "",
                "archived": rng.random() < 0.03,
                "photo": None,
                "created_at": created,
                "updated_at": created,
            }
        )
        weights.append(CIRCLE_WEIGHT[position])
    bulk(Person, people)
    bulk(
        ContactMethod,
        [
            {"person_id": p["id"], "kind": "phone", "label": "mobile", "value": f"+44 7700 {i:06d}"}
            for i, p in enumerate(people)
        ],
    )

    ids = [p["id"] for p in people]
    interactions: list[dict[str, Any]] = []
    links: list[dict[str, Any]] = []
    for n in range(counts.interactions):
        when = start + timedelta(seconds=rng.randint(0, days * 86400))
        interactions.append(
            {
                "id": n + 1,
                "occurred_at": when,
                "local_day": when.date(),
                "channel": rng.choice(CHANNELS),
                "initiated_by": rng.choice(("me", "them", "both")),
                "feeling": rng.randint(1, 5),
                "note": "",
                "created_at": when,
            }
        )
        for pid in set(rng.choices(ids, weights, k=1 if rng.random() < 0.9 else 2)):
            links.append({"interaction_id": n + 1, "person_id": pid})
    bulk(Interaction, interactions)
    bulk(InteractionPerson, links)
    del interactions, links

    moods = []
    for _ in range(counts.mood_entries):
        when = start + timedelta(seconds=rng.randint(0, days * 86400))
        level = rng.choice((1, 2, 3, 3, 4, 4, 4, 5))
        moods.append(
            {
                "logged_at": when,
                "local_day": when.date(),
                "level": level,
                "energy": rng.randint(1, 5),
                "emotions": ["calm"] if level >= 3 else ["tired"],
                "note": "A note about the day." if rng.random() < 0.2 else "",
                "source": "app",
                "fingerprint": None,
                "created_at": when,
            }
        )
    bulk(MoodEntry, moods)
    del moods

    results = []
    names = list(INSTRUMENTS)
    for n in range(counts.checkins):
        instrument = names[n % len(names)]
        answers = [rng.randint(0, 1) for _ in range(INSTRUMENTS[instrument])]
        if instrument == "ucla3":
            answers = [a + 1 for a in answers]
        scored = score(instrument, answers)
        results.append(
            {
                "instrument": instrument,
                "taken_at": start + timedelta(seconds=rng.randint(0, days * 86400)),
                "answers": answers,
                "total": scored.total,
                "band": scored.band,
                "flags": sorted(scored.flags),
            }
        )
    bulk(AssessmentResult, results)

    first_day = now.date() - timedelta(days=counts.screen_days - 1)
    screen = [
        {
            "day": first_day + timedelta(days=d),
            "category": category,
            "minutes": float(rng.randint(0, 180)),
            "source": "self_report",
        }
        for d in range(counts.screen_days)
        for category in CATEGORIES
    ]
    bulk(ScreenTimeEntry, screen)
    del screen

    bulk(
        Boundary,
        [
            {
                "id": b + 1,
                "template": "daily_limit_social" if b % 3 == 0 else "custom",
                "title": f"Boundary {b + 1}",
                "category": "social_media" if b % 3 == 0 else None,
                "limit_minutes": 60 if b % 3 == 0 else None,
                "starts_at": None,
                "ends_at": None,
                "weekdays": list(range(7)),
                "active": True,
                "created_at": start,
            }
            for b in range(counts.boundaries)
        ],
    )
    checks = [
        {
            "boundary_id": b + 1,
            "day": first_day + timedelta(days=d),
            "result": rng.choice(("kept", "kept", "partly", "not_today")),
            "note": "",
        }
        for b in range(counts.boundaries)
        # Boundaries grow with the scale and each is checked daily over the same ten years,
        # so the checks grow linearly too (scaling the years as well made them grow 256-fold).
        for d in range(min(counts.screen_days, 365 * YEARS))
    ]
    bulk(BoundaryCheck, checks)


def _circle_for(n: int, total: int) -> int:
    edge = 0.0
    for position, share in enumerate(CIRCLE_SHARE):
        edge += share
        if n < round(edge * total):
            return position
    return len(CIRCLE_SHARE) - 1


def export_plain(vault: Any, target: Path) -> None:
    """The same data in an unencrypted SQLite file (SQLCipher's own sqlcipher_export)."""
    if target.exists():
        target.unlink()
    raw = vault.engine.raw_connection()
    try:
        cur = raw.cursor()
        cur.execute(f"ATTACH DATABASE '{target}' AS plaintext KEY ''")
        cur.execute("SELECT sqlcipher_export('plaintext')")
        version = cur.execute("PRAGMA user_version").fetchone()[0]
        cur.execute(f"PRAGMA plaintext.user_version = {int(version)}")
        cur.execute("DETACH DATABASE plaintext")
        cur.close()
    finally:
        raw.close()
    with sqlite3.connect(target) as check:
        check.execute("PRAGMA journal_mode = WAL")


def working_copy(profile: BenchProfile, into: Path) -> Path:
    """A throwaway copy of the profile folder, so runs that write (nudges shown) leave the cache as is."""
    target = into / "profile"
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(profile.profile_dir, target, ignore=shutil.ignore_patterns("*.lock"))
    return target


def today(profile: BenchProfile) -> date:
    return profile.now.date()
