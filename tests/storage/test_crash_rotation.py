"""A key rotation killed (SIGKILL) at any moment leaves a vault the passphrase opens, holding every
record: the old one or the new one, never neither. Its share of the kill budget is in
tests/helpers.py (CRASH_BUDGET)."""

from __future__ import annotations

import random
import time
from pathlib import Path

import pytest

from companion.facade import Companion
from companion.storage.models import Person
from companion.vault.keystore import NoKeyStore
from companion.vault.swap import SWAP_MARKER
from tests.helpers import PASSPHRASE, Writer, crash_kills, crash_seed, rotation_writer, tables_of
from tests.helpers import T0 as NOW

KILLS = crash_kills("rotation")
STEPS = (
    "ready",
    "checking the passphrase",
    "re-encrypting",
    "checking the new copy",
    "writing the new key file",
    "switching to the new key",
    "done",
)


@pytest.mark.slow
def test_sigkill_during_rotation_never_loses_the_vault(filled) -> None:
    profile, code, _ = filled
    with Companion.unlock(profile, recovery_code=code, keystore=NoKeyStore()) as c:
        # Enough rows that re-encrypting takes a moment to be killed in.
        with c.vault.session() as s:
            for n in range(400):
                s.add(
                    Person(
                        name=f"friend {n}", notes="n" * (n % 200), created_at=NOW, updated_at=NOW
                    )
                )
        expected = tables_of(c)
    rng = random.Random(crash_seed(11))
    seen_steps: set[str] = set()
    for round_no in range(KILLS):
        target = STEPS[round_no % len(STEPS)]
        worker = Writer(rotation_writer, str(profile), PASSPHRASE)
        try:
            worker.wait_for(target)
            seen_steps.add(target)
            time.sleep(rng.uniform(0.0, 0.08))
        finally:
            worker.kill()
        with Companion.unlock(profile, passphrase=PASSPHRASE, keystore=NoKeyStore()) as c:
            assert tables_of(c) == expected, f"round {round_no}, killed after {target!r}"
        leftovers = [p.name for p in Path(profile).iterdir() if p.name.endswith(".next")]
        assert leftovers == [] and not (Path(profile) / SWAP_MARKER).exists()
    assert seen_steps == set(STEPS[:KILLS])
