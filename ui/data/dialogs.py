"""The dialogs behind Settings → Your data and privacy: Back up now…, Restore…, Export…,
Change passphrase…, Rotate encryption key… and Delete everything…

Each does its work when its main button is pressed, shows a problem inline and stays open, or
closes (accepted) when done. Long work goes through the task runner (`ui/tasks.py`).
"""

from __future__ import annotations

import contextlib
import shutil
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from companion.domain.errors import CompanionError
from companion.exporters.ics import export_ics
from companion.exporters.vcard import export_vcard
from companion.storage.backup import SUFFIX, backup_now
from companion.storage.export import export_csv, export_json
from companion.storage.rotation import rotate_key
from companion.vault.erase import confirmation_phrase, is_confirmation
from ui.data.common import PathField, SecretField, problem_label, show_problem
from ui.pages.base import fit_height, text_label
from ui.passphrase_fields import PassphraseFields
from ui.tasks import Cancelled
from ui.theme import scaled_font


def _label(text: str) -> QLabel:
    return text_label(text, text)


def _today(companion) -> str:
    return companion.clock.now().date().isoformat()


def _remove(path: Path) -> None:
    with contextlib.suppress(OSError):
        if path.is_dir():
            shutil.rmtree(path)
        else:
            path.unlink()


class _ActionDialog(QDialog):
    """A title, a body, a problem line and OK/Cancel, where OK does the work."""

    def __init__(self, title: str, action: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.body = QVBoxLayout()
        self.problem = problem_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(action)
        self.ok.setAccessibleName(action.replace("&", ""))
        self.ok.setDefault(True)
        self.cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel.setAccessibleName(self.tr("Cancel"))
        self.buttons.accepted.connect(self._go)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.body)
        layout.addWidget(self.problem)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.resize(520, 0)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        fit_height(self)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            fit_height(self)

    def _go(self) -> None:
        show_problem(self.problem, "")
        try:
            self.work()
        except Cancelled:
            show_problem(self.problem, self.tr("Stopped. Nothing was kept."))
            fit_height(self)  # the problem line needs its room too
            return
        except CompanionError as exc:
            show_problem(self.problem, self.tr(str(exc)))
            fit_height(self)
            return
        self.accept()

    def work(self) -> None:
        raise NotImplementedError


class BackupDialog(_ActionDialog):
    """Back up now…: one encrypted file, opened later with the passphrase or the recovery code."""

    def __init__(self, context, parent: QWidget | None = None) -> None:
        companion = context.companion
        super().__init__(self.tr("Back up now"), self.tr("&Back up"), parent)
        self.companion = companion
        self.tasks = context.tasks
        self.written: Path | None = None
        self.intro = _label(
            self.tr(
                "The backup is encrypted like your vault. Your passphrase or your recovery "
                "code opens it, here or on another computer."
            )
        )
        self.body.addWidget(self.intro)
        self.path = PathField(self.tr("Backup file"), self._choose)
        self.path.setText(str(Path.home() / f"Companion backup {_today(companion)}{SUFFIX}"))
        self.form_box = QWidget()
        form = QFormLayout(self.form_box)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Save to:"), self.path)
        self.body.addWidget(self.form_box)
        self.saved = text_label("", self.tr("Where the backup was saved"), selectable=True)
        self.saved.setTextFormat(Qt.TextFormat.PlainText)
        self.saved.hide()
        self.body.addWidget(self.saved)

    def _choose(self, current: str) -> str:
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save backup"),
            current,
            self.tr("Companion backups (*%1)").replace("%1", SUFFIX),
        )
        return chosen

    def _go(self) -> None:
        if self.written is not None:  # the backup is made: this button now says Done
            self.accept()
            return
        show_problem(self.problem, "")
        try:
            self.work()
        except Cancelled:
            show_problem(self.problem, self.tr("Stopped. Nothing was kept."))
            fit_height(self)
            return
        except CompanionError as exc:
            show_problem(self.problem, self.tr(str(exc)))
            fit_height(self)
            return
        self.show_saved()

    def show_saved(self) -> None:
        """Say plainly where the backup went, so the person can find it again."""
        saved = str(self.written)
        self.intro.setText(
            self.tr(
                "Your backup is saved. It's encrypted; your passphrase or recovery code opens it."
            )
        )
        self.intro.setAccessibleName(self.intro.text())
        self.saved.setText(self.tr("Saved to: %1").replace("%1", saved))
        self.saved.setAccessibleName(self.saved.text())
        self.saved.show()
        self.form_box.hide()
        self.cancel.hide()
        self.ok.setText(self.tr("Done"))
        self.ok.setAccessibleName(self.tr("Done"))
        self.ok.setFocus()
        fit_height(self)

    def work(self) -> None:
        if not self.path.text():
            raise _Plain(self.tr("Choose where to save the backup."))
        target = Path(self.path.text()).expanduser()
        companion = self.companion

        step = self.tr("writing the encrypted backup")

        def job(control):
            control.step(step)
            return backup_now(companion, target)

        self.written = self.tasks.run(
            self, self.tr("Backing up"), job, undo=lambda made: _remove(made) if made else None
        )


class _Plain(CompanionError):
    """A problem found by the dialog itself (an empty field), shown like the core's."""


class RestoreDialog(_ActionDialog):
    """Restore…: the current vault is kept as a backup first, then replaced; the app reopens."""

    def __init__(self, context, parent: QWidget | None = None) -> None:
        companion = context.companion
        super().__init__(self.tr("Restore a backup"), self.tr("&Restore"), parent)
        self.companion = companion
        self.tasks = context.tasks
        self.host = context.data  # ui/data/host.py: closes this vault under the window
        self.body.addWidget(
            _label(
                self.tr(
                    "Restoring replaces what Companion holds now with the backup. Your current "
                    "vault is first saved as a backup in your profile's backups folder, so "
                    "nothing is lost. Companion then reopens with the restored data."
                )
            )
        )
        self.path = PathField(self.tr("Backup file"), self._choose)
        form = QFormLayout()
        form.addRow(self.tr("Backup file:"), self.path)
        self.body.addLayout(form)
        self.secret = SecretField(
            prompt_passphrase=self.tr("The passphrase that was in use when the backup was made:"),
            prompt_code=self.tr("The recovery code of the vault in the backup:"),
        )
        self.body.addWidget(self.secret)

    def _choose(self, current: str) -> str:
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a backup"),
            current,
            self.tr("Companion backups (*%1)").replace("%1", SUFFIX),
        )
        return chosen

    def work(self) -> None:
        passphrase, code = self.secret.secret()
        if not self.path.text():
            raise _Plain(self.tr("Choose the backup file to restore."))
        if not (passphrase or code):
            raise _Plain(self.tr("Type the backup's passphrase or its recovery code."))
        # The host closes this vault, restores, and rebuilds the window over the restored one.
        self.host.restore(Path(self.path.text()).expanduser(), passphrase, code, self)


NOT_ENCRYPTED = QT_TRANSLATE_NOOP(
    "ExportDialog",
    "The export is NOT encrypted. Anyone who can open the file can read everything in it: "
    "names, notes, moods and journal entries. Keep it somewhere private and delete it when "
    "you're done.",
)


class ExportDialog(_ActionDialog):
    """Export…: everything as one JSON file or a folder of CSV files, the people as a vCard file
    for any contacts app, or their birthdays and other dates as a calendar file, after a plain
    warning."""

    def __init__(self, context, parent: QWidget | None = None) -> None:
        companion = context.companion
        super().__init__(self.tr("Export everything"), self.tr("&Export"), parent)
        self.companion = companion
        self.tasks = context.tasks
        self.written: Path | None = None
        self.as_json = QRadioButton(self.tr("One &JSON file (can be loaded into a new vault)"))
        self.as_csv = QRadioButton(self.tr("A folder of &CSV files (for spreadsheets)"))
        self.as_vcard = QRadioButton(
            self.tr("Your &people as a vCard file (for phones and address books)")
        )
        self.as_ics = QRadioButton(
            self.tr("&Birthdays and dates as a calendar file (for calendar apps)")
        )
        for button in (self.as_json, self.as_csv, self.as_vcard, self.as_ics):
            button.setAccessibleName(button.text().replace("&", ""))
        self.kind = QButtonGroup(self)
        self.kind.addButton(self.as_json)
        self.kind.addButton(self.as_csv)
        self.kind.addButton(self.as_vcard)
        self.kind.addButton(self.as_ics)
        self.as_json.setChecked(True)
        self.path = PathField(self.tr("Export to"), self._choose)
        self.warning = _label(self.tr(NOT_ENCRYPTED))
        self.warning.setObjectName("warning")
        self.understood = QCheckBox(self.tr("I understand the export is not encrypted"))
        self.understood.setAccessibleName(self.understood.text())
        self.understood.toggled.connect(self._enable)
        self.body.addWidget(self.as_json)
        self.body.addWidget(self.as_csv)
        self.body.addWidget(self.as_vcard)
        self.body.addWidget(self.as_ics)
        form = QFormLayout()
        form.addRow(self.tr("Export to:"), self.path)
        self.body.addLayout(form)
        self.body.addWidget(self.warning)
        self.body.addWidget(self.understood)
        self.as_json.toggled.connect(self._default_path)
        self.as_vcard.toggled.connect(self._default_path)
        self.as_ics.toggled.connect(self._default_path)
        self._default_path()
        self._enable()

    def _default_path(self, *_args) -> None:
        base = Path.home() / f"Companion export {_today(self.companion)}"
        if self.as_json.isChecked():
            base = base.with_name(base.name + ".json")
        elif self.as_vcard.isChecked():
            base = base.with_name(f"Companion contacts {_today(self.companion)}.vcf")
        elif self.as_ics.isChecked():
            base = base.with_name(f"Companion dates {_today(self.companion)}.ics")
        self.path.setText(str(base))

    def _enable(self, *_args) -> None:
        self.ok.setEnabled(self.understood.isChecked())

    def _choose(self, current: str) -> str:
        if self.as_json.isChecked():
            chosen, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export as JSON"), current, self.tr("JSON files (*.json)")
            )
            return chosen
        if self.as_vcard.isChecked():
            chosen, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export people as vCard"), current, self.tr("vCard files (*.vcf)")
            )
            return chosen
        if self.as_ics.isChecked():
            chosen, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Export birthdays and dates as a calendar"),
                current,
                self.tr("Calendar files (*.ics)"),
            )
            return chosen
        parent = QFileDialog.getExistingDirectory(self, self.tr("Where to put the new folder"))
        return str(Path(parent) / Path(current).name) if parent else ""

    def work(self) -> None:
        if not self.understood.isChecked():
            raise _Plain(self.tr("Tick the box to confirm the export is not encrypted."))
        if not self.path.text():
            raise _Plain(self.tr("Choose where to write the export."))
        target = Path(self.path.text()).expanduser()
        write = (
            export_json
            if self.as_json.isChecked()
            else export_vcard
            if self.as_vcard.isChecked()
            else export_ics
            if self.as_ics.isChecked()
            else export_csv
        )

        companion = self.companion

        step = self.tr("writing the export")

        def job(control):
            control.step(step)
            write(companion, target)
            return target

        self.written = self.tasks.run(self, self.tr("Exporting"), job, undo=_remove)


class ChangePassphraseDialog(_ActionDialog):
    """The old passphrase, the new one twice with a strength hint; seconds, nothing re-encrypted."""

    def __init__(self, context, parent: QWidget | None = None) -> None:
        companion = context.companion
        super().__init__(self.tr("Change passphrase"), self.tr("&Change"), parent)
        self.companion = companion
        self.tasks = context.tasks
        self.old = QLineEdit()
        self.old.setEchoMode(QLineEdit.EchoMode.Password)
        self.old.setAccessibleName(self.tr("Current passphrase"))
        form = QFormLayout()
        form.addRow(self.tr("C&urrent passphrase:"), self.old)
        form.labelForField(self.old).setBuddy(self.old)
        self.body.addLayout(form)
        if companion.key_file is None:
            self.old.setEnabled(False)
            self.old.setPlaceholderText(self.tr("Not needed: you opened with the recovery code"))
        self.body.addWidget(_label(self.tr("Your new passphrase:")))
        self.fields = PassphraseFields()
        self.body.addWidget(self.fields)

    def work(self) -> None:
        key_file = self.companion.key_file
        problem = self.fields.problem()
        if problem:
            raise _Plain(problem)
        new = self.fields.passphrase()
        old = self.old.text()
        companion = self.companion

        checking = self.tr("checking your current passphrase")
        other_key = self.tr("That passphrase belongs to a different key; nothing was changed.")
        saving = self.tr("saving the new passphrase")

        def job(control):
            if key_file is not None:
                control.step(checking)
                if key_file.unwrap(old) != companion.data_key:
                    raise _Plain(other_key)
            control.step(saving)
            companion.set_passphrase(new)  # touches only the key file and the keyring

        if key_file is not None and not old:
            raise _Plain(self.tr("Type your current passphrase first."))
        self.tasks.run(self, self.tr("Changing the passphrase"), job)


class RotateKeyDialog(_ActionDialog):
    """Rotate encryption key…: the vault re-encrypted under a new key; the new recovery code is
    shown once at the end (the old one stops working)."""

    def __init__(self, context, parent: QWidget | None = None) -> None:
        companion = context.companion
        super().__init__(self.tr("Rotate encryption key"), self.tr("&Rotate key"), parent)
        self.companion = companion
        self.tasks = context.tasks
        self.new_code: str | None = None
        self.body.addWidget(
            _label(
                self.tr(
                    "Companion re-encrypts your whole vault under a brand-new key. Your passphrase "
                    "stays the same; your recovery code changes, and the old one (and backups "
                    "made before) still open only the old copies. This can take a minute."
                )
            )
        )
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        form = QFormLayout()
        form.addRow(self.tr("&Passphrase:"), self.passphrase)
        form.labelForField(self.passphrase).setBuddy(self.passphrase)
        self.body.addLayout(form)

    def work(self) -> None:
        if not self.passphrase.text():
            raise _Plain(self.tr("Type your passphrase first."))
        secret = self.passphrase.text()
        companion = self.companion
        self.new_code = self.tasks.run(
            self,
            self.tr("Rotating the encryption key"),
            lambda control: rotate_key(companion, secret, control.step),
        )
        self.passphrase.clear()
        self.companion.changes.emit("settings")
        RecoveryCodeDialog(self.new_code, self.parentWidget()).open()


class RecoveryCodeDialog(QDialog):
    """The new recovery code, shown once, selectable, with a Copy button."""

    def __init__(self, code: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Your new recovery code"))
        self.setAccessibleName(self.tr("Your new recovery code"))
        intro = _label(
            self.tr(
                "Write this down or keep it in a password manager. It's the only way in if you "
                "forget your passphrase, and it won't be shown again."
            )
        )
        self.code = text_label(code, self.tr("Recovery code"), selectable=True)
        self.code.setTextFormat(Qt.TextFormat.PlainText)
        # As onboarding shows it: easy to copy by hand, each group whole on its line.
        self.code.setObjectName("recoveryCode")
        self.code.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.code.setFont(scaled_font(self.code, 1.25))
        self.setMinimumWidth(460)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        copy = buttons.addButton(self.tr("&Copy"), QDialogButtonBox.ButtonRole.ActionRole)
        copy.setAccessibleName(self.tr("Copy"))
        copy.clicked.connect(lambda: QApplication.clipboard().setText(code))
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.code)
        layout.addWidget(buttons)


class DeleteDialog(_ActionDialog):
    """Delete everything…: only after typing the exact words."""

    def __init__(self, context, parent: QWidget | None = None) -> None:
        companion = context.companion

        super().__init__(self.tr("Delete everything"), self.tr("&Delete everything"), parent)
        self.companion = companion
        self.tasks = context.tasks
        self.host = context.data  # ui/data/host.py: closes this vault under the window
        self.confirmation = confirmation_phrase()  # the language in use's; English works too
        self.body.addWidget(
            _label(
                self.tr(
                    "This deletes your vault, its key, the keyring entry and the backups in your "
                    "profile. It can't be undone. Backups you saved elsewhere are kept."
                )
            )
        )
        self.body.addWidget(
            _label(self.tr('To go ahead, type "%1":').replace("%1", self.confirmation))
        )
        self.typed = QLineEdit()
        self.typed.setAccessibleName(self.tr("Confirmation"))
        self.typed.textChanged.connect(self._enable)
        self.body.addWidget(self.typed)
        self.cancel.setDefault(True)
        self.ok.setDefault(False)
        self._enable()

    def _enable(self, *_args) -> None:
        self.ok.setEnabled(is_confirmation(self.typed.text()))

    def work(self) -> None:
        if not is_confirmation(self.typed.text()):
            raise _Plain(
                self.tr('Type "%1" to confirm. Nothing was deleted.').replace(
                    "%1", self.confirmation
                )
            )
        self.host.erase(self.typed.text(), self)
