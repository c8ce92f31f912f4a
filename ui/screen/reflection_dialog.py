"""One gentle reflection prompt after the evening check-in, with room to answer or skip."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from companion.domain.errors import CompanionError
from ui.pages.base import show_text, text_label
from ui.theme import set_relative_font


class ReflectionPromptDialog(QDialog):
    def __init__(self, context, day: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context  # ui/context.py: the facade, the task runner, …
        companion = self.companion = context.companion
        self.prompt = companion.reflections.offer(day)
        self.saved_id: int | None = None
        self.setWindowTitle(self.tr("A moment to reflect"))
        self.setAccessibleName(self.tr("A moment to reflect"))
        self.resize(520, 340)

        intro = text_label(
            self.tr("Thank you for checking in. One question, if you'd like it:"),
            self.tr("About this question"),
        )
        self.prompt_label = text_label(self.prompt.text, self.prompt.text, selectable=True)
        set_relative_font(self.prompt_label, 1.15, bold=True)
        self.answer = QPlainTextEdit()
        self.answer.setAccessibleName(self.tr("Your answer to: %1").replace("%1", self.prompt.text))
        self.answer.setPlaceholderText(self.tr("A few words are plenty."))
        self.answer.setTabChangesFocus(True)
        self.problem = text_label("", self.tr("Problem"), selectable=True)
        self.problem.hide()
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(
            self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.skip_button = buttons.addButton(
            self.tr("Skip for today"), QDialogButtonBox.ButtonRole.RejectRole
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.prompt_label)
        layout.addWidget(self.answer, 1)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.answer.setFocus()

    def save(self) -> bool:
        try:
            self.saved_id = self.companion.reflections.answer(
                self.prompt.id, self.answer.toPlainText()
            )
        except CompanionError as exc:
            show_text(self.problem, str(exc))
            return False
        self.accept()
        return True
