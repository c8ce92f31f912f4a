"""Every field of the key file is authenticated: a file changed on disk (one flipped byte, or any
field given another value) is refused with a plain message, whether the keyring or the passphrase
opens the vault, and nothing is changed: not the vault, not the key file, not the keyring. A key
file in the first format (tests/fixtures/keyfile_v1) still opens, and the next passphrase unlock
upgrades it.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from companion.domain.errors import KeyUnavailable, VaultCorrupt, WrongPassphrase
from companion.facade import Companion
from companion.vault.keys import KdfParams, KeyFile
from companion.vault.keystore import MemoryKeyStore, NoKeyStore
from tests.helpers import MadeVault, snapshot

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "keyfile_v1"
FIXTURE_PASSPHRASE = "fixture passphrase v2"
# Cheap Argon2id settings, so a few thousand tampered files can be tried in seconds.
CHEAP = dict(iterations=1, lanes=1, memory_kib=8)


@pytest.fixture
def cheap_vault(vault: MadeVault) -> MadeVault:
    """The sample vault with its key file rewrapped under cheap Argon2id settings."""
    key_file = KeyFile.load(vault.key)
    cheap = KeyFile.wrap(
        vault.data_key,
        vault.passphrase,
        vault_id=key_file.vault_id,
        created=key_file.created,
        kdf=KdfParams(salt=bytes(range(16)), **CHEAP),
    )
    cheap.save(vault.key)
    # Kept beside it for the tests: the id the keyring entry is stored under.
    (vault.root / "vault-id").write_text(json.dumps(key_file.vault_id))
    return vault


def _vault_id(made: MadeVault) -> str:
    return json.loads((made.root / "vault-id").read_text())


def _refused(made: MadeVault, content: bytes, *, keyring_may_open: bool = False) -> str:
    """Write `content` as the key file and try every way in that doesn't need the recovery code.
    Returns how it was refused; fails if it opened or anything changed.

    `keyring_may_open`: a file that looks like the first format has no MAC to check, so the
    keyring, which holds the key already, still opens the vault (trusting nothing in the file but
    the id to look up); the passphrase must still refuse it, and nothing may change."""
    made.key.write_bytes(content)
    before = snapshot(made.root)
    holding = MemoryKeyStore()
    holding.set(_vault_id(made), made.data_key)
    holding_before = dict(holding._keys)
    empty = MemoryKeyStore()
    outcomes = []
    for keystore, passphrase in ((holding, None), (empty, made.passphrase)):
        try:
            companion = Companion.unlock(made.root, passphrase=passphrase, keystore=keystore)
        except (VaultCorrupt, WrongPassphrase, KeyUnavailable) as exc:
            assert "\n" not in str(exc) and "Traceback" not in str(exc)
            outcomes.append(type(exc).__name__)
        else:
            companion.close()
            if keyring_may_open and passphrase is None:
                assert made.key.read_bytes() == content
                continue
            pytest.fail(
                f"a changed key file opened the vault ({'keyring' if passphrase is None else 'passphrase'})"
            )
    if not keyring_may_open:
        assert snapshot(made.root) == before, "a refused key file changed the profile"
    assert holding._keys == holding_before and empty._keys == {}, "the keyring was changed"
    return "/".join(outcomes)


def test_the_key_file_is_authenticated_and_still_opens(cheap_vault: MadeVault) -> None:
    doc = json.loads(cheap_vault.key.read_bytes())
    assert doc["version"] == 2 and "mac" in doc
    store = MemoryKeyStore()
    with Companion.unlock(cheap_vault.root, passphrase=cheap_vault.passphrase, keystore=store) as c:
        assert c.unlocked_by.method == "passphrase"
    with Companion.unlock(cheap_vault.root, keystore=store) as c:
        assert c.unlocked_by.method == "keyring"


@pytest.mark.parametrize("mask", [0x01, 0x20, 0x80], ids=["bit0", "bit5", "bit7"])
def test_every_flipped_byte_is_refused_and_changes_nothing(
    cheap_vault: MadeVault, mask: int
) -> None:
    original = cheap_vault.key.read_bytes()
    for index in range(len(original)):
        flipped = bytearray(original)
        flipped[index] ^= mask
        if bytes(flipped).decode("latin-1").isspace():
            continue
        try:
            refused = _refused(cheap_vault, bytes(flipped))
            assert refused.count("/") == 1, f"both ways in must be refused, got {refused}"
        except BaseException:
            print(f"byte {index} ({chr(original[index])!r}) ^ {mask:#x}")
            raise
    cheap_vault.key.write_bytes(original)


def _fields(doc: dict[str, Any], prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    found = []
    for key, value in doc.items():
        if isinstance(value, dict):
            found.extend(_fields(value, (*prefix, key)))
        else:
            found.append((*prefix, key))
    return found


def _other(value: Any) -> list[Any]:
    """Other values of the same kind, and of other kinds."""
    if isinstance(value, bool):
        return [not value, int(value), str(value).lower()]
    if isinstance(value, int):
        return [value + 1, value - 1, str(value), float(value)]
    assert isinstance(value, str)
    changed = value[:-2] + ("AA" if value[-2:] != "AA" else "BB")
    return [changed, value.upper() if value.upper() != value else value.lower(), "", None]


def _all_changes(path: Path) -> list[tuple[str, Any]]:
    doc = json.loads(path.read_bytes())
    return [(".".join(field), new) for field in _fields(doc) for new in _other(_get(doc, field))]


def _get(doc: dict[str, Any], field: tuple[str, ...]) -> Any:
    for key in field:
        doc = doc[key]
    return doc


def test_every_field_given_another_value_is_refused(cheap_vault: MadeVault) -> None:
    original = cheap_vault.key.read_bytes()
    changes = _all_changes(cheap_vault.key)
    fields = {name for name, _ in changes}
    assert {"ask_passphrase_at_start", "version", "kdf.salt", "wrap.nonce", "created"} <= fields
    for name, new in changes:
        doc = json.loads(original)
        *parents, last = name.split(".")
        target = doc
        for key in parents:
            target = target[key]
        target[last] = new
        try:
            _refused(cheap_vault, json.dumps(doc, indent=2).encode())
        except BaseException:
            print(f"{name} = {new!r}")
            raise
    cheap_vault.key.write_bytes(original)


@pytest.mark.parametrize("how", ["added-field", "removed-field", "removed-mac", "downgraded"])
def test_fields_added_removed_or_a_downgrade_are_refused(cheap_vault: MadeVault, how: str) -> None:
    doc = json.loads(cheap_vault.key.read_bytes())
    doc["ask_passphrase_at_start"] = False
    if how == "added-field":
        doc["keyring_only"] = True
    elif how == "removed-field":
        del doc["created"]
    elif how == "removed-mac":
        del doc["mac"]
    else:  # made to look like a first-format file, which carries no MAC
        del doc["mac"]
        doc["version"] = 1
    refused = _refused(cheap_vault, json.dumps(doc).encode(), keyring_may_open=how == "downgraded")
    # The passphrase never opens a changed file; a first-format file may still open from the
    # keyring, which holds the key itself.
    assert refused.count("/") == 1 or (how == "downgraded" and refused == "WrongPassphrase"), (
        refused
    )


def test_turning_the_passphrase_prompt_off_on_disk_does_not_put_the_key_in_the_keyring(
    cheap_vault: MadeVault,
) -> None:
    """The attack that was reported: one byte turns the setting off, and the next passphrase unlock
    used to put the key back in the keyring."""
    store = MemoryKeyStore()
    with Companion.unlock(cheap_vault.root, passphrase=cheap_vault.passphrase, keystore=store) as c:
        c.set_ask_passphrase_at_start(True)
    assert store._keys == {}
    text = cheap_vault.key.read_text()
    assert '"ask_passphrase_at_start": true' in text
    cheap_vault.key.write_text(
        text.replace('"ask_passphrase_at_start": true', '"ask_passphrase_at_start": false')
    )
    with pytest.raises(VaultCorrupt, match="changed"):
        Companion.unlock(cheap_vault.root, passphrase=cheap_vault.passphrase, keystore=store)
    assert store._keys == {}


def test_settings_changes_stay_authenticated(cheap_vault: MadeVault) -> None:
    store = MemoryKeyStore()
    with Companion.unlock(cheap_vault.root, passphrase=cheap_vault.passphrase, keystore=store) as c:
        c.set_ask_passphrase_at_start(True)
        c.set_ask_passphrase_at_start(False)
        c.set_ask_passphrase_at_start(True)
    with pytest.raises(KeyUnavailable):
        Companion.unlock(cheap_vault.root, keystore=store)
    with Companion.unlock(cheap_vault.root, passphrase=cheap_vault.passphrase, keystore=store) as c:
        assert c.ask_passphrase_at_start is True


def test_the_recovery_code_opens_past_a_changed_key_file_and_a_new_passphrase_replaces_it(
    cheap_vault: MadeVault,
) -> None:
    doc = json.loads(cheap_vault.key.read_bytes())
    doc["ask_passphrase_at_start"] = not doc["ask_passphrase_at_start"]
    changed = json.dumps(doc).encode()
    cheap_vault.key.write_bytes(changed)
    store = MemoryKeyStore()
    with Companion.unlock(
        cheap_vault.root, recovery_code=cheap_vault.recovery_code, keystore=store
    ) as c:
        assert c.needs_new_passphrase  # the changed file is not trusted
        assert cheap_vault.key.read_bytes() == changed  # and not touched until a new one is chosen
        assert store._keys == {}
        c.set_passphrase("a new passphrase for a new file")
    with Companion.unlock(
        cheap_vault.root, passphrase="a new passphrase for a new file", keystore=NoKeyStore()
    ):
        pass


# --- the first format -----------------------------------------------------------------------


@pytest.fixture
def old_profile(tmp_path: Path) -> MadeVault:
    from companion.vault.keys import parse_recovery_code

    root = tmp_path / "old"
    root.mkdir()
    for name in ("companion.db", "companion.key"):
        shutil.copy(FIXTURE / name, root / name)
    code = (FIXTURE / "recovery-code.txt").read_text().strip()
    return MadeVault(root, FIXTURE_PASSPHRASE, code, parse_recovery_code(code))


def test_the_fixture_is_the_first_format() -> None:
    doc = json.loads((FIXTURE / "companion.key").read_bytes())
    assert doc["version"] == 1 and "mac" not in doc


def test_a_first_format_key_file_opens_and_the_passphrase_unlock_upgrades_it(
    old_profile: MadeVault,
) -> None:
    old_doc = json.loads(old_profile.key.read_bytes())
    # The keyring and the recovery code open it and leave it as it is (they can't rewrap it).
    store = MemoryKeyStore()
    store.set(old_doc["vault_id"], old_profile.data_key)
    with Companion.unlock(old_profile.root, keystore=store):
        pass
    with Companion.unlock(
        old_profile.root, recovery_code=old_profile.recovery_code, keystore=NoKeyStore()
    ):
        pass
    assert json.loads(old_profile.key.read_bytes()) == old_doc
    # The passphrase opens it and upgrades it, keeping the id, the date and the setting.
    with Companion.unlock(old_profile.root, passphrase=FIXTURE_PASSPHRASE, keystore=store) as c:
        assert c.key_file is not None and c.key_file.version == 2
    new_doc = json.loads(old_profile.key.read_bytes())
    assert new_doc["version"] == 2 and "mac" in new_doc
    for same in ("vault_id", "created", "ask_passphrase_at_start", "kdf"):
        assert new_doc[same] == old_doc[same]
    assert not list(old_profile.root.glob(".companion.key.*"))  # written atomically
    # Upgraded, it opens every way and refuses a change like any other.
    with Companion.unlock(old_profile.root, passphrase=FIXTURE_PASSPHRASE, keystore=NoKeyStore()):
        pass
    with Companion.unlock(old_profile.root, keystore=store):
        pass
    new_doc["created"] = "2020-01-01T00:00:00+00:00"
    old_profile.key.write_text(json.dumps(new_doc))
    with pytest.raises(VaultCorrupt):
        Companion.unlock(old_profile.root, keystore=store)


def test_a_wrong_passphrase_leaves_a_first_format_file_alone(old_profile: MadeVault) -> None:
    before = old_profile.key.read_bytes(), old_profile.db.read_bytes()
    with pytest.raises(WrongPassphrase):
        Companion.unlock(old_profile.root, passphrase="not the passphrase", keystore=NoKeyStore())
    assert (old_profile.key.read_bytes(), old_profile.db.read_bytes()) == before


def test_changing_the_setting_of_a_first_format_file_asks_for_the_passphrase(
    old_profile: MadeVault,
) -> None:
    """Opened from the keyring, the app can't rewrap the key: the passphrase is asked once, and
    the file it writes is authenticated."""
    store = MemoryKeyStore()
    store.set(json.loads(old_profile.key.read_bytes())["vault_id"], old_profile.data_key)
    before = old_profile.key.read_bytes()
    with Companion.unlock(old_profile.root, keystore=store) as c:
        with pytest.raises(KeyUnavailable, match="passphrase"):
            c.set_ask_passphrase_at_start(True)
        assert old_profile.key.read_bytes() == before
        with pytest.raises(WrongPassphrase):
            c.set_ask_passphrase_at_start(True, passphrase="not the passphrase")
        c.set_ask_passphrase_at_start(True, passphrase=FIXTURE_PASSPHRASE)
        assert c.ask_passphrase_at_start
    doc = json.loads(old_profile.key.read_bytes())
    assert doc["version"] == 2 and doc["ask_passphrase_at_start"] is True
    assert store._keys == {}
    with Companion.unlock(old_profile.root, passphrase=FIXTURE_PASSPHRASE, keystore=store) as c:
        assert c.ask_passphrase_at_start
