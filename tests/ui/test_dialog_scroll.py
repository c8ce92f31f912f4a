"""A dialog's body that shows whole when the screen has room and scrolls when it has not: the
keyboard-shortcuts sheet, whose rows are many and wrap in a longer language."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QVBoxLayout, QWidget

from ui.dialog_scroll import LEAST_HEIGHT, DialogScroll
from ui.shortcut_sheet import ShortcutSheet

LONG = "Deshacer algo quitado o un ánimo rápido, durante unos segundos, con una frase larga"


def _rows(n: int) -> list[tuple[str, str]]:
    return [(f"Ctrl+{i}", LONG) for i in range(n)]


def test_the_body_asks_for_all_its_rows_and_scrolls_when_shrunk(qtbot):
    content = QWidget()
    layout = QVBoxLayout(content)
    labels = [QLabel(f"Line {i}") for i in range(20)]
    for label in labels:
        layout.addWidget(label)
    dialog = QDialog()
    qtbot.addWidget(dialog)
    scroll = DialogScroll(content)
    outer = QVBoxLayout(dialog)
    outer.addWidget(scroll, 1)
    outer.addWidget(QPushButton("Close"))
    assert scroll.sizeHint().height() >= content.sizeHint().height()
    assert scroll.minimumSizeHint().height() == LEAST_HEIGHT
    assert dialog.minimumSizeHint().height() < 300
    dialog.resize(400, scroll.sizeHint().height() + 80)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: scroll.viewport().height() >= content.sizeHint().height())
    qtbot.waitUntil(lambda: not scroll.verticalScrollBar().isVisible())
    dialog.resize(400, 260)
    qtbot.waitUntil(lambda: scroll.verticalScrollBar().isVisible())
    assert scroll.verticalScrollBar().maximum() > 0
    # Each line keeps its own height: scrolled, not squeezed on top of the next.
    assert all(label.height() >= label.sizeHint().height() for label in labels)


def test_the_sheet_fits_a_short_screen_without_cutting_a_row(qtbot):
    sheet = ShortcutSheet(_rows(16), focused=_rows(5))
    qtbot.addWidget(sheet)
    sheet.show()
    qtbot.waitExposed(sheet)
    sheet.resize(sheet.width(), 420)
    qtbot.waitUntil(lambda: sheet.height() == 420)
    qtbot.waitUntil(lambda: sheet.scroll.verticalScrollBar().isVisible())
    for label in sheet.findChildren(QLabel):
        if label.wordWrap() and label.text() == LONG:
            needed = label.heightForWidth(label.width())
            assert label.height() >= needed, label.text()


def test_a_list_gives_up_its_spare_rows_before_the_body_scrolls(qtbot):
    """A list asks for more rows than it needs: on a short screen it shrinks to its least first,
    and only then does the body scroll."""
    from PySide6.QtWidgets import QListWidget

    content = QWidget()
    layout = QVBoxLayout(content)
    words = QLabel("A long sentence that wraps over a few lines in a narrow dialog. " * 3)
    words.setWordWrap(True)
    layout.addWidget(words)
    entries = QListWidget()
    entries.addItems([f"Entry {i}" for i in range(30)])
    layout.addWidget(entries, 1)
    dialog = QDialog()
    qtbot.addWidget(dialog)
    scroll = DialogScroll(content)
    QVBoxLayout(dialog).addWidget(scroll)
    dialog.resize(360, 600)
    dialog.show()
    qtbot.waitExposed(dialog)
    least = layout.totalMinimumHeightForWidth(scroll.viewport().width())
    dialog.resize(360, least + 40)
    qtbot.waitUntil(lambda: entries.height() < entries.sizeHint().height())
    assert not scroll.verticalScrollBar().isVisible()
    assert words.height() >= words.heightForWidth(words.width())
    dialog.resize(360, least - 40)
    qtbot.waitUntil(lambda: scroll.verticalScrollBar().isVisible())
    assert words.height() >= words.heightForWidth(words.width())
