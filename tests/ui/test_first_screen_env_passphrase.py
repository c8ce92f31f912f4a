"""Start-up with an event loop and COMPANION_PASSPHRASE: the key is worked out from the passphrase
on the task runner, so the window keeps turning ("Opening your vault…") until Today comes; what
stops it leads where it did before (a wrong passphrase or a changed key file to the dialog, a vault
open elsewhere to a plain message), and quitting meanwhile lets go of everything."""

from __future__ import annotations

import gc
import json
import os

import pytest
from PySide6.QtCore import QEvent, QTimer
from PySide6.QtWidgets import QApplication

from companion.facade import Companion, NoKeyStore
from companion.platform.paths import Profile
from companion.platform.profile_lock import ProfileLock
from tests.helpers import PASSPHRASE
from tests.ui.unlock_support import slow_key_file

ENV = "COMPANION_PASSPHRASE"


@pytest.fixture
def start_app(qtbot, monkeypatch, profile_dir):
    """Start the app as `make run` does (`defer_unlock`) with `passphrase` in the environment;
    whatever was started is quit at teardown."""
    from ui.app import AppController, ensure_application

    controllers = []

    def start(passphrase: str = PASSPHRASE):
        monkeypatch.setenv(ENV, passphrase)
        controller = AppController(ensure_application(["companion"]), profile_dir)
        controllers.append(controller)
        controller.start(defer_unlock=True)
        return controller

    yield start
    for controller in controllers:
        controller.quit()
        for widget in (controller.message, controller.unlock_dialog, controller.window):
            if widget is not None:
                widget.close()
                widget.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()


def _open(controller) -> bool:
    return controller.glance is not None or controller.companion is not None


def test_the_window_keeps_turning_while_the_key_is_worked_out(qtbot, profile_dir, start_app):
    slow_key_file(profile_dir)  # heavier stored Argon2id settings: many turns of the event loop
    controller = start_app()
    window = controller.window
    ticks: list[bool] = []

    def tick() -> None:
        # The unlock has begun (the passphrase is out of the environment), the vault not open yet.
        if ENV not in os.environ and not _open(controller) and controller.message is None:
            ticks.append(window.stack.currentWidget() is window.opening)

    timer = QTimer()
    timer.setInterval(1)
    timer.timeout.connect(tick)
    timer.start()
    qtbot.waitUntil(lambda: _open(controller), timeout=20_000)
    timer.stop()
    assert ticks, "no turn of the event loop while the key was worked out"
    assert all(ticks), "the window stopped saying it is opening the vault"
    assert controller.unlock_dialog is None and controller.message is None
    assert controller.key_task is None
    qtbot.waitUntil(lambda: controller.companion is not None, timeout=20_000)
    assert controller.companion.unlocked_by.method == "passphrase"


def test_a_wrong_passphrase_in_the_environment_asks_with_its_message(qtbot, start_app):
    controller = start_app("definitely wrong words")
    qtbot.waitUntil(lambda: controller.unlock_dialog is not None, timeout=20_000)
    dialog = controller.unlock_dialog
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.error.text() == "That passphrase doesn't open this vault."
    assert not dialog.using_recovery
    assert controller.companion is None and controller.glance is None
    assert controller.message is None


def test_quitting_while_the_key_is_worked_out_lets_go(qtbot, profile_dir, start_app):
    slow_key_file(profile_dir)
    controller = start_app()
    qtbot.waitUntil(lambda: controller.key_task is not None, timeout=20_000)
    task = controller.key_task
    # Its outcome comes back through the event loop, which has not turned since it started.
    assert task.running
    controller.quit()
    assert task.outcome == "cancelled"  # waited for, and what it found let go
    assert controller.tasks.beside == [] and controller.tasks.current is None
    assert controller.glance is None and controller.companion is None
    QApplication.processEvents()  # anything still queued arrives after quitting and does nothing
    assert controller.unlock_dialog is None and controller.message is None
    assert controller.glance is None and controller.companion is None
    lock = ProfileLock(Profile(profile_dir).lock_path)
    lock.acquire()  # the profile lock the derivation took is free again
    lock.release()
    with Companion.unlock(profile_dir, passphrase=PASSPHRASE, keystore=NoKeyStore()) as c:
        assert c.unlocked_by.method == "passphrase"


def test_a_changed_key_file_asks_for_the_recovery_code(qtbot, profile_dir, start_app):
    key = profile_dir / "companion.key"
    doc = json.loads(key.read_bytes())
    doc["ask_passphrase_at_start"] = not doc["ask_passphrase_at_start"]  # only the MAC catches it
    key.write_text(json.dumps(doc, indent=2))
    changed = key.read_bytes()
    controller = start_app()  # the right passphrase, but the file isn't trusted
    qtbot.waitUntil(lambda: controller.unlock_dialog is not None, timeout=20_000)
    dialog = controller.unlock_dialog
    assert dialog.using_recovery
    assert "changed" in dialog.error.text() and "recovery code" in dialog.error.text()
    assert key.read_bytes() == changed
    assert controller.companion is None and controller.glance is None


def test_a_vault_open_elsewhere_is_a_plain_message(qtbot, profile_dir, start_app):
    holder = Companion.unlock(profile_dir, passphrase=PASSPHRASE, keystore=NoKeyStore())
    try:
        controller = start_app()
        qtbot.waitUntil(lambda: controller.message is not None, timeout=20_000)
        box = controller.message
        assert box.windowTitle() == "Companion is already open"
        assert "Traceback" not in box.text() and not box.detailedText()
        assert controller.unlock_dialog is None and controller.companion is None
        box.accept()
        qtbot.waitUntil(lambda: controller.exit_code == 1)
    finally:
        holder.close()


def test_help_opened_while_the_key_is_worked_out_stays(qtbot, profile_dir, start_app):
    slow_key_file(profile_dir)
    controller = start_app()
    window = controller.window
    qtbot.waitUntil(lambda: controller.key_task is not None, timeout=20_000)
    assert controller.key_task.running
    window.show_help()  # F1 on the window saying "Opening your vault…"
    assert window.stack.currentWidget() is window.help_page
    qtbot.waitUntil(lambda: _open(controller), timeout=20_000)
    assert window.stack.currentWidget() is window.help_page, "Today took the help page's place"
    qtbot.waitUntil(lambda: controller.companion is not None, timeout=20_000)
    assert window.stack.currentWidget() is window.help_page
    window.show_page(0)
    assert window.current_page().objectName() == "page_today"
