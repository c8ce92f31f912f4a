"""Fixtures for the command-line tests that run `companion` in a real subprocess: `env`, the
environment that unlocks with the tests' passphrase, and `profile`, a new profile made by
`companion init` in it."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import PASSPHRASE, cli_env, run_cli


@pytest.fixture(scope="module")
def env() -> dict[str, str]:
    return cli_env(COMPANION_PASSPHRASE=PASSPHRASE)


@pytest.fixture
def profile(tmp_path: Path, env: dict[str, str]) -> Path:
    root = tmp_path / "profile"
    done = run_cli("--profile", str(root), "init", env=env)
    assert done.returncode == 0, done.stderr
    return root
