"""A vault changed outside Companion, even by one bit anywhere in the file, is refused before any
of it is used."""

from __future__ import annotations

import os
import random

import pytest

from companion.domain.errors import VaultCorrupt
from companion.facade import Companion
from companion.storage.engine import SQLITE_PLAIN_HEADER, Vault
from companion.vault.keystore import NoKeyStore
from tests.helpers import MadeVault, flip_byte, snapshot

# Bounded for CI; COMPANION_TAMPER_ROUNDS raises it for a longer hunt.
ROUNDS = int(os.environ.get("COMPANION_TAMPER_ROUNDS", "40"))
PAGE = 4096


def _offsets(size: int, rounds: int, rng: random.Random) -> list[int]:
    """The header and salt, the end of the first page, the last byte, and random bytes elsewhere."""
    fixed = [0, 15, 16, 100, PAGE - 1, PAGE, PAGE + 17, size - 80, size - 1]
    rest = [rng.randrange(size) for _ in range(max(0, rounds - len(fixed)))]
    return [o for o in fixed if 0 <= o < size] + rest


def test_single_flipped_bytes_are_refused(vault: MadeVault) -> None:
    size = vault.db.stat().st_size
    assert size > 4 * PAGE, "the sample vault should span several pages"
    rng = random.Random(int(os.environ.get("COMPANION_TAMPER_SEED", "20260314")))
    pristine = vault.db.read_bytes()
    checked_beyond_first_page = 0
    for offset in _offsets(size, ROUNDS, rng):
        mask = 1 << rng.randrange(8)
        flip_byte(vault.db, offset, mask)
        before = snapshot(vault.root)
        with pytest.raises(VaultCorrupt) as caught:
            companion = Companion.unlock(
                vault.root, recovery_code=vault.recovery_code, keystore=NoKeyStore()
            )
            companion.close()  # not reached when the test passes
        assert "\n" not in str(caught.value), offset
        assert snapshot(vault.root) == before, f"refusing byte {offset} changed the files"
        vault.db.write_bytes(pristine)
        checked_beyond_first_page += offset >= PAGE
    assert checked_beyond_first_page >= 5
    # And untouched, it opens.
    with Companion.unlock(
        vault.root, recovery_code=vault.recovery_code, keystore=NoKeyStore()
    ) as c:
        c.vault.verify()


def test_verify_catches_a_change_made_while_open(vault: MadeVault) -> None:
    """Vault.verify reads every page, so damage deep in the file is found even without a query."""
    opened = Vault.open(vault.db, vault.data_key)
    try:
        opened.verify()
        flip_byte(vault.db, vault.db.stat().st_size - PAGE // 2)
        with pytest.raises(VaultCorrupt):
            opened.verify()
    finally:
        opened.close()


def test_truncated_file_is_refused(vault: MadeVault) -> None:
    data = vault.db.read_bytes()
    for cut in (len(data) - PAGE, len(data) // 2, PAGE, 100):
        vault.db.write_bytes(data[:cut])
        before = snapshot(vault.root)
        with pytest.raises(VaultCorrupt):
            Companion.unlock(
                vault.root, recovery_code=vault.recovery_code, keystore=NoKeyStore()
            ).close()
        assert snapshot(vault.root) == before
    vault.db.write_bytes(data)


def test_file_is_encrypted_from_the_first_byte(vault: MadeVault) -> None:
    data = vault.db.read_bytes()
    assert not data.startswith(SQLITE_PLAIN_HEADER)
    assert b"SQLite format" not in data
    # The schema's table names are inside the encrypted pages, not readable.
    for word in (b"CREATE TABLE", b"person", b"moodentry", b"Ada Byron"):
        assert word not in data
