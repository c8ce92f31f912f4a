"""The opened Companion: one object holding the vault and one service per domain.

The UI and the command line talk only to this. Create a profile with `Companion.create`,
open one with `Companion.unlock`, and `close()` when done.
"""

from __future__ import annotations

import contextlib
import functools
import os
from dataclasses import dataclass
from datetime import date, datetime, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING, Any

from companion import __version__
from companion.domain.changes import ChangeHub
from companion.domain.errors import (
    InvalidInput,
    KeyringUnavailable,
    KeyUnavailable,
    StorageError,
)
from companion.domain.i18n import _
from companion.platform.clock import Clock, SystemClock
from companion.platform.fileio import disk_error
from companion.platform.paths import Profile, resolve_profile_dir
from companion.platform.private_files import make_profile_dir
from companion.platform.profile_lock import ProfileLock
from companion.services.boundaries import BoundaryService
from companion.services.checkins import CheckinService
from companion.services.interactions import InteractionService
from companion.services.journal import JournalService
from companion.services.mood import MoodService
from companion.services.nudges import NudgeService
from companion.services.pause import PauseService
from companion.services.people import PeopleService
from companion.services.reflections import ReflectionService
from companion.services.safety_cards import SafetyCardService
from companion.services.screen import ScreenService
from companion.services.setting_rows import write as write_setting
from companion.services.settings import SettingsService, upgrade_settings
from companion.storage import reads
from companion.storage.engine import Vault
from companion.vault.keys import (
    KeyFile,
    format_recovery_code,
    generate_data_key,
    passphrase_problem,
)
from companion.vault.keystore import KeyStore, NoKeyStore, SystemKeyStore
from companion.vault.unlocking import FoundKey, find_key

if TYPE_CHECKING:
    from companion.services.contacts_import import ContactsImportService
    from companion.services.daylio_import import DaylioImportService
    from companion.services.insights import InsightsService


def profile_state(profile_dir: Path | str | None = None) -> str:
    """ "new" when onboarding is needed, "existing" when there is a vault to unlock."""
    profile = Profile(resolve_profile_dir(profile_dir))
    return "existing" if profile.db_path.exists() else "new"


def asks_passphrase_at_start(profile_dir: Path | str | None = None) -> bool:
    """Readable before unlocking: the preference lives in the (non-secret) key file."""
    profile = Profile(resolve_profile_dir(profile_dir))
    try:
        return KeyFile.load(profile.key_path).ask_passphrase_at_start
    except Exception:
        return True


@dataclass(frozen=True)
class UnlockedBy:
    method: str  # keyring | passphrase | recovery_code | new
    keyring_restored: bool = False


class Companion:
    """An unlocked profile."""

    def __init__(
        self,
        profile: Profile,
        vault: Vault,
        key_file: KeyFile | None,
        data_key: bytes,
        *,
        keystore: KeyStore,
        clock: Clock,
        lock: ProfileLock | None,
        unlocked_by: UnlockedBy,
    ) -> None:
        self.profile = profile
        self.vault = vault
        self.clock = clock
        self.keystore = keystore
        self.changes = ChangeHub()
        self.unlocked_by = unlocked_by
        self._key_file = key_file
        self._data_key = data_key
        self._lock = lock
        self.settings = SettingsService(
            vault.session, self.changes.emit, zone=self._zone, reader=vault.reading
        )
        upgrade_settings(vault.session, self._zone(), reader=vault.reading)
        emit = self.changes.emit
        # One service per domain; pages and commands reach everything through these.
        self.people = PeopleService(vault, clock, emit)
        self.interactions = InteractionService(vault, clock, emit)
        self.mood = MoodService(vault, clock, emit, settings=self.settings)
        self.journal = JournalService(vault, clock, emit, mood=self.mood)
        self.checkins = CheckinService(vault, clock, emit)
        self.safety = SafetyCardService(
            vault,
            clock,
            emit,
            mood=self.mood,
            interactions=self.interactions,
            checkins=self.checkins,
            settings=self.settings,
        )
        self.screen = ScreenService(vault, clock, emit, settings=self.settings)
        self.boundaries = BoundaryService(vault, clock, emit)
        self.nudges = NudgeService(
            vault,
            clock,
            emit,
            people=self.people,
            settings=self.settings,
            boundaries=self.boundaries,
        )
        self.pause = PauseService(
            vault, clock, emit, settings=self.settings, boundaries=self.boundaries
        )
        self.reflections = ReflectionService(vault, clock, emit, settings=self.settings)

    # Imports and insights are made the first time they are asked for: their modules (and the
    # statistics they need) stay out of start-up, which shows Today and the tray without them.

    @functools.cached_property
    def contacts_import(self) -> ContactsImportService:
        from companion.services.contacts_import import ContactsImportService

        return ContactsImportService(self.people)

    @functools.cached_property
    def daylio(self) -> DaylioImportService:
        from companion.services.daylio_import import DaylioImportService

        return DaylioImportService(self.vault, self.clock, self.changes.emit)

    @functools.cached_property
    def insights(self) -> InsightsService:
        from companion.services.insights import InsightsService

        return InsightsService(self.vault, self.clock, self.changes.emit, mood=self.mood)

    def _zone(self) -> tzinfo:
        tz = self.clock.now().tzinfo
        assert tz is not None
        return tz

    def full(self) -> Companion:
        """Itself: the Companion that writes and opens dialogs. (The first screen's
        companion.glance only reads, and its `full()` waits for this one.)"""
        return self

    def today(self) -> date:
        """The person's day now (companion.days): before "My day ends at" it is still yesterday."""
        return self.people._today()

    def day_of(self, when: datetime) -> date:
        """The day the moment `when` counts for, in the current time zone."""
        return self.people._local_day(when)

    # --- creating and opening --------------------------------------------------------------

    @classmethod
    def create(
        cls,
        profile_dir: Path | str | None,
        passphrase: str,
        *,
        country: str | None = None,
        keystore: KeyStore | None = None,
        clock: Clock | None = None,
        use_keyring: bool = True,
    ) -> tuple[Companion, str]:
        """Make a new vault and key file; return the open Companion and its recovery code."""
        problem = passphrase_problem(passphrase)
        if problem:
            raise InvalidInput(problem)
        profile = Profile(resolve_profile_dir(profile_dir))
        keystore = keystore if keystore is not None else SystemKeyStore()
        clock = clock or SystemClock()
        make_profile_dir(profile.root)
        if profile.db_path.exists():
            raise StorageError(
                _("There is already a vault in {folder}; it was left untouched.").format(
                    folder=profile.root
                )
            )
        lock = ProfileLock(profile.lock_path)
        lock.acquire()
        try:
            data_key = generate_data_key()
            key_file = KeyFile.wrap(data_key, passphrase)
            if profile.key_path.exists():
                # A key file with no database beside it opens nothing; keep it aside, don't destroy it.
                stamp = clock.now().strftime("%Y%m%d-%H%M%S")
                profile.key_path.replace(
                    profile.key_path.with_name(f"companion.key.orphan-{stamp}")
                )
            # Build the database under a temporary name so a crash never leaves half a vault.
            building = profile.db_path.with_name(profile.db_path.name + ".creating")
            for leftover in (
                building,
                *(building.with_name(building.name + s) for s in ("-wal", "-shm")),
            ):
                with contextlib.suppress(FileNotFoundError):
                    leftover.unlink()
            try:
                vault = Vault.create(building, data_key)
                try:
                    with vault.session() as session:
                        _seed(session, country)
                    vault.checkpoint()
                finally:
                    vault.close()
                key_file.save(profile.key_path)
                try:
                    os.replace(building, profile.db_path)
                except OSError as exc:
                    raise disk_error(exc, _("the new vault")) from None
            except BaseException:
                # Leave no half-made vault behind: the next start offers onboarding again.
                for leftover in (
                    building,
                    *(building.with_name(building.name + s) for s in ("-wal", "-shm")),
                ):
                    with contextlib.suppress(OSError):
                        leftover.unlink()
                if not profile.db_path.exists():
                    with contextlib.suppress(OSError):
                        profile.key_path.unlink()
                raise
            vault = Vault.open(profile.db_path, data_key)
            stored = False
            if use_keyring and keystore.available():
                with contextlib.suppress(KeyringUnavailable):
                    keystore.set(key_file.vault_id, data_key)
                    stored = True
            companion = cls(
                profile,
                vault,
                key_file,
                data_key,
                keystore=keystore,
                clock=clock,
                lock=lock,
                unlocked_by=UnlockedBy("new", keyring_restored=stored),
            )
        except BaseException:
            lock.release()
            raise
        return companion, format_recovery_code(data_key)

    @classmethod
    def unlock(
        cls,
        profile_dir: Path | str | None = None,
        *,
        passphrase: str | None = None,
        recovery_code: str | None = None,
        keystore: KeyStore | None = None,
        clock: Clock | None = None,
        exclusive: bool = True,
        verify: bool = True,
    ) -> Companion:
        """Open an existing vault: with the recovery code or passphrase if given, else the keyring.

        Raises KeyUnavailable when nothing given opens it without asking.
        """
        found = find_key(
            profile_dir,
            passphrase=passphrase,
            recovery_code=recovery_code,
            keystore=keystore,
            exclusive=exclusive,
        )
        return cls.open_found(found, clock=clock, verify=verify)

    @classmethod
    def open_found(
        cls, found: FoundKey, *, clock: Clock | None = None, verify: bool = True
    ) -> Companion:
        """The second half of `unlock`: open the vault with a key `find_key` found. The profile
        lock passes to the Companion; on failure it is released."""
        try:
            vault = Vault.open(found.profile.db_path, found.data_key)
            if verify:
                try:
                    vault.verify()
                except BaseException:
                    vault.close()
                    raise
            restored = False
            key_file = found.key_file
            if found.upgraded_key_file is not None and found.lock is not None:
                # The first key-file format, opened with the passphrase: now every field is
                # authenticated. (Without the profile lock another process may be writing it; in
                # a folder that can't be written it stays as it was, and still opens.)
                with contextlib.suppress(StorageError):
                    found.upgraded_key_file.save(found.profile.key_path)
                    key_file = found.upgraded_key_file
            if found.method != "keyring" and key_file and not key_file.ask_passphrase_at_start:
                restored = _restore_keyring_entry(found.keystore, key_file.vault_id, found.data_key)
            return cls(
                found.profile,
                vault,
                key_file,
                found.data_key,
                keystore=found.keystore,
                clock=clock or SystemClock(),
                lock=found.lock,
                unlocked_by=UnlockedBy(found.method, keyring_restored=restored),
            )
        except BaseException:
            found.release()
            raise

    def close(self) -> None:
        self.vault.close()
        if self._lock:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> Companion:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- keys ---------------------------------------------------------------------------------

    @property
    def needs_new_passphrase(self) -> bool:
        """True after opening with the recovery code when the key file was lost or damaged."""
        return self._key_file is None

    @property
    def recovery_code(self) -> str:
        return format_recovery_code(self._data_key)

    @property
    def key_file(self) -> KeyFile | None:
        return self._key_file

    @property
    def data_key(self) -> bytes:
        return self._data_key

    def adopt_key(self, data_key: bytes, key_file: KeyFile, engine: Any) -> None:
        """After a key rotation: the vault (same object the services hold) now runs on `engine`,
        keyed with `data_key`, which `key_file` wraps."""
        self.vault.close()
        self.vault.engine = engine
        self._data_key = data_key
        self._key_file = key_file

    def set_passphrase(self, new_passphrase: str) -> None:
        """Re-wrap the data key under a new passphrase (seconds, not minutes: nothing is re-encrypted)."""
        problem = passphrase_problem(new_passphrase)
        if problem:
            raise InvalidInput(problem)
        if self._key_file is None:
            key_file = KeyFile.wrap(self._data_key, new_passphrase)
        else:
            key_file = self._key_file.rewrapped(self._data_key, new_passphrase)
        key_file.save(self.profile.key_path)
        self._key_file = key_file
        if not key_file.ask_passphrase_at_start:
            _restore_keyring_entry(self.keystore, key_file.vault_id, self._data_key)

    @property
    def ask_passphrase_at_start(self) -> bool:
        return bool(self._key_file and self._key_file.ask_passphrase_at_start)

    def set_ask_passphrase_at_start(self, ask: bool, *, passphrase: str | None = None) -> None:
        """When on, the key is taken out of the keyring and the passphrase is asked at each start.

        The key file stays authenticated: its MAC is made again with the data key. A key file in
        the first format has none and can only be upgraded by rewrapping the key, so then the
        passphrase is needed (KeyUnavailable without it)."""
        if self._key_file is None:
            raise InvalidInput(_("Set a new passphrase first."))
        base = self._key_file
        if base.first_format:
            if passphrase is None:
                raise KeyUnavailable(
                    _(
                        "Enter your passphrase once to change this: Companion also brings its key file up to "
                        "date."
                    )
                )
            data_key, upgraded = base.unlock(passphrase)
            if data_key != self._data_key or upgraded is None:
                raise InvalidInput(
                    _("That passphrase belongs to a different key; nothing was changed.")
                )
            base = upgraded
        key_file = base.with_preference(self._data_key, ask_passphrase_at_start=ask)
        key_file.save(self.profile.key_path)
        self._key_file = key_file
        if ask:
            with contextlib.suppress(KeyringUnavailable):
                self.keystore.delete(key_file.vault_id)
        else:
            _restore_keyring_entry(self.keystore, key_file.vault_id, self._data_key)
        self.changes.emit("settings")

    def keyring_has_key(self) -> bool:
        if self._key_file is None:
            return False
        try:
            return self.keystore.get(self._key_file.vault_id) == self._data_key
        except KeyringUnavailable:
            return False

    # --- facts ----------------------------------------------------------------------------------

    def counts(self) -> dict[str, int]:
        with self.vault.reading() as db:
            return reads.record_counts(db)

    def info(self) -> dict[str, Any]:
        return {
            "version": __version__,
            "profile": str(self.profile.root),
            "database": str(self.profile.db_path),
            "schema_version": self.vault.schema_version(),
            "cipher_version": self.vault.cipher_version(),
            "keyring_backend": self.keystore.describe() if self.keystore.available() else "none",
            "keyring_has_key": self.keyring_has_key(),
            "ask_passphrase_at_start": self.ask_passphrase_at_start,
            "records": self.counts(),
        }


def _restore_keyring_entry(keystore: KeyStore, vault_id: str, data_key: bytes) -> bool:
    """Put the key back in the keyring after a passphrase unlock (a reset keyring, a new account)."""
    if not keystore.available():
        return False
    try:
        if keystore.get(vault_id) == data_key:
            return False
        keystore.set(vault_id, data_key)
    except KeyringUnavailable:
        return False
    return True


def _seed(session: Any, country: str | None) -> None:
    from companion.domain.views import DEFAULT_CIRCLES
    from companion.storage.models import Circle

    for position, (name, cadence, size) in enumerate(DEFAULT_CIRCLES):
        session.add(
            Circle(name=name, position=position, default_cadence_days=cadence, size_hint=size)
        )
    if country:
        write_setting(session, "country", country.upper())


__all__ = ["Companion", "NoKeyStore", "UnlockedBy", "asks_passphrase_at_start", "profile_state"]
