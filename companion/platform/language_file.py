"""The language chosen in Settings, kept as a small file in the profile folder beside the vault
rather than in it: the unlock dialog and the command line speak the language before any vault is
open. The words themselves are companion.domain.i18n's."""

from __future__ import annotations

from pathlib import Path

from companion.domain.i18n import LANGUAGE_NAMES, SYSTEM
from companion.platform.fileio import atomic_write_bytes

LANGUAGE_FILE = "language"


def read_language_setting(profile_dir: Path) -> str:
    """The language chosen in Settings for this profile: a language code, or "system"."""
    try:
        value = (Path(profile_dir) / LANGUAGE_FILE).read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError):
        return SYSTEM
    return value if value in LANGUAGE_NAMES else SYSTEM


def write_language_setting(profile_dir: Path, value: str) -> None:
    """Keep the language chosen in Settings ("system" or a language code); used from next start."""
    if value != SYSTEM and value not in LANGUAGE_NAMES:
        raise ValueError(f"unknown language {value!r}")
    atomic_write_bytes(Path(profile_dir) / LANGUAGE_FILE, f"{value}\n".encode())
