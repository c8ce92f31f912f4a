"""Render every app icon from the one source SVG: hicolor PNGs, the Windows .ico and the macOS .icns.

Run `python packaging/make_icons.py` after changing assets/icons/companion.svg, and commit the results.
"""

from __future__ import annotations

import argparse
import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE_SVG = ROOT / "assets" / "icons" / "companion.svg"
ICON_DIR = ROOT / "assets" / "icons"
ICO_PATH = ROOT / "packaging" / "windows" / "companion.ico"
ICNS_PATH = ROOT / "packaging" / "macos" / "Companion.icns"

# The hicolor theme sizes a desktop looks for.
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
# Small Windows sizes stay plain bitmaps (every loader, NSIS included, reads them); 256 is PNG.
ICO_BITMAP_SIZES = (16, 24, 32, 48, 64)
ICO_PNG_SIZES = (256,)
# icns element types that hold PNG data, and the pixel size of each (the @2x ones are retina).
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"ic11", 32),
    (b"icp6", 64),
    (b"ic12", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic13", 256),
    (b"ic09", 512),
    (b"ic14", 512),
    (b"ic10", 1024),
)


def png_path(size: int, folder: Path = ICON_DIR) -> Path:
    return folder / f"companion-{size}.png"


def _app():
    # QImage and QSvgRenderer need a Gui application object; offscreen keeps this headless.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    return QGuiApplication.instance() or QGuiApplication([sys.argv[0]])


def render(size: int, svg: Path = SOURCE_SVG):
    """The SVG drawn into a transparent size x size ARGB image."""
    _app()
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"make_icons: {svg} is not an SVG that Qt can draw")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    return image


def png_bytes(image) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise SystemExit("make_icons: Qt could not encode a PNG")
    buffer.close()
    return bytes(data.data())


def _bgra_rows(image) -> list[bytes]:
    """Straight-alpha BGRA rows, top to bottom (ARGB32 is BGRA in memory on little-endian hosts)."""
    from PySide6.QtGui import QImage

    straight = image.convertToFormat(QImage.Format.Format_ARGB32)
    width, height = straight.width(), straight.height()
    stride = straight.bytesPerLine()
    raw = bytes(straight.constBits())
    rows = []
    for y in range(height):
        row = raw[y * stride : y * stride + width * 4]
        if sys.byteorder == "big":
            row = b"".join(row[i : i + 4][::-1] for i in range(0, len(row), 4))
        rows.append(row)
    return rows


def _ico_bitmap(image) -> bytes:
    """A 32-bit DIB as an .ico stores it: header, bottom-up pixels, then an all-clear AND mask."""
    size = image.width()
    header = struct.pack("<IiiHHIIiiII", 40, size, size * 2, 1, 32, 0, 0, 0, 0, 0, 0)
    pixels = b"".join(reversed(_bgra_rows(image)))
    mask_row = ((size + 31) // 32) * 4
    return header + pixels + bytes(mask_row * size)


def ico_bytes(images: dict[int, object]) -> bytes:
    """A Windows .ico holding bitmaps for the small sizes and PNG for the large ones."""
    entries = []
    for size in ICO_BITMAP_SIZES:
        entries.append((size, _ico_bitmap(images[size])))
    for size in ICO_PNG_SIZES:
        entries.append((size, png_bytes(images[size])))
    out = struct.pack("<HHH", 0, 1, len(entries))
    offset = 6 + 16 * len(entries)
    directory, blobs = b"", b""
    for size, blob in entries:
        dim = 0 if size >= 256 else size  # 0 means 256 in an icon directory
        directory += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(blob), offset)
        blobs += blob
        offset += len(blob)
    return out + directory + blobs


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """An Apple .icns: 'icns', total length, then (type, length, PNG data) elements."""
    body = b"".join(
        kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size] for kind, size in ICNS_TYPES
    )
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def build(icon_dir: Path = ICON_DIR, ico: Path = ICO_PATH, icns: Path = ICNS_PATH) -> list[Path]:
    """Write every icon file; returns the paths written."""
    sizes = sorted({*PNG_SIZES, *ICO_BITMAP_SIZES, *ICO_PNG_SIZES, *(s for _, s in ICNS_TYPES)})
    images = {size: render(size) for size in sizes}
    pngs = {size: png_bytes(image) for size, image in images.items()}
    written = []
    icon_dir.mkdir(parents=True, exist_ok=True)
    for size in PNG_SIZES:
        path = png_path(size, icon_dir)
        path.write_bytes(pngs[size])
        written.append(path)
    ico.parent.mkdir(parents=True, exist_ok=True)
    ico.write_bytes(ico_bytes(images))
    written.append(ico)
    icns.parent.mkdir(parents=True, exist_ok=True)
    icns.write_bytes(icns_bytes(pngs))
    written.append(icns)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--icon-dir", type=Path, default=ICON_DIR, help="where the PNGs go")
    parser.add_argument("--ico", type=Path, default=ICO_PATH)
    parser.add_argument("--icns", type=Path, default=ICNS_PATH)
    args = parser.parse_args(argv)
    for path in build(args.icon_dir, args.ico, args.icns):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
