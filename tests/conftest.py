"""Shared fixtures. Every test runs with a private HOME, temp folder and XDG dirs, offscreen Qt,
and a keyring that refuses, so nothing touches the real home folder or the real keyring."""

from __future__ import annotations

import os
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

from tests.helpers import REALDATA  # noqa: E402 - after the hypothesis profile

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
