"""Every icon comes from assets/icons/companion.svg: hicolor PNGs, the Windows .ico, the macOS .icns."""

from __future__ import annotations

import struct
import subprocess

import pytest
from PySide6.QtGui import QImage

from tests.packaging.helpers import load, tool

make_icons = load("make_icons")

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


@pytest.mark.parametrize("size", make_icons.PNG_SIZES)
def test_committed_png_has_its_size_and_a_transparent_corner(size):
    image = QImage(str(make_icons.png_path(size)))
    assert (image.width(), image.height()) == (size, size)
    assert image.hasAlphaChannel()
    assert image.pixelColor(0, 0).alpha() == 0
    centre = image.pixelColor(size // 2, size // 2)
    assert centre.alpha() == 255


def test_sizes_cover_16_to_512():
    assert make_icons.PNG_SIZES[0] == 16 and make_icons.PNG_SIZES[-1] == 512


@pytest.mark.parametrize("size", [16, 48, 256])
def test_committed_pngs_match_the_svg(qapp, size):
    """A changed SVG needs `python packaging/make_icons.py` and a commit of the results."""
    fresh = make_icons.render(size)
    committed = QImage(str(make_icons.png_path(size))).convertToFormat(fresh.format())
    worst = 0
    for y in range(0, size, max(1, size // 32)):
        for x in range(0, size, max(1, size // 32)):
            a, b = fresh.pixelColor(x, y), committed.pixelColor(x, y)
            worst = max(
                worst,
                abs(a.red() - b.red()),
                abs(a.green() - b.green()),
                abs(a.blue() - b.blue()),
                abs(a.alpha() - b.alpha()),
            )
    # Rounding may differ a little between Qt versions; a changed drawing differs a lot.
    assert worst <= 8


def _ico_entries(data: bytes) -> list[tuple[int, bytes]]:
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind) == (0, 1)
    entries = []
    for i in range(count):
        width, height, _c, _r, planes, bpp, length, offset = struct.unpack_from(
            "<BBBBHHII", data, 6 + 16 * i
        )
        assert width == height and planes == 1 and bpp == 32
        entries.append((width or 256, data[offset : offset + length]))
    return entries


def test_ico_has_bitmaps_for_small_sizes_and_png_for_256():
    entries = _ico_entries(make_icons.ICO_PATH.read_bytes())
    assert [size for size, _ in entries] == [16, 24, 32, 48, 64, 256]
    for size, blob in entries:
        if size == 256:
            assert blob.startswith(PNG_SIGNATURE)
        else:
            header_size, width, height, _planes, bpp = struct.unpack_from("<IiiHH", blob)
            assert (header_size, width, height, bpp) == (40, size, 2 * size, 32)
            mask = ((size + 31) // 32) * 4 * size
            assert len(blob) == 40 + size * size * 4 + mask


def test_ico_bitmap_pixels_match_the_png(qapp):
    blob = dict(_ico_entries(make_icons.ICO_PATH.read_bytes()))[32]
    png = QImage(str(make_icons.png_path(32)))
    # Rows are stored bottom-up as BGRA: the centre pixel of the top row block sits near the end.
    x, y = 16, 16
    row = 31 - y
    b, g, r, a = blob[40 + (row * 32 + x) * 4 : 40 + (row * 32 + x) * 4 + 4]
    expected = png.pixelColor(x, y)
    assert (r, g, b, a) == (expected.red(), expected.green(), expected.blue(), expected.alpha())


def test_icns_holds_every_size_as_png():
    data = make_icons.ICNS_PATH.read_bytes()
    assert data[:4] == b"icns"
    assert struct.unpack(">I", data[4:8])[0] == len(data)
    found = {}
    offset = 8
    while offset < len(data):
        kind = data[offset : offset + 4]
        length = struct.unpack(">I", data[offset + 4 : offset + 8])[0]
        payload = data[offset + 8 : offset + length]
        assert payload.startswith(PNG_SIGNATURE)
        width, height = struct.unpack(">II", payload[16:24])
        found[kind] = width
        assert width == height
        offset += length
    assert offset == len(data)
    assert found == {kind: size for kind, size in make_icons.ICNS_TYPES}


@pytest.mark.real
def test_icnsutils_reads_the_large_icns_images(tmp_path):
    icns2png = tool("icns2png", "icnsutils")
    # icnsutils 0.8 predates several PNG element types; it decodes ic08/ic09/ic10 (256-1024 px).
    result = subprocess.run(
        [icns2png, "-x", "-o", str(tmp_path), str(make_icons.ICNS_PATH)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    sizes = sorted(QImage(str(p)).width() for p in tmp_path.glob("*.png"))
    assert {256, 512, 1024} <= set(sizes)
