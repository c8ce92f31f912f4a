"""One runner for long work: imports, backups, restores, key changes, every passphrase's key
derivation (onboarding, start-up's from COMPANION_PASSPHRASE, the unlock dialog, the lock screen)
and the report.

- **One worker.** A task's work runs on a worker thread, one task at a time, so the vault is never
  written from two threads; a second task asked for meanwhile is refused kindly (`TaskBusy`).
  Work that touches no open vault (checking a passphrase against the key file in memory: the
  Argon2id derivation behind the lock screen and start-up's) passes `touches_vault=False`: it
  runs beside the vault's task on a worker of its own, and neither waits for it nor pauses the
  window.
- **The UI keeps turning.** Progress, steps and the outcome come back to the UI thread as Qt
  signals. While a task runs the runner says so (`started`, then `idle`): the window pauses its
  nudge timer and the pause watch, and holds page refreshes until the work is done.
- **Cancel.** A task's work gets a `Control`: it reports steps (`step("writing the backup")`) and
  progress (`progress(done, total)`) and asks `cancelled()` between steps, raising
  `companion.domain.errors.Cancelled` from inside its transaction so nothing is kept. Work that the core
  can't interrupt (a backup file being written) passes `undo`: it finishes, then `undo(result)`
  removes what it made.
- **One plain message.** A situation the core names (`CompanionError`) comes back as its message; a
  file the system refused as one sentence naming it; anything else is a bug, shown as one.

Two ways to use it: `start(title, work)` returns a `Task` whose signals a wizard follows on its own
pages; `run(parent, title, work)` shows an application-modal progress window and waits in a local
event loop, so it reads like an ordinary call that returns the result or raises.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, QThread, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from companion.domain.errors import Cancelled, CompanionError

__all__ = ["Cancelled", "Control", "Task", "TaskBusy", "TaskRunner", "WorkDialog"]


class TaskBusy(CompanionError):
    """Another task is still running; nothing was started."""


class Control:
    """Handed to a task's work on the worker thread: report steps and progress, ask about Cancel."""

    def __init__(self, task: Task) -> None:
        self._task = task
        self._cancel = threading.Event()

    def step(self, words: str) -> None:
        """What is happening now, in a few lowercase words ("writing the backup")."""
        self._task.step.emit(words)

    def progress(self, done: int, total: int) -> None:
        self._task.progress.emit(int(done), int(total))

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        """Raise Cancelled if Cancel was pressed (call it between steps, inside the transaction)."""
        if self._cancel.is_set():
            raise Cancelled()


class _Worker(QThread):
    def __init__(self, work: Callable[[Control], Any], control: Control) -> None:
        super().__init__()
        self.work = work
        self.control = control
        self.result: Any = None
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            self.result = self.work(self.control)
        except BaseException as exc:  # handed back to the UI thread
            self.error = exc


def plain_message(exc: BaseException) -> str:
    """The one sentence a person is shown for what stopped a task."""
    if isinstance(exc, CompanionError):
        return str(exc)
    if isinstance(exc, OSError):
        words = exc.strerror or str(exc)
        if not exc.filename:
            return words
        message = QCoreApplication.translate("TaskRunner", "Companion couldn't use %1: %2")
        return message.replace("%1", str(exc.filename)).replace("%2", words)
    return QCoreApplication.translate(
        "messages", "Something went wrong inside Companion. This is our mistake, not yours."
    )


class Task(QObject):
    """One piece of long work, followed from the UI thread.

    Exactly one of `succeeded(result)`, `failed(message)` or `cancelled()` arrives, then
    `finished()`. `error` keeps what stopped it (for `run`, which raises it again).
    """

    step = Signal(str)  # step and progress come from the worker thread: connect bound methods
    progress = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(str)
    cancelled = Signal()
    finished = Signal()

    def __init__(
        self,
        title: str,
        work: Callable[[Control], Any],
        *,
        undo: Callable[[Any], None] | None,
        cancellable: bool,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.title = title
        self.undo = undo
        self.cancellable = cancellable
        self.control = Control(self)
        self.worker = _Worker(work, self.control)
        self.result: Any = None
        self.error: BaseException | None = None
        self.outcome: str | None = None  # "succeeded", "failed" or "cancelled" once finished
        self.touches_vault = True  # False: run beside the vault's task (see the module's notes)
        self.raises = False  # `run` raises what stopped it; otherwise a bug goes to the bug hook

    @property
    def running(self) -> bool:
        return self.outcome is None

    @property
    def cancel_requested(self) -> bool:
        return self.control.cancelled()

    def cancel(self) -> bool:
        """Ask the work to stop; False when this task can't be stopped (it then just finishes)."""
        if not self.cancellable or not self.running:
            return False
        self.control._cancel.set()
        return True

    def wait(self) -> None:
        """Block until the worker thread has ended (closing a window while its task runs)."""
        self.worker.wait()


class TaskRunner(QObject):
    """The one way to run long work (see the module's notes)."""

    started = Signal(object)  # the Task, just started
    idle = Signal()  # the task has finished and its outcome has been delivered

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.current: Task | None = None
        self.beside: list[Task] = []  # running work that touches no vault

    @property
    def busy(self) -> bool:
        return self.current is not None

    def start(
        self,
        title: str,
        work: Callable[[Control], Any],
        *,
        undo: Callable[[Any], None] | None = None,
        cancellable: bool = True,
        touches_vault: bool = True,
    ) -> Task:
        """Run `work(control)` on the worker thread; raises TaskBusy while another task runs.
        With `touches_vault=False` (work that reads no vault, only what it was handed) it runs
        beside that task instead: never refused, and `started`/`idle` say nothing of it."""
        if touches_vault and self.current is not None:
            raise TaskBusy(
                QCoreApplication.translate(
                    "TaskRunner",
                    "Companion is still busy with “%1”. Try again once that has finished.",
                ).replace("%1", self.current.title)
            )
        task = Task(title, work, undo=undo, cancellable=cancellable, parent=self)
        task.touches_vault = touches_vault
        if touches_vault:
            self.current = task
        else:
            self.beside.append(task)
        # A bound method of an object on the UI thread: Qt queues the call there.
        task.worker.finished.connect(self._worker_done)
        if touches_vault:
            self.started.emit(task)
        task.worker.start()
        return task

    def finish_now(self) -> None:
        """Ask the running tasks to stop and wait for them, before the vault closes (quitting):
        no worker thread outlives the runner."""
        for task in self._running():
            task.cancel()
            task.worker.wait()
            self._finished(task)

    def _running(self) -> list[Task]:
        return [task for task in (self.current, *self.beside) if task is not None]

    def _worker_done(self) -> None:
        for task in self._running():
            if task.worker.isFinished():
                self._finished(task)

    def _finished(self, task: Task) -> None:
        if task.outcome is not None:
            return
        worker = task.worker
        worker.wait()
        task.result, task.error = worker.result, worker.error
        if task.error is None and task.cancel_requested and task.undo is not None:
            try:
                task.undo(task.result)
            except Exception as exc:  # undoing failed: say so rather than claim nothing was kept
                task.error = exc
            else:
                task.error = Cancelled()
        if self.current is task:
            self.current = None
        if task in self.beside:
            self.beside.remove(task)
        if isinstance(task.error, Cancelled):
            task.outcome = "cancelled"
            task.cancelled.emit()
        elif task.error is not None:
            task.outcome = "failed"
            error = task.error
            if not task.raises and not isinstance(error, (CompanionError, OSError)):
                sys.excepthook(type(error), error, error.__traceback__)  # shown as a bug
            task.failed.emit(plain_message(error))
        else:
            task.outcome = "succeeded"
            task.succeeded.emit(task.result)
        task.finished.emit()
        worker.deleteLater()
        task.deleteLater()
        if task.touches_vault:
            self.idle.emit()

    def run(
        self,
        parent: QWidget | None,
        title: str,
        work: Callable[[Control], Any],
        *,
        undo: Callable[[Any], None] | None = None,
        cancellable: bool | None = None,
    ) -> Any:
        """Run `work(control)` while an application-modal progress window shows; return its result
        or raise its exception (Cancelled after Cancel). Cancel is offered when the work can be
        undone or is `cancellable` (it checks `control.cancelled()` itself). Behind a task that is
        already running (the daily backup), it waits its turn in the same window."""
        can_cancel = undo is not None if cancellable is None else cancellable
        dialog = WorkDialog(title, parent, cancellable=can_cancel)
        stop: list[bool] = []
        dialog.cancel_requested.connect(lambda: stop.append(True))
        dialog.show()
        try:
            while self.current is not None and not stop:  # queued behind the running task
                self._wait_for(self.current, self.current.finished)
            if stop:
                raise Cancelled()
            task = self.start(title, work, undo=undo, cancellable=can_cancel)
            task.raises = True
            task.step.connect(dialog.set_step)
            task.progress.connect(dialog.set_progress)
            dialog.cancel_requested.connect(task.cancel)
            self._wait_for(task, task.finished)
        finally:
            dialog.hide()
            dialog.deleteLater()
        if task.error is not None:
            raise task.error
        return task.result

    def _wait_for(self, task: Task, finished: Any) -> None:
        loop = QEventLoop()
        finished.connect(loop.quit)
        if task.running:
            loop.exec()
        if task.running:  # the loop could not turn (the application is quitting): wait here
            task.worker.wait()
            self._finished(task)


class WorkDialog(QDialog):
    """A busy bar, the current step in words, and Cancel when the task can be stopped."""

    cancel_requested = Signal()

    def __init__(self, title: str, parent: QWidget | None, *, cancellable: bool) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.step = QLabel(self.tr("Working…"))
        self.step.setWordWrap(True)
        self.step.setAccessibleName(self.tr("What is happening"))
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)  # steps in words until the work reports fractions
        self.bar.setAccessibleName(self.tr("Progress"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self.cancel_button.setEnabled(cancellable)
        self.cancel_button.clicked.connect(self._cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(self.step)
        layout.addWidget(self.bar)
        layout.addWidget(self.buttons)
        self.resize(420, 0)

    def set_step(self, words: str) -> None:
        self.step.setText(words[:1].upper() + words[1:] + "…" if words else self.tr("Working…"))

    def set_progress(self, done: int, total: int) -> None:
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(min(done, total))

    def _cancel(self) -> None:
        self.cancel_button.setEnabled(False)
        self.step.setText(self.tr("Stopping… anything already written will be removed."))
        self.cancel_requested.emit()

    def reject(self) -> None:  # Esc and the close button mean Cancel, never "leave it running"
        if self.cancel_button.isEnabled():
            self._cancel()
