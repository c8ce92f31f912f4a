"""For the unlock dialog and lock screen tests: a key file whose stored Argon2id settings make
working out the key take many turns of the event loop, and the app's one task runner."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from companion.vault.keys import KdfParams, KeyFile
from tests.helpers import PASSPHRASE
from ui.tasks import TaskRunner

# Four times the iterations a new vault stores: about half a second here, where a turn of the
# event loop takes milliseconds. A setting a person could have; nothing in the app is replaced.
SLOW_ITERATIONS = 12


def slow_key_file(profile: Path, passphrase: str = PASSPHRASE) -> None:
    """Rewrap the vault's key in `profile` under heavier Argon2id settings, kept in its key file."""
    path = profile / "companion.key"
    key_file = KeyFile.load(path)
    data_key = key_file.unwrap(passphrase)
    heavier = replace(KdfParams.fresh(), iterations=SLOW_ITERATIONS)
    assert heavier.iterations > key_file.kdf.iterations
    KeyFile.wrap(
        data_key,
        passphrase,
        vault_id=key_file.vault_id,
        created=key_file.created,
        ask_passphrase_at_start=key_file.ask_passphrase_at_start,
        extra=key_file.extra,
        kdf=heavier,
    ).save(path)


@pytest.fixture
def runner(qtbot):
    """A task runner of the test's own; whatever it still runs is waited for at the end."""
    runner = TaskRunner()
    yield runner
    runner.finish_now()
