"""Turns the core's change announcements into one Qt signal, so pages refresh themselves."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from companion.domain.changes import ChangeSet


class ChangeBridge(QObject):
    """Emits `changed(ChangeSet)` on the UI thread whenever the facade reports a change.

    Changes made on the task runner's worker thread arrive through a queued signal. While a task
    runs (`hold()` ... `release()`), they are gathered and announced once when it has finished, so
    no page reads the vault while the worker is still writing it.
    """

    changed = Signal(object)
    _arrived = Signal(object)

    def __init__(self, companion, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._held: set[str] | None = None
        self._arrived.connect(self._deliver)  # queued when emitted on the worker thread
        self._unsubscribe = companion.changes.subscribe(self._arrived.emit)

    def _deliver(self, change: ChangeSet) -> None:
        if self._held is not None:
            self._held.update(change.kinds)
        else:
            self.changed.emit(change)

    def hold(self, *_args) -> None:
        if self._held is None:
            self._held = set()

    def release(self) -> None:
        held, self._held = self._held, None
        if held:
            self.changed.emit(ChangeSet(frozenset(held)))

    def detach(self) -> None:
        """Stop listening (before the facade closes)."""
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
