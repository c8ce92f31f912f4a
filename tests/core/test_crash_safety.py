"""A process killed at any moment loses nothing it reported as saved, and never damages the vault."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time

import pytest
from sqlmodel import Session, select

from companion.models import Person
from companion.vault import Vault
from tests.helpers import PROJECT_ROOT, WRITER_CODE, MadeVault

# Bounded for CI; COMPANION_CRASH_KILLS raises it for a longer run.
KILLS = int(os.environ.get("COMPANION_CRASH_KILLS", "20"))


def _ids_in(vault: MadeVault) -> set[int]:
    opened = Vault.open(vault.db, vault.data_key)
    try:
        opened.verify()
        with Session(opened.engine) as session:
            return set(session.exec(select(Person.id)))
    finally:
        opened.close()


@pytest.mark.slow
def test_sigkill_at_random_moments_loses_no_committed_record(vault: MadeVault) -> None:
    rng = random.Random(int(os.environ.get("COMPANION_CRASH_SEED", "7")))
    committed: set[int] = set()
    kills_after_ready = 0
    for round_no in range(KILLS):
        writer = subprocess.Popen(
            [sys.executable, "-c", WRITER_CODE, str(vault.root), vault.recovery_code],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            cwd=PROJECT_ROOT,
        )
        assert writer.stdout is not None
        try:
            if round_no % 5 == 4:
                # Now and then, kill it while it is still opening (and recovering) the vault.
                time.sleep(rng.uniform(0.0, 0.6))
            else:
                first = writer.stdout.readline()
                assert first == b"ready\n", (first, writer.stderr.read() if writer.stderr else b"")
                kills_after_ready += 1
                time.sleep(rng.uniform(0.0, 0.3))
        finally:
            writer.send_signal(signal.SIGKILL)
            out, err = writer.communicate(timeout=60)
        assert writer.returncode == -signal.SIGKILL, err.decode(errors="replace")
        for line in out.split(b"\n")[:-1]:  # a line without its newline was never reported
            if line != b"ready":
                committed.add(int(line))
        present = _ids_in(vault)
        missing = committed - present
        assert not missing, f"after kill {round_no + 1}: committed ids lost: {sorted(missing)[:10]}"
    assert kills_after_ready >= KILLS // 2
    assert len(committed) > KILLS, "the writer hardly wrote anything; the test proved little"
