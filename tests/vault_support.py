"""The fixtures of the services' and the exporters' tests: a real vault in a temp profile with a
fake clock, a copy of one template made per session (tests/helpers.py: make_template, open_copy).
A folder's conftest.py names them, as tests/services/conftest.py does."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from companion.platform.clock import FakeClock
from tests.helpers import make_template, open_copy

START = datetime(2026, 11, 21, 12, 0, tzinfo=ZoneInfo("Europe/Berlin"))


@pytest.fixture(scope="session")
def template_profile(tmp_path_factory):
    return make_template(tmp_path_factory.mktemp("template") / "profile", START)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(START)


@pytest.fixture
def companion(tmp_path, clock, template_profile):
    c = open_copy(template_profile, tmp_path, clock)
    yield c
    c.close()
