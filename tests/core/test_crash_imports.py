"""An import killed (SIGKILL) at any moment is all there or not there at all: every import reported
as committed is present in full, and no import is ever half in the vault. Real Daylio and vCard
exports, through each service's preview and commit; its share of the kill budget is in
tests/helpers.py (CRASH_BUDGET)."""

from __future__ import annotations

import random
import time
from collections import Counter
from pathlib import Path

import pytest
from sqlmodel import Session, col, select

from companion.importers.daylio import apply_mapping, read_daylio_file, suggest_mood_mapping
from companion.importers.vcard import read_vcard_file
from companion.services.contacts_import import person_input
from companion.storage.engine import Vault
from companion.storage.models import ContactMethod, MoodEntry, Person
from tests.helpers import (
    MadeVault,
    Writer,
    crash_kills,
    crash_seed,
    daylio_variant,
    import_job,
    import_writer,
)

KILLS = crash_kills("imports")


class Expected:
    """What each job adds, worked out here from the same files, without the vault."""

    def __init__(self, daylio: list[Path], vcards: list[Path], folder: Path) -> None:
        self._daylio, self._vcards, self._folder = daylio, vcards, folder
        self._cache: dict[int, tuple[str, Counter[str]]] = {}

    def of(self, k: int) -> tuple[str, Counter[str]]:
        """("daylio", fingerprints) or ("vcard", Counter of "name|methods" per new person)."""
        if k not in self._cache:
            kind, source, years = import_job(k, self._daylio, self._vcards)
            if kind == "daylio":
                parsed = read_daylio_file(daylio_variant(source, years, self._folder))
                levels = {n: lv or 3 for n, lv in suggest_mood_mapping(parsed.mood_names).items()}
                prints = Counter({r.fingerprint: 1 for r in apply_mapping(parsed, levels)})
                self._cache[k] = (kind, prints)
            else:
                cards = read_vcard_file(source).contacts
                people = Counter(_person_key(person_input(c, None)) for c in cards)
                self._cache[k] = (kind, people)
        return self._cache[k]


def _person_key(data: object) -> str:
    return f"{data.name}|{len(data.contacts)}"  # type: ignore[attr-defined]


def _vault_state(vault: MadeVault) -> tuple[Counter[str], Counter[str]]:
    """(Daylio fingerprints, "name|number of ways to reach them" per person), after the vault
    opened and passed the integrity check."""
    opened = Vault.open(vault.db, vault.data_key)
    try:
        opened.verify()
        with Session(opened.engine) as s:
            # A stored key is the entry's moment, then "|" and a hash of what was stored.
            prints = Counter(
                (f or "").partition("|")[0]
                for f in s.exec(
                    select(MoodEntry.fingerprint).where(MoodEntry.source == "daylio")
                ).all()
            )
            methods = Counter(s.exec(select(ContactMethod.person_id)).all())
            people = Counter(
                f"{name}|{methods.get(pid, 0)}"
                for pid, name in s.exec(select(Person.id, Person.name).order_by(col(Person.id)))
            )
        return prints, people  # type: ignore[return-value]
    finally:
        opened.close()


@pytest.mark.slow
def test_sigkill_during_imports_keeps_every_import_whole(
    vault: MadeVault, realdata: Path, tmp_path: Path
) -> None:
    daylio = sorted((realdata / "daylio").glob("*.csv"))
    vcards = sorted((realdata / "vcard").glob("*.vcf"))
    if not daylio or not vcards:
        pytest.skip("no Daylio or vCard exports in the real-data folder (daylio/, vcard/)")
    expected = Expected(daylio, vcards, tmp_path / "expected")
    (tmp_path / "expected").mkdir()
    (tmp_path / "scratch").mkdir()

    base_prints, base_people = _vault_state(vault)
    want_prints, want_people = Counter(base_prints), Counter(base_people)
    rng = random.Random(crash_seed(13))
    next_job = 0
    reported = landed_unreported = 0
    kinds_done: Counter[str] = Counter()
    kills_mid_import = 0
    for round_no in range(KILLS):
        writer = Writer(
            import_writer,
            str(vault.root),
            vault.recovery_code,
            next_job,
            daylio,
            vcards,
            str(tmp_path / "scratch"),
        )
        try:
            writer.wait_for("ready")
            # Two or three whole imports first (a condition, so a busy machine proves as much as
            # a quiet one), then a kill at a random moment.
            for _ in range(2 + rng.randrange(2)):
                while not writer.read_line().startswith("done "):
                    pass
            if rng.random() < 0.5:
                # Half the rounds aim inside a commit: once the next one has begun.
                while not writer.read_line().startswith("begin "):
                    pass
                time.sleep(rng.uniform(0.0, 0.02))
            else:
                time.sleep(rng.uniform(0.0, 0.4))
        finally:
            lines = writer.kill()
        in_flight: int | None = None
        for line in lines:
            word, *rest = line.split(" ")
            if word == "begin":
                in_flight = int(rest[0])
            elif word == "done":
                k, kind, count = int(rest[0]), rest[1], int(rest[3])
                assert k == next_job and in_flight == k, lines
                added = _add(k, expected, want_prints, want_people)
                assert count == added, f"job {k} ({rest[2]}) reported {count}, added {added}"
                kinds_done[kind] += 1
                reported += 1
                next_job, in_flight = k + 1, None

        kills_mid_import += in_flight is not None
        where = f"after kill {round_no + 1} (job {next_job} under way: {in_flight is not None})"
        prints, people = _vault_state(vault)
        if (prints, people) != (want_prints, want_people) and in_flight is not None:
            # The kill may land after the commit and before its report: then the job is there whole.
            with_it_prints, with_it_people = Counter(want_prints), Counter(want_people)
            _add(in_flight, expected, with_it_prints, with_it_people)
            if (prints, people) == (with_it_prints, with_it_people):
                want_prints, want_people = with_it_prints, with_it_people
                next_job += 1
                landed_unreported += 1
        assert prints == want_prints, (
            f"{where}: mood entries differ from whole imports: "
            f"missing {len(want_prints - prints)}, extra {len(prints - want_prints)}"
        )
        assert people == want_people, (
            f"{where}: people differ from whole imports: "
            f"missing {list((want_people - people).elements())[:5]}, "
            f"extra {list((people - want_people).elements())[:5]}"
        )
    assert kinds_done["daylio"] >= KILLS and kinds_done["vcard"] >= KILLS, (
        f"too few imports to prove much: {dict(kinds_done)}"
    )
    assert reported + landed_unreported == next_job
    # How many kills land inside a commit depends on the machine's speed; one is enough to have
    # proved the all-or-nothing case, and about half the rounds aim there.
    assert kills_mid_import >= 1, "no kill landed during a commit"


def _add(k: int, expected: Expected, prints: Counter[str], people: Counter[str]) -> int:
    """Add job K's records to the expected vault; how many rows it adds."""
    kind, items = expected.of(k)
    if kind == "daylio":
        new = [fp for fp in items if fp not in prints]
        prints.update(new)
        return len(new)
    people.update(items)
    return sum(items.values())
