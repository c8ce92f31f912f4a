"""The tray icon: Open, Log mood, Log interaction, Quit. Only where the desktop has a tray; the caller checks."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon


def tray_available() -> bool:
    return QSystemTrayIcon.isSystemTrayAvailable()


class Tray(QObject):
    open_requested = Signal()
    log_mood_requested = Signal()
    log_interaction_requested = Signal()
    quit_requested = Signal()

    def __init__(self, icon: QIcon, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._told_still_running = False
        self.menu = QMenu()
        self.menu.setAccessibleName(self.tr("Companion"))
        self.menu.addAction(self.tr("Open Companion"), self.open_requested.emit)
        self.menu.addAction(self.tr("Log mood"), self.log_mood_requested.emit)
        self.menu.addAction(self.tr("Log interaction…"), self.log_interaction_requested.emit)
        self.menu.addSeparator()
        self.menu.addAction(self.tr("Quit"), self.quit_requested.emit)
        self.icon = QSystemTrayIcon(icon, self)
        self.icon.setToolTip(self.tr("Companion"))
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._activated)

    def show(self) -> None:
        self.icon.show()

    def hide(self) -> None:
        self.icon.hide()

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self.open_requested.emit()

    def tell_still_running(self) -> None:
        """Once per session: closing the window didn't quit, and here is where it went."""
        if self._told_still_running:
            return
        self._told_still_running = True
        self.icon.showMessage(
            self.tr("Companion is still running"),
            self.tr("It's here in the tray so reminders can reach you. Choose Quit to close it."),
            QSystemTrayIcon.MessageIcon.Information,
            6000,
        )
