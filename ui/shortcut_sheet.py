"""Help → Keyboard shortcuts: every shortcut of the main window, listed from the same table that
registers them (ui.main_window.SHORTCUTS), and the keys a part of the window reads while it has
the focus (the quick mood row, a check-in), listed from the key maps those parts read
(`SHEET_ROWS` beside each map), so the sheet can't drift from what the keys do."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QIcon, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ui.dialog_scroll import DialogScroll
from ui.pages.base import text_label
from ui.theme import set_relative_font


def keys_text(keys) -> str:
    """Keys as the platform shows them; a run of three or more digits reads as a range."""
    native = QKeySequence.SequenceFormat.NativeText
    shown = [QKeySequence(int(key)).toString(native) for key in keys]
    if len(shown) >= 3 and all(k.isdigit() and len(k) == 1 for k in shown):
        numbers = sorted(int(k) for k in shown)
        if numbers == list(range(numbers[0], numbers[-1] + 1)):
            return f"{numbers[0]}–{numbers[-1]}"
    return QCoreApplication.translate("MainWindow", " or ").join(shown)


def focus_rows() -> list[tuple[str, str]]:
    """(keys as shown, what they do) for the keys a part of the window reads while focused."""
    from ui.checkins.runner import SHEET_ROWS as CHECKIN_ROWS
    from ui.mood.quick_logger import SHEET_ROWS as MOOD_ROWS
    from ui.screen.checkin_dialog import SHEET_ROWS as BOUNDARY_ROWS

    return [
        (keys_text(keys), QCoreApplication.translate("shortcuts", what))
        for keys, what in (*MOOD_ROWS, *BOUNDARY_ROWS, *CHECKIN_ROWS)
    ]


def _add_row(grid: QGridLayout, row: int, keys: str, what: str) -> QLabel:
    """One row of the sheet: the keys in bold (selectable, to copy), then what they do. Returns
    the keys' label."""
    key = QLabel(keys)
    key.setAccessibleName(f"{keys}: {what}")
    key.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    set_relative_font(key, 1.0, bold=True)
    does = text_label(what, f"{keys}: {what}")
    grid.addWidget(key, row, 0, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    grid.addWidget(does, row, 1, Qt.AlignmentFlag.AlignTop)
    return key


class ShortcutSheet(QDialog):
    """`rows` are (keys as shown, what they do), in the table's order; `focused` the same for
    keys a part of the window reads while it has the focus."""

    def __init__(
        self,
        rows: list[tuple[str, str]],
        parent: QWidget | None = None,
        focused: list[tuple[str, str]] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.rows = list(rows)
        heading = text_label(self.tr("Keyboard shortcuts"), self.tr("Keyboard shortcuts"))
        set_relative_font(heading, 1.3, bold=True)
        self.focused = list(focus_rows() if focused is None else focused)
        grid = QGridLayout()
        grid.setHorizontalSpacing(24)
        grid.setVerticalSpacing(8)
        self.key_labels: list[QLabel] = []
        self.focused_labels: list[QLabel] = []
        row = 0
        for keys, what in self.rows:
            self.key_labels.append(_add_row(grid, row, keys, what))
            row += 1
        if self.focused:
            where = text_label(self.tr("Where the focus is"), self.tr("Keys where the focus is"))
            set_relative_font(where, 1.1, bold=True)
            where.setContentsMargins(0, 8, 0, 0)
            grid.addWidget(where, row, 0, 1, 2)
            row += 1
        for keys, what in self.focused:
            self.focused_labels.append(_add_row(grid, row, keys, what))
            row += 1
        grid.setColumnStretch(1, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Close"))
        close.setAccessibleName(self.tr("Close"))
        close.setIcon(QIcon())  # the style's icon is dark on the dark theme; the word says it
        buttons.rejected.connect(self.reject)
        # The rows scroll when the screen is too short for them (a long language, 640 pixels).
        rows_widget = QWidget()
        rows_widget.setLayout(grid)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setRowStretch(row, 1)
        self.scroll = DialogScroll(rows_widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(14)
        layout.addWidget(heading)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(buttons)
        self.setMinimumWidth(500)
