"""The pause before opening an app in the running app: no timer while it is off, one question
against a fake ActivityWatch on 127.0.0.1, the answer kept and counted on the weekly page, a
server that is down staying quiet, and Settings saying how to enable ActivityWatch."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from companion.clock import FakeClock
from companion.facade import Companion, NoKeyStore
from companion.services.boundaries import BoundaryInput
from tests.core.test_pause import MONDAY_EVENING, FakeActivityWatch, _free_port
from ui.screen.pause_watch import PauseWatch
from ui.screen.settings_group import ScreenSettingsGroup
from ui.screen.weekly import WeeklyView


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
    c.boundaries.add(
        BoundaryInput(
            title="No social at night", category="social_media", starts_at="22:00", ends_at="07:00"
        )
    )
    yield c
    c.close()


def test_one_question_an_hour_and_the_answer_is_kept(qtbot, aw, comp, clock):
    watch = PauseWatch(comp, port=aw.port)
    assert not watch.timer.isActive()  # off by default: no polling at all
    comp.pause.set_enabled(True)
    watch.settings_changed()
    assert watch.timer.isActive()
    aw.window = {"app": "Reddit", "title": ""}
    watch.poll()
    question = watch.question
    assert question is not None and question.isVisible()
    qtbot.addWidget(question)
    texts = [label.text() for label in question.findChildren(QLabel)]
    assert "No social at night" in texts
    qtbot.mouseClick(question.go_ahead, Qt.MouseButton.LeftButton)
    assert watch.question is None
    clock.advance(timedelta(minutes=20))
    watch.poll()
    assert watch.question is None  # once an hour
    clock.advance(timedelta(hours=1))
    watch.poll()
    assert watch.question is not None
    watch.question.close()  # closed without an answer: "not now"
    assert watch.question is None
    counts = comp.pause.count_between(MONDAY_EVENING, clock.now() + timedelta(seconds=1))
    assert counts == {"go_ahead": 1, "not_now": 1}

    weekly = WeeklyView(comp)
    qtbot.addWidget(weekly)
    weekly.refresh()
    assert "paused before opening an app 2 times" in weekly.boundaries_text.text()

    comp.pause.set_enabled(False)
    watch.settings_changed()
    assert not watch.timer.isActive()


def test_a_server_that_is_down_is_quiet_and_settings_say_how_to_enable(qtbot, comp):
    comp.pause.set_enabled(True)
    watch = PauseWatch(comp, port=_free_port())
    watch.poll()
    assert watch.question is None
    group = ScreenSettingsGroup(comp)
    qtbot.addWidget(group)
    group.aw_port = _free_port()
    group.show()
    group.refresh()
    assert group.pause.isChecked()
    assert group.pause_status.isVisible()
    assert "activitywatch.net" in group.pause_status.text()
    group.pause.setChecked(False)
    assert not comp.pause.enabled()
    assert not group.pause_status.isVisible()
