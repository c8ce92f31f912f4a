"""The person's own feelings through the real widgets: managed in Settings (add, rename by
editing the row, take off the list), offered as chips in the mood dialog and in the Mood page's
filter, and kept on a past mood after leaving the list."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from companion.services.mood import EMOTIONS, MoodInput
from tests.ui import mood_support
from ui.context import AppContext
from ui.mood.entry_dialog import MoodEntryDialog
from ui.mood.feelings import built_in_labels, feeling_choices
from ui.mood.settings_group import MoodSettingsGroup
from ui.pages.mood import MoodPage

clock = mood_support.clock
companion = mood_support.companion
mood_template = mood_support.mood_template


@pytest.fixture
def group(qtbot, companion):
    group = MoodSettingsGroup(AppContext(companion))
    qtbot.addWidget(group)
    group.resize(800, 600)
    group.show()
    group.refresh()
    return group


def test_every_built_in_feeling_has_its_word() -> None:
    assert tuple(built_in_labels()) == EMOTIONS


def test_settings_add_rename_and_take_off_the_list(qtbot, group, companion):
    own = group.own_feelings
    assert own.empty.isVisible() and not own.list.isVisible()
    qtbot.keyClicks(own.new_name, "Proud")
    qtbot.keyClick(own.new_name, Qt.Key.Key_Return)
    assert companion.mood.own_emotions() == ["Proud"]
    assert own.list.isVisible() and own.list.item(0).text() == "Proud"
    assert own.new_name.text() == ""
    # The same word again, or a built-in one, is refused with one plain line and nothing changes.
    qtbot.keyClicks(own.new_name, "calm")
    qtbot.mouseClick(own.add_button, Qt.MouseButton.LeftButton)
    assert own.problem.isVisible() and "already" in own.problem.text()
    assert companion.mood.own_emotions() == ["Proud"]
    own.new_name.clear()

    entry = companion.mood.log(MoodInput(level=4, emotions=["Proud"]))
    own.list.setCurrentRow(0)
    assert own.rename_button.isEnabled()
    own.list.item(0).setText("Chuffed")  # what editing the row in place does
    qtbot.waitUntil(lambda: companion.mood.own_emotions() == ["Chuffed"])
    assert companion.mood.get(entry).emotions == ("Chuffed",)
    qtbot.waitUntil(lambda: own.list.count() == 1 and own.list.item(0).text() == "Chuffed")
    assert not own.problem.isVisible()

    own.list.setCurrentRow(0)
    qtbot.mouseClick(own.remove_button, Qt.MouseButton.LeftButton)
    assert companion.mood.own_emotions() == []
    assert companion.mood.get(entry).emotions == ("Chuffed",)  # the past mood still reads it
    assert own.empty.isVisible()


def test_own_feelings_are_chips_and_a_filter(qtbot, companion):
    companion.mood.add_emotion("Proud")
    dialog = MoodEntryDialog(AppContext(companion))
    qtbot.addWidget(dialog)
    dialog.show()
    assert list(dialog.emotions.buttons)[-1] == "Proud"
    dialog.set_level(4)
    dialog.emotions.buttons["Proud"].click()
    dialog.emotions.buttons["calm"].click()
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    entry = dialog.entry_id
    assert companion.mood.get(entry).emotions == ("calm", "Proud")

    page = MoodPage(AppContext(companion))
    qtbot.addWidget(page)
    page.resize(900, 700)
    page.show()
    qtbot.waitExposed(page)
    page.refresh()
    combo = page.emotion_filter
    index = combo.findData("Proud")
    assert index > 0 and combo.itemText(index) == "Proud"
    combo.setCurrentIndex(index)
    assert page.filter.emotion == "Proud"
    assert page.recent.count() == 1 and "Proud" in page.recent.item(0).text()

    # Off the list: no chip for a new mood; editing the old one keeps it.
    companion.mood.remove_emotion("Proud")
    fresh = MoodEntryDialog(AppContext(companion))
    qtbot.addWidget(fresh)
    assert "Proud" not in fresh.emotions.buttons
    editing = MoodEntryDialog(AppContext(companion), entry)
    qtbot.addWidget(editing)
    editing.show()
    assert editing.emotions.buttons["Proud"].isChecked()
    editing.note.setPlainText("a good day")
    editing.save()
    assert companion.mood.get(entry).emotions == ("calm", "Proud")
    # The filter still finds the moods that have it.
    page.refresh()
    assert page.emotion_filter.findData("Proud") > 0
    companion.mood.delete(entry)
    page.refresh()
    assert page.emotion_filter.findData("Proud") == -1  # no mood has it any more


def test_an_own_feeling_spelled_like_a_translation_reads_apart() -> None:
    labels = built_in_labels()
    choices = feeling_choices([*EMOTIONS, labels["calm"]])
    assert len({shown for shown, _name in choices}) == len(choices)
