"""The circles map (a marker per person, shape by status, a keyboard list) and the vCard wizard."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.ui import people_support
from tests.ui.people_support import add_people, finish_reading
from ui.context import AppContext
from ui.people.circles_map import SHAPE, STATUS, CirclesMapDialog
from ui.people.common import STATUS_SHAPES
from ui.people.import_wizard import ImportContactsWizard

clock = people_support.clock
companion = people_support.companion
people_template = people_support.people_template


def test_circles_map_has_a_marker_per_person_shaped_by_status(qtbot, companion, clock):
    ids = add_people(companion, clock)
    dialog = CirclesMapDialog(AppContext(companion))
    qtbot.addWidget(dialog)
    dialog.show()
    markers = dialog.map.markers()
    assert len(markers) == 3
    by_name = {m.toolTip().split("\n")[0]: m for m in markers}
    assert by_name["Ana Lima"].data(STATUS) == "overdue"
    assert by_name["Ana Lima"].data(SHAPE) == "heart"
    assert by_name["Ben Okafor"].data(SHAPE) == "diamond"
    assert by_name["Cleo Park"].data(SHAPE) == "circle"
    assert "No chat noted yet" in by_name["Ana Lima"].toolTip()
    for m in markers:
        assert m.data(SHAPE) == STATUS_SHAPES[m.data(STATUS)]
    # Ben, in the innermost circle, sits nearer the middle than the close network.
    assert by_name["Ben Okafor"].boundingRect().center().manhattanLength() < (
        by_name["Cleo Park"].boundingRect().center().manhattanLength()
    )

    # Clicking a marker and Enter in the list both open that person.
    with qtbot.waitSignal(dialog.person_chosen) as chosen:
        point = dialog.map.mapFromScene(by_name["Cleo Park"].boundingRect().center())
        qtbot.mouseClick(dialog.map.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert chosen.args == [ids["Cleo Park"]]
    dialog.list.setFocus()
    dialog.list.setCurrentRow(0)  # the innermost circle comes first: Ben
    with qtbot.waitSignal(dialog.person_chosen) as chosen:
        qtbot.keyClick(dialog.list, Qt.Key.Key_Return)
    assert chosen.args == [ids["Ben Okafor"]]


def test_circles_can_be_renamed_and_given_a_new_rhythm(qtbot, companion, clock):
    add_people(companion, clock)
    dialog = CirclesMapDialog(AppContext(companion))
    qtbot.addWidget(dialog)
    dialog.circle_choice.setCurrentIndex(dialog.circle_choice.findText("Close network"))
    assert dialog.circle_cadence.value() == 30
    dialog.circle_name.setText("Good friends")
    dialog.circle_cadence.setValue(60)
    qtbot.mouseClick(dialog.save_circle, Qt.MouseButton.LeftButton)
    circle = next(c for c in companion.people.circles() if c.name == "Good friends")
    assert circle.default_cadence_days == 60
    # Ana (40 days, never contacted) is no longer due on a 60-day rhythm.
    ana = next(p for p in companion.people.list() if p.name == "Ana Lima")
    assert ana.status == "on_track"
    dialog.circle_name.setText("  ")
    qtbot.mouseClick(dialog.save_circle, Qt.MouseButton.LeftButton)
    assert dialog.problem.text() == "A circle needs a name."


@pytest.fixture
def wizard(qtbot, companion):
    w = ImportContactsWizard(AppContext(companion))
    qtbot.addWidget(w)
    w.show()
    return w


def read(qtbot, wizard, paths) -> None:
    wizard.set_files(paths)
    qtbot.mouseClick(wizard.read_button, Qt.MouseButton.LeftButton)
    finish_reading(qtbot, wizard)


def test_wizard_imports_real_files_after_preview_and_nothing_before(
    qtbot, wizard, companion, realdata
):
    files = [
        realdata / "vcard" / "ezvcard_John_Doe_IPHONE.vcf",
        realdata / "vcard" / "folkerkinzel_WhatsAppIssue.vcf",
    ]
    assert not wizard.photos.isChecked()
    read(qtbot, wizard, files)
    assert wizard.stack.currentWidget() is wizard.preview_page
    assert companion.people.list() == []  # nothing written before Import
    names = [wizard.table.item(r, 0).text() for r in range(wizard.table.rowCount())]
    assert len(names) == len(wizard.preview.contacts) >= 2
    assert all(c.photo is None for c in wizard.preview.contacts)  # photos off by default
    # Leave the first one out, put the rest in the innermost circle.
    first = wizard.table.item(0, 0).data(Qt.ItemDataRole.UserRole)
    wizard.set_decision(first, "skip")
    wizard.default_circle.setCurrentIndex(wizard.default_circle.findText("Support clique"))
    qtbot.mouseClick(wizard.set_all_circles, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(wizard.imported):
        qtbot.mouseClick(wizard.import_button, Qt.MouseButton.LeftButton)
    people = companion.people.list()
    assert sorted(p.name for p in people) == sorted(names[1:])
    assert {p.circle_name for p in people} == {"Support clique"}
    assert wizard.summary.added == len(names) - 1 and wizard.summary.skipped == 1
    assert wizard.done_label.text().startswith(f"People added: {len(names) - 1}")


def test_wizard_offers_to_merge_someone_already_known(qtbot, wizard, companion, realdata):
    path = realdata / "vcard" / "ezvcard_John_Doe_GMAIL.vcf"
    read(qtbot, wizard, [path])
    first_name = wizard.preview.contacts[0].name
    qtbot.mouseClick(wizard.import_button, Qt.MouseButton.LeftButton)
    assert [p.name for p in companion.people.list()] == [first_name]

    again = ImportContactsWizard(AppContext(companion))
    qtbot.addWidget(again)
    read(qtbot, again, [path])
    box = again.decision_boxes[again.preview.contacts[0].position]
    assert box.currentData() == "merge"
    assert "looks like" in again.table.item(0, 1).text()
    qtbot.mouseClick(again.import_button, Qt.MouseButton.LeftButton)
    # The same card again brings nothing new: nothing changes, and the summary says so.
    assert again.summary.unchanged == 1 and again.summary.added == 0
    assert len(companion.people.list()) == 1


def test_wizard_says_plainly_when_a_file_is_not_a_vcard(qtbot, wizard, tmp_path, companion):
    wrong = tmp_path / "notes.vcf"
    wrong.write_text("shopping: eggs, milk\n")
    read(qtbot, wizard, [wrong])
    assert wizard.stack.currentWidget() is wizard.choose_page
    assert (
        wizard.choose_problem.text()
        == "notes.vcf doesn't look like a vCard file (no BEGIN:VCARD found)."
    )
    assert companion.people.list() == []


def test_wizard_lists_malformed_cards_with_their_positions(qtbot, wizard, tmp_path, realdata):
    good = (realdata / "vcard" / "ezvcard_rfc6350-example.vcf").read_text(encoding="utf-8")
    broken = "BEGIN:VCARD\r\nVERSION:3.0\r\nBDAY:not a date at all\r\nEND:VCARD\r\n"
    path = tmp_path / "mixed.vcf"
    path.write_text(good + broken, encoding="utf-8")
    read(qtbot, wizard, [path])
    assert wizard.stack.currentWidget() is wizard.preview_page
    problems = [wizard.problems_list.item(i).text() for i in range(wizard.problems_list.count())]
    assert problems and all(p.startswith("mixed.vcf, card ") for p in problems)
    assert any("card 2" in p for p in problems)


def test_cancel_while_reading_writes_nothing(qtbot, wizard, tmp_path, realdata, companion):
    # A big file (thousands of cards) so Cancel lands while the worker is still reading.
    source = (realdata / "vcard" / "ezvcard_John_Doe_ANDROID.vcf").read_bytes()
    big = tmp_path / "big.vcf"
    with big.open("wb") as f:
        for _ in range(600):
            f.write(source)
    wizard.set_files([big])
    wizard.start_reading()
    assert wizard.stack.currentWidget() is wizard.reading_page
    qtbot.mouseClick(wizard.cancel_button, Qt.MouseButton.LeftButton)
    finish_reading(qtbot, wizard)
    qtbot.waitUntil(lambda: wizard.task is None, timeout=30000)
    assert wizard.stack.currentWidget() is wizard.choose_page
    assert wizard.choose_problem.text() == "Cancelled. Nothing was changed."
    assert wizard.preview is None
    assert companion.people.list() == []


def _card(*lines: str) -> str:
    return "BEGIN:VCARD\r\nVERSION:3.0\r\n" + "".join(f"{x}\r\n" for x in lines) + "END:VCARD\r\n"


def test_wizard_shows_a_possible_duplicate_side_by_side(qtbot, wizard, companion, tmp_path):
    path = tmp_path / "two-anas.vcf"
    path.write_text(
        _card("FN:Ana Costa", "EMAIL:ana@work.example")
        + _card("FN:Ana Costa", "EMAIL:ana@home.example"),
        encoding="utf-8",
    )
    read(qtbot, wizard, [path])
    assert wizard.stack.currentWidget() is wizard.pairs_page
    assert wizard.pairs_table.rowCount() == 1
    assert "ana@home.example" in wizard.pairs_table.item(0, 0).text()
    assert "ana@work.example" in wizard.pairs_table.item(0, 1).text()
    assert wizard.pair_boxes[2].currentData() == "import"  # keep both unless told
    wizard.set_pair_decision(2, "merge")
    qtbot.mouseClick(wizard.pairs_next, Qt.MouseButton.LeftButton)
    assert wizard.stack.currentWidget() is wizard.preview_page
    assert wizard.decision_boxes[2].currentData() == "merge"
    qtbot.mouseClick(wizard.import_button, Qt.MouseButton.LeftButton)
    assert [p.name for p in companion.people.list()] == ["Ana Costa"]
    assert "Ana Costa into Ana Costa" in wizard.done_details.toPlainText()


def test_wizard_offers_the_complete_cards_of_a_cut_file(qtbot, wizard, companion, tmp_path):
    path = tmp_path / "cut.vcf"
    path.write_text(
        _card("FN:Whole One") + "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Half", encoding="utf-8"
    )
    read(qtbot, wizard, [path])
    assert wizard.stack.currentWidget() is wizard.choose_page
    assert "ends in the middle of a card (card 2" in wizard.choose_problem.text()
    assert wizard.complete_button.isVisibleTo(wizard)
    assert companion.people.list() == []
    qtbot.mouseClick(wizard.complete_button, Qt.MouseButton.LeftButton)
    finish_reading(qtbot, wizard)
    assert wizard.stack.currentWidget() is wizard.preview_page
    assert [c.name for c in wizard.preview.contacts] == ["Whole One"]


def test_wizard_lets_the_user_choose_the_character_set(qtbot, wizard, tmp_path):
    path = tmp_path / "hebrew.vcf"
    path.write_bytes(_card("N:קישון;אפרים", "FN:אפרים קישון").encode("cp1255"))
    read(qtbot, wizard, [path])
    if wizard.preview.contacts[0].name == "אפרים קישון":
        return  # recognised outright: nothing to choose
    assert wizard.encoding_box.isVisibleTo(wizard)
    index = wizard.encoding_box.findData("cp1255")
    assert "אפרים קישון" in wizard.encoding_box.itemText(index)
    wizard.encoding_box.setCurrentIndex(index)
    wizard.encoding_box.activated.emit(index)
    finish_reading(qtbot, wizard)
    assert wizard.preview.contacts[0].name == "אפרים קישון"
