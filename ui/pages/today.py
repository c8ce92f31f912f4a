"""Today: a greeting for the time of day, the date, and (soon) the day's small steps."""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale

from ui.pages.base import Page, text_label


def greeting_for_hour(hour: int) -> str:
    """Untranslated greeting for an hour 0-23; late night gets a soft hello, not "good morning"."""
    if 5 <= hour < 12:
        return "Good morning"
    if 12 <= hour < 18:
        return "Good afternoon"
    if 18 <= hour < 23:
        return "Good evening"
    return "Hello, night owl"


class TodayPage(Page):
    kinds = frozenset({"settings"})

    def __init__(self, companion, parent=None) -> None:
        super().__init__(companion, self.tr("Today"), parent=parent)
        self.date_label = text_label("", self.tr("Today's date"))
        self.content.addWidget(self.date_label)
        self.add_empty_state(
            self.tr("Your day will gather here"),
            self.tr(
                "Soon: a two-minute mood check-in, and a gentle suggestion of someone who "
                "might enjoy hearing from you. Nothing to do yet; it's nice that you're here."
            ),
        )
        self.finish_layout()

    def refresh(self) -> None:
        now = self.companion.clock.now()
        greeting = self.tr(greeting_for_hour(now.hour))
        self.heading.setText(greeting)
        self.heading.setAccessibleName(greeting)
        day = QLocale().toString(QDate(now.year, now.month, now.day), QLocale.FormatType.LongFormat)
        self.date_label.setText(self.tr("It's %1.").replace("%1", day))
        self.date_label.setAccessibleName(self.date_label.text())
