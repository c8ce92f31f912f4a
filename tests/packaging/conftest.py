"""The frozen Linux app, built once per run by following packaging/PACKAGING.md from a clean copy."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.packaging.helpers import PACKAGING, ROOT

BUILD_ENV = "COMPANION_BUILD_FROZEN"
CLONE = ROOT / "build" / "clean-clone"
LOG = ROOT / "test-artifacts" / "follow-docs.log"


@dataclass(frozen=True)
class FollowedDocs:
    clone: Path
    returncode: int
    output: str


@pytest.fixture(scope="session")
def followed_docs() -> FollowedDocs:
    """packaging/follow_docs.py's run: PACKAGING.md's Linux and NSIS commands, in a clean copy.

    It builds the frozen app (a few minutes), so it runs only with COMPANION_BUILD_FROZEN=1 (CI).
    """
    if os.environ.get(BUILD_ENV) != "1":
        pytest.skip(f"set {BUILD_ENV}=1 to follow PACKAGING.md and build the frozen app (minutes)")
    if not sys.platform.startswith("linux"):
        pytest.skip(
            "PACKAGING.md's checked commands are Linux's; other OSes build on their runners"
        )
    LOG.parent.mkdir(exist_ok=True)
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    with LOG.open("w", encoding="utf-8") as log:
        result = subprocess.run(
            [sys.executable, str(PACKAGING / "follow_docs.py"), "--into", str(CLONE)],
            cwd=ROOT,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
            timeout=2400,
        )
    return FollowedDocs(CLONE, result.returncode, LOG.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def frozen_app(followed_docs: FollowedDocs) -> Path:
    """The frozen Linux app that following PACKAGING.md built."""
    if followed_docs.returncode != 0:
        pytest.fail(f"following PACKAGING.md failed; see {LOG}:\n{followed_docs.output[-3000:]}")
    binary = followed_docs.clone / "dist" / "companion" / "companion"
    assert binary.is_file()
    return binary
