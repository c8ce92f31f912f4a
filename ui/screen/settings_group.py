"""Settings for screen time: reading ActivityWatch on this computer (with plain consent words) and
the evening boundary check-in reminder."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QTime
from PySide6.QtWidgets import QCheckBox, QWidget

from companion.importers.activitywatch_server import DEFAULT_PORT
from ui.pages.base import show_text, text_label
from ui.settings_card import DailyReminder, SettingsCard

CONSENT = QT_TRANSLATE_NOOP(
    "ScreenSettingsGroup",
    "When this is on, Companion may ask ActivityWatch on this computer, at 127.0.0.1:5600, for "
    "the last two weeks of app and website use, and only when you press “Read from ActivityWatch "
    "on this computer”. It reads only from there, never from the network, and nothing leaves "
    "this computer.",
)


class ScreenSettingsGroup(SettingsCard):
    def __init__(self, context, parent: QWidget | None = None) -> None:
        super().__init__(context, self.tr("Screen time"), self.tr("Problem"), parent)
        self.aw_port = DEFAULT_PORT  # tests point this at a fake server

        self.server = QCheckBox(self.tr("Let Companion read from ActivityWatch on this computer"))
        self.server.setAccessibleName(self.tr("Read from ActivityWatch on this computer"))
        self.server.toggled.connect(self.save_server)
        self.consent = text_label(self.tr(CONSENT), self.tr(CONSENT))

        self.reminder = DailyReminder(
            self,
            "boundaries.reminder_at",
            self.tr("Remind me of the evening boundary check-in at"),
            self.tr("Evening check-in reminder"),
            self.tr("Evening check-in reminder time"),
            QTime(20, 30),
        )
        self.remind, self.remind_at = self.reminder.check, self.reminder.time

        self.pause = QCheckBox(self.tr("Pause before opening an app"))
        self.pause.setAccessibleName(self.tr("Pause before opening an app"))
        self.pause.toggled.connect(self.save_pause)
        self.pause_note = text_label(
            self.tr(
                "When an app or site one of your boundaries covers comes to the front during "
                "its hours, Companion gently asks the boundary's intention, at most once an hour. "
                "You answer “Go ahead” or “Not now”; nothing is ever blocked. This uses "
                "ActivityWatch on this computer (127.0.0.1) and nothing else."
            ),
            self.tr("About the pause before opening an app"),
        )
        self.pause_status = text_label("", self.tr("ActivityWatch status"))
        self.pause_status.hide()

        for widget in (self.server, self.consent):
            self.body.addWidget(widget)
        self.body.addLayout(self.reminder)
        for widget in (self.pause, self.pause_note, self.pause_status):
            self.body.addWidget(widget)

    def refresh(self) -> None:
        self.server.blockSignals(True)
        self.server.setChecked(bool(self.companion.settings.get("activitywatch.server_enabled")))
        self.server.blockSignals(False)
        self.reminder.refresh()
        self.pause.blockSignals(True)
        self.pause.setChecked(bool(self.companion.settings.get("pause.enabled")))
        self.pause.blockSignals(False)
        self._show_pause_status()

    def save_pause(self, on: bool) -> None:
        if not self.save("pause.enabled", bool(on)):
            self.refresh()
            return
        self._show_pause_status()

    def _show_pause_status(self) -> None:
        from companion.importers.activitywatch_window import server_running

        if not self.pause.isChecked() or server_running(self.aw_port):
            self.pause_status.hide()
            return
        text = self.tr(
            "ActivityWatch isn't running on this computer, so there is nothing to pause for yet. "
            "To use this, install ActivityWatch from activitywatch.net and start it (it runs "
            "in the background, with its window watcher); Companion will notice it by itself."
        )
        show_text(self.pause_status, text)

    def save_server(self, on: bool) -> None:
        if not self.save("activitywatch.server_enabled", bool(on)):
            self.refresh()

    def save_reminder(self, *_args) -> None:
        self.reminder.save()
