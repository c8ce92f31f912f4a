"""Fixtures for the data-ownership tests: a profile holding a little of every kind of record
(tests/helpers.py: add_every_kind, tables_of)."""

from __future__ import annotations

from pathlib import Path

import pytest

from companion.platform.clock import FakeClock
from tests.helpers import T0, add_every_kind, make_vault, tables_of


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
