"""The first screen (Today from a glance while the core loads) in the situations around it: dialogs
opened from it, help from its safety card, a damaged vault, and a second launch nobody answers."""

from __future__ import annotations

import threading

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from companion.facade import Companion, NoKeyStore
from tests.helpers import PASSPHRASE
from ui.app import AppController, ensure_application

PAGE = 4096


def _release_gate_soon(gate) -> None:
    # The main thread waits for the loader, which waits for this.
    threading.Timer(0.2, gate.set).start()


def test_a_dialog_opened_from_the_first_screen_stays_open(started, qtbot):
    controller = started()
    page = controller.window.stack.currentWidget()
    assert page.objectName() == "page_today_glance"
    _release_gate_soon(started.gate)
    dialog = page.open_mood_entry()  # "More…" on the quick mood row
    qtbot.waitUntil(lambda: controller.companion is not None, timeout=20000)
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert dialog.isVisible(), "the mood dialog vanished when the full app took over"
    assert isinstance(dialog, QDialog)


def test_a_dialog_from_the_first_screen_gets_the_apps_one_context(started, qtbot):
    """The first screen's context is the vault's: a dialog opened there holds the full Companion
    and the same context the full app's pages hold, not a second one."""
    controller = started()
    page = controller.window.stack.currentWidget()
    assert page.objectName() == "page_today_glance"
    assert page.context.companion is not None and controller.context is None
    _release_gate_soon(started.gate)
    dialog = page.log_interaction([])
    assert controller.context is page.context
    assert dialog.context is controller.context
    assert dialog.companion is controller.companion is controller.context.companion
    assert controller.window.pages["today"].context is controller.context
    dialog.reject()


def test_the_quick_mood_note_shows_on_the_page_the_user_sees(started, qtbot):
    controller = started()
    page = controller.window.stack.currentWidget()
    started.gate.set()
    qtbot.keyClick(page.quick_mood, Qt.Key.Key_3)
    assert [e.level for e in controller.companion.mood.entries()] == [3]
    today = controller.window.current_page()
    assert today.objectName() == "page_today"
    assert today.quick_mood.status.isVisibleTo(today)
    assert "Noted" in today.quick_mood.status.text()


def test_help_from_the_first_screens_safety_card_opens_help(started, qtbot):
    controller = started()
    page = controller.window.stack.currentWidget()
    assert page.objectName() == "page_today_glance"
    _release_gate_soon(started.gate)
    page.help_requested.emit()  # the card's "See who to talk to"
    assert controller.window.current_page() is controller.window.help_page
    assert controller.window.help_page is not None


def test_a_vault_damaged_where_only_people_are_read_gets_the_plain_message(
    started, qtbot, profile_dir
):
    """Settings and moods read fine, so the first screen is built; reading who is due is what
    fails (while the page shows itself): the user gets the plain message, not a bug report."""
    with Companion.unlock(profile_dir, passphrase=PASSPHRASE, keystore=NoKeyStore()) as c:
        sql = "SELECT rootpage FROM sqlite_master WHERE name = 'lastcontact'"
        page = c.vault.raw_pragma(sql)[0][0]
    db = profile_dir / "companion.db"
    data = bytearray(db.read_bytes())
    start = (page - 1) * PAGE
    data[start + 100 : start + 200] = bytes(100)
    db.write_bytes(bytes(data))
    started.gate.set()
    controller = started(wait=False)
    qtbot.waitUntil(lambda: controller.message is not None, timeout=20000)
    assert isinstance(controller.message, QMessageBox)
    assert controller.message.windowTitle() == "Your vault can't be read"


def test_a_shortcut_on_the_first_screen_waits_for_the_full_app(started, qtbot):
    controller = started()
    window = controller.window
    assert window.current_page().objectName() == "page_today_glance"
    _release_gate_soon(started.gate)
    dialog = window.log_mood()  # Ctrl+M
    assert dialog is not None, "Ctrl+M on the first screen did nothing"
    assert controller.companion is not None
    assert dialog.isVisible()
    dialog.reject()


def test_a_second_launch_nobody_answers_leaves_the_first_ones_socket(
    qtbot, monkeypatch, profile_dir
):
    """The first instance holds its claim and the vault but listens only after the second has given
    up asking: the second says Companion is already open, and later launches still reach the first."""
    import ui.single_instance as single
    from companion.platform.paths import Profile
    from companion.platform.profile_lock import ProfileLock

    monkeypatch.setattr(single, "ASK_PATIENCE_S", 0.1)
    monkeypatch.setenv("COMPANION_PASSPHRASE", PASSPHRASE)
    name = single.server_name(profile_dir)
    first_claim = single.claim_instance(name)
    first_vault = ProfileLock(Profile(profile_dir).lock_path)
    first_vault.acquire()
    first_server = None
    second = AppController(ensure_application(["companion"]), profile_dir)
    try:
        second.start()
        assert second.exit_code is None and second.message is not None
        assert second.message.windowTitle() == "Companion is already open"
        first_server = single.InstanceServer(name)
        assert first_server.listen()
        second.message.close()  # the user reads it; the second launch ends
        qtbot.waitUntil(lambda: second.quitting)
        assert single.ask_running_instance_to_show(name), "the first instance can't be reached"
    finally:
        second.quit()
        if second.window is not None:
            second.window.close()
            second.window.deleteLater()
        if first_server is not None:
            first_server.close()
        first_vault.release()
        first_claim.release()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_a_core_that_fails_to_load_is_reported_and_the_vault_let_go(
    started, qtbot, monkeypatch, profile_dir
):
    import sys

    from companion.platform.paths import Profile
    from companion.platform.profile_lock import ProfileLock

    controller = started()
    assert controller.glance is not None
    # A broken install: the storage layer can't be imported.
    monkeypatch.setitem(sys.modules, "companion.facade", None)
    started.gate.set()
    qtbot.waitUntil(lambda: controller.message is not None, timeout=20000)
    assert controller.message.windowTitle() == "Something went wrong"
    assert controller.companion is None and controller.glance is None
    with ProfileLock(Profile(profile_dir).lock_path):  # nothing holds the vault any more
        pass
    controller.message.close()
    qtbot.waitUntil(lambda: controller.quitting)
