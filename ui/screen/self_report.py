"""Note a day's screen time by hand: minutes per category or one total, with quick presets."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from companion.domain.errors import CompanionError
from companion.services.screen import TOTAL
from ui.pages.base import text_label
from ui.screen.common import from_qdate, minutes_text, to_qdate

PRESETS = ((15, "15m"), (30, "30m"), (60, "1h"), (120, "2h"))


class MinutesField(QWidget):
    """Hours and minutes spin boxes with preset buttons that set the value."""

    changed = Signal()

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hours = QSpinBox()
        self.hours.setRange(0, 24)
        self.hours.setSuffix(self.tr(" h"))
        self.hours.setAccessibleName(self.tr("%1, hours").replace("%1", name))
        self.mins = QSpinBox()
        self.mins.setRange(0, 59)
        self.mins.setSingleStep(5)
        self.mins.setSuffix(self.tr(" min"))
        self.mins.setAccessibleName(self.tr("%1, minutes").replace("%1", name))
        self.presets: dict[int, QPushButton] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.hours)
        layout.addWidget(self.mins)
        for minutes, text in PRESETS:
            button = QPushButton(text)
            button.setAccessibleName(
                self.tr("%1: set to %2").replace("%1", name).replace("%2", minutes_text(minutes))
            )
            button.setMaximumWidth(52)
            button.clicked.connect(lambda _=False, m=minutes: self.set_minutes(m))
            self.presets[minutes] = button
            layout.addWidget(button)
        layout.addStretch(1)
        self.hours.valueChanged.connect(self.changed)
        self.mins.valueChanged.connect(self.changed)

    def minutes(self) -> int:
        return self.hours.value() * 60 + self.mins.value()

    def set_minutes(self, minutes: float) -> None:
        hours, mins = divmod(round(minutes), 60)
        self.hours.setValue(hours)
        self.mins.setValue(mins)


class SelfReportEditor(QWidget):
    """Pick a day (today by default), then minutes per category or one total, and save."""

    saved = Signal()

    def __init__(self, companion, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.companion = companion
        self.fields: dict[str, MinutesField] = {}
        self.setAccessibleName(self.tr("Note your screen time"))

        self.day_edit = QDateEdit()
        self.day_edit.setCalendarPopup(True)
        self.day_edit.setDisplayFormat("ddd d MMM yyyy")
        self.day_edit.setAccessibleName(self.tr("Day to note"))
        self.day_edit.dateChanged.connect(self._day_changed)
        self._chosen = False  # once the user picks a day, a refresh doesn't move it back to today
        day_label = QLabel(self.tr("&Day:"))
        day_label.setBuddy(self.day_edit)

        self.by_category = QRadioButton(self.tr("By &category"))
        self.as_total = QRadioButton(self.tr("One &total"))
        self.by_category.setAccessibleName(self.tr("Note screen time by category"))
        self.as_total.setAccessibleName(self.tr("Note screen time as one total"))
        self.by_category.setChecked(True)
        self.mode = QButtonGroup(self)
        self.mode.addButton(self.by_category)
        self.mode.addButton(self.as_total)
        self.by_category.toggled.connect(self._mode_changed)

        top = QHBoxLayout()
        top.addWidget(day_label)
        top.addWidget(self.day_edit)
        top.addSpacing(16)
        top.addWidget(self.by_category)
        top.addWidget(self.as_total)
        top.addStretch(1)

        self.grid_host = QWidget()
        self.grid = QGridLayout(self.grid_host)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setVerticalSpacing(4)
        self.total_field = MinutesField(self.tr("Total for the day"))
        self.total_host = QWidget()
        total_row = QHBoxLayout(self.total_host)
        total_row.setContentsMargins(0, 0, 0, 0)
        total_row.addWidget(QLabel(self.tr("Total:")))
        total_row.addWidget(self.total_field, 1)
        self.total_host.hide()

        self.save_button = QPushButton(self.tr("&Save this day"))
        self.save_button.setAccessibleName(self.tr("Save the screen time for this day"))
        self.save_button.clicked.connect(self.save)
        self.clear_button = QPushButton(self.tr("Clear this day"))
        self.clear_button.setAccessibleName(self.tr("Clear what you noted for this day"))
        self.clear_button.clicked.connect(self.clear)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.clear_button)
        buttons.addStretch(1)
        self.status = text_label("", self.tr("Screen time status"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.grid_host)
        layout.addWidget(self.total_host)
        layout.addLayout(buttons)
        layout.addWidget(self.status)

    # --- filling ---------------------------------------------------------------------------------

    def refresh(self) -> None:
        today = self.companion.today()
        self.day_edit.blockSignals(True)
        self.day_edit.setMaximumDate(to_qdate(today))
        if not self._chosen:
            self.day_edit.setDate(to_qdate(today))
        self.day_edit.blockSignals(False)
        self._build_rows()
        self.load()

    def _build_rows(self) -> None:
        while self.grid.count():
            widget = self.grid.takeAt(0).widget()
            if widget is not None:
                widget.setParent(None)
                widget.deleteLater()
        self.fields = {}
        for row, category in enumerate(self.companion.screen.categories()):
            label = QLabel(category.label)
            field = MinutesField(category.label)
            label.setBuddy(field.hours)
            self.grid.addWidget(label, row, 0)
            self.grid.addWidget(field, row, 1)
            self.fields[category.key] = field
        self.grid.setColumnStretch(1, 1)

    def day(self):
        return from_qdate(self.day_edit.date())

    def set_day(self, day) -> None:
        self.day_edit.setDate(to_qdate(day))

    def _day_changed(self, _value) -> None:
        self._chosen = True
        self.load()

    def load(self) -> None:
        """Show what the chosen day already has, so saving again edits rather than adds."""
        current = self.companion.screen.day(self.day()).self_report
        total_only = TOTAL in current
        self.as_total.setChecked(total_only)
        self.by_category.setChecked(not total_only)
        self.total_field.set_minutes(current.get(TOTAL, 0))
        for key, field in self.fields.items():
            field.set_minutes(current.get(key, 0))
        self.status.setText("")

    def _mode_changed(self, *_args) -> None:
        split = self.by_category.isChecked()
        self.grid_host.setVisible(split)
        self.total_host.setVisible(not split)

    # --- saving ----------------------------------------------------------------------------------

    def minutes(self) -> dict[str, int]:
        if self.as_total.isChecked():
            return {TOTAL: self.total_field.minutes()}
        return {key: f.minutes() for key, f in self.fields.items() if f.minutes()}

    def save(self) -> bool:
        day = self.day()
        values = self.minutes()
        try:
            if not any(values.values()):
                self.companion.screen.clear_report(day)
            else:
                self.companion.screen.report(day, values)
        except CompanionError as exc:
            self._say(str(exc))
            return False
        total = sum(values.values())
        if total:
            self._say(
                self.tr("Noted %1 for %2. Thank you for looking.")
                .replace("%1", minutes_text(total))
                .replace("%2", self.day_edit.text())
            )
        else:
            self._say(self.tr("Nothing noted for %1.").replace("%1", self.day_edit.text()))
        self.saved.emit()
        return True

    def clear(self) -> None:
        self.total_field.set_minutes(0)
        for field in self.fields.values():
            field.set_minutes(0)
        self.save()

    def _say(self, text: str) -> None:
        self.status.setText(text)
        self.status.setAccessibleName(text or self.tr("Screen time status"))
