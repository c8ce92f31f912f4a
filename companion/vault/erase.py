"""Delete everything: the vault, its key file, the keyring entry and the profile's backups,
after the user has typed the confirmation phrase."""

from __future__ import annotations

import contextlib
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from companion.domain.errors import InvalidInput, KeyringUnavailable, StorageError, VaultCorrupt
from companion.domain.i18n import _, pgettext
from companion.platform.fileio import disk_error, fsync_dir
from companion.platform.paths import (
    BACKUP_DIR_NAME,
    DB_NAME,
    KEY_FILE_NAME,
    Profile,
    resolve_profile_dir,
)
from companion.platform.profile_lock import ProfileLock
from companion.vault.keys import KeyFile
from companion.vault.keystore import KeyStore, SystemKeyStore
from companion.vault.swap import SWAP_MARKER

if TYPE_CHECKING:
    from companion.facade import Companion

CONFIRMATION = "delete everything"  # accepted in every language, beside the translated phrase


def confirmation_phrase() -> str:
    """The words to type to delete everything, in the language in use ("alles löschen")."""
    return pgettext("words typed to confirm deleting everything", "delete everything")


def is_confirmation(typed: str) -> bool:
    """Whether `typed` is the phrase shown in the language in use, or the English one."""
    words = typed.strip().casefold()
    return bool(words) and words in {CONFIRMATION, confirmation_phrase().strip().casefold()}


@dataclass(frozen=True)
class EraseResult:
    removed: tuple[Path, ...]
    keyring_entry_removed: bool
    kept_backup_folder: Path | None  # a backup folder the user chose outside the profile


def delete_everything(companion: Companion, confirm: str) -> EraseResult:
    """Close `companion` and erase its profile. Backups in a folder the user chose elsewhere (often
    a synced folder another computer restores from) are kept, and the result names that folder."""
    _check_confirmation(confirm)
    chosen = companion.settings.get("backup.folder")
    outside = Path(chosen).expanduser().absolute() if chosen else None
    if outside is not None and outside == companion.profile.backup_dir.absolute():
        outside = None
    root, keystore = companion.profile.root, companion.keystore
    vault_ids = {companion.key_file.vault_id} if companion.key_file else set()
    companion.close()
    result = erase_profile(root, confirm, keystore=keystore, vault_ids=vault_ids)
    return EraseResult(result.removed, result.keyring_entry_removed, outside)


def erase_profile(
    profile_dir: Path | str | None,
    confirm: str,
    *,
    keystore: KeyStore | None = None,
    vault_ids: set[str] | None = None,
) -> EraseResult:
    """Erase a profile that is not open (also when its passphrase is forgotten)."""
    _check_confirmation(confirm)
    profile = Profile(resolve_profile_dir(profile_dir))
    keystore = keystore if keystore is not None else SystemKeyStore()
    if not profile.root.is_dir():
        raise StorageError(
            _("There's no Companion profile in {folder}; nothing was deleted.").format(
                folder=profile.root
            )
        )
    ids = set(vault_ids or ())
    lock = ProfileLock(profile.lock_path)
    lock.acquire()
    removed: list[Path] = []
    try:
        for key_path in (profile.key_path, profile.root / (KEY_FILE_NAME + ".next")):
            with contextlib.suppress(VaultCorrupt, StorageError):
                ids.add(KeyFile.load(key_path).vault_id)
        entry_removed = False
        for vault_id in sorted(ids):
            try:
                had = keystore.get(vault_id) is not None
                keystore.delete(vault_id)
                entry_removed = entry_removed or had
            except KeyringUnavailable:
                continue
        # The key file goes first: without it and the keyring entry the rest is unreadable ciphertext.
        for path in _profile_files(profile):
            try:
                if path.is_dir():
                    shutil.rmtree(path)
                else:
                    path.unlink()
            except FileNotFoundError:
                continue
            except OSError as exc:
                raise disk_error(exc, _("the deletion of {path}").format(path=path)) from None
            removed.append(path)
        fsync_dir(profile.root)
    finally:
        lock.release()
    with contextlib.suppress(OSError):
        profile.lock_path.unlink()
    with contextlib.suppress(OSError):
        profile.root.rmdir()  # only when nothing else of the user's is in it
    return EraseResult(tuple(removed), entry_removed, None)


def _check_confirmation(confirm: str) -> None:
    if not is_confirmation(confirm):
        raise InvalidInput(
            _('Type "{word}" to confirm. Nothing was deleted.').format(word=confirmation_phrase())
        )


def _profile_files(profile: Profile) -> list[Path]:
    root = profile.root
    keys = sorted(root.glob(KEY_FILE_NAME + "*"))
    databases = sorted(root.glob(DB_NAME + "*"))  # sidecars, migration copies, unfinished builds
    others = [root / SWAP_MARKER, root / BACKUP_DIR_NAME]
    return [*keys, *databases, *others]
