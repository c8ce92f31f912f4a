"""The mood entry dialog: a level, and if you like energy, feelings, activities, people, a note and
an earlier time. The same dialog edits and deletes an entry."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDateTime
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from companion.domain.errors import CompanionError
from companion.services.mood import MoodInput
from ui.mood.chips import ToggleChips, TypedChips
from ui.mood.common import LEVEL_COLOURS, from_qdatetime, mood_button_style, to_qdatetime
from ui.mood.feelings import feeling_choices
from ui.pages.base import date_time_format, fit_height, show_text, text_label

ENERGY_WORDS = (
    QT_TRANSLATE_NOOP("MoodEntryDialog", "very low"),
    QT_TRANSLATE_NOOP("MoodEntryDialog", "low"),
    QT_TRANSLATE_NOOP("MoodEntryDialog", "medium"),
    QT_TRANSLATE_NOOP("MoodEntryDialog", "high"),
    QT_TRANSLATE_NOOP("MoodEntryDialog", "very high"),
)


def _level_buttons(names, group: QButtonGroup, *, colours=None) -> QHBoxLayout:
    row = QHBoxLayout()
    row.setSpacing(6)
    for value, name in enumerate(names, start=1):
        button = QPushButton(f"{value}  {name}")
        button.setCheckable(True)
        button.setAutoDefault(False)
        button.setAccessibleName(f"{value}: {name}")
        stripe = colours[value - 1] if colours else None
        button.setStyleSheet(mood_button_style(stripe, checkable=True))
        group.addButton(button, value)
        row.addWidget(button, 1)
    return row


class MoodEntryDialog(QDialog):
    """New entry when `entry_id` is None, else editing that entry (with a Delete button)."""

    def __init__(self, context, entry_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context  # ui/context.py: the facade, the task runner, …
        companion = self.companion = context.companion
        self.entry_id = entry_id
        self.deleted = False
        editing = entry_id is not None
        title = self.tr("Edit mood") if editing else self.tr("Log a mood")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.resize(640, 0)
        labels = companion.mood.labels()
        view = companion.mood.get(entry_id) if editing else None

        self.level_group = QButtonGroup(self)
        self.level_group.setExclusive(True)
        level_row = _level_buttons(labels, self.level_group, colours=LEVEL_COLOURS)

        self.energy_group = QButtonGroup(self)
        # Not exclusive in Qt's sense, so a second click clears it: energy is optional.
        self.energy_group.setExclusive(False)
        self.energy_group.buttonToggled.connect(self._energy_toggled)
        energy_row = _level_buttons([self.tr(w) for w in ENERGY_WORDS], self.energy_group)

        # The built-in feelings and the person's own; an entry being edited keeps a feeling of
        # theirs since taken off the list.
        names = list(companion.mood.emotions())
        if view is not None:
            names += [e for e in view.emotions if e not in names]
        choices = feeling_choices(names)
        self.emotions = ToggleChips([shown for shown, _name in choices], self.tr("Feelings"))
        # Chips show words (built-in ones translated) but store the core's own names.
        self._emotion_names = dict(choices)
        self._emotion_labels = {name: shown for shown, name in choices}

        self.tags = TypedChips(
            self.tr("Activities"), self.tr("e.g. walk, work, cooking; Enter adds"), free=True
        )
        self.tags.set_choices({t: t for t in companion.mood.tags()})
        self.people = TypedChips(
            self.tr("Who you were with"), self.tr("Start typing a name; Enter adds"), free=False
        )
        self.people.set_choices({p.name: p.id for p in companion.people.list()})

        self.note = QPlainTextEdit()
        self.note.setPlaceholderText(
            self.tr("Anything you'd like to remember about now (optional)")
        )
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(round(self.fontMetrics().height() * 5))

        now = companion.clock.now()
        self.when = QDateTimeEdit()
        self.when.setAccessibleName(self.tr("When"))
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat(date_time_format())  # the locale's way, not ISO
        self.when.setMaximumDateTime(to_qdatetime(now))
        self.when.setDateTime(to_qdatetime(now))
        self._when_touched = False
        self.when.dateTimeChanged.connect(self._when_changed)

        self.problem = text_label("", self.tr("Problem"))
        self.problem.hide()

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.tr("Mood"), level_row)
        form.addRow(self.tr("Energy"), energy_row)
        form.addRow(self.tr("Feelings"), self.emotions)
        form.addRow(self.tr("Activities"), self.tags)
        form.addRow(self.tr("With"), self.people)
        form.addRow(self.tr("Note"), self.note)
        form.addRow(self.tr("When"), self.when)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.delete_button = None
        if editing:
            self.delete_button = self.buttons.addButton(
                self.tr("Delete"), QDialogButtonBox.ButtonRole.DestructiveRole
            )
            self.delete_button.clicked.connect(self.delete)

        layout = QVBoxLayout(self)
        layout.addWidget(
            text_label(
                self.tr("Only the mood is needed. Everything else is there if it helps."),
                self.tr("Only the mood is needed"),
            )
        )
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addStretch(1)  # spare height goes here, not between the rows
        layout.addWidget(self.buttons)
        if view is not None:
            self._load(view)
        self.level_group.buttons()[0].setFocus()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        fit_height(self)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            fit_height(self)

    # --- reading and writing the form ---------------------------------------------------------------

    def _load(self, view) -> None:
        self.set_level(view.level)
        if view.energy is not None:
            self.energy_group.button(view.energy).setChecked(True)
        self.emotions.set_selected([self._emotion_labels.get(e, e) for e in view.emotions])
        for tag in view.tags:
            self.tags.add(tag, tag)
        for pid, name in view.people:
            self.people.add(name, pid)
        self.note.setPlainText(view.note)
        self.when.setMaximumDateTime(max(self.when.maximumDateTime(), to_qdatetime(view.logged_at)))
        self.when.setDateTime(to_qdatetime(view.logged_at))
        self._when_touched = False

    def set_level(self, level: int) -> None:
        self.level_group.button(level).setChecked(True)

    def set_energy(self, energy: int | None) -> None:
        for button in self.energy_group.buttons():
            button.setChecked(self.energy_group.id(button) == energy)

    def set_when(self, when) -> None:
        self.when.setDateTime(to_qdatetime(when))

    def _energy_toggled(self, button, checked: bool) -> None:
        if checked:
            for other in self.energy_group.buttons():
                if other is not button:
                    other.setChecked(False)

    def _when_changed(self, _value: QDateTime) -> None:
        self._when_touched = True

    def value(self) -> MoodInput:
        level = self.level_group.checkedId()
        energy = self.energy_group.checkedId()
        when = None
        if self._when_touched:
            when = from_qdatetime(self.when.dateTime(), self.companion.clock.now().tzinfo)
        return MoodInput(
            level=level,
            energy=energy if energy > 0 else None,
            emotions=[self._emotion_names.get(e, e) for e in self.emotions.selected()],
            tags=[str(t) for t in self.tags.selected()],
            people=[int(p) for p in self.people.selected()],
            note=self.note.toPlainText(),
            when=when,
        )

    def save(self) -> None:
        if self.level_group.checkedId() < 1:
            self._problem(self.tr("Choose how you feel first: one of the five moods at the top."))
            return
        try:
            data = self.value()
            if self.entry_id is None:
                self.entry_id = self.companion.mood.log(data)
            else:
                self.companion.mood.update(self.entry_id, data)
        except CompanionError as exc:
            self._problem(str(exc))
            return
        self.accept()

    def delete(self, *, confirm: bool = True) -> None:
        if self.entry_id is None:
            return
        if confirm:
            answer = QMessageBox.question(
                self,
                self.tr("Delete this mood?"),
                self.tr("This entry and its note will be removed."),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        try:
            self.companion.mood.delete(self.entry_id)
        except CompanionError as exc:
            self._problem(str(exc))
            return
        self.deleted = True
        self.accept()

    def _problem(self, text: str) -> None:
        show_text(self.problem, text)
