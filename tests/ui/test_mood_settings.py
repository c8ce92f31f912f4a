"""Mood and check-in settings over a real vault: renaming the levels, the reminder time and the
re-take interval are saved and reach the rest of the app."""

from __future__ import annotations

from datetime import timedelta

import pytest

from tests.ui import mood_support
from tests.ui.mood_support import START
from ui.context import AppContext
from ui.mood.settings_group import MoodSettingsGroup

clock = mood_support.clock
companion = mood_support.companion
mood_template = mood_support.mood_template


@pytest.fixture
def group(qtbot, companion):
    group = MoodSettingsGroup(AppContext(companion))
    qtbot.addWidget(group)
    group.show()
    group.refresh()
    return group


def test_renaming_a_level_is_saved(group, companion):
    assert [e.text() for e in group.label_edits] == ["awful", "bad", "meh", "good", "great"]
    group.label_edits[2].setText("  so-so ")
    group.save_labels()
    assert companion.mood.labels() == ("awful", "bad", "so-so", "good", "great")
    group.label_edits[0].setText("")
    group.save_labels()
    assert "needs a name" in group.problem.text()
    assert companion.mood.labels()[0] == "awful"
    group._reset_labels()
    assert companion.mood.labels() == ("awful", "bad", "meh", "good", "great")


def test_reminder_time_and_retake_interval(group, companion, clock):
    group.remind.setChecked(True)
    assert companion.settings.get("mood.reminder_at") == "20:00"
    group.retake.setValue(30)
    group.save_retake()
    assert companion.settings.get("assessments.retake_days") == 30
    clock.set(START - timedelta(days=20))
    companion.checkins.save("who5", [3] * 5)
    clock.set(START)
    assert companion.checkins.due_for_retake() == []  # 20 days < the chosen 30
