"""The first half of opening a vault: finish any interrupted key change, take the profile lock and
find the data key. It needs neither the storage layer nor Qt, so the app can do it right after its
window paints, and show Today (companion.glance) before SQLAlchemy has loaded.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from companion.domain.errors import (
    KeyFileChanged,
    KeyringUnavailable,
    KeyUnavailable,
    VaultCorrupt,
    VaultMissing,
)
from companion.domain.i18n import _
from companion.platform.paths import Profile, resolve_profile_dir
from companion.platform.private_files import tighten_profile
from companion.platform.profile_lock import ProfileLock
from companion.vault.keys import KeyFile, parse_recovery_code
from companion.vault.keystore import KeyStore, SystemKeyStore
from companion.vault.swap import recover_interrupted_swap


@dataclass
class FoundKey:
    """A profile whose data key is known and whose lock (when exclusive) is held.

    Hand it to `Companion.open_found`, or `release()` it.
    """

    profile: Profile
    key_file: KeyFile | None
    data_key: bytes = field(repr=False)
    method: str  # keyring | passphrase | recovery_code
    keystore: KeyStore
    lock: ProfileLock | None
    # A first-format key file's authenticated successor, made by the passphrase unlock; written
    # once the vault has opened with the key (Companion.open_found).
    upgraded_key_file: KeyFile | None = None

    def release(self) -> None:
        if self.lock is not None:
            self.lock.release()
            self.lock = None


def find_key(
    profile_dir: Path | str | None = None,
    *,
    passphrase: str | None = None,
    recovery_code: str | None = None,
    keystore: KeyStore | None = None,
    exclusive: bool = True,
) -> FoundKey:
    """The data key from the recovery code or passphrase if given, else from the keyring.

    Raises VaultMissing when there is no vault, and KeyUnavailable when nothing given opens it
    without asking.
    """
    profile = Profile(resolve_profile_dir(profile_dir))
    keystore = keystore if keystore is not None else SystemKeyStore()
    # A key change or restore cut short by a crash is finished or undone before anything is read.
    recover_interrupted_swap(profile.root)
    # Profiles from earlier releases, or copied in by another tool, become the user's alone again.
    tighten_profile(profile.root)
    if not profile.db_path.exists():
        if profile.key_path.exists():
            raise VaultCorrupt(
                _(
                    "The vault database in {folder} is missing (the key file is there). Restore a backup "
                    "to get your data back."
                ).format(folder=profile.root)
            )
        raise VaultMissing(
            _("There's no Companion vault in {folder} yet.").format(folder=profile.root)
        )
    key_file: KeyFile | None = None
    try:
        key_file = KeyFile.load(profile.key_path)
    except VaultCorrupt:
        if recovery_code is None:
            raise
    lock = ProfileLock(profile.lock_path) if exclusive else None
    if lock:
        lock.acquire()
    try:
        method, data_key, key_file, upgraded = _find(
            key_file,
            passphrase,
            recovery_code,
            keystore,
            source=_("The key file {file}").format(file=profile.key_path),
        )
    except BaseException:
        if lock:
            lock.release()
        raise
    return FoundKey(profile, key_file, data_key, method, keystore, lock, upgraded)


def _find(
    key_file: KeyFile | None,
    passphrase: str | None,
    recovery_code: str | None,
    keystore: KeyStore,
    *,
    source: str,
) -> tuple[str, bytes, KeyFile | None, KeyFile | None]:
    """How the key was found, the key, the key file to trust (None when only the recovery code
    could open it) and a first-format file's upgrade. The key file's MAC is checked as soon as
    the key is known, before anything in it is acted on."""
    if recovery_code is not None:
        key = parse_recovery_code(recovery_code)
        if key_file is not None:
            try:
                key_file.check(key)
            except KeyFileChanged:
                key_file = None  # not trusted: the user chooses a new passphrase
        return "recovery_code", key, key_file, None
    assert key_file is not None
    if passphrase is not None:
        key, upgraded = key_file.unlock(passphrase)
        return "passphrase", key, key_file, upgraded
    if not key_file.ask_passphrase_at_start:
        try:
            stored = keystore.get(key_file.vault_id)
        except KeyringUnavailable as exc:
            raise KeyUnavailable(str(exc)) from None
        if stored is not None:
            key_file.check(stored, source=source)
            return "keyring", stored, key_file, None
    raise KeyUnavailable(_("Enter your passphrase to open Companion."))
