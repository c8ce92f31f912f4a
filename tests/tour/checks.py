"""The screen tour's pure checks: WCAG contrast, overlapping rectangles, whether text fits, and
what a rendered image says about the colours actually on screen. Qt types in, plain values out."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QImage

TEXT_MIN = 4.5  # WCAG 2.1 AA, 1.4.3: normal text
MARK_MIN = 3.0  # WCAG 2.1 AA, 1.4.11: controls and the marks of a chart


@dataclass(frozen=True)
class Finding:
    """One thing wrong on one screen: `check` is the kind, `widget` names it, `detail` the numbers."""

    screen: str
    check: str
    widget: str
    detail: str

    def line(self) -> str:
        return f"{self.screen}: {self.check} {self.widget}: {self.detail}"


def _linear(channel: int) -> float:
    c = channel / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def luminance(colour: QColor) -> float:
    """WCAG relative luminance of an opaque colour."""
    return (
        0.2126 * _linear(colour.red())
        + 0.7152 * _linear(colour.green())
        + 0.0722 * _linear(colour.blue())
    )


def contrast_ratio(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio, 1.0 (same) to 21.0 (black on white)."""
    la, lb = luminance(a), luminance(b)
    high, low = max(la, lb), min(la, lb)
    return (high + 0.05) / (low + 0.05)


def overlap(a: QRect, b: QRect, *, slack: int = 1) -> QRect | None:
    """The part two rectangles share beyond `slack` pixels at the edges (borders may touch)."""
    shrunk_a = a.adjusted(slack, slack, -slack, -slack)
    shrunk_b = b.adjusted(slack, slack, -slack, -slack)
    if shrunk_a.isEmpty() or shrunk_b.isEmpty():
        return None
    shared = shrunk_a.intersected(shrunk_b)
    return None if shared.isEmpty() else shared


def text_fits(needed_w: int, needed_h: int, room_w: int, room_h: int, *, slack: int = 1) -> bool:
    """Whether text needing `needed_w`×`needed_h` pixels is drawn whole in a `room_w`×`room_h` box."""
    return needed_w <= room_w + slack and needed_h <= room_h + slack


def as_array(image: QImage) -> np.ndarray:
    """The image as an (height, width) array of 0xRRGGBB values, for fast counting."""
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    width, height = image.width(), image.height()
    data = np.frombuffer(
        image.constBits(), dtype=np.uint32, count=image.bytesPerLine() // 4 * height
    )
    return data.reshape(height, image.bytesPerLine() // 4)[:, :width] & 0xFFFFFF


def _pixels(pixels: np.ndarray, rect: QRect) -> np.ndarray:
    """The rgb values inside `rect` (clipped to the image), flat."""
    height, width = pixels.shape
    area = rect.intersected(QRect(0, 0, width, height))
    if area.isEmpty():
        return pixels[:0, :0].ravel()
    return pixels[area.top() : area.bottom() + 1, area.left() : area.right() + 1].ravel()


def background_colour(pixels: np.ndarray, rect: QRect) -> QColor | None:
    """The colour most of `rect` is painted in: the background behind text or marks."""
    values, counts = np.unique(_pixels(pixels, rect), return_counts=True)
    if not len(values):
        return None
    return QColor(int(values[counts.argmax()]))


def rendered_contrast(
    pixels: np.ndarray, rect: QRect, background: QColor | None = None, *, min_pixels: int = 3
) -> tuple[float, QColor, QColor] | None:
    """The contrast of what is drawn in `rect` against the background (the area's most common
    colour unless given): (ratio, foreground, background), the foreground being the colour
    furthest from the background that at least `min_pixels` pixels reach, so the solid strokes of
    text count and a stray antialiased pixel does not. None when nothing is drawn there."""
    values, counts = np.unique(_pixels(pixels, rect), return_counts=True)
    if not len(values):
        return None
    bg = background if background is not None else QColor(int(values[counts.argmax()]))
    by_contrast = sorted(
        (
            (contrast_ratio(QColor(int(rgb)), bg), int(rgb), int(n))
            for rgb, n in zip(values, counts, strict=True)
        ),
        reverse=True,
    )
    seen = 0
    for ratio, rgb, n in by_contrast:
        seen += n
        if seen >= min_pixels:
            if ratio <= 1.01:
                return None
            return ratio, QColor(rgb), bg
    return None


def differing_share(a: np.ndarray, b: np.ndarray, *, tolerance: int = 48) -> float:
    """The share of pixels (0 to 1) where two images differ by more than `tolerance` in some
    channel: how much of what is on screen is not what the widget alone paints."""
    height, width = min(a.shape[0], b.shape[0]), min(a.shape[1], b.shape[1])
    if width <= 0 or height <= 0:
        return 0.0
    a, b = a[:height, :width].astype(np.int32), b[:height, :width].astype(np.int32)
    different = np.zeros((height, width), dtype=bool)
    for shift in (16, 8, 0):
        different |= np.abs(((a >> shift) & 255) - ((b >> shift) & 255)) > tolerance
    return float(different.mean())
