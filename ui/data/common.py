"""Small pieces the data dialogs share: a path field with Browse…, a secret field that switches
between passphrase and recovery code, and a plain problem line."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


def problem_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setObjectName("problem")
    label.setAccessibleName(QApplication.translate("data", "Problem"))
    label.hide()
    return label


def show_problem(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


class PathField(QWidget):
    """A path typed or chosen with Browse… (the chooser is `choose()`, so tests can skip it)."""

    def __init__(self, name: str, choose: Callable[[str], str], parent=None) -> None:
        super().__init__(parent)
        self._choose = choose
        self.edit = QLineEdit()
        self.edit.setAccessibleName(name)
        self.browse = QPushButton(self.tr("&Browse…"))
        self.browse.setAccessibleName(self.tr("Browse for %1").replace("%1", name))
        self.browse.setAutoDefault(False)
        self.browse.clicked.connect(self._browse)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(self.browse)

    def _browse(self) -> None:
        chosen = self._choose(self.edit.text())
        if chosen:
            self.edit.setText(chosen)

    def text(self) -> str:
        return self.edit.text().strip()

    def setText(self, text: str) -> None:
        self.edit.setText(text)


class SecretField(QWidget):
    """A passphrase, or (after "Use recovery code instead") a recovery code."""

    # From one to the other: a line about what was typed before no longer applies.
    switched = Signal()

    def __init__(self, parent=None, *, prompt_passphrase: str, prompt_code: str) -> None:
        super().__init__(parent)
        self.prompts = (prompt_passphrase, prompt_code)
        self.using_recovery = False
        self.prompt = QLabel()
        self.prompt.setWordWrap(True)
        self.prompt.setAccessibleName(self.tr("What to enter"))
        self.field = QLineEdit()
        self.switch = QPushButton()
        self.switch.setObjectName("linkButton")
        self.switch.setCursor(Qt.CursorShape.PointingHandCursor)
        self.switch.setAutoDefault(False)
        self.switch.clicked.connect(self.toggle)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.prompt)
        layout.addWidget(self.field)
        layout.addWidget(self.switch, 0, Qt.AlignmentFlag.AlignLeft)
        self._apply()

    def toggle(self) -> None:
        self.using_recovery = not self.using_recovery
        self._apply()
        self.switched.emit()

    def _apply(self) -> None:
        self.field.clear()
        if self.using_recovery:
            self.prompt.setText(self.prompts[1])
            self.field.setEchoMode(QLineEdit.EchoMode.Normal)
            self.field.setAccessibleName(self.tr("Recovery code"))
            self.field.setPlaceholderText(self.tr("Recovery code"))
            self.switch.setText(self.tr("Use the passphrase instead"))
        else:
            self.prompt.setText(self.prompts[0])
            self.field.setEchoMode(QLineEdit.EchoMode.Password)
            self.field.setAccessibleName(self.tr("Passphrase"))
            self.field.setPlaceholderText(self.tr("Passphrase"))
            self.switch.setText(self.tr("Use the recovery code instead"))
        self.switch.setAccessibleName(self.switch.text())

    def secret(self) -> tuple[str | None, str | None]:
        """(passphrase, recovery code): one of them is set."""
        text = self.field.text()
        return (None, text) if self.using_recovery else (text, None)
