"""The screen tour's checks on images and widgets made here, so each is seen to fail as well as pass."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter
from PySide6.QtWidgets import QLabel, QLineEdit, QStackedWidget, QVBoxLayout, QWidget

from tests.tour.checks import (
    as_array,
    background_colour,
    contrast_ratio,
    differing_share,
    overlap,
    rendered_contrast,
    text_fits,
)
from tests.tour.look import (
    clip_problems,
    fit_to_screen,
    overlap_problems,
    screen_problems,
    stack_problems,
    text_problems,
)


def test_contrast_ratio_matches_wcag_examples():
    assert contrast_ratio(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21.0)
    assert contrast_ratio(QColor("#777777"), QColor("#ffffff")) == pytest.approx(4.48, abs=0.01)
    assert contrast_ratio(QColor("#767676"), QColor("#ffffff")) == pytest.approx(4.54, abs=0.01)
    assert contrast_ratio(QColor("#123456"), QColor("#123456")) == 1.0


def test_overlap_lets_borders_touch_but_not_cover():
    assert overlap(QRect(0, 0, 100, 20), QRect(0, 20, 100, 20)) is None
    assert overlap(QRect(0, 0, 100, 20), QRect(0, 19, 100, 20)) is None  # one shared pixel row
    shared = overlap(QRect(0, 0, 100, 20), QRect(50, 10, 100, 20))
    assert shared is not None and shared.width() > 40


def test_text_fits_needs_both_directions():
    assert text_fits(100, 14, 100, 14)
    assert not text_fits(120, 14, 100, 14)
    assert not text_fits(100, 28, 100, 14)


def _image(bg: str, fg: str) -> QImage:
    image = QImage(200, 40, QImage.Format.Format_RGB32)
    image.fill(QColor(bg))
    painter = QPainter(image)
    painter.setPen(QColor(fg))
    font = QFont()
    font.setPixelSize(18)
    painter.setFont(font)
    painter.drawText(QRect(0, 0, 200, 40), Qt.AlignmentFlag.AlignCenter, "Hello there")
    painter.end()
    return image


def test_rendered_contrast_reads_text_colour_from_pixels(qapp):
    dark = as_array(_image("#ffffff", "#000000"))
    ratio, fg, bg = rendered_contrast(dark, QRect(0, 0, 200, 40))
    assert bg.name() == "#ffffff" and fg.name() == "#000000" and ratio == pytest.approx(21)
    grey = as_array(_image("#fffefb", "#7d8388"))  # the old light-mode footnote grey
    ratio, _fg, _bg = rendered_contrast(grey, QRect(0, 0, 200, 40))
    assert ratio == pytest.approx(3.8, abs=0.05)
    blank = as_array(_image("#fffefb", "#fffefb"))
    assert rendered_contrast(blank, QRect(0, 0, 200, 40)) is None
    assert background_colour(blank, QRect(0, 0, 200, 40)).name() == "#fffefb"


def test_differing_share_sees_a_second_layer(qapp):
    plain = as_array(_image("#ffffff", "#ffffff"))
    written = as_array(_image("#ffffff", "#000000"))
    assert differing_share(plain, plain) == 0.0
    assert differing_share(plain, written) > 0.01


def test_a_label_too_small_for_its_text_is_cut(qtbot):
    root = QWidget()
    qtbot.addWidget(root)
    label = QLabel("A sentence that cannot possibly fit in so little room", root)
    label.setWordWrap(True)
    label.setGeometry(0, 0, 120, 14)
    field = QLineEdit(root)
    field.setGeometry(0, 20, 120, 9)
    fine = QLabel("Fine", root)
    fine.setGeometry(0, 40, 120, 30)
    root.show()
    qtbot.waitExposed(root)
    found = text_problems("test", root)
    kinds = {(f.check, f.widget.split(" ")[0]) for f in found}
    assert kinds == {("text cut", "QLabel"), ("squeezed", "QLineEdit")}


def test_overlapping_siblings_and_two_pages_at_once(qtbot):
    root = QWidget()
    qtbot.addWidget(root)
    a = QLabel("one", root)
    a.setGeometry(0, 0, 100, 30)
    b = QLabel("two", root)
    b.setGeometry(50, 10, 100, 30)
    stack = QStackedWidget(root)
    stack.setGeometry(0, 60, 200, 100)
    first, second = QLabel("first page"), QLabel("second page")
    stack.addWidget(first)
    stack.addWidget(second)
    QVBoxLayout(root).addStretch()
    root.resize(220, 180)
    root.show()
    qtbot.waitExposed(root)
    assert [f.widget for f in overlap_problems("t", root)] == ["QLabel “one” and QLabel “two”"]
    first.show()  # the stack still says the second is current: the bug of a page left painted
    stack.setCurrentWidget(second)
    first.setVisible(True)
    pixels = as_array(root.grab().toImage())
    assert any(f.check == "stack" for f in stack_problems("t", root, pixels))


def test_a_chip_hanging_out_of_its_row_is_cut_off(qtbot):
    root = QWidget()
    qtbot.addWidget(root)
    row = QWidget(root)
    row.setGeometry(0, 0, 200, 30)
    inside = QLabel("calm", row)
    inside.setGeometry(0, 0, 60, 24)
    below = QLabel("anxious", row)
    below.setGeometry(0, 26, 60, 24)  # only its top 4 px are inside the row
    root.resize(220, 80)
    root.show()
    qtbot.waitExposed(root)
    found = clip_problems("t", root)
    assert [f.widget for f in found] == ["QLabel “anxious”"]


def _tall_dialog(rows: int) -> QWidget:
    root = QWidget()
    layout = QVBoxLayout(root)
    for n in range(rows):
        layout.addWidget(QLabel(f"Row {n} of a dialog that does not scroll"))
    return root


def test_a_dialog_taller_than_the_screen_is_shrunk_or_found(qtbot):
    """On a 640-pixel screen a dialog is made to fit; one whose minimum will not let it is out
    of reach below the screen's edge, and says so."""
    room = QSize(960, 640)
    short = _tall_dialog(4)
    qtbot.addWidget(short)
    short.resize(400, 900)  # taller than needed: the window manager's screen shrinks it
    short.show()
    qtbot.waitExposed(short)
    fit_to_screen(short, room)
    assert short.frameGeometry().height() <= 640
    assert screen_problems("t", short, room) == []
    tall = _tall_dialog(60)
    qtbot.addWidget(tall)
    tall.show()
    qtbot.waitExposed(tall)
    fit_to_screen(tall, room)
    found = screen_problems("t", tall, room)
    assert [f.check for f in found] == ["too big"]


def test_a_drop_down_too_narrow_for_its_choice_is_cut(qtbot):
    from PySide6.QtWidgets import QComboBox

    root = QWidget()
    qtbot.addWidget(root)
    narrow = QComboBox(root)
    narrow.addItem("Todos los círculos")
    narrow.setGeometry(0, 0, 70, 28)
    wide = QComboBox(root)
    wide.addItem("Todos")
    wide.setGeometry(0, 40, 200, 28)
    root.resize(220, 80)
    root.show()
    qtbot.waitExposed(root)
    found = text_problems("t", root)
    assert [f.widget for f in found] == ["QComboBox showing “Todos los círculos”"]


def test_a_word_in_a_field_too_narrow_for_it_is_cut(qtbot):
    root = QWidget()
    qtbot.addWidget(root)
    narrow = QLineEdit("regularmente", root)
    narrow.setGeometry(0, 0, 50, 28)
    wide = QLineEdit("regular", root)
    wide.setGeometry(0, 40, 200, 28)
    path = QLineEdit("/home/someone/Documents/backups/companion-2026-12-03.backup", root)
    path.setGeometry(0, 80, 120, 28)  # a path scrolls in its field by nature
    root.resize(220, 120)
    root.show()
    qtbot.waitExposed(root)
    found = text_problems("t", root)
    assert [f.widget for f in found] == ["QLineEdit showing “regularmente”"]


def test_content_wider_than_a_view_that_cannot_scroll_sideways_is_cut_off(qtbot):
    from PySide6.QtWidgets import QScrollArea

    from tests.tour.look import crowding_problems

    root = QWidget()
    qtbot.addWidget(root)
    area = QScrollArea(root)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidgetResizable(True)
    fields = QWidget()
    fields.setMinimumWidth(400)
    area.setWidget(fields)
    area.setGeometry(0, 0, 300, 200)
    root.resize(320, 220)
    root.show()
    qtbot.waitExposed(root)
    assert [f.check for f in crowding_problems("t", root)] == ["cut off"]
    fields.setMinimumWidth(100)
    qtbot.waitUntil(lambda: fields.width() <= area.viewport().width())
    assert crowding_problems("t", root) == []
