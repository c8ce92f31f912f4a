"""Later runs: the passphrase dialog, retries that leave the files alone, and plain error boxes.
The key is worked out on the task runner's worker while the dialog keeps turning."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from companion.facade import Companion, NoKeyStore
from tests.helpers import PASSPHRASE, file_bytes
from tests.ui import unlock_support
from tests.ui.help_support import open_help_dialogs
from ui.unlock_dialog import UnlockDialog

runner = unlock_support.runner


def _dialog(qtbot, folder, runner) -> UnlockDialog:
    dialog = UnlockDialog(folder, tasks=runner)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_wrong_then_right_passphrase(qtbot, profile_dir, runner):
    before = file_bytes(profile_dir)
    dialog = _dialog(qtbot, profile_dir, runner)
    qtbot.keyClicks(dialog.field, "not the passphrase at all")
    qtbot.keyClick(dialog.field, Qt.Key.Key_Return)  # Open is the default button
    qtbot.waitUntil(dialog.error.isVisible)

    assert dialog.companion is None
    assert dialog.isVisible()
    assert dialog.error.text() == "That passphrase doesn't open this vault."
    # Selected and focused, so typing again replaces it.
    assert dialog.field.selectedText() == "not the passphrase at all"
    assert not dialog.field.isReadOnly() and dialog.open_button.isEnabled()
    assert QApplication.focusWidget() is dialog.field
    assert not dialog.busy.isVisible()
    assert file_bytes(profile_dir) == before

    dialog.field.clear()
    qtbot.keyClicks(dialog.field, PASSPHRASE)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert dialog.companion is not None
    assert dialog.companion.settings.get("country") == "GB"
    assert dialog.field.text() == ""  # the passphrase doesn't linger in the widget
    dialog.companion.close()


def test_recovery_code_instead(qtbot, tmp_path, runner):
    folder = tmp_path / "p"
    companion, code = Companion.create(folder, PASSPHRASE)
    companion.close()
    dialog = _dialog(qtbot, folder, runner)
    qtbot.mouseClick(dialog.switch, Qt.MouseButton.LeftButton)
    assert dialog.using_recovery
    assert dialog.field.accessibleName() == "Recovery code"
    qtbot.keyClicks(dialog.field, "AAAA-BBBB-CCCC")
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.error.isVisible)
    assert dialog.companion is None
    dialog.field.clear()
    qtbot.keyClicks(dialog.field, code)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert dialog.companion.unlocked_by.method == "recovery_code"
    dialog.companion.close()


def test_escape_closes_the_dialog(qtbot, profile_dir, runner):
    dialog = _dialog(qtbot, profile_dir, runner)
    with qtbot.waitSignal(dialog.rejected):
        qtbot.keyClick(dialog.field, Qt.Key.Key_Escape)
    assert dialog.companion is None


def test_app_asks_for_the_passphrase_when_the_keyring_cannot_help(qtbot, profile_dir, launch):
    controller = launch(profile_dir, passphrase=None)
    assert controller.window is not None and controller.window.isVisible()  # painted first
    assert controller.companion is None
    dialog = controller.unlock_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.field, PASSPHRASE)
    qtbot.keyClick(dialog.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: controller.companion is not None)
    assert controller.window.pages["today"].isVisible()


def test_wrong_passphrase_in_the_environment_asks_again(qtbot, profile_dir, launch):
    controller = launch(profile_dir, passphrase="definitely wrong words")
    dialog = controller.unlock_dialog
    assert dialog is not None and dialog.error.text() == "That passphrase doesn't open this vault."


def test_vault_in_use_is_a_plain_message(qtbot, profile_dir, launch):
    holder = Companion.unlock(profile_dir, passphrase=PASSPHRASE)  # another process, in effect
    try:
        controller = launch(profile_dir)
        box = controller.message
        assert isinstance(box, QMessageBox) and box.isVisible()
        assert box.windowTitle() == "Companion is already open"
        assert "already open" in box.text()
        assert "Traceback" not in box.text() and not box.detailedText()
        box.accept()
        assert controller.exit_code == 1
    finally:
        holder.close()


def test_damaged_vault_is_a_plain_message_and_left_as_it_was(qtbot, profile_dir, launch):
    db = profile_dir / "companion.db"
    db.write_bytes(b"this is not a database" * 100)
    before = file_bytes(profile_dir)
    controller = launch(profile_dir)
    box = controller.message
    assert box is not None and box.isVisible()
    assert not box.detailedText()
    assert "Traceback" not in box.text()
    box.accept()
    assert controller.exit_code == 1
    assert db.read_bytes() == before["companion.db"]


def test_the_dialog_keeps_turning_while_the_key_is_worked_out(qtbot, profile_dir, runner):
    unlock_support.slow_key_file(profile_dir)
    dialog = _dialog(qtbot, profile_dir, runner)
    qtbot.keyClicks(dialog.field, PASSPHRASE)
    qtbot.keyClick(dialog.field, Qt.Key.Key_Return)
    task = dialog.task
    assert task is not None and task.running  # not opened on the UI thread
    # A quiet busy state in place: "Opening…", nothing to press twice, the field kept as typed.
    assert dialog.busy.isVisible() and dialog.busy.text() == "Opening…"
    assert not dialog.open_button.isEnabled() and not dialog.switch.isEnabled()
    assert dialog.field.isReadOnly() and dialog.field.text() == PASSPHRASE
    ticks: list[bool] = []
    QTimer.singleShot(0, lambda: ticks.append(task.running))
    qtbot.waitUntil(lambda: bool(ticks))
    assert ticks == [True]  # a timer fired on the UI thread while the key was being worked out
    # The crisis lines stay one click away meanwhile.
    assert dialog.help_button.isEnabled()
    qtbot.mouseClick(dialog.help_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(open_help_dialogs(dialog)) == 1)
    assert task.running
    with qtbot.waitSignal(dialog.accepted, timeout=30_000):
        pass
    assert dialog.companion is not None and dialog.companion.unlocked_by.method == "passphrase"
    assert dialog.field.text() == ""
    dialog.companion.close()


def test_enter_twice_starts_one_attempt(qtbot, profile_dir, runner):
    unlock_support.slow_key_file(profile_dir)
    dialog = _dialog(qtbot, profile_dir, runner)
    started: list = []
    runner.started.connect(started.append)
    qtbot.keyClicks(dialog.field, PASSPHRASE)
    qtbot.keyClick(dialog.field, Qt.Key.Key_Return)
    qtbot.keyClick(dialog.field, Qt.Key.Key_Return)
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    dialog.try_unlock()  # and were it asked directly
    with qtbot.waitSignal(dialog.accepted, timeout=30_000):
        pass
    assert len(started) == 1
    dialog.companion.close()


def test_closing_while_the_key_is_worked_out_closes_what_it_opened(qtbot, profile_dir, runner):
    unlock_support.slow_key_file(profile_dir)
    dialog = _dialog(qtbot, profile_dir, runner)
    qtbot.keyClicks(dialog.field, PASSPHRASE)
    qtbot.keyClick(dialog.field, Qt.Key.Key_Return)
    task = dialog.task
    assert task is not None and task.running
    outcomes: list[str] = []
    task.succeeded.connect(lambda _c: outcomes.append("succeeded"))
    task.cancelled.connect(lambda: outcomes.append("cancelled"))
    with qtbot.waitSignal(dialog.rejected):
        qtbot.keyClick(dialog.field, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    qtbot.waitUntil(lambda: bool(outcomes), timeout=30_000)
    assert outcomes == ["cancelled"] and dialog.companion is None
    assert not runner.busy and dialog.task is None
    # What was opened meanwhile was closed: the profile's lock is free for the next one.
    with Companion.unlock(profile_dir, passphrase=PASSPHRASE, keystore=NoKeyStore()) as again:
        assert again.settings.get("country") == "GB"


def test_quitting_while_the_key_is_worked_out_waits_for_it(qtbot, profile_dir, launch):
    unlock_support.slow_key_file(profile_dir)
    controller = launch(profile_dir, passphrase=None)
    dialog = controller.unlock_dialog
    qtbot.keyClicks(dialog.field, PASSPHRASE)
    qtbot.keyClick(dialog.field, Qt.Key.Key_Return)
    assert controller.tasks.busy and controller.companion is None
    controller.quit()
    assert not controller.tasks.busy  # waited for, its vault closed, no thread left running
    assert controller.companion is None
    with Companion.unlock(profile_dir, passphrase=PASSPHRASE, keystore=NoKeyStore()) as again:
        assert again.settings.get("country") == "GB"
