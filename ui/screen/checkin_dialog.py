"""The evening check-in: for each boundary planned today, kept / partly / not today (keys 1, 2, 3)
and what got in the way, saved in one go; then one reflection prompt, which can be skipped."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from companion.domain.errors import CompanionError
from companion.domain.i18n import _
from companion.services.boundaries import RESULT_LABELS, RESULTS
from ui.pages.base import show_text, text_label
from ui.screen.common import short_day
from ui.theme import set_relative_font

KEYS = {Qt.Key.Key_1: 0, Qt.Key.Key_2: 1, Qt.Key.Key_3: 2}
# Listed on Help → Keyboard shortcuts from the same map (ui/shortcut_sheet.py).
SHEET_ROWS = (
    (
        tuple(KEYS),
        QT_TRANSLATE_NOOP("shortcuts", "Kept, partly, or not today, in the evening check-in"),
    ),
)


class CheckRow(QFrame):
    """One boundary's answer; 1, 2 or 3 picks kept, partly or not today and moves on."""

    answered = Signal()

    def __init__(self, boundary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.boundary = boundary
        self.setAccessibleName(boundary.title)
        title = text_label(boundary.title, boundary.title)
        set_relative_font(title, 1.0, bold=True)
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        choices = QHBoxLayout()
        for number, result in enumerate(RESULTS, start=1):
            button = QRadioButton(f"{number}  {_(RESULT_LABELS[result])}")
            button.setAccessibleName(
                self.tr("%1: %2")
                .replace("%1", boundary.title)
                .replace("%2", _(RESULT_LABELS[result]))
            )
            self.group.addButton(button, number - 1)
            self.buttons[result] = button
            choices.addWidget(button)
        choices.addStretch(1)
        self.group.idClicked.connect(lambda _id: self.answered.emit())
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("What got in the way? (if you like)"))
        self.note.setAccessibleName(
            self.tr("What got in the way of %1, if you like").replace("%1", boundary.title)
        )
        self.note.setMaxLength(500)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 6)
        layout.setSpacing(4)
        layout.addWidget(title)
        layout.addLayout(choices)
        layout.addWidget(self.note)

    def result(self) -> str | None:
        checked = self.group.checkedId()
        return RESULTS[checked] if checked >= 0 else None

    def set_result(self, result: str) -> None:
        self.buttons[result].setChecked(True)

    def focus_answers(self) -> None:
        button = self.group.checkedButton() or self.buttons[RESULTS[0]]
        button.setFocus(Qt.FocusReason.TabFocusReason)

    def keyPressEvent(self, event) -> None:
        index = KEYS.get(Qt.Key(event.key()))
        if index is not None and not self.note.hasFocus():
            self.set_result(RESULTS[index])
            self.answered.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class EveningCheckInDialog(QDialog):
    saved = Signal()

    def __init__(self, context, day: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context  # ui/context.py: the facade, the task runner, …
        companion = self.companion = context.companion
        self.day = day or companion.today()
        self.reflection = None
        self.rows: list[CheckRow] = []
        self.setWindowTitle(self.tr("Evening check-in"))
        self.setAccessibleName(self.tr("Evening check-in"))
        self.resize(560, 520)

        heading = text_label(
            self.tr("How did today go? (%1)").replace("%1", short_day(self.day)),
            self.tr("How did today go?"),
        )
        set_relative_font(heading, 1.2, bold=True)
        intro = text_label(
            self.tr(
                "Press 1, 2 or 3 for each one: kept, partly, or not today. Any answer is "
                "fine; this is for noticing, not judging."
            ),
            self.tr("How the check-in works"),
        )
        inner = QWidget()
        rows_layout = QVBoxLayout(inner)
        rows_layout.setContentsMargins(0, 0, 0, 0)
        existing = companion.boundaries.checks_on(self.day)
        for boundary in companion.boundaries.active_on(self.day):
            row = CheckRow(boundary)
            if boundary.id in existing:
                row.set_result(existing[boundary.id].result)
                row.note.setText(existing[boundary.id].note)
            row.answered.connect(lambda r=row: self._next_row(r))
            self.rows.append(row)
            rows_layout.addWidget(row)
        rows_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(inner)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)

        self.problem = text_label("", self.tr("Problem"), selectable=True)
        self.problem.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        if self.rows:
            self.rows[0].focus_answers()

    def _next_row(self, row: CheckRow) -> None:
        index = self.rows.index(row)
        if index + 1 < len(self.rows):
            self.rows[index + 1].focus_answers()
        else:
            self.save_button.setFocus(Qt.FocusReason.TabFocusReason)

    def answers(self) -> dict[int, tuple[str, str]]:
        return {
            row.boundary.id: (row.result(), row.note.text())
            for row in self.rows
            if row.result() is not None
        }

    def save(self) -> bool:
        answers = self.answers()
        if not answers:
            self._problem(self.tr("Choose an answer for at least one boundary, or Cancel."))
            return False
        try:
            self.companion.boundaries.check_in_many(self.day, answers)
        except CompanionError as exc:
            self._problem(str(exc))
            return False
        self.saved.emit()
        self.accept()
        self.offer_reflection()
        return True

    def offer_reflection(self):
        from ui.screen.reflection_dialog import ReflectionPromptDialog

        self.reflection = ReflectionPromptDialog(self.context, self.day, self.parentWidget())
        self.reflection.open()
        return self.reflection

    def _problem(self, text: str) -> None:
        show_text(self.problem, text)
