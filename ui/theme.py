"""Light and dark palettes that follow the system colour scheme (or COMPANION_COLOR_SCHEME).

Fusion everywhere so both schemes look the same on every platform. Fonts keep the system size;
headings are sized relative to it, never in pixels.
"""

from __future__ import annotations

import contextlib
import os

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

SCHEME_ENV = "COMPANION_COLOR_SCHEME"

# Calm, low-contrast-but-readable colours: warm paper by day, soft slate by night, teal accents.
_LIGHT = {
    "window": "#f5f3ee",
    "window_text": "#2a2f33",
    "base": "#fffefb",
    "alternate_base": "#ebe8e1",
    "text": "#2a2f33",
    "button": "#ebe8e1",
    "button_text": "#2a2f33",
    "highlight": "#3d7a74",
    "highlighted_text": "#ffffff",
    "link": "#2f6a8a",
    "placeholder": "#62686d",  # footnotes and hints too: 4.5:1 on paper, cards and sidebar
    "mid": "#8a857b",  # control edges, axes and plain chart marks: 3:1 against cards
    "dark": "#a39f96",
    "light": "#ffffff",
    "midlight": "#f0eee8",
    "shadow": "#6b6760",
    "tooltip_base": "#fffdf6",
    "tooltip_text": "#2a2f33",
    "disabled_text": "#9a9d9f",
    "card_border": "#d3cfc6",  # a quiet edge for containers, which need not stand out
}
_DARK = {
    "window": "#1f2428",
    "window_text": "#e4e1da",
    "base": "#293136",
    "alternate_base": "#191d20",
    "text": "#e4e1da",
    "button": "#2b3237",
    "button_text": "#e4e1da",
    "highlight": "#5c9e96",
    "highlighted_text": "#0f1416",
    "link": "#8cc3dd",
    "placeholder": "#a0a6aa",
    "mid": "#7a848b",
    "dark": "#12161a",
    "light": "#3c454b",
    "midlight": "#323a40",
    "shadow": "#0a0c0e",
    "tooltip_base": "#2b3237",
    "tooltip_text": "#e4e1da",
    "disabled_text": "#6c7276",
    "card_border": "#3a4248",
}

_ROLES = {
    "window": QPalette.ColorRole.Window,
    "window_text": QPalette.ColorRole.WindowText,
    "base": QPalette.ColorRole.Base,
    "alternate_base": QPalette.ColorRole.AlternateBase,
    "text": QPalette.ColorRole.Text,
    "button": QPalette.ColorRole.Button,
    "button_text": QPalette.ColorRole.ButtonText,
    "highlight": QPalette.ColorRole.Highlight,
    "highlighted_text": QPalette.ColorRole.HighlightedText,
    "link": QPalette.ColorRole.Link,
    "placeholder": QPalette.ColorRole.PlaceholderText,
    "mid": QPalette.ColorRole.Mid,
    "dark": QPalette.ColorRole.Dark,
    "light": QPalette.ColorRole.Light,
    "midlight": QPalette.ColorRole.Midlight,
    "shadow": QPalette.ColorRole.Shadow,
    "tooltip_base": QPalette.ColorRole.ToolTipBase,
    "tooltip_text": QPalette.ColorRole.ToolTipText,
}

# Style sheet bits that a palette can't express; colours come from the palette itself.
_STYLE_SHEET = """
QListWidget#sidebar {
    background: palette(alternate-base);
    border: none;
    padding: 6px;
    outline: none;
}
QListWidget#sidebar::item {
    padding: 0px 10px;
    border-radius: 6px;
}
QListWidget#sidebar::item:selected {
    background: palette(highlight);
    color: palette(highlighted-text);
}
QWidget#sidebarPanel { background: palette(alternate-base); }
QPushButton#helpButton {
    padding: 8px 10px;
    border-radius: 6px;
    border: 1px solid palette(mid);
    background: palette(base);
}
QPushButton#helpButton:focus {
    border: 2px solid palette(highlight);
    padding: 7px 9px;
}
QFrame#card {
    background: palette(base);
    border: 1px solid @card_border@;
    border-radius: 10px;
}
QPushButton#linkButton {
    border: 1px solid transparent;
    background: transparent;
    color: palette(link);
    text-decoration: underline;
    padding: 1px 2px;
    text-align: left;
}
QPushButton#linkButton:focus {
    border: 1px solid palette(highlight);
    border-radius: 3px;
}
QLabel#recoveryCode {
    background: palette(base);
    border: 1px solid @card_border@;
    border-radius: 6px;
    padding: 10px;
}
"""


def style_sheet(scheme: str) -> str:
    colours = _DARK if scheme == "dark" else _LIGHT
    return _STYLE_SHEET.replace("@card_border@", colours["card_border"])


def _luminance(colour: QColor) -> float:
    def linear(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * linear(colour.redF())
        + 0.7152 * linear(colour.greenF())
        + 0.0722 * linear(colour.blueF())
    )


def contrast(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio of two colours (1 to 21)."""
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def mark_edge(fill: QColor | str, background: QColor) -> QColor:
    """An edge for a chart mark (a dot, a bar) in its own hue that stands out 3:1 from the
    background (WCAG 1.4.11), so pastel mood colours stay soft inside and findable at the edge."""
    edge = QColor(fill)
    darken = _luminance(background) > 0.2
    for _ in range(40):
        if contrast(edge, background) >= 3.05:
            break
        edge = edge.darker(108) if darken else edge.lighter(108)
    return edge


THEME_CHOICES = ("system", "light", "dark")


def current_scheme(choice: str = "system") -> str:
    """ "dark" or "light": the person's choice in Settings first, then the env override, then
    the system's scheme."""
    if choice in ("dark", "light"):
        return choice
    forced = os.environ.get(SCHEME_ENV, "").strip().lower()
    if forced in ("dark", "light"):
        return forced
    hints = QGuiApplication.styleHints()
    if hints is not None and hints.colorScheme() == Qt.ColorScheme.Dark:
        return "dark"
    return "light"


def palette_for(scheme: str) -> QPalette:
    colours = _DARK if scheme == "dark" else _LIGHT
    palette = QPalette()
    for key, role in _ROLES.items():
        palette.setColor(role, QColor(colours[key]))
    for role in (
        QPalette.ColorRole.Text,
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(colours["disabled_text"]))
    return palette


_active: Theme | None = None


def active_theme(app: QApplication | None = None) -> Theme:
    """The running app's theme (made on first use, e.g. when a page is shown on its own)."""
    app = app or QApplication.instance()
    if _active is None or _active.app is not app:
        return Theme(app)
    return _active


class Theme:
    """Applies the palette now and again whenever the system scheme or the person's choice
    (Light, Dark or System, from Settings) changes."""

    def __init__(
        self, app: QApplication, choice: str = "system", *, clear_indicators: bool = True
    ) -> None:
        """With `clear_indicators=False` the style stays as it is until `clear_indicators()`:
        start-up's QApplication is made with Fusion (ui.app.ensure_application) and paints its
        first, empty window before the style's Python half is loaded."""
        global _active
        self.app = app
        self.scheme = ""
        self.choice = choice if choice in THEME_CHOICES else "system"
        _active = self
        if clear_indicators:
            self.clear_indicators()
        self.apply()
        hints = QGuiApplication.styleHints()
        if hints is not None:
            hints.colorSchemeChanged.connect(self._scheme_changed)

    def clear_indicators(self) -> None:
        """Fusion with check boxes, radio buttons and the keyboard focus drawn to stand out
        (ui/style.py)."""
        from ui.style import use_clear_indicators

        use_clear_indicators(self.app)

    def set_choice(self, choice: str) -> str:
        """Light, Dark or System, applied at once to every open window (charts included)."""
        self.choice = choice if choice in THEME_CHOICES else "system"
        return self.apply()

    def apply(self) -> str:
        self.scheme = current_scheme(self.choice)
        palette = palette_for(self.scheme)
        if self.app.palette() != palette:
            self.app.setPalette(palette)
            # With an application style sheet, widgets already polished keep their old palette;
            # hand the new one to each open window so a scheme change shows at once.
            for window in self.app.topLevelWidgets():
                window.setPalette(palette)
        # After the palette: a new sheet repolishes every widget, hidden pages included, which
        # then take the new palette (a palette alone reaches only the windows themselves).
        sheet = style_sheet(self.scheme)
        if self.app.styleSheet() != sheet:
            self.app.setStyleSheet(sheet)
        return self.scheme

    def _scheme_changed(self, *_args) -> None:
        self.apply()

    def detach(self) -> None:
        global _active
        if _active is self:
            _active = None
        hints = QGuiApplication.styleHints()
        if hints is not None:
            with contextlib.suppress(RuntimeError, TypeError):
                hints.colorSchemeChanged.disconnect(self._scheme_changed)


def scaled_font(widget: QWidget, factor: float, *, bold: bool = False) -> QFont:
    """The widget's font scaled relative to the system size (points if known, else pixels)."""
    font = QFont(widget.font())
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * factor)
    elif font.pixelSize() > 0:
        font.setPixelSize(max(1, round(font.pixelSize() * factor)))
    font.setBold(bold)
    return font


def set_relative_font(widget: QWidget, factor: float, *, bold: bool = False) -> None:
    widget.setFont(scaled_font(widget, factor, bold=bold))


def muted_colour(widget: QWidget) -> QColor:
    """A softer text colour for secondary lines, taken from the palette so both schemes work."""
    return widget.palette().color(QPalette.ColorRole.PlaceholderText)
