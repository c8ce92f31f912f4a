"""A small "This evening" line for Today, offering the boundary check-in when it's due."""

from __future__ import annotations

from datetime import time

from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QWidget

from ui.pages.base import text_label

EVENING = time(17, 0)


def evening_starts(reminder_at: str | None) -> time:
    """17:00, or the user's reminder time if that comes earlier."""
    if reminder_at:
        hours, minutes = (int(x) for x in reminder_at.split(":"))
        return min(EVENING, time(hours, minutes))
    return EVENING


class EveningCheckInLine(QFrame):
    """Shown in the evening when boundaries are planned today and not yet checked in on."""

    def __init__(self, context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context  # ui/context.py: the facade, the task runner, …
        self.companion = context.companion
        self.dialog = None
        self.setObjectName("card")
        self.label = text_label(
            self.tr("This evening: how did your boundaries go today? It takes a minute."),
            self.tr("This evening"),
        )
        self.button = QPushButton(self.tr("Check in…"))
        self.button.setAccessibleName(self.tr("Evening check-in for your boundaries"))
        self.button.clicked.connect(self.open_checkin)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(20, 12, 20, 12)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        self.hide()

    def due(self) -> bool:
        now = self.companion.clock.now()
        today = self.companion.today()
        boundaries = self.companion.boundaries
        starts = evening_starts(self.companion.settings.get("boundaries.reminder_at"))
        # After midnight and before "My day ends at" it is still the evening of the day ending.
        evening = today < now.date() or now.time() >= starts
        return evening and bool(boundaries.active_on(today)) and not boundaries.checked_on(today)

    def refresh(self) -> None:
        self.setVisible(self.due())

    def open_checkin(self):
        from ui.screen.checkin_dialog import EveningCheckInDialog

        window = self.window()  # the first screen's page may be replaced while the next line waits
        # A dialog writes: on the first screen this waits for the full Companion.
        self.dialog = EveningCheckInDialog(self.context.full(), parent=window)
        self.dialog.saved.connect(self.refresh)
        self.dialog.open()
        return self.dialog
