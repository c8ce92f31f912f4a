"""The body of a dialog that shows whole on a large screen and scrolls on a small one, so a long
language or a 640-pixel screen never cuts or squeezes it; the dialog's buttons stay below it."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget

# The least height of the body on the smallest screen: a few lines in view, the rest scrolls.
LEAST_HEIGHT = 120
# Room between the content and the scroll bar, so a box's edge never touches it.
GAP = 10
# What a window manager's title bar and borders take, about.
FRAME = 48


class _Body(QWidget):
    """Holds the content. Its height for a width is the least its content needs there (wrapped
    text whole, a list at its smallest), not what the content would like: the scroll area gives
    it that or the room there is, so a list grows into spare room and the page scrolls only
    when something would otherwise be squeezed."""

    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.setAutoFillBackground(False)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self.layout().totalMinimumHeightForWidth(width)


class DialogScroll(QScrollArea):
    """A frameless vertical scroll area around `content`. It asks for all of the content's height
    (a window opens as tall as the screen allows, with no scroll bar when everything fits) but
    lets the window shrink to LEAST_HEIGHT; it is never narrower than the content, which wraps
    rather than scrolling sideways."""

    def __init__(self, content: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setViewportMargins(0, 0, GAP, 0)
        # The dialog's own background shows through, in either theme.
        self.viewport().setAutoFillBackground(False)
        self.body = _Body()
        self.setWidget(self.body)
        self.content: QWidget | None = None
        self.set_content(content)

    def set_content(self, content: QWidget) -> None:
        """Show `content` instead of what was there (which is taken out, not deleted)."""
        layout = self.body.layout()
        if self.content is not None:
            layout.removeWidget(self.content)
            self.content.setParent(None)
        self.content = content
        content.setAutoFillBackground(False)
        layout.addWidget(content)
        self.updateGeometry()

    def _bar_width(self) -> int:
        return self.verticalScrollBar().sizeHint().width() + GAP

    def sizeHint(self) -> QSize:
        layout = self.body.layout()
        hint = layout.sizeHint()
        height = max(hint.height(), layout.totalHeightForWidth(hint.width()))
        return QSize(hint.width() + self._bar_width(), height)

    def minimumSizeHint(self) -> QSize:
        least = self.body.minimumSizeHint()
        return QSize(least.width() + self._bar_width(), min(LEAST_HEIGHT, self.sizeHint().height()))


def screen_room(widget: QWidget, wanted: QSize) -> QSize:
    """`wanted`, no larger than the free part of the widget's screen less a window frame: the
    size to give a dialog that asks for a size of its own."""
    screen = widget.screen()
    if screen is None:
        return wanted
    return wanted.boundedTo(screen.availableGeometry().size() - QSize(FRAME, FRAME))
