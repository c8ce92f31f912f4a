"""Reach out: copy a number or address, or open the phone, text or mail app; then "Did you connect?"."""

from __future__ import annotations

from urllib.parse import quote

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from companion.domain.errors import CompanionError
from ui.pages.base import text_label
from ui.people.common import kind_text, show_problem


def reach_url(kind: str, action: str, value: str) -> QUrl:
    """tel:, sms: or mailto: for a value; spaces and brackets in numbers are dropped."""
    if kind == "phone":
        number = "".join(c for c in value if c.isdigit() or c == "+")
        return QUrl(f"{action}:{number}")
    return QUrl(f"mailto:{quote(value.strip(), safe='@.+-_')}")


# What each action suggests for the one-click log.
_CHANNEL_FOR = {"tel": "call", "sms": "message", "mailto": "message", "copy": "message"}


class ReachOutPanel(QFrame):
    """Ways to reach one person. `open_url` is how links open (the desktop's handler by default)."""

    logged = Signal(int)

    def __init__(
        self, companion, person, parent=None, *, open_url=QDesktopServices.openUrl
    ) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.companion = companion
        self.person = person
        self.open_url = open_url
        self.last_action = ""
        self.setAccessibleName(self.tr("Reach out"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        heading = text_label(self.tr("Reach out"), self.tr("Reach out"))
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        layout.addWidget(heading)
        self.buttons: list[QPushButton] = []
        if not person.contacts:
            layout.addWidget(
                text_label(
                    self.tr("No number or address noted yet. Edit to add one."),
                    self.tr("No ways to reach them yet"),
                )
            )
        for kind, label, value in person.contacts:
            row = QHBoxLayout()
            what = label or kind_text(kind)
            text = QLabel(f"{what}: {value}")
            text.setAccessibleName(f"{what}: {value}")
            row.addWidget(text, 1)
            actions = [("copy", self.tr("Copy"))]
            if kind == "phone":
                actions += [("tel", self.tr("Call")), ("sms", self.tr("Text"))]
            elif kind == "email":
                actions += [("mailto", self.tr("Email"))]
            for action, caption in actions:
                button = QPushButton(caption)
                button.setAccessibleName(f"{caption} {what} {value}")
                button.clicked.connect(
                    lambda _c=False, k=kind, a=action, v=value: self.reach(k, a, v)
                )
                row.addWidget(button)
                self.buttons.append(button)
            layout.addLayout(row)

        self.ask = QWidget()
        ask_row = QHBoxLayout(self.ask)
        ask_row.setContentsMargins(0, 6, 0, 0)
        self.ask_label = QLabel(self.tr("Did you connect?"))
        self.ask_label.setAccessibleName(self.tr("Did you connect?"))
        self.log_button = QPushButton(self.tr("Yes, log it"))
        self.log_button.setAccessibleName(self.tr("Yes, log it"))
        self.log_button.clicked.connect(self.log_now)
        self.not_now = QPushButton(self.tr("Not yet"))
        self.not_now.setAccessibleName(self.tr("Not yet"))
        self.not_now.clicked.connect(self.ask.hide)
        ask_row.addWidget(self.ask_label, 1)
        ask_row.addWidget(self.log_button)
        ask_row.addWidget(self.not_now)
        self.ask.hide()
        layout.addWidget(self.ask)
        self.note = text_label("", self.tr("Reach out note"))
        self.note.hide()
        layout.addWidget(self.note)

    def reach(self, kind: str, action: str, value: str) -> None:
        self.last_action = action
        show_problem(self.note, None)
        if action == "copy":
            QGuiApplication.clipboard().setText(value)
            self.note.setText(self.tr("Copied %1.").replace("%1", value))
            self.note.show()
        elif not self.open_url(reach_url(kind, action, value)):
            self.note.setText(
                self.tr("Nothing on this computer opens that link; the details are copied instead.")
            )
            QGuiApplication.clipboard().setText(value)
            self.note.show()
        self.ask.show()
        self.log_button.setFocus()

    def log_now(self) -> None:
        try:
            interaction_id = self.companion.interactions.log(
                [self.person.id], channel=_CHANNEL_FOR.get(self.last_action, "message")
            )
        except CompanionError as exc:
            show_problem(self.note, exc)
            return
        self.ask.hide()
        self.note.setText(self.tr("Logged. Nice to stay in touch."))
        self.note.show()
        self.logged.emit(interaction_id)
