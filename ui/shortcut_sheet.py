"""Help → Keyboard shortcuts: every shortcut of the main window, listed from the same table that
registers them (ui.main_window.SHORTCUTS), so the sheet can't drift from what the keys do."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ui.pages.base import text_label
from ui.theme import set_relative_font


class ShortcutSheet(QDialog):
    """`rows` are (keys as shown, what they do), in the table's order."""

    def __init__(self, rows: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.rows = list(rows)
        heading = text_label(self.tr("Keyboard shortcuts"), self.tr("Keyboard shortcuts"))
        set_relative_font(heading, 1.3, bold=True)
        grid = QGridLayout()
        grid.setHorizontalSpacing(24)
        grid.setVerticalSpacing(8)
        self.key_labels: list[QLabel] = []
        for row, (keys, what) in enumerate(self.rows):
            key = QLabel(keys)
            key.setAccessibleName(f"{keys}: {what}")
            key.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            set_relative_font(key, 1.0, bold=True)
            does = text_label(what, f"{keys}: {what}")
            grid.addWidget(key, row, 0, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            grid.addWidget(does, row, 1, Qt.AlignmentFlag.AlignTop)
            self.key_labels.append(key)
        grid.setColumnStretch(1, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Close"))
        close.setAccessibleName(self.tr("Close"))
        close.setIcon(QIcon())  # the style's icon is dark on the dark theme; the word says it
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(14)
        layout.addWidget(heading)
        layout.addLayout(grid)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)
