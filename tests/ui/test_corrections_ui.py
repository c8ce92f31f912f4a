"""Fixing what was logged, through the real widgets: each kind of record is edited or removed where
it is shown, a remove asks first, Undo (button or Ctrl+Z) puts back exactly what was there, and
the offer runs out (driven by the timer's own slot, never by waiting)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from sqlmodel import select

from companion.services.mood import MoodInput
from companion.storage.models import MoodEntry
from tests.ui import mood_support
from ui.context import AppContext
from ui.record_keys import remove_question
from ui.undo_bar import undo_bar_for

clock = mood_support.clock
companion = mood_support.companion
mood_template = mood_support.mood_template


def mood_rows(companion) -> list[dict]:
    with companion.vault.session() as s:
        return [r.model_dump() for r in s.exec(select(MoodEntry).order_by(MoodEntry.id)).all()]


def answer(window, remove: bool, qtbot) -> None:
    qtbot.waitUntil(lambda: remove_question(window) is not None)
    box = remove_question(window)
    (box.remove_button if remove else box.escapeButton()).click()


def shown(widget, qtbot):
    qtbot.addWidget(widget)
    widget.resize(900, 760)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def mood_page(qtbot, companion):
    from ui.pages.mood import MoodPage

    page = shown(MoodPage(AppContext(companion)), qtbot)
    page.refresh()
    return page


def test_a_mood_is_removed_after_asking_and_undo_restores_it_exactly(
    qtbot, mood_page, companion, clock
):
    when = clock.now() - timedelta(days=2, hours=3)
    companion.mood.log(
        MoodInput(level=2, emotions=["tired"], tags=["Work"], note="long day", when=when)
    )
    mood_page.refresh()
    before = mood_rows(companion)
    mood_page.recent.setCurrentRow(0)
    mood_page.recent.setFocus()
    qtbot.keyClick(mood_page.recent, Qt.Key.Key_Delete)
    answer(mood_page.window(), False, qtbot)  # “Keep it” keeps it
    assert mood_rows(companion) == before
    qtbot.keyClick(mood_page.recent, Qt.Key.Key_Delete)
    answer(mood_page.window(), True, qtbot)
    assert mood_rows(companion) == []
    bar = undo_bar_for(mood_page)
    assert bar.isVisible() and bar.label.text() == "Mood removed."
    qtbot.mouseClick(bar.button, Qt.MouseButton.LeftButton)
    assert mood_rows(companion) == before
    assert not bar.isVisible()
    mood_page.refresh()
    assert "long day" in mood_page.recent.item(0).text()


def test_the_undo_offer_runs_out(qtbot, mood_page, companion):
    companion.mood.log(MoodInput(level=4))
    mood_page.refresh()
    mood_page.recent.setCurrentRow(0)
    mood_page.remove_selected()
    answer(mood_page.window(), True, qtbot)
    bar = undo_bar_for(mood_page)
    assert bar.pending and bar.timer.isActive()
    bar.timer.timeout.emit()  # the few seconds are up
    assert not bar.isVisible() and not bar.pending
    qtbot.keyClick(mood_page.recent, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert mood_rows(companion) == []


def test_a_one_key_mood_can_be_taken_back(qtbot, mood_page, companion):
    mood_page.focus_quick_logger()
    qtbot.keyClick(mood_page.quick.buttons[2], Qt.Key.Key_2)
    assert [e.level for e in companion.mood.entries()] == [2]
    bar = undo_bar_for(mood_page)
    assert bar.isVisible() and "Noted" in bar.label.text()
    qtbot.keyClick(mood_page.quick.buttons[2], Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert companion.mood.entries() == []
    assert "Taken back" in mood_page.quick.status.text()


def test_a_journal_entry_is_edited_and_removed_with_undo(qtbot, companion, clock):
    from companion.storage.models import JournalEntry
    from ui.mood.journal import JournalList

    entry = companion.journal.write("A walk by the river.")
    journal = shown(JournalList(AppContext(companion)), qtbot)
    journal.refresh()
    journal.list.setCurrentRow(0)
    journal.list.setFocus()
    qtbot.keyClick(journal.list, Qt.Key.Key_F2)
    dialog = journal.edit_dialog
    assert dialog.isVisible() and dialog.text.toPlainText() == "A walk by the river."
    dialog.text.setPlainText("A long walk by the river.")
    dialog.save()
    assert companion.journal.get(entry).text == "A long walk by the river."

    def table():
        with companion.vault.session() as s:
            return [r.model_dump() for r in s.exec(select(JournalEntry)).all()]

    before = table()
    journal.list.setCurrentRow(0)
    qtbot.keyClick(journal.list, Qt.Key.Key_Delete)
    answer(journal.window(), True, qtbot)
    assert table() == [] and journal.list.count() == 0
    undo_bar_for(journal).undo()
    assert table() == before and journal.list.count() == 1


def test_a_check_in_result_is_removed_not_edited_and_comes_back(qtbot, companion):
    from ui.pages.checkins import CheckinsPage

    first = companion.checkins.save("who5", [1, 1, 1, 1, 1])
    companion.checkins.save("who5", [4, 4, 4, 4, 4])
    page = shown(CheckinsPage(AppContext(companion)), qtbot)
    box = page.show_history("who5")
    results = box.results
    assert results.list.count() == 2
    results.list.setCurrentRow(1)  # the older one
    results.list.setFocus()
    qtbot.keyClick(results.list, Qt.Key.Key_F2)  # a snapshot: nothing to edit
    assert not hasattr(results, "edit_dialog")
    qtbot.keyClick(results.list, Qt.Key.Key_Delete)
    answer(page.window(), True, qtbot)
    assert [r.total for r in companion.checkins.history("who5")] == [20]
    bar = undo_bar_for(page)
    qtbot.mouseClick(bar.button, Qt.MouseButton.LeftButton)
    history = companion.checkins.history("who5")
    assert [r.id for r in history][-1] == first.id
    assert history[-1].taken_at == first.taken_at and history[-1].answers == first.answers
    assert results.list.count() == 2


def test_the_week_lists_screen_time_check_ins_and_reflections_to_fix(qtbot, companion, clock):
    from companion.services.boundaries import BoundaryInput
    from ui.pages.screen import ScreenPage

    day = clock.now().date() - timedelta(days=1)
    companion.screen.report(day, {"social_media": 50})
    boundary = companion.boundaries.add(BoundaryInput(title="Phone-free dinner"))
    companion.boundaries.check_in(boundary, day, "partly", "a late call")
    prompt = companion.reflections.offer()
    reflection = companion.reflections.answer(prompt.id, "Calmer evenings.")
    page = shown(ScreenPage(AppContext(companion)), qtbot)
    page.refresh()
    records = page.weekly.records
    texts = [records.list.item(i).text() for i in range(records.list.count())]
    assert len(texts) == 3
    assert any("50 min" in t for t in texts)
    assert any("Phone-free dinner: partly kept" in t for t in texts)
    assert any("Calmer evenings." in t for t in texts)

    def row(word: str) -> int:
        return next(i for i, t in enumerate(texts) if word in t)

    # A reflection is corrected in place.
    records.list.setCurrentRow(row("Calmer"))
    records.list.setFocus()
    qtbot.keyClick(records.list, Qt.Key.Key_F2)
    records.edit_dialog.text.setPlainText("Calmer evenings, mostly.")
    records.edit_dialog.save()
    assert companion.reflections.answered_on(clock.now().date())[0].answer == (
        "Calmer evenings, mostly."
    )
    # A day's screen time opens in the editor above.
    texts = [records.list.item(i).text() for i in range(records.list.count())]
    records.list.setCurrentRow(row("50 min"))
    qtbot.keyClick(records.list, Qt.Key.Key_F2)
    assert page.self_report.day() == day
    # A check-in opens that evening's check-in.
    records.list.setCurrentRow(row("Phone-free"))
    qtbot.keyClick(records.list, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.dialog is not None and page.dialog.isVisible())
    assert page.dialog.day == day
    page.dialog.reject()
    # Each one removed and put back.
    for word, gone in (
        ("50 min", lambda: companion.screen.day(day).source is None),
        ("Phone-free", lambda: companion.boundaries.checks_on(day) == {}),
        ("Calmer", lambda: companion.reflections.answered_on(clock.now().date()) == []),
    ):
        texts = [records.list.item(i).text() for i in range(records.list.count())]
        records.list.setCurrentRow(row(word))
        qtbot.keyClick(records.list, Qt.Key.Key_Delete)
        answer(page.window(), True, qtbot)
        assert gone() and records.list.count() == 2
        undo_bar_for(page).undo()
        assert not gone() and records.list.count() == 3
    assert companion.boundaries.checks_on(day)[boundary].note == "a late call"
    assert reflection == companion.reflections.answered_on(clock.now().date())[0].id
