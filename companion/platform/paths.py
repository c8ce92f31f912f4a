"""Where Companion keeps its files, and the few platform facts the core needs, in one place."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from companion import APP_NAME

# Re-exported where it was first; the pure rules import it from companion.domain.assets.
from companion.domain.assets import assets_dir as assets_dir

IS_WINDOWS = sys.platform.startswith("win")
IS_MACOS = sys.platform == "darwin"
IS_LINUX = sys.platform.startswith("linux")
IS_FROZEN = bool(getattr(sys, "frozen", False))

PROFILE_ENV = "COMPANION_PROFILE"
PASSPHRASE_ENV = "COMPANION_PASSPHRASE"

DB_NAME = "companion.db"
KEY_FILE_NAME = "companion.key"
LOCK_NAME = "companion.lock"
BACKUP_DIR_NAME = "backups"


def default_profile_dir() -> Path:
    """The per-user data folder the OS expects (platformdirs), unless overridden."""
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False, roaming=True))


def resolve_profile_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """`--profile DIR` wins, then `COMPANION_PROFILE`, then the platform default."""
    if explicit:
        return Path(explicit).expanduser().absolute()
    env = os.environ.get(PROFILE_ENV)
    if env:
        return Path(env).expanduser().absolute()
    return default_profile_dir()


class Profile:
    """The files of one profile folder."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)

    @property
    def db_path(self) -> Path:
        return self.root / DB_NAME

    @property
    def key_path(self) -> Path:
        return self.root / KEY_FILE_NAME

    @property
    def lock_path(self) -> Path:
        return self.root / LOCK_NAME

    @property
    def backup_dir(self) -> Path:
        return self.root / BACKUP_DIR_NAME

    def exists(self) -> bool:
        return self.db_path.exists() or self.key_path.exists()

    def __repr__(self) -> str:
        return f"Profile({str(self.root)!r})"
