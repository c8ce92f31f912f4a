"""Settings → “Your data and privacy”: backups (now, automatic, restore), export, passphrase and
key, the idle lock, and deleting everything."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
)

from companion.domain.errors import CompanionError
from ui.data.common import PathField, problem_label, show_problem
from ui.pages.base import text_label
from ui.theme import set_relative_font


class DataPrivacyGroup(QFrame):
    """The card's buttons open the dialogs in ui/data/dialogs.py, over the app's context: its
    data host restores and deletes (those close the vault under the window), its lock locks."""

    def __init__(self, context, parent=None) -> None:
        super().__init__(parent)
        self.context = context
        self.companion = context.companion
        self.dialog = None
        self.setObjectName("card")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(8)
        heading = text_label(self.tr("Your data and privacy"), self.tr("Your data and privacy"))
        set_relative_font(heading, 1.1, bold=True)
        layout.addWidget(heading)
        layout.addWidget(
            text_label(
                self.tr(
                    "Everything stays on this computer, encrypted. You can take it with you, "
                    "move it, or remove it whenever you like."
                ),
                self.tr("About your data"),
            )
        )

        buttons = QGridLayout()
        self.backup_button = self._button(self.tr("&Back up now…"), self.open_backup)
        self.restore_button = self._button(self.tr("&Restore…"), self.open_restore)
        self.export_button = self._button(self.tr("E&xport…"), self.open_export)
        self.passphrase_button = self._button(self.tr("Change &passphrase…"), self.open_passphrase)
        self.rotate_button = self._button(self.tr("Rotate encryption &key…"), self.open_rotate)
        self.lock_button = self._button(self.tr("&Lock now"), self.lock_now)
        for index, button in enumerate(
            (
                self.backup_button,
                self.restore_button,
                self.export_button,
                self.passphrase_button,
                self.rotate_button,
                self.lock_button,
            )
        ):
            buttons.addWidget(button, index // 2, index % 2)
        layout.addLayout(buttons)

        self.auto = QCheckBox(self.tr("Make an encrypted &backup automatically once a day"))
        self.auto.setAccessibleName(self.tr("Automatic daily backups"))
        self.auto.toggled.connect(self._auto_toggled)
        layout.addWidget(self.auto)
        form = QFormLayout()
        self.keep = QSpinBox()
        self.keep.setRange(1, 365)
        self.keep.setAccessibleName(self.tr("How many automatic backups to keep"))
        self.keep.valueChanged.connect(lambda v: self._set("backup.keep", int(v)))
        form.addRow(self.tr("Keep the newest:"), self.keep)
        self.folder = PathField(self.tr("Folder for automatic backups"), self._choose_folder)
        self.folder.edit.setPlaceholderText(self.tr("Inside your profile"))
        self.folder.edit.editingFinished.connect(self._folder_edited)
        form.addRow(self.tr("Folder:"), self.folder)
        self.idle = QSpinBox()
        self.idle.setRange(0, 24 * 60)
        self.idle.setSpecialValueText(self.tr("Never"))
        self.idle.setSuffix(self.tr(" min"))
        self.idle.setAccessibleName(self.tr("Lock after this many minutes idle"))
        self.idle.valueChanged.connect(lambda v: self._set("lock.idle_minutes", int(v) or None))
        form.addRow(self.tr("Lock after idle:"), self.idle)
        layout.addLayout(form)
        self.status = text_label("", self.tr("Backup status"))
        layout.addWidget(self.status)
        self.problem = problem_label()
        layout.addWidget(self.problem)

        self.delete_button = QPushButton(self.tr("&Delete everything…"))
        self.delete_button.setObjectName("dangerButton")
        self.delete_button.setAccessibleName(self.tr("Delete everything"))
        self.delete_button.clicked.connect(self.open_delete)
        layout.addWidget(self.delete_button)

    def _button(self, text: str, slot) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        button.clicked.connect(slot)
        return button

    # --- settings -----------------------------------------------------------------------------

    def refresh(self) -> None:
        from companion.storage.backup import auto_backups, backup_folder

        get = self.companion.settings.get
        for widget, value in (
            (self.auto, bool(get("backup.auto"))),
            (self.keep, int(get("backup.keep"))),
            (self.idle, int(get("lock.idle_minutes") or 0)),
        ):
            widget.blockSignals(True)
            if isinstance(widget, QCheckBox):
                widget.setChecked(value)
            else:
                widget.setValue(value)
            widget.blockSignals(False)
        self.folder.setText(get("backup.folder") or "")
        self.keep.setEnabled(self.auto.isChecked())
        self.folder.setEnabled(self.auto.isChecked())
        made = auto_backups(backup_folder(self.companion))
        problem = getattr(self.context.data, "auto_backup_problem", None)
        if problem:
            self.status.setText(
                self.tr("The last automatic backup didn't work: %1").replace("%1", problem)
            )
        elif made:
            self.status.setText(self.tr("Latest automatic backup: %1").replace("%1", made[-1].name))
        else:
            self.status.setText(self.tr("No automatic backup yet."))

    def _set(self, key: str, value) -> None:
        show_problem(self.problem, "")
        try:
            self.companion.settings.set(key, value)
        except CompanionError as exc:
            show_problem(self.problem, str(exc))

    def _auto_toggled(self, on: bool) -> None:
        self._set("backup.auto", on)
        self.keep.setEnabled(on)
        self.folder.setEnabled(on)

    def _folder_edited(self) -> None:
        text = self.folder.text()
        if text and not Path(text).expanduser().is_dir():
            show_problem(self.problem, self.tr("The folder %1 doesn't exist.").replace("%1", text))
            return
        self._set("backup.folder", text or None)

    def _choose_folder(self, current: str) -> str:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for automatic backups"), current
        )
        if chosen:
            self.folder.setText(chosen)
            self._folder_edited()
        return chosen

    def lock_now(self) -> None:
        if self.context.lock is not None:
            self.context.lock.lock()

    # --- dialogs ------------------------------------------------------------------------------

    def _open(self, dialog):
        self.dialog = dialog
        dialog.open()
        return dialog

    def open_backup(self):
        from ui.data.dialogs import BackupDialog

        return self._open(BackupDialog(self.context, self.window()))

    def open_restore(self):
        from ui.data.dialogs import RestoreDialog

        return self._open(RestoreDialog(self.context, self.window()))

    def open_export(self):
        from ui.data.dialogs import ExportDialog

        return self._open(ExportDialog(self.context, self.window()))

    def open_passphrase(self):
        from ui.data.dialogs import ChangePassphraseDialog

        return self._open(ChangePassphraseDialog(self.context, self.window()))

    def open_rotate(self):
        from ui.data.dialogs import RotateKeyDialog

        return self._open(RotateKeyDialog(self.context, self.window()))

    def open_delete(self):
        from ui.data.dialogs import DeleteDialog

        return self._open(DeleteDialog(self.context, self.window()))
