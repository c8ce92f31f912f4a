"""The person editor's other dates (an anniversary, a date of the person's own) and related names:
rows to add, change and remove, each usable from the keyboard; and how those read on a page."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from companion.domain.planners.special_dates import SpecialDate
from ui.people.common import name_inner_edit

NO_YEAR = 1899  # the spin box's lowest value, shown as "year unknown" (as for birthdays)


class DateRow(QFrame):
    """One date: what it is (an anniversary, or another date with its name), the day with an
    optional year, whether it comes back every year, and a Remove button."""

    remove_requested = Signal(QWidget)

    def __init__(self, date: SpecialDate | None = None, parent=None) -> None:
        super().__init__(parent)
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Kind of date"))
        self.kind.addItem(self.tr("Anniversary"), "anniversary")
        self.kind.addItem(self.tr("Another date"), "custom")
        self.label = QLineEdit(date.label if date else "")
        self.label.setAccessibleName(self.tr("What the date is"))
        self.label.setPlaceholderText(self.tr("what it is, e.g. Graduation"))
        self.remove = QPushButton(self.tr("Remove"))
        self.remove.setAccessibleName(self.tr("Remove this date"))
        self.remove.clicked.connect(lambda: self.remove_requested.emit(self))

        self.month = QComboBox()
        self.month.setAccessibleName(self.tr("Month"))
        locale = QLocale()
        for m in range(1, 13):
            self.month.addItem(locale.standaloneMonthName(m), m)
        self.day = QSpinBox()
        self.day.setRange(1, 31)
        self.day.setAccessibleName(self.tr("Day"))
        self.year = QSpinBox()
        self.year.setRange(NO_YEAR, 2100)
        self.year.setSpecialValueText(self.tr("year unknown"))
        self.year.setAccessibleName(self.tr("Year, if you know it"))
        for spin in (self.day, self.year):
            name_inner_edit(spin)
        self.every_year = QCheckBox(self.tr("every year"))
        self.every_year.setAccessibleName(self.tr("Comes back every year"))

        if date is not None:
            self.kind.setCurrentIndex(max(0, self.kind.findData(date.kind)))
            self.month.setCurrentIndex(date.month - 1)
            self.day.setValue(date.day)
            self.year.setValue(date.year or NO_YEAR)
            self.every_year.setChecked(date.yearly)
        else:
            self.year.setValue(NO_YEAR)
            self.every_year.setChecked(True)
        self.kind.currentIndexChanged.connect(self._sync)
        self._sync()

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.kind)
        top.addWidget(self.label, 1)
        top.addWidget(self.remove)
        bottom = QHBoxLayout()
        bottom.setContentsMargins(0, 0, 0, 0)
        bottom.addWidget(self.month, 2)
        bottom.addWidget(self.day)
        bottom.addWidget(self.year, 1)
        bottom.addWidget(self.every_year)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 4)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addLayout(bottom)

    def _sync(self, *_args) -> None:
        if self.kind.currentData() == "anniversary":
            self.label.setPlaceholderText(self.tr("optional, e.g. Wedding"))
        else:
            self.label.setPlaceholderText(self.tr("what it is, e.g. Graduation"))

    def special_date(self) -> SpecialDate:
        """The row as a date; raises InvalidInput with one plain line when it isn't one."""
        year = self.year.value()
        return SpecialDate(
            self.kind.currentData(),
            self.month.currentData(),
            self.day.value(),
            None if year == NO_YEAR else year,
            self.label.text().strip(),
            self.every_year.isChecked(),
        )


class RelatedRow(QWidget):
    """Someone the person is related to: how (a label such as "sister") and their name."""

    remove_requested = Signal(QWidget)

    def __init__(self, label: str = "", name: str = "", parent=None) -> None:
        super().__init__(parent)
        self.label = QLineEdit(label)
        self.label.setAccessibleName(self.tr("How they are related"))
        self.label.setPlaceholderText(self.tr("e.g. sister"))
        self.name = QLineEdit(name)
        self.name.setAccessibleName(self.tr("Their name"))
        self.name.setPlaceholderText(self.tr("name"))
        self.remove = QPushButton(self.tr("Remove"))
        self.remove.setAccessibleName(self.tr("Remove this name"))
        self.remove.clicked.connect(lambda: self.remove_requested.emit(self))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label, 1)
        row.addWidget(self.name, 2)
        row.addWidget(self.remove)

    def pair(self) -> tuple[str, str]:
        return self.label.text().strip(), self.name.text().strip()


class RowList(QWidget):
    """Rows of one kind with an Add button under them; Remove hands the focus to Add."""

    changed = Signal()

    def __init__(self, make_row, add_text: str, add_name: str, parent=None) -> None:
        super().__init__(parent)
        self._make_row = make_row
        self.rows: list[QWidget] = []
        self.box = QVBoxLayout()
        self.box.setContentsMargins(0, 0, 0, 0)
        self.add_button = QPushButton(add_text)
        self.add_button.setAccessibleName(add_name)
        self.add_button.clicked.connect(lambda: self._focus(self.add_row()))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.box)
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)

    def add_row(self, *args) -> QWidget:
        row = self._make_row(*args)
        row.remove_requested.connect(self.remove_row)
        self.rows.append(row)
        self.box.addWidget(row)
        self.changed.emit()
        return row

    def remove_row(self, row: QWidget) -> None:
        self.rows.remove(row)
        self.box.removeWidget(row)
        row.hide()
        row.deleteLater()
        self.add_button.setFocus()
        self.changed.emit()

    @staticmethod
    def _focus(row: QWidget) -> None:
        first = getattr(row, "kind", None)
        if first is None:
            first = getattr(row, "label", None)
        if first is not None:
            first.setFocus()


def day_words(month: int, day: int, year: int | None) -> str:
    """ "15 June 2010", or "15 June" when the year isn't known, in the app's language."""
    text = f"{day} {QLocale().standaloneMonthName(month)}"
    return f"{text} {year}" if year else text


# These helpers take any widget, so their words are looked up under one literal context ("widget",
# where the catalogues file them), as ui/people/upcoming_card.py's are.
def date_line(widget, d: SpecialDate) -> str:
    """How a date reads on the person's page: "Anniversary: 15 June 2010",
    "Moving day: 1 March 2027 (once)"."""
    name = (
        d.label.strip() if d.label.strip() else QCoreApplication.translate("widget", "Anniversary")
    )
    when = day_words(d.month, d.day, d.year)
    text = QCoreApplication.translate("widget", "%1: %2").replace("%1", name).replace("%2", when)
    if not d.yearly:
        text += " " + QCoreApplication.translate("widget", "(once)")
    return text


def related_line(widget, label: str, name: str) -> str:
    """ "Jenny (spouse)", or just the name."""
    if not label:
        return name
    return QCoreApplication.translate("widget", "%1 (%2)").replace("%1", name).replace("%2", label)
