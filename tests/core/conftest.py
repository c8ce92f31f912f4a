"""Fixtures for the core tests: one real vault made per session, copied fresh into each test."""

from __future__ import annotations

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
