"""Shared fixtures. Every test runs with a private HOME, temp folder and XDG dirs, offscreen Qt,
and a keyring that refuses, so nothing touches the real home folder or the real keyring."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

# No per-example deadline: CI machines are shared and slow. In CI the examples are derived from
# each test's name, so a run can be repeated exactly; at a desk they are random, to find more.
settings.register_profile("dev", deadline=None)
settings.register_profile(
    "ci", deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile("ci" if os.environ.get("CI") else "dev")

from companion.platform.clock import FakeClock  # noqa: E402
from tests.helpers import (  # noqa: E402 - after the hypothesis profile
    REALDATA,
    T0,
    MadeVault,
    add_every_kind,
    copy_vault,
    make_vault,
    tables_of,
)

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The suite reads English, whatever the machine's language (as CI runs it); the tests of other
# languages set their own (tests/i18n).
for _variable in ("LC_ALL", "LC_MESSAGES", "LANGUAGE", "COMPANION_LANGUAGE"):
    os.environ.pop(_variable, None)
os.environ["LANG"] = "C.UTF-8"


@pytest.fixture(autouse=True)
def _isolated_environment(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
):
    home = tmp_path_factory.mktemp("home")
    for var, sub in (
        ("HOME", ""),
        ("XDG_DATA_HOME", ".local/share"),
        ("XDG_CONFIG_HOME", ".config"),
        ("XDG_CACHE_HOME", ".cache"),
        ("XDG_STATE_HOME", ".local/state"),
    ):
        path = home / sub
        path.mkdir(parents=True, exist_ok=True)
        monkeypatch.setenv(var, str(path))
    monkeypatch.delenv("COMPANION_PROFILE", raising=False)
    monkeypatch.delenv("COMPANION_PASSPHRASE", raising=False)
    # No test may reach the user's real keyring; tests that want one set up their own.
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    yield


@pytest.fixture
def realdata() -> Path:
    """The folder of real files exported by other programs, beside the project."""
    if not REALDATA.is_dir():
        pytest.skip("the real-data folder is absent (shared/realdata, beside the checkout)")
    return REALDATA


# --- vaults for the tests of the core's layers ---------------------------------------------------
# One real vault made per session and copied fresh into each test; a profile holding a little of
# every kind of record; a fake clock at T0; and a small tmpfs that fills up (the disk-full tests).
# The services' tests and the exporters' have a clock of their own (tests/vault_support.py).


@pytest.fixture(scope="session")
def template_vault(tmp_path_factory: pytest.TempPathFactory) -> MadeVault:
    return make_vault(tmp_path_factory.mktemp("template") / "profile")


@pytest.fixture
def vault(template_vault: MadeVault, tmp_path: Path) -> MadeVault:
    """A closed vault with the sample records, in this test's own folder."""
    return copy_vault(template_vault, tmp_path / "profile")


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(T0)


@pytest.fixture
def filled(
    tmp_path: Path, clock: FakeClock
) -> tuple[Path, str, dict[str, list[dict[str, object]]]]:
    """A closed profile with every kind of record: (folder, recovery code, its tables)."""
    from companion.facade import Companion
    from companion.vault.keystore import NoKeyStore

    made = make_vault(tmp_path / "profile", records=False, start=T0)
    with Companion.unlock(
        made.root, recovery_code=made.recovery_code, keystore=NoKeyStore(), clock=clock
    ) as companion:
        add_every_kind(companion)
        expected = tables_of(companion)
    return made.root, made.recovery_code, expected


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
