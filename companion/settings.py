"""Reading and writing the declared settings (companion.setting_defs) in the vault.

When a setting changes shape, add a numbered step to UPGRADES rather than guessing at read time.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import tzinfo
from typing import Any

from sqlmodel import Session

from companion.errors import InvalidInput
from companion.models import Setting
from companion.setting_defs import SETTINGS, _definition
from companion.storage import reads


class SettingsService:
    """Typed access to the declared settings."""

    def __init__(
        self,
        session_factory: Callable[[], Any],
        notify: Callable[..., None],
        *,
        zone: Callable[[], tzinfo] | None = None,
        reader: Callable[[], Any],
    ) -> None:
        self._session = session_factory
        self._reader = reader  # the read layer's connection (Vault.reading)
        self._notify = notify
        self._zone = zone

    def get(self, key: str) -> Any:
        with self._reader() as db:
            return reads.setting(db, key)

    def get_many(self, *keys: str) -> dict[str, Any]:
        """Several settings in one read, each as `get` would give it."""
        with self._reader() as db:
            return reads.settings(db, keys)

    def all(self) -> dict[str, Any]:
        with self._reader() as db:
            stored = reads.stored_settings(db)
        return {key: stored.get(key, d.default) for key, d in SETTINGS.items()}

    def set(self, key: str, value: Any) -> None:
        from companion.days import DAY_END_SETTING

        validate(key, value)
        if key == DAY_END_SETTING and self._zone is not None:
            from companion.services.day_end import set_day_end

            # The records' days move with the setting, in the same transaction.
            with self._session() as session:
                set_day_end(session, self._zone(), value)
            self._notify("settings", "mood", "interactions", "journal", "reflections")
            return
        with self._session() as session:
            write(session, key, value)
        self._notify("settings")


def validate(key: str, value: Any) -> None:
    d = _definition(key)
    if value is None:
        if d.allow_none:
            return
        raise InvalidInput(f"The setting “{key}” needs a value.")
    if isinstance(value, bool) and d.kind is not bool:
        raise InvalidInput(f"The setting “{key}” doesn't take yes/no.")
    if not isinstance(value, d.kind):
        raise InvalidInput(f"The setting “{key}” has the wrong kind of value.")
    if d.check is not None and not d.check(value):
        raise InvalidInput(f"The value {value!r} isn't allowed for “{key}”.")


def write(session: Session, key: str, value: Any) -> None:
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=value))
    else:
        row.value = value
        session.add(row)
