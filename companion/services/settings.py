"""Reading and writing the declared settings (companion.domain.setting_defs) in the vault, and the
numbered upgrades that bring an older vault's stored settings to what they mean now.

When a setting changes shape, add a numbered step to UPGRADES rather than guessing at read time.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import tzinfo
from typing import TYPE_CHECKING, Any

from companion.domain.setting_defs import SETTINGS
from companion.services.setting_rows import validate, write
from companion.storage import reads

if TYPE_CHECKING:
    from sqlmodel import Session

# A step brings stored settings (and whatever moves with them) from one meaning to the next, in
# the session it is given; the zone is the person's, for steps that place records on days.
Upgrade = Callable[["Session", tzinfo], object]

# Where a vault keeps the number of the last step it ran (not a declared setting: nobody sets it).
SETTINGS_VERSION = "settings.version"


def _settle_day_end(session: Session, zone: tzinfo) -> object:
    from companion.services.day_end import settle_day_end

    return settle_day_end(session, zone)


# Step N is UPGRADES[N - 1]. Append new steps; never renumber, reorder or change a shipped one
# (a vault that ran it must keep meaning the same). A step must also be harmless on a vault whose
# settings already have the new shape, since vaults made before this list existed start at 0.
UPGRADES: tuple[Upgrade, ...] = (
    # 1: "My day ends at" arrived; a vault that placed records by midnight stores the default and
    #    moves the records between midnight and it (companion/services/day_end.py).
    _settle_day_end,
)


def upgrade_settings(
    session_factory: Callable[[], Any],
    zone: tzinfo,
    steps: tuple[Upgrade, ...] = UPGRADES,
    *,
    reader: Callable[[], Any] | None = None,
) -> int:
    """Run the steps this vault has not run yet, oldest first, each in one transaction with the
    number it brings the vault to; returns how many ran. Nothing is written when none is due,
    and with `reader` (the vault's read layer) no unit of work is even begun then."""
    if reader is not None:
        with reader() as db:
            done = _steps_done(db)
    else:
        from companion.services.base import driver_connection

        with session_factory() as session:
            done = _steps_done(driver_connection(session))
    for number in range(done + 1, len(steps) + 1):
        with session_factory() as session:
            steps[number - 1](session, zone)
            write(session, SETTINGS_VERSION, number)
    return max(len(steps) - done, 0)


def _steps_done(db: Any) -> int:
    stored = reads.stored_setting(db, SETTINGS_VERSION)
    return int(stored[0]) if stored is not None and isinstance(stored[0], int) else 0


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
        from companion.domain.days import DAY_END_SETTING

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
