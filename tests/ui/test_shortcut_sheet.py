"""Help → Keyboard shortcuts lists every shortcut the window has, built from the table that
registers them; it opens from the Help menu and with Ctrl+/, and each listed key does what the
sheet says."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from tests.ui.help_support import assert_help_alone
from ui.main_window import PAGES, SHORTCUTS
from ui.shortcut_sheet import ShortcutSheet

NATIVE = QKeySequence.SequenceFormat.NativeText


def _window(launch, profile_dir, qtbot):
    controller = launch(profile_dir)
    qtbot.waitUntil(lambda: controller.companion is not None)
    window = controller.window
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def test_every_registered_shortcut_is_on_the_sheet(qtbot, launch, profile_dir):
    window = _window(launch, profile_dir, qtbot)
    registered = {s.toString(NATIVE): a.text() for a in window.actions() for s in a.shortcuts()}
    sheet = window.show_shortcuts()
    assert isinstance(sheet, ShortcutSheet) and sheet.isVisible()
    listed = {}
    for keys, what in sheet.rows:
        for one in keys.split(" or "):
            listed[one] = what
    assert listed == registered
    assert len(sheet.rows) == len(SHORTCUTS)
    shown = {label.text() for label in sheet.key_labels}
    for number, (_name, label, _cls) in enumerate(PAGES, start=1):
        keys = QKeySequence(f"Ctrl+{number}").toString(NATIVE)
        assert keys in shown and listed[keys] == label
    assert listed[QKeySequence("F1").toString(NATIVE)] == "Need help now?"
    assert listed[QKeySequence("Ctrl+/").toString(NATIVE)] == "Keyboard shortcuts"
    sheet.reject()


def test_the_sheet_opens_from_the_help_menu_and_with_its_keys(qtbot, launch, profile_dir):
    window = _window(launch, profile_dir, qtbot)
    menus = {a.text().replace("&", ""): a.menu() for a in window.menuBar().actions()}
    help_menu = menus["Help"]
    items = {a.text(): a for a in help_menu.actions()}
    assert {"Need help now?", "Keyboard shortcuts"} <= set(items)
    items["Keyboard shortcuts"].trigger()
    assert window.shortcut_sheet is not None and window.shortcut_sheet.isVisible()
    window.shortcut_sheet.reject()
    qtbot.waitUntil(lambda: not window.shortcut_sheet.isVisible())
    qtbot.keyClick(window.sidebar, Qt.Key.Key_Slash, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.shortcut_sheet.isVisible())
    window.shortcut_sheet.reject()
    items["Need help now?"].trigger()
    assert_help_alone(window)
    QApplication.processEvents()


def test_keys_read_where_the_focus_is_are_listed_from_their_own_maps(qtbot):
    from ui.checkins.runner import NUMBER_KEYS
    from ui.mood.quick_logger import DIGIT_KEYS
    from ui.screen.checkin_dialog import KEYS
    from ui.shortcut_sheet import focus_rows, keys_text

    rows = dict(focus_rows())
    assert keys_text(DIGIT_KEYS) == "1–5" and "How are you right now?" in rows["1–5"]
    assert keys_text(KEYS) == "1–3" and "evening check-in" in rows["1–3"]
    assert keys_text(NUMBER_KEYS) == "0–9" and "answer" in rows["0–9"]
    assert keys_text([Qt.Key.Key_1, Qt.Key.Key_3]) == "1 or 3"  # not a run: each key
    assert QKeySequence(Qt.Key.Key_Backspace).toString(NATIVE) in rows
    sheet = ShortcutSheet([("Ctrl+1", "Today")])
    qtbot.addWidget(sheet)
    assert [label.text() for label in sheet.focused_labels] == [keys for keys, _ in focus_rows()]
