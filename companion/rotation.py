"""Changing the data key (the whole database re-encrypted under a new random key), and the
crash-safe swap of the database and key file that key rotation and restore share."""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from companion.errors import InvalidInput, KeyringUnavailable, StorageError, VaultInUse
from companion.fileio import atomic_write_bytes, disk_error, fsync_dir
from companion.keys import KeyFile, format_recovery_code, generate_data_key, passphrase_problem
from companion.paths import DB_NAME, KEY_FILE_NAME, Profile
from companion.private_files import create_private_file
from companion.profile_lock import ProfileLock

if TYPE_CHECKING:
    from companion.facade import Companion
    from companion.vault import Vault

# The storage layer is imported by the functions that change keys, not at module level: opening
# the app asks `recover_interrupted_swap` first, before anything has loaded SQLAlchemy.

SWAP_MARKER = "companion.swap"
SWAP_FORMAT = "companion-swap"
STAGED_SUFFIX = ".next"
# Only these may ever be moved by a swap marker, whatever the marker says.
SWAPPABLE = (KEY_FILE_NAME, DB_NAME)

Progress = Callable[[str], None]


def staged_path(target: Path) -> Path:
    """Where the replacement for `target` is built before the swap."""
    return target.with_name(target.name + STAGED_SUFFIX)


def _sidecars(db: Path) -> list[Path]:
    return [db.with_name(db.name + s) for s in ("-wal", "-shm", "-journal")]


def fsync_file(path: Path) -> None:
    try:
        with open(path, "rb+") as fh:
            os.fsync(fh.fileno())
    except OSError as exc:
        raise disk_error(exc, path.name) from None


def discard_staged(root: Path) -> None:
    """Remove replacement files that were never committed."""
    for name in SWAPPABLE:
        staged = staged_path(root / name)
        for leftover in (staged, *_sidecars(staged)):
            with contextlib.suppress(FileNotFoundError):
                leftover.unlink()


def commit_swap(root: Path, reason: str) -> None:
    """Move the staged files into place. The caller holds the profile lock, has fsynced every staged
    file, and has closed the old database (its log folded in), so no log of the old file remains
    that could be read as the new one's.

    Writing the marker is the commit point: before it, an interruption leaves the old files; after it,
    `recover_interrupted_swap` finishes the moves.
    """
    names = [name for name in SWAPPABLE if staged_path(root / name).exists()]
    doc = {"format": SWAP_FORMAT, "version": 1, "reason": reason, "files": names}
    atomic_write_bytes(
        root / SWAP_MARKER, json.dumps(doc).encode("utf-8"), what="the key-change marker"
    )
    _roll_forward(root, names)


def _roll_forward(root: Path, names: list[str]) -> None:
    try:
        if DB_NAME in names and staged_path(root / DB_NAME).exists():
            for sidecar in _sidecars(root / DB_NAME):
                with contextlib.suppress(FileNotFoundError):
                    sidecar.unlink()
        for name in names:
            staged = staged_path(root / name)
            if staged.exists():
                os.replace(staged, root / name)
        fsync_dir(root)
        (root / SWAP_MARKER).unlink()
        fsync_dir(root)
    except OSError as exc:
        raise disk_error(exc, "the vault files") from None


def recover_interrupted_swap(profile_root: Path | str, *, lock_held: bool = False) -> str | None:
    """Finish or undo a key change or restore that was cut short (a crash, a kill, a power cut).

    Returns "finished", "undone" or None when there was nothing to do. Without `lock_held` it takes
    the profile lock for the moment; when another process holds it, that process is alive and owns
    the swap, so nothing is touched here.
    """
    root = Path(profile_root)
    marker = root / SWAP_MARKER
    if not marker.exists() and not any(staged_path(root / n).exists() for n in SWAPPABLE):
        return None
    lock: ProfileLock | None = None
    if not lock_held:
        lock = ProfileLock(Profile(root).lock_path)
        try:
            lock.acquire()
        except VaultInUse:
            return None
    try:
        if marker.exists():
            try:
                doc = json.loads(marker.read_bytes().decode("utf-8"))
                if doc.get("format") != SWAP_FORMAT:
                    raise ValueError("not a swap marker")
                names = [str(n) for n in doc["files"]]
            except (OSError, ValueError, KeyError, TypeError, UnicodeDecodeError):
                raise StorageError(
                    f"{marker} is damaged, so Companion can't tell whether a key change finished. "
                    "Nothing was touched; please report this."
                ) from None
            _roll_forward(root, [n for n in names if n in SWAPPABLE])
            return "finished"
        discard_staged(root)
        return "undone"
    finally:
        if lock:
            lock.release()


# --- changing the data key -------------------------------------------------------------------


def rotate_key(companion: Companion, passphrase: str, progress: Progress | None = None) -> str:
    """Re-encrypt the whole vault under a new random data key and return the new recovery code.

    `passphrase` is the current one (it wraps the new key; after opening with the recovery code and
    no key file, it becomes the passphrase). The old recovery code stops working. The caller
    serializes storage: nothing else writes while this runs.
    """
    from companion.vault import Vault

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
        report("checking the passphrase")
        if old_key_file.unwrap(passphrase) != companion.data_key:
            raise InvalidInput("That passphrase belongs to a different key; nothing was changed.")
        new_key_file_base = old_key_file

    recover_interrupted_swap(root, lock_held=True)
    discard_staged(root)
    new_key = generate_data_key()
    db_next = staged_path(profile.db_path)
    key_next = staged_path(profile.key_path)
    new_entry: str | None = None
    committed = False
    try:
        report("re-encrypting")
        _export_encrypted(companion.vault, db_next, new_key)
        fsync_file(db_next)
        report("checking the new copy")
        _check_copy(companion.vault, db_next, new_key)
        fsync_file(db_next)

        report("writing the new key file")
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

        report("switching to the new key")
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
    report("done")
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
        raise StorageError(f"Couldn't write the re-encrypted copy of the vault: {exc}") from None
    except OSError as exc:
        raise disk_error(exc, "the re-encrypted copy of the vault") from None
    except Exception as exc:
        if "disk" in str(exc).lower() and "full" in str(exc).lower():
            raise disk_error(
                OSError(28, "disk full"), "the re-encrypted copy of the vault"
            ) from None
        raise


def _check_copy(vault: Vault, copy: Path, key: bytes) -> None:
    """The copy opens with the new key, passes its integrity checks and holds every row."""
    from sqlmodel import SQLModel

    from companion.vault import SCHEMA_VERSION, Vault

    opened = Vault.open(copy, key, migrate=False)
    try:
        opened.verify()
        if opened.schema_version() != SCHEMA_VERSION and opened.schema_version() != (
            vault.schema_version()
        ):
            raise StorageError("The re-encrypted copy has the wrong schema version.")
        for table in SQLModel.metadata.sorted_tables:
            sql = f'SELECT count(*) FROM "{table.name}"'
            if opened.raw_pragma(sql) != vault.raw_pragma(sql):
                raise StorageError(
                    f"The re-encrypted copy differs from the vault ({table.name}); nothing was changed."
                )
    finally:
        opened.close()
