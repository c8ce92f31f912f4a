"""A check-in result: the score, the band in the instrument's own words, that it is a screening
result and not a diagnosis, any gentle suggestion or cut-off caveat, and the attribution."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from companion.assessments import NOT_A_DIAGNOSIS, PHQ9_ITEM9, find_instrument
from ui.mood.common import long_day
from ui.pages.base import text_label
from ui.theme import muted_colour, set_relative_font

SUGGESTION = "It could help to talk this over with your doctor, a counsellor or someone you trust."


def score_text(result) -> str:
    ins = find_instrument(result.instrument)
    if result.percentage is not None:
        return f"{result.total} of {ins.max_total} ({result.percentage} of 100)"
    return f"{result.total} (from {ins.min_total} to {ins.max_total})"


class ResultView(QFrame):
    """`result` is a CheckinResult from companion.checkins."""

    def __init__(self, result, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.result = result
        ins = find_instrument(result.instrument)
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
        self.band = text_label(f"“{result.band_label}”", result.band_label, selectable=True)
        set_relative_font(self.band, 1.35, bold=True)
        self.score = text_label(
            self.tr("Score: %1").replace("%1", score_text(result)),
            self.tr("Score"),
            selectable=True,
        )
        self.score.setAccessibleName(self.score.text())
        self.not_diagnosis = text_label(
            self.tr(NOT_A_DIAGNOSIS)
            + " "
            + self.tr("It can help you notice changes over time, and it's yours to share or not."),
            self.tr("About this result"),
            selectable=True,
        )
        self.not_diagnosis.setAccessibleName(self.not_diagnosis.text())
        for label in (self.heading, self.band, self.score, self.not_diagnosis):
            layout.addWidget(label)

        self.suggestion = None
        if result.suggest_professional:
            text = self.tr(SUGGESTION)
            if PHQ9_ITEM9 in result.flags:
                text += " " + self.tr(
                    "You mentioned thoughts of being better off dead or of hurting yourself. "
                    "You don't have to carry that alone: “Need help now?” lists people you can "
                    "talk to today."
                )
            self.suggestion = text_label(text, text, selectable=True)
            layout.addWidget(self.suggestion)
        self.cutoff = None
        if result.cutoff_note:
            self.cutoff = text_label(result.cutoff_note, result.cutoff_note, selectable=True)
            layout.addWidget(self.cutoff)

        self.attribution = text_label(ins.attribution, ins.attribution, selectable=True)
        muted = self.attribution.palette()
        muted.setColor(self.attribution.foregroundRole(), muted_colour(self))
        self.attribution.setPalette(muted)
        set_relative_font(self.attribution, 0.9)
        layout.addWidget(self.attribution)

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
            self.band,
            self.score,
            self.not_diagnosis,
            self.suggestion,
            self.cutoff,
            self.attribution,
        )
        return "\n".join(label.text() for label in labels if label is not None)
