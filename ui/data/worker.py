"""Long work (backups, exports, key changes, restores) on a worker thread, with a progress window.

Storage stays serialized: while a job runs, its progress window is application-modal (nothing else
can be clicked) and the nudge timer is paused, so the job's thread is the only one using the vault.
The caller waits in a local event loop, so it reads like an ordinary call that returns or raises.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEventLoop, Qt, QThread, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

Progress = Callable[[str], None]


class Cancelled(Exception):
    """The person pressed Cancel; whatever the job made has been removed."""


class _Thread(QThread):
    step = Signal(str)

    def __init__(self, work: Callable[[Progress], Any]) -> None:
        super().__init__()
        self.work = work
        self.result: Any = None
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            self.result = self.work(self.step.emit)
        except BaseException as exc:  # handed back to the UI thread, which re-raises it
            self.error = exc


class WorkDialog(QDialog):
    """A busy bar, the current step in words, and Cancel when the job can be undone."""

    def __init__(self, title: str, parent: QWidget | None, *, cancellable: bool) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.cancel_requested = False
        self.step = QLabel(self.tr("Working…"))
        self.step.setWordWrap(True)
        self.step.setAccessibleName(self.tr("What is happening"))
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)  # the core reports steps, not fractions
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

    def _cancel(self) -> None:
        self.cancel_requested = True
        self.cancel_button.setEnabled(False)
        self.step.setText(self.tr("Stopping… anything already written will be removed."))

    def reject(self) -> None:  # Esc and the close button mean Cancel, never "leave it running"
        if self.cancel_button.isEnabled():
            self._cancel()


def _pause_nudges(parent: QWidget | None):
    window = parent.window() if parent is not None else None
    nudges = getattr(window, "nudges", None)
    if nudges is not None:
        nudges.timer.stop()
    return nudges


def run_work(
    parent: QWidget | None,
    title: str,
    work: Callable[[Progress], Any],
    *,
    undo: Callable[[Any], None] | None = None,
) -> Any:
    """Run `work(progress)` on a worker thread while a modal progress window shows; return its
    result or raise its exception. With `undo`, Cancel is offered: the job (which the core can't
    interrupt) finishes, then `undo(result)` removes what it made and `Cancelled` is raised."""
    dialog = WorkDialog(title, parent, cancellable=undo is not None)
    thread = _Thread(work)
    thread.step.connect(dialog.set_step)
    loop = QEventLoop()
    thread.finished.connect(loop.quit)
    nudges = _pause_nudges(parent)
    dialog.show()
    try:
        thread.start()
        if not thread.isFinished():
            loop.exec()
        thread.wait()
    finally:
        dialog.hide()
        dialog.deleteLater()
        if nudges is not None:
            nudges.start()
    if thread.error is not None:
        raise thread.error
    if dialog.cancel_requested and undo is not None:
        undo(thread.result)
        raise Cancelled()
    return thread.result
