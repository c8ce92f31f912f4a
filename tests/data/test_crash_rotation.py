"""A key rotation killed (SIGKILL) at any moment leaves a vault the passphrase opens, holding every
record: the old one or the new one, never neither."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from companion.facade import Companion
from companion.keystore import NoKeyStore
from companion.models import Person
from companion.rotation import SWAP_MARKER
from tests.data.conftest import NOW, PASSPHRASE, tables_of
from tests.helpers import PROJECT_ROOT

# Bounded for CI; COMPANION_CRASH_KILLS raises it for a longer run.
KILLS = int(os.environ.get("COMPANION_CRASH_KILLS", "20"))
STEPS = (
    "ready",
    "checking the passphrase",
    "re-encrypting",
    "checking the new copy",
    "writing the new key file",
    "switching to the new key",
    "done",
)
WORKER = "from tests.data.test_crash_rotation import rotate_forever; rotate_forever()"


def rotate_forever() -> None:
    """argv: PROFILE. Rotates the key again and again, printing each step as it starts."""
    from companion.rotation import rotate_key

    companion = Companion.unlock(sys.argv[1], passphrase=PASSPHRASE, keystore=NoKeyStore())
    print("ready", flush=True)
    while True:
        rotate_key(companion, PASSPHRASE, progress=lambda step: print(step, flush=True))


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
    rng = random.Random(int(os.environ.get("COMPANION_CRASH_SEED", "11")))
    seen_steps: set[str] = set()
    for round_no in range(KILLS):
        target = STEPS[round_no % len(STEPS)]
        worker = subprocess.Popen(
            [sys.executable, "-c", WORKER, str(profile)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            cwd=PROJECT_ROOT,
        )
        assert worker.stdout is not None
        try:
            while True:
                line = worker.stdout.readline().decode().strip()
                assert line, worker.stderr.read().decode() if worker.stderr else ""
                if line == target:
                    seen_steps.add(line)
                    break
            time.sleep(rng.uniform(0.0, 0.08))
        finally:
            worker.send_signal(signal.SIGKILL)
            _out, err = worker.communicate(timeout=60)
        assert worker.returncode == -signal.SIGKILL, err.decode(errors="replace")
        with Companion.unlock(profile, passphrase=PASSPHRASE, keystore=NoKeyStore()) as c:
            assert tables_of(c) == expected, f"round {round_no}, killed after {target!r}"
        leftovers = [p.name for p in Path(profile).iterdir() if p.name.endswith(".next")]
        assert leftovers == [] and not (Path(profile) / SWAP_MARKER).exists()
    assert seen_steps == set(STEPS)
