"""Changing the data key: every record kept, the old key and recovery code retired, the keyring
entry moved, and an interrupted swap finished or undone on the next unlock."""

from __future__ import annotations

import json
import shutil

import pytest

from companion.domain.errors import VaultCorrupt, WrongPassphrase
from companion.facade import Companion
from companion.storage.models import Person
from companion.storage.rotation import rotate_key
from companion.vault.keystore import MemoryKeyStore, NoKeyStore
from companion.vault.swap import SWAP_MARKER
from tests.helpers import PASSPHRASE, snapshot, tables_of
from tests.helpers import T0 as NOW


def test_rotation_keeps_every_record_and_retires_the_old_key(filled, clock) -> None:
    profile, old_code, expected = filled
    keyring = MemoryKeyStore()
    c = Companion.unlock(profile, passphrase=PASSPHRASE, keystore=keyring, clock=clock)
    old_id, old_key = c.key_file.vault_id, c.data_key
    steps: list[str] = []
    new_code = rotate_key(c, PASSPHRASE, progress=steps.append)
    assert steps[-1] == "done" and "re-encrypting" in steps
    assert new_code != old_code and c.data_key != old_key
    assert tables_of(c) == expected
    # The services keep working on the same vault object, now under the new key.
    with c.vault.session() as s:
        s.add(Person(name="After rotation", created_at=NOW, updated_at=NOW))
    assert keyring.get(old_id) is None
    assert keyring.get(c.key_file.vault_id) == c.data_key
    c.close()
    assert sorted(p.name for p in profile.iterdir()) == [
        "companion.db",
        "companion.key",
        "companion.lock",
    ]
    with pytest.raises(VaultCorrupt):
        Companion.unlock(profile, recovery_code=old_code, keystore=NoKeyStore())
    with Companion.unlock(profile, keystore=keyring) as again:
        assert again.unlocked_by.method == "keyring"
        assert again.counts()["people"] == 3
    with Companion.unlock(profile, recovery_code=new_code, keystore=NoKeyStore()) as again:
        assert again.counts()["people"] == 3


def test_a_wrong_passphrase_changes_nothing(filled, clock) -> None:
    profile, code, _ = filled
    with Companion.unlock(profile, recovery_code=code, keystore=NoKeyStore(), clock=clock) as c:
        c.vault.checkpoint()
        before = snapshot(profile)
        with pytest.raises(WrongPassphrase):
            rotate_key(c, "not the passphrase")
        assert c.counts()["people"] == 2
    after = snapshot(profile)
    for name in ("companion.db", "companion.key"):
        assert after[name] == before[name]
    assert not [name for name in after if name.endswith(".next")]


def _staged_rotation(filled, tmp_path):
    """The profile, plus a rotated copy of it staged beside it as a swap would leave it."""
    profile, old_code, expected = filled
    rotated = tmp_path / "rotated"
    shutil.copytree(profile, rotated)
    with Companion.unlock(rotated, recovery_code=old_code, keystore=NoKeyStore()) as c:
        new_code = rotate_key(c, PASSPHRASE)
    shutil.copyfile(rotated / "companion.db", profile / "companion.db.next")
    shutil.copyfile(rotated / "companion.key", profile / "companion.key.next")
    return profile, old_code, new_code, expected


def test_a_swap_cut_short_before_its_commit_is_undone(filled, tmp_path) -> None:
    profile, old_code, _new, expected = _staged_rotation(filled, tmp_path)
    with Companion.unlock(profile, recovery_code=old_code, keystore=NoKeyStore()) as c:
        assert tables_of(c) == expected
    assert not (profile / "companion.db.next").exists()
    assert not (profile / "companion.key.next").exists()


@pytest.mark.parametrize("moved", [[], ["companion.key"], ["companion.key", "companion.db"]])
def test_a_committed_swap_is_finished_at_next_unlock(filled, tmp_path, moved) -> None:
    profile, old_code, new_code, expected = _staged_rotation(filled, tmp_path)
    marker = {"format": "companion-swap", "version": 1, "reason": "test"}
    marker["files"] = ["companion.key", "companion.db"]
    (profile / SWAP_MARKER).write_text(json.dumps(marker))
    for name in moved:
        (profile / f"{name}.next").replace(profile / name)
    with Companion.unlock(profile, recovery_code=new_code, keystore=NoKeyStore()) as c:
        assert tables_of(c) == expected
    assert not (profile / SWAP_MARKER).exists()
    with Companion.unlock(profile, passphrase=PASSPHRASE, keystore=NoKeyStore()) as c:
        assert c.counts()["people"] == 2
    with pytest.raises(VaultCorrupt):
        Companion.unlock(profile, recovery_code=old_code, keystore=NoKeyStore())
