"""The one task runner: the event loop turns while work runs, one task at a time, Cancel keeps
nothing (a real Daylio import rolls back in a real vault), errors come back as one plain message,
and the running app pauses its nudges and page refreshes while a task runs.

Every wait is on a condition or an event the test controls, never on time."""

from __future__ import annotations

import shutil
import threading

import pytest
from PySide6.QtCore import QCoreApplication, QTimer

from companion.domain.errors import ImportFailed
from companion.services.people import PersonInput
from tests.ui import mood_support
from ui.tasks import TaskBusy, TaskRunner

clock = mood_support.clock
companion = mood_support.companion
mood_template = mood_support.mood_template

PATIENCE_S = 30  # only a guard against a hang; nothing waits for it to pass


@pytest.fixture
def runner(qtbot):
    runner = TaskRunner()
    yield runner
    runner.finish_now()


def gated():
    """Work that waits for the test's go-ahead, so the test decides when it ends."""
    gate = threading.Event()
    entered = threading.Event()

    def work(control):
        entered.set()
        assert gate.wait(PATIENCE_S)
        control.check()
        return "done"

    return gate, entered, work


def outcome_of(task) -> list:
    seen: list = []
    task.succeeded.connect(lambda result: seen.append(("succeeded", result)))
    task.failed.connect(lambda message: seen.append(("failed", message)))
    task.cancelled.connect(lambda: seen.append(("cancelled", None)))
    return seen


def test_the_event_loop_turns_while_a_task_runs(qtbot, runner):
    gate, entered, work = gated()
    task = runner.start("Waiting", work)
    seen = outcome_of(task)
    assert entered.wait(PATIENCE_S)
    turned: list[bool] = []
    QTimer.singleShot(0, lambda: turned.append(task.running))
    qtbot.waitUntil(lambda: bool(turned))
    assert turned == [True]  # a timer fired on the UI thread while the work was still running
    gate.set()
    qtbot.waitUntil(lambda: bool(seen))
    assert seen == [("succeeded", "done")]
    assert not runner.busy


def test_run_waits_in_a_turning_event_loop(qtbot, runner):
    gate = threading.Event()
    # Only the UI thread's event loop can set the gate: run() returns only if it turned.
    QTimer.singleShot(0, gate.set)
    assert runner.run(None, "Waiting", lambda _control: gate.wait(PATIENCE_S)) is True


def test_one_task_at_a_time_a_second_is_told_why_or_waits_its_turn(qtbot, runner):
    gate, entered, work = gated()
    task = runner.start("Backing up", work)
    seen = outcome_of(task)
    assert entered.wait(PATIENCE_S)
    with pytest.raises(TaskBusy) as busy:
        runner.start("Importing", lambda _control: None)
    assert "Backing up" in str(busy.value) and "Try again" in str(busy.value)
    # run() queues: the gate opens from the UI thread while it waits, the backup ends first.
    order: list[str] = []
    task.finished.connect(lambda: order.append("backup"))
    QTimer.singleShot(0, gate.set)
    assert runner.run(None, "Importing", lambda _control: order.append("import") or 7) == 7
    assert order == ["backup", "import"] and seen == [("succeeded", "done")]


def test_errors_come_back_as_one_plain_message(qtbot, runner, tmp_path):
    def situation(_control):
        raise ImportFailed("notes.csv isn't a Daylio export.")

    task = runner.start("Reading", situation)
    seen = outcome_of(task)
    qtbot.waitUntil(lambda: bool(seen))
    assert seen == [("failed", "notes.csv isn't a Daylio export.")]

    missing = tmp_path / "gone.csv"
    task = runner.start("Reading", lambda _control: missing.read_bytes())
    seen = outcome_of(task)
    qtbot.waitUntil(lambda: bool(seen))
    [(kind, message)] = seen
    assert kind == "failed" and str(missing) in message and "\n" not in message
    with pytest.raises(ImportFailed):
        runner.run(None, "Reading", situation)


def test_cancel_undoes_work_that_cannot_stop_halfway(qtbot, runner, tmp_path):
    made = tmp_path / "backup.bin"
    gate = threading.Event()

    def work(control):
        made.write_bytes(b"encrypted")
        assert gate.wait(PATIENCE_S)
        return made

    task = runner.start("Backing up", work, undo=lambda path: path.unlink())
    seen = outcome_of(task)
    qtbot.waitUntil(made.exists)
    assert task.cancel()
    gate.set()
    qtbot.waitUntil(lambda: bool(seen))
    assert seen == [("cancelled", None)]
    assert not made.exists()


def test_a_task_that_cannot_be_stopped_says_so(qtbot, runner):
    gate, entered, work = gated()
    task = runner.start("Changing the passphrase", work, cancellable=False)
    seen = outcome_of(task)
    assert entered.wait(PATIENCE_S)
    assert not task.cancel()
    gate.set()
    qtbot.waitUntil(lambda: bool(seen))
    assert seen == [("succeeded", "done")]


def test_cancel_leaves_the_vault_untouched_by_an_import(
    qtbot, runner, companion, realdata, tmp_path
):
    source = tmp_path / "export.csv"
    shutil.copy(realdata / "daylio" / "MichaelCurrin_sample_multiple_moods.csv", source)
    preview = companion.daylio.preview(source)
    mapping = {name: preview.suggested.get(name) or 3 for name in preview.mood_names}
    assert preview.new > 0
    gate = threading.Event()

    def work(control):
        assert gate.wait(PATIENCE_S)
        return companion.daylio.commit(preview, mapping, cancel_requested=control.cancelled)

    task = runner.start("Import from Daylio", work)
    seen = outcome_of(task)
    assert task.cancel()
    gate.set()
    qtbot.waitUntil(lambda: bool(seen))
    assert seen == [("cancelled", None)]
    assert companion.mood.entries() == []

    # The same import, not cancelled, writes every new entry.
    summary = runner.run(
        None,
        "Import from Daylio",
        lambda control: companion.daylio.commit(
            preview, mapping, cancel_requested=control.cancelled
        ),
    )
    assert summary.imported == preview.new == len(companion.mood.entries())


def test_the_app_pauses_nudges_and_refreshes_while_a_task_runs(qtbot, launch, profile_dir):
    controller = launch(profile_dir)
    qtbot.waitUntil(lambda: controller.companion is not None)
    window = controller.window
    runner = controller.context.tasks
    qtbot.waitUntil(lambda: not runner.busy)  # the daily backup, if it has started
    changes: list = []
    window.bridge.changed.connect(changes.append)
    assert window.nudges.timer.isActive()
    gate, announced = threading.Event(), threading.Event()
    companion = controller.companion

    def work(control):
        companion.people.add(PersonInput(name="Noor"))  # announced from the worker thread
        announced.set()
        assert gate.wait(PATIENCE_S)

    task = runner.start("Importing", work)
    seen = outcome_of(task)
    assert not window.nudges.timer.isActive()
    assert announced.wait(PATIENCE_S)
    QCoreApplication.processEvents()  # delivers the change the worker queued: held, not shown
    assert changes == [] and task.running
    gate.set()
    qtbot.waitUntil(lambda: bool(seen))
    assert [sorted(change.kinds) for change in changes] == [["people"]]  # once, after the work
    assert window.nudges.timer.isActive()


def test_work_that_touches_no_vault_runs_beside_and_is_waited_for(qtbot, runner):
    """Checking a passphrase (the lock screen) needn't wait behind a backup: it runs beside it,
    says nothing through `started`/`idle`, and quitting waits for it too."""
    said: list[str] = []
    runner.started.connect(lambda _task: said.append("started"))
    runner.idle.connect(lambda: said.append("idle"))
    backup_gate, backup_entered, backup = gated()
    backup_task = runner.start("Backing up", backup)
    assert backup_entered.wait(PATIENCE_S)
    check_gate, check_entered, check = gated()
    beside = runner.start("Unlock", check, touches_vault=False)
    assert check_entered.wait(PATIENCE_S)  # running while the backup still runs
    assert runner.busy and runner.current is backup_task and runner.beside == [beside]
    seen = outcome_of(beside)
    check_gate.set()
    qtbot.waitUntil(lambda: bool(seen))
    assert seen == [("succeeded", "done")] and runner.beside == []
    assert said == ["started"] and backup_task.running

    # Quitting: both are asked to stop and waited for; what was stopped keeps nothing.
    last_gate, last_entered, last = gated()
    late = runner.start("Unlock", last, undo=lambda _result: None, touches_vault=False)
    assert last_entered.wait(PATIENCE_S)
    late_seen = outcome_of(late)
    backup_gate.set()
    last_gate.set()
    runner.finish_now()
    assert late_seen == [("cancelled", None)]
    assert not runner.busy and runner.beside == [] and said == ["started", "idle"]
