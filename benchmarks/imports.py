"""Importing a large vCard file, a large ActivityWatch export, a large Daylio export and an
ActivityWatch export with one 1 MB app name into a copy of the heavy profile: time and peak memory,
each in its own process. The files are made once and cached."""

from __future__ import annotations

import json
import random
import subprocess
import sys
from pathlib import Path

from benchmarks.child import parse_result
from benchmarks.profile_gen import BenchProfile, working_copy
from benchmarks.startup import PROJECT_ROOT, base_env

VCARD_CARDS = 5_000
AW_EVENTS = 500_000
FIRST = ("Ada", "Ben", "Chloé", "Dev", "Eli", "Fatima", "Gus", "Hana", "Ivo", "Jun", "Kofi", "Lea")
LAST = ("Okafor", "Reyes", "Tanaka", "Becker", "Costa", "Haddad", "Levin", "Mensah", "Noor")


def vcard_file(cache: Path, cards: int, *, seed: int = 3) -> Path:
    """`cards` vCard 3.0 cards with names, phones, emails, some birthdays and notes."""
    path = cache / f"contacts-{cards}.vcf"
    if path.exists():
        return path
    rng = random.Random(seed)
    parts = []
    for n in range(cards):
        first, last = rng.choice(FIRST), rng.choice(LAST)
        lines = [
            "BEGIN:VCARD",
            "VERSION:3.0",
            f"N:{last} {n};{first};;;",
            f"FN:{first} {last} {n}",
            f"TEL;TYPE=CELL:+44 7700 {n:06d}",
            f"EMAIL;TYPE=INTERNET:{first.lower()}.{n}@example.org",
        ]
        if rng.random() < 0.3:
            lines.append(
                f"BDAY:19{rng.randint(50, 99)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            )
        if rng.random() < 0.2:
            lines.append("NOTE:Met at the climbing gym\\, loves board games.")
        lines.append("END:VCARD")
        parts.append("\r\n".join(lines))
    cache.mkdir(parents=True, exist_ok=True)
    path.write_text("\r\n".join(parts) + "\r\n", "utf-8")
    return path


def activitywatch_file(cache: Path, events: int) -> Path:
    """An 'export all buckets' file with about `events` window, AFK and web events."""
    path = cache / f"activitywatch-{events}.json"
    if path.exists():
        return path
    # The import tests' generator makes realistic overlapping, zero-length and AFK events.
    from tests.importers.test_import_activitywatch import synthetic_export

    cache.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(synthetic_export(events, seed=5)), "utf-8")
    return path


def run_import(profile: BenchProfile, kind: str, file: Path, work: Path) -> dict:
    copy = working_copy(profile, work)
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "benchmarks.child",
            "import",
            kind,
            str(file),
            str(copy),
            profile.now.isoformat(),
        ],
        env=base_env(),
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    if done.returncode != 0:
        raise RuntimeError(f"{kind} import failed:\n{done.stderr[-3000:]}")
    return parse_result(done.stdout)


DAYLIO_ROWS = 50_000
LONG_FIELD = 1_000_000
MOODS = ("rad", "good", "meh", "bad", "awful")
ACTIVITIES = ("friends", "family", "walk", "reading", "work", "gaming", "cooking", "sport", "sleep")


def daylio_file(cache: Path, rows: int, *, seed: int = 7) -> Path:
    """A Daylio export of `rows` entries (several a day, newest first, as Daylio writes them) with
    activities and notes, some of them quoted over several lines."""
    path = cache / f"daylio-{rows}.csv"
    if path.exists():
        return path
    import csv
    import io
    from datetime import datetime, timedelta

    rng = random.Random(seed)
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(
        ["full_date", "date", "weekday", "time", "mood", "activities", "note_title", "note"]
    )
    when = datetime(2026, 11, 1, 21, 30)
    for n in range(rows):
        when -= timedelta(minutes=rng.randint(90, 600))
        note = ""
        if rng.random() < 0.4:
            note = 'Long walk with Sam, then dinner.<br>Felt "lighter" after, n' + str(n)
        writer.writerow(
            [
                when.strftime("%Y-%m-%d"),
                when.strftime("%B %d"),
                when.strftime("%A"),
                when.strftime("%I:%M %p").lstrip("0").lower(),
                rng.choice(MOODS),
                " | ".join(rng.sample(ACTIVITIES, rng.randint(0, 3))),
                "",
                note,
            ]
        )
    cache.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"\xef\xbb\xbf" + out.getvalue().encode("utf-8"))
    return path


def long_field_file(cache: Path, size: int = LONG_FIELD) -> Path:
    """An ActivityWatch export whose one window event has an app name of `size` characters (a
    hostile or damaged file): reading it must stay linear in the field's length."""
    path = cache / f"activitywatch-long-name-{size}.json"
    if path.exists():
        return path
    # Words no rule names, so every rule is tried over the whole name.
    name = ("qqq zyx unknown.appz " * (size // 22 + 1))[:size]
    doc = {
        "buckets": {
            "aw-watcher-window_bench": {
                "id": "aw-watcher-window_bench",
                "type": "currentwindow",
                "client": "aw-watcher-window",
                "hostname": "bench",
                "created": "2026-11-01T08:00:00+00:00",
                "events": [
                    {
                        "timestamp": "2026-11-01T09:00:00+00:00",
                        "duration": 600.0,
                        "data": {"app": name, "title": "long"},
                    }
                ],
            }
        }
    }
    cache.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(doc), "utf-8")
    return path
