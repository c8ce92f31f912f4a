"""The app icon: the shipped one from assets/icons when present, else a simple drawn stand-in."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

_ICON_NAMES = ("companion.svg", "org.companionapp.Companion.svg", "companion.png", "icon.png")


def _shipped_icon() -> QIcon | None:
    from companion.platform.paths import assets_dir

    folder = assets_dir() / "icons"
    if not folder.is_dir():
        return None
    for name in _ICON_NAMES:
        path = folder / name
        if path.is_file():
            icon = QIcon(str(path))
            if not icon.isNull():
                return icon
    pngs = sorted(folder.glob("*.png"))
    if pngs:
        icon = QIcon()
        for path in pngs:
            icon.addFile(str(path))
        return None if icon.isNull() else icon
    return None


def _drawn_icon() -> QIcon:
    """Two overlapping circles on a soft teal tile: two people, close."""
    icon = QIcon()
    for size in (16, 32, 64, 128):
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#3d7a74"))
        painter.drawRoundedRect(QRectF(0, 0, size, size), size * 0.22, size * 0.22)
        painter.setBrush(QColor(255, 255, 255, 215))
        r = size * 0.22
        painter.drawEllipse(QRectF(size * 0.36 - r, size * 0.5 - r, 2 * r, 2 * r))
        painter.setBrush(QColor(255, 236, 200, 215))
        painter.drawEllipse(QRectF(size * 0.64 - r, size * 0.5 - r, 2 * r, 2 * r))
        painter.end()
        icon.addPixmap(pixmap)
    return icon


def app_icon() -> QIcon:
    return _shipped_icon() or _drawn_icon()
