"""Fixtures for the core tests: one real vault made per session, copied fresh into each test, and
a small tmpfs that fills up (the disk-full tests)."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.helpers import MadeVault, copy_vault, make_vault


@pytest.fixture(scope="session")
def template_vault(tmp_path_factory: pytest.TempPathFactory) -> MadeVault:
    return make_vault(tmp_path_factory.mktemp("template") / "profile")


@pytest.fixture
def vault(template_vault: MadeVault, tmp_path: Path) -> MadeVault:
    """A closed vault with the sample records, in this test's own folder."""
    return copy_vault(template_vault, tmp_path / "profile")


# Enough for a new vault and a few dozen records, small enough to fill in well under a second.
TMPFS_SIZE = "600k"


@pytest.fixture
def tiny_disk(tmp_path: Path):
    if os.geteuid() != 0:
        pytest.skip("needs root to mount a small tmpfs that can fill up")
    if shutil.which("mount") is None or shutil.which("umount") is None:
        pytest.skip("mount/umount are not installed")
    mount_point = tmp_path / "tiny"
    mount_point.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={TMPFS_SIZE},mode=0700", "tmpfs", str(mount_point)],
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        pytest.skip(f"can't mount a tmpfs here: {done.stderr.strip()}")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], capture_output=True)
