"""The "This evening" line: offered in the evening when boundaries are planned and not yet checked
in on; gone once the check-in is saved, and never on a day with nothing planned."""

from __future__ import annotations

from datetime import timedelta

from tests.ui import mood_support
from tests.ui.mood_support import START
from ui.context import AppContext
from ui.screen.today_line import EveningCheckInLine, evening_starts

clock = mood_support.clock
companion = mood_support.companion
mood_template = mood_support.mood_template


def test_the_line_comes_in_the_evening_and_goes_after_the_check_in(qtbot, companion, clock):
    line = EveningCheckInLine(AppContext(companion))
    qtbot.addWidget(line)
    meals = companion.boundaries.add_from_template("phone_free_meals")
    line.refresh()
    assert not line.due()
    clock.set(START + timedelta(hours=8, minutes=30))  # 20:30
    line.refresh()
    assert line.due()
    dialog = line.open_checkin()
    qtbot.addWidget(dialog)
    dialog.rows[0].set_result("kept")
    assert dialog.save()
    assert not line.due()
    assert companion.boundaries.checks_on(clock.now().date())[meals].result == "kept"
    if dialog.reflection is not None:
        qtbot.addWidget(dialog.reflection)


def test_nothing_planned_means_no_line(qtbot, companion, clock):
    companion.boundaries.add_from_template("phone_free_meals", weekdays=(0, 1, 2, 3, 4))
    clock.set(START + timedelta(hours=9))  # Saturday 21:00
    line = EveningCheckInLine(AppContext(companion))
    qtbot.addWidget(line)
    assert not line.due()


def test_an_earlier_reminder_brings_the_evening_forward():
    assert evening_starts(None).hour == 17
    assert evening_starts("20:30").hour == 17
    assert (evening_starts("16:15").hour, evening_starts("16:15").minute) == (16, 15)
