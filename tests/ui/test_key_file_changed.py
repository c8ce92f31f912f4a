"""The key file's fields are authenticated: when it was changed outside Companion the app says so and
asks for the recovery code (then a new passphrase), and with a key file from an earlier release the
"Ask for my passphrase at start" setting asks for the passphrase once, to bring the file up to date."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit

from companion.facade import Companion
from companion.vault.keystore import NoKeyStore
from tests.helpers import PASSPHRASE
from ui.unlock_dialog import NewPassphraseDialog

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "keyfile_v1"
FIXTURE_PASSPHRASE = "fixture passphrase v2"


def test_a_changed_key_file_asks_for_the_recovery_code(qtbot, tmp_path, launch):
    profile = tmp_path / "profile"
    companion, code = Companion.create(profile, PASSPHRASE, country="GB", keystore=NoKeyStore())
    companion.close()
    key = profile / "companion.key"
    doc = json.loads(key.read_bytes())
    doc["ask_passphrase_at_start"] = True  # not covered by the wrap: only the MAC catches it
    key.write_text(json.dumps(doc, indent=2))
    changed = key.read_bytes()

    controller = launch(profile)  # COMPANION_PASSPHRASE is right, but the file isn't trusted
    qtbot.waitUntil(lambda: controller.unlock_dialog is not None, timeout=10_000)
    dialog = controller.unlock_dialog
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.using_recovery
    assert "changed" in dialog.error.text() and "recovery code" in dialog.error.text()
    assert key.read_bytes() == changed

    qtbot.keyClicks(dialog.field, code)
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: controller.companion is not None, timeout=10_000)
    assert controller.companion.needs_new_passphrase

    def new_passphrase_dialog():
        found = [w for w in QApplication.topLevelWidgets() if isinstance(w, NewPassphraseDialog)]
        return found[0] if found and found[0].isVisible() else None

    qtbot.waitUntil(lambda: new_passphrase_dialog() is not None)

    # The new passphrase's key is worked out on the runner's worker; the file is trusted again.
    ask = new_passphrase_dialog()
    new = "a new passphrase by the sea"
    ask.fields.first.setText(new)
    ask.fields.second.setText(new)
    tasks: list[str] = []
    controller.tasks.started.connect(lambda task: tasks.append(task.title))
    qtbot.mouseClick(ask.save_button, Qt.MouseButton.LeftButton)
    assert tasks == ["Saving your new passphrase"]
    assert ask.result() == ask.DialogCode.Accepted
    assert not controller.companion.needs_new_passphrase
    controller.quit()
    with Companion.unlock(profile, passphrase=new, keystore=NoKeyStore()) as again:
        assert again.unlocked_by.method == "passphrase"


def _answer_passphrase(page, text: str | None) -> None:
    """When the page's passphrase dialog opens, type `text` and accept (None: cancel)."""

    def answer():
        shown = [
            d for d in page.findChildren(QInputDialog, "passphraseForSetting") if d.isVisible()
        ]
        if not shown:
            QTimer.singleShot(20, answer)
            return
        dialog = shown[0]
        assert dialog.textEchoMode() == QLineEdit.EchoMode.Password
        if text is None:
            dialog.reject()
        else:
            dialog.setTextValue(text)
            dialog.accept()

    QTimer.singleShot(0, answer)


def test_the_setting_on_an_old_key_file_asks_for_the_passphrase_once(qtbot, tmp_path, launch):
    profile = tmp_path / "old"
    profile.mkdir()
    for name in ("companion.db", "companion.key"):
        shutil.copy(FIXTURE / name, profile / name)
    code = (FIXTURE / "recovery-code.txt").read_text().strip()
    controller = launch(profile, passphrase=None)
    qtbot.waitUntil(lambda: controller.unlock_dialog is not None, timeout=10_000)
    dialog = controller.unlock_dialog
    qtbot.mouseClick(dialog.switch, Qt.MouseButton.LeftButton)  # the recovery code keeps it old
    qtbot.keyClicks(dialog.field, code)
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: controller.companion is not None, timeout=10_000)
    key = profile / "companion.key"
    assert json.loads(key.read_bytes())["version"] == 1

    window = controller.window
    window.show_page_named("settings")
    page = window.pages["settings"]
    assert not page.ask_passphrase.isChecked()

    _answer_passphrase(page, None)  # cancelled: nothing changes
    page.ask_passphrase.setChecked(True)
    assert not page.ask_passphrase.isChecked()
    assert json.loads(key.read_bytes())["version"] == 1

    _answer_passphrase(page, "not the passphrase")
    page.ask_passphrase.setChecked(True)
    assert not page.ask_passphrase.isChecked()
    assert page.problem.isVisibleTo(page) and "passphrase" in page.problem.text()

    _answer_passphrase(page, FIXTURE_PASSPHRASE)
    tasks: list[str] = []
    controller.tasks.started.connect(lambda task: tasks.append(task.title))
    page.ask_passphrase.setChecked(True)
    assert page.ask_passphrase.isChecked()
    assert tasks == ["Bringing the key file up to date"]  # derived on the runner's worker
    doc = json.loads(key.read_bytes())
    assert doc["version"] == 2 and doc["ask_passphrase_at_start"] is True

    page.ask_passphrase.setChecked(False)  # now authenticated: no passphrase needed
    assert json.loads(key.read_bytes())["ask_passphrase_at_start"] is False
