"""Choosing a passphrase: typed twice, a live strength hint, and plain reasons when it won't do."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from companion.vault.keys import passphrase_problem, passphrase_strength


class PassphraseFields(QWidget):
    """Two password fields with a strength meter; `problem()` says why it can't be used yet."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.first = QLineEdit()
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.first.setAccessibleName(self.tr("Passphrase"))
        self.second = QLineEdit()
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        self.second.setAccessibleName(self.tr("Passphrase again"))

        self.strength = QProgressBar()
        self.strength.setRange(0, 4)
        self.strength.setTextVisible(False)
        self.strength.setMaximumHeight(8)
        self.strength.setAccessibleName(self.tr("Passphrase strength"))
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setAccessibleName(self.tr("Passphrase hint"))

        self.show_text = QCheckBox(self.tr("Show what I type"))
        self.show_text.setAccessibleName(self.tr("Show what I type"))
        self.show_text.toggled.connect(self._toggle_echo)

        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setAccessibleName(self.tr("Problem with the passphrase"))
        self.error.hide()

        form = QFormLayout()
        form.addRow(self.tr("&Passphrase:"), self.first)
        form.addRow(self.tr("&Again:"), self.second)
        for field in (self.first, self.second):
            form.labelForField(field).setBuddy(field)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.strength)
        layout.addWidget(self.hint)
        layout.addWidget(self.show_text)
        layout.addWidget(self.error)

        self.first.textChanged.connect(self._changed)
        self.second.textChanged.connect(self._changed)
        self.setTabOrder(self.first, self.second)
        self.setTabOrder(self.second, self.show_text)
        self._changed()

    def passphrase(self) -> str:
        return self.first.text()

    def problem(self) -> str | None:
        """Why the passphrase can't be used yet, in plain words, or None."""
        text = self.first.text()
        problem = passphrase_problem(text)
        if problem:
            return problem  # worded by the core, in the language in use
        if text != self.second.text():
            return self.tr("The two passphrases don't match yet. Please type the same one twice.")
        return None

    def show_problem(self, message: str | None) -> None:
        self.error.setText(message or "")
        self.error.setVisible(bool(message))

    def _toggle_echo(self, visible: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if visible else QLineEdit.EchoMode.Password
        self.first.setEchoMode(mode)
        self.second.setEchoMode(mode)

    def _changed(self) -> None:
        score, hint = passphrase_strength(self.first.text())
        self.strength.setValue(score)
        self.hint.setText(hint)
        self.show_problem(None)
        self.edited.emit()
