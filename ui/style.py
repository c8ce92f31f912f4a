"""The app's style: Fusion (the same on every platform), with check boxes, radio buttons and the
keyboard focus drawn to stand out. `ui.theme.Theme` sets it; start-up sets it once its first
screen has painted (ui/app.py), since a Python style makes Qt build the Python side of every
style option type it draws (some 9 ms on the first paint)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter, QPalette, QPen
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleFactory
from shiboken6 import isValid


class ClearIndicators(QProxyStyle):
    """Fusion, with radio circles and check boxes drawn with an edge that stands out 3:1 from
    the card or page behind them (WCAG 1.4.11); Fusion's own edge is a shade of the window
    colour, about 1.3:1 in the dark scheme. Buttons show the keyboard focus as clearly."""

    def drawPrimitive(self, element, option, painter, widget=None) -> None:
        super().drawPrimitive(element, option, painter, widget)
        if element == QStyle.PrimitiveElement.PE_PanelButtonCommand:
            self._focus_ring(option, painter)
            return
        if element not in (
            QStyle.PrimitiveElement.PE_IndicatorRadioButton,
            QStyle.PrimitiveElement.PE_IndicatorCheckBox,
        ):
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        group = (
            QPalette.ColorGroup.Disabled
            if not option.state & QStyle.StateFlag.State_Enabled
            else QPalette.ColorGroup.Normal
        )
        pen = QPen(option.palette.color(group, QPalette.ColorRole.Mid))
        pen.setWidthF(1.5)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        rect = QRectF(option.rect).adjusted(1.25, 1.25, -1.25, -1.25)
        if element == QStyle.PrimitiveElement.PE_IndicatorRadioButton:
            painter.drawEllipse(rect)
        else:
            painter.drawRoundedRect(rect, 2, 2)
        painter.restore()

    @staticmethod
    def _focus_ring(option, painter) -> None:
        """A button reached by the keyboard gets a 2-pixel ring in the highlight colour (3:1
        or more against the button in both schemes); Fusion's own is a faint shade, hard to
        find in the dark scheme."""
        state = option.state
        if not (
            state & QStyle.StateFlag.State_HasFocus
            and state & QStyle.StateFlag.State_KeyboardFocusChange
            and state & QStyle.StateFlag.State_Enabled
        ):
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        pen = QPen(option.palette.color(QPalette.ColorRole.Highlight))
        pen.setWidthF(2.0)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(QRectF(option.rect).adjusted(1, 1, -1, -1), 3, 3)
        painter.restore()


_installed: ClearIndicators | None = None


def clear_indicators_in_use(app: QApplication) -> bool:
    """True while the style set here is `app`'s (a style sheet wraps it without replacing it)."""
    return _installed is not None and isValid(_installed) and app is QApplication.instance()


def use_clear_indicators(app: QApplication) -> None:
    """Make Fusion with clear indicators the app's style, unless it is already: setting a style
    again repolishes every widget. (With a style sheet, `app.style()` is the sheet's own style,
    so the one set here is remembered; Qt deletes it when another style replaces it.)"""
    global _installed
    if clear_indicators_in_use(app):
        return
    _installed = ClearIndicators(QStyleFactory.create("Fusion"))
    app.setStyle(_installed)
