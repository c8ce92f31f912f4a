""" "My day ends at" through the real window: a mood logged at 01:00 counts for the day before,
the evening check-in at 00:40 asks about the day that is ending, and Settings moves the days."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QTime
from PySide6.QtWidgets import QApplication

from companion.services.boundaries import BoundaryInput
from tests.ui import mood_support

clock = mood_support.clock
companion = mood_support.companion
mood_template = mood_support.mood_template
window = mood_support.window
BERLIN = ZoneInfo("Europe/Berlin")


def test_a_mood_at_one_counts_for_the_evening_before(qtbot, window, companion, clock):
    from PySide6.QtCore import Qt

    clock.set(datetime(2026, 11, 22, 1, 0, tzinfo=BERLIN))
    window.show_page_named("today")
    today = window.pages["today"]
    today.refresh()
    assert "21" in today.date_label.text()  # "It's Saturday, 21 November 2026."
    assert today.quick_mood.isAncestorOf(QApplication.focusWidget())
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_4)
    [entry] = companion.mood.entries()
    assert entry.local_day == date(2026, 11, 21)
    pixels = companion.mood.year_in_pixels(2026)
    assert date(2026, 11, 21) in pixels and date(2026, 11, 22) not in pixels


def test_the_evening_check_in_at_00_40_asks_about_the_day_ending(qtbot, window, companion, clock):
    from ui.screen.checkin_dialog import EveningCheckInDialog

    companion.boundaries.add(BoundaryInput("Screens off by ten"))
    clock.set(datetime(2026, 11, 22, 0, 40, tzinfo=BERLIN))
    window.show_page_named("today")
    line = window.pages["today"].evening
    line.refresh()
    qtbot.waitUntil(line.isVisible)
    line.button.click()
    dialog = line.dialog
    assert isinstance(dialog, EveningCheckInDialog)
    assert dialog.day == date(2026, 11, 21)
    dialog.close()
    # At 04:00 the new day has begun and its evening hasn't come yet.
    clock.set(datetime(2026, 11, 22, 4, 0, tzinfo=BERLIN))
    line.refresh()
    assert not line.isVisible()


def test_settings_changes_when_the_day_ends(qtbot, window, companion, clock):
    from companion.services.mood import MoodInput

    entry = companion.mood.log(
        MoodInput(level=3, when=datetime(2026, 11, 21, 1, 30, tzinfo=BERLIN))
    )
    assert companion.mood.get(entry).local_day == date(2026, 11, 20)
    window.show_page_named("settings")
    page = window.pages["settings"]
    page.refresh()
    assert page.day_end.time() == QTime(4, 0)
    page.day_end.setTime(QTime(1, 0))
    page.day_end.editingFinished.emit()
    assert companion.settings.get("day.ends_at") == "01:00"
    assert companion.mood.get(entry).local_day == date(2026, 11, 21)
