"""A person's history: an interaction is corrected in the log dialog and removed (after asking) with
Undo, and the last-contact table stays equal to the interactions themselves throughout."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from sqlmodel import select

from companion.services.people import PersonInput
from companion.storage.models import Interaction, InteractionPerson, LastContact
from tests.ui import people_support
from ui.context import AppContext
from ui.record_keys import remove_question
from ui.undo_bar import undo_bar_for

clock = people_support.clock
companion = people_support.companion
people_template = people_support.people_template

AGGREGATE = (
    "SELECT ip.person_id, max(i.occurred_at) FROM interactionperson ip "
    "JOIN interaction i ON i.id = ip.interaction_id GROUP BY ip.person_id"
)


def state(companion):
    with companion.vault.session() as s:
        return (
            [r.model_dump() for r in s.exec(select(Interaction)).all()],
            sorted((r.interaction_id, r.person_id) for r in s.exec(select(InteractionPerson))),
        )


def last_contact_is_right(companion) -> bool:
    with companion.vault.session() as s:
        table = {r.person_id: r.occurred_at for r in s.exec(select(LastContact)).all()}
        worked_out = {}
        for link in s.exec(select(InteractionPerson)).all():
            at = s.get(Interaction, link.interaction_id).occurred_at
            worked_out[link.person_id] = max(at, worked_out.get(link.person_id, at))
    return table == worked_out


def test_an_interaction_is_corrected_and_removed_from_the_history(qtbot, companion, clock):
    from ui.people.detail import PersonDialog

    sam = companion.people.add(PersonInput(name="Sam"))
    ana = companion.people.add(PersonInput(name="Ana"))
    older = clock.now() - timedelta(days=12)
    companion.interactions.log([sam], when=older, channel="call")
    recent = clock.now() - timedelta(days=1, hours=2, seconds=17)
    latest = companion.interactions.log([sam, ana], when=recent, feeling=4, note="coffee")
    dialog = PersonDialog(AppContext(companion), sam)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.history.setCurrentRow(0)
    dialog.history.setFocus()

    # Enter edits: the dialog opens filled in; changing the note keeps the time to the second.
    qtbot.keyClick(dialog.history, Qt.Key.Key_Return)
    editor = dialog.child
    assert editor.windowTitle() == "Edit interaction"
    assert editor.note.text() == "coffee" and sorted(editor.chosen) == sorted([sam, ana])
    editor.note.setText("coffee and a walk")
    editor.save()
    view = companion.interactions.get(latest)
    assert view.note == "coffee and a walk" and view.occurred_at == recent and view.feeling == 4
    assert last_contact_is_right(companion)

    before = state(companion)
    dialog.history.setCurrentRow(0)
    dialog.history.setFocus()
    qtbot.keyClick(dialog.history, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: remove_question(dialog) is not None)
    box = remove_question(dialog)
    box.remove_button.click()
    assert len(state(companion)[0]) == 1
    assert last_contact_is_right(companion)
    assert dialog.history.count() == 1
    bar = undo_bar_for(dialog)
    assert bar.isVisible() and bar.label.text() == "Interaction removed."
    dialog.activateWindow()  # Ctrl+Z is the window's shortcut: it acts in the active window
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(dialog.history, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert state(companion) == before
    assert last_contact_is_right(companion)
    assert dialog.history.count() == 2
