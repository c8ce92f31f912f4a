"""Today's "Reach out today" card: up to three people due for a hello, each with a Log button."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ui.pages.base import text_label
from ui.people.common import last_contact_text, status_icon, status_text
from ui.theme import set_relative_font

SHOWN = 3


class ReachOutTodayCard(QFrame):
    """`log_requested(person_id)` when a Log button is pressed."""

    log_requested = Signal(int)

    def __init__(self, companion, parent=None) -> None:
        super().__init__(parent)
        self.companion = companion
        self.setObjectName("card")
        self.setAccessibleName(self.tr("Reach out today"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        heading = text_label(self.tr("Reach out today"), self.tr("Reach out today"))
        set_relative_font(heading, 1.1, bold=True)
        layout.addWidget(heading)
        self.rows = QVBoxLayout()
        layout.addLayout(self.rows)
        self.people: list = []
        self.log_buttons: list[QPushButton] = []

    def refresh(self) -> None:
        while self.rows.count():
            item = self.rows.takeAt(0)
            if item.widget() is not None:
                # Hidden now: deleteLater waits for the event loop, and the old row would paint
                # under the new one until then.
                item.widget().hide()
                item.widget().deleteLater()
        self.log_buttons = []
        due = self.companion.people.list(status="overdue", first=SHOWN)
        self.people = due
        if not due:
            if self.companion.people.list(first=1):
                text = self.tr("No one is waiting on a hello today. Enjoy your day.")
            else:
                text = self.tr("Add the people who matter to you on the People page.")
            self.rows.addWidget(text_label(text, self.tr("No one due")))
            return
        for person in due:
            row = QWidget()
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 2, 0, 2)
            icon = QLabel()
            icon.setPixmap(status_icon(person.status).pixmap(16, 16))
            icon.setAccessibleName(status_text(person.status))
            when = (
                self.tr("last talked %1").replace("%1", person.last_contact_text)
                if person.last_contact
                else last_contact_text(person.last_contact_text).lower()
            )
            words = QLabel(f"{person.name} · {when}")
            words.setAccessibleName(words.text())
            button = QPushButton(self.tr("Log"))
            button.setAccessibleName(self.tr("Log a chat with %1").replace("%1", person.name))
            button.clicked.connect(lambda _c=False, pid=person.id: self.log_requested.emit(pid))
            line.addWidget(icon)
            line.addWidget(words, 1)
            line.addWidget(button)
            self.log_buttons.append(button)
            self.rows.addWidget(row)
