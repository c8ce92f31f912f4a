"""What the settings cards share (Mood and check-ins, Screen time): a card with its heading and a
line for what stopped a change, saving one setting at a time, and a daily reminder at a time of
day (a tick and a time, kept as "HH:mm" or none)."""

from __future__ import annotations

from PySide6.QtCore import QTime
from PySide6.QtWidgets import QCheckBox, QFrame, QHBoxLayout, QTimeEdit, QVBoxLayout, QWidget

from companion.domain.errors import CompanionError
from ui.pages.base import show_text, text_label
from ui.theme import set_relative_font


class SettingsCard(QFrame):
    """A card of settings over the app's context: `self.body` takes the rows, `save(key, value)`
    stores one setting and says plainly what stopped it on the card's problem line."""

    def __init__(
        self, context, title: str, problem_name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context  # ui/context.py: the facade, the task runner, …
        self.companion = context.companion
        self.setObjectName("card")
        heading = text_label(title, title)
        set_relative_font(heading, 1.1, bold=True)
        self.problem = text_label("", problem_name)
        self.problem.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(8)
        layout.addWidget(heading)
        self.body = QVBoxLayout()
        self.body.setSpacing(8)
        layout.addLayout(self.body)
        layout.addWidget(self.problem)

    def save(self, key: str, value) -> bool:
        try:
            self.companion.settings.set(key, value)
        except CompanionError as exc:
            self.show_problem(str(exc))
            return False
        self.problem.hide()
        return True

    def show_problem(self, text: str) -> None:
        show_text(self.problem, text)


class DailyReminder(QHBoxLayout):
    """ "Remind me … at [time]": the tick turns the setting `key` on (the time as "HH:mm") or off
    (None); `refresh()` shows the stored choice, `default` the time offered while it is off."""

    def __init__(
        self,
        card: SettingsCard,
        key: str,
        words: str,
        name: str,
        time_name: str,
        default: QTime,
    ) -> None:
        super().__init__()
        self.card = card
        self.key = key
        self.default = default
        self.check = QCheckBox(words)
        self.check.setAccessibleName(name)
        self.time = QTimeEdit()
        self.time.setDisplayFormat("HH:mm")
        self.time.setAccessibleName(time_name)
        self.check.toggled.connect(self.save)
        self.time.editingFinished.connect(self.save)
        self.addWidget(self.check)
        self.addWidget(self.time)
        self.addStretch(1)

    def refresh(self) -> None:
        at = self.card.companion.settings.get(self.key)
        self.check.blockSignals(True)
        self.check.setChecked(bool(at))
        self.check.blockSignals(False)
        self.time.setTime(QTime.fromString(at, "HH:mm") if at else self.default)
        self.time.setEnabled(bool(at))

    def save(self, *_args) -> None:
        on = self.check.isChecked()
        self.time.setEnabled(on)
        value = self.time.time().toString("HH:mm") if on else None
        if value != self.card.companion.settings.get(self.key) and not self.card.save(
            self.key, value
        ):
            self.refresh()
