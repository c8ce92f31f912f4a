"""Logging a mood from Today and from anywhere (Ctrl+M) in two keystrokes, and Today's gentle
safety cards with help one click away, over a real vault in the real main window."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from companion.services.mood import MoodInput
from tests.ui import mood_support
from tests.ui.mood_support import START

clock = mood_support.clock
companion = mood_support.companion
mood_template = mood_support.mood_template
window = mood_support.window


def test_two_keystrokes_from_today_log_a_mood(qtbot, window, companion):
    assert window.current_page() is window.pages["today"]
    qtbot.keyClick(window.sidebar, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    dialog = window.mood_dialog
    assert dialog is not None and dialog.isVisible()
    # The new window takes the keyboard (activation is asynchronous), then one key logs.
    qtbot.waitUntil(lambda: dialog.isAncestorOf(QApplication.focusWidget()))
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_4)
    entries = companion.mood.entries()
    assert [(e.level, e.label) for e in entries] == [(4, "good")]
    assert entries[0].logged_at == START
    assert not dialog.isVisible()


def test_the_today_row_logs_with_one_key_once_focused(qtbot, window, companion):
    window.show_page_named("today")  # arriving by name puts focus in the quick row
    today = window.pages["today"]
    assert today.quick_mood.isAncestorOf(QApplication.focusWidget())
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_2)
    assert [e.level for e in companion.mood.entries()] == [2]
    assert "Noted “bad”" in today.quick_mood.status.text()


def test_the_trays_log_mood_lands_in_the_quick_logger(qtbot, window, companion):
    window.show_page_named("mood")  # what the tray's Log mood does
    mood = window.pages["mood"]
    assert mood.quick.isAncestorOf(QApplication.focusWidget())
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_5)
    assert [e.level for e in companion.mood.entries()] == [5]


def test_mood_labels_from_settings_name_the_buttons(qtbot, companion):
    from ui.mood.quick_logger import QuickMoodRow

    companion.settings.set("mood.labels", ["rough", "low", "okay", "good", "bright"])
    row = QuickMoodRow(companion)
    qtbot.addWidget(row)
    assert [b.text() for b in row.buttons] == [
        "1  rough",
        "2  low",
        "3  okay",
        "4  good",
        "5  bright",
    ]


def test_a_heavy_week_brings_a_calm_card_with_help_one_click_away(qtbot, window, companion, clock):
    today = window.pages["today"]
    assert today.show_safety_cards() == []
    assert today.safety_box.count() == 0
    for days in range(6):
        clock.set(START - timedelta(days=days))
        companion.mood.log(MoodInput(level=1))
    clock.set(START)
    cards = today.show_safety_cards()
    assert [c.kind for c in cards] == ["low_mood"]
    widget = today.safety_box.itemAt(0).widget()
    assert "heavy few days" in widget.title.text()
    widget.help_button.click()
    assert window.current_page() is window.help_page


def test_a_phq9_item_9_answer_puts_its_card_on_today(qtbot, window, companion):
    companion.checkins.save("phq9", [0] * 8 + [1])
    cards = window.pages["today"].show_safety_cards()
    assert cards[0].kind == "phq9_item9"
