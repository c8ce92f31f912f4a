"""Check-ins over a real vault: the runner by keyboard, drafts and resuming, the PHQ-9 item-9 card,
the result view's wording, the history chart and the overview's re-take note."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from companion.assessments import NOT_A_DIAGNOSIS, find_instrument
from tests.ui import mood_support
from tests.ui.mood_support import START
from ui.pages.checkins import CheckinsPage

clock = mood_support.clock
companion = mood_support.companion
mood_template = mood_support.mood_template

DIGITS = [getattr(Qt.Key, f"Key_{n}") for n in range(10)]


@pytest.fixture
def page(qtbot, companion):
    page = CheckinsPage(companion)
    qtbot.addWidget(page)
    page.resize(900, 700)
    page.show()
    qtbot.waitExposed(page)
    return page


def answer_by_keys(qtbot, runner, positions):
    """Press the shown number of each answer (1-based), then Enter."""
    for position in positions:
        qtbot.keyClick(runner.focusWidget() or runner, DIGITS[position])
        qtbot.keyClick(runner.focusWidget() or runner, Qt.Key.Key_Return)


def test_phq9_by_keyboard_is_scored_and_stored(qtbot, page, companion):
    runner = page.start("phq9", resume=False)
    # Positions 1..4 stand for values 0..3; item 9 answered "Not at all" (position 1).
    answer_by_keys(qtbot, runner, [2, 2, 3, 1, 2, 1, 2, 1, 1])
    stored = companion.checkins.history("phq9")
    assert len(stored) == 1
    result = stored[0]
    assert result.answers == (1, 1, 2, 0, 1, 0, 1, 0, 0)
    assert result.total == 6
    assert result.band == "mild"
    assert companion.checkins.draft("phq9") is None
    assert runner.safety_card is None  # item 9 was 0: no card
    view = page.result_view
    assert page.stack.currentWidget() is view
    text = view.all_text()
    assert "“Mild”" in text
    assert NOT_A_DIAGNOSIS in text
    assert find_instrument("phq9").attribution in text
    assert "6 (from 0 to 27)" in text


def test_backspace_goes_back_and_changes_an_answer(qtbot, page, companion):
    runner = page.start("gad7", resume=False)
    answer_by_keys(qtbot, runner, [4, 4])
    assert runner.index == 2
    qtbot.keyClick(runner.focusWidget(), Qt.Key.Key_Backspace)
    assert runner.index == 1
    answer_by_keys(qtbot, runner, [1, 1, 1, 1, 1, 1])
    result = companion.checkins.history("gad7")[0]
    assert result.answers == (3, 0, 0, 0, 0, 0, 0)
    assert result.band == "minimal"


def test_an_interrupted_check_in_resumes_where_it_stopped(qtbot, page, companion):
    runner = page.start("who5", resume=False)
    # WHO-5 lists "All of the time" (5) first, so positions 1, 2, 3 are the values 5, 4, 3.
    answer_by_keys(qtbot, runner, [1, 2])
    qtbot.keyClick(runner.focusWidget(), DIGITS[3])  # third answer picked but Enter not pressed
    draft = companion.checkins.draft("who5")
    assert draft is not None and draft.answers == (5, 4, 3, None, None)
    runner.stop()
    assert page.stack.currentWidget() is page.overview
    card = page.cards["who5"]
    assert card.continue_button.isVisible()
    assert "3 of 5" in card.draft.text()

    # A fresh page (as after closing the app) offers to continue and starts at question 4.
    again = CheckinsPage(companion)
    qtbot.addWidget(again)
    again.show()
    assert again.cards["who5"].continue_button.isVisible()
    again.cards["who5"].continue_button.click()
    resumed = again.runner
    assert resumed.index == 3
    assert "Question 4 of 5" in resumed.counter.text()
    answer_by_keys(qtbot, resumed, [1, 1])
    result = companion.checkins.history("who5")[0]
    assert result.answers == (5, 4, 3, 5, 5)
    assert result.total == 22
    assert result.percentage == 88


def test_item_9_above_zero_brings_the_card_right_after_it(qtbot, page, companion):
    helped = []
    page.help_requested.connect(lambda: helped.append(True))
    runner = page.start("phq9", resume=False)
    answer_by_keys(qtbot, runner, [1] * 8)
    assert runner.safety_card is None
    qtbot.keyClick(runner.focusWidget(), DIGITS[2])  # item 9: "Several days"
    assert runner.safety_card is None  # nothing before the answer is confirmed
    qtbot.keyClick(runner.focusWidget(), Qt.Key.Key_Return)
    card = runner.safety_card
    assert card is not None and runner.stack.currentWidget() is card
    assert "Thank you for answering honestly" in card.title.text()
    # The crisis line for the chosen country (GB) is right there.
    assert "United Kingdom" in card.crisis.text()
    assert "116 123" in card.crisis.text()
    # Nothing was saved as a result yet; the draft holds every answer.
    assert companion.checkins.history("phq9") == []
    assert companion.checkins.draft("phq9").answers == (0,) * 8 + (1,)
    card.help_button.click()
    assert helped == [True]
    assert runner.stack.currentWidget() is card  # seeing help doesn't lose the place
    runner.continue_button.click()
    result = companion.checkins.history("phq9")[0]
    assert "phq9_item9" in result.flags
    view = page.result_view
    assert "“Need help now?”" in view.all_text()
    assert "doctor, a counsellor" in view.all_text()


def test_stopping_at_the_card_keeps_the_draft(qtbot, page, companion):
    runner = page.start("phq9", resume=False)
    answer_by_keys(qtbot, runner, [1] * 8 + [3])
    assert runner.safety_card is not None
    stop = [
        b for b in runner.safety_card.findChildren(type(runner.back)) if b.text() == "Stop for now"
    ]
    stop[0].click()
    assert page.stack.currentWidget() is page.overview
    assert companion.checkins.history("phq9") == []
    assert companion.checkins.draft("phq9").answers == (0,) * 8 + (2,)


def test_no_card_for_other_instruments_or_item_9_at_zero(qtbot, page, companion):
    runner = page.start("gad7", resume=False)
    answer_by_keys(qtbot, runner, [4] * 7)
    assert runner.safety_card is None
    assert companion.checkins.history("gad7")[0].band == "severe"
    assert page.result_view.suggestion is not None


def test_result_view_names_a_cutoff_uncertainty(qtbot, page, companion):
    runner = page.start("ucla3", resume=False)
    answer_by_keys(qtbot, runner, [3, 3, 2])
    view = page.result_view
    assert view.cutoff is not None
    assert view.cutoff.text() == find_instrument("ucla3").cutoff_note
    assert NOT_A_DIAGNOSIS in view.all_text()


def test_overview_shows_last_result_and_due_for_retake(qtbot, page, companion, clock):
    clock.set(START - timedelta(days=20))
    companion.checkins.save("who5", [3, 3, 3, 3, 3])
    clock.set(START)
    companion.checkins.save("gad7", [0] * 7)
    page.refresh()
    who5 = page.cards["who5"]
    assert "Last:" in who5.last.text()
    assert who5.due.isVisible()
    assert "re-take" in who5.due.text()
    assert not page.cards["gad7"].due.isVisible()
    assert page.cards["phq9"].last.text() == "Not taken yet."
    assert set(page.cards) == {"who5", "phq9", "gad7", "ucla3", "lsns6", "phq2"}


def test_history_chart_draws_results_and_band_thresholds(qtbot, page, companion, clock):
    for days, answers in ((30, [2] * 9), (15, [1] * 9), (0, [0] * 9)):
        clock.set(START - timedelta(days=days))
        companion.checkins.save("phq9", answers)
    clock.set(START)
    box = page.show_history("phq9")
    chart = box.chart
    chart.ensure_built()
    chart.refresh()
    xs, ys = chart.points.getData()
    assert len(xs) == 3
    assert list(ys) == [18, 9, 0]
    # PHQ-9 has five bands: four thresholds between them.
    assert sorted(line.value() for line in chart.band_lines) == [4.5, 9.5, 14.5, 19.5]
    assert "Moderately severe" in chart.summary.text()
