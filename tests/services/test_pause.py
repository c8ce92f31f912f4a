"""The pause before opening an app: the pure planner (hours, categories, once an hour), the
loopback reader against a fake ActivityWatch server on 127.0.0.1, answers kept in the vault, a
server that is down staying quiet, and no socket opened to anything but the loopback address."""

from __future__ import annotations

import socket
from datetime import datetime, timedelta

import pytest

from companion.domain.errors import InvalidInput
from companion.domain.planners.pause import FrontWindow, PauseBoundary, in_hours, plan_pause
from companion.facade import Companion, NoKeyStore
from companion.importers.activitywatch_window import read_front_window, server_running
from companion.platform.clock import FakeClock
from companion.services.boundaries import BoundaryInput
from tests.fake_activitywatch import MONDAY_EVENING, TZ, FakeActivityWatch, free_port

REDDIT_APP = FrontWindow(app="Reddit")
SOCIAL = PauseBoundary(1, "Phone down at night", "social_media", "22:00", "07:00", (0, 1, 2, 3, 4))


def test_in_hours_across_midnight_and_days():
    assert in_hours(SOCIAL, MONDAY_EVENING)
    assert in_hours(SOCIAL, MONDAY_EVENING + timedelta(hours=8))  # Tuesday 06:30
    assert not in_hours(SOCIAL, MONDAY_EVENING + timedelta(hours=9))  # Tuesday 07:30
    assert not in_hours(SOCIAL, MONDAY_EVENING - timedelta(hours=1))  # Monday 21:30
    saturday = datetime(2026, 3, 7, 22, 30, tzinfo=TZ)
    assert not in_hours(SOCIAL, saturday)
    assert in_hours(SOCIAL, datetime(2026, 3, 7, 1, 0, tzinfo=TZ))  # Friday night's hours
    all_day = PauseBoundary(2, "x", "social_media", None, None, (0,))
    assert in_hours(all_day, MONDAY_EVENING) and not in_hours(all_day, saturday)


def test_planner_asks_once_an_hour_in_hours_for_its_category_only():
    prompt = plan_pause(REDDIT_APP, [SOCIAL], {}, MONDAY_EVENING)
    assert prompt is not None and prompt.boundary_id == 1 and prompt.category == "social_media"
    assert prompt.intention == "Phone down at night"  # the title when there's no intention
    asked = {1: MONDAY_EVENING}
    assert plan_pause(REDDIT_APP, [SOCIAL], asked, MONDAY_EVENING + timedelta(minutes=59)) is None
    assert plan_pause(REDDIT_APP, [SOCIAL], asked, MONDAY_EVENING + timedelta(hours=1))
    assert plan_pause(FrontWindow(app="Terminal"), [SOCIAL], {}, MONDAY_EVENING) is None
    assert plan_pause(REDDIT_APP, [SOCIAL], {}, MONDAY_EVENING - timedelta(hours=2)) is None
    paused = PauseBoundary(1, "x", "social_media", None, None, tuple(range(7)), active=False)
    assert plan_pause(REDDIT_APP, [paused], {}, MONDAY_EVENING) is None
    site = FrontWindow(app="firefox", title="Home - x.com — Mozilla Firefox")
    assert plan_pause(site, [SOCIAL], {}, MONDAY_EVENING) is not None
    assert plan_pause(None, [SOCIAL], {}, MONDAY_EVENING) is None


@pytest.fixture
def aw():
    with FakeActivityWatch() as server:
        yield server


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(MONDAY_EVENING)


@pytest.fixture
def comp(tmp_path, clock):
    c, _ = Companion.create(tmp_path / "p", "a long passphrase", keystore=NoKeyStore(), clock=clock)
    yield c
    c.close()


def test_reader_reads_the_front_window_and_a_down_server_is_quiet(aw):
    assert server_running(aw.port)
    aw.window = {"app": "Reddit", "title": "r/all"}
    assert read_front_window(aw.port) == FrontWindow(app="Reddit", title="r/all")
    port = free_port()
    assert not server_running(port)
    assert read_front_window(port) is None


def test_prompt_once_per_hour_and_the_answer_is_kept(aw, comp, clock, tmp_path):
    boundary = comp.boundaries.add(
        BoundaryInput(
            title="No social at night", category="social_media", starts_at="22:00", ends_at="07:00"
        )
    )
    comp.boundaries.add_from_template("one_thing_first", weekdays=(5, 6))  # weekends only
    aw.window = {"app": "Reddit", "title": "r/all"}
    assert comp.pause.prompt_for(read_front_window(aw.port)) is None  # off by default
    comp.pause.set_enabled(True)
    prompt = comp.pause.prompt_for(read_front_window(aw.port))
    assert prompt is not None and prompt.boundary_id == boundary
    comp.pause.record(prompt.boundary_id, "not_now")
    clock.advance(timedelta(minutes=30))
    assert comp.pause.prompt_for(read_front_window(aw.port)) is None  # asked this hour
    clock.advance(timedelta(minutes=31))
    again = comp.pause.prompt_for(read_front_window(aw.port))
    assert again is not None
    comp.pause.record(again.boundary_id, "go_ahead")
    aw.window = {"app": "Terminal", "title": "bash"}
    clock.advance(timedelta(hours=2))
    assert comp.pause.prompt_for(read_front_window(aw.port)) is None  # another category
    with pytest.raises(InvalidInput):
        comp.pause.record(boundary, "maybe")
    week = comp.pause.count_between(MONDAY_EVENING - timedelta(days=1), clock.now())
    assert week == {"not_now": 1, "go_ahead": 1}
    comp.close()
    with Companion.unlock(tmp_path / "p", passphrase="a long passphrase", clock=clock) as again:
        assert again.pause.count_between(MONDAY_EVENING, clock.now())["go_ahead"] == 1


def test_the_weekend_template_asks_its_intention_and_not_outside_hours(aw, comp, clock):
    comp.boundaries.add_from_template("one_thing_first", weekdays=(5, 6))
    comp.pause.set_enabled(True)
    aw.window = {"app": "Instagram", "title": ""}
    assert comp.pause.prompt_for(read_front_window(aw.port)) is None  # a Monday
    clock.set(datetime(2026, 3, 7, 12, 0, tzinfo=TZ))
    prompt = comp.pause.prompt_for(read_front_window(aw.port))
    assert prompt is not None and "one thing" in prompt.intention


def test_only_loopback_sockets_are_opened(aw, monkeypatch):
    seen: list[object] = []
    real_connect = socket.socket.connect

    def connect(sock, address):
        seen.append(address)
        return real_connect(sock, address)

    monkeypatch.setattr(socket.socket, "connect", connect)
    aw.window = {"app": "Reddit", "title": ""}
    assert read_front_window(aw.port) is not None
    read_front_window(free_port())
    assert seen and all(address[0] == "127.0.0.1" for address in seen)
