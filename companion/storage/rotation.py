"""Changing the data key: the whole database re-encrypted under a new random key, then put in
place by the crash-safe swap (`companion.vault.swap`)."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from companion.domain.errors import InvalidInput, KeyringUnavailable, StorageError
from companion.domain.i18n import _
from companion.platform.fileio import disk_error, fsync_dir
from companion.platform.private_files import create_private_file
from companion.vault.keys import (
    KeyFile,
    format_recovery_code,
    generate_data_key,
    passphrase_problem,
)
from companion.vault.swap import (
    commit_swap,
    discard_staged,
    fsync_file,
    recover_interrupted_swap,
    staged_path,
)

if TYPE_CHECKING:
    from companion.facade import Companion
    from companion.storage.engine import Vault

# The storage layer is imported by the functions that change keys, not at module level.

Progress = Callable[[str], None]


def rotate_key(companion: Companion, passphrase: str, progress: Progress | None = None) -> str:
    """Re-encrypt the whole vault under a new random data key and return the new recovery code.

    `passphrase` is the current one (it wraps the new key; after opening with the recovery code and
    no key file, it becomes the passphrase). The old recovery code stops working. The caller
    serializes storage: nothing else writes while this runs.
    """
    from companion.storage.engine import Vault

    report = progress or (lambda _step: None)
    profile = companion.profile
    root = profile.root
    old_key_file = companion.key_file
    if old_key_file is None:
        problem = passphrase_problem(passphrase)
        if problem:
            raise InvalidInput(problem)
        new_key_file_base: KeyFile | None = None
    else:
        report(_("checking the passphrase"))
        if old_key_file.unwrap(passphrase) != companion.data_key:
            raise InvalidInput(
                _("That passphrase belongs to a different key; nothing was changed.")
            )
        new_key_file_base = old_key_file

    recover_interrupted_swap(root, lock_held=True)
    discard_staged(root)
    new_key = generate_data_key()
    db_next = staged_path(profile.db_path)
    key_next = staged_path(profile.key_path)
    new_entry: str | None = None
    committed = False
    try:
        report(_("re-encrypting"))
        _export_encrypted(companion.vault, db_next, new_key)
        fsync_file(db_next)
        report(_("checking the new copy"))
        _check_copy(companion.vault, db_next, new_key)
        fsync_file(db_next)

        report(_("writing the new key file"))
        if new_key_file_base is not None:
            key_file = KeyFile.wrap(
                new_key,
                passphrase,
                created=new_key_file_base.created,
                ask_passphrase_at_start=new_key_file_base.ask_passphrase_at_start,
                extra=new_key_file_base.extra,
            )
        else:
            key_file = KeyFile.wrap(new_key, passphrase)
        key_file.save(key_next)
        fsync_dir(root)

        # The new entry goes in first, under the new key file's id, so whichever files survive a
        # crash, the keyring still opens them.
        keystore = companion.keystore
        if not key_file.ask_passphrase_at_start and keystore.available():
            with contextlib.suppress(KeyringUnavailable):
                keystore.set(key_file.vault_id, new_key)
                new_entry = key_file.vault_id

        report(_("switching to the new key"))
        companion.vault.checkpoint()
        companion.vault.close()
        commit_swap(root, "key rotation")
        committed = True
    finally:
        if not committed:
            discard_staged(root)
            if new_entry is not None:
                with contextlib.suppress(KeyringUnavailable):
                    companion.keystore.delete(new_entry)

    reopened = Vault.open(profile.db_path, new_key)
    companion.adopt_key(new_key, key_file, reopened.engine)
    if old_key_file is not None and old_key_file.vault_id != key_file.vault_id:
        with contextlib.suppress(KeyringUnavailable):
            companion.keystore.delete(old_key_file.vault_id)
    report(_("done"))
    return format_recovery_code(new_key)


def _export_encrypted(vault: Vault, target: Path, new_key: bytes) -> None:
    """sqlcipher_export into a new file keyed with `new_key`: the documented way to change a key
    without rewriting the live file in place (PRAGMA rekey is not crash-safe with a WAL)."""
    from sqlalchemy.exc import DatabaseError, OperationalError

    try:
        create_private_file(target)  # else SQLite makes it 0644, and it becomes the vault
        with vault.engine.connect() as conn:
            raw = conn.connection.driver_connection
            assert raw is not None
            raw.execute(
                f"ATTACH DATABASE ? AS rotated KEY \"x'{new_key.hex()}'\"",
                (str(target),),
            )
            try:
                raw.execute("BEGIN IMMEDIATE")
                raw.execute("SELECT sqlcipher_export('rotated')")
                version = int(raw.execute("PRAGMA main.user_version").fetchone()[0])
                raw.execute(f"PRAGMA rotated.user_version = {version}")
                raw.execute("COMMIT")
            except BaseException:
                with contextlib.suppress(Exception):
                    raw.execute("ROLLBACK")
                raise
            finally:
                raw.execute("DETACH DATABASE rotated")
    except (OperationalError, DatabaseError) as exc:
        raise StorageError(
            _("Couldn't write the re-encrypted copy of the vault: {reason}").format(reason=exc)
        ) from None
    except OSError as exc:
        raise disk_error(exc, _("the re-encrypted copy of the vault")) from None
    except Exception as exc:
        if "disk" in str(exc).lower() and "full" in str(exc).lower():
            raise disk_error(
                OSError(28, "disk full"), _("the re-encrypted copy of the vault")
            ) from None
        raise


def _check_copy(vault: Vault, copy: Path, key: bytes) -> None:
    """The copy opens with the new key, passes its integrity checks and holds every row."""
    from sqlmodel import SQLModel

    from companion.storage.engine import Vault
    from companion.storage.schema import SCHEMA_VERSION

    opened = Vault.open(copy, key, migrate=False)
    try:
        opened.verify()
        if opened.schema_version() != SCHEMA_VERSION and opened.schema_version() != (
            vault.schema_version()
        ):
            raise StorageError(_("The re-encrypted copy has the wrong schema version."))
        for table in SQLModel.metadata.sorted_tables:
            sql = f'SELECT count(*) FROM "{table.name}"'
            if opened.raw_pragma(sql) != vault.raw_pragma(sql):
                raise StorageError(
                    _(
                        "The re-encrypted copy differs from the vault ({table}); nothing was changed."
                    ).format(table=table.name)
                )
    finally:
        opened.close()
