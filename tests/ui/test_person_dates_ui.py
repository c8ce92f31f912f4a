"""Other dates, nickname and related names in the real UI: added, changed and removed in the
person editor by keyboard, shown on the person's page, on Today's "Coming up" card and in People's
"Dates coming up" filter."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from companion.domain.planners.cadence import BirthdayDate
from companion.domain.planners.special_dates import SpecialDate
from companion.services.people import PersonInput
from tests.ui import people_support
from ui.context import AppContext
from ui.pages.people import UPCOMING, PeoplePage
from ui.people.dates_fields import NO_YEAR, DateRow
from ui.people.detail import PersonDialog
from ui.people.editor import PersonEditor

clock = people_support.clock
companion = people_support.companion
people_template = people_support.people_template
# START is Saturday 21 November 2026, noon, in Berlin.


def _shape(view) -> list[tuple]:
    return [(d.kind, d.label, d.month, d.day, d.year, d.yearly) for d in view.dates]


def _focused():
    return QApplication.focusWidget()


def test_add_dates_nickname_and_a_related_name_by_keyboard(qtbot, companion):
    editor = PersonEditor(AppContext(companion), None)
    qtbot.addWidget(editor)
    editor.show()
    editor.activateWindow()  # Alt+letter shortcuts act in the active window
    qtbot.waitUntil(editor.isActiveWindow)
    qtbot.keyClicks(editor.name, "Noor Tahir")
    qtbot.keyClicks(editor.nickname, "Nono")
    # Alt+D adds a date and puts the focus on its first field.
    qtbot.keyClick(editor.nickname, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: len(editor.dates.rows) == 1)
    first: DateRow = editor.dates.rows[0]
    qtbot.waitUntil(lambda: _focused() is first.kind)
    assert first.kind.currentData() == "anniversary" and first.every_year.isChecked()
    first.month.setCurrentIndex(5)  # June
    first.day.setValue(15)
    first.year.setValue(2010)
    qtbot.keyClick(_focused(), Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: len(editor.dates.rows) == 2)
    second: DateRow = editor.dates.rows[1]
    second.kind.setCurrentIndex(second.kind.findData("custom"))
    qtbot.keyClicks(second.label, "Moving day")
    second.month.setCurrentIndex(0)
    second.day.setValue(10)
    second.year.setValue(2027)
    qtbot.keyClick(second.every_year, Qt.Key.Key_Space)  # once, not every year
    assert not second.every_year.isChecked()
    qtbot.keyClick(_focused(), Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: len(editor.related.rows) == 1)
    relative = editor.related.rows[0]
    qtbot.waitUntil(lambda: _focused() is relative.label)
    qtbot.keyClicks(relative.label, "sister")
    qtbot.keyClicks(relative.name, "Amal")
    qtbot.keyClick(editor.name, Qt.Key.Key_Return)  # Enter saves

    [noor] = companion.people.list()
    assert noor.nickname == "Nono"
    assert _shape(noor) == [
        ("custom", "Moving day", 1, 10, 2027, False),
        ("anniversary", "", 6, 15, 2010, True),
    ]
    assert noor.related == (("sister", "Amal"),)


def test_a_date_without_a_name_or_year_is_a_plain_message_and_nothing_is_saved(qtbot, companion):
    pid = companion.people.add(PersonInput("Bo"))
    editor = PersonEditor(AppContext(companion), pid)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.mouseClick(editor.dates.add_button, Qt.MouseButton.LeftButton)
    row = editor.dates.rows[0]
    row.kind.setCurrentIndex(row.kind.findData("custom"))
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert editor.problem.isVisibleTo(editor)
    assert "give this date a name" in editor.problem.text()
    qtbot.keyClicks(row.label, "Trip")
    qtbot.keyClick(row.every_year, Qt.Key.Key_Space)  # once...
    assert not row.every_year.isChecked()
    assert row.year.value() == NO_YEAR  # ...but no year
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert "needs a year" in editor.problem.text()
    assert companion.people.get(pid).dates == ()
    assert editor.isVisible()


def test_edit_and_remove_dates_and_names_keeps_the_rest(qtbot, companion):
    pid = companion.people.add(
        PersonInput(
            "Cy",
            birthday=BirthdayDate(3, 1),
            contacts=[("email", "", "cy@example.org")],
            nickname="C",
            dates=[SpecialDate("anniversary", 6, 15, 2010), SpecialDate("custom", 9, 1, label="X")],
            related=[("spouse", "Dee"), ("son", "Eli")],
        )
    )
    editor = PersonEditor(AppContext(companion), pid)
    qtbot.addWidget(editor)
    editor.show()
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    assert editor.nickname.text() == "C"
    assert [r.special_date().kind for r in editor.dates.rows] == ["anniversary", "custom"]
    editor.dates.rows[0].day.setValue(16)
    remove = editor.dates.rows[1].remove
    remove.setFocus()
    qtbot.keyClick(remove, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: len(editor.dates.rows) == 1)
    qtbot.waitUntil(lambda: _focused() is editor.dates.add_button)  # not lost with the row
    qtbot.mouseClick(editor.related.rows[0].remove, Qt.MouseButton.LeftButton)
    editor.nickname.clear()
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    cy = companion.people.get(pid)
    assert _shape(cy) == [("anniversary", "", 6, 16, 2010, True)]
    assert cy.related == (("son", "Eli"),)
    assert cy.nickname == ""
    assert cy.birthday == BirthdayDate(3, 1) and cy.contacts == (("email", "", "cy@example.org"),)


def test_the_person_page_shows_them(qtbot, companion):
    pid = companion.people.add(
        PersonInput(
            "Di",
            nickname="Didi",
            dates=[
                SpecialDate("anniversary", 6, 15, 2010),
                SpecialDate("custom", 1, 10, 2027, label="Moving day", yearly=False),
            ],
            related=[("spouse", "Jenny"), ("", "Max")],
        )
    )
    dialog = PersonDialog(AppContext(companion), pid)
    qtbot.addWidget(dialog)
    dialog.show()
    texts = "\n".join(label.text() for label in dialog.findChildren(type(dialog.name_label)))
    assert "Also called: Didi" in texts
    assert "Moving day: 10 January 2027 (once)" in texts
    assert "Anniversary: 15 June 2010" in texts
    assert "Related: Jenny (spouse), Max" in texts


@pytest.fixture
def dated(companion):
    add = companion.people.add
    add(PersonInput("Ada", dates=[SpecialDate("anniversary", 11, 22, 2016)]))  # tomorrow
    add(PersonInput("Bo", dates=[SpecialDate("custom", 12, 1, label="Graduation")]))
    add(PersonInput("Cy", dates=[SpecialDate("custom", 11, 20, 2026, label="Trip", yearly=False)]))
    add(PersonInput("Di", birthday=BirthdayDate(11, 22), dates=[SpecialDate("anniversary", 1, 1)]))
    return companion


def test_today_card_and_people_filter_include_other_dates(qtbot, dated):
    from ui.pages.today import TodayPage

    page = TodayPage(AppContext(dated))
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    texts = [w.text() for w in page.upcoming.findChildren(type(page.date_label))]
    assert "Ada’s anniversary, tomorrow (10 years)" in texts
    assert "Di’s birthday, tomorrow" in texts
    assert any(t.startswith("Graduation (Bo), ") and "(in 10 days)" in t for t in texts)
    assert not any("Trip" in t for t in texts)  # it happened once, and has passed

    people = PeoplePage(AppContext(dated))
    qtbot.addWidget(people)
    people.show()
    people.refresh()
    people.status_filter.setCurrentIndex(people.status_filter.findData(UPCOMING))
    model = people.model
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == ["Ada", "Di", "Bo"]


def test_the_import_wizard_previews_and_imports_dates_and_names_of_real_cards(
    qtbot, companion, realdata
):
    from tests.ui.people_support import finish_reading
    from ui.people.import_wizard import ImportContactsWizard

    wizard = ImportContactsWizard(AppContext(companion))
    qtbot.addWidget(wizard)
    wizard.show()
    folder = realdata / "vcard"
    wizard.set_files(
        [folder / "ezvcard_John_Doe_GMAIL.vcf", folder / "ezvcard_John_Doe_MAC_ADDRESS_BOOK.vcf"]
    )
    qtbot.mouseClick(wizard.read_button, Qt.MouseButton.LeftButton)
    finish_reading(qtbot, wizard)
    assert wizard.stack.currentWidget() is wizard.preview_page
    details = [wizard.table.item(r, 1).text() for r in range(wizard.table.rowCount())]
    assert "1 other date" in details[0] and "related: Jenny" in details[0]
    assert "nickname Johny" in details[1] and "related: Jenny" in details[1]
    with qtbot.waitSignal(wizard.imported):
        qtbot.mouseClick(wizard.import_button, Qt.MouseButton.LeftButton)
    # Both cards are one John Doe (the same email): one person, with the anniversary of one and
    # the nickname of the other, and the spouse both name once.
    assert (wizard.summary.added, wizard.summary.merged) == (1, 1)
    [john] = companion.people.list()
    assert john.nickname == "Johny"
    assert _shape(john) == [("anniversary", "", 3, 1, 1975, True)]
    assert john.related == (("spouse", "Jenny"),)


def test_the_editor_grows_with_its_rows_and_keeps_its_buttons_in_sight(qtbot, companion):
    editor = PersonEditor(AppContext(companion), None)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    before = editor.scroll.minimumHeight()
    for _ in range(3):
        qtbot.mouseClick(editor.dates.add_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(editor.related.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.scroll.minimumHeight() > before)
    screen = editor.screen().availableGeometry().height()
    assert editor.scroll.minimumHeight() <= screen
    qtbot.waitUntil(lambda: editor.height() >= editor.sizeHint().height())
    assert editor.buttons.geometry().bottom() <= editor.height()


def test_a_date_nudge_in_the_banner_snoozes_then_comes_back(qtbot, companion, clock):
    from datetime import timedelta

    from ui.nudges.banner import NudgeBanner

    companion.settings.set("nudges.quiet_start", "00:00")
    companion.settings.set("nudges.quiet_end", "00:00")
    pid = companion.people.add(PersonInput("Eve", dates=[SpecialDate("anniversary", 11, 23)]))
    companion.interactions.log([pid], when=clock.now())
    plan = companion.nudges.plan()
    banner = NudgeBanner(companion)
    qtbot.addWidget(banner)
    banner.show_plan(plan)
    assert banner.title.text() == "Coming up: Eve's anniversary"
    assert banner.log_button.isVisible() and banner.person_ids() == [pid]
    qtbot.mouseClick(banner.snooze_button, Qt.MouseButton.LeftButton)
    assert not companion.nudges.plan()  # snoozed for a day
    clock.advance(timedelta(days=1, minutes=1))
    again = companion.nudges.plan()
    assert [n.kind for n in again.nudges] == ["date"]
