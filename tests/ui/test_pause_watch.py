"""The pause before opening an app in the running app: no timer while it is off, one question
against a fake ActivityWatch on 127.0.0.1, the answer kept and counted on the weekly page, a
server that is down staying quiet, and Settings saying how to enable ActivityWatch. The question
goes through the nudges' notifier chain: buttons on a notification where the platform has them,
the app's own small window otherwise, nothing while the app is locked."""

from __future__ import annotations

from datetime import timedelta
from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from companion.facade import Companion, NoKeyStore
from companion.platform.clock import FakeClock
from companion.services.boundaries import BoundaryInput
from tests.fake_activitywatch import MONDAY_EVENING, FakeActivityWatch, free_port
from ui.context import AppContext
from ui.nudges.notifiers import BannerNotifier, Notifier, TrayNotifier, default_chain
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
    watch = PauseWatch(AppContext(comp), port=aw.port)
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
    watch = PauseWatch(AppContext(comp), port=free_port())
    watch.poll()
    assert watch.question is None
    group = ScreenSettingsGroup(AppContext(comp))
    qtbot.addWidget(group)
    group.aw_port = free_port()
    group.show()
    group.refresh()
    assert group.pause.isChecked()
    assert group.pause_status.isVisible()
    assert "activitywatch.net" in group.pause_status.text()
    group.pause.setChecked(False)
    assert not comp.pause.enabled()
    assert not group.pause_status.isVisible()


class ButtonsNotifier(Notifier):
    """A platform whose notifications show buttons: it keeps what it was asked, and the test
    presses a button by emitting the answer, as the desktop's service would."""

    name = "buttons"

    def __init__(self) -> None:
        super().__init__()
        self.asked: list = []

    def deliver(self, plan) -> bool:
        return True

    def ask(self, question) -> bool:
        self.asked.append(question)
        return True


def test_the_question_goes_through_the_notifier_chain(qtbot, aw, comp, clock):
    buttons = ButtonsNotifier()
    chain = [TrayNotifier(None), buttons, BannerNotifier(lambda plan: None)]
    watch = PauseWatch(AppContext(comp), port=aw.port, notifiers=lambda: chain)
    comp.pause.set_enabled(True)
    aw.window = {"app": "Reddit", "title": ""}
    with qtbot.waitSignal(watch.asked) as asked:
        watch.poll()
    assert asked.args[1] == "buttons" and watch.question is None  # no window of the app's own
    question = buttons.asked[0]
    assert (question.title, question.body) == ("No social at night", "No social at night")
    assert [words for _key, words in question.answers] == ["Go ahead", "Not now"]
    # While it waits for an answer nothing more is asked, even past the hour's first minutes.
    clock.advance(timedelta(minutes=30))
    watch.poll()
    assert len(buttons.asked) == 1
    buttons.answered.emit(question, "not_now")
    assert watch.waiting is None
    later = clock.now() + timedelta(seconds=1)
    assert comp.pause.count_between(MONDAY_EVENING, later) == {"go_ahead": 0, "not_now": 1}
    buttons.answered.emit(question, "go_ahead")  # a late second signal for it counts for nothing
    assert comp.pause.count_between(MONDAY_EVENING, later) == {"go_ahead": 0, "not_now": 1}
    watch.poll()
    assert len(buttons.asked) == 1  # answered 30 minutes ago: once an hour per boundary

    # An hour later it asks again; a question nobody answers for an hour counts as "Not now".
    clock.advance(timedelta(hours=1))
    watch.poll()
    assert len(buttons.asked) == 2 and watch.waiting is not None
    clock.advance(timedelta(hours=1, minutes=1))
    watch.poll()
    counts = comp.pause.count_between(MONDAY_EVENING, clock.now() + timedelta(seconds=1))
    assert counts == {"go_ahead": 0, "not_now": 2}
    assert len(buttons.asked) == 2 and watch.waiting is None  # and not again within the hour
    clock.advance(timedelta(hours=1))
    watch.poll()
    assert len(buttons.asked) == 3
    buttons.answered.emit(buttons.asked[2], "go_ahead")
    counts = comp.pause.count_between(MONDAY_EVENING, clock.now() + timedelta(seconds=1))
    assert counts == {"go_ahead": 1, "not_now": 2}


def test_without_buttons_on_notifications_the_app_asks_itself(qtbot, aw, comp, monkeypatch):
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    chain = default_chain(banner=lambda plan: None, platform="linux")
    watch = PauseWatch(AppContext(comp), port=aw.port, notifiers=chain)
    comp.pause.set_enabled(True)
    aw.window = {"app": "Reddit", "title": ""}
    with qtbot.waitSignal(watch.asked) as asked:
        watch.poll()
    assert asked.args[1] == "app"
    assert watch.question is not None and watch.question.isVisible()
    qtbot.addWidget(watch.question)
    qtbot.mouseClick(watch.question.not_now, Qt.MouseButton.LeftButton)
    assert comp.pause.count_between(MONDAY_EVENING, MONDAY_EVENING + timedelta(minutes=1)) == {
        "go_ahead": 0,
        "not_now": 1,
    }


def test_nothing_is_asked_while_the_app_is_locked(qtbot, aw, comp):
    buttons = ButtonsNotifier()
    context = AppContext(comp)
    watch = PauseWatch(context, port=aw.port, notifiers=[buttons])
    context.lock = SimpleNamespace(locked=True)  # what the app lock says while locked
    comp.pause.set_enabled(True)
    aw.window = {"app": "Reddit", "title": ""}
    watch.poll()
    assert buttons.asked == [] and watch.question is None
    context.lock.locked = False
    watch.poll()
    assert len(buttons.asked) == 1
