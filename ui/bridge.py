"""Turns the core's change announcements into one Qt signal, so pages refresh themselves."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class ChangeBridge(QObject):
    """Emits `changed(ChangeSet)` whenever the facade reports a change.

    A signal rather than a direct call so that changes made in a worker thread arrive on the UI
    thread (Qt queues cross-thread emissions).
    """

    changed = Signal(object)

    def __init__(self, companion, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._unsubscribe = companion.changes.subscribe(self.changed.emit)

    def detach(self) -> None:
        """Stop listening (before the facade closes)."""
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
