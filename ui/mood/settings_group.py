"""Settings for moods and check-ins: the names of the five levels, the person's own feelings, a
daily mood reminder, and how often to suggest re-taking a check-in."""

from __future__ import annotations

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from ui.mood.own_feelings import OwnFeelings
from ui.settings_card import DailyReminder, SettingsCard


class MoodSettingsGroup(SettingsCard):
    def __init__(self, context, parent: QWidget | None = None) -> None:
        super().__init__(context, self.tr("Mood and check-ins"), self.tr("Problem"), parent)

        self.label_edits: list[QLineEdit] = []
        names = QHBoxLayout()
        for level in range(1, 6):
            edit = QLineEdit()
            edit.setAccessibleName(self.tr("Name of mood %1").replace("%1", str(level)))
            edit.setMaxLength(24)
            edit.editingFinished.connect(self.save_labels)
            self.label_edits.append(edit)
            names.addWidget(edit)
        self.reset_labels = QPushButton(self.tr("Reset"))
        self.reset_labels.setAccessibleName(self.tr("Reset the mood names"))
        self.reset_labels.clicked.connect(self._reset_labels)
        names.addWidget(self.reset_labels)

        self.reminder = DailyReminder(
            self,
            "mood.reminder_at",
            self.tr("Remind me to note my mood each day at"),
            self.tr("Daily mood reminder"),
            self.tr("Mood reminder time"),
            QTime(20, 0),
        )
        self.remind, self.remind_at = self.reminder.check, self.reminder.time

        self.retake = QSpinBox()
        self.retake.setRange(1, 365)
        self.retake.setSuffix(self.tr(" days"))
        self.retake.setAccessibleName(self.tr("Suggest re-taking a check-in after"))
        self.retake.editingFinished.connect(self.save_retake)

        self.own_feelings = OwnFeelings(self.companion)

        form = QFormLayout()
        # The five names get the card's whole width, under their label, so each shows whole
        # (a long word in any language) instead of scrolling inside a squeezed field.
        names_label = QLabel(self.tr("Mood names, 1 to 5:"))
        names_label.setBuddy(self.label_edits[0])
        form.addRow(names_label)
        form.addRow(names)
        form.addRow(self.tr("Your own feelings:"), self.own_feelings)
        form.addRow(self.reminder)
        form.addRow(self.tr("Suggest re-taking a check-in after:"), self.retake)
        self.body.addLayout(form)

    def refresh(self) -> None:
        for edit, name in zip(self.label_edits, self.companion.mood.labels(), strict=True):
            edit.setText(name)
        self.own_feelings.refresh()
        self.reminder.refresh()
        self.retake.setValue(int(self.companion.settings.get("assessments.retake_days")))

    def save(self, key: str, value) -> bool:
        try:
            return super().save(key, value)
        except Exception:  # the core can't store "no value" yet (NOT NULL on setting.value)
            self.show_problem(
                self.tr("Couldn't change that just now. Your earlier choice is kept.")
            )
            return False

    def save_labels(self) -> None:
        names = [" ".join(e.text().split()) for e in self.label_edits]
        if not all(names):
            self.show_problem(self.tr("Each of the five moods needs a name."))
            return
        if names != list(self.companion.mood.labels()):
            self.save("mood.labels", names)

    def _reset_labels(self) -> None:
        from companion.domain.views import DEFAULT_LABELS

        for edit, name in zip(self.label_edits, DEFAULT_LABELS, strict=True):
            edit.setText(name)
        self.save_labels()

    def save_reminder(self, *_args) -> None:
        self.reminder.save()

    def save_retake(self) -> None:
        if self.retake.value() != self.companion.settings.get("assessments.retake_days"):
            self.save("assessments.retake_days", self.retake.value())
