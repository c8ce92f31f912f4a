"""Fixtures for the mood, check-in and help UI tests: a real vault copied from a template per test,
opened with its recovery code, and a fake clock (the pattern of tests/services/conftest.py)."""

from __future__ import annotations

import shutil
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from companion.clock import FakeClock
from companion.facade import Companion
from companion.keystore import NoKeyStore

PASSPHRASE = "a long test passphrase"
# A Saturday at noon in late November.
START = datetime(2026, 11, 21, 12, 0, tzinfo=ZoneInfo("Europe/Berlin"))


@pytest.fixture(scope="session")
def mood_template(tmp_path_factory):
    root = tmp_path_factory.mktemp("mood-template") / "profile"
    companion, code = Companion.create(
        root, PASSPHRASE, country="GB", keystore=NoKeyStore(), clock=FakeClock(START)
    )
    companion.close()
    return root, code


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(START)


@pytest.fixture
def companion(tmp_path, clock, mood_template):
    template, code = mood_template
    profile = tmp_path / "profile"
    shutil.copytree(template, profile)
    c = Companion.unlock(profile, recovery_code=code, keystore=NoKeyStore(), clock=clock)
    yield c
    c.close()
