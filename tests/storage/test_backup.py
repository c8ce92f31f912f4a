"""Encrypted backups: no plaintext inside, restore elsewhere with the passphrase or recovery code
alone, a kept copy of what was replaced, and daily automatic backups that keep the newest few."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from companion.domain.errors import VaultCorrupt, VaultInUse, WrongPassphrase, WrongRecoveryCode
from companion.facade import Companion
from companion.platform.clock import FakeClock
from companion.storage.backup import (
    MAGIC,
    auto_backups,
    backup_now,
    maybe_auto_backup,
    read_manifest,
    restore,
)
from companion.storage.engine import SCHEMA_VERSION, SQLITE_PLAIN_HEADER
from companion.storage.models import Person
from companion.vault.keystore import MemoryKeyStore, NoKeyStore
from tests.helpers import PASSPHRASE, flip_byte, snapshot, tables_of
from tests.helpers import T0 as NOW


def _backup(profile: Path, code: str, target: Path, clock: FakeClock) -> Path:
    # The recovery code opens without the (deliberately slow) passphrase key derivation.
    with Companion.unlock(profile, recovery_code=code, keystore=NoKeyStore(), clock=clock) as c:
        return backup_now(c, target)


def test_backup_holds_no_plaintext_and_says_what_it_is(filled, tmp_path, clock) -> None:
    profile, code, _expected = filled
    path = _backup(profile, code, tmp_path / "mine.companion-backup", clock)
    data = path.read_bytes()
    assert data.startswith(MAGIC)
    for secret in (
        b"Zo\xc3\xab",
        b"long call",
        b"No phone at dinner",
        b"school friends",
        b"hopeful",
    ):
        assert secret not in data
    assert SQLITE_PLAIN_HEADER not in data
    manifest = read_manifest(path)
    assert manifest.kind == "manual"
    assert manifest.schema_version == SCHEMA_VERSION
    assert set(manifest.files) == {"companion.db", "companion.key"}
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_restores_on_another_machine_with_the_passphrase_alone(filled, tmp_path, clock) -> None:
    profile, code, expected = filled
    path = _backup(profile, code, tmp_path / "b.companion-backup", clock)
    keyring = MemoryKeyStore()  # the other computer's keyring, empty
    result = restore(
        tmp_path / "elsewhere", path, passphrase=PASSPHRASE, keystore=keyring, clock=clock
    )
    assert result.safety_backup is None
    assert result.keyring_stored
    with Companion.unlock(tmp_path / "elsewhere", keystore=keyring, clock=clock) as c:
        assert c.unlocked_by.method == "keyring"
        assert tables_of(c) == expected


def test_restores_with_the_recovery_code_alone(filled, tmp_path, clock) -> None:
    profile, code, expected = filled
    path = _backup(profile, code, tmp_path / "b.companion-backup", clock)
    restore(tmp_path / "other", path, recovery_code=code, keystore=NoKeyStore(), clock=clock)
    with Companion.unlock(tmp_path / "other", recovery_code=code, keystore=NoKeyStore()) as c:
        assert tables_of(c) == expected
    # The key file came along, so the passphrase works there too.
    with Companion.unlock(tmp_path / "other", passphrase=PASSPHRASE, keystore=NoKeyStore()) as c:
        assert c.counts()["people"] == 2


def test_wrong_secret_leaves_the_profile_untouched(filled, tmp_path, clock) -> None:
    profile, code, _expected = filled
    path = _backup(profile, code, tmp_path / "b.companion-backup", clock)
    before = snapshot(profile)
    with pytest.raises(WrongPassphrase):
        restore(profile, path, passphrase="not the passphrase", keystore=NoKeyStore(), clock=clock)
    other_code = Companion.create(tmp_path / "x", PASSPHRASE, keystore=NoKeyStore())
    other_code[0].close()
    with pytest.raises(WrongRecoveryCode):
        restore(profile, path, recovery_code=other_code[1], keystore=NoKeyStore(), clock=clock)
    assert snapshot(profile) == before


def test_restore_over_a_vault_keeps_the_old_one_as_a_backup(filled, tmp_path, clock) -> None:
    profile, code, expected = filled
    path = _backup(profile, code, tmp_path / "b.companion-backup", clock)
    # A different vault, with its own passphrase, sits in the profile being restored into.
    here, _ = Companion.create(tmp_path / "here", "another passphrase", keystore=NoKeyStore())
    with here:
        with here.vault.session() as s:
            s.add(Person(name="Only here", created_at=NOW, updated_at=NOW))
        here_tables = tables_of(here)
    result = restore(
        tmp_path / "here", path, passphrase=PASSPHRASE, keystore=NoKeyStore(), clock=clock
    )
    assert result.safety_backup is not None and result.safety_backup.parent.name == "backups"
    with Companion.unlock(tmp_path / "here", passphrase=PASSPHRASE, keystore=NoKeyStore()) as c:
        assert tables_of(c) == expected
    # The kept copy brings the replaced vault back, with its own passphrase.
    restore(
        tmp_path / "back",
        result.safety_backup,
        passphrase="another passphrase",
        keystore=NoKeyStore(),
    )
    with Companion.unlock(
        tmp_path / "back", passphrase="another passphrase", keystore=NoKeyStore()
    ) as c:
        assert tables_of(c) == here_tables


def test_damaged_or_foreign_files_are_refused(filled, tmp_path, clock) -> None:
    profile, code, _expected = filled
    path = _backup(profile, code, tmp_path / "b.companion-backup", clock)
    before = snapshot(profile)
    flip_byte(path, path.stat().st_size // 2)
    with pytest.raises(VaultCorrupt):
        restore(profile, path, passphrase=PASSPHRASE, keystore=NoKeyStore(), clock=clock)
    not_backup = tmp_path / "notes.txt"
    not_backup.write_text("hello")
    with pytest.raises(VaultCorrupt, match="isn't a Companion backup"):
        restore(profile, not_backup, passphrase=PASSPHRASE, keystore=NoKeyStore(), clock=clock)
    truncated = tmp_path / "cut.companion-backup"
    truncated.write_bytes((tmp_path / "b.companion-backup").read_bytes()[:5000])
    with pytest.raises(VaultCorrupt):
        restore(profile, truncated, passphrase=PASSPHRASE, keystore=NoKeyStore(), clock=clock)
    assert snapshot(profile) == before
    assert sorted(p.name for p in profile.iterdir()) == [
        "companion.db",
        "companion.key",
        "companion.lock",
    ]


def test_restore_waits_for_the_app_to_close(filled, tmp_path, clock) -> None:
    profile, code, _expected = filled
    path = _backup(profile, code, tmp_path / "b.companion-backup", clock)
    with (
        Companion.unlock(profile, recovery_code=code, keystore=NoKeyStore()),
        pytest.raises(VaultInUse),
    ):
        restore(profile, path, passphrase=PASSPHRASE, keystore=NoKeyStore(), clock=clock)


def test_daily_automatic_backups_keep_the_newest(filled, clock) -> None:
    profile, code, _expected = filled
    with Companion.unlock(profile, recovery_code=code, keystore=NoKeyStore(), clock=clock) as c:
        assert c.settings.get("backup.keep") == 3
        made = []
        for _day in range(5):
            first = maybe_auto_backup(c)
            assert first is not None and first.exists()
            clock.advance(hours=5)
            assert maybe_auto_backup(c) is None  # one a day
            made.append(first.name)
            clock.advance(timedelta(hours=19))
        kept = [p.name for p in auto_backups(profile / "backups")]
        assert kept == made[-3:]
        assert made[0] == "auto-2026-03-14-093000.companion-backup"
        c.settings.set("backup.auto", False)
        clock.advance(days=1)
        assert maybe_auto_backup(c) is None


def test_automatic_backups_go_to_the_chosen_folder(filled, tmp_path, clock) -> None:
    profile, code, expected = filled
    synced = tmp_path / "Sync"
    synced.mkdir()
    with Companion.unlock(profile, recovery_code=code, keystore=NoKeyStore(), clock=clock) as c:
        c.settings.set("backup.folder", str(synced))
        made = maybe_auto_backup(c)
    assert made is not None and made.parent == synced
    assert not (profile / "backups").exists()
    restore(tmp_path / "laptop", made, passphrase=PASSPHRASE, keystore=NoKeyStore(), clock=clock)
    with Companion.unlock(tmp_path / "laptop", passphrase=PASSPHRASE, keystore=NoKeyStore()) as c:
        assert tables_of(c)["person"] == expected["person"]


def test_a_lost_keyring_entry_comes_back_with_the_passphrase_or_code(filled, clock) -> None:
    profile, code, _expected = filled
    keyring = MemoryKeyStore()
    with Companion.unlock(profile, passphrase=PASSPHRASE, keystore=keyring) as c:
        assert c.unlocked_by.keyring_restored
        vault_id = c.key_file.vault_id
    with Companion.unlock(profile, keystore=keyring) as c:
        assert c.unlocked_by.method == "keyring"
    keyring.delete(vault_id)  # the keyring was reset
    with Companion.unlock(profile, recovery_code=code, keystore=keyring) as c:
        assert c.unlocked_by.keyring_restored
    assert keyring.get(vault_id) is not None
    with Companion.unlock(profile, keystore=keyring) as c:
        assert c.unlocked_by.method == "keyring"
        assert c.counts()["people"] == 2
