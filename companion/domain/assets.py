"""Where the read-only data shipped with the app lives (questionnaires, crisis lines, prompts,
icons), for the pure rules that read it: the standard library only."""

from __future__ import annotations

import sys
from pathlib import Path


def assets_dir() -> Path:
    """The shipped data folder: beside the frozen executable, else at the repository's root."""
    if getattr(sys, "frozen", False):
        return Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent)) / "assets"
    return Path(__file__).resolve().parents[2] / "assets"
