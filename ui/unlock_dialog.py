"""Asking for the passphrase (or the recovery code) when the keyring can't open the vault."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from companion.domain.errors import CompanionError
from ui.passphrase_fields import PassphraseFields


class UnlockDialog(QDialog):
    """Tries each attempt at once; a wrong one shows why inline and lets the person try again.

    On success `companion` holds the opened facade and the dialog is accepted.
    """

    def __init__(
        self,
        profile_dir: Path | str | None,
        parent: QWidget | None = None,
        reason: str | None = None,
        *,
        recovery: bool = False,
    ) -> None:
        super().__init__(parent)
        self.profile_dir = profile_dir
        self.companion = None
        self.using_recovery = recovery  # start with the recovery code (the key file isn't trusted)
        self.setWindowTitle(self.tr("Open Companion"))
        self.setAccessibleName(self.tr("Open Companion"))

        self.prompt = QLabel()
        self.prompt.setWordWrap(True)
        self.prompt.setAccessibleName(self.tr("What to enter"))
        self.field = QLineEdit()
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.textChanged.connect(lambda _t: self.error.hide())
        self.error = QLabel(reason or "")
        self.error.setWordWrap(True)
        self.error.setAccessibleName(self.tr("Why it didn't open"))
        self.error.setVisible(bool(reason))
        self.switch = QPushButton()
        self.switch.setObjectName("linkButton")
        self.switch.setCursor(Qt.CursorShape.PointingHandCursor)
        self.switch.setAutoDefault(False)
        self.switch.clicked.connect(self._switch_mode)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.open_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.open_button.setText(self.tr("&Open"))
        self.open_button.setAccessibleName(self.tr("Open"))
        self.open_button.setDefault(True)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("&Quit"))
        cancel.setAccessibleName(self.tr("Quit"))
        self.buttons.accepted.connect(self.try_unlock)
        self.buttons.rejected.connect(self.reject)
        # Crisis lines need no vault: reachable by someone who can't remember the passphrase.
        from ui.help_page import help_button

        self.help_button = help_button(self)

        layout = QVBoxLayout(self)
        layout.addWidget(self.prompt)
        layout.addWidget(self.field)
        layout.addWidget(self.error)
        layout.addWidget(self.switch, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.help_button)
        row.addStretch(1)
        row.addWidget(self.buttons)
        layout.addLayout(row)
        self.setTabOrder(self.field, self.open_button)
        self._apply_mode()
        self.resize(460, 0)

    def _apply_mode(self) -> None:
        if self.using_recovery:
            self.prompt.setText(
                self.tr("Type the recovery code you saved when you set up Companion.")
            )
            self.field.setEchoMode(QLineEdit.EchoMode.Normal)
            self.field.setPlaceholderText(self.tr("Recovery code"))
            self.field.setAccessibleName(self.tr("Recovery code"))
            self.switch.setText(self.tr("Use my passphrase instead"))
        else:
            self.prompt.setText(self.tr("Enter your passphrase to open your vault."))
            self.field.setEchoMode(QLineEdit.EchoMode.Password)
            self.field.setPlaceholderText(self.tr("Passphrase"))
            self.field.setAccessibleName(self.tr("Passphrase"))
            self.switch.setText(self.tr("Use recovery code instead"))
        self.switch.setAccessibleName(self.switch.text())
        self.field.clear()
        self.field.setFocus()

    def _switch_mode(self) -> None:
        self.using_recovery = not self.using_recovery
        self.error.hide()
        self._apply_mode()

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()
        self.field.selectAll()
        self.field.setFocus()

    def try_unlock(self) -> None:
        from companion.facade import Companion

        secret = self.field.text()
        if not secret:
            self.show_error(
                self.tr("Please type your recovery code.")
                if self.using_recovery
                else self.tr("Please type your passphrase.")
            )
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            if self.using_recovery:
                self.companion = Companion.unlock(
                    self.profile_dir, recovery_code=secret, verify=False
                )
            else:
                self.companion = Companion.unlock(self.profile_dir, passphrase=secret, verify=False)
        except CompanionError as exc:
            self.show_error(self.tr(str(exc)))
            return
        finally:
            QApplication.restoreOverrideCursor()
        self.field.clear()
        self.accept()


class NewPassphraseDialog(QDialog):
    """After opening with the recovery code when the key file was lost: choose a new passphrase."""

    def __init__(self, companion, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.companion = companion
        self.setWindowTitle(self.tr("Choose a new passphrase"))
        self.setAccessibleName(self.tr("Choose a new passphrase"))
        intro = QLabel(
            self.tr(
                "Your vault is open. Its passphrase file was missing or damaged, so please "
                "choose a passphrase for next time."
            )
        )
        intro.setWordWrap(True)
        intro.setAccessibleName(self.tr("Why a new passphrase"))
        self.fields = PassphraseFields()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        save = buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setAccessibleName(self.tr("Save"))
        save.setDefault(True)
        later = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        later.setText(self.tr("&Later"))
        later.setAccessibleName(self.tr("Later"))
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.fields)
        layout.addWidget(buttons)
        # Room for a passphrase of several words; the wrapped text alone would make it narrow.
        self.setMinimumWidth(440)

    def _save(self) -> None:
        problem = self.fields.problem()
        if problem:
            self.fields.show_problem(problem)
            return
        try:
            self.companion.set_passphrase(self.fields.passphrase())
        except CompanionError as exc:
            self.fields.show_problem(str(exc))
            return
        self.accept()
