"""What every page shares: a heading, lazy refresh when shown after a change, and empty states."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QListView,
    QListWidget,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from companion.domain.errors import CompanionError
from ui.theme import set_relative_font


def text_label(text: str, name: str, *, selectable: bool = False) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setAccessibleName(name)
    if selectable:
        label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
    return label


def show_text(label: QLabel, text: str) -> None:
    """Show a sentence on a label, read out as it is shown."""
    label.setText(text)
    label.setAccessibleName(text)
    label.show()


def section(title: str, *, spacing: int = 10) -> tuple[QFrame, QVBoxLayout]:
    """A card of a page: its heading over a column (`spacing` apart) to fill."""
    frame = QFrame()
    frame.setObjectName("card")
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(20, 16, 20, 16)
    layout.setSpacing(spacing)
    heading = text_label(title, title)
    set_relative_font(heading, 1.1, bold=True)
    layout.addWidget(heading)
    return frame, layout


def date_time_format(*, with_time: bool = True) -> str:
    """The user's locale's short date (and time) format, with the year in full: what a date
    field shows instead of ISO dates."""
    locale = QLocale()
    kind = QLocale.FormatType.ShortFormat
    text = locale.dateTimeFormat(kind) if with_time else locale.dateFormat(kind)
    if "yyyy" not in text:
        text = text.replace("yy", "yyyy")
    return text


def fit_height(widget: QWidget) -> None:
    """Make a window at least as tall as its wrapped text needs at its current width.

    A window's minimum height comes from its labels' size hints, which guess a width for wrapped
    text; at the real width a paragraph can need more lines, and Qt then squeezes the fields
    and cuts the text instead of growing the window."""
    layout = widget.layout()
    if layout is None:
        return
    layout.activate()
    needed = layout.totalHeightForWidth(widget.width())
    if needed > 0:
        widget.setMinimumHeight(needed)
        if widget.height() < needed:
            widget.resize(widget.width(), needed)


def wrap_rows(view: QListWidget) -> None:
    """A list whose long rows wrap onto more lines instead of being cut at the right edge behind
    a sideways scroll bar (a longer language's words, a journal entry's first line)."""
    view.setWordWrap(True)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setResizeMode(QListView.ResizeMode.Adjust)
    view.setTextElideMode(Qt.TextElideMode.ElideNone)


class CurrentPageStack(QWidget):
    """Pages shown one at a time (the parts of a QStackedWidget's interface that pages use), as
    large as the page shown rather than the largest page. Qt's stack asks every page, hidden ones
    too, for its height at a width (QStackedLayout::heightForWidth), so inside a scrolling page a
    short question card was stretched to the height of the overview's cards (taller in a longer
    language) and its buttons scrolled out of sight. Here the hidden pages sit in a plain layout,
    which does not count them."""

    currentChanged = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pages: list[QWidget] = []
        self._current = -1
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

    def count(self) -> int:
        return len(self._pages)

    def widget(self, index: int) -> QWidget | None:
        return self._pages[index] if 0 <= index < len(self._pages) else None

    def indexOf(self, page: QWidget) -> int:
        return self._pages.index(page) if page in self._pages else -1

    def currentIndex(self) -> int:
        return self._current

    def currentWidget(self) -> QWidget | None:
        return self.widget(self._current)

    def addWidget(self, page: QWidget) -> int:
        self._pages.append(page)
        self.layout().addWidget(page)
        if self._current < 0:
            self._current = 0
            page.show()
            self.currentChanged.emit(0)
        else:
            page.hide()
        return len(self._pages) - 1

    def removeWidget(self, page: QWidget) -> None:
        index = self.indexOf(page)
        if index < 0:
            return
        was_current = index == self._current
        self._pages.pop(index)
        self.layout().removeWidget(page)
        page.hide()
        if not self._pages:
            self._current = -1
            self.currentChanged.emit(-1)
        elif was_current:
            self._current = -1
            self.setCurrentIndex(min(index, len(self._pages) - 1))
        elif index < self._current:
            self._current -= 1

    def setCurrentIndex(self, index: int) -> None:
        if index == self._current or not 0 <= index < len(self._pages):
            return
        old = self.currentWidget()
        self._current = index
        # The new page first, so the keyboard focus has somewhere to go from the old one.
        self._pages[index].show()
        if old is not None:
            old.hide()
        self.currentChanged.emit(index)

    def setCurrentWidget(self, page: QWidget) -> None:
        self.setCurrentIndex(self.indexOf(page))


class EmptyState(QFrame):
    """A warm card saying honestly what will be here, instead of fake data."""

    def __init__(self, headline: str, body: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.headline = text_label(headline, headline)
        set_relative_font(self.headline, 1.15, bold=True)
        self.body = text_label(body, body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 18)
        layout.setSpacing(8)
        layout.addWidget(self.headline)
        layout.addWidget(self.body)


class Page(QWidget):
    """A page of the main window, built over the app's context (ui/context.py). Subclasses fill
    `self.content` and implement `refresh()`.

    `kinds` names the change kinds the page shows; an empty set means it never goes stale.
    """

    kinds: frozenset[str] = frozenset()
    # A storage situation met while refreshing (a damaged vault, a full disk): the window
    # turns it into the plain message instead of a traceback.
    situation = Signal(object)

    def __init__(
        self, context, title: str, subtitle: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context  # ui/context.py: the facade, the task runner, the lock, …
        self.companion = context.companion if context is not None else None
        self.stale = True
        self.refresh_count = 0
        self.setAccessibleName(title)

        self.heading = text_label(title, title)
        set_relative_font(self.heading, 1.6, bold=True)
        self.subtitle = text_label(subtitle, subtitle or title)
        self.subtitle.setVisible(bool(subtitle))

        inner = QWidget()
        self.content = QVBoxLayout(inner)
        # Room between the cards and the scroll bar, so they never touch it.
        self.content.setContentsMargins(0, 0, 14, 0)
        self.content.setSpacing(14)
        scroll = QScrollArea()
        scroll.setWidget(inner)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        # The scroll area itself needn't take focus: its contents do.
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.viewport().setAutoFillBackground(False)
        inner.setAutoFillBackground(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 28, 18, 24)  # 18 + the content's 14 on the right
        layout.setSpacing(6)
        layout.addWidget(self.heading)
        layout.addWidget(self.subtitle)
        layout.addSpacing(12)
        layout.addWidget(scroll, 1)

    def adopt(self, context) -> None:
        """Go on over another context: the full app's, taking over from the first screen's
        glance (companion.storage.glance), which reads the same vault. What is shown stays."""
        self.context = context
        self.companion = context.companion

    def add_empty_state(self, headline: str, body: str) -> EmptyState:
        card = EmptyState(headline, body)
        self.content.addWidget(card)
        return card

    def finish_layout(self) -> None:
        self.content.addStretch(1)

    def mark_stale(self, change=None) -> None:
        """Called on every change; refresh now if visible, else when next shown."""
        if change is not None and not change.touches(*self.kinds):
            return
        self.stale = True
        if self.isVisible():
            self.refresh_if_stale()

    def refresh_if_stale(self) -> None:
        if self.stale:
            self.stale = False
            self.refresh_count += 1
            try:
                self.refresh()
            except CompanionError as exc:
                self.situation.emit(exc)

    def refresh(self) -> None:
        """Re-read what the page shows from the facade."""

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.refresh_if_stale()
