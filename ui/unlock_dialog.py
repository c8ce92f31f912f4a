"""Asking for the passphrase (or the recovery code) when the keyring can't open the vault."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
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
from ui.tasks import Task, TaskRunner


class UnlockDialog(QDialog):
    """Tries each attempt at once; a wrong one shows why inline and lets the person try again.

    The passphrase's key derivation (Argon2id, up to a second) runs on the task runner's worker:
    meanwhile the dialog says "Opening…" and keeps painting, and "Need help now?" still works.
    On success `companion` holds the opened facade and the dialog is accepted; closed before
    that, the vault opened meanwhile is closed again.
    """

    def __init__(
        self,
        profile_dir: Path | str | None,
        parent: QWidget | None = None,
        reason: str | None = None,
        *,
        tasks: TaskRunner,
        recovery: bool = False,
    ) -> None:
        super().__init__(parent)
        self.profile_dir = profile_dir
        self.tasks = tasks  # the app's one runner: the vault is opened on its worker
        self.task: Task | None = None  # while an attempt is being checked
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
        # Beside the buttons while the key is worked out: the window stays as it was, only quieter.
        self.busy = QLabel(self.tr("Opening…"))
        self.busy.setAccessibleName(self.tr("Opening…"))
        self.busy.hide()

        layout = QVBoxLayout(self)
        layout.addWidget(self.prompt)
        layout.addWidget(self.field)
        layout.addWidget(self.error)
        layout.addWidget(self.switch, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.help_button)
        row.addStretch(1)
        row.addWidget(self.busy)
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
        """Start opening the vault with what was typed; the outcome comes back to `_opened` or
        `_refused`. Enter again while an attempt is being checked does nothing."""
        if self.task is not None:
            return
        secret = self.field.text()
        if not secret:
            self.show_error(
                self.tr("Please type your recovery code.")
                if self.using_recovery
                else self.tr("Please type your passphrase.")
            )
            return
        profile_dir = self.profile_dir
        recovery = self.using_recovery

        def work(_control):
            # Nothing else is open yet: this makes a new vault connection, and the key's
            # derivation is the slow part.
            from companion.facade import Companion

            if recovery:
                return Companion.unlock(profile_dir, recovery_code=secret, verify=False)
            return Companion.unlock(profile_dir, passphrase=secret, verify=False)

        try:
            # Closed or quit before it ends: the vault opened meanwhile is closed (undo).
            task = self.tasks.start(self.windowTitle(), work, undo=_close_opened)
        except CompanionError as exc:
            self.show_error(str(exc))
            return
        self.task = task
        task.succeeded.connect(self._opened)
        task.failed.connect(self._refused)
        task.finished.connect(self._attempt_over)
        self.set_busy(True)

    def set_busy(self, busy: bool) -> None:
        """While an attempt is checked: "Opening…", nothing to press twice, the field kept as
        typed; "Need help now?" and Quit stay clickable."""
        self.busy.setVisible(busy)
        self.open_button.setEnabled(not busy)
        self.field.setReadOnly(busy)
        self.switch.setEnabled(not busy)
        if busy:
            self.setCursor(Qt.CursorShape.BusyCursor)  # still clickable: help, Quit
        else:
            self.unsetCursor()

    def _opened(self, companion) -> None:
        self.companion = companion
        self.field.clear()
        self.accept()

    def _refused(self, message: str) -> None:
        if self.isVisible():
            self.set_busy(False)  # the field takes focus only once it can be typed in
            self.show_error(self.tr(message))

    def _attempt_over(self) -> None:
        self.task = None
        self.set_busy(False)

    def reject(self) -> None:
        if self.task is not None:
            self.task.cancel()  # it ends in the runner; what it opened is closed there
        super().reject()


def _close_opened(companion) -> None:
    if companion is not None:
        companion.close()


class NewPassphraseDialog(QDialog):
    """After opening with the recovery code when the key file was lost: choose a new passphrase.
    Its key is worked out on the task runner, behind its progress window."""

    def __init__(self, context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.companion = context.companion
        self.tasks = context.tasks
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
        save = self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
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
        companion, passphrase = self.companion, self.fields.passphrase()
        try:
            # Only the key file and the keyring are written, never the vault.
            self.tasks.run(
                self,
                self.tr("Saving your new passphrase"),
                lambda _control: companion.set_passphrase(passphrase),
            )
        except CompanionError as exc:
            self.fields.show_problem(str(exc))
            return
        self.accept()
