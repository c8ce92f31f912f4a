"""Fixtures for service tests: a real vault in a temp profile with a fake clock.

Making a vault costs an Argon2id derivation; tests copy one fresh template vault instead and open
the copy with its recovery code, which is the same real SQLCipher file as a new profile.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from companion.clock import FakeClock
from tests.vaults import PASSPHRASE, make_template, open_copy

__all__ = ["PASSPHRASE"]
START = datetime(2026, 11, 21, 12, 0, tzinfo=ZoneInfo("Europe/Berlin"))


@pytest.fixture(scope="session")
def _template_profile(tmp_path_factory):
    return make_template(tmp_path_factory.mktemp("template") / "profile", START)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(START)


@pytest.fixture
def companion(tmp_path, clock, _template_profile):
    c = open_copy(_template_profile, tmp_path, clock)
    yield c
    c.close()
