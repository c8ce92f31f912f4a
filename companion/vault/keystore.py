"""The OS keyring as a home for the data key (Keychain, Credential Locker, Secret Service).

Only real, encrypted backends count. The null, fail and plaintext backends are refused,
so a key never lands in a readable file by accident.
"""

from __future__ import annotations

import binascii
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

    from companion.vault.secret_service import SecretServiceKeyring

from companion import APP_ID
from companion.domain.errors import KeyringUnavailable
from companion.domain.i18n import _

# Backends that would store nothing or store it in the clear.
_REFUSED_BACKENDS = (
    "keyring.backends.fail.",
    "keyring.backends.null.",
    "keyrings.alt.file.PlaintextKeyring",
    "keyrings.alt.",
)


class KeyStore(Protocol):
    """Where the data key may be kept for prompt-free unlocking."""

    def available(self) -> bool: ...
    def get(self, vault_id: str) -> bytes | None: ...
    def set(self, vault_id: str, key: bytes) -> None: ...
    def delete(self, vault_id: str) -> None: ...
    def describe(self) -> str: ...


class NoKeyStore:
    """No keyring: the passphrase is asked at each start."""

    def available(self) -> bool:
        return False

    def get(self, vault_id: str) -> bytes | None:
        return None

    def set(self, vault_id: str, key: bytes) -> None:
        raise KeyringUnavailable(
            _("There's no system keyring here, so the passphrase is asked at start.")
        )

    def delete(self, vault_id: str) -> None:
        return None

    def describe(self) -> str:
        return "none"


class SystemKeyStore:
    """The `keyring` package's chosen backend, loaded on first use (backend discovery is slow)."""

    def __init__(self, service: str = APP_ID) -> None:
        self.service = service
        self._backend: KeyringBackend | SecretServiceKeyring | None = None

    def _keyring(self) -> KeyringBackend | SecretServiceKeyring:
        if self._backend is None:
            self._backend = _native_backend()
            if self._backend is None:
                import keyring

                self._backend = keyring.get_keyring()
        return self._backend

    def describe(self) -> str:
        backend = self._keyring()
        return f"{type(backend).__module__}.{type(backend).__name__}"

    def available(self) -> bool:
        name = self.describe()
        if any(name.startswith(prefix) for prefix in _REFUSED_BACKENDS):
            return False
        # The chainer with nothing viable behind it is as good as none.
        priority = getattr(self._keyring(), "priority", 1)
        return bool(priority and priority > 0)

    @staticmethod
    def _username(vault_id: str) -> str:
        return f"vault-{vault_id}"

    def get(self, vault_id: str) -> bytes | None:
        if not self.available():
            return None
        try:
            secret = self._keyring().get_password(self.service, self._username(vault_id))
        except Exception as exc:  # keyring backends raise many kinds; all mean "not reachable"
            raise KeyringUnavailable(_unreachable(exc)) from None
        if not secret:
            return None
        try:
            key = binascii.unhexlify(secret)
        except (binascii.Error, ValueError):
            return None
        return key if len(key) == 32 else None

    def set(self, vault_id: str, key: bytes) -> None:
        if not self.available():
            raise KeyringUnavailable(
                _("There's no system keyring here, so the passphrase is asked at start.")
            )
        try:
            self._keyring().set_password(self.service, self._username(vault_id), key.hex())
        except Exception as exc:
            raise KeyringUnavailable(_unreachable(exc)) from None

    def delete(self, vault_id: str) -> None:
        if not self.available():
            return
        try:
            self._keyring().delete_password(self.service, self._username(vault_id))
        except Exception as exc:
            if _nothing_to_delete(exc):
                return
            raise KeyringUnavailable(_unreachable(exc)) from None


def _nothing_to_delete(exc: Exception) -> bool:
    import keyring.errors

    return isinstance(exc, keyring.errors.PasswordDeleteError)


# The backend each OS provides. Trying it first skips keyring's discovery of every installed
# backend (a fifth of a second at start-up); a user's own choice always wins. On Linux it is
# the Secret Service through secretstorage directly (companion/vault/secret_service.py).
_NATIVE_BACKENDS = {
    "darwin": ("keyring.backends.macOS", "Keyring"),
    "win32": ("keyring.backends.Windows", "WinVaultKeyring"),
}


def _keyring_config_root() -> Path:
    """Where keyring reads keyringrc.cfg (keyring.util.platform_.config_root, without importing
    keyring): $XDG_CONFIG_HOME/python_keyring on Linux."""
    import os

    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "python_keyring"


def _native_backend() -> KeyringBackend | SecretServiceKeyring | None:
    """The OS's own keyring when it is usable and the user hasn't chosen another, else None."""
    import importlib
    import os
    import sys

    if os.environ.get("PYTHON_KEYRING_BACKEND"):
        return None
    if sys.platform.startswith("linux"):
        if (_keyring_config_root() / "keyringrc.cfg").exists():
            return None
        from companion.vault.secret_service import SecretServiceKeyring

        return SecretServiceKeyring.connect()
    if sys.platform not in _NATIVE_BACKENDS:
        return None
    try:
        from keyring.util import platform_

        if (Path(platform_.config_root()) / "keyringrc.cfg").exists():
            return None
        module_name, class_name = _NATIVE_BACKENDS[sys.platform]
        backend_class = getattr(importlib.import_module(module_name), class_name)
        if backend_class.priority <= 0:  # e.g. no Secret Service on this session bus
            return None
        backend: KeyringBackend = backend_class()
        return backend
    except Exception:  # not usable here: let keyring's own discovery decide
        return None


def _unreachable(exc: Exception) -> str:
    return _(
        "The system keyring couldn't be reached ({kind}). Companion will ask for your passphrase "
        "instead."
    ).format(kind=type(exc).__name__)


class MemoryKeyStore:
    """A keyring that lives only as long as the process: for the self-test where no OS keyring exists."""

    def __init__(self) -> None:
        self._keys: dict[str, bytes] = {}

    def available(self) -> bool:
        return True

    def get(self, vault_id: str) -> bytes | None:
        return self._keys.get(vault_id)

    def set(self, vault_id: str, key: bytes) -> None:
        self._keys[vault_id] = bytes(key)

    def delete(self, vault_id: str) -> None:
        self._keys.pop(vault_id, None)

    def describe(self) -> str:
        return "memory"
