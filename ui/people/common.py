"""Shared words and marks for people: status by text and shape (never colour alone), and helpers."""

from __future__ import annotations

import math

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import QLabel, QWidget

STATUSES = ("overdue", "due_soon", "on_track")
# Each status has its own shape, so it reads without colour; colours are soft, never alarming.
STATUS_SHAPES = {"on_track": "circle", "due_soon": "diamond", "overdue": "heart"}
STATUS_COLOURS = {"on_track": "#5c9e96", "due_soon": "#c9a14a", "overdue": "#b07aa1"}
# The words are marked for lupdate here and translated where shown (_tr).
_STATUS_WORDS = {
    "on_track": QT_TRANSLATE_NOOP("people", "On track"),
    "due_soon": QT_TRANSLATE_NOOP("people", "Due soon"),
    "overdue": QT_TRANSLATE_NOOP("people", "Due for a hello"),
}
_CHANNEL_WORDS = {
    "in_person": QT_TRANSLATE_NOOP("people", "In person"),
    "call": QT_TRANSLATE_NOOP("people", "Call"),
    "video": QT_TRANSLATE_NOOP("people", "Video call"),
    "message": QT_TRANSLATE_NOOP("people", "Message"),
    "social_media": QT_TRANSLATE_NOOP("people", "Social media"),
    "letter": QT_TRANSLATE_NOOP("people", "Letter"),
    "other": QT_TRANSLATE_NOOP("people", "Other"),
}
_INITIATOR_WORDS = {
    "me": QT_TRANSLATE_NOOP("people", "I did"),
    "them": QT_TRANSLATE_NOOP("people", "They did"),
    "both": QT_TRANSLATE_NOOP("people", "Both of us"),
}
_FEELING_WORDS = {
    1: QT_TRANSLATE_NOOP("people", "Draining"),
    2: QT_TRANSLATE_NOOP("people", "A bit draining"),
    3: QT_TRANSLATE_NOOP("people", "Neutral"),
    4: QT_TRANSLATE_NOOP("people", "Good"),
    5: QT_TRANSLATE_NOOP("people", "Energising"),
}
_KIND_WORDS = {
    "phone": QT_TRANSLATE_NOOP("people", "Phone"),
    "email": QT_TRANSLATE_NOOP("people", "Email"),
    "handle": QT_TRANSLATE_NOOP("people", "Handle"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("people", text)


def status_text(status: str) -> str:
    return _tr(_STATUS_WORDS.get(status, status))


def channel_text(channel: str) -> str:
    return _tr(_CHANNEL_WORDS.get(channel, channel))


def initiator_text(who: str) -> str:
    return _tr(_INITIATOR_WORDS.get(who, who))


def feeling_text(feeling: int | None) -> str:
    return _tr(_FEELING_WORDS[feeling]) if feeling in _FEELING_WORDS else ""


def kind_text(kind: str) -> str:
    return _tr(_KIND_WORDS.get(kind, kind))


def last_contact_text(phrase: str) -> str:
    """The core's phrase ("3 weeks ago", "not yet") as a sentence start."""
    from companion.domain.i18n import _

    if phrase == _("not yet"):
        return QCoreApplication.translate("people", "No chat noted yet")
    return phrase[:1].upper() + phrase[1:]


def status_path(shape: str, rect: QRectF) -> QPainterPath:
    """The outline of a status mark inside `rect`."""
    path = QPainterPath()
    cx, cy = rect.center().x(), rect.center().y()
    w, h = rect.width(), rect.height()
    if shape == "diamond":
        path.moveTo(cx, rect.top())
        path.lineTo(rect.right(), cy)
        path.lineTo(cx, rect.bottom())
        path.lineTo(rect.left(), cy)
        path.closeSubpath()
    elif shape == "heart":
        top = rect.top() + h * 0.3
        path.moveTo(cx, rect.bottom())
        path.cubicTo(
            QPointF(rect.left() - w * 0.05, cy + h * 0.05),
            QPointF(rect.left() + w * 0.05, rect.top() - h * 0.05),
            QPointF(cx, top),
        )
        path.cubicTo(
            QPointF(rect.right() - w * 0.05, rect.top() - h * 0.05),
            QPointF(rect.right() + w * 0.05, cy + h * 0.05),
            QPointF(cx, rect.bottom()),
        )
        path.closeSubpath()
    else:
        path.addEllipse(rect)
    return path


def paint_status(painter: QPainter, status: str, rect: QRectF) -> None:
    colour = QColor(STATUS_COLOURS.get(status, "#888888"))
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(colour.darker(130), max(1.0, rect.width() / 14)))
    painter.setBrush(colour)
    painter.drawPath(status_path(STATUS_SHAPES.get(status, "circle"), rect))


_ICON_CACHE: dict[str, QIcon] = {}


def status_icon(status: str) -> QIcon:
    if status not in _ICON_CACHE:
        icon = QIcon()
        for size in (16, 24, 32, 48):
            pixmap = QPixmap(size, size)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            margin = size * 0.12
            paint_status(
                painter, status, QRectF(margin, margin, size - 2 * margin, size - 2 * margin)
            )
            painter.end()
            icon.addPixmap(pixmap)
        _ICON_CACHE[status] = icon
    return _ICON_CACHE[status]


def status_label(status: str, parent: QWidget | None = None) -> tuple[QLabel, QLabel]:
    """An icon label and a word label for a status, ready to sit side by side."""
    size = max(14, math.ceil(QLabel().fontMetrics().height() * 1.1))
    icon = QLabel(parent)
    icon.setPixmap(status_icon(status).pixmap(size, size))
    icon.setAccessibleName(status_text(status))
    words = QLabel(status_text(status), parent)
    words.setAccessibleName(status_text(status))
    return icon, words


def cadence_text(days: int) -> str:
    if days == 1:
        return QCoreApplication.translate("people", "Every day")
    if days == 7:
        return QCoreApplication.translate("people", "Every week")
    if days % 7 == 0 and days <= 56:
        return QCoreApplication.translate("people", "Every %1 weeks").replace("%1", str(days // 7))
    return QCoreApplication.translate("people", "Every %1 days").replace("%1", str(days))


def show_problem(label: QLabel, exc: Exception | None) -> None:
    """Show a user's situation in an inline label (or hide it with None)."""
    if exc is None:
        label.clear()
        label.hide()
    else:
        label.setText(_tr(str(exc)))
        label.show()


def name_inner_edit(widget: QWidget) -> None:
    """Spin boxes and date edits focus an inner line edit; give it the outer widget's name."""
    from PySide6.QtWidgets import QLineEdit

    inner = widget.findChild(QLineEdit)
    if inner is not None:
        inner.setAccessibleName(widget.accessibleName())
