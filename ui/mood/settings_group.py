"""Settings for moods and check-ins: the names of the five levels, the person's own feelings, a
daily mood reminder, and how often to suggest re-taking a check-in."""

from __future__ import annotations

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from companion.domain.errors import CompanionError
from ui.mood.own_feelings import OwnFeelings
from ui.pages.base import text_label
from ui.theme import set_relative_font


class MoodSettingsGroup(QFrame):
    def __init__(self, companion, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.companion = companion
        self.setObjectName("card")
        heading = text_label(self.tr("Mood and check-ins"), self.tr("Mood and check-ins"))
        set_relative_font(heading, 1.1, bold=True)

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

        self.remind = QCheckBox(self.tr("Remind me to note my mood each day at"))
        self.remind.setAccessibleName(self.tr("Daily mood reminder"))
        self.remind_at = QTimeEdit()
        self.remind_at.setDisplayFormat("HH:mm")
        self.remind_at.setAccessibleName(self.tr("Mood reminder time"))
        self.remind.toggled.connect(self.save_reminder)
        self.remind_at.editingFinished.connect(self.save_reminder)
        reminder = QHBoxLayout()
        reminder.addWidget(self.remind)
        reminder.addWidget(self.remind_at)
        reminder.addStretch(1)

        self.retake = QSpinBox()
        self.retake.setRange(1, 365)
        self.retake.setSuffix(self.tr(" days"))
        self.retake.setAccessibleName(self.tr("Suggest re-taking a check-in after"))
        self.retake.editingFinished.connect(self.save_retake)

        self.own_feelings = OwnFeelings(companion)

        form = QFormLayout()
        # The five names get the card's whole width, under their label, so each shows whole
        # (a long word in any language) instead of scrolling inside a squeezed field.
        names_label = QLabel(self.tr("Mood names, 1 to 5:"))
        names_label.setBuddy(self.label_edits[0])
        form.addRow(names_label)
        form.addRow(names)
        form.addRow(self.tr("Your own feelings:"), self.own_feelings)
        form.addRow(reminder)
        form.addRow(self.tr("Suggest re-taking a check-in after:"), self.retake)
        self.problem = text_label("", self.tr("Problem"))
        self.problem.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(8)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(self.problem)

    def refresh(self) -> None:
        for edit, name in zip(self.label_edits, self.companion.mood.labels(), strict=True):
            edit.setText(name)
        self.own_feelings.refresh()
        at = self.companion.settings.get("mood.reminder_at")
        self.remind.blockSignals(True)
        self.remind.setChecked(bool(at))
        self.remind.blockSignals(False)
        if at:
            self.remind_at.setTime(QTime.fromString(at, "HH:mm"))
        else:
            self.remind_at.setTime(QTime(20, 0))
        self.remind_at.setEnabled(bool(at))
        self.retake.setValue(int(self.companion.settings.get("assessments.retake_days")))

    def _set(self, key: str, value) -> bool:
        try:
            self.companion.settings.set(key, value)
        except CompanionError as exc:
            self._problem(str(exc))
            return False
        except Exception:  # the core can't store "no value" yet (NOT NULL on setting.value)
            self._problem(self.tr("Couldn't change that just now. Your earlier choice is kept."))
            return False
        self.problem.hide()
        return True

    def save_labels(self) -> None:
        names = [" ".join(e.text().split()) for e in self.label_edits]
        if not all(names):
            self._problem(self.tr("Each of the five moods needs a name."))
            return
        if names != list(self.companion.mood.labels()):
            self._set("mood.labels", names)

    def _reset_labels(self) -> None:
        from companion.domain.views import DEFAULT_LABELS

        for edit, name in zip(self.label_edits, DEFAULT_LABELS, strict=True):
            edit.setText(name)
        self.save_labels()

    def save_reminder(self, *_args) -> None:
        on = self.remind.isChecked()
        self.remind_at.setEnabled(on)
        value = self.remind_at.time().toString("HH:mm") if on else None
        if value != self.companion.settings.get("mood.reminder_at") and not self._set(
            "mood.reminder_at", value
        ):
            self.refresh()

    def save_retake(self) -> None:
        if self.retake.value() != self.companion.settings.get("assessments.retake_days"):
            self._set("assessments.retake_days", self.retake.value())

    def _problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setAccessibleName(text)
        self.problem.show()
