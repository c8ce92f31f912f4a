"""Fixtures for service tests: a real vault in a temp profile with a fake clock.

Making a vault costs an Argon2id derivation; tests copy one fresh template vault instead and open
the copy with its recovery code, which is the same real SQLCipher file as a new profile.
"""

from __future__ import annotations

import shutil
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from companion.clock import FakeClock
from companion.facade import Companion
from companion.keystore import NoKeyStore

PASSPHRASE = "a long test passphrase"
START = datetime(2026, 11, 21, 12, 0, tzinfo=ZoneInfo("Europe/Berlin"))


@pytest.fixture(scope="session")
def _template_profile(tmp_path_factory):
    root = tmp_path_factory.mktemp("template") / "profile"
    companion, code = Companion.create(
        root, PASSPHRASE, keystore=NoKeyStore(), clock=FakeClock(START)
    )
    companion.close()
    return root, code


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(START)


@pytest.fixture
def companion(tmp_path, clock, _template_profile):
    template, code = _template_profile
    profile = tmp_path / "profile"
    shutil.copytree(template, profile)
    c = Companion.unlock(profile, recovery_code=code, keystore=NoKeyStore(), clock=clock)
    yield c
    c.close()
