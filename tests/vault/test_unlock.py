"""Creating and unlocking a profile, and every way opening it can go wrong: a plain message, a
CompanionError, and the profile's files left exactly as they were."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlmodel import select

from companion.domain.errors import (
    CompanionError,
    InvalidInput,
    KeyUnavailable,
    StorageError,
    VaultCorrupt,
    VaultInUse,
    VaultMissing,
    WrongPassphrase,
    WrongRecoveryCode,
)
from companion.facade import Companion, asks_passphrase_at_start, profile_state
from companion.storage.engine import SCHEMA_VERSION, SQLITE_PLAIN_HEADER
from companion.storage.models import Circle, Person
from companion.vault.keys import format_recovery_code, generate_data_key
from companion.vault.keystore import MemoryKeyStore, NoKeyStore, SystemKeyStore
from tests.helpers import PROJECT_ROOT, T0, MadeVault, copy_vault, make_vault, snapshot


def _names(companion: Companion) -> list[str]:
    with companion.vault.session() as session:
        return [p.name for p in session.exec(select(Person))]


def _assert_plain(exc: BaseException) -> None:
    assert isinstance(exc, CompanionError)
    message = str(exc)
    assert message and "\n" not in message
    assert "Traceback" not in message


# --- creating ----------------------------------------------------------------------------------


def test_create_then_unlock_by_passphrase(tmp_path: Path) -> None:
    assert profile_state(tmp_path / "p") == "new"
    companion, code = Companion.create(tmp_path / "p", "seven blue kites", keystore=NoKeyStore())
    with companion:
        assert companion.unlocked_by.method == "new"
        assert companion.recovery_code == code
        assert companion.vault.schema_version() == SCHEMA_VERSION
        assert companion.vault.cipher_version().startswith("4.")
        info = companion.info()
        assert info["records"]["people"] == 0
        assert info["keyring_has_key"] is False
    assert profile_state(tmp_path / "p") == "existing"
    assert sorted(p.name for p in (tmp_path / "p").iterdir()) == [
        "companion.db",
        "companion.key",
        "companion.lock",
    ]
    with Companion.unlock(
        tmp_path / "p", passphrase="seven blue kites", keystore=NoKeyStore()
    ) as c:
        assert c.unlocked_by.method == "passphrase"
        # The default circles were seeded.
        assert c.vault.count(Circle) == 4


def test_create_refuses_a_short_passphrase(tmp_path: Path) -> None:
    with pytest.raises(InvalidInput):
        Companion.create(tmp_path / "p", "short", keystore=NoKeyStore())
    assert not (tmp_path / "p").exists()


def test_create_refuses_an_existing_vault(vault: MadeVault) -> None:
    before = snapshot(vault.root)
    with pytest.raises(StorageError) as caught:
        Companion.create(vault.root, "another passphrase", keystore=NoKeyStore())
    _assert_plain(caught.value)
    assert snapshot(vault.root) == before


def test_unlock_by_recovery_code(vault: MadeVault) -> None:
    with Companion.unlock(
        vault.root, recovery_code=vault.recovery_code, keystore=NoKeyStore()
    ) as c:
        assert c.unlocked_by.method == "recovery_code"
        assert _names(c) == ["Ada Byron"]
    spaced = vault.recovery_code.lower().replace("-", " ")
    with Companion.unlock(vault.root, recovery_code=spaced, keystore=NoKeyStore()) as c:
        assert _names(c) == ["Ada Byron"]


def test_unlock_by_keystore(tmp_path: Path) -> None:
    store = MemoryKeyStore()
    companion, _code = Companion.create(tmp_path / "p", "seven blue kites", keystore=store)
    with companion:
        assert companion.unlocked_by.keyring_restored is True
        assert companion.keyring_has_key()
        assert companion.info()["keyring_backend"] == "memory"
    with Companion.unlock(tmp_path / "p", keystore=store) as c:
        assert c.unlocked_by.method == "keyring"
    # A keyring that lost the key: the passphrase opens it and puts the key back.
    empty = MemoryKeyStore()
    with pytest.raises(KeyUnavailable):
        Companion.unlock(tmp_path / "p", keystore=empty)
    with Companion.unlock(tmp_path / "p", passphrase="seven blue kites", keystore=empty) as c:
        assert c.unlocked_by.keyring_restored is True
    with Companion.unlock(tmp_path / "p", keystore=empty) as c:
        assert c.unlocked_by.method == "keyring"


def test_ask_passphrase_at_start_takes_the_key_out_of_the_keyring(tmp_path: Path) -> None:
    store = MemoryKeyStore()
    companion, _ = Companion.create(tmp_path / "p", "seven blue kites", keystore=store)
    with companion:
        companion.set_ask_passphrase_at_start(True)
        assert not companion.keyring_has_key()
    assert asks_passphrase_at_start(tmp_path / "p") is True
    with pytest.raises(KeyUnavailable):
        Companion.unlock(tmp_path / "p", keystore=store)
    with Companion.unlock(tmp_path / "p", passphrase="seven blue kites", keystore=store) as c:
        assert c.unlocked_by.keyring_restored is False
        c.set_ask_passphrase_at_start(False)
        assert c.keyring_has_key()
    with Companion.unlock(tmp_path / "p", keystore=store) as c:
        assert c.unlocked_by.method == "keyring"


def test_set_passphrase(vault: MadeVault) -> None:
    with Companion.unlock(
        vault.root, recovery_code=vault.recovery_code, keystore=NoKeyStore()
    ) as c:
        with pytest.raises(InvalidInput):
            c.set_passphrase("short")
        c.set_passphrase("a whole new passphrase")
    with pytest.raises(WrongPassphrase):
        Companion.unlock(vault.root, passphrase=vault.passphrase, keystore=NoKeyStore())
    with Companion.unlock(
        vault.root, passphrase="a whole new passphrase", keystore=NoKeyStore()
    ) as c:
        assert _names(c) == ["Ada Byron"]


def test_refusing_system_keyring_in_tests() -> None:
    """conftest sets the fail backend; SystemKeyStore must refuse it rather than "store" keys."""
    store = SystemKeyStore(service="org.companionapp.Companion.test")
    assert store.available() is False
    assert store.get("x") is None


def test_no_keyring_no_passphrase(vault: MadeVault) -> None:
    before = snapshot(vault.root)
    with pytest.raises(KeyUnavailable) as caught:
        Companion.unlock(vault.root, keystore=SystemKeyStore())
    _assert_plain(caught.value)
    assert snapshot(vault.root) == before


# --- wrong secrets leave everything as it was ----------------------------------------------------


def test_wrong_passphrase_changes_nothing(vault: MadeVault) -> None:
    before = snapshot(vault.root)
    assert not any(name.endswith(("-wal", "-shm")) for name in before)
    with pytest.raises(WrongPassphrase) as caught:
        Companion.unlock(vault.root, passphrase="not the passphrase", keystore=MemoryKeyStore())
    _assert_plain(caught.value)
    assert snapshot(vault.root) == before
    # And the lock was released: the right passphrase works straight after.
    with Companion.unlock(vault.root, passphrase=vault.passphrase, keystore=NoKeyStore()) as c:
        assert _names(c) == ["Ada Byron"]


def test_mistyped_recovery_code_changes_nothing(vault: MadeVault) -> None:
    before = snapshot(vault.root)
    code = vault.recovery_code
    typo = ("B" if code[0] != "B" else "C") + code[1:]
    with pytest.raises(WrongRecoveryCode):
        Companion.unlock(vault.root, recovery_code=typo, keystore=NoKeyStore())
    assert snapshot(vault.root) == before


def test_another_vaults_recovery_code_changes_nothing(vault: MadeVault) -> None:
    before = snapshot(vault.root)
    other = format_recovery_code(generate_data_key())
    with pytest.raises(CompanionError) as caught:
        Companion.unlock(vault.root, recovery_code=other, keystore=NoKeyStore())
    _assert_plain(caught.value)
    assert isinstance(caught.value, (WrongRecoveryCode, VaultCorrupt))
    assert snapshot(vault.root) == before


# --- missing and damaged files ------------------------------------------------------------------


def test_no_vault_at_all(tmp_path: Path) -> None:
    with pytest.raises(VaultMissing) as caught:
        Companion.unlock(tmp_path / "nothing-here", passphrase="whatever it is")
    _assert_plain(caught.value)
    assert not (tmp_path / "nothing-here").exists()


def test_key_file_missing(vault: MadeVault) -> None:
    vault.key.unlink()
    before = snapshot(vault.root)
    with pytest.raises(VaultCorrupt, match="recovery code") as caught:
        Companion.unlock(vault.root, passphrase=vault.passphrase, keystore=NoKeyStore())
    _assert_plain(caught.value)
    assert snapshot(vault.root) == before
    # The recovery code still opens it, and a new passphrase writes a new key file.
    with Companion.unlock(
        vault.root, recovery_code=vault.recovery_code, keystore=NoKeyStore()
    ) as c:
        assert c.needs_new_passphrase
        c.set_passphrase("a fresh start here")
    with Companion.unlock(vault.root, passphrase="a fresh start here", keystore=NoKeyStore()) as c:
        assert _names(c) == ["Ada Byron"]


@pytest.mark.parametrize(
    "content",
    [b"", b"not json", b"{}", b'{"format": "companion-key", "version": 1}', b"\x00" * 300],
    ids=["empty", "not-json", "empty-object", "incomplete", "zeros"],
)
def test_key_file_corrupt(vault: MadeVault, content: bytes) -> None:
    vault.key.write_bytes(content)
    before = snapshot(vault.root)
    with pytest.raises(VaultCorrupt) as caught:
        Companion.unlock(vault.root, passphrase=vault.passphrase, keystore=NoKeyStore())
    _assert_plain(caught.value)
    assert snapshot(vault.root) == before
    assert asks_passphrase_at_start(vault.root) is True


def test_key_file_from_a_newer_version(vault: MadeVault) -> None:
    doc = json.loads(vault.key.read_bytes())
    doc["version"] = 7
    vault.key.write_text(json.dumps(doc))
    before = snapshot(vault.root)
    with pytest.raises(VaultCorrupt, match="newer version") as caught:
        Companion.unlock(vault.root, passphrase=vault.passphrase, keystore=NoKeyStore())
    _assert_plain(caught.value)
    assert snapshot(vault.root) == before


def test_database_missing(vault: MadeVault) -> None:
    vault.db.unlink()
    before = snapshot(vault.root)
    with pytest.raises(VaultCorrupt, match="missing") as caught:
        Companion.unlock(vault.root, passphrase=vault.passphrase, keystore=NoKeyStore())
    _assert_plain(caught.value)
    assert snapshot(vault.root) == before


def _plain_sqlite(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE person (id INTEGER PRIMARY KEY, name TEXT)")
    conn.execute("INSERT INTO person (name) VALUES ('plain')")
    conn.commit()
    conn.close()


def _replace_db(vault: MadeVault, how: str, tmp_path: Path) -> None:
    vault.db.unlink()
    if how == "plain-sqlite":
        _plain_sqlite(vault.db)
    elif how == "random-bytes":
        vault.db.write_bytes(os.urandom(8192))
    elif how == "empty":
        vault.db.write_bytes(b"")
    elif how == "another-vault":
        other = make_vault(tmp_path / "other", "another passphrase here", records=False)
        shutil.copyfile(other.db, vault.db)
    elif how == "text-file":
        vault.db.write_text("These are my notes, not a database.\n" * 50)
    else:
        raise AssertionError(how)


@pytest.mark.parametrize(
    "how", ["plain-sqlite", "random-bytes", "empty", "another-vault", "text-file"]
)
@pytest.mark.parametrize("secret", ["passphrase", "recovery_code"])
def test_database_replaced(vault: MadeVault, tmp_path: Path, how: str, secret: str) -> None:
    _replace_db(vault, how, tmp_path)
    before = snapshot(vault.root)
    kwargs = {secret: getattr(vault, secret)}
    with pytest.raises(CompanionError) as caught:
        Companion.unlock(vault.root, keystore=NoKeyStore(), **kwargs)
    _assert_plain(caught.value)
    assert isinstance(caught.value, VaultCorrupt)
    if how == "plain-sqlite":
        assert "unencrypted" in str(caught.value)
    assert snapshot(vault.root) == before


def test_vault_file_is_never_plain_sqlite(vault: MadeVault) -> None:
    header = vault.db.read_bytes()[:16]
    assert header != SQLITE_PLAIN_HEADER
    assert b"SQLite" not in header


# --- the profile in use ---------------------------------------------------------------------------


def test_second_exclusive_unlock_is_refused(vault: MadeVault) -> None:
    first = Companion.unlock(vault.root, recovery_code=vault.recovery_code, keystore=NoKeyStore())
    try:
        with pytest.raises(VaultInUse) as caught:
            Companion.unlock(vault.root, recovery_code=vault.recovery_code, keystore=NoKeyStore())
        _assert_plain(caught.value)
        # A non-exclusive reader (the CLI's `info`) still works beside it.
        with Companion.unlock(
            vault.root, recovery_code=vault.recovery_code, keystore=NoKeyStore(), exclusive=False
        ) as reader:
            assert _names(reader) == ["Ada Byron"]
    finally:
        first.close()
    with Companion.unlock(
        vault.root, recovery_code=vault.recovery_code, keystore=NoKeyStore()
    ) as c:
        assert _names(c) == ["Ada Byron"]


HOLDER = """
import sys
from companion.facade import Companion
from companion.vault.keystore import NoKeyStore
c = Companion.unlock(sys.argv[1], recovery_code=sys.argv[2], keystore=NoKeyStore())
print("holding", flush=True)
sys.stdin.read()
"""


def test_in_use_by_a_process_that_is_then_killed(vault: MadeVault) -> None:
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(vault.root), vault.recovery_code],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=PROJECT_ROOT,
    )
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "holding"
        with pytest.raises(VaultInUse):
            Companion.unlock(vault.root, recovery_code=vault.recovery_code, keystore=NoKeyStore())
    finally:
        holder.kill()
        holder.wait(timeout=30)
    assert holder.returncode == -9
    with Companion.unlock(
        vault.root, recovery_code=vault.recovery_code, keystore=NoKeyStore()
    ) as c:
        assert _names(c) == ["Ada Byron"]


# --- a read-only profile folder -------------------------------------------------------------------


def _mount(*args: str) -> bool:
    if shutil.which("mount") is None:
        return False
    return subprocess.run(["mount", *args], capture_output=True).returncode == 0


def _umount(path: Path) -> None:
    subprocess.run(["umount", "-l", str(path)], capture_output=True)


@pytest.fixture
def read_only_copy(vault: MadeVault, tmp_path: Path):
    """The vault in a folder this process can't write to, by permissions or by a read-only mount."""
    if os.geteuid() != 0:
        os.chmod(vault.root, 0o555)
        for f in vault.root.iterdir():
            os.chmod(f, 0o444)
        try:
            yield vault
        finally:
            os.chmod(vault.root, 0o755)
            for f in vault.root.iterdir():
                os.chmod(f, 0o644)
        return
    target = tmp_path / "ro"
    target.mkdir()
    if not _mount("--bind", str(vault.root), str(target)):
        pytest.skip(
            "running as root and `mount --bind` is not permitted here, so no read-only folder"
        )
    try:
        if not _mount("-o", "remount,ro,bind", str(target)):
            pytest.skip("running as root and a read-only remount is not permitted here")
        if os.access(target, os.W_OK) and _can_create(target):
            pytest.skip("the read-only mount is still writable here")
        yield MadeVault(target, vault.passphrase, vault.recovery_code, vault.data_key)
    finally:
        _umount(target)


def _can_create(folder: Path) -> bool:
    try:
        (folder / ".probe").write_bytes(b"")
    except OSError:
        return False
    (folder / ".probe").unlink()
    return True


def test_read_only_profile_folder(read_only_copy: MadeVault) -> None:
    """Either it opens and reads, or it says plainly that the folder can't be written."""
    before = snapshot(read_only_copy.root)
    try:
        companion = Companion.unlock(
            read_only_copy.root, passphrase=read_only_copy.passphrase, keystore=NoKeyStore()
        )
    except CompanionError as exc:
        _assert_plain(exc)
        assert isinstance(exc, StorageError)
        assert "write" in str(exc) or "read-only" in str(exc)
    else:
        with companion:
            assert _names(companion) == ["Ada Byron"]
    assert snapshot(read_only_copy.root) == before


def test_create_in_a_read_only_folder(read_only_copy: MadeVault) -> None:
    with pytest.raises(StorageError) as caught:
        Companion.create(read_only_copy.root / "new", "seven blue kites", keystore=NoKeyStore())
    _assert_plain(caught.value)
    assert not (read_only_copy.root / "new").exists()


def test_copy_helper_gives_an_independent_vault(vault: MadeVault, tmp_path: Path) -> None:
    twin = copy_vault(vault, tmp_path / "twin")
    c = Companion.unlock(twin.root, recovery_code=twin.recovery_code, keystore=NoKeyStore())
    with c, c.vault.session() as s:
        s.add(Person(name="Only in the twin", created_at=T0, updated_at=T0))
    with Companion.unlock(
        vault.root, recovery_code=vault.recovery_code, keystore=NoKeyStore()
    ) as c:
        assert _names(c) == ["Ada Byron"]
