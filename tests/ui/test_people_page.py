"""The People page over a real vault: sort by how due, search as you type, filters, status words."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from companion.services.people import PersonInput
from tests.ui import people_support
from tests.ui.people_support import add_people
from ui.context import AppContext
from ui.pages.people import PeoplePage
from ui.people.common import STATUS_SHAPES
from ui.people.model import STATUS_ROLE

# Fixtures from the shared support module: a fake clock and a real vault per test.
clock = people_support.clock
companion = people_support.companion
people_template = people_support.people_template


@pytest.fixture
def page(qtbot, companion, clock):
    ids = add_people(companion, clock)
    page = PeoplePage(AppContext(companion))
    qtbot.addWidget(page)
    page.show()
    page.ids = ids
    return page


def names(page) -> list[str]:
    model = page.model
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def test_rows_are_sorted_most_due_first_with_status_words(page):
    assert names(page) == ["Ana Lima", "Ben Okafor", "Cleo Park"]
    model = page.model
    statuses = [model.index(r, 3).data() for r in range(3)]
    assert statuses == ["Due for a hello", "Due soon", "On track"]
    assert [model.index(r, 0).data(STATUS_ROLE) for r in range(3)] == [
        "overdue",
        "due_soon",
        "on_track",
    ]
    # Last contact is in words; status has an icon besides the words.
    assert model.index(0, 2).data() == "No chat noted yet"
    assert model.index(1, 2).data() == "6 days ago"
    assert model.index(2, 2).data() == "Today"
    assert not model.index(0, 3).data(Qt.ItemDataRole.DecorationRole).isNull()
    assert "due for a hello" in page.summary.text().lower() or "hello" in page.summary.text()
    assert len(set(STATUS_SHAPES.values())) == 3


def test_search_as_you_type_matches_names_numbers_and_tags(qtbot, page):
    qtbot.keyClicks(page.search, "cle")
    assert names(page) == ["Cleo Park"]
    page.search.clear()
    qtbot.keyClicks(page.search, "1234567")
    assert names(page) == ["Ana Lima"]
    page.search.clear()
    qtbot.keyClicks(page.search, "climb")
    assert names(page) == ["Ben Okafor"]
    page.search.clear()
    qtbot.keyClicks(page.search, "nobody at all")
    assert names(page) == []
    assert "No one matches" in page.summary.text()
    page.search.clear()
    assert len(names(page)) == 3


def test_filters_by_circle_tag_and_status(page):
    page.circle_filter.setCurrentIndex(page.circle_filter.findText("Support clique"))
    assert names(page) == ["Ben Okafor"]
    page.circle_filter.setCurrentIndex(0)
    page.tag_filter.setCurrentIndex(page.tag_filter.findData("school"))
    assert names(page) == ["Ana Lima"]
    page.tag_filter.setCurrentIndex(0)
    page.status_filter.setCurrentIndex(page.status_filter.findData("on_track"))
    assert names(page) == ["Cleo Park"]
    page.status_filter.setCurrentIndex(page.status_filter.findData("overdue"))
    assert names(page) == ["Ana Lima"]
    assert page.status_filter.currentText() == "Due for a hello"


def test_archived_people_hide_until_asked_for(page, companion):
    companion.people.set_archived(page.ids["Cleo Park"])
    page.refresh()
    assert "Cleo Park" not in names(page)
    page.show_archived.setChecked(True)
    assert "Cleo Park (archived)" in names(page)


def test_enter_on_a_row_opens_that_person(qtbot, page):
    page.table.setFocus()
    page.select_person(page.ids["Ben Okafor"])
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert page.dialog is not None
    assert page.dialog.person_id == page.ids["Ben Okafor"]
    assert page.dialog.windowTitle() == "Ben Okafor"
    assert page.dialog.status_words.text() == "Due soon"
    page.dialog.close()


def test_five_hundred_people_fill_one_model(qtbot, companion):
    companion.people.add_many([PersonInput(f"Person {n:03}") for n in range(500)])
    page = PeoplePage(AppContext(companion))
    qtbot.addWidget(page)
    page.show()
    assert page.model.rowCount() == 500
    # One view, no widget per row.
    assert len(page.findChildren(type(page.table))) == 1
    qtbot.keyClicks(page.search, "Person 49")
    assert names(page) == [f"Person {n}" for n in range(490, 500)]


def test_no_praise_while_someone_is_due_soon(qtbot, companion, clock):
    # Ben is due soon and nobody is overdue: the page doesn't say "on track", nor praise anyone.
    ids = add_people(companion, clock)
    companion.people.set_archived(ids["Ana Lima"])
    page = PeoplePage(AppContext(companion))
    qtbot.addWidget(page)
    page.show()
    text = page.summary.text()
    assert "on track" not in text.lower() and "nicely" not in text.lower()
    assert "soon" in text
    # Once Ben is in touch too, nobody is due or due soon: a plain, kind line.
    companion.interactions.log([ids["Ben Okafor"]], when=clock.now())
    page.reload()
    text = page.summary.text()
    assert text == "You're in touch with everyone as often as you hoped."
    assert "nicely" not in text.lower() and "done" not in text.lower()
