"""The freedesktop Secret Service (GNOME Keyring, KWallet 6, KeePassXC) through `secretstorage`,
the library keyring itself uses for it on Linux.

Going to secretstorage directly, with the items laid out exactly as keyring's SecretService
backend lays them out, keeps keyring's import out of every start: keyring and its helpers
(`jaraco.context` imports `urllib.request`, and with it `http.client`, `email` and `ssl`) cost
about 8 MB and 35 ms of CPU before Today could show, measured with `make bench`. A key stored by
either one is found by the other (tests/real/test_keyring_secret_service.py proves both ways).
A keyring the person configured (PYTHON_KEYRING_BACKEND, keyringrc.cfg) is still used through
keyring: see keystore._native_backend.
"""

from __future__ import annotations

from contextlib import closing
from typing import Any

# keyring's SecretService backend: its application id, attribute names and label.
APPLICATION = "Python keyring library"


def _query(service: str, username: str) -> dict[str, str]:
    return {"username": username, "service": service}


class SecretServiceKeyring:
    """get/set/delete_password as keyring's backends offer them, on the default collection."""

    priority = 5  # keyring's figure for this backend; made only where the service answers

    def __init__(self, connection: Any = None) -> None:
        self._spare = connection  # the connection that found the service, used for the first call

    @classmethod
    def connect(cls) -> SecretServiceKeyring | None:
        """The keyring, when a Secret Service daemon runs on (or can be started from) the session
        bus; else None."""
        import secretstorage

        try:
            connection = secretstorage.dbus_init()
        except Exception:  # no session bus: not usable here
            return None
        try:
            if secretstorage.check_service_availability(connection):
                return cls(connection)
        except Exception:
            pass
        connection.close()
        return None

    def _collection(self) -> Any:
        import secretstorage

        connection, self._spare = self._spare, None
        if connection is None:
            connection = secretstorage.dbus_init()
        try:
            collection = secretstorage.get_default_collection(connection)
            if collection.is_locked():
                collection.unlock()  # the desktop asks for the keyring's password
                if collection.is_locked():
                    raise secretstorage.exceptions.LockedException("the keyring stayed locked")
        except BaseException:
            connection.close()
            raise
        return collection

    def get_password(self, service: str, username: str) -> str | None:
        collection = self._collection()
        with closing(collection.connection):
            for item in collection.search_items(_query(service, username)):
                if item.is_locked():
                    item.unlock()
                secret: bytes = item.get_secret()
                return secret.decode("utf-8")
        return None

    def set_password(self, service: str, username: str, password: str) -> None:
        collection = self._collection()
        attributes = dict(_query(service, username), application=APPLICATION)
        label = f"Password for '{username}' on '{service}'"
        with closing(collection.connection):
            collection.create_item(label, attributes, password.encode("utf-8"), replace=True)

    def delete_password(self, service: str, username: str) -> None:
        """Removes the first item found; nothing to remove is not an error."""
        collection = self._collection()
        with closing(collection.connection):
            for item in collection.search_items(_query(service, username)):
                item.delete()
                return
