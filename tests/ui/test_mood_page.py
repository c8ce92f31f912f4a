"""The Mood page over a real vault: quick logging by key, the entry dialog, back-dating, filters,
the year in pixels with its accessible text, the chart, journaling and the Daylio import."""

from __future__ import annotations

import shutil
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt

from companion.services.mood import MoodInput
from companion.services.people import PersonInput
from tests.ui import mood_support
from tests.ui.mood_support import START
from ui.context import AppContext
from ui.pages.mood import MoodPage

clock = mood_support.clock
companion = mood_support.companion
mood_template = mood_support.mood_template


@pytest.fixture
def page(qtbot, companion):
    page = MoodPage(AppContext(companion))
    qtbot.addWidget(page)
    page.resize(900, 700)
    page.show()
    qtbot.waitExposed(page)
    return page


def test_a_digit_key_logs_that_level_from_the_quick_row(qtbot, page, companion):
    page.focus_quick_logger()
    qtbot.keyClick(page.quick.buttons[2], Qt.Key.Key_4)
    entries = companion.mood.entries()
    assert [e.level for e in entries] == [4]
    assert entries[0].label == "good"
    assert "Noted “good”" in page.quick.status.text()
    # The page refreshed itself through the change announcement? Not wired here: refresh by hand.
    page.refresh()
    assert page.recent.count() == 1


# Typing opens the completion popup, which the offscreen platform can't raise or grab for.
@pytest.mark.qt_log_ignore("This plugin does not support")
def test_entry_dialog_saves_emotions_tags_person_and_note(qtbot, companion):
    from ui.mood.entry_dialog import MoodEntryDialog

    sam = companion.people.add(PersonInput("Sam Rivera"))
    companion.mood.log(MoodInput(level=3, tags=["Cooking"]))
    dialog = MoodEntryDialog(AppContext(companion))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.set_level(2)
    dialog.set_energy(4)
    dialog.emotions.buttons["tired"].click()
    dialog.emotions.buttons["grateful"].click()
    # Completion is case-insensitive: "cooking" becomes the existing "Cooking".
    qtbot.keyClicks(dialog.tags.edit, "cooking")
    qtbot.keyClick(dialog.tags.edit, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.tags.edit, "long walk")
    qtbot.keyClick(dialog.tags.edit, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.people.edit, "sam rivera")
    qtbot.keyClick(dialog.people.edit, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.note, "Soup with Sam, then rain.")
    assert dialog.isVisible()  # Enter in the chip fields added chips, it didn't close the dialog
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    entry = companion.mood.get(dialog.entry_id)
    assert entry.level == 2
    assert entry.energy == 4
    assert set(entry.emotions) == {"tired", "grateful"}
    assert entry.tags == ("Cooking", "long walk")
    assert entry.people == ((sam, "Sam Rivera"),)
    assert entry.note == "Soup with Sam, then rain."
    assert entry.logged_at == START


def test_back_dating_and_editing_and_deleting(qtbot, companion):
    from ui.mood.entry_dialog import MoodEntryDialog

    dialog = MoodEntryDialog(AppContext(companion))
    qtbot.addWidget(dialog)
    dialog.set_level(5)
    dialog.set_when(START - timedelta(days=3, hours=2))
    dialog.save()
    entry = companion.mood.get(dialog.entry_id)
    assert entry.local_day == date(2026, 11, 18)
    assert entry.logged_at == START - timedelta(days=3, hours=2)

    edit = MoodEntryDialog(AppContext(companion), dialog.entry_id)
    qtbot.addWidget(edit)
    assert edit.level_group.checkedId() == 5
    edit.set_level(3)
    edit.save()
    changed = companion.mood.get(dialog.entry_id)
    assert changed.level == 3
    assert changed.logged_at == entry.logged_at  # editing kept the back-dated time

    gone = MoodEntryDialog(AppContext(companion), dialog.entry_id)
    qtbot.addWidget(gone)
    gone.delete(confirm=False)
    assert companion.mood.entries() == []


def test_saving_without_a_level_says_so_kindly(qtbot, companion):
    from ui.mood.entry_dialog import MoodEntryDialog

    dialog = MoodEntryDialog(AppContext(companion))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.save()
    assert dialog.problem.isVisible()
    assert "Choose how you feel" in dialog.problem.text()
    assert companion.mood.entries() == []


def _log_days(companion, clock):
    """Two weeks: walks on even days (level 4), none on odd days (level 2); Sam on day 0."""
    sam = companion.people.add(PersonInput("Sam Rivera"))
    for offset in range(14):
        clock.set(START - timedelta(days=offset))
        walk = offset % 2 == 0
        companion.mood.log(
            MoodInput(
                level=4 if walk else 2,
                tags=["walk"] if walk else [],
                emotions=["calm"] if walk else ["tired"],
                people=[sam] if offset == 0 else [],
            )
        )
    clock.set(START)
    return sam


def test_filters_narrow_the_list_chart_and_year(qtbot, page, companion, clock):
    sam = _log_days(companion, clock)
    page.refresh()
    assert page.recent.count() == 14
    page.tag_filter.setCurrentIndex(page.tag_filter.findData("walk"))
    assert page.recent.count() == 7
    assert all("walk" in page.recent.item(i).text() for i in range(7))
    assert len(page.pixels.means) == 7
    assert set(page.pixels.means.values()) == {4.0}
    page.reset_filters()
    page.emotion_filter.setCurrentIndex(page.emotion_filter.findData("tired"))
    assert page.recent.count() == 7
    means = [d.mean for d in page.chart.days if d.mean is not None]
    assert means and set(means) == {2.0}
    page.reset_filters()
    page.person_filter.setCurrentIndex(page.person_filter.findData(sam))
    assert page.recent.count() == 1
    page.reset_filters()
    assert page.recent.count() == 14


def test_year_in_pixels_has_a_square_per_day_with_readable_text(qtbot, page, companion, clock):
    _log_days(companion, clock)
    page.refresh()
    squares = page.pixels.squares()
    assert len(squares) == 365  # 2026 is not a leap year
    by_day = {s.data(Qt.ItemDataRole.UserRole + 1): s for s in squares}
    today = by_day["2026-11-21"]
    text = today.data(Qt.ItemDataRole.AccessibleTextRole)
    assert "good" in text and "4.0 of 5" in text
    assert today.toolTip() == text
    empty = by_day["2026-01-05"].data(Qt.ItemDataRole.AccessibleTextRole)
    assert "nothing noted" in empty
    # The text table holds one row per day with an entry.
    page.pixels.as_text.click()
    assert page.pixels.table.isVisible() and not page.pixels.grid.isVisible()
    assert page.pixels.table.rowCount() == 14
    page.pixels.set_year(2024)
    assert len(page.pixels.squares()) == 366


def test_chart_builds_with_data_and_zooms(qtbot, page, companion, clock):
    _log_days(companion, clock)
    page.refresh()
    chart = page.chart
    chart.ensure_built()
    assert chart.plot is not None
    xs, ys = chart.means_item.getData()
    assert len(xs) == 14 and sorted(set(ys)) == [2.0, 4.0]
    chart.set_span("week")
    assert len(chart.days) == 7
    xs, ys = chart.rolling_item.getData()
    assert len(xs) == 7
    assert ys[-1] == pytest.approx((4 + 2 + 4 + 2 + 4 + 2 + 4) / 7)
    chart.set_span("year")
    assert len(chart.days) == 365
    assert "Days with a mood noted: 14;" in chart.summary.text()


def test_a_prompt_answer_becomes_a_journal_entry(qtbot, page, companion):
    dialog = page.journal.open_prompt()
    qtbot.addWidget(dialog)
    # A report can include journal text, so the dialog promises only what is true.
    hint = dialog.answer.placeholderText()
    assert "Only you can read this, unless you choose to add it to a report." in hint
    assert "Nobody else" not in hint
    first = dialog.prompt.id
    dialog.another.click()
    assert dialog.prompt.id != first
    qtbot.keyClicks(dialog.answer, "My sister called out of the blue.")
    dialog.save()
    entries = companion.journal.timeline()
    assert [(e.kind, e.prompt_id, e.text) for e in entries] == [
        ("journal", dialog.prompt.id, "My sister called out of the blue.")
    ]
    assert page.journal.list.count() == 1
    page.journal.search.setText("SISTER")
    assert page.journal.list.count() == 1
    page.journal.search.setText("brother")
    assert page.journal.list.count() == 0
    assert "Nothing matches" in page.journal.empty.text()


def test_daylio_wizard_imports_a_real_file_with_a_custom_mapping(
    qtbot, companion, realdata, tmp_path
):
    from ui.mood.daylio_wizard import DaylioImportDialog

    source = tmp_path / "export.csv"
    shutil.copy(realdata / "daylio" / "MichaelCurrin_sample_multiple_moods.csv", source)
    dialog = DaylioImportDialog(AppContext(companion))
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.finished_reading, timeout=20000):
        assert dialog.choose_file(source)  # read on the task runner's worker
    preview = dialog.preview
    assert preview.unmapped  # custom names such as "Refreshed" have no default level
    assert not dialog.next.isEnabled()  # Import waits until every mood has a level
    for name in preview.unmapped:
        dialog.set_level(name, 3)
    first_known = next(n for n in preview.mood_names if n not in preview.unmapped)
    dialog.set_level(first_known, 1)
    assert dialog.next.isEnabled()
    assert dialog.start_import()
    assert dialog.summary.imported == preview.new > 0
    entries = companion.mood.entries()
    assert len(entries) == preview.new
    assert {e.source for e in entries} == {"daylio"}
    mapping = dialog.mapping()
    counts = {level: 0 for level in range(1, 6)}
    for name, n in preview.mood_counts.items():
        counts[mapping[name]] += n
    assert counts == {lv: sum(1 for e in entries if e.level == lv) for lv in range(1, 6)}
    assert "Mood entries imported:" in dialog.summary_label.text()

    again = DaylioImportDialog(AppContext(companion))
    qtbot.addWidget(again)
    with qtbot.waitSignal(again.finished_reading, timeout=20000):
        assert again.choose_file(source)
    assert again.preview.new == 0
    assert "0 new" in again.counts.text()


def test_daylio_wizard_shows_problem_rows_by_line(qtbot, companion, realdata):
    from ui.mood.daylio_wizard import DaylioImportDialog

    dialog = DaylioImportDialog(AppContext(companion))
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.finished_reading, timeout=20000):
        assert dialog.choose_file(realdata / "daylio" / "DeutscheGabanna_ok_8col.csv")
    assert dialog.preview.problems
    line = dialog.preview.problems[0].line
    assert f"Line {line}:" in dialog.problems.text()


def test_daylio_wizard_explains_an_unreadable_file(qtbot, companion, tmp_path):
    from ui.mood.daylio_wizard import DaylioImportDialog

    bad = tmp_path / "not-daylio.csv"
    bad.write_text("name,phone\nAna,123\n", encoding="utf-8")
    dialog = DaylioImportDialog(AppContext(companion))
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.finished_reading, timeout=20000):
        dialog.choose_file(bad)
    assert dialog.preview is None
    assert dialog.choose_problem.isVisible()
    assert "not-daylio.csv" in dialog.choose_problem.text()
    assert dialog.stack.currentIndex() == 0
