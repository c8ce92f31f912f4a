"""Shared bits of the screen-time UI: calm category colours, minutes in words, weeks."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QDate, QLocale

# Soft, distinct hues for stacked bars; none of them alarm red, whatever the category.
CATEGORY_COLOURS = (
    "#6fa8a0",  # teal
    "#8e93c2",  # lavender
    "#c9b98f",  # sand
    "#8fb58a",  # sage
    "#7f9fc9",  # sky
    "#b99ab8",  # mauve
    "#a7a49b",  # stone
    "#d2a679",  # apricot
    "#9fc3c9",  # mist
)


def category_colour(index: int) -> str:
    return CATEGORY_COLOURS[index % len(CATEGORY_COLOURS)]


def minutes_text(minutes: float) -> str:
    """ "45 min", "1 h", "2 h 5 min"; rounded to whole minutes."""
    total = round(minutes)
    hours, mins = divmod(total, 60)
    if hours and mins:
        return f"{hours} h {mins} min"
    if hours:
        return f"{hours} h"
    return f"{mins} min"


def monday_of(day: date) -> date:
    return day - timedelta(days=day.weekday())


def short_day(day: date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), "ddd d MMM")


def week_text(start: date) -> str:
    end = start + timedelta(days=6)
    return f"{short_day(start)} – {short_day(end)}"


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def schedule_text(weekdays: tuple[int, ...]) -> str:
    if weekdays == (0, 1, 2, 3, 4, 5, 6):
        return QCoreApplication.translate("screen", "Every day")
    if weekdays == (0, 1, 2, 3, 4):
        return QCoreApplication.translate("screen", "Weekdays")
    if weekdays == (5, 6):
        return QCoreApplication.translate("screen", "Weekends")
    locale = QLocale()
    return ", ".join(locale.dayName(d + 1, QLocale.FormatType.ShortFormat) for d in weekdays)
