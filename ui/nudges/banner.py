"""The in-app nudge: a calm card on Today when no notification service or tray can show one."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout

from companion.domain.errors import CompanionError
from ui.pages.base import text_label
from ui.theme import set_relative_font


class NudgeBanner(QFrame):
    """Shows one plan. Log → `log_requested(ids)` (and "done" once logged); Tomorrow snoozes a day;
    Not now dismisses for this cycle. Hidden until `show_plan`."""

    log_requested = Signal(list)

    def __init__(self, companion, parent=None) -> None:
        super().__init__(parent)
        self.companion = companion
        self.plan = None
        self.setObjectName("card")
        self.setAccessibleName(self.tr("A gentle reminder"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        self.title = text_label("", self.tr("Reminder"))
        set_relative_font(self.title, 1.1, bold=True)
        self.body = text_label("", self.tr("Reminder details"))
        layout.addWidget(self.title)
        layout.addWidget(self.body)
        row = QHBoxLayout()
        self.log_button = QPushButton(self.tr("Log a chat…"))
        self.log_button.setAccessibleName(self.tr("Log a chat"))
        self.log_button.clicked.connect(self._log)
        self.snooze_button = QPushButton(self.tr("Remind me tomorrow"))
        self.snooze_button.setAccessibleName(self.tr("Remind me tomorrow"))
        self.snooze_button.clicked.connect(lambda: self._record("snoozed"))
        self.dismiss_button = QPushButton(self.tr("Not now"))
        self.dismiss_button.setAccessibleName(self.tr("Not now"))
        self.dismiss_button.clicked.connect(lambda: self._record("dismissed"))
        row.addWidget(self.log_button)
        row.addWidget(self.snooze_button)
        row.addWidget(self.dismiss_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.hide()

    def person_ids(self) -> list[int]:
        if self.plan is None:
            return []
        return [n.person_id for n in self.plan.nudges if n.person_id is not None]

    def show_plan(self, plan) -> None:
        self.plan = plan
        self.title.setText(plan.title)
        self.body.setText(plan.body)
        self.log_button.setVisible(bool(self.person_ids()))
        self.show()

    def _log(self) -> None:
        self.log_requested.emit(self.person_ids())

    def logged(self) -> None:
        """The person logged a chat from here: the people nudges are done."""
        self._record("done", people_only=True)

    def _record(self, action: str, *, people_only: bool = False) -> None:
        if self.plan is None:
            return
        try:
            for nudge in self.plan.nudges:
                if people_only and nudge.person_id is None:
                    continue
                if action == "snoozed":
                    self.companion.nudges.record(nudge, "snoozed", snooze="day")
                else:
                    self.companion.nudges.record(nudge, action)
        except CompanionError as exc:
            self.body.setText(str(exc))
            return
        self.plan = None
        self.hide()
