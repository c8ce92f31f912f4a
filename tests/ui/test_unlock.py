"""Later runs: the passphrase dialog, retries that leave the files alone, and plain error boxes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from companion.facade import Companion
from tests.helpers import PASSPHRASE, file_bytes
from ui.unlock_dialog import UnlockDialog


def _dialog(qtbot, folder) -> UnlockDialog:
    dialog = UnlockDialog(folder)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_wrong_then_right_passphrase(qtbot, profile_dir):
    before = file_bytes(profile_dir)
    dialog = _dialog(qtbot, profile_dir)
    qtbot.keyClicks(dialog.field, "not the passphrase at all")
    qtbot.keyClick(dialog.field, Qt.Key.Key_Return)  # Open is the default button

    assert dialog.companion is None
    assert dialog.isVisible()
    assert dialog.error.isVisible()
    assert dialog.error.text() == "That passphrase doesn't open this vault."
    assert file_bytes(profile_dir) == before

    dialog.field.clear()
    qtbot.keyClicks(dialog.field, PASSPHRASE)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert dialog.companion is not None
    assert dialog.companion.settings.get("country") == "GB"
    assert dialog.field.text() == ""  # the passphrase doesn't linger in the widget
    dialog.companion.close()


def test_recovery_code_instead(qtbot, tmp_path):
    folder = tmp_path / "p"
    companion, code = Companion.create(folder, PASSPHRASE)
    companion.close()
    dialog = _dialog(qtbot, folder)
    qtbot.mouseClick(dialog.switch, Qt.MouseButton.LeftButton)
    assert dialog.using_recovery
    assert dialog.field.accessibleName() == "Recovery code"
    qtbot.keyClicks(dialog.field, "AAAA-BBBB-CCCC")
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert dialog.companion is None and dialog.error.isVisible()
    dialog.field.clear()
    qtbot.keyClicks(dialog.field, code)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert dialog.companion.unlocked_by.method == "recovery_code"
    dialog.companion.close()


def test_escape_closes_the_dialog(qtbot, profile_dir):
    dialog = _dialog(qtbot, profile_dir)
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
    assert controller.companion is not None
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
