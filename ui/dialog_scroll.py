"""The body of a dialog that shows whole on a large screen and scrolls on a small one, so a long
language or a 640-pixel screen never cuts or squeezes it; the dialog's buttons stay below it."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget

# The least height of the body on the smallest screen: a few lines in view, the rest scrolls.
LEAST_HEIGHT = 120
# Room between the content and the scroll bar, so a box's edge never touches it.
GAP = 10


class DialogScroll(QScrollArea):
    """A frameless vertical scroll area around `content`. It asks for all of the content's height
    (a window opens as tall as the screen allows, with no scroll bar when everything fits) but
    lets the window shrink to LEAST_HEIGHT; it is never narrower than the content, which wraps
    rather than scrolling sideways."""

    def __init__(self, content: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidget(content)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setViewportMargins(0, 0, GAP, 0)
        # The dialog's own background shows through, in either theme.
        self.viewport().setAutoFillBackground(False)
        content.setAutoFillBackground(False)

    def _bar_width(self) -> int:
        return self.verticalScrollBar().sizeHint().width() + GAP

    def sizeHint(self) -> QSize:
        content = self.widget()
        hint = content.sizeHint()
        height = hint.height()
        if content.hasHeightForWidth():
            height = max(height, content.heightForWidth(hint.width()))
        return QSize(hint.width() + self._bar_width(), height)

    def minimumSizeHint(self) -> QSize:
        least = self.widget().minimumSizeHint()
        return QSize(least.width() + self._bar_width(), min(LEAST_HEIGHT, self.sizeHint().height()))
