"""The questionnaire runner: one question per screen, fully keyboard operable (the number shown
beside an answer, its published value, picks it; Enter goes on, Backspace goes back), saving a
draft after every answer so it can resume.

A PHQ-9 item-9 answer above zero brings the calm safety card right after that question. A form's
unscored closing question (PHQ-9, GAD-7) follows the last one when some problem was checked off;
it can be skipped.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from companion.domain.assessments import find_instrument
from companion.domain.errors import CompanionError
from companion.domain.i18n import current_language
from companion.domain.official_texts import form_for, needs_english_note
from ui.checkins.safety_card import SafetyCardWidget, crisis_line_text
from ui.pages.base import CurrentPageStack, text_label
from ui.theme import set_relative_font

NUMBER_KEYS = {getattr(Qt.Key, f"Key_{n}"): n for n in range(10)}
NEXT_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
BACK_KEY = Qt.Key.Key_Backspace
# Listed on Help → Keyboard shortcuts from the keys keyPressEvent reads (ui/shortcut_sheet.py).
SHEET_ROWS = (
    (tuple(NUMBER_KEYS), QT_TRANSLATE_NOOP("shortcuts", "Choose that answer, in a check-in")),
    (NEXT_KEYS[:1], QT_TRANSLATE_NOOP("shortcuts", "Next question, in a check-in")),
    ((BACK_KEY,), QT_TRANSLATE_NOOP("shortcuts", "Previous question, in a check-in")),
)


class QuestionnaireRunner(QFrame):
    """Runs one instrument. Emits `finished(CheckinResult)`, `stopped()` (the draft is kept) or
    `help_requested()` (open the help page; the runner stays where it was)."""

    finished = Signal(object)
    stopped = Signal()
    help_requested = Signal()

    def __init__(
        self,
        companion,
        instrument: str,
        *,
        resume: bool = True,
        language: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.companion = companion
        self.instrument = find_instrument(instrument)
        ins = self.instrument
        draft = companion.checkins.draft(ins.id) if resume else None
        # The words shown: the official translation where the app's language has one, else the
        # English form. Values (and so scores) are the instrument's own either way. A resumed
        # draft keeps the language it was started in, so one check-in is answered in one language.
        if draft is not None and draft.language:
            language = draft.language
        language = language or current_language()
        self.form = form_for(ins.id, language)
        form = self.form
        self.setObjectName("card")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(ins.name)
        self.answers: list[int | None] = [None] * len(ins.items)
        self.index = 0
        self.flag_cards_shown: set[int] = set()
        self.difficulty: int | None = None
        self.result = None
        if draft is not None:
            self.answers[: len(draft.answers)] = list(draft.answers)
            unanswered = [i for i, a in enumerate(self.answers) if a is None]
            self.index = unanswered[0] if unanswered else len(self.answers) - 1
            # Already past a flagged item in an earlier sitting: the card was shown then.
            self.flag_cards_shown = {i for i in self._flagged_items() if i < self.index}
        elif not resume:
            companion.checkins.discard_draft(ins.id)

        self.title = text_label(form.title, form.title)
        set_relative_font(self.title, 1.1, bold=True)
        self.instructions = text_label(form.instructions, form.instructions)
        self.language_note = None
        if needs_english_note(ins.id, language):
            self.language_note = text_label(
                self.tr(
                    "This questionnaire is shown in English: there is no official translation "
                    "of it yet."
                ),
                self.tr("About the language"),
            )
        self.progress = QProgressBar()
        self.progress.setRange(0, len(ins.items))
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(6)
        self.progress.setAccessibleName(self.tr("Progress"))
        self.counter = text_label("", self.tr("Question number"))
        self.question = text_label("", self.tr("Question"), selectable=False)
        set_relative_font(self.question, 1.2, bold=True)

        self.option_group = QButtonGroup(self)
        options_box = QVBoxLayout()
        options_box.setSpacing(6)
        self.option_buttons: list[QRadioButton] = []
        # Each answer shows its published value, the number that is scored and reported.
        for option in form.options:
            button = QRadioButton(f"{option.value}   {option.label}")
            button.setAccessibleName(f"{option.value}: {option.label}")
            self.option_group.addButton(button, option.value)
            self.option_buttons.append(button)
            options_box.addWidget(button)
        self.option_group.idClicked.connect(self._picked)
        self.keys_hint = text_label(
            self.tr(
                "Keys: the number beside an answer chooses it, Enter goes on, Backspace goes "
                "back. Your answers are saved as you go."
            ),
            self.tr("Keyboard help"),
        )

        self.back = QPushButton(self.tr("Back"))
        self.back.clicked.connect(self.go_back)
        self.next = QPushButton(self.tr("Next"))
        self.next.clicked.connect(self.go_next)
        self.pause = QPushButton(self.tr("Stop for now"))
        self.pause.setToolTip(self.tr("Your answers so far are kept; you can continue later."))
        self.pause.clicked.connect(self.stop)
        for button in (self.back, self.next, self.pause):
            button.setAutoDefault(False)
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        nav = QHBoxLayout()
        nav.addWidget(self.back)
        nav.addWidget(self.next)
        nav.addStretch(1)
        nav.addWidget(self.pause)

        question_page = QWidget()
        q = QVBoxLayout(question_page)
        q.setContentsMargins(0, 0, 0, 0)
        q.setSpacing(10)
        q.addWidget(self.counter)
        q.addWidget(self.question)
        q.addLayout(options_box)
        q.addStretch(1)
        q.addWidget(self.keys_hint)
        q.addLayout(nav)

        self.stack = CurrentPageStack()
        self.stack.addWidget(question_page)
        self.closing_page = None
        self.closing_buttons: list[QRadioButton] = []
        if form.closing is not None:
            self.closing_page = self._build_closing_page(form.closing)
            self.stack.addWidget(self.closing_page)
        self.safety_card = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 18, 22, 18)
        layout.setSpacing(10)
        layout.addWidget(self.title)
        if self.language_note is not None:
            layout.addWidget(self.language_note)
        layout.addWidget(self.instructions)
        layout.addWidget(self.progress)
        layout.addWidget(self.stack, 1)
        self._show_question()

    # --- keyboard ---------------------------------------------------------------------------------

    def keyPressEvent(self, event) -> None:
        key = event.key()
        if self.on_closing():
            self._closing_key(event)
            return
        if self.stack.currentIndex() != 0:
            super().keyPressEvent(event)
            return
        number = NUMBER_KEYS.get(key)
        if number is not None and self.option_group.button(number) is not None:
            self.pick(number)
        elif key in NEXT_KEYS:
            self.go_next()
        elif key == BACK_KEY:
            self.go_back()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    # --- moving through the questions ---------------------------------------------------------------

    def _flagged_items(self) -> list[int]:
        return [item - 1 for item, _flag in self.instrument.item_flags]

    def _show_question(self) -> None:
        ins = self.instrument
        self.stack.setCurrentIndex(0)
        total = len(ins.items)
        self.counter.setText(
            self.tr("Question %1 of %2")
            .replace("%1", str(self.index + 1))
            .replace("%2", str(total))
        )
        self.counter.setAccessibleName(self.counter.text())
        item = self.form.items[self.index]
        self.question.setText(item)
        self.question.setAccessibleName(item)
        self.progress.setValue(sum(a is not None for a in self.answers))
        chosen = self.answers[self.index]
        self.option_group.setExclusive(False)
        for button in self.option_buttons:
            button.setChecked(self.option_group.id(button) == chosen)
        self.option_group.setExclusive(True)
        self.back.setEnabled(self.index > 0)
        last = self.index == total - 1 and ins.closing is None
        self.next.setText(self.tr("See my result") if last else self.tr("Next"))
        self.next.setEnabled(chosen is not None)
        target = next((b for b in self.option_buttons if b.isChecked()), self.option_buttons[0])
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def pick_position(self, number: int) -> None:
        """Choose the number-th option of the current question (1-based, top to bottom)."""
        self.option_buttons[number - 1].click()

    def pick(self, value: int) -> None:
        """Choose an option by its value in the instrument's own coding."""
        self.option_group.button(value).click()

    def _picked(self, value: int) -> None:
        self.answers[self.index] = value
        # The answer is still held here if the draft can't be saved: it's a convenience.
        with contextlib.suppress(CompanionError):
            self.companion.checkins.save_draft(
                self.instrument.id, self.answers, language=self.form.language
            )
        self.progress.setValue(sum(a is not None for a in self.answers))
        self.next.setEnabled(True)
        self.option_group.button(value).setFocus()

    def go_next(self) -> None:
        if self.stack.currentIndex() != 0 or self.answers[self.index] is None:
            return
        if (
            self.index in self._flagged_items()
            and self.answers[self.index] > 0
            and self.index not in self.flag_cards_shown
        ):
            self.flag_cards_shown.add(self.index)
            self._show_safety_card()
            return
        self._advance()

    def _advance(self) -> None:
        if self.index < len(self.answers) - 1:
            self.index += 1
            self._show_question()
        elif self.instrument.asks_closing(self.answers):
            self._show_closing()
        else:
            self._finish()

    def go_back(self) -> None:
        if self.on_closing():
            self._show_question()  # back to the last question
            return
        if self.stack.currentIndex() != 0:
            self.stack.setCurrentIndex(0)
        elif self.index > 0:
            self.index -= 1
        self._show_question()

    def stop(self) -> None:
        """Leave for now; the draft keeps every answer so far."""
        self.stopped.emit()

    def _finish(self) -> None:
        asked = self.instrument.asks_closing(self.answers)
        try:
            self.result = self.companion.checkins.save(
                self.instrument.id,
                self.answers,
                difficulty=self.difficulty if asked else None,
                language=self.form.language,
            )
        except CompanionError as exc:
            self.counter.setText(str(exc))
            return
        self.finished.emit(self.result)

    # --- the closing question (not scored, can be skipped) -------------------------------------------

    def _build_closing_page(self, closing) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(10)
        note = text_label(
            self.tr("One last question. It isn't part of the score, and you can skip it."),
            self.tr("About this question"),
        )
        self.closing_question = text_label(closing.text, self.tr("Question"), selectable=False)
        set_relative_font(self.closing_question, 1.2, bold=True)
        self.closing_group = QButtonGroup(self)
        options = QVBoxLayout()
        options.setSpacing(6)
        # Unscored: the published form shows no numbers here, so none are shown; keys 1 to 4
        # choose by position.
        for option in closing.options:
            button = QRadioButton(option.label)
            button.setAccessibleName(option.label)
            self.closing_group.addButton(button, option.value)
            self.closing_buttons.append(button)
            options.addWidget(button)
        self.closing_group.idClicked.connect(self._closing_picked)
        hint = text_label(
            self.tr(
                "Keys: 1 to %1 choose an answer, Enter shows your result, Backspace goes back."
            ).replace("%1", str(len(closing.options))),
            self.tr("Keyboard help"),
        )
        back = QPushButton(self.tr("Back"))
        back.clicked.connect(self.go_back)
        self.skip_button = QPushButton(self.tr("Skip"))
        self.skip_button.clicked.connect(self.skip_closing)
        self.closing_done = QPushButton(self.tr("See my result"))
        self.closing_done.clicked.connect(self._finish)
        nav = QHBoxLayout()
        for button in (back, self.closing_done, self.skip_button):
            button.setAutoDefault(False)
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        nav.addWidget(back)
        nav.addWidget(self.closing_done)
        nav.addWidget(self.skip_button)
        nav.addStretch(1)
        box.addWidget(note)
        box.addWidget(self.closing_question)
        box.addLayout(options)
        box.addStretch(1)
        box.addWidget(hint)
        box.addLayout(nav)
        return page

    def on_closing(self) -> bool:
        return self.closing_page is not None and self.stack.currentWidget() is self.closing_page

    def _show_closing(self) -> None:
        self.stack.setCurrentWidget(self.closing_page)
        self.progress.setValue(len(self.answers))
        self.closing_group.setExclusive(False)
        for button in self.closing_buttons:
            button.setChecked(self.closing_group.id(button) == self.difficulty)
        self.closing_group.setExclusive(True)
        target = next((b for b in self.closing_buttons if b.isChecked()), self.closing_buttons[0])
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def _closing_picked(self, value: int) -> None:
        self.difficulty = value
        self.closing_group.button(value).setFocus()

    def skip_closing(self) -> None:
        self.difficulty = None
        self._finish()

    def _closing_key(self, event) -> None:
        key = event.key()
        number = NUMBER_KEYS.get(key)
        if number is not None and 1 <= number <= len(self.closing_buttons):
            self.closing_buttons[number - 1].click()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._finish()
        elif key == Qt.Key.Key_Backspace:
            self.go_back()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    # --- the safety card ------------------------------------------------------------------------

    def _show_safety_card(self) -> None:
        from companion.domain.safety import phq9_item9_card

        if self.safety_card is not None:
            self.stack.removeWidget(self.safety_card)
            self.safety_card.deleteLater()
        card = SafetyCardWidget(phq9_item9_card(), crisis_line=crisis_line_text(self.companion))
        card.help_requested.connect(self.help_requested.emit)
        self.continue_button = card.add_choice(self.tr("Continue"), self._advance)
        card.add_choice(self.tr("Stop for now"), self.stop)
        self.safety_card = card
        self.stack.addWidget(card)
        self.stack.setCurrentWidget(card)
        self.continue_button.setFocus()
