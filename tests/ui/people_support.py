"""Fixtures for the People and nudge UI tests: a real vault copied from a template, a fake clock,
and waiting for the contacts import wizard to finish reading.

Making a vault costs an Argon2id derivation, so each test copies one template and opens the copy
with its recovery code (the pattern of tests/vault_support.py).
"""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QCoreApplication

from companion.platform.clock import FakeClock
from companion.services.people import PersonInput
from tests.helpers import make_template, open_copy

# A Saturday at noon: outside the default quiet hours (21:00-09:00).
START = datetime(2026, 11, 21, 12, 0, tzinfo=ZoneInfo("Europe/Berlin"))


@pytest.fixture(scope="session")
def people_template(tmp_path_factory):
    return make_template(tmp_path_factory.mktemp("people-template") / "profile", START)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(START)


@pytest.fixture
def companion(tmp_path, clock, people_template):
    c = open_copy(people_template, tmp_path, clock)
    yield c
    c.close()


def add_people(companion, clock) -> dict[str, int]:
    """Three people, one in each status, with contacts and tags; returns their ids by name."""
    circles = {c.name: c for c in companion.people.circles()}
    close = circles["Close network"].id  # every 30 days
    inner = circles["Support clique"].id  # every 7 days
    ids = {}
    # Added 40 days ago and never contacted: due for a hello.
    clock.set(START - timedelta(days=40))
    ids["Ana Lima"] = companion.people.add(
        PersonInput(
            "Ana Lima",
            circle_id=close,
            contacts=[("phone", "mobile", "+49 151 1234567"), ("email", "", "ana@example.org")],
            tags=["school"],
        )
    )
    clock.set(START)
    ids["Ben Okafor"] = companion.people.add(
        PersonInput("Ben Okafor", circle_id=inner, tags=["climbing"])
    )
    ids["Cleo Park"] = companion.people.add(PersonInput("Cleo Park", circle_id=close))
    # Ben talked 6 days ago (due soon on a 7-day rhythm); Cleo today (on track).
    companion.interactions.log([ids["Ben Okafor"]], when=START - timedelta(days=6))
    companion.interactions.log([ids["Cleo Park"]], when=START - timedelta(hours=1))
    return ids


def finish_reading(qtbot, wizard) -> None:
    # Join the worker, then deliver its queued signals: once an earlier test in this process has
    # asked the application to exit, qtbot's short event loops return without running, so the
    # worker gets no turn and posted events wait for an explicit processEvents().
    if wizard.task is not None:
        wizard.task.wait()

    def done() -> bool:
        QCoreApplication.processEvents()
        return wizard.task is None and wizard.stack.currentWidget() is not wizard.reading_page

    qtbot.waitUntil(done, timeout=30000)
