"""The app lock: idle locking (with an injected clock and check interval), what a locked window
shows, unlocking with the passphrase or the recovery code, and reminders while locked."""

from __future__ import annotations

import threading

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QLabel,
    QLineEdit,
    QWidget,
)

from companion.domain.planners.nudges import NudgePlan
from companion.services.people import PersonInput
from tests.helpers import PASSPHRASE
from tests.ui import unlock_support
from ui.lock import AppLock
from ui.nudges.notifiers import Notifier

CANARY = "Zyxquorble Canarysson"


def visible_text(root) -> str:
    """Every piece of text a person could see in the visible widgets under `root`."""
    parts = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        if isinstance(widget, (QLabel, QAbstractButton, QLineEdit)):
            parts.append(widget.text())
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            for row in range(model.rowCount(QModelIndex())):
                column = 0
                while (index := model.index(row, column)).isValid():
                    parts.append(str(index.data() or ""))
                    column += 1
        parts.append(widget.windowTitle())
        parts.append(widget.toolTip())
    return "\n".join(parts)


class FakeTime:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def _idle_check_runs(qtbot, lock) -> None:
    """Wait for the idle watcher's next check (it is connected before this wait, so it runs first)."""
    with qtbot.waitSignal(lock.watcher.timer.timeout, timeout=2000):
        pass


def _idle_lock(qtbot, controller, window, *, minutes: int) -> tuple[AppLock, FakeTime]:
    """The app's lock made again over a fake clock, checking every 10 ms, locking after
    `minutes` idle (once the watcher has the setting)."""
    controller.app_lock.remove()
    fake = FakeTime()
    lock = controller.context.lock = AppLock(
        controller.context, window, check_ms=10, monotonic=fake
    )
    controller.companion.settings.set("lock.idle_minutes", minutes)
    qtbot.waitUntil(lambda: lock.watcher.limit_seconds == minutes * 60)
    return lock, fake


def _opened(launch, profile_dir, qtbot):
    controller = launch(profile_dir)
    qtbot.waitUntil(lambda: controller.companion is not None)
    window = controller.window
    person = controller.companion.people.add(PersonInput(name=CANARY, notes=CANARY + " notes"))
    window.show_page_named("people")
    qtbot.waitUntil(lambda: CANARY in visible_text(window))
    return controller, window, person


def test_idle_locks_and_the_locked_window_shows_no_personal_data(qtbot, launch, profile_dir):
    controller, window, _person = _opened(launch, profile_dir, qtbot)
    lock, fake = _idle_lock(qtbot, controller, window, minutes=2)
    _idle_check_runs(qtbot, lock)
    assert not lock.locked  # no time has passed
    fake.now += 119
    _idle_check_runs(qtbot, lock)
    assert not lock.locked
    fake.now += 2
    qtbot.waitUntil(lambda: lock.locked, timeout=2000)

    assert window.stack.currentWidget() is lock.screen
    assert CANARY not in visible_text(window)
    # Pages can't be opened; the shortcuts that show data do nothing; help still works.
    window.sidebar.setCurrentRow(1)
    assert window.stack.currentWidget() is lock.screen
    window.show_page_named("people")
    window.log_mood()
    window.open_report()
    assert window.stack.currentWidget() is lock.screen
    assert CANARY not in visible_text(window)
    assert window.help_button.isEnabled()
    window.show_help()
    assert window.stack.currentWidget() is window.help_page
    window.sidebar.setCurrentRow(0)
    assert window.stack.currentWidget() is lock.screen

    # A wrong passphrase is refused inline, selected to be typed over; the right one brings the
    # page back.
    qtbot.keyClicks(lock.screen.field, "not my passphrase")
    qtbot.keyClick(lock.screen.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lock.screen.problem.isVisible)
    assert lock.locked
    assert lock.screen.problem.text() == "That passphrase doesn't open this vault."
    assert lock.screen.field.selectedText() == "not my passphrase"
    assert not lock.screen.field.isReadOnly() and lock.screen.unlock_button.isEnabled()
    lock.screen.field.clear()
    qtbot.keyClicks(lock.screen.field, PASSPHRASE)
    qtbot.mouseClick(lock.screen.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not lock.locked)
    assert lock.screen.field.text() == ""
    window.show_page_named("people")
    assert CANARY in visible_text(window)


def test_input_resets_the_idle_time_and_never_means_never(qtbot, launch, profile_dir):
    controller, window, _person = _opened(launch, profile_dir, qtbot)
    lock, fake = _idle_lock(qtbot, controller, window, minutes=1)
    fake.now += 50
    qtbot.keyClick(window.sidebar, Qt.Key.Key_Down)  # any input counts as activity
    fake.now += 50
    _idle_check_runs(qtbot, lock)
    assert not lock.locked
    controller.companion.settings.set("lock.idle_minutes", None)
    qtbot.waitUntil(lambda: lock.watcher.limit_seconds is None)
    fake.now += 10_000
    assert not lock.watcher.timer.isActive()
    lock.watcher.check()  # and were it to check anyway
    assert not lock.locked


def test_lock_now_and_unlock_with_the_recovery_code(qtbot, launch, profile_dir):
    controller, window, _person = _opened(launch, profile_dir, qtbot)
    code = controller.companion.recovery_code
    assert "settings" not in window.pages.built()  # built when first shown, not at start-up
    window.show_page_named("settings")
    group = window.pages["settings"].data_privacy
    assert group.context is controller.context and group.context.data is controller.data_host
    qtbot.mouseClick(group.lock_button, Qt.MouseButton.LeftButton)
    lock = controller.app_lock
    assert lock.locked and CANARY not in visible_text(window)
    qtbot.mouseClick(lock.screen.secret.switch, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(lock.screen.field, "AAAA-BBBB-CCCC")
    qtbot.keyClick(lock.screen.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lock.screen.problem.isVisible)
    assert lock.locked
    # Switching to the passphrase and back: the line about the wrong code goes with it.
    qtbot.mouseClick(lock.screen.secret.switch, Qt.MouseButton.LeftButton)
    assert not lock.screen.problem.isVisible()
    qtbot.mouseClick(lock.screen.secret.switch, Qt.MouseButton.LeftButton)
    assert lock.screen.secret.using_recovery
    qtbot.keyClicks(lock.screen.field, code)
    qtbot.keyClick(lock.screen.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not lock.locked)
    assert window.stack.currentWidget() is window.pages["settings"]


def test_dialogs_open_at_lock_time_are_hidden_until_unlock(qtbot, launch, profile_dir):
    controller, window, _person = _opened(launch, profile_dir, qtbot)
    dialog = window.log_mood()
    assert dialog.isVisible()
    controller.app_lock.lock()
    assert not dialog.isVisible()
    assert controller.app_lock.check_secret(passphrase=PASSPHRASE) is None
    controller.app_lock.unlock()
    assert dialog.isVisible()
    dialog.reject()


class Recorder(Notifier):
    name = "recorder"

    def __init__(self) -> None:
        super().__init__()
        self.plans = []

    def deliver(self, plan) -> bool:
        self.plans.append(plan)
        return True


def test_a_reminder_while_locked_says_only_that_there_is_one(qtbot, launch, profile_dir):
    controller, window, _person = _opened(launch, profile_dir, qtbot)
    scheduler = window.nudges
    recorder = Recorder()
    scheduler.notifiers = [recorder]
    plan = NudgePlan(nudges=(object(),), title=f"Reach out to {CANARY}", body=CANARY)
    controller.companion.nudges.plan = lambda: plan  # what the planner would say now
    controller.companion.nudges.record_shown = lambda shown: None
    scheduler.check_now()
    assert recorder.plans[-1].title == f"Reach out to {CANARY}"
    controller.app_lock.lock()
    scheduler.check_now()
    shown = recorder.plans[-1]
    assert shown.body == "You have a reminder"
    assert CANARY not in shown.title + shown.body
    assert QApplication.instance() is not None


def test_locking_ends_a_pending_undo(qtbot, launch, profile_dir):
    """A mood logged with one key, then the app locks: Undo is gone with the lock (nothing is
    put back or taken back while locked) and the mood stays."""
    controller, window, _person = _opened(launch, profile_dir, qtbot)
    window.show_page_named("today")
    today = window.current_page()
    qtbot.keyClick(today.quick_mood, Qt.Key.Key_3)
    assert window.undo_bar.isVisible() and window.undo_bar.pending
    controller.app_lock.lock()
    assert not window.undo_bar.isVisible() and not window.undo_bar.pending
    assert window.undo_last() is False
    assert [e.level for e in controller.companion.mood.entries()] == [3]


def _locked_with_a_slow_key(launch, profile_dir, qtbot):
    """The app over a vault whose key file makes checking the passphrase take a while, locked."""
    unlock_support.slow_key_file(profile_dir)
    controller, window, _person = _opened(launch, profile_dir, qtbot)
    qtbot.waitUntil(lambda: not controller.tasks.busy)  # the daily backup, if it has started
    lock = controller.app_lock
    lock.lock()
    return controller, window, lock


def test_the_lock_screen_keeps_turning_while_the_passphrase_is_checked(qtbot, launch, profile_dir):
    _controller, window, lock = _locked_with_a_slow_key(launch, profile_dir, qtbot)
    qtbot.keyClicks(lock.screen.field, PASSPHRASE)
    qtbot.keyClick(lock.screen.field, Qt.Key.Key_Return)
    task = lock.checking
    assert task is not None and task.running and lock.locked
    # A quiet busy state in place: "Unlocking…", nothing to press twice, help still in reach.
    assert lock.screen.busy.isVisible() and lock.screen.busy.text() == "Unlocking…"
    assert not lock.screen.unlock_button.isEnabled() and lock.screen.field.isReadOnly()
    assert CANARY not in visible_text(window)
    ticks: list[bool] = []
    QTimer.singleShot(0, lambda: ticks.append(task.running))
    qtbot.waitUntil(lambda: bool(ticks))
    assert ticks == [True]  # a timer fired on the UI thread while the key was being worked out
    assert lock.screen.help_button.isEnabled()
    qtbot.mouseClick(lock.screen.help_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.help_page and task.running
    qtbot.waitUntil(lambda: not lock.locked, timeout=30_000)
    assert not lock.screen.busy.isVisible() and lock.screen.field.text() == ""


def test_enter_twice_checks_once(qtbot, launch, profile_dir):
    controller, _window, lock = _locked_with_a_slow_key(launch, profile_dir, qtbot)
    qtbot.keyClicks(lock.screen.field, PASSPHRASE)
    qtbot.keyClick(lock.screen.field, Qt.Key.Key_Return)
    first = lock.checking
    qtbot.keyClick(lock.screen.field, Qt.Key.Key_Return)
    qtbot.mouseClick(lock.screen.unlock_button, Qt.MouseButton.LeftButton)
    assert lock.try_unlock() is False
    assert lock.checking is first and controller.tasks.beside == [first]
    qtbot.waitUntil(lambda: not lock.locked, timeout=30_000)


def test_unlocking_does_not_wait_for_work_on_the_vault(qtbot, launch, profile_dir):
    """A backup or an import running while locked: the passphrase is checked beside it."""
    controller, _window, lock = _locked_with_a_slow_key(launch, profile_dir, qtbot)
    gate = threading.Event()
    work = controller.tasks.start("Backing up", lambda _control: gate.wait(30))
    try:
        qtbot.keyClicks(lock.screen.field, PASSPHRASE)
        qtbot.keyClick(lock.screen.field, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: not lock.locked, timeout=30_000)
        assert work.running
    finally:
        gate.set()
    qtbot.waitUntil(lambda: not controller.tasks.busy)


def test_quitting_while_the_passphrase_is_checked(qtbot, launch, profile_dir):
    controller, _window, lock = _locked_with_a_slow_key(launch, profile_dir, qtbot)
    qtbot.keyClicks(lock.screen.field, PASSPHRASE)
    qtbot.keyClick(lock.screen.field, Qt.Key.Key_Return)
    task = lock.checking
    outcomes: list[str] = []
    task.succeeded.connect(lambda _r: outcomes.append("succeeded"))
    task.cancelled.connect(lambda: outcomes.append("cancelled"))
    controller.quit()
    # Waited for before the vault closed: no thread left running, and nothing unlocked.
    assert outcomes == ["cancelled"]
    assert controller.tasks.beside == [] and lock.checking is None
    assert lock.locked


def test_a_check_from_before_never_lifts_a_later_lock(qtbot, launch, profile_dir):
    _controller, _window, lock = _locked_with_a_slow_key(launch, profile_dir, qtbot)
    qtbot.keyClicks(lock.screen.field, PASSPHRASE)
    qtbot.keyClick(lock.screen.field, Qt.Key.Key_Return)
    task = lock.checking
    outcomes: list[str] = []
    task.succeeded.connect(lambda _r: outcomes.append("succeeded"))
    task.cancelled.connect(lambda: outcomes.append("cancelled"))
    lock.unlock()  # lifted another way meanwhile, then locked again
    lock.lock()
    qtbot.waitUntil(lambda: bool(outcomes), timeout=30_000)
    assert outcomes == ["cancelled"] and lock.locked and lock.checking is None
    assert lock.screen.unlock_button.isEnabled() and not lock.screen.busy.isVisible()
