"""The first half of opening a vault: finish any interrupted key change, take the profile lock and
find the data key. It needs neither the storage layer nor Qt, so the app can do it right after its
window paints, and show Today (companion.glance) before SQLAlchemy has loaded.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from companion.errors import KeyringUnavailable, KeyUnavailable, VaultCorrupt, VaultMissing
from companion.keys import KeyFile, parse_recovery_code
from companion.keystore import KeyStore, SystemKeyStore
from companion.paths import Profile, resolve_profile_dir
from companion.private_files import tighten_profile
from companion.profile_lock import ProfileLock


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
    from companion.rotation import recover_interrupted_swap

    profile = Profile(resolve_profile_dir(profile_dir))
    keystore = keystore if keystore is not None else SystemKeyStore()
    # A key change or restore cut short by a crash is finished or undone before anything is read.
    recover_interrupted_swap(profile.root)
    # Profiles from earlier releases, or copied in by another tool, become the user's alone again.
    tighten_profile(profile.root)
    if not profile.db_path.exists():
        if profile.key_path.exists():
            raise VaultCorrupt(
                f"The vault database in {profile.root} is missing (the key file is there). "
                "Restore a backup to get your data back."
            )
        raise VaultMissing(f"There's no Companion vault in {profile.root} yet.")
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
        method, data_key = _find(key_file, passphrase, recovery_code, keystore)
    except BaseException:
        if lock:
            lock.release()
        raise
    return FoundKey(profile, key_file, data_key, method, keystore, lock)


def _find(
    key_file: KeyFile | None,
    passphrase: str | None,
    recovery_code: str | None,
    keystore: KeyStore,
) -> tuple[str, bytes]:
    if recovery_code is not None:
        return "recovery_code", parse_recovery_code(recovery_code)
    assert key_file is not None
    if passphrase is not None:
        return "passphrase", key_file.unwrap(passphrase)
    if not key_file.ask_passphrase_at_start:
        try:
            key = keystore.get(key_file.vault_id)
        except KeyringUnavailable as exc:
            raise KeyUnavailable(str(exc)) from None
        if key is not None:
            return "keyring", key
    raise KeyUnavailable("Enter your passphrase to open Companion.")
