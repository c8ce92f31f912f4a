"""Start-up with an event loop: Today appears from a glance at the vault, then the full app takes
over with the same page; a key pressed before then still logs the mood; quitting early lets go."""

from __future__ import annotations

from PySide6.QtCore import Qt

from companion.facade import Companion, NoKeyStore
from tests.helpers import PASSPHRASE


def _texts(page) -> list[str]:
    from PySide6.QtWidgets import QLabel, QPushButton

    widgets = page.findChildren(QLabel) + page.findChildren(QPushButton)
    return sorted(w.text() for w in widgets if w.isVisibleTo(page) and w.text())


def test_today_comes_first_then_the_full_app_with_the_same_page(started, qtbot):
    from PySide6.QtWidgets import QApplication, QStyleFactory

    from ui.style import clear_indicators_in_use

    QApplication.setStyle(QStyleFactory.create("Fusion"))  # as a new app starts: see ui.app
    controller = started()
    window = controller.window
    assert controller.glance is not None, "Today was not shown from a glance"
    first = window.stack.currentWidget()
    assert first.objectName() == "page_today_glance"
    # Once Today has painted, the style draws check boxes and the keyboard focus clearly.
    assert clear_indicators_in_use(QApplication.instance())
    assert not window.sidebar.isEnabled()  # the other pages come with the full app
    shown = _texts(first)
    assert any("Ada" in t for t in shown)
    started.gate.set()
    qtbot.waitUntil(lambda: controller.companion is not None, timeout=20000)
    today = window.stack.currentWidget()
    assert today.objectName() == "page_today"
    assert today is first and window.pages["today"] is first  # taken over, not built again
    assert today.companion is controller.companion and today.reach_out.companion is today.companion
    assert controller.glance is None
    # The full Today may fill its cards in a later turn of the event loop: wait for that, not a time.
    qtbot.waitUntil(lambda: _texts(today) == shown, timeout=20000)
    assert window.sidebar.isEnabled()
    window.show_page_named("people")
    assert window.current_page().objectName() == "page_people"


def test_a_mood_key_on_the_first_screen_is_logged(started, qtbot):
    controller = started()
    assert controller.glance is not None
    page = controller.window.stack.currentWidget()
    assert page.objectName() == "page_today_glance"
    # The load may finish now, but its news waits for the event loop: the key comes first.
    started.gate.set()
    qtbot.keyClick(page.quick_mood, Qt.Key.Key_4)
    assert controller.companion is not None  # pressing the key finished opening
    entries = controller.companion.mood.entries()
    assert [e.level for e in entries] == [4]
    assert "Noted" in page.quick_mood.status.text()


def test_quitting_on_the_first_screen_lets_go_of_the_vault(started, qtbot, profile_dir):
    from PySide6.QtWidgets import QApplication

    controller = started()
    assert controller.glance is not None
    loader = controller.loader
    controller.quit()
    assert controller.glance is None and controller.companion is None
    started.gate.set()
    loader.wait()
    QApplication.processEvents()  # the loader's queued signal arrives after quitting, does nothing
    with Companion.unlock(profile_dir, passphrase=PASSPHRASE, keystore=NoKeyStore()) as c:
        assert c.people.list()[0].name == "Ada"


def test_a_mood_key_on_the_first_screen_can_be_undone_from_the_full_app(started, qtbot):
    """Logged on the first screen, taken back with Ctrl+Z once the full app has taken over: the
    vault holds no mood, and the full Today shows what the first screen showed before the key."""
    controller = started()
    window = controller.window
    page = window.stack.currentWidget()
    assert page.objectName() == "page_today_glance"
    before = _texts(page)
    # The load may finish now (else the key's write would wait for the held loader), but its
    # news waits for the event loop: the key is still pressed on the first screen.
    started.gate.set()
    qtbot.keyClick(page.quick_mood, Qt.Key.Key_2)
    qtbot.waitUntil(lambda: controller.companion is not None, timeout=20000)
    assert [e.level for e in controller.companion.mood.entries()] == [2]
    today = window.stack.currentWidget()
    assert today.objectName() == "page_today"
    assert window.undo_bar.isVisible()
    # Ctrl+Z: the window's action from its shortcut table.
    undo = next(a for a in window.shortcut_actions if a.shortcut().toString() == "Ctrl+Z")
    undo.trigger()
    assert controller.companion.mood.entries() == []
    assert not window.undo_bar.isVisible()
    assert "Taken back" in today.quick_mood.status.text()
    today.quick_mood.status.hide()  # the only line the first screen didn't have
    qtbot.waitUntil(lambda: _texts(today) == before, timeout=20000)
