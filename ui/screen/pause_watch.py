"""The pause before opening an app, in the running app: a modest poll of ActivityWatch's window
watcher (only while the person has it turned on) and one calm question with two answers.

The reading and the decision are the core's (companion.importers.activitywatch_window and
companion.domain.planners.pause); this only times the poll and shows the question. The question goes
through the nudges' notifier chain (ui/nudges/notifiers.py): a desktop notification with the two
answers as buttons where the platform shows them, else a small window of the app's own. One
question waits at a time; one left unanswered for an hour counts as "Not now". Nothing is blocked.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from contextlib import suppress

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from companion.domain.errors import CompanionError
from companion.domain.planners.pause import ASK_AGAIN_AFTER
from ui.nudges.notifiers import Notifier, Question
from ui.pages.base import text_label
from ui.theme import set_relative_font

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
        title = text_label(prompt.title, prompt.title)
        set_relative_font(title, 1.2, bold=True)
        intention = text_label(prompt.intention, prompt.intention)
        calm = text_label(
            self.tr("Either answer is fine; nothing is blocked."),
            self.tr("Either answer is fine"),
        )
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
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(10)
        layout.addWidget(title)
        layout.addWidget(intention)
        layout.addWidget(calm)
        layout.addSpacing(4)
        layout.addWidget(buttons)
        self.setMinimumWidth(400)
        self.finished.connect(self._finished)

    def _finished(self, result: int) -> None:
        answer = "go_ahead" if result == QDialog.DialogCode.Accepted else "not_now"
        self.answered.emit(self.prompt.boundary_id, answer)


def pause_question(prompt) -> Question:
    """The prompt as a notification: the boundary, its intention, and the two answers."""
    return Question(
        title=prompt.title,
        body=prompt.intention,
        answers=(
            ("go_ahead", QCoreApplication.translate("PauseQuestion", "Go ahead")),
            ("not_now", QCoreApplication.translate("PauseQuestion", "Not now")),
        ),
        unanswered="not_now",
    )


class PauseWatch(QObject):
    """Polls while `pause.enabled` is on; asks at most one question at a time.

    `notifiers` are the nudges' chain (or a function giving it, since the chain is made later);
    the first that can show buttons asks, otherwise the app's own PauseQuestion does."""

    asked = Signal(object, str)  # the PausePrompt shown, and how ("dbus", …, or "app")

    def __init__(
        self,
        context,
        parent: QWidget | None = None,
        *,
        port: int | None = None,
        notifiers: Sequence[Notifier] | Callable[[], Sequence[Notifier]] = (),
    ):
        super().__init__(parent)
        self.context = context  # ui/context.py: the facade, and whether the app is locked
        self.companion = context.companion
        self.port = port
        self._notifiers = notifiers
        self._listening: set[int] = set()
        self.question: PauseQuestion | None = None  # the app's own window, while open
        # A notification waiting for its answer: (prompt, question, when it was asked).
        self.waiting = None
        self.asked_via = ""
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

    def notifiers(self) -> list[Notifier]:
        chain = self._notifiers() if callable(self._notifiers) else self._notifiers
        chain = list(chain or ())
        for notifier in chain:
            if id(notifier) not in self._listening:
                self._listening.add(id(notifier))
                notifier.answered.connect(self._notified)
        return chain

    def poll(self) -> None:
        if self.question is not None:
            return
        if self.waiting is not None:
            prompt, question, asked_at = self.waiting
            if self.companion.clock.now() - asked_at < ASK_AGAIN_AFTER:
                return
            self._notified(question, question.unanswered)  # no answer came back in an hour
        if self.context.locked:  # nothing from the vault is shown while locked
            return
        try:
            # Loaded at the first poll, with the pause on: start-up needs no HTTP client.
            from companion.importers.activitywatch_window import read_front_window

            window = read_front_window() if self.port is None else read_front_window(self.port)
            prompt = self.companion.pause.prompt_for(window)
        except CompanionError:
            return  # a storage hiccup: look again at the next poll
        if prompt is None:
            return
        question = pause_question(prompt)
        for notifier in self.notifiers():
            if notifier.ask(question):
                self.waiting = (prompt, question, self.companion.clock.now())
                self.asked_via = notifier.name
                self.asked.emit(prompt, notifier.name)
                return
        parent = self.parent() if isinstance(self.parent(), QWidget) else None
        self.question = PauseQuestion(prompt, parent)
        self.question.answered.connect(self._answered)
        self.question.show()
        self.asked_via = "app"
        self.asked.emit(prompt, "app")

    def _notified(self, question, answer: str) -> None:
        if self.waiting is None or self.waiting[1] is not question:
            return  # another notifier's question, or one already counted
        prompt = self.waiting[0]
        self.waiting = None
        self._answered(prompt.boundary_id, answer)

    def _answered(self, boundary_id: int, answer: str) -> None:
        self.question = None
        # The vault busy or gone: the question was still answered, and nothing else is lost.
        with suppress(CompanionError):
            self.companion.pause.record(boundary_id, answer)

    def stop(self) -> None:
        self.timer.stop()
