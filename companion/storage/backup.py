"""Encrypted backups: one file holding the key file and a consistent copy of the (still encrypted)
database, made by hand or once a day; and restoring one, here or on another computer."""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import struct
import tempfile
import zipfile
import zlib
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from companion import __version__
from companion.domain.errors import (
    InvalidInput,
    KeyringUnavailable,
    KeyUnavailable,
    StorageError,
    VaultCorrupt,
    WrongRecoveryCode,
)
from companion.domain.i18n import _
from companion.platform.clock import Clock, SystemClock
from companion.platform.fileio import atomic_file, disk_error, refuse_inside_profile
from companion.platform.paths import DB_NAME, KEY_FILE_NAME, Profile, resolve_profile_dir
from companion.platform.private_files import create_private_file, make_private_dir, make_profile_dir
from companion.platform.profile_lock import ProfileLock
from companion.storage.engine import Vault
from companion.vault.keys import KeyFile, parse_recovery_code
from companion.vault.keystore import KeyStore, SystemKeyStore
from companion.vault.swap import (
    commit_swap,
    discard_staged,
    fsync_file,
    recover_interrupted_swap,
    staged_path,
)

if TYPE_CHECKING:
    from companion.facade import Companion

# The file starts with this line, then a zip archive (stored, not compressed: ciphertext doesn't
# shrink) of manifest.json, companion.key and companion.db. The manifest holds no personal data.
MAGIC = b"COMPANION-BACKUP 1\n"
BACKUP_FORMAT = "companion-backup"
BACKUP_VERSION = 1
SUFFIX = ".companion-backup"
MANIFEST = "manifest.json"
WAL_NAME = DB_NAME + "-wal"
AUTO_NAME = re.compile(r"^auto-(\d{4}-\d{2}-\d{2})-(\d{6})" + re.escape(SUFFIX) + "$")
_CHUNK = 1 << 20


@dataclass(frozen=True)
class BackupManifest:
    created: str
    kind: str  # manual | auto | before-restore
    app_version: str
    schema_version: int | None
    vault_id: str | None
    files: dict[str, dict[str, Any]]


@dataclass(frozen=True)
class RestoreResult:
    schema_version: int
    safety_backup: Path | None  # the vault that was there before, kept as a backup
    keyring_stored: bool


# --- making backups --------------------------------------------------------------------------


def backup_now(companion: Companion, target: Path | str, *, kind: str = "manual") -> Path:
    """Write an encrypted backup of the open vault to `target` (replaced atomically if present).

    Never inside the profile folder, except the daily backups in its own backups folder."""
    target = Path(target).expanduser().absolute()
    if not (kind == "auto" and _in_own_backup_folder(companion.profile, target)):
        refuse_inside_profile(target, companion.profile.root)
    key_file = companion.key_file
    if key_file is None:
        raise InvalidInput(
            _(
                "Set a new passphrase first, so the backup can be opened with it on another computer."
            )
        )
    if not target.parent.is_dir():
        raise StorageError(
            _("The folder {folder} doesn't exist, so no backup was written.").format(
                folder=target.parent
            )
        )
    snapshot: Path | None = None
    try:
        # Made by mkstemp, so private from the start; VACUUM INTO fills an empty file.
        fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".db.tmp", dir=target.parent)
        os.close(fd)
        snapshot = Path(name)
        _consistent_copy(companion.vault, snapshot)
        _write_archive(
            target,
            {DB_NAME: snapshot},
            key_file.to_json(),
            kind=kind,
            created=companion.clock.now(),
            schema_version=companion.vault.schema_version(),
            vault_id=key_file.vault_id,
        )
    except OSError as exc:
        raise disk_error(exc, _("the backup {name}").format(name=target.name)) from None
    finally:
        if snapshot is not None:
            with contextlib.suppress(OSError):
                snapshot.unlink()
    return target


def _in_own_backup_folder(profile: Profile, target: Path) -> bool:
    """A daily backup's name, directly in the profile's backups folder, which is a real folder of
    its own (not a link back to the profile folder)."""
    folder = profile.backup_dir
    if not AUTO_NAME.match(target.name) or folder.is_symlink():
        return False
    try:
        return os.path.samefile(target.parent, folder) and not os.path.samefile(
            folder, profile.root
        )
    except OSError:
        return False


def _consistent_copy(vault: Vault, target: Path) -> None:
    """VACUUM INTO reads one snapshot of the database and writes it, encrypted with the same key
    (a test checks the copy has no plaintext and opens with the key)."""
    try:
        with vault.driver() as raw:
            raw.execute("VACUUM INTO ?", (str(target),))
    except Exception as exc:
        message = str(exc).lower()
        if "full" in message:
            raise disk_error(OSError(28, "disk full"), _("the backup")) from None
        raise StorageError(
            _("Couldn't copy the vault for the backup: {reason}").format(reason=exc)
        ) from None


def _write_archive(
    target: Path,
    files: dict[str, Path],
    key_json: bytes | None,
    *,
    kind: str,
    created: datetime,
    schema_version: int | None,
    vault_id: str | None,
) -> None:
    listing: dict[str, dict[str, Any]] = {}
    for arcname, path in files.items():
        listing[arcname] = {"size": path.stat().st_size, "sha256": _sha256_file(path)}
    if key_json is not None:
        listing[KEY_FILE_NAME] = {
            "size": len(key_json),
            "sha256": hashlib.sha256(key_json).hexdigest(),
        }
    manifest = {
        "format": BACKUP_FORMAT,
        "version": BACKUP_VERSION,
        "created": created.isoformat(timespec="seconds"),
        "kind": kind,
        "app_version": __version__,
        "schema_version": schema_version,
        "vault_id": vault_id,
        "files": listing,
    }
    with atomic_file(target) as fh:
        fh.write(MAGIC)
        with zipfile.ZipFile(fh, "w", compression=zipfile.ZIP_STORED) as zf:
            zf.writestr(MANIFEST, json.dumps(manifest, indent=2))
            if key_json is not None:
                zf.writestr(KEY_FILE_NAME, key_json)
            for arcname, path in files.items():
                zf.write(path, arcname)


def _sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


# --- automatic daily backups -------------------------------------------------------------------


def backup_folder(companion: Companion) -> Path:
    chosen = companion.settings.get("backup.folder")
    return Path(chosen).expanduser() if chosen else companion.profile.backup_dir


def auto_backups(folder: Path) -> list[Path]:
    """The automatic backups in `folder`, oldest first (their names sort by time)."""
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if AUTO_NAME.match(p.name))


def maybe_auto_backup(companion: Companion, now: datetime | None = None) -> Path | None:
    """Make today's automatic backup if it is on and none exists for today, then keep only the
    newest `backup.keep`. Returns the new file, or None when nothing was due."""
    if not companion.settings.get("backup.auto"):
        return None
    now = now or companion.clock.now()
    folder = backup_folder(companion)
    today = now.date().isoformat()
    existing = auto_backups(folder)
    if any(m and m.group(1) == today for m in (AUTO_NAME.match(p.name) for p in existing)):
        return None
    try:
        if folder == companion.profile.backup_dir:
            make_private_dir(folder)
        else:  # a folder the user chose: made if missing, otherwise left as they set it
            folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise disk_error(exc, _("the backup folder {folder}").format(folder=folder)) from None
    made = backup_now(
        companion, folder / f"auto-{now.strftime('%Y-%m-%d-%H%M%S')}{SUFFIX}", kind="auto"
    )
    keep = int(companion.settings.get("backup.keep"))
    for old in auto_backups(folder)[:-keep]:
        with contextlib.suppress(OSError):
            old.unlink()
    return made


# --- reading and restoring --------------------------------------------------------------------


# What a damaged zip archive or member raises while being read: zipfile checks little itself, so
# a changed header can surface as any of these (seen in a structural fuzz of backup files).
DAMAGED = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    KeyError,
    ValueError,  # also UnicodeDecodeError and json's errors
    TypeError,
    AttributeError,
    IndexError,
    EOFError,
    OverflowError,
    RecursionError,
    RuntimeError,  # "encrypted, password required"; NotImplementedError for a compression method
    struct.error,
    zlib.error,
)


@contextlib.contextmanager
def _damaged_is_corrupt(path: Path) -> Any:
    """Anything a damaged backup makes the readers raise becomes one plain VaultCorrupt."""
    try:
        yield
    except (VaultCorrupt, StorageError):
        raise
    except DAMAGED:
        raise VaultCorrupt(
            _("The backup {file} is damaged or incomplete. Nothing was changed.").format(file=path)
        ) from None
    except OSError as exc:
        if exc.errno is None:  # zipfile's own complaints about impossible offsets
            raise VaultCorrupt(
                _("The backup {file} is damaged or incomplete. Nothing was changed.").format(
                    file=path
                )
            ) from None
        raise disk_error(exc, _("the restored vault")) from None


def read_manifest(path: Path | str) -> BackupManifest:
    """What a backup file says about itself, without any key."""
    with _damaged_is_corrupt(Path(path)), _open_archive(Path(path)) as (zf, _fh):
        return _manifest(zf, Path(path))


@contextlib.contextmanager
def _open_archive(path: Path) -> Any:
    try:
        fh: IO[bytes] = open(path, "rb")  # noqa: SIM115 - closed below, after the zip
    except FileNotFoundError:
        raise StorageError(_("There's no backup file at {file}.").format(file=path)) from None
    except OSError as exc:
        raise StorageError(
            _("Couldn't read {file}: {reason}.").format(file=path, reason=exc.strerror)
        ) from None
    try:
        if fh.read(len(MAGIC)) != MAGIC:
            raise VaultCorrupt(
                _("{file} isn't a Companion backup file. Nothing was changed.").format(file=path)
            )
        try:
            zf = zipfile.ZipFile(fh)
        except zipfile.BadZipFile:
            raise VaultCorrupt(
                _("The backup {file} is damaged or incomplete. Nothing was changed.").format(
                    file=path
                )
            ) from None
        with zf:
            yield zf, fh
    finally:
        fh.close()


def _manifest(zf: zipfile.ZipFile, path: Path) -> BackupManifest:
    try:
        doc = json.loads(zf.read(MANIFEST).decode("utf-8"))
        if doc.get("format") != BACKUP_FORMAT:
            raise ValueError("wrong format")
        if int(doc.get("version", 0)) > BACKUP_VERSION:
            raise VaultCorrupt(
                _(
                    "The backup {file} was made by a newer version of Companion. Update Companion to "
                    "restore it."
                ).format(file=path)
            )
        return BackupManifest(
            created=str(doc["created"]),
            kind=str(doc.get("kind", "manual")),
            app_version=str(doc.get("app_version", "")),
            schema_version=doc.get("schema_version"),
            vault_id=doc.get("vault_id"),
            files=dict(doc["files"]),
        )
    except VaultCorrupt:
        raise
    except (KeyError, ValueError, TypeError, UnicodeDecodeError, zipfile.BadZipFile):
        raise VaultCorrupt(
            _("The backup {file} is damaged or incomplete. Nothing was changed.").format(file=path)
        ) from None


def read_backup(source: Path, db_target: Path) -> KeyFile:
    """Check a backup file and write its database to `db_target` (and its -wal beside it).
    Returns its key file. A damaged file raises VaultCorrupt, a full disk StorageError."""
    with _damaged_is_corrupt(source), _open_archive(source) as (zf, _fh):
        manifest = _manifest(zf, source)
        if DB_NAME not in manifest.files or KEY_FILE_NAME not in manifest.files:
            raise VaultCorrupt(
                _("The backup {file} is incomplete. Nothing was changed.").format(file=source)
            )
        key_json = zf.read(KEY_FILE_NAME)
        expected = manifest.files[KEY_FILE_NAME].get("sha256")
        if expected is not None and hashlib.sha256(key_json).hexdigest() != expected:
            raise VaultCorrupt(
                _(
                    "The backup {file} is damaged (a checksum doesn't match). Nothing was changed."
                ).format(file=source)
            )
        key_file = KeyFile.from_json(
            key_json, source=_("The key file in {backup}").format(backup=source.name)
        )
        _extract(zf, manifest, DB_NAME, db_target, source)
        if WAL_NAME in manifest.files:
            _extract(zf, manifest, WAL_NAME, db_target.with_name(db_target.name + "-wal"), source)
    return key_file


def _extract(
    zf: zipfile.ZipFile, manifest: BackupManifest, arcname: str, target: Path, src: Path
) -> None:
    expected = manifest.files.get(arcname, {}).get("sha256")
    digest = hashlib.sha256()
    try:
        create_private_file(target)
        with zf.open(arcname) as member, open(target, "wb") as out:
            while chunk := member.read(_CHUNK):
                digest.update(chunk)
                out.write(chunk)
            out.flush()
            os.fsync(out.fileno())
    except (KeyError, zipfile.BadZipFile):
        raise VaultCorrupt(
            _("The backup {file} is damaged or incomplete. Nothing was changed.").format(file=src)
        ) from None
    if expected is not None and digest.hexdigest() != expected:
        raise VaultCorrupt(
            _(
                "The backup {file} is damaged (a checksum doesn't match). Nothing was changed."
            ).format(file=src)
        )


def restore(
    profile_dir: Path | str | None,
    backup_path: Path | str,
    *,
    passphrase: str | None = None,
    recovery_code: str | None = None,
    keystore: KeyStore | None = None,
    clock: Clock | None = None,
) -> RestoreResult:
    """Replace the profile's vault with the one in a backup, after checking that it opens.

    The backup's own passphrase (or the recovery code of the vault it holds) opens it; nothing else
    is needed, so this works on another computer. A vault already in the profile is first kept as
    a backup in the profile's backups folder. Companion must not be open on the profile.
    """
    if passphrase is None and recovery_code is None:
        raise KeyUnavailable(_("Enter the backup's passphrase or its recovery code to restore it."))
    source = Path(backup_path).expanduser().absolute()
    profile = Profile(resolve_profile_dir(profile_dir))
    keystore = keystore if keystore is not None else SystemKeyStore()
    clock = clock or SystemClock()
    make_profile_dir(profile.root)
    lock = ProfileLock(profile.lock_path)
    lock.acquire()
    try:
        recover_interrupted_swap(profile.root, lock_held=True)
        discard_staged(profile.root)
        db_next = staged_path(profile.db_path)
        key_next = staged_path(profile.key_path)
        committed = False
        try:
            key_file, data_key, schema_version, safety = _stage_and_swap(
                profile, source, db_next, key_next, passphrase, recovery_code, clock
            )
            committed = True
        finally:
            if not committed:
                discard_staged(profile.root)
    finally:
        lock.release()

    stored = False
    if not key_file.ask_passphrase_at_start and keystore.available():
        with contextlib.suppress(KeyringUnavailable):
            keystore.set(key_file.vault_id, data_key)
            stored = True
    return RestoreResult(schema_version=schema_version, safety_backup=safety, keyring_stored=stored)


def _stage_and_swap(
    profile: Profile,
    source: Path,
    db_next: Path,
    key_next: Path,
    passphrase: str | None,
    recovery_code: str | None,
    clock: Clock,
) -> tuple[KeyFile, bytes, int, Path | None]:
    """Unpack and check the backup beside the vault, keep the current vault, then swap them."""
    try:
        key_file = read_backup(source, db_next)
        if recovery_code is not None:
            data_key = parse_recovery_code(recovery_code)
        else:
            assert passphrase is not None
            data_key, upgraded = key_file.unlock(passphrase)
            key_file = upgraded or key_file
        schema_version = _check_restorable(db_next, data_key, by_code=recovery_code is not None)
        # The code opens the database; the key file beside it must not have been changed.
        key_file.check(data_key, source=_("The key file in {backup}").format(backup=source.name))
        fsync_file(db_next)
        key_file.save(key_next)
        safety: Path | None = None
        if profile.db_path.exists():
            safety = _keep_current(profile, clock.now())
        commit_swap(profile.root, "restore")
    except OSError as exc:
        raise disk_error(exc, _("the restored vault")) from None
    return key_file, data_key, schema_version, safety


def _check_restorable(db: Path, data_key: bytes, *, by_code: bool) -> int:
    try:
        opened = Vault.open(db, data_key, migrate=False)
    except VaultCorrupt:
        if by_code:
            raise WrongRecoveryCode() from None
        raise
    try:
        opened.verify()
        return opened.schema_version()
    finally:
        opened.close()


def _keep_current(profile: Profile, now: datetime) -> Path:
    """Bundle the vault that is about to be replaced, as it lies on disk (no key needed: the profile
    lock is held, so nothing writes to it). Its own passphrase restores it."""
    folder = profile.backup_dir
    try:
        make_private_dir(folder)
    except OSError as exc:
        raise disk_error(exc, _("the backup folder {folder}").format(folder=folder)) from None
    target = folder / f"before-restore-{now.strftime('%Y-%m-%d-%H%M%S')}{SUFFIX}"
    files = {DB_NAME: profile.db_path}
    wal = profile.db_path.with_name(WAL_NAME)
    if wal.exists() and wal.stat().st_size > 0:
        files[WAL_NAME] = wal
    key_json = profile.key_path.read_bytes() if profile.key_path.exists() else None
    try:
        _write_archive(
            target,
            files,
            key_json,
            kind="before-restore",
            created=now,
            schema_version=None,
            vault_id=None,
        )
    except OSError as exc:
        raise disk_error(exc, _("a backup of the current vault")) from None
    return target
