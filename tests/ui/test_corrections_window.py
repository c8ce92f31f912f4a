"""In the whole window: a mood logged with one key from Ctrl+M's dialog can be taken back from the
window's undo bar once the dialog has closed, a removal on a page refreshes the other pages that
show it, and the shortcut sheet lists the keys of record lists."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from ui.record_keys import remove_question

NATIVE = QKeySequence.SequenceFormat.NativeText


def _window(launch, profile_dir, qtbot):
    controller = launch(profile_dir)
    qtbot.waitUntil(lambda: controller.companion is not None)
    return controller, controller.window


def test_a_one_key_mood_from_its_dialog_is_undone_in_the_window(qtbot, launch, profile_dir):
    controller, window = _window(launch, profile_dir, qtbot)
    dialog = window.log_mood()
    qtbot.keyClick(dialog.row, Qt.Key.Key_5)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert [e.level for e in controller.companion.mood.entries()] == [5]
    bar = window.undo_bar
    assert bar.isVisible() and bar.label.text() == "Noted “great”."
    qtbot.mouseClick(bar.button, Qt.MouseButton.LeftButton)
    assert controller.companion.mood.entries() == []
    assert not bar.isVisible()


def test_a_removal_refreshes_the_other_pages_and_undo_too(qtbot, launch, profile_dir):
    controller, window = _window(launch, profile_dir, qtbot)
    from companion.services.mood import MoodInput

    controller.companion.mood.log(MoodInput(level=2, note="rainy walk"))
    window.show_page_named("mood")
    mood = window.current_page()
    qtbot.waitUntil(lambda: mood.recent.count() == 1)
    journal = mood.journal
    qtbot.waitUntil(lambda: journal.list.count() == 1)  # the mood note is in the journal too
    mood.recent.setCurrentRow(0)
    mood.remove_selected()
    remove_question(window).remove_button.click()
    qtbot.waitUntil(lambda: mood.recent.count() == 0 and journal.list.count() == 0)
    window.undo_last()
    qtbot.waitUntil(lambda: mood.recent.count() == 1 and journal.list.count() == 1)


def test_the_sheet_lists_the_keys_of_record_lists(qtbot, launch, profile_dir):
    _controller, window = _window(launch, profile_dir, qtbot)
    rows = dict((what, keys) for keys, what in window.shortcut_rows())
    assert rows["Remove the selected record (asks first)"] == QKeySequence("Delete").toString(
        NATIVE
    )
    assert QKeySequence("F2").toString(NATIVE) in rows["Edit the selected record"]
    assert rows["Undo a removal or a quick mood, for a few seconds"] == QKeySequence(
        "Ctrl+Z"
    ).toString(NATIVE)
    # Listed, never taken from the window: Delete and Enter stay with the field that has focus.
    listed_only = [a for a in window.shortcut_actions if a.text() == "Edit the selected record"]
    assert listed_only and not listed_only[0].isEnabled()
