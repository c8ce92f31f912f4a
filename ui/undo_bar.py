"""“Removed. Undo”: a bar at the foot of a window for a few seconds after a delete or a one-key log.
Undo runs what the caller gave (put a removed record back, or remove what was just logged); when
the time is up the bar lets go of it, so a removed record's values are dropped from memory too."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from companion.domain.errors import CompanionError

UNDO_SECONDS = 8


class UndoBar(QFrame):
    """Floats over the bottom of `window`; `offer(text, undo)` shows it, Undo or Ctrl+Z runs
    `undo` once, and `expire()` (the timer's slot) forgets it."""

    undone = Signal()
    expired = Signal()

    def __init__(
        self, window: QWidget, *, own_shortcut: bool = True, anchor: QWidget | None = None
    ) -> None:
        super().__init__(window)
        # The part of the window it sits at the foot of (the main window: the pages, so it never
        # covers “Need help now?” in the sidebar).
        self.anchor = anchor
        self.setObjectName("undoBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self._undo: Callable[[], object] | None = None
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.button = QPushButton(self.tr("Undo"))
        self.button.setAccessibleName(self.tr("Undo"))
        self.button.setToolTip(self.tr("Undo (Ctrl+Z)"))
        self.button.clicked.connect(self.undo)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 8, 8, 8)
        layout.setSpacing(12)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(UNDO_SECONDS * 1000)
        self.timer.timeout.connect(self.expire)
        if own_shortcut:  # the main window's Ctrl+Z comes from its shortcut table instead
            shortcut = QShortcut(QKeySequence.StandardKey.Undo, window)
            shortcut.activated.connect(self.undo)
        window.installEventFilter(self)
        self.hide()

    @property
    def pending(self) -> bool:
        return self._undo is not None

    def offer(self, text: str, undo: Callable[[], object]) -> None:
        self._undo = undo
        self.label.setText(text)
        self.setAccessibleName(text)
        self.button.setEnabled(True)
        self._place()
        self.show()
        self.raise_()
        self.timer.start()

    def undo(self) -> bool:
        """Run the pending undo, if any. A situation it meets (the record's person was removed
        meanwhile) is said on the bar instead."""
        action, self._undo = self._undo, None
        if action is None:
            return False
        self.timer.stop()
        try:
            action()
        except CompanionError as exc:
            self.label.setText(str(exc))
            self.setAccessibleName(str(exc))
            self.button.setEnabled(False)
            self.timer.start()
            return False
        self.hide()
        self.undone.emit()
        return True

    def expire(self) -> None:
        self._undo = None
        self.timer.stop()
        self.hide()
        self.expired.emit()

    def _place(self) -> None:
        window = self.parentWidget()
        if window is None:
            return
        area = window.rect()
        if self.anchor is not None and self.anchor.isVisible():
            area.moveTopLeft(self.anchor.mapTo(window, self.anchor.rect().topLeft()))
            area.setSize(self.anchor.size())
        width = min(area.width() - 32, max(360, self.sizeHint().width()))
        height = self.heightForWidth(width) if self.hasHeightForWidth() else -1
        height = max(height, self.sizeHint().height())
        left = area.left() + (area.width() - width) // 2
        self.setGeometry(left, area.bottom() - height - 16, width, height)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and self.isVisible():
            self._place()
        return False


def undo_bar_for(widget: QWidget) -> UndoBar:
    """The undo bar of the window `widget` is in, made the first time it is needed."""
    window = widget.window()
    own = getattr(window, "undo_bar", None)  # the main window makes its own, at the pages' foot
    if isinstance(own, UndoBar):
        return own
    bar = window.findChild(UndoBar, options=Qt.FindChildOption.FindDirectChildrenOnly)
    return bar if bar is not None else UndoBar(window)


def offer_undo(widget: QWidget, text: str, undo: Callable[[], object]) -> UndoBar:
    bar = undo_bar_for(widget)
    bar.offer(text, undo)
    return bar
