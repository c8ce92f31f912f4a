"""A person's avatar: their photo in a circle, or their initials on a soft colour; and making a
chosen picture small, in memory, before it goes into the vault (never written to disk)."""

from __future__ import annotations

import zlib

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPainterPath, QPixmap

PHOTO_SIZE = 256  # pixels on the longer side, kept in the vault
_SOFT = ("#7a9e7e", "#6f8fb3", "#b38a6f", "#9a7bb0", "#6fa3a3", "#b07b8c")


def initials(name: str) -> str:
    words = [w for w in name.split() if w[:1].isalnum()]
    if not words:
        return "?"
    if len(words) == 1:
        return words[0][:1].upper()
    return (words[0][:1] + words[-1][:1]).upper()


def avatar_pixmap(photo: bytes | None, name: str, size: int, ratio: float = 1.0) -> QPixmap:
    """A round avatar `size` pixels wide (times the screen's pixel ratio)."""
    px = max(1, round(size * ratio))
    out = QPixmap(px, px)
    out.fill(Qt.GlobalColor.transparent)
    painter = QPainter(out)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    clip = QPainterPath()
    clip.addEllipse(QRectF(0, 0, px, px))
    painter.setClipPath(clip)
    image = QImage.fromData(photo) if photo else QImage()
    if not image.isNull():
        scaled = image.scaled(
            px,
            px,
            Qt.AspectRatioMode.KeepAspectRatioByExpanding,
            Qt.TransformationMode.SmoothTransformation,
        )
        painter.drawImage((px - scaled.width()) // 2, (px - scaled.height()) // 2, scaled)
    else:
        painter.fillRect(0, 0, px, px, QColor(_SOFT[zlib.crc32(name.encode()) % len(_SOFT)]))
        font = QFont()
        font.setPixelSize(max(6, px * 2 // 5))
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor("#ffffff"))
        painter.drawText(QRectF(0, 0, px, px), Qt.AlignmentFlag.AlignCenter, initials(name))
    painter.end()
    out.setDevicePixelRatio(ratio)
    return out


def small_photo(path: str) -> bytes | None:
    """The picture at `path` made at most PHOTO_SIZE pixels on its longer side, as JPEG bytes in
    memory; None when it isn't a picture Qt can read."""
    image = QImage(path)
    if image.isNull():
        return None
    if max(image.width(), image.height()) > PHOTO_SIZE:
        image = image.scaled(
            PHOTO_SIZE,
            PHOTO_SIZE,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.convertToFormat(QImage.Format.Format_RGB32).save(buffer, "JPEG", 85)
    buffer.close()
    return bytes(data.data())
