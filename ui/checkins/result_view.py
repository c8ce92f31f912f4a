"""A check-in result: a PHQ-9 question-9 answer above zero first (calmly, set apart), then the
band in symptom words, the score, that it is a screening result and not a diagnosis, any follow-up
note or cut-off caveat, a gentle suggestion, the closing question, every answer with its published
value, and the attribution."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from companion.domain.assessments import describe, find_instrument
from companion.domain.assessments import score_text as _score_text
from companion.domain.official_texts import answered_in_sentence, form_for
from ui.mood.common import long_day
from ui.pages.base import text_label
from ui.theme import muted_colour, set_relative_font

# Set apart by a quiet tint and a rule at its side: noticed first, never alarming.
LEAD_STYLE = (
    "QLabel { background: palette(alternate-base); border-left: 3px solid palette(highlight); "
    "border-radius: 6px; padding: 8px 10px; }"
)


def score_text(result) -> str:
    return _score_text(result)


def lead_label(text: str, name: str) -> QLabel:
    label = text_label(text, name, selectable=True)
    label.setStyleSheet(LEAD_STYLE)
    return label


class ResultView(QFrame):
    """`result` is a CheckinResult from companion.checkins."""

    def __init__(self, result, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.result = result
        ins = find_instrument(result.instrument)
        # In the words of the form it was answered on (an official translation's, or English).
        words = describe(result, form=form_for(result.instrument, result.language))
        self.setObjectName("card")
        self.setAccessibleName(self.tr("%1 result").replace("%1", ins.short_name))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 18, 22, 18)
        layout.setSpacing(10)

        when = long_day(result.taken_at.date())
        self.heading = text_label(
            self.tr("Your %1, %2").replace("%1", ins.short_name).replace("%2", when),
            ins.name,
        )
        set_relative_font(self.heading, 1.15, bold=True)
        layout.addWidget(self.heading)
        self.item9 = None
        if words.item9:
            self.item9 = lead_label(self.tr(words.item9), self.tr("First, question 9"))
            self.item9.setAccessibleName(self.item9.text())
            layout.addWidget(self.item9)
        self.band = text_label(words.band, result.band_label, selectable=True)
        set_relative_font(self.band, 1.35, bold=True)
        self.score = text_label(
            self.tr("Score: %1").replace("%1", words.score),
            self.tr("Score"),
            selectable=True,
        )
        self.score.setAccessibleName(self.score.text())
        self.not_diagnosis = text_label(
            self.tr(words.not_a_diagnosis)
            + " "
            + self.tr("It can help you notice changes over time, and it's yours to share or not."),
            self.tr("About this result"),
            selectable=True,
        )
        self.not_diagnosis.setAccessibleName(self.not_diagnosis.text())
        for label in (self.band, self.score, self.not_diagnosis):
            layout.addWidget(label)

        self.follow_up = None
        self.cutoff = None
        for note in words.notes:
            label = text_label(self.tr(note), note, selectable=True)
            layout.addWidget(label)
            if note == result.cutoff_note:
                self.cutoff = label
            else:
                self.follow_up = label
        self.suggestion = None
        if words.suggestion:
            text = self.tr(words.suggestion)
            self.suggestion = text_label(text, text, selectable=True)
            layout.addWidget(self.suggestion)
        self.difficulty = None
        if words.difficulty:
            self.difficulty = text_label(
                words.difficulty, self.tr("Closing question"), selectable=True
            )
            layout.addWidget(self.difficulty)

        self.answers = text_label(
            self.tr("Your answers:") + "\n" + "\n".join(words.answers),
            self.tr("Your answers with their scored values"),
            selectable=True,
        )
        layout.addWidget(self.answers)

        # The language of the words answered, said quietly (an older result: not recorded).
        language = answered_in_sentence(ins.id, result.language)
        self.language = text_label(language, self.tr("Questionnaire language"), selectable=True)
        self.attribution = text_label(ins.attribution, ins.attribution, selectable=True)
        for label in (self.language, self.attribution):
            muted = label.palette()
            muted.setColor(label.foregroundRole(), muted_colour(self))
            label.setPalette(muted)
            set_relative_font(label, 0.9)
            layout.addWidget(label)

        self.actions = QHBoxLayout()
        self.done = QPushButton(self.tr("Done"))
        self.done.setAccessibleName(self.tr("Back to check-ins"))
        self.help_button = QPushButton(self.tr("Who can I talk to?"))
        self.actions.addWidget(self.done)
        self.actions.addWidget(self.help_button)
        self.actions.addStretch(1)
        layout.addLayout(self.actions)
        layout.addStretch(1)  # keep the words together at the top, however tall the page

    def all_text(self) -> str:
        labels = (
            self.heading,
            self.item9,
            self.band,
            self.score,
            self.not_diagnosis,
            self.follow_up,
            self.cutoff,
            self.suggestion,
            self.difficulty,
            self.answers,
            self.language,
            self.attribution,
        )
        return "\n".join(label.text() for label in labels if label is not None)
