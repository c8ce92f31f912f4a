"""A calm safety card: a few kind words, the crisis line for the chosen country, and choices.

It never blocks and never sends anything; every choice is the person's own.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from ui.pages.base import text_label
from ui.theme import set_relative_font


def crisis_line_text(companion) -> str:
    """One or two lines naming who to call in the user's country, or advice that works anywhere."""
    from companion.domain.safety import help_for

    info = help_for(companion.settings.get("country"))
    if not info.known or not info.lines:
        return info.advice
    line = info.lines[0]
    ways = []
    if line.phone:
        ways.append(QCoreApplication.translate("SafetyCard", "call %1").replace("%1", line.phone))
    if line.text:
        ways.append(
            QCoreApplication.translate("SafetyCard", "text %1 to %2")
            .replace("%1", line.text_body)
            .replace("%2", line.text)
            if line.text_body
            else QCoreApplication.translate("SafetyCard", "text %1").replace("%1", line.text)
        )
    hours = f" ({line.hours})" if line.hours else ""
    reach = QCoreApplication.translate("SafetyCard", "In %1, you can %2 to reach %3%4.")
    emergency = QCoreApplication.translate("SafetyCard", "In an emergency, call %1.")
    return (
        reach.replace("%1", info.country_name)
        .replace("%2", QCoreApplication.translate("SafetyCard", " or ").join(ways))
        .replace("%3", line.name)
        .replace("%4", hours)
        + " "
        + emergency.replace("%1", info.emergency_number)
    )


def main_number_text(companion) -> str:
    """The chosen country's main line and its number, as text ("Samaritans: 116 123"); where
    Companion has no line for the country, the emergency advice that works anywhere."""
    from companion.domain.safety import help_for

    def tr(text: str) -> str:
        return QCoreApplication.translate("SafetyCard", text)

    info = help_for(companion.settings.get("country"))
    if not info.known:
        return QCoreApplication.translate(
            "SafetyCard", "In an emergency, call your local emergency number."
        )
    if not info.lines:
        return QCoreApplication.translate("SafetyCard", "In an emergency, call %1.").replace(
            "%1", info.emergency_number
        )
    line = info.lines[0]
    if line.phone:
        return (
            QCoreApplication.translate("SafetyCard", "%1: call %2")
            .replace("%1", line.name)
            .replace("%2", line.phone)
        )
    return (
        QCoreApplication.translate("SafetyCard", "%1: text %2")
        .replace("%1", line.name)
        .replace("%2", line.text)
    )


class CheckinLineCard(QFrame):
    """Today's card after a check-in whose item 9 was above zero. Today can be seen by anyone
    passing a shared screen, so it says no more than one discreet line, with the main number of
    the chosen country as text, help one click away, and "Not now" to put it away until the
    next check-in."""

    help_requested = Signal()
    not_now_requested = Signal()

    def __init__(self, number_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        line = self.tr("A check-in this week suggested talking to someone could help.")
        self.setAccessibleName(line)
        self.line = text_label(line, line, selectable=True)
        self.number = text_label(number_text, number_text, selectable=True)
        set_relative_font(self.number, 1.0, bold=True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 14, 20, 14)
        layout.setSpacing(8)
        layout.addWidget(self.line)
        layout.addWidget(self.number)
        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        self.help_button = QPushButton(self.tr("See who to talk to"))
        self.help_button.setAccessibleName(self.tr("See who to talk to"))
        self.help_button.setAutoDefault(False)
        self.help_button.clicked.connect(self.help_requested.emit)
        self.not_now = QPushButton(self.tr("Not now"))
        self.not_now.setAccessibleName(self.tr("Not now: hide until the next check-in"))
        self.not_now.setToolTip(self.tr("Hide this until your next check-in"))
        self.not_now.setAutoDefault(False)
        self.not_now.clicked.connect(self.not_now_requested.emit)
        buttons.addWidget(self.help_button)
        buttons.addWidget(self.not_now)
        buttons.addStretch(1)
        layout.addLayout(buttons)


class SafetyCardWidget(QFrame):
    """`card` is a companion.domain.safety.SafetyCard. Buttons are added by name with `add_choice`."""

    help_requested = Signal()

    def __init__(
        self, card, parent: QWidget | None = None, *, crisis_line: str = "", with_help: bool = True
    ) -> None:
        super().__init__(parent)
        self.card = card
        self.setObjectName("card")
        self.setAccessibleName(card.title)
        self.setAccessibleDescription(card.body)
        self.title = text_label(card.title, card.title, selectable=True)
        set_relative_font(self.title, 1.12, bold=True)
        self.body = text_label(card.body, card.body, selectable=True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(8)
        layout.addWidget(self.title)
        layout.addWidget(self.body)
        self.crisis = text_label(crisis_line, crisis_line or "-", selectable=True)
        set_relative_font(self.crisis, 1.0, bold=True)
        self.crisis.setVisible(bool(crisis_line))
        layout.addWidget(self.crisis)
        self.buttons = QHBoxLayout()
        self.buttons.setSpacing(8)
        self.buttons.addStretch(1)  # choices go before it, so they sit on the left
        layout.addLayout(self.buttons)
        layout.addStretch(1)
        self.help_button = None
        if with_help:
            self.help_button = self.add_choice(
                self.tr("See who to talk to"), self.help_requested.emit
            )

    def add_choice(self, text: str, slot) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(text)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        self.buttons.insertWidget(self.buttons.count() - 1, button)
        return button
