"""The Reminders settings: nudges on or off, a daily limit, quiet hours, days off, start at login."""

from __future__ import annotations

import sys

from PySide6.QtCore import QLocale, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
)

from companion.domain.errors import CompanionError
from ui.pages.base import text_label
from ui.people.common import name_inner_edit, show_problem
from ui.theme import set_relative_font


def start_at_login_command() -> list[str]:
    """What the login entry runs: the frozen app, or this Python with the package, minimised."""
    if getattr(sys, "frozen", False):
        return [sys.executable, "--minimized"]
    return [sys.executable, "-m", "companion_app", "--minimized"]


class RemindersGroup(QFrame):
    """A settings card; every change is saved to the vault at once."""

    def __init__(self, context, parent=None) -> None:
        super().__init__(parent)
        self.context = context  # ui/context.py: the facade, the task runner, …
        self.companion = context.companion
        self.setObjectName("card")
        self.setAccessibleName(self.tr("Reminders"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(8)
        heading = text_label(self.tr("Reminders"), self.tr("Reminders"))
        set_relative_font(heading, 1.1, bold=True)
        layout.addWidget(heading)

        self.enabled = QCheckBox(self.tr("Send me &gentle reminders to reach out"))
        self.enabled.setAccessibleName(self.tr("Send me gentle reminders to reach out"))
        layout.addWidget(self.enabled)
        self.limit = QSpinBox()
        self.limit.setRange(0, 20)
        self.limit.setAccessibleName(self.tr("At most this many people a day"))
        self.limit.setSuffix(self.tr(" people a day"))
        self.quiet_start = QTimeEdit()
        self.quiet_start.setDisplayFormat("HH:mm")
        self.quiet_start.setAccessibleName(self.tr("Quiet from"))
        self.quiet_end = QTimeEdit()
        self.quiet_end.setDisplayFormat("HH:mm")
        self.quiet_end.setAccessibleName(self.tr("Quiet until"))
        quiet = QHBoxLayout()
        quiet.addWidget(self.quiet_start)
        quiet.addWidget(QLabel(self.tr("until")))
        quiet.addWidget(self.quiet_end)
        quiet.addStretch(1)
        self.days: list[QCheckBox] = []
        days = QHBoxLayout()
        locale = QLocale()
        for weekday in range(7):
            box = QCheckBox(locale.dayName(weekday + 1, QLocale.FormatType.ShortFormat))
            box.setAccessibleName(
                self.tr("No reminders on %1").replace("%1", locale.dayName(weekday + 1))
            )
            self.days.append(box)
            days.addWidget(box)
        days.addStretch(1)
        form = QFormLayout()
        label = QLabel(self.tr("At &most:"))
        label.setBuddy(self.limit)
        form.addRow(label, self.limit)
        label = QLabel(self.tr("&Quiet hours:"))
        label.setBuddy(self.quiet_start)
        form.addRow(label, quiet)
        form.addRow(QLabel(self.tr("Days off:")), days)
        layout.addLayout(form)

        for widget in (self.limit, self.quiet_start, self.quiet_end):
            name_inner_edit(widget)

        self.start_at_login = QCheckBox(self.tr("Start Companion in the tray when I &log in"))
        self.start_at_login.setAccessibleName(self.tr("Start Companion when I log in"))
        layout.addWidget(self.start_at_login)
        layout.addWidget(
            text_label(
                self.tr(
                    "Reminders are kind suggestions, never streaks. Quiet hours and days off "
                    "mean nothing arrives then."
                ),
                self.tr("About reminders"),
            )
        )
        self.problem = text_label("", self.tr("Problem"))
        self.problem.hide()
        layout.addWidget(self.problem)

        self.enabled.toggled.connect(lambda on: self._set("nudges.enabled", on))
        self.limit.valueChanged.connect(lambda n: self._set("nudges.daily_limit", n))
        self.quiet_start.timeChanged.connect(
            lambda t: self._set("nudges.quiet_start", t.toString("HH:mm"))
        )
        self.quiet_end.timeChanged.connect(
            lambda t: self._set("nudges.quiet_end", t.toString("HH:mm"))
        )
        for box in self.days:
            box.toggled.connect(self._days_changed)
        self.start_at_login.toggled.connect(self._start_at_login)

    def _widgets(self):
        return [
            self.enabled,
            self.limit,
            self.quiet_start,
            self.quiet_end,
            self.start_at_login,
            *self.days,
        ]

    def refresh(self) -> None:
        from companion.platform.autostart import autostart_enabled

        get = self.companion.settings.get
        for widget in self._widgets():
            widget.blockSignals(True)
        self.enabled.setChecked(bool(get("nudges.enabled")))
        self.limit.setValue(int(get("nudges.daily_limit")))
        self.quiet_start.setTime(QTime.fromString(get("nudges.quiet_start"), "HH:mm"))
        self.quiet_end.setTime(QTime.fromString(get("nudges.quiet_end"), "HH:mm"))
        off = set(get("nudges.days_off"))
        for weekday, box in enumerate(self.days):
            box.setChecked(weekday in off)
        self.start_at_login.setChecked(bool(get("app.start_at_login")) and autostart_enabled())
        for widget in self._widgets():
            widget.blockSignals(False)
        self._sync_enabled()

    def _sync_enabled(self) -> None:
        on = self.enabled.isChecked()
        for widget in (self.limit, self.quiet_start, self.quiet_end, *self.days):
            widget.setEnabled(on)

    def _set(self, key: str, value) -> None:
        show_problem(self.problem, None)
        try:
            self.companion.settings.set(key, value)
        except CompanionError as exc:
            show_problem(self.problem, exc)
        self._sync_enabled()

    def _days_changed(self, *_args) -> None:
        self._set("nudges.days_off", [d for d, box in enumerate(self.days) if box.isChecked()])

    def _start_at_login(self, on: bool) -> None:
        from companion.platform.autostart import disable_autostart, enable_autostart

        show_problem(self.problem, None)
        try:
            if on:
                enable_autostart(start_at_login_command())
            else:
                disable_autostart()
            self.companion.settings.set("app.start_at_login", on)
        except CompanionError as exc:
            show_problem(self.problem, exc)
            self.start_at_login.blockSignals(True)
            self.start_at_login.setChecked(not on)
            self.start_at_login.blockSignals(False)
