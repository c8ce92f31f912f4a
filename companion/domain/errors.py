"""Errors the user can cause or meet, each with a plain message that says what to do.

Anything that is not a `CompanionError` is a bug and is reported as one.
"""

from __future__ import annotations

from companion.domain.i18n import _


class CompanionError(Exception):
    """A situation the user can understand and act on; `str()` is the message to show."""


class WrongPassphrase(CompanionError):
    def __init__(self) -> None:
        super().__init__(_("That passphrase doesn't open this vault."))


class WrongRecoveryCode(CompanionError):
    def __init__(self) -> None:
        super().__init__(
            _("That recovery code doesn't open this vault. Check it for typing mistakes.")
        )


class VaultMissing(CompanionError):
    """No vault in the profile folder (first run, or the wrong folder)."""


class VaultCorrupt(CompanionError):
    """The database or key file is damaged, altered or not a Companion vault."""


class KeyFileChanged(VaultCorrupt):
    """The key file's fields don't match its MAC: changed or damaged outside Companion."""

    def __init__(self, source: str | None = None) -> None:
        super().__init__(
            _(
                "{source} was changed or damaged outside Companion, so Companion won't trust it. "
                "Your recovery code opens the vault; then choose a new passphrase."
            ).format(source=source or _("The key file"))
        )


class VaultInUse(CompanionError):
    """Another Companion process holds this profile."""


class KeyUnavailable(CompanionError):
    """The key can't be had without asking: no keyring entry and no passphrase given."""


class KeyringUnavailable(CompanionError):
    """The OS keyring can't be reached."""


class StorageError(CompanionError):
    """The disk said no: a read-only folder, a full disk, a missing folder."""


class ImportFailed(CompanionError):
    """A file given to an importer can't be read; nothing was written."""


class InvalidInput(CompanionError, ValueError):
    """A value the user gave is out of range or incomplete."""


class Cancelled(CompanionError):
    """The user pressed Cancel during long work; nothing was written."""

    def __init__(self, message: str | None = None) -> None:
        super().__init__(message or _("Cancelled. Nothing was changed."))
