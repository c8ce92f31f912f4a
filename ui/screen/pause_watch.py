"""The pause before opening an app, in the running app: a modest poll of ActivityWatch's window
watcher (only while the person has it turned on) and one calm question with two answers.

The reading and the decision are the core's (companion.importers.activitywatch_window and
companion.planners.pause); this only times the poll and shows the question. Nothing is blocked.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from companion.importers.activitywatch_server import DEFAULT_PORT
from companion.importers.activitywatch_window import read_front_window

POLL_MS = 20_000


class PauseQuestion(QDialog):
    """The intention and two answers; closing it counts as "Not now"."""

    answered = Signal(int, str)

    def __init__(self, prompt, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.prompt = prompt
        self.setWindowTitle(self.tr("A pause"))
        self.setModal(False)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        title = QLabel(prompt.title)
        title.setAccessibleName(prompt.title)
        intention = QLabel(prompt.intention)
        intention.setWordWrap(True)
        intention.setAccessibleName(prompt.intention)
        buttons = QDialogButtonBox()
        self.go_ahead = buttons.addButton(
            self.tr("Go ahead"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.not_now = buttons.addButton(self.tr("Not now"), QDialogButtonBox.ButtonRole.RejectRole)
        self.go_ahead.setAccessibleName(self.tr("Go ahead"))
        self.not_now.setAccessibleName(self.tr("Not now"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(intention)
        layout.addWidget(buttons)
        self.finished.connect(self._finished)

    def _finished(self, result: int) -> None:
        answer = "go_ahead" if result == QDialog.DialogCode.Accepted else "not_now"
        self.answered.emit(self.prompt.boundary_id, answer)


class PauseWatch(QObject):
    """Polls while `pause.enabled` is on; shows at most one question at a time."""

    asked = Signal(object)  # the PausePrompt shown

    def __init__(self, companion, parent: QWidget | None = None, *, port: int = DEFAULT_PORT):
        super().__init__(parent)
        self.companion = companion
        self.port = port
        self.question: PauseQuestion | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.poll)
        self.settings_changed()

    def settings_changed(self, *_args) -> None:
        try:
            on = self.companion.pause.enabled()
        except Exception:
            on = False
        if on and not self.timer.isActive():
            self.timer.start()
        elif not on and self.timer.isActive():
            self.timer.stop()

    def poll(self) -> None:
        if self.question is not None:
            return
        prompt = self.companion.pause.prompt_for(read_front_window(self.port))
        if prompt is None:
            return
        parent = self.parent() if isinstance(self.parent(), QWidget) else None
        self.question = PauseQuestion(prompt, parent)
        self.question.answered.connect(self._answered)
        self.question.show()
        self.asked.emit(prompt)

    def _answered(self, boundary_id: int, answer: str) -> None:
        self.question = None
        self.companion.pause.record(boundary_id, answer)

    def stop(self) -> None:
        self.timer.stop()
