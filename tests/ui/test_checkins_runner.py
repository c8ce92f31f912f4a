"""Check-ins over a real vault: the runner by keyboard, drafts and resuming, the PHQ-9 item-9 card,
the result view's wording, the history chart and the overview's re-take note."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from companion.domain.assessments import NOT_A_DIAGNOSIS, find_instrument
from tests.ui import mood_support
from tests.ui.mood_support import START
from ui.context import AppContext
from ui.pages.checkins import CheckinsPage

clock = mood_support.clock
companion = mood_support.companion
mood_template = mood_support.mood_template

DIGITS = [getattr(Qt.Key, f"Key_{n}") for n in range(10)]


@pytest.fixture
def page(qtbot, companion):
    page = CheckinsPage(AppContext(companion))
    qtbot.addWidget(page)
    page.resize(900, 700)
    page.show()
    qtbot.waitExposed(page)
    return page


def answer_by_keys(qtbot, runner, values):
    """Press each answer's shown number (its published value), then Enter."""
    for value in values:
        qtbot.keyClick(runner.focusWidget() or runner, DIGITS[value])
        qtbot.keyClick(runner.focusWidget() or runner, Qt.Key.Key_Return)


def skip_closing(qtbot, runner):
    assert runner.on_closing()
    qtbot.keyClick(runner.focusWidget() or runner, Qt.Key.Key_Return)


def test_answers_show_their_published_values(qtbot, page):
    runner = page.start("phq9", resume=False)
    shown = [b.text().split()[0] for b in runner.option_buttons]
    assert shown == ["0", "1", "2", "3"]
    assert runner.option_buttons[0].text().endswith("Not at all")
    assert runner.option_buttons[3].accessibleName() == "3: Nearly every day"
    assert "number beside an answer" in runner.keys_hint.text()
    # Pressing 0 chooses "Not at all", the answer shown with 0.
    qtbot.keyClick(runner.focusWidget(), DIGITS[0])
    assert runner.answers[0] == 0
    qtbot.keyClick(runner.focusWidget(), DIGITS[3])
    assert runner.answers[0] == 3
    # The WHO-5 lists 5 "All of the time" first, and shows 5 beside it.
    who5 = page.start("who5", resume=False)
    assert [b.text().split()[0] for b in who5.option_buttons] == ["5", "4", "3", "2", "1", "0"]


def test_phq9_by_keyboard_is_scored_and_stored(qtbot, page, companion):
    runner = page.start("phq9", resume=False)
    answer_by_keys(qtbot, runner, [1, 1, 2, 0, 1, 0, 1, 0, 0])
    skip_closing(qtbot, runner)
    stored = companion.checkins.history("phq9")
    assert len(stored) == 1
    result = stored[0]
    assert result.answers == (1, 1, 2, 0, 1, 0, 1, 0, 0)
    assert result.total == 6
    assert result.band == "mild"
    assert result.difficulty is None  # skipped
    assert companion.checkins.draft("phq9") is None
    assert runner.safety_card is None  # item 9 was 0: no card
    view = page.result_view
    assert page.stack.currentWidget() is view
    text = view.all_text()
    assert "“Mild depression symptoms (PHQ-9 5–9)”" in text
    assert NOT_A_DIAGNOSIS in text
    assert find_instrument("phq9").attribution in text
    assert "6 (the range is 0 to 27)" in text
    # Every answer with its published value, never the key's position.
    assert (
        "3. Trouble falling or staying asleep, or sleeping too much: 2 “More than half the days”"
        in text
    )
    assert "4. Feeling tired or having little energy: 0 “Not at all”" in text
    assert view.item9 is None


def test_the_closing_question_is_asked_skippable_and_kept(qtbot, page, companion):
    runner = page.start("gad7", resume=False)
    answer_by_keys(qtbot, runner, [1, 0, 0, 0, 0, 0, 0])
    assert runner.on_closing()
    closing = find_instrument("gad7").closing
    assert runner.closing_question.text() == closing.text
    assert [b.text() for b in runner.closing_buttons][1].endswith("Somewhat difficult")
    qtbot.keyClick(runner.focusWidget(), Qt.Key.Key_Backspace)  # back to question 7
    assert not runner.on_closing() and runner.index == 6
    qtbot.keyClick(runner.focusWidget(), Qt.Key.Key_Return)
    assert runner.on_closing()
    qtbot.keyClick(runner.focusWidget(), DIGITS[3])  # third choice: "Very difficult"
    qtbot.keyClick(runner.focusWidget(), Qt.Key.Key_Return)
    result = companion.checkins.history("gad7")[0]
    assert (result.total, result.difficulty) == (1, 2)
    assert f"{closing.text} “Very difficult”" in page.result_view.all_text()

    # Nothing checked off: the question that begins "If you checked off any problems" is not asked.
    runner = page.start("phq9", resume=False)
    answer_by_keys(qtbot, runner, [0] * 9)
    assert companion.checkins.history("phq9")[0].difficulty is None
    assert page.stack.currentWidget() is page.result_view


def test_backspace_goes_back_and_changes_an_answer(qtbot, page, companion):
    runner = page.start("gad7", resume=False)
    answer_by_keys(qtbot, runner, [3, 3])
    assert runner.index == 2
    qtbot.keyClick(runner.focusWidget(), Qt.Key.Key_Backspace)
    assert runner.index == 1
    answer_by_keys(qtbot, runner, [0, 0, 0, 0, 0, 0])
    skip_closing(qtbot, runner)
    result = companion.checkins.history("gad7")[0]
    assert result.answers == (3, 0, 0, 0, 0, 0, 0)
    assert result.band == "minimal"


def test_an_interrupted_check_in_resumes_where_it_stopped(qtbot, page, companion):
    runner = page.start("who5", resume=False)
    answer_by_keys(qtbot, runner, [5, 4])
    qtbot.keyClick(runner.focusWidget(), DIGITS[3])  # third answer picked but Enter not pressed
    draft = companion.checkins.draft("who5")
    assert draft is not None and draft.answers == (5, 4, 3, None, None)
    runner.stop()
    assert page.stack.currentWidget() is page.overview
    card = page.cards["who5"]
    assert card.continue_button.isVisible()
    assert "3 of 5" in card.draft.text()

    # A fresh page (as after closing the app) offers to continue and starts at question 4.
    again = CheckinsPage(AppContext(companion))
    qtbot.addWidget(again)
    again.show()
    assert again.cards["who5"].continue_button.isVisible()
    again.cards["who5"].continue_button.click()
    resumed = again.runner
    assert resumed.index == 3
    assert "Question 4 of 5" in resumed.counter.text()
    answer_by_keys(qtbot, resumed, [5, 5])
    result = companion.checkins.history("who5")[0]
    assert result.answers == (5, 4, 3, 5, 5)
    assert result.total == 22
    assert result.percentage == 88


def test_item_9_above_zero_brings_the_card_right_after_it(qtbot, page, companion):
    helped = []
    page.help_requested.connect(lambda: helped.append(True))
    runner = page.start("phq9", resume=False)
    answer_by_keys(qtbot, runner, [1, 1] + [0] * 6)
    assert runner.safety_card is None
    qtbot.keyClick(runner.focusWidget(), DIGITS[1])  # item 9: 1 "Several days"
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
    assert companion.checkins.draft("phq9").answers == (1, 1) + (0,) * 6 + (1,)
    card.help_button.click()
    assert helped == [True]
    assert runner.stack.currentWidget() is card  # seeing help doesn't lose the place
    runner.continue_button.click()
    skip_closing(qtbot, runner)
    result = companion.checkins.history("phq9")[0]
    assert "phq9_item9" in result.flags
    assert (result.total, result.band) == (3, "minimal")
    view = page.result_view
    text = view.all_text()
    # Question 9 opens the result, calmly, before the band (total 3 alone says "minimal").
    assert view.item9 is not None
    assert text.index("Question 9 first:") < text.index("Minimal or no depression symptoms")
    assert "1 “Several days”" in view.item9.text()
    assert "“Need help now?”" in text
    assert "doctor, a counsellor" in text
    layout = view.layout()
    order = [layout.itemAt(i).widget() for i in range(layout.count())]
    assert order.index(view.item9) < order.index(view.band)


def test_stopping_at_the_card_keeps_the_draft(qtbot, page, companion):
    runner = page.start("phq9", resume=False)
    answer_by_keys(qtbot, runner, [0] * 8 + [2])
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
    answer_by_keys(qtbot, runner, [3] * 7)
    skip_closing(qtbot, runner)
    assert runner.safety_card is None
    assert companion.checkins.history("gad7")[0].band == "severe"
    assert page.result_view.suggestion is not None


def test_result_view_names_a_cutoff_uncertainty(qtbot, page, companion):
    runner = page.start("ucla3", resume=False)
    answer_by_keys(qtbot, runner, [3, 3, 2])  # UCLA-3 shows 1, 2, 3: the keys are the same
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


def test_history_marks_results_where_question_9_was_above_zero(qtbot, page, companion, clock):
    for days, answers in ((30, [1] * 8 + [0]), (15, [0] * 8 + [2]), (0, [0] * 9)):
        clock.set(START - timedelta(days=days))
        companion.checkins.save("phq9", answers)
    clock.set(START)
    box = page.show_history("phq9")
    chart = box.chart
    chart.ensure_built()
    chart.refresh()
    lines = chart.summary.text().splitlines()[1:]
    assert lines[-1] == "Each is a screening result, not a diagnosis."
    lines = lines[:-1]
    assert len(lines) == 3
    marked = [ln for ln in lines if "question 9" in ln.lower()]
    assert len(marked) == 1
    assert marked[0].startswith(lines[1][:6])  # the middle result, 15 days ago
    # Question 9 leads that line, before the band; with its published value.
    assert marked[0].index("2 “More than half the days”") < marked[0].index("Minimal")
    _xs, ys = chart.item9_points.getData()
    assert list(ys) == [2]  # the marked result, drawn with its own shape
    assert chart.item9_points.opts["symbol"] != chart.points.opts["symbol"]


def test_the_overview_names_question_9_first_on_the_last_result(qtbot, page, companion):
    companion.checkins.save("phq9", [0] * 8 + [1])
    companion.checkins.save("gad7", [1] * 7)
    page.refresh()
    last = page.cards["phq9"].last.text()
    assert last.startswith("Last: question 9 answered 1 “Several days”;")
    assert last.index("question 9") < last.index("Minimal or no depression symptoms")
    assert "question 9" not in page.cards["gad7"].last.text()


# --- the language of the form ----------------------------------------------------------------------


def runner_in(qtbot, companion, instrument, language):
    from ui.checkins.runner import QuestionnaireRunner

    runner = QuestionnaireRunner(companion, instrument, resume=False, language=language)
    qtbot.addWidget(runner)
    runner.resize(800, 600)
    runner.show()
    qtbot.waitExposed(runner)
    return runner


def test_an_official_translation_is_shown_in_its_words_and_scored_the_same(qtbot, companion):
    from companion.domain.official_texts import official_text

    spanish = official_text("phq9", "es")
    runner = runner_in(qtbot, companion, "phq9", "es")
    assert runner.language_note is None
    assert runner.instructions.text() == spanish.instructions
    assert runner.question.text() == spanish.items[0]
    assert runner.option_buttons[1].text() == "1   Varios días"
    answer_by_keys(qtbot, runner, [1, 1, 2, 0, 1, 0, 1, 0, 0])
    assert runner.on_closing()
    assert runner.closing_question.text() == spanish.closing.text
    skip_closing(qtbot, runner)
    stored = companion.checkins.history("phq9")[0]
    # The same answers on the English form score 6, "mild": the words never change the score.
    assert (stored.total, stored.band) == (6, "mild")


def test_without_an_official_translation_the_english_form_says_so_calmly(qtbot, companion):
    runner = runner_in(qtbot, companion, "gad7", "es")
    assert runner.language_note is not None
    note = runner.language_note.text()
    assert note == (
        "This questionnaire is shown in English: there is no official translation of it yet."
    )
    assert runner.instructions.text() == find_instrument("gad7").instructions
    assert runner.question.text() == find_instrument("gad7").items[0]
    english = runner_in(qtbot, companion, "gad7", "en")
    assert english.language_note is None


def test_the_result_keeps_the_language_of_the_words_answered(qtbot, companion):
    german = runner_in(qtbot, companion, "phq9", "de")
    assert german.question.text() == "Wenig Interesse oder Freude an Ihren Tätigkeiten"
    answer_by_keys(qtbot, german, [1, 1, 2, 0, 1, 0, 1, 0, 0])
    skip_closing(qtbot, german)
    qtbot.waitUntil(lambda: german.result is not None)
    assert (german.result.language, german.result.total) == ("de", 6)
    # No official Spanish UCLA-3: the English form is shown, and the result says English.
    english = runner_in(qtbot, companion, "ucla3", "es")
    answer_by_keys(qtbot, english, [1, 2, 1])
    qtbot.waitUntil(lambda: english.result is not None)
    assert english.result.language == "en"
    assert companion.checkins.history("ucla3")[0].language == "en"


def test_a_resumed_check_in_keeps_the_language_it_was_started_in(qtbot, companion):
    from ui.checkins.runner import QuestionnaireRunner

    started = runner_in(qtbot, companion, "phq2", "de")
    answer_by_keys(qtbot, started, [2])
    assert companion.checkins.draft("phq2").language == "de"
    # The app's language is Spanish now; the draft goes on in German, so one check-in is
    # answered in one language.
    resumed = QuestionnaireRunner(companion, "phq2", resume=True, language="es")
    qtbot.addWidget(resumed)
    assert resumed.form.language == "de"
    assert resumed.question.text() == "Niedergeschlagenheit, Schwermut oder Hoffnungslosigkeit"
    resumed.show()
    qtbot.waitExposed(resumed)
    answer_by_keys(qtbot, resumed, [1])
    qtbot.waitUntil(lambda: resumed.result is not None)
    assert (resumed.result.language, resumed.result.answers) == ("de", (2, 1))


def test_a_question_card_is_as_tall_as_its_question_not_the_overview(qtbot, page):
    """In a short window the overview's cards need more height than a question; the question
    card keeps its own height (its buttons in sight), and the page does not scroll for it."""
    from PySide6.QtWidgets import QScrollArea

    page.resize(700, 480)
    area = next(a for a in page.findChildren(QScrollArea) if a.isVisible())
    qtbot.waitUntil(lambda: area.verticalScrollBar().maximum() > 0)  # the overview scrolls
    runner = page.start("phq2", resume=False)
    width = runner.width()
    qtbot.waitUntil(lambda: page.stack.height() <= runner.heightForWidth(width) + 2)
    assert page.stack.height() < page.overview.heightForWidth(width)
    qtbot.waitUntil(lambda: area.verticalScrollBar().maximum() == 0)
    assert runner.next.isVisible()
    page.show_overview()
    qtbot.waitUntil(lambda: area.verticalScrollBar().maximum() > 0)
    assert page.stack.currentWidget() is page.overview


def test_the_result_and_the_history_say_the_language_quietly(qtbot, page, companion, clock):
    companion.checkins.save("phq9", [0] * 9)  # from before the language was kept: not recorded
    clock.advance(days=1)
    companion.checkins.save("phq9", [1] + [0] * 8, language="es")
    clock.advance(days=1)
    english = companion.checkins.save("phq9", [0, 1] + [0] * 7, language="en")
    view = page.show_result(english)
    assert view.language.text() == "Answered in English, the original form."
    assert view.language.text() in view.all_text()
    page.show_history("phq9")
    items = page.history_view.results.list
    texts = [items.item(n).text() for n in range(items.count())]  # newest first
    assert not texts[0].endswith("Spanish") and not texts[2].endswith("Spanish")
    assert texts[1].endswith(" · Spanish")
    assert items.item(1).toolTip() == "Answered in Spanish (official translation, Pfizer)."
    assert "not recorded" in items.item(2).toolTip()


def test_a_result_answered_in_german_shows_its_answers_in_the_german_words(qtbot, page, companion):
    result = companion.checkins.save("phq9", [1] + [0] * 7 + [1], language="de")
    view = page.show_result(result)
    text = view.all_text()
    assert "1. Wenig Interesse oder Freude an Ihren Tätigkeiten: 1 “An einzelnen Tagen”" in text
    assert "Gedanken, dass Sie lieber tot wären" in view.item9.text()
    assert view.language.text() == "Answered in German (official translation, Pfizer)."
    page.show_overview()
    page.refresh()
    assert "question 9 answered 1 “An einzelnen Tagen”" in page.cards["phq9"].last.text()
