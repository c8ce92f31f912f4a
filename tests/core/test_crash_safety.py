"""A process killed at any moment loses nothing it reported as saved, and never damages the vault.
Its share of the kill budget (tests/helpers.py, CRASH_BUDGET) is for inserts and updates."""

from __future__ import annotations

import random
import time

import pytest
from sqlmodel import Session, select

from companion.storage.engine import Vault
from companion.storage.models import Person
from tests.helpers import MadeVault, Writer, crash_kills, crash_seed, insert_writer

KILLS = crash_kills("inserts")


def _people(vault: MadeVault) -> dict[int, tuple[str, str]]:
    """id -> (name, notes), after the vault opened and passed the integrity check."""
    opened = Vault.open(vault.db, vault.data_key)
    try:
        opened.verify()
        with Session(opened.engine) as session:
            return {p.id: (p.name, p.notes) for p in session.exec(select(Person))}  # type: ignore[misc]
    finally:
        opened.close()


@pytest.mark.slow
def test_sigkill_at_random_moments_loses_no_committed_record(vault: MadeVault) -> None:
    rng = random.Random(crash_seed(7))
    committed: dict[int, str] = {}  # id -> name, for every insert reported as saved
    updates: dict[int, str] = {}  # id -> the notes a reported commit gave it
    kills_after_ready = 0
    for run in range(KILLS):
        writer = Writer(insert_writer, str(vault.root), vault.recovery_code, run)
        try:
            if run % 5 == 4:
                # Now and then, kill it while it is still opening (and recovering) the vault.
                time.sleep(rng.uniform(0.0, 0.05))
            else:
                writer.wait_for("ready")
                kills_after_ready += 1
                time.sleep(rng.uniform(0.0, 0.3))
        finally:
            lines = writer.kill()
        for line in lines:
            if line == "ready":
                continue
            new_id, previous, name = line.split(" ", 2)
            committed[int(new_id)] = name
            if int(previous):
                updates[int(previous)] = f"updated by {name}"

        people = _people(vault)
        where = f"after kill {run + 1}"
        missing = sorted(set(committed) - set(people))
        assert not missing, f"{where}: committed people lost: {missing[:10]}"
        for pid, name in committed.items():
            assert people[pid][0] == name, where
        for pid, notes in updates.items():
            assert people[pid][1] == notes, f"{where}: the update of person {pid} was lost"
        # A commit the kill cut off before it was reported may be there, but only whole: its
        # insert of "writer R.N" came with the update of "writer R.N-1".
        by_name = {name: (pid, notes) for pid, (name, notes) in people.items()}
        for pid, (name, _notes) in people.items():
            if pid in committed or not name.startswith("writer "):
                continue
            r, n = name.removeprefix("writer ").split(".")
            if n != "1":
                previous_notes = by_name[f"writer {r}.{int(n) - 1}"][1]
                assert previous_notes == f"updated by {name}", f"{where}: half a commit of {name}"
    assert kills_after_ready >= KILLS // 2
    assert len(committed) > KILLS, "the writer hardly wrote anything; the test proved little"
    assert len(updates) > KILLS // 2
