"""A person's photo: kept in the vault (small), shown as the avatar on their page (initials
otherwise), kept through edits, set and removed by the person; the chosen file is only read."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage

from companion.domain.errors import InvalidInput
from companion.services.people import PersonInput
from tests.ui import people_support
from ui.context import AppContext
from ui.people.avatar import PHOTO_SIZE, initials
from ui.people.detail import PersonDialog
from ui.people.editor import PersonEditor

clock = people_support.clock
companion = people_support.companion
people_template = people_support.people_template


def _picture(path, w=1200, h=900) -> str:
    image = QImage(w, h, QImage.Format.Format_RGB32)
    image.fill(QColor("#336699"))
    assert image.save(str(path), "PNG")
    return str(path)


def test_core_keeps_a_photo_through_edits_and_removes_it_on_request(companion):
    pid = companion.people.add(PersonInput("Ada", photo=b"\x89PNG\r\n\x1a\nrest"))
    companion.people.update(pid, PersonInput("Ada Lovelace", notes="new"))
    assert companion.people.photo(pid) == b"\x89PNG\r\n\x1a\nrest"
    assert companion.people.with_photo() == {pid}
    with pytest.raises(InvalidInput):
        companion.people.set_photo(pid, b"not a picture")
    assert companion.people.photo(pid) == b"\x89PNG\r\n\x1a\nrest"
    companion.people.set_photo(pid, None)
    assert companion.people.photo(pid) is None and companion.people.with_photo() == set()


def test_the_page_sets_shows_keeps_and_removes_a_photo(qtbot, companion, tmp_path):
    pid = companion.people.add(PersonInput("Grace Hopper"))
    dialog = PersonDialog(AppContext(companion), pid)
    qtbot.addWidget(dialog)
    dialog.show()
    assert initials("Grace Hopper") == "GH"
    assert dialog.avatar.accessibleName() == "Initials of Grace Hopper"
    assert dialog.remove_photo_button.isHidden()
    source = _picture(tmp_path / "big.png")
    before = sorted(p.name for p in tmp_path.iterdir())
    dialog.choose_photo(path=source)
    stored = companion.people.photo(pid)
    image = QImage.fromData(stored)
    assert stored.startswith(b"\xff\xd8\xff")  # a small JPEG
    assert max(image.width(), image.height()) == PHOTO_SIZE
    assert sorted(p.name for p in tmp_path.iterdir()) == before  # nothing written beside it
    assert dialog.avatar.accessibleName() == "Photo of Grace Hopper"
    assert not dialog.remove_photo_button.isHidden()

    editor = PersonEditor(AppContext(companion), pid)
    qtbot.addWidget(editor)
    editor.notes.setPlainText("Sunday calls")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert companion.people.get(pid).notes == "Sunday calls"
    assert companion.people.photo(pid) == stored

    dialog.remove_photo()
    assert companion.people.photo(pid) is None
    assert dialog.avatar.accessibleName() == "Initials of Grace Hopper"


def test_a_file_that_is_not_a_picture_changes_nothing(qtbot, companion, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: told.append(a[2]))
    pid = companion.people.add(PersonInput("Alan"))
    dialog = PersonDialog(AppContext(companion), pid)
    qtbot.addWidget(dialog)
    fake = tmp_path / "notes.png"
    fake.write_text("not a picture")
    dialog.choose_photo(path=str(fake))
    assert companion.people.photo(pid) is None
    assert told == ["That file isn't a picture Companion can read."]


def test_people_list_and_circles_map_show_the_photo(qtbot, companion, tmp_path):
    from PySide6.QtWidgets import QGraphicsPixmapItem

    from ui.pages.people import PeoplePage
    from ui.people.circles_map import CirclesMapDialog

    with_photo = companion.people.add(PersonInput("Ada Photo", circle_id=1))
    companion.people.add(PersonInput("Bo Initials", circle_id=1))
    page = PeoplePage(AppContext(companion))
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    assert not page.model.has_photo(with_photo)
    from ui.people.avatar import small_photo

    companion.people.set_photo(with_photo, small_photo(_picture(tmp_path / "p.png")))
    page.reload()
    assert page.model.has_photo(with_photo)
    icons = [page.model.index(r, 0).data(Qt.ItemDataRole.DecorationRole) for r in range(2)]
    assert all(not icon.isNull() for icon in icons)

    dialog = CirclesMapDialog(AppContext(companion))
    qtbot.addWidget(dialog)
    dialog.reload()
    avatars = [i for i in dialog.map.scene().items() if isinstance(i, QGraphicsPixmapItem)]
    assert [a.data(0) for a in avatars] == [with_photo]
    assert len(dialog.map.markers()) == 2  # the status stays shown for everyone
