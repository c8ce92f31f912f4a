"""Add or edit a boundary: start from a template or put it in your own words, then choose its days."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale, QTime
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from companion.domain.errors import CompanionError
from companion.domain.i18n import _
from companion.domain.screen_categories import CATEGORIES, CATEGORY_LABELS
from companion.services.boundaries import EVERY_DAY, WEEKDAYS, BoundaryInput
from ui.pages.base import show_text, text_label

CUSTOM = "custom"
KIND_LABELS = {
    "habit": QT_TRANSLATE_NOOP("BoundaryEditorDialog", "A promise to myself"),
    "daily_limit": QT_TRANSLATE_NOOP(
        "BoundaryEditorDialog", "A daily limit for one kind of screen time"
    ),
    "screen_free_hours": QT_TRANSLATE_NOOP("BoundaryEditorDialog", "Screen-free hours"),
}


class BoundaryEditorDialog(QDialog):
    def __init__(self, context, boundary_id: int | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context  # ui/context.py: the facade, the task runner, …
        companion = self.companion = context.companion
        self.boundary_id = boundary_id
        self.saved_id: int | None = None
        self._template_category: str | None = None
        title = self.tr("Edit boundary") if boundary_id else self.tr("Add a boundary")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.resize(560, 460)

        self.template = QComboBox()
        self.template.setAccessibleName(self.tr("Start from"))
        self.template.addItem(self.tr("In my own words"), CUSTOM)
        for t in companion.boundaries.templates():
            self.template.addItem(t.title, t.id)
        self.template.currentIndexChanged.connect(self._template_chosen)
        self.description = text_label("", self.tr("About this boundary"))

        self.title_edit = QLineEdit()
        self.title_edit.setAccessibleName(self.tr("The boundary, in a few words"))
        self.title_edit.setMaxLength(200)
        self.title_edit.setPlaceholderText(self.tr("For example: no phone on the dinner table"))

        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Kind of boundary"))
        for key, label in KIND_LABELS.items():
            self.kind.addItem(self.tr(label), key)
        self.kind.currentIndexChanged.connect(self._kind_changed)

        self.category = QComboBox()
        self.category.setAccessibleName(self.tr("Kind of screen time"))
        for key in CATEGORIES:
            self.category.addItem(_(CATEGORY_LABELS[key]), key)
        self.limit = QSpinBox()
        self.limit.setRange(1, 24 * 60)
        self.limit.setSingleStep(15)
        self.limit.setValue(60)
        self.limit.setSuffix(self.tr(" minutes a day"))
        self.limit.setAccessibleName(self.tr("Daily limit in minutes"))
        self.limit_row = QWidget()
        row = QHBoxLayout(self.limit_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.category, 1)
        row.addWidget(self.limit)

        self.starts = QTimeEdit(QTime(22, 0))
        self.starts.setDisplayFormat("HH:mm")
        self.starts.setAccessibleName(self.tr("Screen-free from"))
        self.ends = QTimeEdit(QTime(7, 0))
        self.ends.setDisplayFormat("HH:mm")
        self.ends.setAccessibleName(self.tr("Screen-free until"))
        self.hours_row = QWidget()
        row = QHBoxLayout(self.hours_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.starts)
        row.addWidget(text_label(self.tr("until"), self.tr("until")))
        row.addWidget(self.ends)
        row.addStretch(1)

        self.day_boxes: list[QCheckBox] = []
        self.every_day = QRadioButton(self.tr("&Every day"))
        self.weekdays = QRadioButton(self.tr("&Weekdays"))
        self.chosen = QRadioButton(self.tr("C&hosen days"))
        self.schedule = QButtonGroup(self)
        for button in (self.every_day, self.weekdays, self.chosen):
            self.schedule.addButton(button)
            button.toggled.connect(self._schedule_changed)
        self.every_day.setChecked(True)
        schedule_row = QHBoxLayout()
        for button in (self.every_day, self.weekdays, self.chosen):
            schedule_row.addWidget(button)
        schedule_row.addStretch(1)
        days_row = QHBoxLayout()
        locale = QLocale()
        for number in range(1, 8):
            box = QCheckBox(locale.dayName(number, QLocale.FormatType.ShortFormat))
            box.setAccessibleName(locale.dayName(number))
            box.setChecked(True)
            self.day_boxes.append(box)
            days_row.addWidget(box)
        days_row.addStretch(1)

        form = QFormLayout()
        form.addRow(self.tr("Start from:"), self.template)
        form.addRow("", self.description)
        form.addRow(self.tr("&Boundary:"), self.title_edit)
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(self.tr("Limit:"), self.limit_row)
        form.addRow(self.tr("Hours:"), self.hours_row)
        form.addRow(self.tr("Days:"), schedule_row)
        form.addRow("", days_row)
        self.form = form

        self.problem = text_label("", self.tr("Problem"), selectable=True)
        self.problem.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            text_label(
                self.tr(
                    "A boundary is a promise to yourself, not a test. Choose one that feels "
                    "kind and doable."
                ),
                self.tr("About boundaries"),
            )
        )
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addStretch(1)
        layout.addWidget(buttons)

        if boundary_id is not None:
            self._load(companion.boundaries.get(boundary_id))
        else:
            self._template_chosen()
        self._schedule_changed()

    # --- filling ---------------------------------------------------------------------------------

    def _load(self, b) -> None:
        self.template.blockSignals(True)
        self.template.setCurrentIndex(max(0, self.template.findData(b.template)))
        self.template.blockSignals(False)
        self._show_description()
        self.title_edit.setText(b.title)
        self.kind.setCurrentIndex(max(0, self.kind.findData(b.kind)))
        self._template_category = b.category if b.kind != "daily_limit" else None
        if b.category:
            self.category.setCurrentIndex(max(0, self.category.findData(b.category)))
        if b.limit_minutes:
            self.limit.setValue(b.limit_minutes)
        if b.starts_at:
            self.starts.setTime(QTime.fromString(b.starts_at, "HH:mm"))
            self.ends.setTime(QTime.fromString(b.ends_at, "HH:mm"))
        self.set_weekdays(b.weekdays)
        self._kind_changed()

    def _template_chosen(self, *_args) -> None:
        template_id = self.template.currentData()
        self._show_description()
        if template_id == CUSTOM:
            self._template_category = None
            self.title_edit.clear()
            self.kind.setCurrentIndex(0)
            self._kind_changed()
            return
        data = self.companion.boundaries.from_template(template_id)
        self.title_edit.setText(data.title)
        template = next(t for t in self.companion.boundaries.templates() if t.id == template_id)
        self.kind.setCurrentIndex(max(0, self.kind.findData(template.kind)))
        self._template_category = data.category if template.kind != "daily_limit" else None
        if data.category:
            self.category.setCurrentIndex(max(0, self.category.findData(data.category)))
        if data.limit_minutes:
            self.limit.setValue(data.limit_minutes)
        if data.starts_at:
            self.starts.setTime(QTime.fromString(data.starts_at, "HH:mm"))
            self.ends.setTime(QTime.fromString(data.ends_at, "HH:mm"))
        self._kind_changed()

    def _show_description(self) -> None:
        template_id = self.template.currentData()
        template = next(
            (t for t in self.companion.boundaries.templates() if t.id == template_id), None
        )
        text = template.description if template else self.tr("Say it the way you'd say it.")
        if template and template.intention_prompt:
            text += " " + self.tr("Companion's pause asks: “%1”").replace(
                "%1", template.intention_prompt
            )
        self.description.setText(text)
        self.description.setAccessibleName(text)

    def choose_template(self, template_id: str) -> None:
        self.template.setCurrentIndex(self.template.findData(template_id))

    def _kind_changed(self, *_args) -> None:
        kind = self.kind.currentData()
        self.form.setRowVisible(self.limit_row, kind == "daily_limit")
        self.form.setRowVisible(self.hours_row, kind == "screen_free_hours")

    def _schedule_changed(self, *_args) -> None:
        chosen = self.chosen.isChecked()
        for box in self.day_boxes:
            box.setEnabled(chosen)

    def set_weekdays(self, days) -> None:
        days = tuple(sorted(days))
        if days == EVERY_DAY:
            self.every_day.setChecked(True)
        elif days == WEEKDAYS:
            self.weekdays.setChecked(True)
        else:
            self.chosen.setChecked(True)
        for number, box in enumerate(self.day_boxes):
            box.setChecked(number in days)

    def chosen_weekdays(self) -> tuple[int, ...]:
        if self.every_day.isChecked():
            return EVERY_DAY
        if self.weekdays.isChecked():
            return WEEKDAYS
        return tuple(n for n, box in enumerate(self.day_boxes) if box.isChecked())

    # --- saving ----------------------------------------------------------------------------------

    def data(self) -> BoundaryInput:
        kind = self.kind.currentData()
        data = BoundaryInput(
            title=self.title_edit.text(),
            template=self.template.currentData(),
            weekdays=self.chosen_weekdays(),
        )
        if kind == "daily_limit":
            data.category = self.category.currentData()
            data.limit_minutes = self.limit.value()
        elif kind == "screen_free_hours":
            data.starts_at = self.starts.time().toString("HH:mm")
            data.ends_at = self.ends.time().toString("HH:mm")
        else:
            data.category = self._template_category
        if data.template != CUSTOM:
            template = next(
                t for t in self.companion.boundaries.templates() if t.id == data.template
            )
            if template.kind != kind:
                # Changed into another kind of boundary: it's the user's own now.
                data.template = CUSTOM
        return data

    def save(self) -> bool:
        try:
            if self.boundary_id is None:
                self.saved_id = self.companion.boundaries.add(self.data())
            else:
                self.companion.boundaries.update(self.boundary_id, self.data())
                self.saved_id = self.boundary_id
        except CompanionError as exc:
            show_text(self.problem, str(exc))
            return False
        self.accept()
        return True
