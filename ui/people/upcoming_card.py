"""Today's "Coming up" card: birthdays and other dates in the next 30 days, soonest first (hidden
when none)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, QLocale
from PySide6.QtWidgets import QFrame, QVBoxLayout

from ui.pages.base import text_label
from ui.theme import set_relative_font

SHOWN = 5


# These helpers take any widget, so their words are looked up under one literal context ("widget",
# where the catalogues file them): `widget.tr()` would ask under the widget's own class and miss.
def when_text(widget, item) -> str:
    """ "today", "tomorrow", or "Sat 14 Mar (in 12 days)"."""
    if item.days_away == 0:
        return QCoreApplication.translate("widget", "today")
    if item.days_away == 1:
        return QCoreApplication.translate("widget", "tomorrow")
    day = QLocale().toString(QDate(item.on.year, item.on.month, item.on.day), "ddd d MMM")
    return (
        QCoreApplication.translate("widget", "%1 (in %2 days)")
        .replace("%1", day)
        .replace("%2", str(item.days_away))
    )


def upcoming_line(widget, item) -> str:
    """One line for a date ahead: "Ada's birthday, tomorrow (turns 40)", "Ada's anniversary,
    today (10 years)", "Graduation (Bo), Sat 14 Mar (in 12 days)"."""

    if item.kind == "birthday":
        text = QCoreApplication.translate("widget", "%1’s birthday, %2")
    elif item.kind == "anniversary" and item.label == "Anniversary":
        text = QCoreApplication.translate("widget", "%1’s anniversary, %2")
    elif item.kind == "anniversary":
        text = QCoreApplication.translate("widget", "%1’s %3, %2")
    else:
        text = QCoreApplication.translate("widget", "%3 (%1), %2")
    text = text.replace("%1", item.name).replace("%3", item.label)
    text = text.replace("%2", when_text(widget, item))
    if item.years and item.kind == "birthday":
        text += " " + QCoreApplication.translate("widget", "(turns %1)").replace(
            "%1", str(item.years)
        )
    elif item.years == 1:
        text += " " + QCoreApplication.translate("widget", "(1 year)")
    elif item.years:
        text += " " + QCoreApplication.translate("widget", "(%1 years)").replace(
            "%1", str(item.years)
        )
    return text


class UpcomingCard(QFrame):
    def __init__(self, companion, parent=None) -> None:
        super().__init__(parent)
        self.companion = companion
        self.setObjectName("card")
        self.setAccessibleName(self.tr("Coming up"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        heading = text_label(self.tr("Coming up"), self.tr("Coming up"))
        set_relative_font(heading, 1.1, bold=True)
        layout.addWidget(heading)
        self.rows = QVBoxLayout()
        layout.addLayout(self.rows)
        self.items: list = []
        self.hide()

    def refresh(self) -> None:
        while self.rows.count():
            item = self.rows.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.items = self.companion.people.upcoming(self.companion.today())
        for item in self.items[:SHOWN]:
            line = upcoming_line(self, item)
            self.rows.addWidget(text_label(line, line))
        self.setVisible(bool(self.items))
