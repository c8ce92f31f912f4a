"""Delete everything: only after the typed phrase, and then the vault, key file, keyring entry and
the profile's backups are gone."""

from __future__ import annotations

import pytest

from companion.domain.errors import InvalidInput, VaultInUse
from companion.facade import Companion
from companion.storage.backup import maybe_auto_backup
from companion.vault.erase import delete_everything, erase_profile
from companion.vault.keystore import MemoryKeyStore, NoKeyStore
from tests.helpers import snapshot


def test_nothing_goes_without_the_typed_phrase(filled) -> None:
    profile, _code, _ = filled
    before = snapshot(profile)
    for wrong in ("", "yes", "delete", "delete  everything!"):
        with pytest.raises(InvalidInput, match="delete everything"):
            erase_profile(profile, wrong, keystore=NoKeyStore())
    assert snapshot(profile) == before


def test_everything_in_the_profile_goes(filled, tmp_path, clock) -> None:
    profile, code, _ = filled
    keyring = MemoryKeyStore()
    synced = tmp_path / "Sync"
    synced.mkdir()
    c = Companion.unlock(profile, recovery_code=code, keystore=keyring, clock=clock)
    maybe_auto_backup(c)
    c.set_ask_passphrase_at_start(False)
    vault_id = c.key_file.vault_id
    keyring.set(vault_id, c.data_key)
    c.settings.set("backup.folder", str(synced))
    clock.advance(days=1)
    maybe_auto_backup(c)
    assert (profile / "backups").is_dir() and list(synced.iterdir())
    result = delete_everything(c, "Delete everything")
    assert result.keyring_entry_removed
    assert keyring.get(vault_id) is None
    assert result.kept_backup_folder == synced
    assert not profile.exists()
    assert len(list(synced.iterdir())) == 1  # a folder the user chose elsewhere is theirs to clear


def test_a_profile_in_use_is_not_erased(filled) -> None:
    profile, code, _ = filled
    with (
        Companion.unlock(profile, recovery_code=code, keystore=NoKeyStore()),
        pytest.raises(VaultInUse),
    ):
        erase_profile(profile, "delete everything", keystore=NoKeyStore())
    assert (profile / "companion.db").exists()
    result = erase_profile(profile, "delete everything", keystore=NoKeyStore())
    assert {p.name for p in result.removed} == {"companion.db", "companion.key"}
    assert not profile.exists()


def test_in_spanish_the_phrase_asked_for_is_spanish_and_english_still_works(
    filled, monkeypatch
) -> None:
    from companion.domain import i18n
    from companion.vault.erase import confirmation_phrase, is_confirmation

    monkeypatch.setattr(i18n, "SHIPPED", ("en", "es"))
    assert i18n.install("es") == "es"
    try:
        assert confirmation_phrase() == "eliminar todo"
        assert is_confirmation(" Eliminar todo ") and is_confirmation("delete everything")
        assert not is_confirmation("eliminar") and not is_confirmation("")
        profile, _code, _ = filled
        before = snapshot(profile)
        with pytest.raises(InvalidInput, match="eliminar todo"):
            erase_profile(profile, "borrar", keystore=NoKeyStore())
        assert snapshot(profile) == before
        erase_profile(profile, "Eliminar todo", keystore=NoKeyStore())
        assert not profile.exists() or not any(profile.iterdir())
    finally:
        i18n.install("en")
