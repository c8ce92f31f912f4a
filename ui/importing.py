"""The steps every import wizard shares: choose → read → preview → commit → summary.

`ImportWizard` drives the two long steps through the app's task runner (`ui/tasks.py`): reading
(`read(message, work)`: on the worker, with progress and Cancel, nothing written, so whatever was
read is dropped on Cancel) and the commit (`write(title, work)`: one transaction on the worker
behind the runner's progress window, Cancel rolling it back where the service can stop). The
wizards (vCard contacts, Daylio moods, ActivityWatch screen time) keep their own pages, preview
widgets and words; they answer the hooks (`reading_started`, `read_done`, `read_failed`,
`read_cancelled`, `commit_failed`, `commit_cancelled`) with them.

`step_page`, `problem_label`, `file_row` and `finish_pages` are the page pieces the Daylio and
ActivityWatch wizards share: a heading over a column, a line for a problem, a file's path with
Browse, the summary page and Back / Next / Cancel under the pages, which `finish_pages` also
connects to the steps those wizards share (choose a file, review what was read, import, read the
summary).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from companion.domain.errors import Cancelled, CompanionError
from ui.pages.base import show_text, text_label
from ui.tasks import Control, Task
from ui.theme import set_relative_font


def step_page(title: str) -> tuple[QWidget, QVBoxLayout]:
    """A wizard page: its heading, then a column to fill."""
    page = QWidget()
    layout = QVBoxLayout(page)
    layout.setSpacing(10)
    heading = text_label(title, title)
    set_relative_font(heading, 1.2, bold=True)
    layout.addWidget(heading)
    return page, layout


def problem_label(name: str) -> QLabel:
    """A hidden, selectable line for what stopped a step."""
    label = text_label("", name, selectable=True)
    label.hide()
    return label


class ImportWizard(QDialog):
    """A dialog that imports from a file (or a local server) in the shared steps."""

    finished_reading = Signal()  # the reading has ended, whatever the outcome

    def __init__(self, context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.companion = context.companion
        self.tasks = context.tasks
        self.preview: Any = None
        self.summary: Any = None
        self.task: Task | None = None  # the reading, while it runs
        self.stack = QStackedWidget()  # the wizard's pages, one per step

    def file_row(self, name: str, placeholder: str, browse: str, title: str, kinds: str):
        """The file's path (`self.path_edit`) and a Browse button that fills it."""
        self.path_edit = QLineEdit()
        self.path_edit.setAccessibleName(name)
        self.path_edit.setPlaceholderText(placeholder)
        button = QPushButton(browse)
        button.clicked.connect(lambda: self._browse(title, kinds))
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(button)
        return row

    def _browse(self, title: str, kinds: str) -> None:
        name, _filter = QFileDialog.getOpenFileName(self, title, "", kinds)
        if name:
            self.path_edit.setText(name)

    def finish_pages(
        self, done: str, summary: str, back: str, next_: str, cancel: str, *, review: int
    ) -> None:
        """The last page (`self.summary_label` under the heading `done`), then the pages over Back,
        Next (the default) and Cancel at the bottom right, as `self.back`, `self.next` and
        `self.cancel`. Back goes to the first page; Next reads the file chosen there
        (`choose_file`), imports from the page `review` (`start_import`) and closes the wizard
        from any other; Cancel stops a reading, or else closes the wizard."""
        page, layout = step_page(done)
        self.summary_label = text_label("", summary, selectable=True)
        layout.addWidget(self.summary_label)
        layout.addStretch(1)
        self.summary_step = self.stack.addWidget(page)
        self.review_step = review
        self.back = QPushButton(back)
        self.next = QPushButton(next_)
        self.next.setDefault(True)
        self.cancel = QPushButton(cancel)
        row = QHBoxLayout()
        row.addStretch(1)
        for button in (self.back, self.next, self.cancel):
            row.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack, 1)
        layout.addLayout(row)
        self.back.clicked.connect(lambda: self.go(0))
        self.next.clicked.connect(self.next_clicked)
        self.cancel.clicked.connect(self.cancel_clicked)

    def next_clicked(self) -> None:
        index = self.stack.currentIndex()
        if index == 0:
            self.choose_file(self.path_edit.text())
        elif index == self.review_step:
            self.start_import()
        else:
            self.accept()

    def cancel_clicked(self) -> None:
        if not self.cancel_reading():
            self.reject()

    def show_summary(self, text: str) -> None:
        """The last page, saying `text`."""
        show_text(self.summary_label, text)
        self.go(self.summary_step)

    # --- reading ----------------------------------------------------------------------------------

    @property
    def reading(self) -> bool:
        return self.task is not None

    def read(self, message: str, work: Callable[[Control], Any]) -> bool:
        """Read on the task runner's worker; False (said by `read_failed`) when other long work
        is still running. The result arrives at `read_done`."""
        try:
            # Nothing is written while reading: on Cancel whatever was read is dropped.
            task = self.tasks.start(message, work, undo=lambda _read: None)
        except CompanionError as exc:
            self.read_failed(str(exc), exc)
            return False
        self.preview = None
        self.task = task
        task.progress.connect(self.reading_progress)
        task.succeeded.connect(self._read_succeeded)
        task.failed.connect(self._read_failed)
        task.cancelled.connect(self._read_cancelled)
        task.finished.connect(self._reading_over)
        self.reading_started(message)
        return True

    def cancel_reading(self) -> bool:
        """Cancel pressed while reading: the reading stops and nothing is kept."""
        if self.task is None:
            return False
        self.task.cancel()
        self.reading_stopping()
        return True

    def _read_succeeded(self, result) -> None:
        self.read_done(result)
        self.finished_reading.emit()

    def _read_failed(self, message: str) -> None:
        self.read_failed(message, self.task.error if self.task is not None else None)
        self.finished_reading.emit()

    def _read_cancelled(self) -> None:
        self.preview = None
        self.read_cancelled()
        self.finished_reading.emit()

    def _reading_over(self) -> None:
        self.task = None
        self.reading_over()

    # --- importing --------------------------------------------------------------------------------

    def write(self, title: str, work: Callable[[Control], Any], *, cancellable: bool) -> bool:
        """Write the import in one transaction on the worker, behind the runner's progress
        window; the summary is kept in `self.summary`. False (said by the hooks) otherwise."""
        try:
            self.summary = self.tasks.run(self, title, work, cancellable=cancellable)
        except Cancelled:
            self.commit_cancelled()
            return False
        except CompanionError as exc:
            self.commit_failed(str(exc))
            return False
        return True

    # --- hooks: each wizard's own pages and words -------------------------------------------------

    def reading_started(self, message: str) -> None:
        """The reading page, saying what is read."""

    def reading_progress(self, done: int, total: int) -> None:
        """How far the reading has come."""

    def reading_stopping(self) -> None:
        """Cancel was pressed while reading; the outcome follows."""

    def reading_over(self) -> None:
        """The reading has ended (after its outcome)."""

    def read_done(self, result) -> None:
        raise NotImplementedError

    def read_failed(self, message: str, error: BaseException | None) -> None:
        raise NotImplementedError

    def read_cancelled(self) -> None:
        raise NotImplementedError

    def commit_failed(self, message: str) -> None:
        raise NotImplementedError

    def commit_cancelled(self) -> None:
        raise NotImplementedError

    # The steps of a wizard built with `finish_pages`:

    def go(self, index: int) -> None:
        """Show the page `index` with the buttons it has."""
        raise NotImplementedError

    def choose_file(self, path) -> bool:
        """Start reading the file at `path`; False (with the reason shown) if it can't start."""
        raise NotImplementedError

    def start_import(self) -> bool:
        """Import what was read; False (said by the hooks) if nothing was imported."""
        raise NotImplementedError

    # --- closing ----------------------------------------------------------------------------------

    def done(self, result: int) -> None:
        """Closing while reading stops the reading; nothing read is kept."""
        if self.task is not None:
            self.task.cancel()
            self.task.wait()
        super().done(result)
