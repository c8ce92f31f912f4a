"""“Need help now?”: the crisis lines and emergency number for the chosen country, calmly shown."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QVBoxLayout

from ui.pages.base import Page, text_label
from ui.theme import set_relative_font

GENERIC_ADVICE = (
    "If you or someone else is in danger right now, call your local emergency number. "
    "You can also talk to a doctor, or someone you trust, about how you're feeling."
)


def help_info(country: str | None):
    """The core's HelpInfo for a country, or None when the help data can't be read."""
    try:
        from companion.safety import help_for

        return help_for(country)
    except Exception:  # missing or unreadable data: the generic advice is still right
        return None


class HelpPage(Page):
    kinds = frozenset({"settings"})

    def __init__(self, companion, parent=None) -> None:
        super().__init__(
            companion,
            self.tr("Need help now?"),
            self.tr("You don't have to carry this alone. These people are there to listen."),
            parent=parent,
        )
        self.emergency = text_label("", self.tr("Emergency number"), selectable=True)
        set_relative_font(self.emergency, 1.25, bold=True)
        self.content.addWidget(self.emergency)
        self.lines_box = QVBoxLayout()
        self.lines_box.setSpacing(12)
        self.content.addLayout(self.lines_box)
        self.advice = text_label("", self.tr("Advice"), selectable=True)
        self.content.addWidget(self.advice)
        self.where = text_label("", self.tr("Country shown"), selectable=True)
        self.content.addWidget(self.where)
        self.finish_layout()

    def _clear_lines(self) -> None:
        while self.lines_box.count():
            item = self.lines_box.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()

    def refresh(self) -> None:
        self._clear_lines()
        country = self.companion.settings.get("country")
        info = help_info(country)
        if info is None or not info.known:
            self.emergency.setText(
                self.tr("If you're in danger right now, call your local emergency number.")
            )
            self.advice.setText(self.tr(info.advice if info is not None else GENERIC_ADVICE))
            self.where.setText(
                self.tr(
                    "Choose your country in Settings to see help lines near you, "
                    "where Companion knows them."
                )
            )
        else:
            self.emergency.setText(
                self.tr("In an emergency in %1, call %2.")
                .replace("%1", info.country_name)
                .replace("%2", info.emergency_number)
            )
            for line in info.lines:
                self.lines_box.addWidget(self._line_card(line))
            self.advice.setText(self.tr(info.advice))
            self.where.setText(
                self.tr("Showing help for %1. You can change the country in Settings.").replace(
                    "%1", info.country_name
                )
            )
        for label in (self.emergency, self.advice, self.where):
            label.setAccessibleName(label.text())

    def _line_card(self, line) -> QFrame:
        card = QFrame()
        card.setObjectName("card")
        layout = QVBoxLayout(card)
        layout.setContentsMargins(20, 14, 20, 14)
        layout.setSpacing(4)
        name = text_label(line.name, line.name, selectable=True)
        set_relative_font(name, 1.1, bold=True)
        layout.addWidget(name)
        facts = []
        if line.phone:
            facts.append(self.tr("Call %1").replace("%1", line.phone))
        if line.text:
            facts.append(self.tr("Text %1").replace("%1", line.text))
        if line.hours:
            facts.append(line.hours)
        if line.url:
            facts.append(line.url)
        if line.languages:
            facts.append(self.tr("Languages: %1").replace("%1", line.languages))
        if line.notes:
            facts.append(line.notes)
        for fact in facts:
            layout.addWidget(text_label(fact, f"{line.name}: {fact}", selectable=True))
        return card
