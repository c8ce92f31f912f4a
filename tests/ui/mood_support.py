"""Fixtures for the mood, check-in and help UI tests: a real vault copied from a template per test,
opened with its recovery code, a fake clock (the pattern of tests/vault_support.py), and the main
window shown over the vault."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from companion.platform.clock import FakeClock
from tests.helpers import make_template, open_copy
from ui.context import AppContext

# A Saturday at noon in late November.
START = datetime(2026, 11, 21, 12, 0, tzinfo=ZoneInfo("Europe/Berlin"))


@pytest.fixture(scope="session")
def mood_template(tmp_path_factory):
    return make_template(tmp_path_factory.mktemp("mood-template") / "profile", START, country="GB")


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(START)


@pytest.fixture
def companion(tmp_path, clock, mood_template):
    c = open_copy(mood_template, tmp_path, clock)
    yield c
    c.close()


@pytest.fixture
def window(qtbot, companion):
    from ui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.attach(AppContext(companion))
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.detach()
