"""The backup and export dialogs, in the running app, refuse a destination inside the profile
folder with the core's plain message; the vault the app has open is untouched."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlmodel import select

from companion.facade import Companion, NoKeyStore
from companion.storage.models import JournalEntry
from tests.helpers import PASSPHRASE

ENTRY = "Saved before the export was tried"
REFUSAL = "inside Companion's profile folder"


def _vault_files(profile_dir):
    """What a refused destination must leave as it was: the key file byte for byte, and the vault
    file itself (same file, same salt). The app may checkpoint or write a setting meanwhile, so
    the vault's pages are not compared; its journal is read back at the end."""
    db = profile_dir / "companion.db"
    with db.open("rb") as f:
        salt = f.read(16)
    return {
        "companion.db": (db.stat().st_ino, salt),
        "companion.key": (profile_dir / "companion.key").read_bytes(),
    }


def test_backup_and_export_dialogs_refuse_the_profile_folder(qtbot, launch, profile_dir):
    controller = launch(profile_dir)
    qtbot.waitUntil(lambda: controller.companion is not None)
    controller.companion.journal.write(ENTRY)
    controller.window.show_page_named("settings")
    group = controller.window.pages["settings"].data_privacy
    vault = _vault_files(profile_dir)

    for name in ("companion.db", "companion.key", "companion.db-wal"):
        dialog = group.open_backup()
        dialog.path.setText(str(profile_dir / name))
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
        assert dialog.isVisible()
        assert REFUSAL in dialog.problem.text()
        dialog.reject()

        for as_json in (True, False):
            dialog = group.open_export()
            dialog.as_json.setChecked(as_json)
            dialog.as_csv.setChecked(not as_json)
            dialog.path.setText(str(profile_dir / name))
            dialog.understood.setChecked(True)
            qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
            assert dialog.isVisible()
            assert REFUSAL in dialog.problem.text()
            dialog.reject()
        assert _vault_files(profile_dir) == vault

    controller.companion.journal.write("and after")
    controller.quit()
    with (
        Companion.unlock(profile_dir, passphrase=PASSPHRASE, keystore=NoKeyStore()) as c,
        c.vault.session() as s,
    ):
        assert list(s.exec(select(JournalEntry.text))) == [ENTRY, "and after"]
