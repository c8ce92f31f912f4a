"""“How are you right now?”: five buttons, or the keys 1 to 5, log a mood at once."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import QDialog, QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from companion.domain.errors import CompanionError
from ui.mood.common import LEVEL_COLOURS, clock_time, mood_button_style
from ui.pages.base import show_text, text_label
from ui.theme import set_relative_font
from ui.undo_bar import offer_undo

DIGIT_KEYS = {
    Qt.Key.Key_1: 1,
    Qt.Key.Key_2: 2,
    Qt.Key.Key_3: 3,
    Qt.Key.Key_4: 4,
    Qt.Key.Key_5: 5,
}
# Help → Keyboard shortcuts lists these from the same map the row reads (ui/shortcut_sheet.py).
SHEET_ROWS = (
    (
        tuple(DIGIT_KEYS),
        QT_TRANSLATE_NOOP("shortcuts", "Log that mood, on “How are you right now?” (Today, Mood)"),
    ),
)


class QuickMoodRow(QFrame):
    """A card with the question, five level buttons and a “More…” button.

    A digit key 1-5 anywhere inside it logs that level; `logged(entry_id, level)` follows.
    """

    logged = Signal(int, int)
    more_requested = Signal()

    def __init__(
        self,
        companion,
        parent: QWidget | None = None,
        *,
        with_more: bool = True,
        undo_host: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.companion = companion
        self.undo_host = undo_host  # whose window shows Undo (default: this one's)
        self.setObjectName("card")
        self.setAccessibleName(self.tr("Quick mood: keys 1 to 5"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.question = text_label(
            self.tr("How are you right now?"), self.tr("How are you right now?")
        )
        set_relative_font(self.question, 1.1, bold=True)
        self.hint = text_label(
            self.tr(
                "Pick one, or press a key from 1 to 5. You can add more afterwards if you like."
            ),
            self.tr("How to log a mood"),
        )
        self.buttons: list[QPushButton] = []
        row = QHBoxLayout()
        row.setSpacing(8)
        for level in range(1, 6):
            button = QPushButton()
            button.setMinimumHeight(round(self.fontMetrics().height() * 2.4))
            button.clicked.connect(lambda _=False, lv=level: self.log(lv))
            self.buttons.append(button)
            row.addWidget(button, 1)
        self.more = QPushButton(self.tr("More…"))
        self.more.setStyleSheet(mood_button_style())  # one button style across the row
        self.more.setMinimumHeight(round(self.fontMetrics().height() * 2.4))
        self.more.setToolTip(self.tr("Add energy, feelings, activities, people or a note"))
        self.more.setAccessibleName(self.tr("Log a mood with more detail"))
        self.more.clicked.connect(self.more_requested.emit)
        self.more.setVisible(with_more)
        row.addWidget(self.more)
        self.status = text_label("", self.tr("Last mood noted"))
        self.status.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(8)
        layout.addWidget(self.question)
        layout.addWidget(self.hint)
        layout.addLayout(row)
        layout.addWidget(self.status)
        self.setFocusProxy(self.buttons[2])
        self.update_labels()

    def update_labels(self) -> None:
        labels = self.companion.mood.labels()
        for level, (button, label) in enumerate(zip(self.buttons, labels, strict=True), start=1):
            button.setText(f"{level}  {label}")
            button.setAccessibleName(
                self.tr("%1: %2").replace("%1", str(level)).replace("%2", label)
            )
            button.setToolTip(
                self.tr("Log “%1” (key %2)").replace("%1", label).replace("%2", str(level))
            )
            # A soft stripe in the level's colour; the text stays in the palette's own colours.
            button.setStyleSheet(mood_button_style(LEVEL_COLOURS[level - 1]))

    def keyPressEvent(self, event) -> None:
        level = DIGIT_KEYS.get(event.key())
        if level is not None and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            self.log(level)
            event.accept()
            return
        super().keyPressEvent(event)

    def log(self, level: int) -> int | None:
        try:
            # Reaching the mood service's write first: on the first screen (companion.storage.glance) that
            # waits for the full Companion to open, which the import below then finds loaded.
            log_mood = self.companion.mood.log
            from companion.services.mood import MoodInput

            entry_id = log_mood(MoodInput(level=level))
        except CompanionError as exc:
            self.show_status(str(exc))
            return None
        label = self.companion.mood.label(level)
        when = self.companion.clock.now()
        noted = (
            self.tr("Noted “%1” at %2. Thank you for checking in.")
            .replace("%1", label)
            .replace("%2", clock_time(when))
        )
        self.show_status(noted)
        # One key is quick to press by mistake: Undo takes it back for a few seconds.
        remove = self.companion.mood.delete
        window = (self.undo_host or self).window()
        offer_undo(
            self.undo_host or self,
            self.tr("Noted “%1”.").replace("%1", label),
            lambda: self._take_back(remove, entry_id, window, noted),
        )
        self.logged.emit(entry_id, level)
        return entry_id

    def _take_back(self, remove, entry_id: int, window: QWidget, noted: str) -> None:
        remove(entry_id)
        # The row that logged it may have been replaced meanwhile (the first screen's Today by
        # the full one, which took over its “Noted …”): every row still saying so is told.
        said = self.tr("Taken back. Log another whenever you like.")
        for row in window.findChildren(QuickMoodRow):
            if row.status.text() == noted:
                row.show_status(said)

    def show_status(self, text: str) -> None:
        show_text(self.status, text)


class QuickMoodDialog(QDialog):
    """The quick logger on its own (Ctrl+M, the tray): one key and it's done."""

    def __init__(self, context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context  # ui/context.py: the facade, the task runner, …
        companion = self.companion = context.companion
        self.entry_id: int | None = None
        self.setWindowTitle(self.tr("Log a mood"))
        self.setAccessibleName(self.tr("Log a mood"))
        # This dialog closes at once: Undo shows in the window under it.
        self.row = QuickMoodRow(companion, self, undo_host=parent)
        self.row.logged.connect(self._logged)
        self.row.more_requested.connect(self._more)
        layout = QVBoxLayout(self)
        layout.addWidget(self.row)
        self.row.setFocus()

    def keyPressEvent(self, event) -> None:
        if event.key() in DIGIT_KEYS:
            self.row.keyPressEvent(event)
            return
        super().keyPressEvent(event)

    def _logged(self, entry_id: int, _level: int) -> None:
        self.entry_id = entry_id
        self.accept()

    def _more(self) -> None:
        from ui.mood.entry_dialog import MoodEntryDialog

        self.hide()
        dialog = MoodEntryDialog(self.context, parent=self.parentWidget())
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.entry_id = dialog.entry_id
            self.accept()
        else:
            self.reject()
