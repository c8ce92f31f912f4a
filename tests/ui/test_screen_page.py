"""The Screen & boundaries page over a real vault: boundaries from templates with schedules, the
evening check-in by keys with its reflection, kind progress, self-report presets, the weekly view
(stacked bars and the mood comparison's days) and the category rules editor."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt

from companion.domain.screen_categories import DEFAULT_RULES, CategoryRule
from companion.services.boundaries import WEEKDAYS
from companion.services.mood import MoodInput
from tests.ui import mood_support
from tests.ui.mood_support import START
from ui.context import AppContext
from ui.pages.screen import ScreenPage

clock = mood_support.clock
companion = mood_support.companion
mood_template = mood_support.mood_template

TODAY = START.date()  # Saturday 21 November 2026
MONDAY = date(2026, 11, 16)


@pytest.fixture
def page(qtbot, companion):
    page = ScreenPage(AppContext(companion))
    qtbot.addWidget(page)
    page.resize(960, 800)
    page.show()
    qtbot.waitExposed(page)
    return page


def test_add_a_boundary_from_a_template_with_a_weekday_schedule(qtbot, page, companion):
    dialog = page.boundaries.open_editor(None)
    qtbot.addWidget(dialog)
    dialog.choose_template("phone_free_meals")
    assert dialog.title_edit.text() == "Phone-free meals"
    dialog.weekdays.setChecked(True)
    assert dialog.save()
    [b] = companion.boundaries.list()
    assert b.template == "phone_free_meals"
    assert b.weekdays == WEEKDAYS
    assert b.schedule == "weekdays"
    assert b.title in page.boundaries.rows[b.id].title.text()
    assert page.boundaries.rows[b.id].schedule.text() == "Weekdays"
    # Saturday: nothing planned, so the check-in isn't offered today.
    assert not page.boundaries.checkin_button.isEnabled()


def test_own_words_daily_limit_on_chosen_days_then_pause_and_edit(qtbot, page, companion):
    dialog = page.boundaries.open_editor(None)
    qtbot.addWidget(dialog)
    dialog.title_edit.setText("Videos only an hour on school nights")
    dialog.kind.setCurrentIndex(dialog.kind.findData("daily_limit"))
    dialog.category.setCurrentIndex(dialog.category.findData("video"))
    dialog.limit.setValue(60)
    dialog.chosen.setChecked(True)
    for n, box in enumerate(dialog.day_boxes):
        box.setChecked(n in (0, 2, 6))
    assert dialog.save()
    [b] = companion.boundaries.list()
    assert (b.template, b.kind, b.category, b.limit_minutes) == (
        "custom",
        "daily_limit",
        "video",
        60,
    )
    assert b.weekdays == (0, 2, 6)

    page.boundaries.rows[b.id].pause.click()
    assert companion.boundaries.list() == []
    assert "paused" in page.boundaries.rows[b.id].schedule.text()
    page.boundaries.rows[b.id].pause.click()
    assert companion.boundaries.get(b.id).active

    edit = page.boundaries.open_editor(b.id)
    qtbot.addWidget(edit)
    assert edit.chosen.isChecked() and edit.limit.value() == 60
    edit.limit.setValue(45)
    assert edit.save()
    assert companion.boundaries.get(b.id).limit_minutes == 45
    page.boundaries.delete(b.id)
    assert companion.boundaries.list(include_paused=True) == []


def test_evening_checkin_by_keys_saves_and_offers_one_reflection(qtbot, page, companion):
    meals = companion.boundaries.add_from_template("phone_free_meals")
    bed = companion.boundaries.add_from_template("no_scrolling_in_bed")
    social = companion.boundaries.add_from_template("daily_limit_social")
    page.refresh()
    assert page.boundaries.checkin_button.isEnabled()
    assert "This evening" in page.boundaries.checkin_note.text()

    dialog = page.open_checkin()
    qtbot.addWidget(dialog)
    assert [r.boundary.id for r in dialog.rows] == [meals, bed, social]
    # 1 = kept, then focus moves on; 2 = partly; 3 = not today.
    qtbot.keyClick(dialog.rows[0].buttons["kept"], Qt.Key.Key_1)
    assert dialog.rows[1].buttons["kept"].hasFocus() or dialog.focusWidget() in (
        dialog.rows[1].buttons.values()
    )
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_2)
    qtbot.keyClick(dialog.rows[2].buttons["kept"], Qt.Key.Key_3)
    dialog.rows[2].note.setText("A long group chat about the weekend")
    with qtbot.waitSignal(dialog.saved):
        dialog.save_button.click()

    checks = companion.boundaries.checks_on(TODAY)
    assert {i: c.result for i, c in checks.items()} == {
        meals: "kept",
        bed: "partly",
        social: "not_today",
    }
    assert checks[social].note == "A long group chat about the weekend"

    reflection = dialog.reflection
    qtbot.addWidget(reflection)
    assert reflection.prompt == companion.reflections.offer(TODAY)
    assert reflection.prompt_label.text() == reflection.prompt.text
    reflection.answer.setPlainText("Dinner with Sam, phones in the other room.")
    assert reflection.save()
    [saved] = companion.reflections.answered_on(TODAY)
    assert saved.prompt_id == reflection.prompt.id
    assert saved.answer == "Dinner with Sam, phones in the other room."

    page.refresh()
    assert "Checked in" in page.boundaries.checkin_note.text()
    assert "Sam" in page.weekly.reflections_text.text()


def test_reflection_can_be_skipped_and_nothing_is_saved(qtbot, page, companion):
    companion.boundaries.add_from_template("phone_free_meals")
    page.refresh()
    dialog = page.open_checkin()
    qtbot.addWidget(dialog)
    qtbot.keyClick(dialog.rows[0].buttons["kept"], Qt.Key.Key_1)
    assert dialog.save()
    dialog.reflection.skip_button.click()
    assert companion.reflections.answered_on(TODAY) == []


def test_checkin_needs_at_least_one_answer(qtbot, page, companion):
    companion.boundaries.add_from_template("phone_free_meals")
    dialog = page.open_checkin()
    qtbot.addWidget(dialog)
    assert not dialog.save()
    assert "at least one" in dialog.problem.text()
    assert companion.boundaries.checks_on(TODAY) == {}


def test_progress_is_kind_and_never_a_streak(qtbot, page, companion, clock):
    clock.set(START - timedelta(days=20))
    meals = companion.boundaries.add_from_template("phone_free_meals")
    clock.set(START)
    for n in range(20, 0, -1):
        day = TODAY - timedelta(days=n)
        companion.boundaries.check_in(meals, day, "kept" if n % 3 else "not_today")
    companion.boundaries.check_in(meals, TODAY, "not_today")
    page.refresh()
    text = page.boundaries.rows[meals].progress.text()
    progress = companion.boundaries.progress(meals, TODAY)
    assert progress.kept_this_month > 0
    assert f"Kept on {progress.kept_this_month} days this month" in text
    assert "best week" not in text.lower()  # no record to live up to
    assert "streak" not in text.lower()
    weekly = page.weekly.boundaries_text.text()
    assert "streak" not in weekly.lower()
    assert "Phone-free meals: kept on" in weekly
    assert "kept on 0 days" not in weekly


def test_a_week_with_nothing_kept_says_what_happened_without_a_zero(qtbot, page, companion, clock):
    clock.set(START - timedelta(days=20))
    meals = companion.boundaries.add_from_template("phone_free_meals")
    clock.set(START)
    companion.boundaries.check_in(meals, TODAY, "not_today")
    page.refresh()
    weekly = page.weekly.boundaries_text.text()
    assert "Phone-free meals: checked in on 1 day" in weekly
    assert "0 days" not in weekly and "kept on 0" not in weekly
    # No alarm colours anywhere in the row.
    assert "red" not in page.boundaries.rows[meals].styleSheet().lower()


def test_self_report_with_presets_saves_minutes(qtbot, page, companion):
    editor = page.self_report
    assert editor.day() == TODAY
    editor.fields["social_media"].presets[30].click()
    editor.fields["video"].presets[60].click()
    editor.fields["messaging"].presets[15].click()
    editor.fields["messaging"].mins.setValue(20)
    editor.save_button.click()
    assert dict(companion.screen.day(TODAY).self_report) == {
        "social_media": 30.0,
        "messaging": 20.0,
        "video": 60.0,
    }
    assert "1 h 50 min" in editor.status.text()

    # An earlier day, as one total.
    editor.set_day(TODAY - timedelta(days=2))
    assert editor.minutes() == {}
    editor.as_total.setChecked(True)
    editor.total_field.presets[120].click()
    editor.total_field.presets[15].click()  # presets set, they don't add
    assert editor.save()
    assert dict(companion.screen.day(TODAY - timedelta(days=2)).self_report) == {"total": 15.0}
    # Going back to the first day shows what was saved there.
    editor.set_day(TODAY)
    assert editor.fields["video"].minutes() == 60
    assert editor.by_category.isChecked()


def test_weekly_stacked_bars_have_the_right_totals(qtbot, page, companion):
    figures = {
        MONDAY: {"social_media": 45, "video": 30},
        MONDAY + timedelta(days=1): {"messaging": 20},
        MONDAY + timedelta(days=3): {"social_media": 10, "messaging": 5, "other": 60},
    }
    for day, minutes in figures.items():
        companion.screen.report(day, minutes)
    companion.screen.report_total(MONDAY + timedelta(days=4), 90)
    page.refresh()
    chart = page.weekly.chart
    assert chart.plot is not None  # built when first shown
    expected = [75.0, 20.0, 0.0, 75.0, 90.0, 0.0, 0.0]
    assert chart.totals == expected
    assert chart.stacked_tops() == pytest.approx(expected)
    assert set(chart.bars) == {"social_media", "messaging", "video", "other", "total"}
    # Stacked: messaging sits on top of social media on Thursday.
    messaging = chart.bars["messaging"].opts
    assert messaging["y0"][3] * 60 == pytest.approx(10)
    assert (
        "4 h 20 min in all, about 1 h 5 min a day (days with a figure: 4)"
        in page.weekly.screen_summary.text()
    )

    page.weekly.previous.click()
    assert page.weekly.start == MONDAY - timedelta(days=7)
    assert chart.totals == [0.0] * 7
    assert page.weekly.next.isEnabled()
    page.weekly.next.click()
    assert page.weekly.start == MONDAY
    assert not page.weekly.next.isEnabled()


def test_weekly_view_says_how_many_more_days_it_needs(qtbot, page, companion, clock):
    for n in range(3):
        day = TODAY - timedelta(days=n)
        clock.set(START - timedelta(days=n))
        companion.mood.log(MoodInput(level=3 + n % 2))
        companion.screen.report(day, {"social_media": 30 + 30 * n})
    clock.set(START)
    page.refresh()
    card = page.weekly.card
    assert not card.ready
    assert card.days == 3
    text = page.weekly.mood_text.text()
    assert f"Needs {card.more_days_needed} more days" in text
    assert card.more_days_needed == 11


def test_rule_editor_round_trip(qtbot, page, companion):
    dialog = page.open_rules()
    qtbot.addWidget(dialog)
    assert tuple(dialog.rules()) == DEFAULT_RULES
    dialog.set_rules([])
    dialog.add_rule("domain", "mastodon.social", "social_media")
    dialog.add_rule("app", "Zoom", "work_study")
    dialog.categories.item(0).setText("Socials")
    dialog.add_category("Reading")
    assert dialog.save()
    assert companion.screen.rules() == (
        CategoryRule("domain", "mastodon.social", "social_media"),
        CategoryRule("app", "Zoom", "work_study"),
    )
    categories = companion.screen.categories()
    assert categories[0].label == "Socials"
    assert categories[-1].key == "reading"

    again = page.open_rules()
    qtbot.addWidget(again)
    assert again.rules() == list(companion.screen.rules())
    assert again.category_list() == categories
    again.restore_defaults()
    assert again.save()
    assert companion.screen.rules() == DEFAULT_RULES
    assert companion.settings.get("screen.rules") is None
    # The new category is there to note screen time in.
    page.refresh()
    assert "reading" in page.self_report.fields
